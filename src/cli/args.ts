/**
 * The command line's arguments → the command to run, every value checked
 * before anything runs. `node:util`'s parseArgs reads the words; the messages
 * for what it cannot accept are the project's own. The engine's settings go
 * through the same reader as the action's inputs, so both accept and refuse
 * the same values with the same words, the option named as `--name`.
 */
import { parseArgs } from 'node:util';
import { quote } from '../core/format.js';
import { readHistoryRuns, readTrainingJob } from '../core/history.js';
import {
  readEngineSettings,
  splitList,
  type EngineSettingName,
  type EngineSettings,
} from '../core/settings.js';
import { readDependencySettings, type DependencySettings } from '../core/dependency-settings.js';
import { InputError } from '../core/types.js';
import { PROGRAM } from './help.js';
import { BACKTEST_OPTIONS, CHECK_OPTIONS, DEMO_OPTIONS, type OptionTable } from './options.js';

/** Bad arguments: the message says what is wrong; the CLI exits with 2. */
export class UsageError extends Error {
  /** The command whose usage to point at, when known. */
  readonly command: string | undefined;
  constructor(message: string, command?: string) {
    super(message);
    this.name = 'UsageError';
    this.command = command;
  }
}

/** The window a backtest replays when neither --last nor --since is given. */
export const DEFAULT_WINDOW_DAYS = 30;

export type OutputMode = 'text' | 'json' | 'markdown';

/** What check and backtest share: the filters file, the engine's settings, the labels. */
export interface EngineOptions {
  /** The filters file; undefined when only models are given. */
  filters?: string;
  /** The models file, when given. */
  models?: string;
  settings: EngineSettings;
  /** The labels of the change's pull request (--label), for --force-label. */
  labels: string[];
  repo?: string;
  /** Measure the training time from past runs of this job (--training-job). */
  history?: TrainingHistory;
  /** What training depends on: --training-entrypoints, --source-roots, --dvc-stages. */
  dependencies?: DependencySettings;
}

/** Which past runs give the training time: a job of a workflow, over at most `runs` runs. */
export interface TrainingHistory {
  jobName: string;
  workflow: string;
  runs: number;
}

export interface CheckCommand extends EngineOptions {
  command: 'check';
  base?: string;
  head?: string;
  output: OutputMode;
  /** Where to write the complete file lists, as the action's files-json-path. */
  filesJson?: string;
  /** List the filters' drift against what training imports (--explain). */
  explain: boolean;
}

export type BacktestWindow =
  { kind: 'last'; count: number } | { kind: 'since'; since: Date; text: string; default: boolean };

export interface BacktestCommand extends EngineOptions {
  command: 'backtest';
  branch?: string;
  window: BacktestWindow;
  json: boolean;
  /** The Markdown report to write; its chart goes beside it with `.svg`. */
  report?: string;
}

export interface DemoCommand {
  command: 'demo';
  seed: number;
  dir?: string;
  json: boolean;
  /** Print every event too, before the first screen. */
  events: boolean;
}

export interface HelpCommand {
  command: 'help';
  topic?: 'check' | 'backtest' | 'demo';
}

export interface VersionCommand {
  command: 'version';
}

export type Command = CheckCommand | BacktestCommand | DemoCommand | HelpCommand | VersionCommand;

type Values = Map<string, string | true>;

/**
 * Reads `--name value`, `--name=value`, boolean `--flag` and `-h` with
 * parseArgs. Anything else (an unknown option, a missing value, a value for a
 * flag, a repeated option, a word that is not an option) is a UsageError
 * naming it.
 */
export function parseOptions(command: string, args: readonly string[], table: OptionTable): Values {
  const more = `Run ${PROGRAM} ${command} --help for its options.`;
  const options = Object.fromEntries(
    Object.entries(table).map(([name, spec]) => [
      name,
      { type: spec.type, ...(spec.short ? { short: spec.short } : {}) },
    ]),
  );
  const { tokens } = parseArgs({
    args: [...args],
    options,
    strict: false,
    allowPositionals: true,
    tokens: true,
  });
  const values: Values = new Map();
  for (const token of tokens) {
    if (token.kind !== 'option') {
      const word = token.kind === 'positional' ? token.value : '--';
      throw new UsageError(
        word.startsWith('-')
          ? `Unknown option ${quote(word)} for ${command}. ${more}`
          : `Unexpected argument ${quote(word)}: ${command} takes only options. ${more}`,
        command,
      );
    }
    const { name } = token;
    const spec = table[name];
    if (spec === undefined) {
      const shown = token.rawName.startsWith('--') ? `--${name}` : token.rawName;
      throw new UsageError(`Unknown option ${shown} for ${command}. ${more}`, command);
    }
    let value: string | true;
    if (spec.type === 'boolean') {
      if (token.value !== undefined && !spec.inlineValue) {
        throw new UsageError(`--${name} takes no value.`, command);
      }
      value = token.value ?? true;
    } else if (
      token.value === undefined ||
      (!token.inlineValue && token.value.startsWith('--') && token.value.length > 2)
    ) {
      throw new UsageError(`--${name} needs a value: ${spec.value ?? 'text'}.`, command);
    } else {
      value = token.value;
    }
    const earlier = values.get(name);
    if (earlier !== undefined) {
      if (spec.type === 'boolean') continue;
      if (!spec.multiple) {
        throw new UsageError(`--${name} is given more than once; give it once.`, command);
      }
      value = `${String(earlier)},${String(value)}`;
    }
    values.set(name, value);
  }
  return values;
}

function text(values: Values, name: string): string | undefined {
  const value = values.get(name);
  return typeof value === 'string' ? value : undefined;
}

function flag(values: Values, name: string): boolean {
  return values.get(name) === true;
}

/** A non-empty option value, or undefined when the option was not given. */
function nonEmpty(
  values: Values,
  name: string,
  command: string,
  table: OptionTable,
): string | undefined {
  const value = text(values, name);
  if (value === undefined) return undefined;
  if (value.trim() === '') {
    throw new UsageError(`--${name} is empty; give ${table[name]?.value ?? 'a value'}.`, command);
  }
  return value.trim();
}

/** An InputError of the engine's or the action's rules, reworded for the command line. */
export function asOptionError(err: InputError, command?: string): UsageError {
  const lead = `Input ${err.input}`;
  const message = err.message.startsWith(lead)
    ? `--${err.input}${err.message.slice(lead.length)}`
    : err.message;
  return new UsageError(message, command);
}

/** The filters file, the engine's settings and the labels, from the options named as the action's inputs. */
function engineOptions(values: Values, command: string, table: OptionTable): EngineOptions {
  const filters = nonEmpty(values, 'filters', command, table);
  const models = nonEmpty(values, 'models', command, table);
  if (filters === undefined && models === undefined) {
    throw new UsageError(
      `--filters is required: the YAML file of filters, e.g. ${PROGRAM} ${command} --filters .github/ml-change-gate.yml (or give --models FILE).`,
      command,
    );
  }
  for (const name of ['train-on', 'label'] as const) {
    if (values.has(name) && splitList(text(values, name) ?? '').length === 0) {
      throw new UsageError(`--${name} is empty; give ${table[name]?.value}.`, command);
    }
  }
  const read = (name: EngineSettingName): string =>
    name === 'force' && flag(values, 'force') ? 'true' : (text(values, name) ?? '');
  let settings: EngineSettings;
  try {
    settings = readEngineSettings(read);
  } catch (err) {
    if (err instanceof InputError) throw asOptionError(err, command);
    throw err;
  }
  const repo = nonEmpty(values, 'repo', command, table);
  const history = trainingHistory(values, command, table);
  let dependencies: DependencySettings | undefined;
  try {
    dependencies = readDependencySettings(
      splitList(text(values, 'training-entrypoints') ?? ''),
      splitList(text(values, 'source-roots') ?? ''),
      splitList(text(values, 'dvc-stages') ?? ''),
    );
  } catch (err) {
    if (err instanceof InputError) throw asOptionError(err, command);
    throw err;
  }
  if (dependencies !== undefined && models !== undefined) {
    throw new UsageError(
      '--training-entrypoints and --dvc-stages go with --filters; with --models, give each model its paths.',
      command,
    );
  }
  return {
    ...(filters !== undefined ? { filters } : {}),
    ...(models !== undefined ? { models } : {}),
    settings,
    labels: splitList(text(values, 'label') ?? ''),
    ...(repo !== undefined ? { repo } : {}),
    ...(history !== undefined ? { history } : {}),
    ...(dependencies !== undefined ? { dependencies } : {}),
  };
}

/** --training-job with --workflow and --history-runs, read by the action's own rules. */
function trainingHistory(
  values: Values,
  command: string,
  table: OptionTable,
): TrainingHistory | undefined {
  let jobName: string | undefined;
  let runs: number;
  try {
    jobName = readTrainingJob(text(values, 'training-job') ?? '');
    runs = readHistoryRuns(text(values, 'history-runs') ?? '');
  } catch (err) {
    if (err instanceof InputError) throw asOptionError(err, command);
    throw err;
  }
  const workflow = nonEmpty(values, 'workflow', command, table);
  if (jobName === undefined) {
    const stray = ['workflow', 'history-runs'].find((name) => values.has(name));
    if (stray !== undefined) {
      throw new UsageError(`--${stray} goes with --training-job NAME.`, command);
    }
    return undefined;
  }
  if (workflow === undefined) {
    throw new UsageError(
      '--training-job needs --workflow FILE: the workflow whose past runs are read, e.g. --workflow ci.yml.',
      command,
    );
  }
  return { jobName, workflow, runs };
}

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})$/i;

/** A --since value: a calendar date (midnight UTC) or an ISO 8601 time with its offset. */
export function parseSince(raw: string): Date {
  const value = raw.trim();
  const day = DATE_ONLY.exec(value);
  let time = NaN;
  if (day !== null) {
    const [, y, m, d] = day;
    time = Date.UTC(Number(y), Number(m) - 1, Number(d));
    const back = new Date(time).toISOString().slice(0, 10);
    if (back !== value) time = NaN;
  } else if (DATE_TIME.test(value)) {
    time = Date.parse(value.toUpperCase());
  }
  if (!Number.isFinite(time)) {
    throw new UsageError(
      `--since is ${quote(value)}; give a date as YYYY-MM-DD (midnight UTC), e.g. 2025-03-01, or an ISO 8601 time such as 2025-03-01T09:00:00Z.`,
      'backtest',
    );
  }
  return new Date(time);
}

/** A whole number within bounds, for --last and --seed. */
function wholeNumber(
  name: string,
  raw: string,
  range: { min: number; max: number; example: string },
  command: string,
): number {
  const value = raw.trim();
  const n = /^\d+$/.test(value) ? Number(value) : NaN;
  if (!Number.isSafeInteger(n) || n < range.min || n > range.max) {
    throw new UsageError(
      `--${name} is ${quote(value)}; it must be a whole number from ${range.min} to ${range.max.toLocaleString('en-US')}, e.g. ${range.example}.`,
      command,
    );
  }
  return n;
}

function parseCheck(args: readonly string[]): CheckCommand | HelpCommand {
  const values = parseOptions('check', args, CHECK_OPTIONS);
  if (flag(values, 'help')) return { command: 'help', topic: 'check' };
  const engine = engineOptions(values, 'check', CHECK_OPTIONS);
  if (flag(values, 'json') && flag(values, 'markdown')) {
    throw new UsageError('--json and --markdown cannot be used together; choose one.', 'check');
  }
  const base = nonEmpty(values, 'base', 'check', CHECK_OPTIONS);
  const head = nonEmpty(values, 'head', 'check', CHECK_OPTIONS);
  const filesJson = nonEmpty(values, 'files-json', 'check', CHECK_OPTIONS);
  const explain = flag(values, 'explain');
  const output: OutputMode = flag(values, 'json')
    ? 'json'
    : flag(values, 'markdown')
      ? 'markdown'
      : 'text';
  if (explain && output !== 'text') {
    throw new UsageError(`--explain prints text: leave out --${output}.`, 'check');
  }
  if (explain && engine.dependencies === undefined) {
    throw new UsageError(
      '--explain compares the train-on filters with what training imports: give --training-entrypoints (or --dvc-stages) too.',
      'check',
    );
  }
  return {
    command: 'check',
    ...engine,
    ...(base !== undefined ? { base } : {}),
    ...(head !== undefined ? { head } : {}),
    output,
    ...(filesJson !== undefined ? { filesJson } : {}),
    explain,
  };
}

function backtestWindow(values: Values, now: Date): BacktestWindow {
  const last = text(values, 'last');
  const since = text(values, 'since');
  if (last !== undefined && since !== undefined) {
    throw new UsageError('--last and --since cannot be used together; choose one.', 'backtest');
  }
  if (last !== undefined) {
    const range = { min: 1, max: 10_000_000, example: '--last 200' };
    return { kind: 'last', count: wholeNumber('last', last, range, 'backtest') };
  }
  if (since !== undefined) {
    return { kind: 'since', since: parseSince(since), text: since.trim(), default: false };
  }
  const start = new Date(now.getTime() - DEFAULT_WINDOW_DAYS * 86_400_000);
  return { kind: 'since', since: start, text: start.toISOString(), default: true };
}

function parseBacktest(args: readonly string[], now: Date): BacktestCommand | HelpCommand {
  const values = parseOptions('backtest', args, BACKTEST_OPTIONS);
  if (flag(values, 'help')) return { command: 'help', topic: 'backtest' };
  const engine = engineOptions(values, 'backtest', BACKTEST_OPTIONS);
  const window = backtestWindow(values, now);
  const report = nonEmpty(values, 'report', 'backtest', BACKTEST_OPTIONS);
  if (report !== undefined && !/\.md$/i.test(report)) {
    throw new UsageError(
      `--report is ${quote(report)}; give the path of a Markdown file ending in .md (its chart is written beside it, ending in .svg).`,
      'backtest',
    );
  }
  const branch = nonEmpty(values, 'branch', 'backtest', BACKTEST_OPTIONS);
  return {
    command: 'backtest',
    ...engine,
    ...(branch !== undefined ? { branch } : {}),
    window,
    json: flag(values, 'json'),
    ...(report !== undefined ? { report } : {}),
  };
}

function parseDemo(args: readonly string[]): DemoCommand | HelpCommand {
  const values = parseOptions('demo', args, DEMO_OPTIONS);
  if (flag(values, 'help')) return { command: 'help', topic: 'demo' };
  const seed = text(values, 'seed');
  const dir = nonEmpty(values, 'dir', 'demo', DEMO_OPTIONS);
  const range = { min: 0, max: 2 ** 32 - 1, example: '--seed 7' };
  return {
    command: 'demo',
    seed: seed === undefined ? 1 : wholeNumber('seed', seed, range, 'demo'),
    ...(dir !== undefined ? { dir } : {}),
    json: flag(values, 'json'),
    events: flag(values, 'events'),
  };
}

/** The command the arguments (without the program name) ask for. `now` sets the default window. */
export function parseCommandLine(argv: readonly string[], now: Date): Command {
  const [first, ...rest] = argv;
  switch (first) {
    case undefined:
      throw new UsageError(`No command given: use check, backtest or demo.`);
    case '-h':
    case '--help':
    case 'help':
      if (rest.length > 0 && first === 'help') {
        const topic = rest[0];
        if (topic === 'check' || topic === 'backtest' || topic === 'demo') {
          return { command: 'help', topic };
        }
        throw new UsageError(`Unknown command ${quote(topic ?? '')}: use check, backtest or demo.`);
      }
      return { command: 'help' };
    case '-v':
    case '--version':
      return { command: 'version' };
    case 'check':
      return parseCheck(rest);
    case 'backtest':
      return parseBacktest(rest, now);
    case 'demo':
      return parseDemo(rest);
    default:
      throw new UsageError(
        first.startsWith('-')
          ? `Unknown option ${quote(first)}: give a command first (check, backtest or demo).`
          : `Unknown command ${quote(first)}: use check, backtest or demo.`,
      );
  }
}
