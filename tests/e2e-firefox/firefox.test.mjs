// End-to-end in real Firefox (ESR, WebDriver BiDi): recognize the seed record page, save it through the popup
// page, reopen it and find it saved, copy a citation and read the clipboard back, a page that is not a record,
// backup / restore through the popup, and "Save all" on a listing page (whose record parser is loaded on demand).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { launch, openArchivePage, openPopup, waitForText, SEED_URL, ARTIFACTS, ORIGIN, LISTING_PAGES } from './harness.mjs';

const SEED_TITLE = 'Cable from the Chinese Embassy in Hungary, ‘On the Meeting between Imre Nagy and Ambassador Hao Deqing’';
const COLLECTION = '[data-testid=saved-list], [data-testid=collection-list]';

let session;
before(async () => {
  session = await launch({ extraPages: LISTING_PAGES });
});
after(async () => {
  await session?.close();
});

test('content script recognizes the seed record page', async () => {
  const page = await openArchivePage(session);
  assert.equal(await page.evaluate(() => document.documentElement.dataset.dossier), 'record');
  await page.close();
});

test('popup shows the record, saves it, and still shows it saved when reopened', async () => {
  const page = await openArchivePage(session);
  let popup = await openPopup(session, SEED_URL);
  await popup.waitForSelector('[data-testid=record-card]');
  const cardText = await popup.$eval('[data-testid=record-card]', (e) => e.innerText);
  assert.match(cardText, /November 2, 1956/);
  assert.ok(cardText.includes(SEED_TITLE), cardText);
  assert.match(cardText, /PRC FMA 109-01041-01, 97-101/);
  assert.equal((await popup.$eval('[data-testid=save]', (b) => b.textContent)).trim(), 'Save');
  await popup.screenshot({ path: join(ARTIFACTS, 'popup-before-save.png') });
  await popup.click('[data-testid=save]');
  await waitForText(popup, /Saved ✓/, { selector: '[data-testid=record-card]' });
  await waitForText(popup, /Cable from the Chinese Embassy in Hungary/, { selector: COLLECTION });
  await popup.close();

  popup = await openPopup(session, SEED_URL);
  await waitForText(popup, /Saved ✓/, { selector: '[data-testid=record-card]' });
  assert.equal(await popup.$eval('[data-testid=save]', (b) => b.disabled), true);
  await waitForText(popup, /Cable from the Chinese Embassy in Hungary/, { selector: COLLECTION });
  const rows = await popup.$$eval('[data-testid=saved-list] li, [data-testid=collection-row]', (els) => els.length);
  assert.equal(rows, 1);
  await popup.screenshot({ path: join(ARTIFACTS, 'popup-saved.png'), fullPage: true });
  await popup.close();
  await page.close();
});

test('copy citation puts the site format on the clipboard', async () => {
  const page = await openArchivePage(session);
  const popup = await openPopup(session, SEED_URL);
  await popup.waitForSelector('[data-testid=copy]');
  // The Digital Archive's own format (where the popup offers a choice of styles).
  if (await popup.$('[data-testid=style-picker]')) await popup.select('[data-testid=style-picker]', 'site');
  await popup.click('[data-testid=copy]');
  await waitForText(popup, /copied/i);
  // Read back in the popup page: Firefox lets a document read what its own origin wrote without a paste prompt.
  const clip = await popup.evaluate(async () => {
    const [item] = await navigator.clipboard.read();
    const text = await (await item.getType('text/plain')).text();
    const html = item.types.includes('text/html') ? await (await item.getType('text/html')).text() : undefined;
    return { text, html, types: [...item.types] };
  });
  assert.equal(
    clip.text,
    `"${SEED_TITLE}", November 2, 1956, Wilson Center Digital Archive, PRC FMA 109-01041-01, 97-101. Obtained by Péter Vámos and translated by Péter Vámos and Gwenyth A. Jones. ` +
      `${ORIGIN}/document/cable-chinese-embassy-hungary-meeting-between-imre-nagy-and-ambassador-hao-deqing`,
  );
  assert.ok(clip.types.includes('text/html'), clip.types.join());
  assert.match(clip.html, /<a href="https:\/\/digitalarchive\.wilsoncenter\.org\/document\/cable-chinese-embassy/);
  await popup.close();
  await page.close();
});

test('popup on a page that is not a record says so', async () => {
  const url = `${ORIGIN}/about-nothing`;
  const page = await session.newPage();
  await page.goto(url);
  const popup = await openPopup(session, url);
  await popup.waitForSelector('[data-testid=not-record]');
  await popup.close();
  await page.close();
});

test('popup page runs under the manifest CSP: no inline or remote scripts, no <base>', async () => {
  const page = await openArchivePage(session);
  const popup = await openPopup(session, SEED_URL);
  const result = await popup.evaluate(async () => {
    const violations = [];
    document.addEventListener('securitypolicyviolation', (e) => violations.push(e.violatedDirective));
    const inline = document.createElement('script');
    inline.textContent = 'window.__dossierInline = true';
    document.head.append(inline);
    const remote = document.createElement('script');
    remote.src = 'https://digitalarchive.wilsoncenter.org/remote.js';
    document.head.append(remote);
    const baseBefore = document.baseURI;
    const base = document.createElement('base');
    base.href = 'https://digitalarchive.wilsoncenter.org/';
    document.head.append(base);
    await new Promise((r) => setTimeout(r, 500));
    return { inlineRan: window.__dossierInline === true, baseMoved: document.baseURI !== baseBefore, violations };
  });
  assert.equal(result.inlineRan, false);
  // base-uri 'none' is Dossier's own directive (Firefox's default extension CSP has none): proves the manifest CSP applies.
  assert.equal(result.baseMoved, false);
  assert.ok(result.violations.includes('base-uri'), result.violations.join());
  assert.ok(result.violations.some((v) => v.startsWith('script-src')), result.violations.join());
  await popup.close();
  await page.close();
});

test('backup and restore: export the collection, delete it, import the file back, search it', async () => {
  const page = await openArchivePage(session);
  let popup = await openPopup(session, SEED_URL);
  await popup.waitForSelector('[data-testid=collection-row]');
  // The backup the popup's "Download backup" button saves, taken through the same message.
  const backup = await popup.evaluate(async () => {
    const r = await browser.runtime.sendMessage({ kind: 'collection/export', payload: {} });
    return r.value;
  });
  assert.equal(backup.count, 1);
  assert.match(backup.fileName, /^dossier-backup-\d{4}-\d{2}-\d{2}\.json$/);
  const parsed = JSON.parse(backup.text);
  assert.equal(parsed.format, 'dossier-backup');

  // Delete everything, then restore from the file through the Settings import control.
  await popup.click('[data-testid=select-all]');
  await popup.click('[data-testid=delete-selected]');
  await waitForText(popup, /Deleted 1 record\./, { selector: '[data-testid=status]' });
  await popup.waitForSelector('[data-testid=empty-state]');
  await popup.click('[data-testid=open-settings]');
  await popup.evaluate((text) => {
    const input = document.querySelector('[data-testid=import-file]');
    const dt = new DataTransfer();
    dt.items.add(new File([text], 'backup.json', { type: 'application/json' }));
    input.files = dt.files;
    input.dispatchEvent(new Event('change', { bubbles: true }));
  }, backup.text);
  await waitForText(popup, /added/i, { selector: '[data-testid=status]' });
  await popup.close();

  popup = await openPopup(session, SEED_URL);
  await waitForText(popup, /Saved ✓/, { selector: '[data-testid=record-card]' });
  await popup.type('[data-testid=search]', 'vamos');
  await waitForText(popup, /Cable from the Chinese Embassy in Hungary/, { selector: '[data-testid=collection-list]' });
  await popup.screenshot({ path: join(ARTIFACTS, 'popup-restored.png'), fullPage: true });
  await popup.close();
  await page.close();
});

test('save all on a listing page: the parser loads on demand, every linked record is read and saved', async () => {
  const page = await session.newPage();
  await page.goto(`${ORIGIN}/search`);
  await page.waitForFunction(() => document.documentElement.dataset.dossier === 'listing', { timeout: 10000 });
  // The save-all bar lives in an open shadow root beside the results.
  await page.waitForFunction(() => document.querySelector('#dossier-save-all')?.shadowRoot?.querySelector('button'), { timeout: 10000 });
  await page.evaluate(() => {
    const start = [...document.querySelector('#dossier-save-all').shadowRoot.querySelectorAll('button')].find((b) => /Save all 5 records/.test(b.textContent));
    start.click();
  });
  await page.waitForFunction(
    () => {
      const p = JSON.parse(document.querySelector('#dossier-save-all')?.getAttribute('data-progress') ?? '{}');
      return p.total && p.done === p.total;
    },
    { timeout: 30000 },
  );
  const done = await page.evaluate(() => JSON.parse(document.querySelector('#dossier-save-all').getAttribute('data-progress')));
  assert.equal(done.total, 5);
  const failures = await page.evaluate(() => [...document.querySelector('#dossier-save-all').shadowRoot.querySelectorAll('li')].map((li) => li.textContent));
  assert.equal(done.failed, 2, failures.join('\n'));
  assert.equal(done.saved + done.skipped, 3);
  await page.screenshot({ path: join(ARTIFACTS, 'page-save-all.png') });

  const popup = await openPopup(session, `${ORIGIN}/search`);
  const ids = await popup.evaluate(async () => {
    const r = await browser.runtime.sendMessage({ kind: 'collection/list', payload: {} });
    return r.value.map((i) => i.record.recordId ?? i.record.slug).sort();
  });
  assert.deepEqual(ids, ['111210', '118849', 'cable-chinese-embassy-hungary-meeting-between-imre-nagy-and-ambassador-hao-deqing']);
  await popup.close();
  await page.close();
});
