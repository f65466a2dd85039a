/**
 * `backtest`: a branch's first-parent history replayed through the engine with
 * the same settings as the action, with the totals, and optionally a Markdown
 * report with its chart.
 */
import { mkdirSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { basename, dirname, resolve } from 'node:path';
import { runBacktest, type BacktestResult } from '../core/backtest.js';
import { quote } from '../core/format.js';
import { HISTORY_RUNS_DEFAULT } from '../core/history.js';
import { formatAmount } from '../core/outputs.js';
import { renderChart } from '../core/chart.js';
import { renderReport } from '../core/report.js';
import type { DependencyReport, DependencySettings } from '../core/dependencies.js';
import { checkGate } from '../core/engine.js';
import type { EngineSettings } from '../core/settings.js';
import {
  UnknownRefError,
  defaultBranch,
  readFirstParentLog,
  remoteRepository,
  type FirstParentLog,
  type GitOptions,
  type RemoteRepository,
} from '../git/index.js';
import { UsageError, type BacktestCommand } from './args.js';
import { historyDependencies } from './dependencies.js';
import { PROGRAM } from './help.js';
import { withMeasuredTime } from './history.js';
import { gitOptions, loadDocuments, repositoryDir, shellLine, type CliIo } from './io.js';
import { backtestJson, renderBacktest } from './text.js';

/** Draws "Reading the history…" on a terminal, at most ten times a second. */
function progressLine(io: CliIo, what: string): { update(n: number): void; done(): void } {
  let last = 0;
  let drawn = false;
  return {
    update(n: number) {
      if (!io.progress) return;
      const now = Date.now();
      if (now - last < 100) return;
      last = now;
      drawn = true;
      io.stderr(`\r\x1b[K${what}: ${n.toLocaleString('en-US')} ${n === 1 ? 'commit' : 'commits'}`);
    },
    done() {
      if (drawn) io.stderr('\r\x1b[K');
    },
  };
}

function windowWords(cmd: BacktestCommand): string {
  const w = cmd.window;
  if (w.kind === 'last') return `the last ${w.count.toLocaleString('en-US')} first-parent commits`;
  const since = w.since
    .toISOString()
    .replace(/\.000Z$/, 'Z')
    .replace(/T00:00:00Z$/, '');
  return w.default
    ? `the first-parent commits of the last 30 days (since ${since})`
    : `the first-parent commits since ${since}`;
}

async function readHistory(
  cmd: BacktestCommand,
  opts: GitOptions,
  branch: string,
  io: CliIo,
): Promise<FirstParentLog> {
  const progress = progressLine(io, `Reading the history of ${branch}`);
  let log: FirstParentLog;
  try {
    log = await readFirstParentLog(opts, {
      ref: branch,
      ...(cmd.window.kind === 'last'
        ? { maxCount: cmd.window.count }
        : { since: cmd.window.since }),
      onProgress: (n) => progress.update(n),
    });
  } catch (err) {
    if (err instanceof UnknownRefError && cmd.branch !== undefined) {
      throw new UsageError(
        `--branch is ${quote(cmd.branch)}, which ${err.message.replace(/^"[^"]*" /, '')}`,
        'backtest',
      );
    }
    throw err;
  } finally {
    progress.done();
  }
  if (log.shallow) {
    io.stderr(
      'warning: this clone is shallow, so the history stops early and the window may hold fewer events than the branch had; run git fetch --unshallow to replay all of it.\n',
    );
  }
  if (log.renamesSkipped) {
    io.stderr(
      'warning: git did not look for renames in a commit with very many files; a file moved there counts as deleted and added (raise diff.renameLimit to look).\n',
    );
  }
  return log;
}

/** `; and what train.py, python -m pkg.train import`, for the heading. */
function dependencyWords(settings: DependencySettings | undefined): string {
  if (settings === undefined) return '';
  const what = [
    ...(settings.entrypoints.length > 0
      ? [
          `what ${settings.entrypoints.join(', ')} ${settings.entrypoints.length === 1 ? 'imports' : 'import'}`,
        ]
      : []),
    ...(settings.dvcStages.length > 0
      ? [
          `what DVC ${settings.dvcStages.length === 1 ? 'stage' : 'stages'} ${settings.dvcStages.join(', ')} depend on`,
        ]
      : []),
  ];
  return `; and ${what.join(', and ')}`;
}

/** A backtest run, with what the printers and the report need to say about it. */
export interface BacktestRun {
  result: BacktestResult;
  branch: string;
  window: string;
  decidedBy: string;
  trainOn: string[];
  log: FirstParentLog;
  repository: RemoteRepository | undefined;
}

/** Reads the history and replays it through the engine; prints nothing but warnings. */
export async function replayHistory(cmd: BacktestCommand, io: CliIo): Promise<BacktestRun> {
  const { filters, models } = await loadDocuments(cmd, io, 'backtest');
  const trainOn = checkGate(filters, models, cmd.settings);
  const decidedBy =
    (cmd.models !== undefined
      ? `Models: ${cmd.models} (${models.map((m) => m.name).join(', ')})`
      : `Filters: ${cmd.filters ?? ''}; train on: ${trainOn.length > 0 ? trainOn.join(', ') : 'no filter'}`) +
    dependencyWords(cmd.dependencies);
  const dir = await repositoryDir(cmd.repo, io, 'backtest');
  const opts = gitOptions(dir, io);
  const branch = cmd.branch ?? (await defaultBranch(opts)) ?? 'HEAD';
  const log = await readHistory(cmd, opts, branch, io);
  const repository = await remoteRepository(opts);
  const settings = await withMeasuredTime(cmd, dir, io, 'backtest');
  let dependencies: Map<string, DependencyReport> | undefined;
  if (cmd.dependencies !== undefined) {
    const progress = progressLine(io, 'Reading what training imports');
    try {
      dependencies = await historyDependencies(
        opts,
        { settings: cmd.dependencies, filters, trainOn },
        log.commits,
        (n) => progress.update(n),
      );
    } finally {
      progress.done();
    }
  }
  const result = runBacktest({
    commits: log.commits,
    filters,
    ...(models.length > 0 ? { models } : {}),
    ...(dependencies !== undefined ? { dependencies } : {}),
    settings,
    context: {
      repository: repository ?? { serverUrl: '', owner: '', repo: '' },
      labels: cmd.labels,
    },
  });
  return { result, branch, window: windowWords(cmd), decidedBy, trainOn, log, repository };
}

/** Writes the Markdown report and its chart; says where. */
export async function writeReport(
  cmd: BacktestCommand,
  run: BacktestRun,
  path: string,
  io: CliIo,
): Promise<void> {
  const { result, branch } = run;
  const reportPath = resolve(io.cwd, path);
  const chartPath = reportPath.replace(/\.md$/i, '.svg');
  mkdirSync(dirname(reportPath), { recursive: true });
  const hasChart = result.totals.events > 0;
  const markdown = renderReport(result, {
    branch,
    window: run.window,
    decidedBy: run.decidedBy,
    ...(hasChart ? { chartFile: basename(chartPath) } : {}),
    ...(run.repository !== undefined ? { repository: run.repository } : {}),
    command: shellLine(reproduce(cmd, branch)),
  });
  await writeFile(reportPath, markdown);
  if (hasChart) await writeFile(chartPath, renderChart(result, { branch }));
  io.stderr(`Report written to ${reportPath}${hasChart ? ` (chart: ${chartPath})` : ''}.\n`);
}

export async function backtest(cmd: BacktestCommand, io: CliIo): Promise<number> {
  const run = await replayHistory(cmd, io);
  const { result, branch, window, decidedBy, trainOn, log } = run;
  if (cmd.json) {
    const json = backtestJson(result, {
      branch,
      tip: log.tip,
      window:
        cmd.window.kind === 'last'
          ? { last: cmd.window.count }
          : { since: cmd.window.since.toISOString() },
      filtersFile: cmd.filters ?? null,
      modelsFile: cmd.models ?? null,
      trainOn,
      shallow: log.shallow,
      renamesSkipped: log.renamesSkipped,
    });
    io.stdout(`${JSON.stringify(json, null, 2)}\n`);
  } else {
    const titleWidth = io.columns === undefined ? 72 : Math.max(24, io.columns - 72);
    io.stdout(renderBacktest(result, { branch, window, decidedBy, titleWidth }));
  }

  if (cmd.report !== undefined) await writeReport(cmd, run, cmd.report, io);
  return 0;
}

/** The flags that give these engine settings and labels, defaults left out. */
export function settingsFlags(settings: EngineSettings, labels: readonly string[]): string[] {
  const flags: string[] = [];
  if (settings.trainOn !== undefined) flags.push('--train-on', settings.trainOn.join(','));
  if (settings.quantifier !== 'some') flags.push('--predicate-quantifier', settings.quantifier);
  if (settings.force) flags.push('--force');
  if (settings.forceModels !== undefined) flags.push(`--force=${settings.forceModels.join(',')}`);
  if (settings.forceLabel !== undefined) flags.push('--force-label', settings.forceLabel);
  for (const label of labels) flags.push('--label', label);
  if (settings.onError !== 'train') flags.push('--on-error', settings.onError);
  const cost = settings.cost;
  const source = cost.priceSource;
  if (source?.kind === 'preset') flags.push('--gpu-runner', source.name);
  else if (cost.hourlyCost !== undefined) {
    if (source?.overrides !== undefined) flags.push('--gpu-runner', source.overrides);
    flags.push('--gpu-hourly-cost', formatAmount(cost.hourlyCost));
  }
  if (cost.trainingHours !== undefined) flags.push('--training-hours', String(cost.trainingHours));
  if (cost.gpuCount !== 1) flags.push('--gpu-count', String(cost.gpuCount));
  if (cost.currency !== 'USD') flags.push('--currency', cost.currency);
  if (cost.costLimit !== undefined) flags.push('--cost-limit', String(cost.costLimit));
  return flags;
}

/** The command line that gives the same backtest. */
function reproduce(cmd: BacktestCommand, branch: string): string[] {
  const words = [
    PROGRAM,
    'backtest',
    ...(cmd.filters !== undefined ? ['--filters', cmd.filters] : []),
    ...(cmd.models !== undefined ? ['--models', cmd.models] : []),
    '--branch',
    branch,
  ];
  if (cmd.window.kind === 'last') words.push('--last', String(cmd.window.count));
  else if (!cmd.window.default) {
    words.push(
      '--since',
      cmd.window.since
        .toISOString()
        .replace(/\.000Z$/, 'Z')
        .replace(/T00:00:00Z$/, ''),
    );
  }
  const { history } = cmd;
  const measured =
    history === undefined
      ? []
      : [
          '--training-job',
          history.jobName,
          '--workflow',
          history.workflow,
          ...(history.runs !== HISTORY_RUNS_DEFAULT
            ? ['--history-runs', String(history.runs)]
            : []),
        ];
  const deps = cmd.dependencies;
  const dependencies =
    deps === undefined
      ? []
      : [
          ...(deps.entrypoints.length > 0
            ? ['--training-entrypoints', deps.entrypoints.join(',')]
            : []),
          ...(deps.roots !== undefined ? ['--source-roots', deps.roots.join(',')] : []),
          ...(deps.dvcStages.length > 0 ? ['--dvc-stages', deps.dvcStages.join(',')] : []),
        ];
  return [...words, ...settingsFlags(cmd.settings, cmd.labels), ...dependencies, ...measured];
}
