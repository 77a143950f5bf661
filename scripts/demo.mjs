// `npm run demo`: launches Chromium with the built extension (headless when there is no display), opens the
// seed record page served from its fixture at its real URL, saves it through the real popup, and writes
// screenshots of the page and the popup to demo-output/. Needs no internet.
import { existsSync, mkdirSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { launch, openPopup, SEED_URL, CHROME_BUILD, CHROMIUM } from '../tests/e2e/harness.mjs';

const out = resolve('demo-output');
mkdirSync(out, { recursive: true });
if (!existsSync(CHROMIUM)) {
  console.error(`Chromium not found at ${CHROMIUM}. Install it (sudo apt-get install -y chromium) or set CHROMIUM_PATH.`);
  process.exit(1);
}
if (!existsSync(join(CHROME_BUILD, 'manifest.json'))) {
  console.log('No build yet: running npm run build first.');
  const b = spawnSync('npm', ['run', 'build'], { stdio: 'inherit' });
  if (b.status !== 0) process.exit(b.status ?? 1);
}

const headless = !process.env.DISPLAY;
console.log(`Launching Chromium ${headless ? 'headless (no DISPLAY)' : 'in a window'} with ${CHROME_BUILD}`);
const session = await launch({ headless });
try {
  const page = await session.context.newPage();
  await page.goto(SEED_URL);
  await page.waitForFunction(() => document.documentElement.dataset.dossier === 'record', null, { timeout: 15000 });
  await page.bringToFront();
  await page.screenshot({ path: join(out, 'record-page.png') });
  console.log(`Opened ${SEED_URL} — Dossier recognized the record.`);

  const { popup, cdp } = await openPopup(session);
  await popup.getByTestId('record-card').waitFor();
  await popup.screenshot({ path: join(out, 'popup-before-save.png'), fullPage: true });
  const save = popup.getByTestId('save');
  if ((await save.innerText()).trim() === 'Save') await save.click();
  await popup.getByText('Saved ✓').waitFor();
  await popup.getByTestId('collection-row').first().waitFor();
  await popup.screenshot({ path: join(out, 'popup-saved.png'), fullPage: true });
  await cdp.close();
  console.log('Saved through the popup. Screenshots:');
  for (const f of ['record-page.png', 'popup-before-save.png', 'popup-saved.png']) console.log(`  ${join(out, f)}`);
} finally {
  await session.close();
}
