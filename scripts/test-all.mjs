// `npm test`: every stage in order, each counted, ending with one line "N passed, N failed" over all of them.
// A stage that is a single check (typecheck, lint, a build) counts as one; test runners count their tests.
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, existsSync } from 'node:fs';

mkdirSync('test-results', { recursive: true });
const only = process.argv.slice(2);

function run(cmd, args, { capture = false, env = {} } = {}) {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...env } });
    let out = '';
    const relay = (stream, sink) =>
      stream.on('data', (d) => {
        sink.write(d);
        if (capture) out += d;
      });
    relay(child.stdout, process.stdout);
    relay(child.stderr, process.stderr);
    child.on('close', (code) => resolve({ code: code ?? 1, out }));
  });
}

const single = (cmd, args) => async () => {
  const { code } = await run(cmd, args);
  return { passed: code === 0 ? 1 : 0, failed: code === 0 ? 0 : 1 };
};

function vitestCounts(file) {
  if (!existsSync(file)) return undefined;
  const r = JSON.parse(readFileSync(file, 'utf8'));
  return { passed: r.numPassedTests, failed: r.numFailedTests + (r.numRuntimeErrorTestSuites ?? 0) };
}

/** Node's test runner (spec reporter) ends with "ℹ pass N" / "ℹ fail N". */
function nodeTestCounts(out, code) {
  const pass = /ℹ pass (\d+)/.exec(out);
  const fail = /ℹ fail (\d+)/.exec(out);
  if (!pass || !fail) return { passed: 0, failed: 1 };
  const failed = Number(fail[1]);
  return { passed: Number(pass[1]), failed: failed || (code === 0 ? 0 : 1) };
}

const stages = [
  ['typecheck', single('npx', ['tsc', '--noEmit'])],
  ['lint', single('npx', ['eslint', '.'])],
  [
    'unit',
    async () => {
      const file = 'test-results/vitest.json';
      const { code } = await run('npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile=${file}`]);
      return vitestCounts(file) ?? { passed: 0, failed: code === 0 ? 0 : 1 };
    },
  ],
  ['build-chrome', single('npx', ['wxt', 'build'])],
  ['build-firefox', single('npx', ['wxt', 'build', '-b', 'firefox'])],
  ['web-ext-lint', single('node', ['scripts/web-ext-lint.mjs'])],
  [
    'e2e-chromium',
    async () => {
      const { code, out } = await run('node', ['--test', '--test-reporter=spec', '--test-concurrency=1', 'tests/e2e/'], { capture: true });
      return nodeTestCounts(out, code);
    },
  ],
  [
    'e2e-firefox',
    async () => {
      const { code, out } = await run('node', ['--test', '--test-reporter=spec', '--test-concurrency=1', 'tests/e2e-firefox/'], { capture: true });
      return nodeTestCounts(out, code);
    },
  ],
];

let passed = 0;
let failed = 0;
const summary = [];
for (const [name, stage] of stages) {
  if (only.length && !only.includes(name)) continue;
  console.log(`\n━━ ${name} ━━`);
  const started = Date.now();
  const r = await stage();
  passed += r.passed;
  failed += r.failed;
  summary.push(`${name.padEnd(14)} ${String(r.passed).padStart(4)} passed ${String(r.failed).padStart(3)} failed  ${((Date.now() - started) / 1000).toFixed(1)} s`);
}
console.log('\n━━ summary ━━');
for (const line of summary) console.log(line);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
