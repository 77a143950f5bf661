// Capture while browsing, in real Chromium: toolbar icon state, the in-page buttons, the keyboard shortcut
// and context-menu actions, "Save linked record", and "Save all" on a listing page (with a failing fetch, a
// page that is not a record, and cancel half way).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { chooseFile, launch, openPopup, serveArchive, SEED_URL, ARTIFACTS, ORIGIN, LISTING_PAGES } from './harness.mjs';

const MIKOYAN = `${ORIGIN}/document/ai-mikoyan-memorandum-conversation-robert-kennedy`;
const LISTING = `${ORIGIN}/search`;
let session;
let slow = 0;

before(async () => {
  session = await launch({ extraPages: LISTING_PAGES });
  // Slow record responses on demand, to cancel a run half way.
  await session.context.route(`${ORIGIN}/document/**`, async (route) => {
    if (slow) await new Promise((r) => setTimeout(r, slow));
    return route.fallback();
  });
});
after(async () => {
  await session?.close();
});

const sw = (fn, arg) => session.worker.evaluate(fn, arg);
/** The collection as the background holds it, read through the test hook. */
const stored = () => sw(() => globalThis.dossierTest.list());
const badge = (tabId) => sw((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
const title = (tabId) => sw((id) => chrome.action.getTitle({ tabId: id }), tabId);
const tabIdOf = async (url) => sw(async (u) => (await chrome.tabs.query({ url: u }))[0]?.id, url);

async function open(url) {
  const page = await session.context.newPage();
  await page.goto(url);
  await page.waitForFunction(() => document.documentElement.dataset.dossier !== undefined, null, { timeout: 10000 });
  await page.bringToFront();
  return page;
}

async function waitFor(fn, what, ms = 10000) {
  const deadline = Date.now() + ms;
  let last;
  while (Date.now() < deadline) {
    last = await fn();
    if (last) return last;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`Timed out waiting for ${what} (last: ${JSON.stringify(last)})`);
}

test('toolbar icon: marked on a record, "saved" after saving from the in-page button, plain elsewhere', async () => {
  const page = await open(SEED_URL);
  const tabId = await tabIdOf(SEED_URL);
  await waitFor(async () => (await badge(tabId)) === '+', 'record badge');
  assert.match(await title(tabId), /record on this page/);

  const save = page.locator('#dossier-buttons button', { hasText: 'Save to Dossier' });
  await save.waitFor();
  await page.screenshot({ path: join(ARTIFACTS, 'page-inpage-buttons.png') });
  await save.click();
  await page.locator('#dossier-buttons button', { hasText: 'Saved ✓' }).waitFor();
  await page.locator('#dossier-toast').waitFor({ state: 'attached' });
  await waitFor(async () => (await badge(tabId)) === '✓', 'saved badge');
  assert.match(await title(tabId), /in your collection/);
  const all = await stored();
  assert.equal(all.length, 1);
  assert.equal(all[0].source.capturedFrom, 'page');

  const other = await open(LISTING);
  const otherId = await tabIdOf(LISTING);
  await waitFor(async () => (await badge(otherId)) === '5', 'listing badge with the count of linked records');
  await other.close();
  await page.close();
});

test('removing a record elsewhere updates the page button and the icon', async () => {
  const page = await open(SEED_URL);
  const tabId = await tabIdOf(SEED_URL);
  await page.locator('#dossier-buttons button', { hasText: 'Saved ✓' }).waitFor();
  const [item] = await stored();
  await sw((key) => globalThis.dossierTest.send({ kind: 'record/remove', payload: { key } }), item.key);
  await page.locator('#dossier-buttons button', { hasText: 'Save to Dossier' }).waitFor();
  await waitFor(async () => (await badge(tabId)) === '+', 'badge back to record');
  await page.close();
});

test('keyboard shortcut saves without the popup, and the copy shortcut copies the citation', async () => {
  const page = await open(MIKOYAN);
  const tabId = await tabIdOf(MIKOYAN);
  await sw(() => globalThis.dossierTest.command('save-record'));
  await page.locator('#dossier-toast').waitFor({ state: 'attached' });
  assert.match(await page.locator('#dossier-toast').getAttribute('data-text'), /^Saved to Dossier: A\.I\. Mikoyan/);
  await waitFor(async () => (await stored()).some((i) => i.record.recordId === '111210'), 'saved by shortcut');
  await waitFor(async () => (await badge(tabId)) === '✓', 'saved badge');

  await session.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: ORIGIN });
  await sw(() => globalThis.dossierTest.command('copy-citation'));
  await waitFor(async () => /Citation copied/.test((await page.locator('#dossier-toast').getAttribute('data-text').catch(() => '')) ?? ''), 'copy toast');
  const text = await page.evaluate(() => navigator.clipboard.readText());
  // The default style is the Chicago full note.
  assert.match(text, /^A\. I\. Mikoyan|^Anastas Ivanovich Mikoyan|Mikoyan/);
  assert.match(text, /https:\/\/digitalarchive\.wilsoncenter\.org\/document\/111210/);
  await page.close();
});

test('context menu: "Save linked record" saves a record from a link without visiting it', async () => {
  const page = await open(LISTING);
  const tabId = await tabIdOf(LISTING);
  const link = `${ORIGIN}/document/cable-ambassador-katori-foreign-minister-prime-minister-visit-china-conversation-chairman`;
  await sw(({ tabId: id, url }) => globalThis.dossierTest.menu('dossier-save-link', id, url), { tabId, url: link });
  await waitFor(async () => (await stored()).some((i) => i.record.recordId === '118849'), 'linked record saved');
  assert.equal(page.url(), LISTING);
  await page.close();
});

test('save all on a listing page: skips saved, lists failures with reasons, cancel keeps what was saved', async () => {
  // Start clean but for one saved record, so one is skipped.
  const before = await stored();
  await sw((keys) => globalThis.dossierTest.send({ kind: 'records/remove', payload: { keys } }), before.filter((i) => i.record.recordId !== '111210').map((i) => i.key));

  // Cancel half way: slow responses, cancel after the first save.
  slow = 1500;
  let page = await open(LISTING);
  const bar = page.locator('#dossier-save-all');
  await bar.locator('button', { hasText: 'Save all 5 records' }).click();
  await waitFor(async () => JSON.parse((await bar.getAttribute('data-progress')) ?? '{}').saved >= 1, 'first save');
  await bar.locator('button', { hasText: 'Cancel' }).click();
  const cancelled = await waitFor(async () => {
    const p = JSON.parse((await bar.getAttribute('data-progress')) ?? '{}');
    return p.cancelled ? p : undefined;
  }, 'cancelled');
  assert.ok(cancelled.done < 5);
  const afterCancel = (await stored()).length;
  assert.ok(afterCancel >= 2 && afterCancel < 4, `saved so far: ${afterCancel}`);
  await page.close();

  // A full run: the rest are saved, already-saved ones skipped, failures explained.
  slow = 0;
  page = await open(LISTING);
  await page.locator('#dossier-save-all button', { hasText: 'Save all 5 records' }).click();
  const done = await waitFor(async () => {
    const p = JSON.parse((await page.locator('#dossier-save-all').getAttribute('data-progress')) ?? '{}');
    return p.done === p.total && p.total ? p : undefined;
  }, 'run finished', 30000);
  assert.equal(done.total, 5);
  assert.equal(done.failed, 2);
  assert.equal(done.saved + done.skipped, 3);
  assert.ok(done.skipped >= 2);
  const failures = await page.locator('#dossier-save-all li').allTextContents();
  assert.equal(failures.length, 2);
  assert.match(failures.join('\n'), /record-that-fails-to-load — The archive answered 500\./);
  assert.match(failures.join('\n'), /page-that-is-not-a-record — /);
  await page.screenshot({ path: join(ARTIFACTS, 'page-save-all.png') });
  const ids = (await stored()).map((i) => i.record.recordId ?? i.record.slug).sort();
  assert.deepEqual(ids, ['111210', '118849', 'cable-chinese-embassy-hungary-meeting-between-imre-nagy-and-ambassador-hao-deqing']);
  await page.close();
});

test('popup on a listing page offers "Save all N records on this page", and the page shows the run', async () => {
  const page = await open(LISTING);
  const { popup, cdp } = await openPopup(session);
  const button = popup.getByTestId('save-all');
  assert.equal((await button.innerText()).trim(), 'Save all 5 records on this page');
  await popup.screenshot({ path: join(ARTIFACTS, 'popup-listing.png') });
  await button.click();
  await popup.getByTestId('status').getByText('Saving every record on the page', { exact: false }).waitFor();
  await popup.close();
  await cdp.close();
  const done = await waitFor(async () => {
    const p = JSON.parse((await page.locator('#dossier-save-all').getAttribute('data-progress')) ?? '{}');
    return p.total && p.done === p.total ? p : undefined;
  }, 'run from the popup finished', 30000);
  assert.equal(done.total, 5);
  await page.close();
});

test('a list of addresses is imported into the capture queue and captured from the popup', async () => {
  await sw((keys) => globalThis.dossierTest.send({ kind: 'records/remove', payload: { keys } }), (await stored()).map((i) => i.key));
  const page = await open(`${ORIGIN}/about-nothing`);
  const { popup, cdp, cdpContext } = await openPopup(session);
  // The popup fetches the pages itself; its requests are seen on its own connection.
  await serveArchive(cdpContext);
  await popup.getByTestId('open-settings').click();
  const list = [
    `${ORIGIN}/node/87809`,
    'https://example.org/not-the-archive',
    `${ORIGIN}/document/cable-ambassador-katori-foreign-minister-prime-minister-visit-china-conversation-chairman`,
  ].join('\n');
  await chooseFile(popup, 'import-file', 'records.txt', 'text/plain', list);
  await popup.getByTestId('capture-queue').waitFor();
  assert.match(await popup.getByTestId('status').innerText(), /2/);
  await popup.getByTestId('capture-now').click();
  await popup.getByTestId('queue-progress').getByText('2 of 2 done', { exact: false }).waitFor({ timeout: 20000 });
  assert.equal(
    (await popup.getByTestId('queue-progress').innerText()).trim(),
    '2 of 2 done · 2 saved',
    await popup.getByTestId('capture-queue').innerText(),
  );
  await popup.screenshot({ path: join(ARTIFACTS, 'popup-capture-queue.png'), fullPage: true });
  await popup.close();
  await cdp.close();
  const ids = (await stored()).map((i) => i.record.recordId).sort();
  assert.deepEqual(ids, ['111210', '118849']);
  await page.close();
});
