/**
 * `demo`: builds a seeded synthetic month of an ML repository and backtests
 * it with the README's example prices, through the backtest command itself.
 */
import { existsSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { quote } from '../core/format.js';
import { importRepository } from '../git/index.js';
import { UsageError, parseCommandLine, type DemoCommand } from './args.js';
import { backtest } from './backtest.js';
import { generateHistory } from './demo-history.js';
import { PROGRAM } from './help.js';
import { shellLine, type CliIo } from './io.js';

/** The first day of the demo's month, midnight UTC. */
const DEMO_START = new Date(Date.UTC(2025, 2, 1));
const DEMO_DAYS = 31;

/** The README's example prices. */
const EXAMPLE_PRICES = [
  '--gpu-hourly-cost',
  '1.60',
  '--training-hours',
  '0.75',
  '--gpu-count',
  '1',
  '--currency',
  'USD',
];

async function demoFolder(cmd: DemoCommand, io: CliIo): Promise<string> {
  if (cmd.dir === undefined) return mkdtemp(join(tmpdir(), `${PROGRAM}-demo-`));
  const dir = resolve(io.cwd, cmd.dir);
  if (existsSync(dir)) {
    if (!statSync(dir).isDirectory() || readdirSync(dir).length > 0) {
      throw new UsageError(`--dir is ${quote(cmd.dir)}, which is not an empty folder.`, 'demo');
    }
  } else {
    mkdirSync(dir, { recursive: true });
  }
  return dir;
}

export async function demo(cmd: DemoCommand, io: CliIo): Promise<number> {
  const dir = await demoFolder(cmd, io);
  const history = generateHistory({ seed: cmd.seed, start: DEMO_START, days: DEMO_DAYS });
  const repo = join(dir, 'repo');
  mkdirSync(repo);
  await importRepository(repo, history.branch, Buffer.from(history.stream, 'utf8'));
  const filtersFile = join(dir, 'ml-change-gate.yml');
  await writeFile(filtersFile, history.filters);
  const report = join(dir, 'backtest.md');
  const since = DEMO_START.toISOString().slice(0, 10);
  const args = [
    'backtest',
    '--repo',
    repo,
    '--filters',
    filtersFile,
    '--branch',
    history.branch,
    '--since',
    since,
    '--train-on',
    history.trainOn.join(','),
    ...EXAMPLE_PRICES,
    '--report',
    report,
    ...(cmd.json ? ['--json'] : []),
  ];
  const parsed = parseCommandLine(args, io.now);
  if (parsed.command !== 'backtest') throw new Error('the demo could not set up its backtest');
  const say = cmd.json ? io.stderr : io.stdout;
  say(
    `A synthetic month of an ML repository (seed ${cmd.seed}): ${history.events} CI events on ${history.branch}, ` +
      `${history.merges} merged pull requests, ${history.squashMerges} squash-merged, ${history.pushes} direct pushes.\n` +
      'Prices from the README: gpu-hourly-cost 1.60, training-hours 0.75, gpu-count 1, USD.\n\n',
  );
  const code = await backtest(parsed, io);
  say(
    `\nThe demo is in ${dir}:\n` +
      `  repo/                 the repository (git log --first-parent --oneline in it)\n` +
      `  ml-change-gate.yml    the filters (train on ${history.trainOn.join(', ')})\n` +
      `  backtest.md           the Markdown report, with its chart in backtest.svg\n` +
      `Run it again yourself:\n  ${PROGRAM} ${shellLine(args.filter((a) => a !== '--json'))}\n`,
  );
  return code;
}
