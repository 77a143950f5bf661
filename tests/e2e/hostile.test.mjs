// A hostile record page (script and event-handler text in every field, javascript: links, a 1 MB summary,
// 3,000-deep nesting, duplicated ids) in real Chromium: nothing from it runs, in the page or the popup, and the
// popup still shows, saves and details it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { launch, openPopup, ARTIFACTS, ORIGIN } from './harness.mjs';

const HOSTILE = `${ORIGIN}/document/hostile-record`;
let session;
before(async () => {
  session = await launch({ extraPages: { '/document/hostile-record': 'hostile-record.html' } });
});
after(async () => {
  await session?.close();
});

const pwned = (page) => page.evaluate(() => globalThis.__pwned ?? null);

test('nothing from a hostile page executes or breaks the popup', async () => {
  const dialogs = [];
  const page = await session.context.newPage();
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await page.goto(HOSTILE);
  await page.waitForFunction(() => document.documentElement.dataset.dossier !== undefined, null, { timeout: 20000 });
  await page.bringToFront();
  assert.equal(await page.evaluate(() => document.documentElement.dataset.dossier), 'record');
  // Dossier's own controls hold only its buttons.
  assert.equal(await page.locator('#dossier-buttons button').count(), 2);
  assert.equal(await page.evaluate(() => document.querySelector('#dossier-buttons').shadowRoot.querySelectorAll('img,script,svg,a').length), 0);

  const { popup, cdp } = await openPopup(session);
  popup.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  const card = popup.getByTestId('record-card');
  await card.waitFor();
  assert.match(await card.innerText(), /Cable/);
  await popup.getByTestId('save').click();
  await popup.getByText('Saved ✓').waitFor();
  await popup.getByTestId('collection-row').first().locator('.row-main').click();
  const detail = popup.getByTestId('detail-view');
  await detail.waitFor();
  await popup.screenshot({ path: join(ARTIFACTS, 'popup-hostile-detail.png') });

  // Nothing ran: no dialogs, no flag set, no element from the page in the popup, no script links.
  assert.deepEqual(dialogs, []);
  assert.equal(await pwned(page), null);
  assert.equal(await pwned(popup), null);
  assert.equal(await popup.locator('main img').count(), 1, 'only Dossier’s own icon');
  assert.equal(await popup.locator('main script, main svg, main object, main iframe').count(), 0);
  const hrefs = await popup.locator('a[href]').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  assert.deepEqual(hrefs.filter((h) => !/^https:\/\//.test(h)), []);
  await popup.close();
  await cdp.close();
  await page.close();
});
