// Real-browser harness: Chromium with the built extension, Digital Archive URLs answered from fixtures.
import { chromium } from 'playwright-core';
import { mkdtempSync, readFileSync, rmSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createServer } from 'node:net';

export const ORIGIN = 'https://digitalarchive.wilsoncenter.org';
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROME_BUILD = resolve('.output/chrome-mv3');
export const ARTIFACTS = resolve('test-results/e2e');

/** The seed record's address, and the other fixtures at theirs. */
export const PAGES = {
  '/document/cable-chinese-embassy-hungary-meeting-between-imre-nagy-and-ambassador-hao-deqing': 'cable-hao-deqing-1956.html',
  '/document/ai-mikoyan-memorandum-conversation-robert-kennedy': 'memorandum-mikoyan-kennedy-1962.html',
  '/node/87809': 'memorandum-mikoyan-kennedy-1962.html',
  '/document/111210': 'memorandum-mikoyan-kennedy-1962.html',
  '/document/cable-ambassador-katori-foreign-minister-prime-minister-visit-china-conversation-chairman': 'cable-katori-deng-1984.html',
};
/**
 * A search-results page linking five records: three fixtures, one the archive fails to serve and one that is not
 * a record page, for "Save all" and "Save linked record".
 */
export const LISTING_PAGES = {
  '/search': 'listing-search-hungary.html',
  '/document/record-that-fails-to-load': { status: 500, contentType: 'text/html', body: 'Server error' },
  '/document/page-that-is-not-a-record': { status: 200, contentType: 'text/html', body: '<html><head><title>About</title></head><body><h1>About us</h1></body></html>' },
};
export const SEED_URL = `${ORIGIN}/document/cable-chinese-embassy-hungary-meeting-between-imre-nagy-and-ambassador-hao-deqing`;

function freePort() {
  return new Promise((res, rej) => {
    const srv = createServer();
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => res(port));
    });
    srv.on('error', rej);
  });
}

/**
 * Launches Chromium with the extension. Every request to the Digital Archive is answered from tests/fixtures
 * (extra routes first), everything else on the network is refused — the machines have no internet anyway.
 */
export async function launch({ extraPages = {}, headless = true, userDataDir } = {}) {
  mkdirSync(ARTIFACTS, { recursive: true });
  const dir = userDataDir ?? mkdtempSync(join(tmpdir(), 'dossier-e2e-'));
  const port = await freePort();
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: CHROMIUM,
    headless,
    viewport: { width: 1200, height: 900 },
    args: [
      `--disable-extensions-except=${CHROME_BUILD}`,
      `--load-extension=${CHROME_BUILD}`,
      `--remote-debugging-port=${port}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  await serveArchive(context, extraPages);
  await context.route(/^https?:\/\/(?!digitalarchive\.wilsoncenter\.org)/, (route) => route.abort());

  let [worker] = context.serviceWorkers();
  if (!worker) worker = await context.waitForEvent('serviceworker', { timeout: 15000 });
  const extensionId = new URL(worker.url()).host;

  return {
    context,
    worker,
    extensionId,
    port,
    async close() {
      await context.close();
      if (!userDataDir) rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Answers every Digital Archive request of a browser context from the fixtures (extra pages first). */
export async function serveArchive(context, extraPages = {}) {
  const pages = { ...PAGES, ...extraPages };
  await context.route(`${ORIGIN}/**`, async (route) => {
    const url = new URL(route.request().url());
    const entry = pages[url.pathname.replace(/\/$/, '')];
    if (entry === undefined) return route.fulfill({ status: 404, contentType: 'text/html', body: '<h1>Not found</h1>' });
    if (typeof entry === 'object') return route.fulfill(entry);
    return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: readFileSync(join('tests/fixtures', entry)) });
  });
}

/**
 * Opens the real toolbar popup for the active tab (chrome.action.openPopup in the service worker) and returns
 * its page, reached through a second CDP connection because the launched context does not list popups.
 */
export async function openPopup(session) {
  const popupUrl = `chrome-extension://${session.extensionId}/popup.html`;
  await session.worker.evaluate(() => chrome.action.openPopup());
  // Connect only once the popup exists: a connection made earlier does not pick it up.
  const deadline = Date.now() + 10000;
  while (Date.now() < deadline) {
    const targets = await (await fetch(`http://127.0.0.1:${session.port}/json/list`)).json();
    if (targets.some((t) => t.url.startsWith(popupUrl))) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  const cdp = await chromium.connectOverCDP(`http://127.0.0.1:${session.port}`);
  while (Date.now() < deadline) {
    for (const ctx of cdp.contexts()) {
      const popup = ctx.pages().find((p) => p.url().startsWith(popupUrl));
      if (popup) {
        await popup.waitForLoadState('domcontentloaded');
        return { popup, cdp, cdpContext: ctx };
      }
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  await cdp.close();
  throw new Error('The popup did not open.');
}

/** Hands a file to the popup's real file input as a user's pick would (a DataTransfer sets input.files). */
export async function chooseFile(popup, testId, name, type, text) {
  await popup.evaluate(
    ({ testId: id, name: n, type: t, text: body }) => {
      const input = document.querySelector(`[data-testid=${id}]`);
      const dt = new DataTransfer();
      dt.items.add(new File([body], n, { type: t }));
      input.files = dt.files;
      input.dispatchEvent(new Event('change', { bubbles: true }));
    },
    { testId, name, type, text },
  );
}
