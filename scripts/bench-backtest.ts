/**
 * How long the backtest takes on a long history: builds a repository of
 * 10,000 first-parent events (merges with their branch commits, squash
 * merges and direct pushes) with one `git fast-import`, then times reading
 * the history with one `git log`, deciding every event, and the whole
 * command through the bundled CLI. Prints the figures; asserts nothing.
 *
 *   npm run bench -- backtest    (BENCH_EVENTS sets the number of events)
 *
 * The bundle run uses GATE_CLI, or dist/cli/index.js when it exists.
 */
import { spawn, spawnSync } from 'node:child_process';
import {
  closeSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { runBacktest } from '../src/core/backtest.js';
import { generateHistory } from '../src/cli/demo-history.js';
import { parseFilters } from '../src/core/filters/index.js';
import { engineSettings } from '../src/core/settings.js';
import { importRepository, readFirstParentLog } from '../src/git/index.js';
import { FIRST_PARENT_LOG_FORMAT } from '../src/git/parse.js';

/** The same `git log` the history reader runs, its output thrown away: git's own time. */
function rawGitLog(repo: string, ref: string, count: number): Promise<number> {
  const args = [
    'log',
    '--first-parent',
    '--diff-merges=first-parent',
    '--root',
    '-z',
    '-M',
    '--name-status',
    '--no-ext-diff',
    '--no-textconv',
    '--no-color',
    '--no-show-signature',
    '--ignore-submodules=none',
    `--format=${FIRST_PARENT_LOG_FORMAT}`,
    `--max-count=${count}`,
    ref,
    '--',
  ];
  const devNull = openSync('/dev/null', 'w');
  const t = performance.now();
  return new Promise<number>((resolve, reject) => {
    const child = spawn('git', args, { cwd: repo, stdio: ['ignore', devNull, 'ignore'] });
    child.on('error', reject);
    child.on('close', () => resolve(performance.now() - t));
  }).finally(() => closeSync(devNull));
}

const events = Number(process.env.BENCH_EVENTS ?? 10_000);
const cli =
  process.env.GATE_CLI ?? resolve(process.env.BENCH_ROOT ?? process.cwd(), 'dist/cli/index.js');

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(2)} s`;
}

const work = mkdtempSync(join(tmpdir(), 'gate-bench-'));
try {
  let t = performance.now();
  const history = generateHistory({
    seed: 42,
    start: new Date(Date.UTC(2024, 0, 1)),
    days: 365,
    events,
  });
  const generated = performance.now() - t;
  const repo = join(work, 'repo');
  mkdirSync(repo);
  t = performance.now();
  await importRepository(repo, history.branch, Buffer.from(history.stream, 'utf8'));
  const imported = performance.now() - t;
  const filtersFile = join(work, 'filters.yml');
  writeFileSync(filtersFile, history.filters);

  t = performance.now();
  const log = await readFirstParentLog({ cwd: repo }, { ref: history.branch, maxCount: events });
  const read = performance.now() - t;
  const files = log.commits.reduce((n, c) => n + c.files.length, 0);

  t = performance.now();
  const result = runBacktest({
    commits: log.commits,
    filters: parseFilters(history.filters, filtersFile),
    settings: engineSettings({
      trainOn: history.trainOn,
      cost: { hourlyCost: 1.6, trainingHours: 0.75, gpuCount: 1, currency: 'USD' },
    }),
  });
  const decided = performance.now() - t;

  console.log(
    `History: ${history.events.toLocaleString('en-US')} events (${history.merges} merges, ` +
      `${history.squashMerges} squash merges, ${history.pushes} pushes), ` +
      `${files.toLocaleString('en-US')} changed files in all`,
  );
  console.log(`Generate the fast-import stream:      ${seconds(generated)}`);
  console.log(`Build the repository (git fast-import): ${seconds(imported)}`);
  const gitAlone = await rawGitLog(repo, history.branch, events);
  console.log(`git log alone (> /dev/null):            ${seconds(gitAlone)}`);
  console.log(
    `Read the history (one git log -M):      ${seconds(read)}  ${(read / gitAlone).toFixed(2)}× git alone`,
  );
  console.log(`Decide every event:                     ${seconds(decided)}`);
  console.log(
    `Result: ${result.totals.events} events, ${result.totals.trained} trained, ` +
      `${result.totals.skipped} skipped, $${result.totals.saved?.toFixed(2)} saved`,
  );

  if (existsSync(cli)) {
    t = performance.now();
    const run = spawnSync(
      process.execPath,
      [
        cli,
        'backtest',
        '--repo',
        repo,
        '--filters',
        filtersFile,
        '--branch',
        history.branch,
        '--last',
        String(events),
        '--train-on',
        history.trainOn.join(','),
        '--gpu-hourly-cost',
        '1.60',
        '--training-hours',
        '0.75',
        '--json',
      ],
      { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 },
    );
    const whole = performance.now() - t;
    const parsed = run.status === 0 ? (JSON.parse(run.stdout) as { events: number }) : undefined;
    console.log(
      `Whole command through ${cli}: ${seconds(whole)} ${(whole / gitAlone).toFixed(2)}× git alone ` +
        `(exit ${run.status}${parsed ? `, ${parsed.events} events` : `: ${run.stderr.trim()}`})`,
    );
  } else {
    console.log(`No CLI bundle at ${cli}: build one, or set GATE_CLI, to time the whole command.`);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
