/**
 * The command line (pure): commands, options, help texts, and validation of
 * every value before anything runs. Option values the action also takes go
 * through the action's own input rules (parseSettings), so both accept and
 * refuse the same values with the same words, the option named as `--name`.
 */
import { parseSettings, splitList, type Settings } from '../action/inputs.js';
import { InputError } from '../core/types.js';

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

export const PROGRAM = 'ml-change-gate';

/** The window a backtest replays when neither --last nor --since is given. */
export const DEFAULT_WINDOW_DAYS = 30;

/** The README's example prices, used by the demo. */
export const EXAMPLE_PRICES = {
  'gpu-hourly-cost': '1.60',
  'training-hours': '0.75',
  'gpu-count': '1',
  currency: 'USD',
} as const;

export type OutputMode = 'text' | 'json' | 'markdown';

export interface CheckCommand {
  command: 'check';
  filters: string;
  base?: string;
  head?: string;
  repo?: string;
  output: OutputMode;
  /** Where to write the complete file lists, as the action's files-json-path. */
  filesJson?: string;
  settings: Settings;
}

export type BacktestWindow =
  { kind: 'last'; count: number } | { kind: 'since'; since: Date; text: string; default: boolean };

export interface BacktestCommand {
  command: 'backtest';
  filters: string;
  branch?: string;
  repo?: string;
  window: BacktestWindow;
  json: boolean;
  /** The Markdown report to write; its chart goes beside it with `.svg`. */
  report?: string;
  settings: Settings;
}

export interface DemoCommand {
  command: 'demo';
  seed: number;
  dir?: string;
  json: boolean;
}

export interface HelpCommand {
  command: 'help';
  topic?: 'check' | 'backtest' | 'demo';
}

export interface VersionCommand {
  command: 'version';
}

export type Command = CheckCommand | BacktestCommand | DemoCommand | HelpCommand | VersionCommand;

// ---------------------------------------------------------------------------
// Help

export const MAIN_HELP = `${PROGRAM}: decide from the files a change touched whether ML training must run,
and see what the gate would have saved on your own history. Same engine as the GitHub Action.

Usage:
  ${PROGRAM} check --filters FILE [options]      the decision for a local change
  ${PROGRAM} backtest --filters FILE [options]   replay a branch's history through the gate
  ${PROGRAM} demo [options]                      backtest a synthetic month of an ML repository
  ${PROGRAM} <command> --help                    the options of a command

Options:
  -h, --help       show this help
  -v, --version    show the version

Exit codes: 0 done, 1 failed (git, files), 2 bad arguments.
`;

const COST_OPTIONS = `  --gpu-hourly-cost X        price of one hour of the training runner, e.g. 1.60
  --training-hours H         length of one training run in hours, e.g. 0.75
  --gpu-count G              runners (or GPUs priced per hour) one run occupies (default: 1)
  --currency C               ISO 4217 code shown with costs (default: USD)`;

const FILTER_OPTIONS = `  --filters FILE             the filters, in the grammar of the action's filters input (required)
  --train-on LIST            filters whose match means training, comma-separated (default: all)
  --predicate-quantifier Q   some (default) or every, as the action's input`;

export const CHECK_HELP = `Usage: ${PROGRAM} check --filters FILE [--base REF] [--head REF] [options]

Decides should-train for a local change, as the action decides it in CI: the files
changed from the merge base of BASE and HEAD to HEAD (renames detected) are matched
against the filters. Only commits count: uncommitted changes are not looked at.

Options:
${FILTER_OPTIONS}
  --base REF                 compare from the merge base with REF
                             (default: the default branch: origin/HEAD, main or master)
  --head REF                 the change to decide (default: HEAD)
  --force                    decide as with the action's force input
  --list-files FORMAT        none (default), json, csv, shell or escape: <filter>_files in --json
${COST_OPTIONS}
  --json                     print exactly the action's outputs, as one JSON object
  --files-json FILE          also write the complete file lists to FILE, as the action
                             does, and name it in the files-json-path output
  --markdown                 print the job summary the action would write
  --repo DIR                 the repository (default: the current folder)
  -h, --help                 show this help

Examples:
  ${PROGRAM} check --filters .github/ml-change-gate.yml
  ${PROGRAM} check --filters filters.yml --base origin/main --json
`;

export const BACKTEST_HELP = `Usage: ${PROGRAM} backtest --filters FILE [--branch B] [--last N | --since DATE] [options]

Replays the first-parent history of a branch through the gate. Each first-parent
commit is one CI event (a merged pull request or a direct push), its change being
its diff against its first parent, renames detected. Prints every event (date,
commit, subject, train or skip, filters matched) and the totals: training runs,
GPU-hours and cost with and without the gate, and the saving.

Options:
${FILTER_OPTIONS}
  --branch B                 the branch to replay (default: the default branch:
                             origin/HEAD, main or master)
  --last N                   the last N first-parent commits
  --since DATE               the commits since DATE: YYYY-MM-DD (UTC) or an ISO 8601 time
                             (default: the last ${DEFAULT_WINDOW_DAYS} days)
${COST_OPTIONS}
  --json                     print the totals and every event as one JSON object
  --report FILE.md           also write a Markdown report, with its chart in FILE.svg
  --repo DIR                 the repository (default: the current folder)
  -h, --help                 show this help

Examples:
  ${PROGRAM} backtest --filters .github/ml-change-gate.yml --gpu-hourly-cost 1.60 --training-hours 0.75
  ${PROGRAM} backtest --filters filters.yml --branch main --last 500 --report backtest.md
`;

export const DEMO_HELP = `Usage: ${PROGRAM} demo [--seed N] [--dir DIR] [--json]

Builds a synthetic month of an ML repository from a seed (pull requests touching
docs, notebooks, tests and serving code, a few touching training code,
configuration and data; merges and direct pushes), then backtests it with the
README's example prices (gpu-hourly-cost 1.60, training-hours 0.75, gpu-count 1,
USD) and prints the result. The numbers come from the generated history and the
gate, so the same seed always gives the same report.

Options:
  --seed N                   the seed of the history (default: 1)
  --dir DIR                  an empty or new folder for the repository, the filters and
                             the report (default: a new temporary folder)
  --json                     print the backtest as JSON, as backtest --json does
  -h, --help                 show this help
`;

export const HELP_TEXTS = {
  check: CHECK_HELP,
  backtest: BACKTEST_HELP,
  demo: DEMO_HELP,
} as const;

// ---------------------------------------------------------------------------
// Options

interface OptionSpec {
  readonly type: 'string' | 'boolean';
  /** May be given more than once; the values are joined with commas. */
  readonly repeat?: boolean;
  /** What the value is, for the "needs a value" message. */
  readonly value?: string;
}

type Specs = Readonly<Record<string, OptionSpec>>;

const HELP_OPTION: Specs = { help: { type: 'boolean' } };

const FILTER_SPECS: Specs = {
  filters: { type: 'string', value: 'the path of a YAML filters file' },
  'train-on': { type: 'string', repeat: true, value: 'filter names, comma-separated' },
  'predicate-quantifier': { type: 'string', value: 'some or every' },
};

const COST_SPECS: Specs = {
  'gpu-hourly-cost': { type: 'string', value: 'a price such as 1.60' },
  'training-hours': { type: 'string', value: 'a number of hours such as 0.75' },
  'gpu-count': { type: 'string', value: 'a number such as 1' },
  currency: { type: 'string', value: 'a currency code such as USD' },
};

const CHECK_SPECS: Specs = {
  ...HELP_OPTION,
  ...FILTER_SPECS,
  ...COST_SPECS,
  base: { type: 'string', value: 'a branch, tag or commit' },
  head: { type: 'string', value: 'a branch, tag or commit' },
  force: { type: 'boolean' },
  'list-files': { type: 'string', value: 'none, json, csv, shell or escape' },
  json: { type: 'boolean' },
  markdown: { type: 'boolean' },
  'files-json': { type: 'string', value: 'the path of a JSON file to write' },
  repo: { type: 'string', value: 'a folder' },
};

const BACKTEST_SPECS: Specs = {
  ...HELP_OPTION,
  ...FILTER_SPECS,
  ...COST_SPECS,
  branch: { type: 'string', value: 'a branch name' },
  last: { type: 'string', value: 'a number of commits' },
  since: { type: 'string', value: 'a date such as 2025-03-01' },
  json: { type: 'boolean' },
  report: { type: 'string', value: 'the path of a Markdown file' },
  repo: { type: 'string', value: 'a folder' },
};

const DEMO_SPECS: Specs = {
  ...HELP_OPTION,
  seed: { type: 'string', value: 'a whole number' },
  dir: { type: 'string', value: 'a folder' },
  json: { type: 'boolean' },
};

type Values = Map<string, string | true>;

function quote(text: string): string {
  return JSON.stringify(text.length > 80 ? `${text.slice(0, 77)}...` : text);
}

/**
 * Reads `--name value`, `--name=value`, boolean `--flag` and `-h`. Anything
 * else (an unknown option, a missing value, a value for a flag, a repeated
 * option, a word that is not an option) is a UsageError naming it.
 */
export function parseOptions(command: string, args: readonly string[], specs: Specs): Values {
  const values: Values = new Map();
  const more = `Run ${PROGRAM} ${command} --help for its options.`;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    if (arg === '-h') {
      values.set('help', true);
      continue;
    }
    if (!arg.startsWith('--') || arg === '--') {
      throw new UsageError(
        arg.startsWith('-')
          ? `Unknown option ${quote(arg)} for ${command}. ${more}`
          : `Unexpected argument ${quote(arg)}: ${command} takes only options. ${more}`,
        command,
      );
    }
    const eq = arg.indexOf('=');
    const name = arg.slice(2, eq === -1 ? undefined : eq);
    const spec = specs[name];
    if (spec === undefined) {
      throw new UsageError(`Unknown option --${name} for ${command}. ${more}`, command);
    }
    let value: string | true;
    if (spec.type === 'boolean') {
      if (eq !== -1) throw new UsageError(`--${name} takes no value.`, command);
      value = true;
    } else if (eq !== -1) {
      value = arg.slice(eq + 1);
    } else {
      const next = args[i + 1];
      if (next === undefined || (next.startsWith('--') && next.length > 2)) {
        throw new UsageError(`--${name} needs a value: ${spec.value ?? 'text'}.`, command);
      }
      value = next;
      i++;
    }
    const earlier = values.get(name);
    if (earlier !== undefined) {
      if (spec.type === 'boolean') continue;
      if (!spec.repeat) {
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
function nonEmpty(values: Values, name: string, command: string): string | undefined {
  const value = text(values, name);
  if (value === undefined) return undefined;
  if (value.trim() === '')
    throw new UsageError(`--${name} is empty; ${specsValue(name)}.`, command);
  return value.trim();
}

function specsValue(name: string): string {
  const spec = CHECK_SPECS[name] ?? BACKTEST_SPECS[name] ?? DEMO_SPECS[name];
  return `give ${spec?.value ?? 'a value'}`;
}

/** An InputError of the action's rules, reworded for the command line. */
export function asOptionError(err: InputError, command?: string): UsageError {
  const lead = `Input ${err.input}`;
  const message = err.message.startsWith(lead)
    ? `--${err.input}${err.message.slice(lead.length)}`
    : err.message;
  return new UsageError(message, command);
}

/** The action's settings from the options they share, checked by the action's own rules. */
function settingsFrom(values: Values, command: string): Settings {
  const inputs: Record<string, string> = {
    // parseSettings requires a filters input; the CLI reads its filters file itself.
    filters: 'command-line: --filters',
    'train-on': text(values, 'train-on') ?? '',
    'predicate-quantifier': text(values, 'predicate-quantifier') ?? '',
    'list-files': text(values, 'list-files') ?? '',
    'gpu-hourly-cost': text(values, 'gpu-hourly-cost') ?? '',
    'training-hours': text(values, 'training-hours') ?? '',
    'gpu-count': text(values, 'gpu-count') ?? '',
    currency: text(values, 'currency') ?? '',
  };
  if (values.has('train-on') && splitList(inputs['train-on'] ?? '').length === 0) {
    throw new UsageError('--train-on is empty; give filter names, comma-separated.', command);
  }
  try {
    const settings = parseSettings((name) => inputs[name] ?? '');
    settings.force = flag(values, 'force');
    return settings;
  } catch (err) {
    if (err instanceof InputError) throw asOptionError(err, command);
    throw err;
  }
}

function requireFilters(values: Values, command: string): string {
  const filters = nonEmpty(values, 'filters', command);
  if (filters === undefined) {
    throw new UsageError(
      `--filters is required: the YAML file of filters, e.g. ${PROGRAM} ${command} --filters .github/ml-change-gate.yml.`,
      command,
    );
  }
  return filters;
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
  min: number,
  max: number,
  example: string,
  command: string,
): number {
  const value = raw.trim();
  const n = /^\d+$/.test(value) ? Number(value) : NaN;
  if (!Number.isSafeInteger(n) || n < min || n > max) {
    throw new UsageError(
      `--${name} is ${quote(value)}; it must be a whole number from ${min} to ${max.toLocaleString('en-US')}, e.g. ${example}.`,
      command,
    );
  }
  return n;
}

function parseCheck(args: readonly string[]): CheckCommand | HelpCommand {
  const values = parseOptions('check', args, CHECK_SPECS);
  if (flag(values, 'help')) return { command: 'help', topic: 'check' };
  const filters = requireFilters(values, 'check');
  if (flag(values, 'json') && flag(values, 'markdown')) {
    throw new UsageError('--json and --markdown cannot be used together; choose one.', 'check');
  }
  const base = nonEmpty(values, 'base', 'check');
  const head = nonEmpty(values, 'head', 'check');
  const repo = nonEmpty(values, 'repo', 'check');
  const filesJson = nonEmpty(values, 'files-json', 'check');
  return {
    command: 'check',
    filters,
    ...(base !== undefined ? { base } : {}),
    ...(head !== undefined ? { head } : {}),
    ...(repo !== undefined ? { repo } : {}),
    output: flag(values, 'json') ? 'json' : flag(values, 'markdown') ? 'markdown' : 'text',
    ...(filesJson !== undefined ? { filesJson } : {}),
    settings: settingsFrom(values, 'check'),
  };
}

function parseBacktest(args: readonly string[], now: Date): BacktestCommand | HelpCommand {
  const values = parseOptions('backtest', args, BACKTEST_SPECS);
  if (flag(values, 'help')) return { command: 'help', topic: 'backtest' };
  const filters = requireFilters(values, 'backtest');
  const last = text(values, 'last');
  const since = text(values, 'since');
  if (last !== undefined && since !== undefined) {
    throw new UsageError('--last and --since cannot be used together; choose one.', 'backtest');
  }
  let window: BacktestWindow;
  if (last !== undefined) {
    window = {
      kind: 'last',
      count: wholeNumber('last', last, 1, 10_000_000, '--last 200', 'backtest'),
    };
  } else if (since !== undefined) {
    window = { kind: 'since', since: parseSince(since), text: since.trim(), default: false };
  } else {
    const start = new Date(now.getTime() - DEFAULT_WINDOW_DAYS * 86_400_000);
    window = { kind: 'since', since: start, text: start.toISOString(), default: true };
  }
  const report = nonEmpty(values, 'report', 'backtest');
  if (report !== undefined && !/\.md$/i.test(report)) {
    throw new UsageError(
      `--report is ${quote(report)}; give the path of a Markdown file ending in .md (its chart is written beside it, ending in .svg).`,
      'backtest',
    );
  }
  const branch = nonEmpty(values, 'branch', 'backtest');
  const repo = nonEmpty(values, 'repo', 'backtest');
  return {
    command: 'backtest',
    filters,
    ...(branch !== undefined ? { branch } : {}),
    ...(repo !== undefined ? { repo } : {}),
    window,
    json: flag(values, 'json'),
    ...(report !== undefined ? { report } : {}),
    settings: settingsFrom(values, 'backtest'),
  };
}

function parseDemo(args: readonly string[]): DemoCommand | HelpCommand {
  const values = parseOptions('demo', args, DEMO_SPECS);
  if (flag(values, 'help')) return { command: 'help', topic: 'demo' };
  const seed = text(values, 'seed');
  const dir = nonEmpty(values, 'dir', 'demo');
  return {
    command: 'demo',
    seed: seed === undefined ? 1 : wholeNumber('seed', seed, 0, 2 ** 32 - 1, '--seed 7', 'demo'),
    ...(dir !== undefined ? { dir } : {}),
    json: flag(values, 'json'),
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
