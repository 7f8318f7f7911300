#!/usr/bin/env node
// `npm test`: every suite, then one closing line that sums them all.
//
//   unit  vitest run, default reporter to stdout and JSON to test-results/vitest.json
//   dist  vitest with vitest.dist.config.ts: `npm run dist` packs the app (scripts/dist.test.ts)
//   e2e   tests/e2e/run.mjs (builds, serves, runs Playwright), JSON to test-results/e2e.json
//
// The very last line is `N passed, N failed` (`, N skipped` only when some were skipped); CI
// reads it. A runner that dies before writing its JSON, or that exits non-zero while its JSON
// shows no failure (a broken test file, an unhandled error, a config error), counts as at least
// one failed test: a crash must never read as green. Exit code 1 when anything failed.
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const resultsDir = join(root, 'test-results');
const require = createRequire(import.meta.url);

/** The path of a package's command-line script, from its package.json `bin`. */
function binOf(pkg, name) {
  const manifest = require.resolve(`${pkg}/package.json`);
  const { bin } = JSON.parse(readFileSync(manifest, 'utf8'));
  return join(dirname(manifest), typeof bin === 'string' ? bin : bin[name]);
}

const suites = [
  {
    name: 'unit',
    json: join(resultsDir, 'vitest.json'),
    command: [
      binOf('vitest', 'vitest'),
      'run',
      '--reporter=default',
      '--reporter=json',
      `--outputFile.json=${join(resultsDir, 'vitest.json')}`,
    ],
    // Vitest's JSON (Jest-compatible): pending = skipped, todo counted as skipped too.
    count: (r) => ({
      passed: r.numPassedTests,
      failed: r.numFailedTests,
      skipped: r.numPendingTests + r.numTodoTests,
    }),
  },
  {
    name: 'dist',
    json: join(resultsDir, 'vitest-dist.json'),
    command: [
      binOf('vitest', 'vitest'),
      'run',
      '--config',
      'vitest.dist.config.ts',
      '--reporter=default',
      '--reporter=json',
      `--outputFile.json=${join(resultsDir, 'vitest-dist.json')}`,
    ],
    count: (r) => ({
      passed: r.numPassedTests,
      failed: r.numFailedTests,
      skipped: r.numPendingTests + r.numTodoTests,
    }),
  },
  {
    name: 'e2e',
    json: join(resultsDir, 'e2e.json'),
    command: [join(root, 'tests/e2e/run.mjs')],
    // Playwright's JSON stats: expected = passed, unexpected = failed, flaky = passed on retry.
    count: (r) => ({
      passed: r.stats.expected + r.stats.flaky,
      failed: r.stats.unexpected + (r.errors?.length ?? 0),
      skipped: r.stats.skipped,
    }),
  },
];

function run(suite) {
  rmSync(suite.json, { force: true });
  console.log(`\n=== ${suite.name} ===`);
  const started = Date.now();
  const result = spawnSync(process.execPath, suite.command, { cwd: root, stdio: 'inherit' });
  const seconds = (Date.now() - started) / 1000;
  const exit = result.error ? result.error.message : (result.status ?? result.signal);

  let counts;
  let note = '';
  try {
    counts = suite.count(JSON.parse(readFileSync(suite.json, 'utf8')));
    if (![counts.passed, counts.failed, counts.skipped].every(Number.isInteger))
      throw new Error('bad counts');
  } catch {
    counts = { passed: 0, failed: 1, skipped: 0 };
    note = ` — runner died before reporting (exit ${exit}); counted as 1 failed`;
  }
  if (!note && exit !== 0 && counts.failed === 0) {
    counts.failed = 1;
    note = ` — runner exited ${exit} although no test failed; counted as 1 failed`;
  }
  return { name: suite.name, seconds, ...counts, note };
}

// Each suite runs to completion and is read at once (Playwright cleans only test-results/e2e/).
const results = suites.map(run);

console.log('');
for (const r of results) {
  const skipped = r.skipped ? `, ${r.skipped} skipped` : '';
  console.log(
    `  ${r.name}: ${r.passed} passed, ${r.failed} failed${skipped} in ${r.seconds.toFixed(1)} s${r.note}`,
  );
}
const sum = (key) => results.reduce((total, r) => total + r[key], 0);
const [passed, failed, skipped] = [sum('passed'), sum('failed'), sum('skipped')];
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exitCode = failed > 0 ? 1 : 0;
