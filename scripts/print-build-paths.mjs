// Tells the newcomer where to load each build from.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
const builds = [
  ['Chrome (MV3)', '.output/chrome-mv3', 'chrome://extensions → Developer mode → Load unpacked → choose'],
  ['Firefox (MV2)', '.output/firefox-mv2', 'about:debugging#/runtime/this-firefox → Load Temporary Add-on → pick manifest.json in'],
];
console.log('\nDossier builds:');
for (const [name, dir, how] of builds) {
  console.log(`  ${name}: ${existsSync(dir) ? resolve(dir) : '(missing)'}\n    ${how} ${dir}`);
}
