// End-to-end in real Chromium: recognize the seed record page, save it through the real popup, reopen the
// popup and find it saved, copy a citation and read the clipboard back.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { launch, openPopup, SEED_URL, ARTIFACTS, ORIGIN } from './harness.mjs';

let session;
before(async () => {
  session = await launch();
});
after(async () => {
  await session?.close();
});

async function openRecord(url = SEED_URL) {
  const page = await session.context.newPage();
  await page.goto(url);
  await page.waitForFunction(() => document.documentElement.dataset.dossier !== undefined, null, { timeout: 10000 });
  await page.bringToFront();
  return page;
}

test('content script recognizes the seed record page', async () => {
  const page = await openRecord();
  assert.equal(await page.evaluate(() => document.documentElement.dataset.dossier), 'record');
  await page.close();
});

test('popup shows the record, saves it, and still shows it saved when reopened', async () => {
  const page = await openRecord();
  let { popup, cdp } = await openPopup(session);
  const card = popup.getByTestId('record-card');
  await card.waitFor();
  const cardText = await card.innerText();
  assert.match(cardText, /November 2, 1956/);
  assert.match(cardText, /Cable from the Chinese Embassy in Hungary, ‘On the Meeting between Imre Nagy and Ambassador Hao Deqing’/);
  assert.match(cardText, /PRC FMA 109-01041-01, 97-101\. Obtained by Péter Vámos and translated by Péter Vámos and Gwenyth A\. Jones\./);
  assert.match(cardText, /History and Public Policy Program welcomes reuse/);
  const save = popup.getByTestId('save');
  await assert.doesNotReject(save.waitFor());
  assert.equal((await save.innerText()).trim(), 'Save');
  await popup.screenshot({ path: join(ARTIFACTS, 'popup-before-save.png') });
  await save.click();
  await popup.getByText('Saved ✓').waitFor();
  await popup.getByTestId('collection-row').getByText('Cable from the Chinese Embassy in Hungary', { exact: false }).waitFor();
  await popup.close();
  await cdp.close();

  ({ popup, cdp } = await openPopup(session));
  await popup.getByText('Saved ✓').waitFor();
  assert.equal(await popup.getByTestId('save').isDisabled(), true);
  assert.equal(await popup.getByTestId('collection-row').count(), 1);
  await popup.screenshot({ path: join(ARTIFACTS, 'popup-saved.png') });
  await popup.close();
  await cdp.close();
  await page.close();
});

test('copy citation puts the site format on the clipboard as plain text and html', async () => {
  const page = await openRecord();
  const { popup, cdp } = await openPopup(session);
  await popup.getByTestId('style-picker').selectOption('site');
  await popup.getByTestId('copy').click();
  await popup.getByTestId('status').getByText('Copied: Wilson Center Digital Archive (rich text and plain text).').waitFor();
  await popup.close();
  await cdp.close();
  // Extension origins cannot be granted clipboard-read; the browser clipboard is shared, so read it from the
  // record page's origin instead.
  await session.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: ORIGIN });
  await page.bringToFront();
  const clip = await page.evaluate(async () => {
    const [item] = await navigator.clipboard.read();
    const text = await (await item.getType('text/plain')).text();
    const html = await (await item.getType('text/html')).text();
    return { text, html, types: item.types };
  });
  assert.equal(
    clip.text,
    '"Cable from the Chinese Embassy in Hungary, ‘On the Meeting between Imre Nagy and Ambassador Hao Deqing’", November 2, 1956, Wilson Center Digital Archive, PRC FMA 109-01041-01, 97-101. Obtained by Péter Vámos and translated by Péter Vámos and Gwenyth A. Jones. ' +
      `${ORIGIN}/document/cable-chinese-embassy-hungary-meeting-between-imre-nagy-and-ambassador-hao-deqing`,
  );
  assert.ok(clip.types.includes('text/html'));
  assert.match(clip.html, /<a href="https:\/\/digitalarchive\.wilsoncenter\.org\/document\/cable-chinese-embassy/);
  await page.close();
});

test('popup on a page that is not a record says so', async () => {
  const page = await session.context.newPage();
  await page.goto(`${ORIGIN}/about-nothing`);
  await page.bringToFront();
  const { popup, cdp } = await openPopup(session);
  await popup.getByTestId('not-record').waitFor();
  await popup.close();
  await cdp.close();
  await page.close();
});
