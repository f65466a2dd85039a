/**
 * The action's speed and size figures on a large change: compiling filters,
 * matching 100,000 changed files, formatting every list-files format, the
 * outputs against GitHub's 1 MB and the summary against its 1 MiB, and the
 * size of the committed bundles. Prints the figures; asserts nothing (shared
 * machines are too noisy for timed tests).
 *
 *   npm run bench -- gate        (BENCH_FILES sets the number of files)
 */
import { statSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { join } from 'node:path';
import { estimateCost } from '../src/core/cost.js';
import { decide } from '../src/core/decision.js';
import { matchFilters, parseFilters } from '../src/core/filters/index.js';
import { buildOutputs, formatFileList } from '../src/core/outputs.js';
import { renderSummary } from '../src/core/summary.js';
import type { ChangedFile, GateReport } from '../src/core/types.js';

const count = Number(process.env.BENCH_FILES ?? 100_000);
const root = process.env.BENCH_ROOT ?? process.cwd();

const FILTERS = `
training:
  - 'src/training/**'
  - 'config/training*.yaml'
  - 'requirements*.txt'
  - '!src/training/**/*.md'
data:
  - added|modified: 'data/training/**'
  - '!data/training/**/README.md'
serving: ['src/serving/**', 'docker/serving/**']
notebooks: ['notebooks/**/*.ipynb']
docs: ['docs/**', '**/*.md']
tests: ['tests/**', '**/test_*.py']
ci: ['.github/**']
evaluation: ['src/eval/**', 'config/eval*.yaml']
deps: ['requirements*.txt', 'pyproject.toml', 'poetry.lock']
infra: ['terraform/**', 'k8s/**/*.yaml']
`;

const DIRS = [
  'src/training',
  'src/serving',
  'data/training',
  'docs/guide',
  'notebooks/eda',
  'tests/unit',
  'k8s/prod',
];
const files: ChangedFile[] = Array.from({ length: count }, (_, i) => ({
  filename: `${DIRS[i % DIRS.length]}/part-${String(i).padStart(6, '0')}/file ${i}.${i % 3 ? 'py' : 'md'}`,
  status: i % 11 === 0 ? 'added' : 'modified',
}));

function time<T>(label: string, fn: () => T): T {
  const t0 = performance.now();
  const result = fn();
  console.log(`${label.padEnd(44)} ${(performance.now() - t0).toFixed(1).padStart(8)} ms`);
  return result;
}

function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(0)} KiB`;
}

console.log(`${count.toLocaleString('en-US')} changed files, 10 filters\n`);
const filters = time('compile the filters', () => parseFilters(FILTERS, 'bench'));
const matches = time('match every file against every filter', () =>
  matchFilters(filters, files, 'some'),
);
time('match with predicate-quantifier every', () => matchFilters(filters, files, 'every'));
for (const format of ['json', 'csv', 'shell', 'escape'] as const) {
  time(`format ${count} names as ${format}`, () =>
    formatFileList(
      files.map((f) => f.filename),
      format,
    ),
  );
}

const decision = decide({
  matches,
  trainOn: ['training', 'data'],
  force: false,
  changedCount: files.length,
  complete: true,
  onError: 'train',
});
const report: GateReport = {
  decision,
  filters: matches.map((m) => ({
    name: m.name,
    trainOn: m.name === 'training' || m.name === 'data',
    files: m.files,
  })),
  changeSet: {
    files,
    complete: true,
    source: 'git',
    baseSha: 'a'.repeat(40),
    headSha: 'b'.repeat(40),
  },
  cost: estimateCost(
    { hourlyCost: 1.6, trainingHours: 0.75, gpuCount: 1, currency: 'USD' },
    decision.shouldTrain,
  ),
  repository: { serverUrl: 'https://github.com', owner: 'acme', repo: 'models' },
  eventName: 'pull_request',
  pullRequest: 1,
};
const outputs = time('build the outputs (list-files json)', () =>
  buildOutputs(report, 'json', { filesJsonPath: '/tmp/files.json' }),
);
const summary = time('render the job summary', () => renderSummary(report));

const outputBytes = outputs.outputs.reduce(
  (n, [k, v]) => n + Buffer.byteLength(k) + Buffer.byteLength(v),
  0,
);
console.log('');
console.log(
  `outputs, all together                        ${kb(outputBytes).padStart(8)}  (GitHub's limit: 1 MB)`,
);
console.log(
  `  _files lists cut to fit                    ${outputs.truncated.join(', ') || 'none'}`,
);
console.log(
  `job summary                                  ${kb(Buffer.byteLength(summary)).padStart(8)}  (GitHub's limit: 1 MiB)`,
);
console.log(
  `full lists in files-json-path                ${kb(Buffer.byteLength(outputs.filesJson)).padStart(8)}`,
);
for (const bundle of ['dist/index.js', 'dist/cli/index.js']) {
  const path = join(root, bundle);
  try {
    console.log(`${bundle.padEnd(45)}${kb(statSync(path).size).padStart(8)}`);
  } catch {
    console.log(`${bundle.padEnd(45)} not built`);
  }
}
