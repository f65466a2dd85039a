/**
 * The options of each command, in one table: what `parseArgs` reads, what the
 * help lists, and what a "needs a value" error says. The engine's settings are
 * flags named as the action's inputs, so a workflow's `with:` block reads as a
 * command line.
 */

export interface OptionSpec {
  readonly type: 'string' | 'boolean';
  /** May be given more than once; the values are joined with commas. */
  readonly multiple?: boolean;
  readonly short?: string;
  /** A boolean flag that may also be given a value inline: `--force=a,b`. */
  readonly inlineValue?: boolean;
  /** The placeholder shown in the help: `--filters FILE`. */
  readonly arg?: string;
  /** What the value is, for the "needs a value" message. */
  readonly value?: string;
  /** The help line; further lines are indented under the first. */
  readonly help: string;
}

export type OptionTable = Readonly<Record<string, OptionSpec>>;

export const HELP_OPTION: OptionTable = {
  help: { type: 'boolean', short: 'h', help: 'show this help' },
};

const FILTERS: OptionTable = {
  filters: {
    type: 'string',
    arg: 'FILE',
    value: 'the path of a YAML filters file',
    help: "the filters, in the grammar of the action's filters input\n(required unless --models is given)",
  },
  models: {
    type: 'string',
    arg: 'FILE',
    value: 'the path of a YAML models file',
    help: "several models, in the grammar of the action's models input:\neach model decided, with its own cost",
  },
  'train-on': {
    type: 'string',
    multiple: true,
    arg: 'LIST',
    value: 'filter names, comma-separated',
    help: 'filters whose match means training, comma-separated\n(default: every filter but those named like docs, tests or CI)',
  },
  'predicate-quantifier': {
    type: 'string',
    arg: 'Q',
    value: 'some or every',
    help: "some (default) or every, as the action's input",
  },
};

/** The decision settings: as the action's inputs, and the pull request's labels. */
const DECISION: OptionTable = {
  force: {
    type: 'boolean',
    inlineValue: true,
    help: 'train whatever changed, as the action input force: true;\n--force=a,b trains the models named',
  },
  'force-label': {
    type: 'string',
    arg: 'NAME',
    value: 'a label name',
    help: "a pull-request label that forces training, as the action's input",
  },
  label: {
    type: 'string',
    multiple: true,
    arg: 'NAME',
    value: 'a label name',
    help: "a label of the change's pull request, for --force-label (repeatable)",
  },
  'on-error': {
    type: 'string',
    arg: 'WHAT',
    value: 'train, skip or fail',
    help: 'train (default), skip or fail when the change cannot be seen whole',
  },
};

const COST: OptionTable = {
  'gpu-hourly-cost': {
    type: 'string',
    arg: 'X',
    value: 'a price such as 1.60',
    help: 'price of one hour of the training runner, e.g. 1.60',
  },
  'gpu-runner': {
    type: 'string',
    arg: 'NAME',
    value: 'a runner preset such as aws-g5.xlarge',
    help: 'a runner whose price is known, e.g. github-gpu-t4 or aws-g5.xlarge',
  },
  'training-hours': {
    type: 'string',
    arg: 'H',
    value: 'a number of hours such as 0.75',
    help: 'length of one training run in hours, e.g. 0.75',
  },
  'gpu-count': {
    type: 'string',
    arg: 'G',
    value: 'a number such as 1',
    help: 'runners (or GPUs priced per hour) one run occupies (default: 1)',
  },
  currency: {
    type: 'string',
    arg: 'C',
    value: 'a currency code such as USD',
    help: 'ISO 4217 code shown with costs (default: USD)',
  },
  'cost-limit': {
    type: 'string',
    arg: 'X',
    value: 'an amount such as 20',
    help: 'the most one triggered training may cost before over-limit is true',
  },
};

const LIST_FILES: OptionTable = {
  'list-files': {
    type: 'string',
    arg: 'FORMAT',
    value: 'none, json, csv, shell or escape',
    help: 'none (default), json, csv, shell or escape: <filter>_files in --json',
  },
};

/** The training time measured from past runs, as the action's training-job input does. */
const HISTORY: OptionTable = {
  'training-job': {
    type: 'string',
    arg: 'NAME',
    value: 'the name of the training job',
    help: "measure the training time from the job's past successful runs\n(needs --workflow and GITHUB_TOKEN; training-hours wins)",
  },
  workflow: {
    type: 'string',
    arg: 'FILE',
    value: 'a workflow file name such as ci.yml',
    help: 'the workflow whose runs --training-job reads, e.g. ci.yml',
  },
  'history-runs': {
    type: 'string',
    arg: 'N',
    value: 'a number of runs',
    help: 'most past runs the training time is measured over (default: 10)',
  },
};

/** What training depends on, as the action's inputs of the same names. */
const DEPENDENCIES: OptionTable = {
  'training-entrypoints': {
    type: 'string',
    multiple: true,
    arg: 'LIST',
    value: 'training entry points, comma-separated',
    help: "training scripts, notebooks, globs or 'python -m pkg.train':\na change to a file they import trains (repeatable)",
  },
  'source-roots': {
    type: 'string',
    multiple: true,
    arg: 'LIST',
    value: 'folders, comma-separated',
    help: "folders searched for top-level modules (default: the root,\nsrc/, those pyproject.toml declares, the entry point's folder)",
  },
  'dvc-stages': {
    type: 'string',
    multiple: true,
    arg: 'LIST',
    value: 'DVC stage names, comma-separated',
    help: 'DVC stages whose deps, scripts and params train,\nwith the stages upstream (repeatable)',
  },
};

const REPO: OptionTable = {
  repo: {
    type: 'string',
    arg: 'DIR',
    value: 'a folder',
    help: 'the repository (default: the current folder)',
  },
};

export const CHECK_OPTIONS: OptionTable = {
  ...FILTERS,
  base: {
    type: 'string',
    arg: 'REF',
    value: 'a branch, tag or commit',
    help: 'compare from the merge base with REF\n(default: the default branch: origin/HEAD, main or master)',
  },
  head: {
    type: 'string',
    arg: 'REF',
    value: 'a branch, tag or commit',
    help: 'the change to decide (default: HEAD)',
  },
  ...DECISION,
  ...DEPENDENCIES,
  explain: {
    type: 'boolean',
    help: 'with --training-entrypoints or --dvc-stages: list the files\ntraining imports that no train-on filter covers, and the\nPython files those filters cover that nothing imports',
  },
  ...LIST_FILES,
  ...COST,
  ...HISTORY,
  json: { type: 'boolean', help: "print exactly the action's outputs, as one JSON object" },
  'files-json': {
    type: 'string',
    arg: 'FILE',
    value: 'the path of a JSON file to write',
    help: 'also write the complete file lists to FILE, as the action\ndoes, and name it in the files-json-path output',
  },
  markdown: { type: 'boolean', help: 'print the job summary the action would write' },
  ...REPO,
  ...HELP_OPTION,
};

export const BACKTEST_OPTIONS: OptionTable = {
  ...FILTERS,
  branch: {
    type: 'string',
    arg: 'B',
    value: 'a branch name',
    help: 'the branch to replay (default: the default branch:\norigin/HEAD, main or master)',
  },
  last: {
    type: 'string',
    arg: 'N',
    value: 'a number of commits',
    help: 'the last N first-parent commits',
  },
  since: {
    type: 'string',
    arg: 'DATE',
    value: 'a date such as 2025-03-01',
    help: 'the commits since DATE: YYYY-MM-DD (UTC) or an ISO 8601 time\n(default: the last 30 days)',
  },
  ...DECISION,
  ...DEPENDENCIES,
  'list-files': {
    ...LIST_FILES['list-files'],
    type: 'string',
    help: "the action's list-files, taken so the same flags work here\n(a backtest sets no outputs)",
  },
  ...COST,
  ...HISTORY,
  json: { type: 'boolean', help: 'print the totals and every event as one JSON object' },
  report: {
    type: 'string',
    arg: 'FILE.md',
    value: 'the path of a Markdown file',
    help: 'also write a Markdown report, with its chart in FILE.svg',
  },
  ...REPO,
  ...HELP_OPTION,
};

export const DEMO_OPTIONS: OptionTable = {
  seed: {
    type: 'string',
    arg: 'N',
    value: 'a whole number',
    help: 'the seed of the history (default: 1)',
  },
  dir: {
    type: 'string',
    arg: 'DIR',
    value: 'a folder',
    help: 'an empty or new folder for the repository, the filters and\nthe report (default: a new temporary folder)',
  },
  json: { type: 'boolean', help: 'print the backtest as JSON, as backtest --json does' },
  events: { type: 'boolean', help: 'also print every event, as backtest does' },
  ...HELP_OPTION,
};

/** The option lines of a help text, aligned on the longest flag. */
export function optionLines(table: OptionTable): string {
  const flags = Object.entries(table).map(
    ([name, spec]) =>
      `${spec.short ? `-${spec.short}, ` : ''}--${name}${spec.arg ? ` ${spec.arg}` : ''}`,
  );
  const width = Math.max(...flags.map((f) => f.length));
  const lines: string[] = [];
  Object.values(table).forEach((spec, i) => {
    const [first = '', ...more] = spec.help.split('\n');
    lines.push(`  ${(flags[i] ?? '').padEnd(width)} ${first}`);
    for (const line of more) lines.push(`${' '.repeat(width + 3)}${line}`);
  });
  return lines.join('\n');
}
