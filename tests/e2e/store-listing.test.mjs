// Store-listing screenshots (1280×800, the size both stores take), made from the real extension: the record
// page with Dossier's buttons beside the popup, and the collection with its detail view.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { launch, openPopup, ORIGIN } from './harness.mjs';

const OUT = resolve('test-results/store-listing');
const MIKOYAN = `${ORIGIN}/document/ai-mikoyan-memorandum-conversation-robert-kennedy`;
let session;
before(async () => {
  mkdirSync(OUT, { recursive: true });
  session = await launch();
});
after(async () => {
  await session?.close();
});

/** Lays screenshots side by side on a 1280×800 canvas with a caption, as the stores show them. */
async function compose(name, caption, shots) {
  const page = await session.context.newPage();
  await page.setViewportSize({ width: 1280, height: 800 });
  const imgs = shots.map((b) => `<img src="data:image/png;base64,${b.toString('base64')}">`).join('');
  await page.setContent(`<!doctype html><html><body style="margin:0;width:1280px;height:800px;overflow:hidden;
    background:linear-gradient(135deg,#0b4f96,#1268c2);font:600 30px system-ui,sans-serif;color:#fff">
    <p style="margin:28px 40px 18px">${caption}</p>
    <div style="display:flex;gap:28px;align-items:flex-start;padding:0 40px">${imgs}</div>
    <style>img{max-height:660px;max-width:760px;border-radius:10px;box-shadow:0 8px 30px #0006;background:#fff}</style>
    </body></html>`);
  const path = join(OUT, name);
  await page.screenshot({ path });
  await page.close();
  return path;
}

test('store-listing screenshots', async () => {
  const page = await session.context.newPage();
  await page.setViewportSize({ width: 1000, height: 900 });
  await page.goto(MIKOYAN);
  await page.locator('#dossier-buttons button', { hasText: 'Save to Dossier' }).waitFor();
  await page.bringToFront();
  const pageShot = await page.screenshot();
  const { popup, cdp } = await openPopup(session);
  await popup.getByTestId('record-card').waitFor();
  await popup.getByTestId('save').click();
  await popup.getByText('Saved ✓').waitFor();
  const popupShot = await popup.screenshot({ fullPage: true });
  await popup.getByTestId('collection-row').first().locator('.row-main').click();
  await popup.getByTestId('detail-view').waitFor();
  const detailShot = await popup.screenshot({ fullPage: true });
  await popup.close();
  await cdp.close();
  await page.close();

  const a = await compose('1-save-and-cite.png', 'Save Digital Archive records and copy correct citations', [pageShot, popupShot]);
  const b = await compose('2-every-field-every-style.png', 'Every field, the Source split, every citation style', [popupShot, detailShot]);
  assert.ok(a && b);
});
