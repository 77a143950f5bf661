// Renders assets/icon.svg (and the saved variant) to the PNG sizes browsers want, with headless Chromium.
// Run by hand after changing the SVG: node scripts/make-icons.mjs
import { chromium } from 'playwright-core';
import { readFileSync } from 'node:fs';

const variants = [
  ['assets/icon.svg', 'public/icon/'],
  ['assets/icon-saved.svg', 'public/icon/saved-'],
];
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox'] });
const page = await browser.newPage();
for (const [svgPath, prefix] of variants) {
  const svg = readFileSync(svgPath, 'utf8');
  for (const size of [16, 19, 32, 38, 48, 96, 128]) {
    await page.setViewportSize({ width: size, height: size });
    await page.setContent(`<html><body style="margin:0;background:transparent">${svg.replace('<svg', `<svg width="${size}" height="${size}"`)}</body></html>`);
    await page.screenshot({ path: `${prefix}${size}.png`, omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
  }
}
await browser.close();
