// Citation figures: 10,000 records formatted in every style, cold, in one process, beside citeproc-js (the
// reference CSL processor, test/bench only) doing the same; and the shipped size of the citation code next to
// citeproc's. Our TypeScript is bundled with esbuild to run here, exactly as it is bundled into the extension.
import { build } from 'esbuild';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';

const N = 10_000;
/**
 * citeproc takes minutes for 10,000 records; it formats this many (env DOSSIER_BENCH_CITEPROC_N to change), and
 * its per-record time is the engines' construction spread over all N records plus the measured per-record cost.
 */
const CITEPROC_N = Number(process.env.DOSSIER_BENCH_CITEPROC_N ?? 200);
const CSL_DIR = join(process.cwd(), 'tests', 'cite', 'csl');
const ENTRY =
  "export { CITATION_STYLES, EXPORT_FORMATS } from './lib/cite/styles';\n" +
  "export { toCslItem } from './lib/export/csl-json';\n";
/** Everything under lib/cite and lib/export, as the popup would import it. */
const SHIPPED_ENTRY =
  "export * from './lib/cite/styles';\nexport * from './lib/cite/types';\n" +
  "export * from './lib/export/bibtex';\nexport * from './lib/export/ris';\n" +
  "export * from './lib/export/csl-json';\nexport * from './lib/export/csv';\n";

const kb = (n) => Math.round((n / 1024) * 10) / 10;
const round = (x, d = 4) => Number(x.toPrecision(d));

async function bundle(contents, { minify = false, outfile } = {}) {
  const result = await build({
    stdin: { contents, resolveDir: process.cwd(), loader: 'ts' },
    bundle: true,
    platform: outfile ? 'node' : 'browser',
    format: 'esm',
    minify,
    write: !!outfile,
    outfile,
    logLevel: 'silent',
  });
  return outfile ? undefined : result.outputFiles[0].contents;
}

/** 10,000 distinct records built from the three fixture shapes: with and without author, call number, genre. */
function records(n) {
  const base = [
    {
      title: 'Cable from the Chinese Embassy in Hungary, ‘On the Meeting between Imre Nagy and Ambassador Hao Deqing’',
      source: {
        text: 'PRC FMA 109-01041-01, 97-101. Obtained by Péter Vámos and translated by Péter Vámos and Gwenyth A. Jones.',
        archive: { abbreviation: 'PRC FMA' },
      },
      archive_location: '109-01041-01',
      page: '97-101',
      translator: [{ family: 'Vámos', given: 'Péter' }, { family: 'Jones', given: 'Gwenyth A.' }],
    },
    {
      title: "Cable from Ambassador Katori to the Foreign Minister, 'Prime Minister Visit to China (Conversation with Chairman Deng Xiaoping)'",
      author: [{ family: 'Deng', given: 'Xiaoping' }, { family: 'Nakasone', given: 'Yasuhiro' }, { family: 'Katori', given: 'Yasue' }],
      translator: [{ family: 'Kato', given: 'Ryo C.' }],
      archive: 'Diplomatic Archives of the Ministry of Foreign Affairs of Japan',
      language: 'Japanese',
      source: { text: '2002-113, Act on Access to Information Held by Administrative Organs.' },
    },
    {
      title: 'A.I. Mikoyan, Memorandum of Conversation with Robert Kennedy',
      author: [{ family: 'Mikoyan', given: 'Anastas Ivanovich' }],
      translator: [{ family: 'Wolff', given: 'David' }],
      genre: 'Memorandum',
      archive: 'Archive of Foreign Policy of the Russian Federation (AVP RF)',
      language: 'Russian',
      source: { text: 'AVP RF; translated by David Wolff, CWIHP' },
    },
  ];
  const out = [];
  for (let k = 0; k < n; k++) {
    const b = base[k % 3];
    const year = 1945 + (k % 46);
    const parts = k % 7 === 0 ? [year] : k % 5 === 0 ? [year, 1 + (k % 12)] : [year, 1 + (k % 12), 1 + (k % 28)];
    const id = String(100000 + k);
    out.push({
      type: 'manuscript',
      ...b,
      title: `${b.title} (${k})`,
      issued: { 'date-parts': [parts] },
      dateText: String(year),
      recordId: id,
      URL: `https://digitalarchive.wilsoncenter.org/document/${id}`,
      pageUrl: `https://digitalarchive.wilsoncenter.org/document/${id}`,
    });
  }
  return out;
}

async function ours(dir, recs) {
  const outfile = join(dir, 'cite.mjs');
  await bundle(ENTRY, { outfile });
  const accessed = new Date(Date.UTC(2025, 0, 5));
  const t0 = performance.now();
  const { CITATION_STYLES } = await import(pathToFileURL(outfile).href);
  let chars = 0;
  for (const r of recs) for (const s of CITATION_STYLES) chars += s.format(r, { accessed }).html.length;
  const ms = performance.now() - t0;
  return { ms, chars, styles: CITATION_STYLES.length };
}

async function citeproc(dir, recs, n) {
  const { toCslItem } = await import(pathToFileURL(join(dir, 'cite.mjs')).href);
  const require = createRequire(import.meta.url);
  const items = recs.slice(0, n).map((r) => toCslItem(r));
  const byId = new Map(items.map((i) => [i.id, i]));
  const t0 = performance.now();
  const CSL = require('citeproc');
  const sys = { retrieveLocale: () => readFileSync(join(CSL_DIR, 'locales-en-US.xml'), 'utf8'), retrieveItem: (id) => byId.get(id) };
  const engine = (style) => {
    const e = new CSL.Engine(sys, readFileSync(join(CSL_DIR, `${style}.csl`), 'utf8'), 'en-US');
    e.setOutputFormat('html');
    return e;
  };
  const engines = ['chicago-fullnote-bibliography', 'modern-language-association', 'apa'].map(engine);
  const construct = performance.now() - t0;
  const t1 = performance.now();
  let chars = 0;
  const ids = items.map((i) => i.id);
  for (const e of engines) {
    e.updateItems(ids);
    chars += e.makeBibliography()[1].join('').length;
  }
  const chicago = engines[0];
  for (const id of ids) {
    chars += chicago.makeCitationCluster([{ id }]).length;
    chars += chicago.makeCitationCluster([{ id, position: CSL.POSITION_SUBSEQUENT }]).length;
  }
  const perRecord = (performance.now() - t1) / n;
  return { construct, perRecord, chars };
}

export async function run() {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-cite-bench-'));
  try {
    const recs = records(N);
    const o = await ours(dir, recs);
    const c = await citeproc(dir, recs, Math.min(CITEPROC_N, N));
    const oursPer = o.ms / N;
    const theirsPer = (c.construct + c.perRecord * N) / N;
    const ratio = theirsPer / oursPer;

    const shipped = await bundle(SHIPPED_ENTRY, { minify: true });
    const shippedGz = gzipSync(shipped).length;
    const cpBytes = await bundle("export { default } from 'citeproc';\n", { minify: true });

    return [
      {
        name: `citations: ${N.toLocaleString('en')} records × ${o.styles} styles, cold (ms per record, all styles)`,
        value: round(oursPer),
        unit: 'ms',
        goal: '≤ 1 ms',
        ok: oursPer <= 1,
      },
      {
        name: `citeproc-js: same records × 3 CSL styles (5 forms), cold (engines ${Math.round(c.construct)} ms over ${N.toLocaleString('en')}; ${c.perRecord.toFixed(2)} ms/record measured on ${Math.min(CITEPROC_N, N).toLocaleString('en')})`,
        value: round(theirsPer),
        unit: 'ms',
        goal: '',
        ok: undefined,
      },
      { name: 'citations: speed-up over citeproc-js, cold', value: Math.round(ratio), unit: '×', goal: '≥ 100×', ok: ratio >= 100 },
      {
        name: 'citation code shipped (lib/cite + lib/export), minified + gzipped',
        value: kb(shippedGz),
        unit: 'KB',
        goal: '≤ 8 KB',
        ok: shippedGz <= 8 * 1024,
      },
      { name: 'citeproc-js, minified + gzipped (for comparison; not shipped)', value: kb(gzipSync(cpBytes).length), unit: 'KB', goal: '', ok: undefined },
      { name: 'citeproc-js, minified (for comparison; not shipped)', value: kb(cpBytes.length), unit: 'KB', goal: '', ok: undefined },
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// Run alone: node bench/cite.bench.mjs
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  console.table(await run());
}
