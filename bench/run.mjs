// `npm run bench`: runs every bench/*.bench.mjs (each exports `run()` returning rows
// { name, value, unit, goal, ok }), prints one table and writes bench-results.json.
import { readdirSync, writeFileSync, existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';

if (!existsSync('.output/chrome-mv3/manifest.json') || !existsSync('.output/firefox-mv2/manifest.json')) {
  const b = spawnSync('npm', ['run', 'build'], { stdio: 'inherit' });
  if (b.status !== 0) process.exit(b.status ?? 1);
}

const only = process.argv.slice(2);
const files = readdirSync('bench')
  .filter((f) => f.endsWith('.bench.mjs'))
  .filter((f) => !only.length || only.some((o) => f.includes(o)))
  .sort();
const rows = [];
for (const file of files) {
  process.stderr.write(`running ${file}…\n`);
  try {
    const mod = await import(pathToFileURL(resolve('bench', file)).href);
    for (const row of await mod.run()) rows.push({ bench: file.replace('.bench.mjs', ''), ...row });
  } catch (e) {
    rows.push({ bench: file.replace('.bench.mjs', ''), name: 'failed to run', value: NaN, unit: '', goal: '', ok: false, error: String(e?.stack ?? e) });
    console.error(e);
  }
}

const fmt = (v) => (typeof v === 'number' ? (Number.isInteger(v) ? String(v) : v.toFixed(v < 10 ? 3 : 1)) : String(v));
const table = rows.map((r) => [r.bench, r.name, `${fmt(r.value)} ${r.unit ?? ''}`.trim(), r.goal ?? '', r.ok === undefined ? '' : r.ok ? 'yes' : 'NO']);
const head = ['area', 'figure', 'measured', 'goal', 'met'];
const widths = head.map((h, i) => Math.max(h.length, ...table.map((r) => r[i].length)));
const line = (cells) => `| ${cells.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
console.log(line(head));
console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
for (const r of table) console.log(line(r));
writeFileSync('bench-results.json', JSON.stringify({ measuredAt: new Date().toISOString(), rows }, null, 2));
console.log('\nwritten: bench-results.json');
