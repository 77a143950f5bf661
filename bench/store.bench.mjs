// Collection store figures with 10,000 saved records, measured on real IndexedDB in Chromium: the TypeScript
// store is bundled with esbuild and run in a Digital Archive page (the same engine the extension's origin uses).
import { build } from 'esbuild';
import { pathToFileURL } from 'node:url';
import { launch, ORIGIN } from '../tests/e2e/harness.mjs';

const N = 10_000;
const WHERE = 'IndexedDB in Chromium';

async function storeBundle() {
  const out = await build({
    stdin: {
      contents:
        "export { Collection } from './lib/store/collection';\n" +
        "export { idbStore } from './lib/store/idb';\n",
      resolveDir: process.cwd(),
      loader: 'ts',
    },
    bundle: true,
    platform: 'browser',
    format: 'iife',
    globalName: 'DossierStore',
    write: false,
    logLevel: 'silent',
  });
  return out.outputFiles[0].text;
}

/**
 * Runs in the page: everything it needs is inside it, since Playwright sends it as source. Answers raw
 * timings; the Node side turns them into rows.
 */
async function measureInPage({ n: N, origin: ORIGIN }) {
  const { Collection, idbStore } = globalThis.DossierStore;
  /** A record shaped like a real parsed page (~2 KB as JSON). */
  function record(n) {
    const slug = `cable-from-the-chinese-embassy-in-moscow-to-the-foreign-ministry-${n}`;
    return {
      type: 'manuscript',
      title: `Cable from the Chinese Embassy in Moscow to the Foreign Ministry, 'Report on Conversation No. ${n}'`,
      issued: { 'date-parts': [[1950 + (n % 40), 1 + (n % 12), 1 + (n % 28)]] },
      author: [{ literal: 'Chinese Embassy in the Soviet Union' }, { family: 'Liu', given: 'Xiao' }],
      translator: [{ family: 'Zhang', given: 'Qian' }],
      abstract:
        `The embassy reports on conversation ${n} with Soviet officials about the five-year plan, border ` +
        'questions, student exchanges and the forthcoming visit of a Chinese delegation to Moscow, and asks ' +
        'the ministry for instructions on how to respond to the Soviet proposals on economic cooperation.',
      genre: 'Cable',
      genres: ['Cable'],
      language: 'Chinese',
      languages: ['Chinese'],
      archive: 'Archive of the Ministry of Foreign Affairs of the People’s Republic of China',
      archive_location: `109-0${n % 10}041-0${n % 7}`,
      page: '1-3',
      URL: `${ORIGIN}/document/${100000 + n}`,
      dateText: 'March 4, 1956',
      classification: 'Secret',
      originalArchives: ['Archive of the Ministry of Foreign Affairs of the People’s Republic of China'],
      source: {
        text: `PRC FMA 109-0${n % 10}041-0${n % 7}, 1-3. Obtained by Shen Zhihua and translated by Zhang Qian.`,
        archive: { abbreviation: 'PRC FMA', name: 'Archive of the Ministry of Foreign Affairs of the PRC' },
        reference: `109-0${n % 10}041-0${n % 7}`,
        pages: '1-3',
        obtainedBy: ['Shen Zhihua'],
        translatedBy: ['Zhang Qian'],
      },
      uploadedDate: '2015-06-01',
      recordId: String(100000 + n),
      nodeId: String(60000 + n),
      slug,
      canonicalUrl: `${ORIGIN}/document/${slug}`,
      pageUrl: `${ORIGIN}/document/${slug}`,
      peopleAndOrganizations: ['Khrushchev, Nikita Sergeevich', 'Zhou, Enlai', 'Soviet Union. Council of Ministers'],
      places: ['China', 'Soviet Union', 'Moscow (Russia)'],
      topics: ['Sino-Soviet Relations', 'Economic Cooperation'],
      subjects: ['Diplomacy', 'Trade'],
      donors: ['Henry Luce Foundation'],
      funders: ['Henry Luce Foundation'],
      rights: [
        'The History and Public Policy Program welcomes reuse of Digital Archive materials for research and ' +
          'educational purposes. Some documents may be subject to copyright, and users are responsible for ' +
          'clearing any rights.',
      ],
      scanUrl: `${ORIGIN}/download/${100000 + n}/original.pdf`,
      tabs: ['translation', 'original'],
      siteCitation: `"Cable from the Chinese Embassy in Moscow to the Foreign Ministry," March 4, 1956, Wilson Center Digital Archive, PRC FMA 109-0${n % 10}041-0${n % 7}.`,
    };
  }

  function backupOf(count) {
    const items = [];
    for (let n = 0; n < count; n++) {
      const at = new Date(Date.UTC(2025, 0, 1) + n * 60_000).toISOString();
      items.push({
        schemaVersion: 2,
        key: `rid:${100000 + n}`,
        record: record(n),
        savedAt: at,
        updatedAt: at,
        tags: n % 3 ? ['Sino-Soviet'] : ['Sino-Soviet', 'to read'],
        note: n % 5 ? '' : 'Compare with the Russian record of the same conversation.',
        source: { pageUrl: record(n).pageUrl, capturedFrom: 'page' },
      });
    }
    return JSON.stringify({ format: 'dossier-backup', version: 2, exportedAt: new Date().toISOString(), items });
  }

  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

  async function time(fn) {
    const t = performance.now();
    const value = await fn();
    return { ms: performance.now() - t, value };
  }

  const db = `dossier-bench-${Date.now()}`;
  const rows = [];
  const row = (name, value, unit, goal, ok) => rows.push({ name, value, unit, goal, ok });

  const size = JSON.stringify(record(1234)).length;
  rows.push({ name: 'size of one benchmark record as JSON', value: size / 1024, unit: 'KB', goal: '', ok: undefined, plain: true });

  const imported = await time(() => new Collection(idbStore(db, 'collection')).importBackup(backupOf(N)));
  if (imported.value.added !== N) throw new Error(`setup imported ${imported.value.added} of ${N}`);
  row(`import a ${N.toLocaleString('en')}-record backup into an empty collection`, imported.ms, 'ms', '', undefined);

  // A new connection and a new Collection each time, as when the popup or a woken background opens it.
  const opens = [];
  const fulls = [];
  for (let i = 0; i < 5; i++) {
    const open = await time(() => new Collection(idbStore(db, 'collection')).summaries());
    if (open.value.length !== N) throw new Error(`listed ${open.value.length}`);
    opens.push(open.ms);
    const full = await time(() => new Collection(idbStore(db, 'collection')).list());
    fulls.push(full.ms);
  }
  const openMs = median(opens);
  row(`open + list all ${N.toLocaleString('en')} (summaries, median of 5)`, openMs, 'ms', '≤ 100 ms', openMs <= 100);
  row(`open + list all ${N.toLocaleString('en')} (full records, median of 5)`, median(fulls), 'ms', '', undefined);

  const collection = new Collection(idbStore(db, 'collection'));
  await collection.open();
  const saves = [];
  for (let i = 0; i < 25; i++) saves.push((await time(() => collection.save(record(N + i), 'popup'))).ms);
  const saveMs = median(saves);
  row(`one save of a new record into ${N.toLocaleString('en')} (median of 25)`, saveMs, 'ms', '≤ 20 ms', saveMs <= 20);
  row(`one save of a new record into ${N.toLocaleString('en')} (slowest of 25)`, Math.max(...saves), 'ms', '', undefined);
  const resaves = [];
  for (let i = 0; i < 25; i++) resaves.push((await time(() => collection.save(record(i * 37), 'page'))).ms);
  const resaveMs = median(resaves);
  row(`re-save of a saved record (median of 25)`, resaveMs, 'ms', '≤ 20 ms', resaveMs <= 20);

  const exports = [];
  let count = 0;
  for (let i = 0; i < 3; i++) {
    const e = await time(() => collection.exportFile());
    exports.push(e.ms);
    count = e.value.count;
  }
  const exportMs = median(exports);
  row(`export backup of ${count.toLocaleString('en')} records (median of 3)`, exportMs, 'ms', '≤ 500 ms', exportMs <= 500);

  // What the browser itself costs: one bare getAll over the same object store, no Dossier code at all.
  const raw = await new Promise((resolve, reject) => {
    const q = indexedDB.open(db);
    q.onsuccess = () => resolve(q.result);
    q.onerror = () => reject(q.error);
  });
  const bare = [];
  for (let i = 0; i < 3; i++) {
    bare.push(
      (
        await time(
          () =>
            new Promise((resolve, reject) => {
              const q = raw.transaction('collection').objectStore('collection').getAll();
              q.onsuccess = () => resolve(q.result.length);
              q.onerror = () => reject(q.error);
            }),
        )
      ).ms,
    );
  }
  raw.close();
  row('bare getAll of the whole object store, no Dossier code: the engine floor (median of 3)', median(bare), 'ms', '', undefined);
  return rows;
}

export async function run() {
  const bundle = await storeBundle();
  const session = await launch();
  try {
    const page = await session.context.newPage();
    // Any archive address gives the page the archive's origin (and its own IndexedDB); the harness answers it.
    await page.goto(`${ORIGIN}/store-bench`);
    await page.addScriptTag({ content: bundle });
    const raw = await page.evaluate(measureInPage, { n: N, origin: ORIGIN });
    const round = (x) => Math.round(x * 10) / 10;
    return raw.map(({ plain, ...r }) => ({ ...r, name: plain ? r.name : `${r.name} (${WHERE})`, value: round(r.value) }));
  } finally {
    await session.close();
  }
}

// `node bench/store.bench.mjs` prints the rows on its own.
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const rows = await run();
  for (const r of rows) console.log(`${r.name}: ${r.value} ${r.unit}${r.goal ? ` (goal ${r.goal}: ${r.ok ? 'met' : 'NOT met'})` : ''}`);
}
