// Shipped sizes: the whole package for each browser and the content script, gzipped.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

function files(dir) {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : [p];
  });
}
const kb = (n) => Math.round((n / 1024) * 10) / 10;

export async function run() {
  const rows = [];
  for (const [label, dir] of [['Chrome MV3', '.output/chrome-mv3'], ['Firefox MV2', '.output/firefox-mv2']]) {
    const all = files(dir);
    const raw = all.reduce((s, f) => s + statSync(f).size, 0);
    const gz = all.reduce((s, f) => s + gzipSync(readFileSync(f)).length, 0);
    rows.push({ name: `${label} package, unpacked`, value: kb(raw), unit: 'KB', goal: '', ok: undefined });
    rows.push({ name: `${label} package, gzipped`, value: kb(gz), unit: 'KB', goal: '≤ 200 KB', ok: gz <= 200 * 1024 });
  }
  for (const [label, file] of [
    ['record pages', 'content.js'],
    ['listing pages', 'listing.js'],
  ]) {
    const cs = gzipSync(readFileSync(`.output/chrome-mv3/content-scripts/${file}`)).length;
    rows.push({ name: `content script for ${label} (${file}), gzipped`, value: kb(cs), unit: 'KB', goal: '≤ 8 KB', ok: cs <= 8 * 1024 });
  }
  // Not a content script at load: run in a listing page only when "Save all" or "Save linked record" first needs it.
  const parser = gzipSync(readFileSync('.output/chrome-mv3/record-parser.js')).length;
  rows.push({ name: 'record parser loaded on demand on listing pages (record-parser.js), gzipped', value: kb(parser), unit: 'KB', goal: '', ok: undefined });
  return rows;
}
