// web-ext lint on the Firefox build: fails on any error or warning (addons.mozilla.org review reads both).
import { spawnSync } from 'node:child_process';
const r = spawnSync('npx', ['web-ext', 'lint', '--source-dir', '.output/firefox-mv2', '--output', 'json', '--no-config-discovery'], { encoding: 'utf8' });
let report;
try {
  report = JSON.parse(r.stdout.slice(r.stdout.indexOf('{')));
} catch {
  console.error(r.stdout, r.stderr);
  process.exit(1);
}
const { errors, warnings, notices } = report.summary;
for (const m of [...report.errors, ...report.warnings]) console.log(`  ${m._type}: ${m.code} ${m.file ?? ''} — ${m.message}`);
console.log(`web-ext lint: ${errors} errors, ${warnings} warnings, ${notices} notices`);
process.exit(errors || warnings ? 1 : 0);
