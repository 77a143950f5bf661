// Real-browser harness for Firefox: firefox-esr driven by puppeteer-core over WebDriver BiDi, the Firefox
// build installed as a temporary add-on, Digital Archive URLs answered from tests/fixtures.
//
// Firefox's toolbar popup cannot be opened by script, so the popup page is opened in a tab of its own at
// moz-extension://<uuid>/popup.html?tab=<id>, where ?tab names the record tab it should read. Two things make
// that possible: the add-on's internal UUID is fixed through the `extensions.webextensions.uuids` pref, and
// Firefox is started with --remote-allow-system-access, without which WebDriver BiDi refuses to navigate to
// moz-extension: URLs ("not allowed in this context").
import puppeteer from 'puppeteer-core';
import { readFileSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createServer } from 'node:http';
import { TLSSocket } from 'node:tls';
import { PAGES, SEED_URL, ORIGIN, LISTING_PAGES } from '../e2e/harness.mjs';

export { PAGES, SEED_URL, ORIGIN, LISTING_PAGES };
export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
export const FIREFOX_BUILD = resolve(process.env.DOSSIER_FIREFOX_BUILD ?? '.output/firefox-mv2');
export const ARTIFACTS = resolve('test-results/e2e-firefox');
/** A fixed internal UUID, so the test knows the moz-extension: origin in advance. */
export const ADDON_UUID = 'd055e2f0-0000-4000-8000-00000000e2e0';
export const ADDON_ID = JSON.parse(readFileSync(join(FIREFOX_BUILD, 'manifest.json'), 'utf8')).browser_specific_settings.gecko.id;
export const POPUP_URL = `moz-extension://${ADDON_UUID}/popup.html`;

/** The fixture answer for an archive path: a file from tests/fixtures, a literal response, or 404. */
function fixtureResponse(pages, pathname) {
  const entry = pages[pathname.replace(/\/$/, '')];
  if (entry === undefined) return { status: 404, contentType: 'text/html', body: '<h1>Not found</h1>' };
  if (typeof entry === 'object') return entry;
  return { status: 200, contentType: 'text/html; charset=utf-8', body: readFileSync(join('tests/fixtures', entry), 'utf8') };
}

/**
 * WebDriver BiDi does not see requests made by content scripts (Firefox runs them under the extension's
 * principal), so "Save all" and "Save linked record" would reach the real network. Firefox is pointed at this
 * local HTTPS proxy instead: it accepts CONNECT only to the archive, ends TLS itself with a throwaway
 * self-signed certificate (accepted through acceptInsecureCerts) and answers from the same fixtures.
 */
async function startArchiveProxy(pages) {
  const certDir = resolve('tests/e2e-firefox');
  const secureContext = { key: readFileSync(join(certDir, 'test-proxy-key.pem')), cert: readFileSync(join(certDir, 'test-proxy-cert.pem')) };
  const archive = createServer((req, res) => {
    const { status, contentType, body } = fixtureResponse(pages, new URL(req.url, ORIGIN).pathname);
    res.writeHead(status, { 'content-type': contentType });
    res.end(body);
  });
  const proxy = createServer((_req, res) => res.writeHead(403).end());
  proxy.on('connect', (req, socket) => {
    if (req.url !== `${new URL(ORIGIN).host}:443`) {
      socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
      return;
    }
    socket.write('HTTP/1.1 200 Connection Established\r\n\r\n');
    archive.emit('connection', new TLSSocket(socket, { isServer: true, ...secureContext }));
  });
  await new Promise((res) => proxy.listen(0, '127.0.0.1', res));
  return { port: proxy.address().port, close: () => new Promise((res) => proxy.close(() => res())) };
}

/**
 * Launches headless Firefox with the add-on installed temporarily. Pages made through session.newPage() answer
 * every Digital Archive request from tests/fixtures (extra routes first) and refuse everything else; requests
 * from the add-on's own scripts get the same answers through the local proxy.
 */
export async function launch({ extraPages = {}, headless = true } = {}) {
  mkdirSync(ARTIFACTS, { recursive: true });
  const pages = { ...PAGES, ...extraPages };
  const proxy = await startArchiveProxy(pages);
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    protocol: 'webDriverBiDi',
    headless,
    acceptInsecureCerts: true,
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'network.proxy.type': 1,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': proxy.port,
      'network.proxy.no_proxies_on': '',
      'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: ADDON_UUID }),
      // Quiet, offline-friendly start.
      'browser.shell.checkDefaultBrowser': false,
      'app.update.enabled': false,
      'datareporting.policy.dataSubmissionEnabled': false,
      'network.captive-portal-service.enabled': false,
      'extensions.getAddons.cache.enabled': false,
    },
  });
  const installed = await browser.installExtension(FIREFOX_BUILD);
  if (installed !== ADDON_ID) throw new Error(`Installed ${installed}, expected ${ADDON_ID}`);

  async function newPage() {
    const page = await browser.newPage();
    await page.setRequestInterception(true);
    page.on('request', (req) => {
      if (req.isInterceptResolutionHandled()) return;
      const url = new URL(req.url());
      if (url.origin !== ORIGIN) return req.abort();
      return req.respond(fixtureResponse(pages, url.pathname));
    });
    return page;
  }

  return {
    browser,
    newPage,
    async close() {
      await browser.close();
      await proxy.close();
    },
  };
}

/** Opens an archive URL in a new tab and waits until the content script has marked the page. */
export async function openArchivePage(session, url = SEED_URL) {
  const page = await session.newPage();
  await page.goto(url);
  await page.waitForFunction(() => document.documentElement.dataset.dossier !== undefined, { timeout: 10000 });
  return page;
}

/**
 * WebDriver BiDi does not report load events for extension documents (Firefox bug 1755014), so page.goto()
 * would wait forever; navigate the browsing context directly and let BiDi wait for the load to complete.
 */
async function navigateExtensionPage(page, url) {
  await page.mainFrame().browsingContext.navigate(url, 'complete');
  await page.waitForFunction((u) => location.href === u && document.readyState === 'complete', {}, url);
}

/**
 * Opens the popup page in its own tab for the tab showing `tabUrl` (the most recent such tab), as the toolbar
 * popup would for that tab. Returns the puppeteer page of the popup.
 */
export async function openPopup(session, tabUrl) {
  const popup = await session.browser.newPage();
  await popup.setViewport({ width: 420, height: 640 });
  await navigateExtensionPage(popup, POPUP_URL);
  const tabId = await popup.evaluate(async (url) => {
    const tabs = await browser.tabs.query({ url });
    return Math.max(...tabs.map((t) => t.id));
  }, tabUrl);
  if (!Number.isInteger(tabId)) throw new Error(`No tab shows ${tabUrl}`);
  await navigateExtensionPage(popup, `${POPUP_URL}?tab=${tabId}`);
  return popup;
}

/** Waits until the page's visible text matches. */
export async function waitForText(page, pattern, { selector = 'body', timeout = 10000 } = {}) {
  await page.waitForFunction(
    (sel, source, flags) => new RegExp(source, flags).test(document.querySelector(sel)?.innerText ?? ''),
    { timeout },
    selector,
    pattern.source,
    pattern.flags,
  );
}
