/**
 * `demo`: builds a seeded synthetic month of an ML repository and backtests
 * it with the README's example prices, through the backtest command itself.
 * Its first screen explains the product: one sentence, the totals, one pull
 * request the gate trained for and one it skipped, and how to run it again.
 */
import { existsSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import type { BacktestResult, EventOutcome } from '../core/backtest.js';
import { formatCount, quote, shellWord } from '../core/format.js';
import { eventLabel, formatGpuHours, formatMoney, formatPercent } from '../core/report.js';
import { importRepository } from '../git/index.js';
import { UsageError, parseCommandLine, type DemoCommand } from './args.js';
import { backtestJson, renderBacktest, totalsTable } from './text.js';
import { replayHistory, writeReport } from './backtest.js';
import { generateHistory } from './demo-history.js';
import { PROGRAM } from './help.js';
import type { CliIo } from './io.js';

/** The first day of the demo's month, midnight UTC. */
const DEMO_START = new Date(Date.UTC(2025, 2, 1));
const DEMO_DAYS = 31;
/** The width the demo's text fits. */
const WIDTH = 80;

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

/**
 * Words filled into lines of at most `width` columns: the first line starts
 * with `first`, the others with `rest`; `end` closes every line but the last.
 */
export function wrap(
  words: readonly string[],
  { width = WIDTH, first = '', rest = '', end = '' } = {},
): string[] {
  const lines: string[] = [];
  let line = first;
  let empty = true;
  for (const word of words) {
    const next = empty ? `${line}${word}` : `${line} ${word}`;
    if (!empty && next.length + end.length > width) {
      lines.push(`${line}${end}`);
      line = `${rest}${word}`;
    } else line = next;
    empty = false;
  }
  lines.push(line);
  return lines;
}

function text(sentence: string, first = '', rest = first): string[] {
  return wrap(sentence.split(' '), { first, rest });
}

/**
 * A command line as shell continuation lines: the folder and the program on the first line, then
 * the subcommand and its options, each option kept with its value. Where the paths are long only
 * the first line grows, so the options wrap the same way wherever the demo runs.
 */
function commandLines(prefix: readonly string[], args: readonly string[]): string[] {
  const units: string[] = [];
  const shown = args.map(shellWord);
  for (let i = 0; i < shown.length; i++) {
    const word = shown[i] ?? '';
    const value = shown[i + 1];
    if (word.startsWith('--') && value !== undefined && !value.startsWith('--')) {
      units.push(`${word} ${value}`);
      i++;
    } else units.push(word);
  }
  const first = prefix.map((w) => (w === '&&' ? w : shellWord(w))).join(' ');
  return [`  ${first} \\`, ...wrap(units, { first: '    ', rest: '    ', end: ' \\' })];
}

/** One pull request as the gate decided it: its title, then the verdict and the reason. */
function example(event: EventOutcome): string[] {
  const verdict = event.shouldTrain ? 'train' : 'skip';
  const why = event.reason.replace(/^(training|skipped): /, '');
  return [
    ...text(`${eventLabel(event)} ${event.title}`, '  ', '    '),
    ...text(`${verdict}: ${why}`, '    ', '      '),
  ];
}

/** The demo's first screen: the totals, two examples, where the rest is, how to run it again. */
export function demoScreen(
  result: BacktestResult,
  context: {
    seed: number;
    report: string;
    rerun: { prefix: readonly string[]; args: readonly string[] };
  },
): string {
  const t = result.totals;
  const lines = [
    ...text(
      `${PROGRAM} demo: a synthetic month of an ML repository (seed ${context.seed}), replayed through the gate with the README's prices ($1.60 an hour, 0.75 hours a run).`,
    ),
    '',
    ...text(
      `${formatCount(t.events)} CI events: the gate trained on ${formatCount(t.trained)} and skipped ${formatCount(t.skipped)} (${formatPercent(t.savedPercent)}), saving ` +
        `${formatGpuHours(t.gpuHoursSaved ?? 0)} GPU-hours and ${formatMoney(t.saved ?? 0, t.currency)}.`,
    ),
    '',
    ...totalsTable(t),
    '',
  ];
  const pulls = result.events.filter((e) => e.pullRequest !== undefined);
  const trained = pulls.find((e) => e.shouldTrain && e.filters.length > 0);
  const skipped = pulls.find((e) => !e.shouldTrain && e.filters.length > 0);
  if (trained !== undefined && skipped !== undefined) {
    lines.push(
      'A pull request it trained for, and one it skipped:',
      ...example(trained),
      ...example(skipped),
      '',
    );
  }
  lines.push(
    ...text(
      `Run it again (every event is in ${basename(context.report)} in that folder, with its chart; --events lists them here):`,
    ),
    ...commandLines(context.rerun.prefix, context.rerun.args),
  );
  return `${lines.join('\n')}\n`;
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
  const args = [
    'backtest',
    '--repo',
    repo,
    '--filters',
    filtersFile,
    '--branch',
    history.branch,
    '--since',
    DEMO_START.toISOString().slice(0, 10),
    '--train-on',
    history.trainOn.join(','),
    ...EXAMPLE_PRICES,
    '--report',
    report,
  ];
  const parsed = parseCommandLine(args, io.now);
  if (parsed.command !== 'backtest') throw new Error('the demo could not set up its backtest');
  const run = await replayHistory(parsed, io);
  await writeReport(parsed, run, report, io);
  if (cmd.json) {
    io.stdout(
      `${JSON.stringify(
        backtestJson(run.result, {
          branch: run.branch,
          tip: run.log.tip,
          window: { since: DEMO_START.toISOString() },
          filtersFile,
          modelsFile: null,
          trainOn: run.trainOn,
          shallow: run.log.shallow,
          renamesSkipped: run.log.renamesSkipped,
        }),
        null,
        2,
      )}\n`,
    );
    return 0;
  }
  if (cmd.events) {
    const titleWidth = io.columns === undefined ? 72 : Math.max(24, io.columns - 72);
    io.stdout(`${renderBacktest(run.result, { ...run, titleWidth })}\n`);
  }
  // Run again from the demo folder, so that the paths are short.
  const relative = args.map((a) => (a.startsWith(`${dir}/`) ? a.slice(dir.length + 1) : a));
  io.stdout(
    demoScreen(run.result, {
      seed: cmd.seed,
      report,
      rerun: { prefix: ['cd', dir, '&&', ...io.program], args: relative },
    }),
  );
  return 0;
}
