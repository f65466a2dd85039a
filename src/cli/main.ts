/**
 * The commands of the command line: read the filters and the repository,
 * run the same engine as the action (filters, decision, cost, outputs,
 * summary), print, and return the exit code: 0 done, 1 failed, 2 bad
 * arguments. Everything it prints and decides comes from the pure modules.
 */
import { existsSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import packageJson from '../../package.json' with { type: 'json' };
import { runBacktest } from '../core/backtest.js';
import {
  HELP_TEXTS,
  MAIN_HELP,
  PROGRAM,
  UsageError,
  asOptionError,
  parseCommandLine,
  type BacktestCommand,
  type CheckCommand,
  type DemoCommand,
} from './args.js';
import { generateHistory } from './demo-history.js';
import { backtestJson, renderBacktest, renderCheck } from './text.js';
import { estimateCost } from '../core/cost.js';
import { decide, filterReports } from '../core/decision.js';
import { matchFilters, parseFilters, type CompiledFilter } from '../core/filters.js';
import {
  GitError,
  UnknownRefError,
  currentBranch,
  defaultBranch,
  diffCommits,
  importRepository,
  isGitCheckout,
  readFirstParentLog,
  remoteRepository,
  resolveLocalCommit,
  type GitOptions,
} from '../git/index.js';
import { resolveTrainOn } from '../action/inputs.js';
import { buildOutputs, formatAmount } from '../core/outputs.js';
import { renderChart, renderReport } from '../core/report.js';
import { renderSummary } from '../core/summary.js';
import { InputError, type ChangeSet, type GateReport } from '../core/types.js';

/** What the commands read from and write to. */
export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  /** Standard error is a terminal: a progress line may be drawn there. */
  progress: boolean;
  /** Width of the terminal, when standard output is one. */
  columns?: number;
  cwd: string;
  now: Date;
}

/** The first day of the demo's month, midnight UTC. */
const DEMO_START = new Date(Date.UTC(2025, 2, 1));
const DEMO_DAYS = 31;

function quote(text: string): string {
  return JSON.stringify(text);
}

function gitOptions(dir: string, io: CliIo): GitOptions {
  return {
    cwd: dir,
    log: {
      info: (m) => io.stderr(`${m}\n`),
      debug: () => undefined,
      warning: (m) => io.stderr(`warning: ${m}\n`),
    },
  };
}

/** The repository folder: --repo, or the current folder; it must be in a git work tree. */
async function repositoryDir(
  repo: string | undefined,
  io: CliIo,
  command: string,
): Promise<string> {
  const dir = resolve(io.cwd, repo ?? '.');
  if (repo !== undefined && (!existsSync(dir) || !statSync(dir).isDirectory())) {
    throw new UsageError(`--repo is ${quote(repo)}, which is not a folder.`, command);
  }
  if (!(await isGitCheckout(dir))) {
    const message = `${dir} is not in a git repository: run ${PROGRAM} in a clone, or give --repo DIR.`;
    if (repo !== undefined) throw new UsageError(message, command);
    throw new GitError(message);
  }
  return dir;
}

async function loadFilters(path: string, io: CliIo, command: string): Promise<CompiledFilter[]> {
  const full = resolve(io.cwd, path);
  let text: string;
  try {
    text = await readFile(full, 'utf8');
  } catch (err) {
    const code = err instanceof Error && 'code' in err ? String(err.code) : '';
    if (code === 'ENOENT' || code === 'EISDIR' || code === 'ENOTDIR') {
      throw new UsageError(
        `--filters is ${quote(path)}, which is not a file${code === 'ENOENT' ? ' (it does not exist)' : ''}.`,
        command,
      );
    }
    throw err;
  }
  return parseFilters(text, path);
}

function trainOnOf(
  filters: readonly CompiledFilter[],
  wanted: readonly string[] | undefined,
): string[] {
  return resolveTrainOn(
    wanted,
    filters.map((f) => f.name),
  );
}

/** Resolves a ref the user gave, without fetching; a ref that names nothing is a bad argument. */
async function checkRefOption(
  opts: GitOptions,
  option: string,
  ref: string,
  command: string,
): Promise<void> {
  let sha: string | undefined;
  try {
    sha = await resolveLocalCommit(opts, ref);
  } catch (err) {
    if (err instanceof GitError && !(err instanceof UnknownRefError)) {
      throw new UsageError(
        `--${option} is ${quote(ref)}, which is not a name git can use.`,
        command,
      );
    }
    throw err;
  }
  if (sha === undefined) {
    throw new UsageError(
      `--${option} is ${quote(ref)}, which names no branch, tag or commit in this repository` +
        ' (git fetch it first if it is only on the remote).',
      command,
    );
  }
}

// ---------------------------------------------------------------------------
// check

async function check(cmd: CheckCommand, io: CliIo): Promise<number> {
  const filters = await loadFilters(cmd.filters, io, 'check');
  const trainOn = trainOnOf(filters, cmd.settings.trainOn);
  const dir = await repositoryDir(cmd.repo, io, 'check');
  const opts = gitOptions(dir, io);
  if (cmd.base !== undefined) await checkRefOption(opts, 'base', cmd.base, 'check');
  if (cmd.head !== undefined) await checkRefOption(opts, 'head', cmd.head, 'check');
  const base = cmd.base ?? (await defaultBranch(opts));
  if (base === undefined) {
    throw new GitError(
      'This repository has no default branch to compare with (no origin/HEAD, main or master): give --base REF.',
    );
  }
  const head = cmd.head ?? 'HEAD';
  const diff = await diffCommits(opts, base, head);
  const changeSet: ChangeSet = {
    files: diff.files,
    complete: true,
    source: 'git',
    baseSha: diff.baseSha,
    headSha: diff.headSha,
  };
  const { settings } = cmd;
  const matches = matchFilters(filters, changeSet.files, settings.quantifier);
  const decision = decide({
    matches,
    trainOn,
    force: settings.force,
    changedCount: changeSet.files.length,
    complete: true,
    onError: settings.onError,
  });
  const repository = (await remoteRepository(opts)) ?? { serverUrl: '', owner: '', repo: '' };
  const report: GateReport = {
    decision,
    filters: filterReports(matches, trainOn),
    changeSet,
    cost: estimateCost(settings.cost, decision.shouldTrain),
    repository,
    eventName: 'local',
  };
  const filesJsonPath = cmd.filesJson === undefined ? undefined : resolve(io.cwd, cmd.filesJson);
  const result = buildOutputs(
    report,
    settings.listFiles,
    filesJsonPath === undefined ? {} : { filesJsonPath },
  );
  if (filesJsonPath !== undefined) await writeFile(filesJsonPath, result.filesJson);
  if (cmd.output === 'json') {
    io.stdout(`${JSON.stringify(Object.fromEntries(result.outputs), null, 2)}\n`);
  } else if (cmd.output === 'markdown') {
    io.stdout(renderSummary(report));
  } else {
    const shown = cmd.head ?? (await currentBranch(opts)) ?? head;
    io.stdout(renderCheck(report, { base, head: shown, mergeBases: diff.mergeBases }));
  }
  return 0;
}

// ---------------------------------------------------------------------------
// backtest

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

async function backtest(cmd: BacktestCommand, io: CliIo): Promise<number> {
  const filters = await loadFilters(cmd.filters, io, 'backtest');
  const trainOn = trainOnOf(filters, cmd.settings.trainOn);
  const dir = await repositoryDir(cmd.repo, io, 'backtest');
  const opts = gitOptions(dir, io);
  const branch = cmd.branch ?? (await defaultBranch(opts)) ?? 'HEAD';
  const progress = progressLine(io, `Reading the history of ${branch}`);
  let log;
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
  const result = runBacktest({
    commits: log.commits,
    filters,
    trainOn,
    quantifier: cmd.settings.quantifier,
    cost: cmd.settings.cost,
  });
  const window = windowWords(cmd);

  if (cmd.json) {
    const json = backtestJson(result, {
      branch,
      tip: log.tip,
      window:
        cmd.window.kind === 'last'
          ? { last: cmd.window.count }
          : { since: cmd.window.since.toISOString() },
      filtersFile: cmd.filters,
      trainOn,
      shallow: log.shallow,
      renamesSkipped: log.renamesSkipped,
    });
    io.stdout(`${JSON.stringify(json, null, 2)}\n`);
  } else {
    const titleWidth = io.columns === undefined ? 72 : Math.max(24, io.columns - 72);
    io.stdout(
      renderBacktest(result, { branch, window, filtersFile: cmd.filters, trainOn, titleWidth }),
    );
  }

  if (cmd.report !== undefined) {
    const reportPath = resolve(io.cwd, cmd.report);
    const chartPath = reportPath.replace(/\.md$/i, '.svg');
    mkdirSync(dirname(reportPath), { recursive: true });
    const hasChart = result.totals.events > 0;
    const repository = await remoteRepository(opts);
    const markdown = renderReport(result, {
      branch,
      window,
      filtersFile: cmd.filters,
      trainOn,
      ...(hasChart ? { chartFile: basename(chartPath) } : {}),
      ...(repository !== undefined ? { repository } : {}),
      command: reproduce(cmd, branch),
    });
    await writeFile(reportPath, markdown);
    if (hasChart) await writeFile(chartPath, renderChart(result, { branch }));
    io.stderr(`Report written to ${reportPath}${hasChart ? ` (chart: ${chartPath})` : ''}.\n`);
  }
  return 0;
}

/** The command line that gives the same backtest. */
function reproduce(cmd: BacktestCommand, branch: string): string {
  const parts = [PROGRAM, 'backtest', '--filters', cmd.filters, '--branch', branch];
  if (cmd.window.kind === 'last') parts.push('--last', String(cmd.window.count));
  else if (!cmd.window.default) {
    parts.push(
      '--since',
      cmd.window.since
        .toISOString()
        .replace(/\.000Z$/, 'Z')
        .replace(/T00:00:00Z$/, ''),
    );
  }
  if (cmd.settings.trainOn !== undefined) parts.push('--train-on', cmd.settings.trainOn.join(','));
  if (cmd.settings.quantifier !== 'some')
    parts.push('--predicate-quantifier', cmd.settings.quantifier);
  const cost = cmd.settings.cost;
  if (cost.hourlyCost !== undefined) parts.push('--gpu-hourly-cost', formatAmount(cost.hourlyCost));
  if (cost.trainingHours !== undefined) parts.push('--training-hours', String(cost.trainingHours));
  if (cost.gpuCount !== 1) parts.push('--gpu-count', String(cost.gpuCount));
  if (cost.currency !== 'USD') parts.push('--currency', cost.currency);
  return parts
    .map((p) => (/^[\w@%+=:,./-]+$/.test(p) ? p : `'${p.replace(/'/g, `'\\''`)}'`))
    .join(' ');
}

// ---------------------------------------------------------------------------
// demo

async function demo(cmd: DemoCommand, io: CliIo): Promise<number> {
  let dir: string;
  if (cmd.dir !== undefined) {
    dir = resolve(io.cwd, cmd.dir);
    if (existsSync(dir)) {
      if (!statSync(dir).isDirectory() || readdirSync(dir).length > 0) {
        throw new UsageError(`--dir is ${quote(cmd.dir)}, which is not an empty folder.`, 'demo');
      }
    } else {
      mkdirSync(dir, { recursive: true });
    }
  } else {
    dir = await mkdtemp(join(tmpdir(), `${PROGRAM}-demo-`));
  }
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
    '--gpu-hourly-cost',
    '1.60',
    '--training-hours',
    '0.75',
    '--gpu-count',
    '1',
    '--currency',
    'USD',
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
  const shown = (args: string[]): string =>
    args.map((a) => (/^[\w@%+=:,./-]+$/.test(a) ? a : `'${a.replace(/'/g, `'\\''`)}'`)).join(' ');
  say(
    `\nThe demo is in ${dir}:\n` +
      `  repo/                 the repository (git log --first-parent --oneline in it)\n` +
      `  ml-change-gate.yml    the filters (train on ${history.trainOn.join(', ')})\n` +
      `  backtest.md           the Markdown report, with its chart in backtest.svg\n` +
      `Run it again yourself:\n  ${PROGRAM} ${shown(args.filter((a) => a !== '--json'))}\n`,
  );
  return code;
}

// ---------------------------------------------------------------------------

/** Runs the command line; returns the exit code. */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  let command: string | undefined;
  try {
    const parsed = parseCommandLine(argv, io.now);
    command = parsed.command;
    switch (parsed.command) {
      case 'help':
        io.stdout(parsed.topic === undefined ? MAIN_HELP : HELP_TEXTS[parsed.topic]);
        return 0;
      case 'version':
        io.stdout(`${packageJson.version}\n`);
        return 0;
      case 'check':
        return await check(parsed, io);
      case 'backtest':
        return await backtest(parsed, io);
      case 'demo':
        return await demo(parsed, io);
    }
  } catch (err) {
    let usage: UsageError | undefined;
    if (err instanceof UsageError) usage = err;
    else if (err instanceof InputError) usage = asOptionError(err, command);
    if (usage !== undefined) {
      const topic =
        usage.command ?? (command === 'help' || command === 'version' ? undefined : command);
      const hint = topic === undefined ? `${PROGRAM} --help` : `${PROGRAM} ${topic} --help`;
      const message = usage.message.includes('--help')
        ? usage.message
        : `${usage.message} Run ${hint} for usage.`;
      io.stderr(`${PROGRAM}: ${message}\n`);
      return 2;
    }
    const message = err instanceof Error ? err.message : String(err);
    io.stderr(`${PROGRAM}: ${message}\n`);
    return 1;
  }
}
