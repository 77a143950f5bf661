// Parser figure: median time to parse a full real record page in real Chromium, the parser bundled for the
// browser with esbuild and the fixture loaded with page.setContent. (Content-script sizes: package.bench.mjs.) Run through `npm run bench` (bench/run.mjs) or alone: node -e "import('./bench/parse.bench.mjs').then(m=>m.run()).then(console.log)".
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { readFileSync } from 'node:fs';

const FIXTURE = 'tests/fixtures/memorandum-mikoyan-kennedy-1962.html';
const URL = 'https://digitalarchive.wilsoncenter.org/document/ai-mikoyan-memorandum-conversation-robert-kennedy';
const RUNS = 500;

async function parserBundle() {
  const out = await build({
    entryPoints: ['lib/parse/record-page.ts'],
    bundle: true,
    format: 'iife',
    globalName: 'DossierParse',
    platform: 'browser',
    write: false,
    logLevel: 'silent',
  });
  return out.outputFiles[0].text;
}

async function parseInChromium() {
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
  });
  try {
    const page = await browser.newPage();
    // The fixture's scripts and stylesheets point at the live site; nothing may be fetched.
    await page.route('**/*', (route) => route.abort());
    await page.setContent(readFileSync(FIXTURE, 'utf8'), { waitUntil: 'domcontentloaded' });
    await page.addScriptTag({ content: await parserBundle() });
    return await page.evaluate(
      ({ url, runs }) => {
        const parse = globalThis.DossierParse.parseRecordPage;
        const first = parse(document, url);
        if (first.kind !== 'record') throw new Error(`fixture did not parse: ${first.reason}`);
        for (let i = 0; i < 50; i++) parse(document, url);
        const times = [];
        for (let i = 0; i < runs; i++) {
          const t = performance.now();
          parse(document, url);
          times.push(performance.now() - t);
        }
        times.sort((a, b) => a - b);
        return times[Math.floor(times.length / 2)];
      },
      { url: URL, runs: RUNS },
    );
  } finally {
    await browser.close();
  }
}

export async function run() {
  const rows = [];
  const median = await parseInChromium();
  rows.push({ name: `parse a full record page, Chromium (median of ${RUNS})`, value: median, unit: 'ms', goal: '≤ 2 ms', ok: median <= 2 });
  // The shipped content scripts' sizes are in package.bench.mjs, one row per script.
  return rows;
}
