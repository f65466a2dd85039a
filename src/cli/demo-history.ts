/**
 * A synthetic history of an ML repository (pure), generated from a seed: pull
 * requests touching docs, notebooks, tests, CI and serving code, a few
 * touching training code, training configuration and training data, one that
 * moves a module out of the training code; merged with merge commits or
 * squashed, and direct pushes in between. It is written as a `git
 * fast-import` stream, so a month or ten thousand events become a repository
 * in one git process.
 */

import {
  CI_TITLES,
  CONFIG_TITLES,
  DATA_TITLES,
  DEMO_FILTERS,
  DEMO_TRAIN_ON,
  DEPS_TITLES,
  DOC_TITLES,
  EVAL_TITLES,
  NOTEBOOK_TITLES,
  PULL_REQUEST_KINDS,
  PUSH_KINDS,
  SERVING_TITLES,
  TEST_TITLES,
  TRAINING_TITLES,
  type ChangeKind,
} from './demo-data.js';

/** Deterministic random numbers in [0, 1) from a 32-bit seed (mulberry32). */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

export interface DemoOptions {
  seed: number;
  /** Midnight UTC of the first day. */
  start: Date;
  days: number;
  /**
   * How many events in all, spread over the days (weekdays five times as
   * busy as weekends). Default: drawn per day, 2 to 6 on a weekday and 0 or
   * 1 on a weekend.
   */
  events?: number;
}

export interface DemoHistory {
  /** The `git fast-import` stream of branch `main`. */
  stream: string;
  branch: string;
  /** The filters file for the repository. */
  filters: string;
  /** The filters whose match means training. */
  trainOn: string[];
  /** Events on the branch after its first commit, which predates `start`. */
  events: number;
  merges: number;
  squashMerges: number;
  pushes: number;
}

type Op =
  | { kind: 'M'; path: string; content: string }
  | { kind: 'D'; path: string }
  | { kind: 'R'; from: string; to: string };

interface Change {
  title: string;
  ops: Op[];
}

const PEOPLE = [
  'Priya Raman',
  'Jonas Weber',
  'Mei Chen',
  'Diego Alvarez',
  'Sam Okafor',
  'Ingrid Larsen',
  'Tomás Novak',
];

const INITIAL_FILES = [
  'README.md',
  'CONTRIBUTING.md',
  'docs/index.md',
  'docs/training.md',
  'docs/serving.md',
  'docs/data.md',
  'notebooks/exploration.ipynb',
  'notebooks/error-analysis.ipynb',
  'tests/test_model.py',
  'tests/test_serving.py',
  'tests/test_data.py',
  'src/serving/app.py',
  'src/serving/handlers.py',
  'src/serving/schema.py',
  'src/training/train.py',
  'src/training/model.py',
  'src/training/losses.py',
  'src/training/utils.py',
  'src/common/io.py',
  'config/training.yaml',
  'config/training-large.yaml',
  'config/serving.yaml',
  'data/training/manifest.json',
  'data/training/labels.csv',
  'data/eval/holdout.csv',
  'requirements.txt',
  'requirements-dev.txt',
  '.github/workflows/ci.yml',
];

/** The content of a file at a revision: mostly stable, so that git sees moves as renames. */
function render(path: string, revision: number): string {
  const name = path.slice(path.lastIndexOf('/') + 1);
  if (path.endsWith('.py')) {
    const body = Array.from(
      { length: 16 },
      (_, i) => `def step_${i}(batch):\n    return [x * ${i + 1} for x in batch]\n`,
    ).join('\n');
    return `"""${name}"""\n\n${body}\nREVISION = ${revision}\n`;
  }
  if (path.endsWith('.md')) {
    const paragraphs = Array.from(
      { length: 6 },
      (_, i) => `Section ${i + 1} of ${name} explains one part of the model repository.\n`,
    ).join('\n');
    return `# ${name}\n\n${paragraphs}\nRevision ${revision}.\n`;
  }
  if (path.endsWith('.ipynb')) {
    return `${JSON.stringify(
      {
        cells: [{ cell_type: 'code', source: [`# ${name}, revision ${revision}\n`, 'print(1)\n'] }],
        metadata: { kernelspec: { name: 'python3' } },
        nbformat: 4,
        nbformat_minor: 5,
      },
      null,
      1,
    )}\n`;
  }
  if (path.endsWith('.csv')) {
    const rows = Array.from({ length: 8 + revision }, (_, i) => `${i},${(i * 37) % 11}`);
    return `id,label\n${rows.join('\n')}\n`;
  }
  if (path.endsWith('.json')) {
    return `${JSON.stringify({ name, shards: 4 + revision, revision }, null, 2)}\n`;
  }
  if (path.endsWith('.yaml') || path.endsWith('.yml')) {
    return `# ${name}\nlearning_rate: 0.00${(revision % 9) + 1}\nbatch_size: ${32 * ((revision % 4) + 1)}\nepochs: 10\nrevision: ${revision}\n`;
  }
  return `${name} ${revision}\n`;
}

function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 40);
}

class Generator {
  private readonly random: () => number;
  /** Path → revision of the files the branch has. */
  readonly files = new Map<string, number>();
  private created = 0;
  private moved = false;

  constructor(seed: number) {
    this.random = seededRandom(seed);
  }

  float(): number {
    return this.random();
  }

  int(min: number, max: number): number {
    return min + Math.floor(this.random() * (max - min + 1));
  }

  pick<T>(items: readonly T[]): T {
    const item = items[Math.floor(this.random() * items.length)];
    if (item === undefined) throw new Error('pick from an empty list');
    return item;
  }

  weighted<T extends string>(table: readonly (readonly [T, number])[]): T {
    const total = table.reduce((sum, [, w]) => sum + w, 0);
    let r = this.random() * total;
    for (const [value, weight] of table) {
      r -= weight;
      if (r < 0) return value;
    }
    const last = table[table.length - 1];
    if (last === undefined) throw new Error('pick from an empty table');
    return last[0];
  }

  /** Files of the branch under `prefix` ending in `suffix`. */
  under(prefix: string, suffix = ''): string[] {
    return [...this.files.keys()].filter((p) => p.startsWith(prefix) && p.endsWith(suffix));
  }

  modify(path: string): Op {
    const revision = (this.files.get(path) ?? 0) + 1;
    this.files.set(path, revision);
    return { kind: 'M', path, content: render(path, revision) };
  }

  add(prefix: string, stem: string, suffix: string): Op {
    this.created++;
    return this.modify(`${prefix}${stem}-${this.created}${suffix}`);
  }

  /** Modifies 1 to `max` distinct files of `paths`. */
  modifySome(paths: readonly string[], max: number): Op[] {
    const chosen = new Set<string>();
    const n = Math.min(paths.length, this.int(1, max));
    while (chosen.size < n) chosen.add(this.pick(paths));
    return [...chosen].map((p) => this.modify(p));
  }

  change(kind: ChangeKind): Change {
    switch (kind) {
      case 'docs': {
        const ops = this.modifySome([...this.under('docs/', '.md'), 'README.md'], 2);
        if (this.float() < 0.25) ops.push(this.add('docs/', 'guide', '.md'));
        return { title: this.pick(DOC_TITLES), ops };
      }
      case 'notebook': {
        const ops =
          this.float() < 0.4
            ? [this.add('notebooks/', 'experiment', '.ipynb')]
            : this.modifySome(this.under('notebooks/'), 1);
        return { title: this.pick(NOTEBOOK_TITLES), ops };
      }
      case 'tests':
        return { title: this.pick(TEST_TITLES), ops: this.modifySome(this.under('tests/'), 2) };
      case 'serving': {
        const ops = this.modifySome(this.under('src/serving/'), 2);
        if (this.float() < 0.5) ops.push(this.modify('tests/test_serving.py'));
        if (this.float() < 0.2) ops.push(this.modify('config/serving.yaml'));
        return { title: this.pick(SERVING_TITLES), ops };
      }
      case 'ci': {
        const ops = this.modifySome(['.github/workflows/ci.yml', 'requirements-dev.txt'], 1);
        return { title: this.pick(CI_TITLES), ops };
      }
      case 'eval-data': {
        const ops =
          this.float() < 0.5
            ? [this.add('data/eval/', 'slice', '.csv')]
            : [this.modify('data/eval/holdout.csv')];
        return { title: this.pick(EVAL_TITLES), ops };
      }
      case 'training-code': {
        const ops = this.modifySome(this.under('src/training/', '.py'), 2);
        if (this.float() < 0.5) ops.push(this.modify('tests/test_model.py'));
        return { title: this.pick(TRAINING_TITLES), ops };
      }
      case 'training-config':
        return {
          title: this.pick(CONFIG_TITLES),
          ops: this.modifySome(this.under('config/training'), 1),
        };
      case 'training-data': {
        const ops =
          this.float() < 0.4
            ? [
                this.add('data/training/', 'shard', '.csv'),
                this.modify('data/training/manifest.json'),
              ]
            : this.modifySome(this.under('data/training/'), 2);
        return { title: this.pick(DATA_TITLES), ops };
      }
      case 'deps':
        return { title: this.pick(DEPS_TITLES), ops: [this.modify('requirements.txt')] };
      case 'move': {
        const from = 'src/training/utils.py';
        if (this.moved || !this.files.has(from)) return this.change('serving');
        this.moved = true;
        const to = 'src/common/utils.py';
        const revision = this.files.get(from) ?? 0;
        this.files.delete(from);
        this.files.set(to, revision);
        return {
          title: 'Move shared helpers out of the training package',
          ops: [{ kind: 'R', from, to }, this.modify(to), this.modify('src/serving/handlers.py')],
        };
      }
    }
  }
}

interface Author {
  name: string;
  email: string;
}

function personOf(name: string): Author {
  return { name, email: `${slug(name)}@example.com` };
}

const GITHUB: Author = { name: 'GitHub', email: 'noreply@github.com' };

/** Writes the fast-import commands of one commit. */
function commitCommand(
  ref: string,
  mark: number,
  author: Author,
  committer: Author,
  time: number,
  message: string,
  from: number | undefined,
  merge: number | undefined,
  ops: readonly Op[],
): string {
  const seconds = Math.floor(time / 1000);
  const lines = [
    `commit ${ref}`,
    `mark :${mark}`,
    `author ${author.name} <${author.email}> ${seconds} +0000`,
    `committer ${committer.name} <${committer.email}> ${seconds} +0000`,
    `data ${Buffer.byteLength(message)}`,
    message,
  ];
  if (from !== undefined) lines.push(`from :${from}`);
  if (merge !== undefined) lines.push(`merge :${merge}`);
  for (const op of ops) {
    if (op.kind === 'M') {
      lines.push(`M 100644 inline ${op.path}`, `data ${Buffer.byteLength(op.content)}`, op.content);
    } else if (op.kind === 'D') {
      lines.push(`D ${op.path}`);
    } else {
      lines.push(`R ${op.from} ${op.to}`);
    }
  }
  return `${lines.join('\n')}\n`;
}

const DAY = 86_400_000;
const MINUTE = 60_000;

/** When the events happen: sorted times, from 08:00 to 19:00 UTC, weekends quieter. */
function eventTimes(gen: Generator, options: DemoOptions): number[] {
  const start = options.start.getTime();
  const weekend = (day: number): boolean => {
    const weekday = new Date(start + day * DAY).getUTCDay();
    return weekday === 0 || weekday === 6;
  };
  const perDay: number[] = [];
  if (options.events === undefined) {
    for (let d = 0; d < options.days; d++) perDay.push(weekend(d) ? gen.int(0, 1) : gen.int(2, 6));
  } else {
    const weights = Array.from({ length: options.days }, (_, d) => (weekend(d) ? 1 : 5));
    const total = weights.reduce((a, b) => a + b, 0);
    for (let d = 0; d < options.days; d++) perDay.push(0);
    for (let e = 0; e < options.events; e++) {
      let r = gen.float() * total;
      let d = 0;
      while (d < options.days - 1 && r >= (weights[d] ?? 0)) r -= weights[d++] ?? 0;
      perDay[d] = (perDay[d] ?? 0) + 1;
    }
  }
  const times: number[] = [];
  perDay.forEach((count, d) => {
    const day: number[] = [];
    for (let i = 0; i < count; i++) day.push(gen.int(8 * 60, 19 * 60 - 1));
    day.sort((a, b) => a - b);
    let previous = -Infinity;
    for (const minute of day) {
      // Seconds apart at least, so that every commit has its own time.
      const at = Math.max(start + d * DAY + minute * MINUTE, previous + 1000);
      times.push(at);
      previous = at;
    }
  });
  return times;
}

/** The history as a fast-import stream, with what it holds. */
export function generateHistory(options: DemoOptions): DemoHistory {
  const gen = new Generator(options.seed);
  const branch = 'main';
  const mainRef = `refs/heads/${branch}`;
  const workRef = 'refs/demo/pull-request';
  const out: string[] = [];
  let mark = 0;

  const initial = INITIAL_FILES.map((path) => gen.modify(path));
  const founder = personOf(PEOPLE[0] ?? 'Founder');
  out.push(
    commitCommand(
      mainRef,
      ++mark,
      founder,
      founder,
      options.start.getTime() - DAY,
      'Initial import of the model repository\n',
      undefined,
      undefined,
      initial,
    ),
  );
  let tip = mark;
  let pullRequest = 100;
  let merges = 0;
  let squashMerges = 0;
  let pushes = 0;

  const times = eventTimes(gen, options);
  for (const time of times) {
    const author = personOf(gen.pick(PEOPLE));
    const roll = gen.float();
    if (roll < 0.2) {
      const change = gen.change(gen.weighted(PUSH_KINDS));
      out.push(
        commitCommand(
          mainRef,
          ++mark,
          author,
          author,
          time,
          `${change.title}\n`,
          tip,
          undefined,
          change.ops,
        ),
      );
      tip = mark;
      pushes++;
      continue;
    }
    const change = gen.change(gen.weighted(PULL_REQUEST_KINDS));
    pullRequest += gen.int(1, 3);
    if (roll < 0.32) {
      out.push(
        commitCommand(
          mainRef,
          ++mark,
          author,
          GITHUB,
          time,
          `${change.title} (#${pullRequest})\n`,
          tip,
          undefined,
          change.ops,
        ),
      );
      tip = mark;
      squashMerges++;
      continue;
    }
    // A branch of one to three commits from the tip, merged with a merge commit.
    const parts = Math.min(change.ops.length, gen.int(1, 3));
    const opened = time - gen.int(30, 24 * 60) * MINUTE;
    let from: number | undefined = tip;
    for (let p = 0; p < parts; p++) {
      const ops = change.ops.filter((_, i) => i % parts === p);
      const at = opened + Math.floor(((time - opened) * p) / (parts + 1));
      const message = p === 0 ? `${change.title}\n` : 'Address review comments\n';
      out.push(commitCommand(workRef, ++mark, author, author, at, message, from, undefined, ops));
      from = undefined;
    }
    const head = mark;
    const message = `Merge pull request #${pullRequest} from acme/${slug(change.title)}\n\n${change.title}\n`;
    out.push(commitCommand(mainRef, ++mark, author, GITHUB, time, message, tip, head, change.ops));
    tip = mark;
    merges++;
  }
  out.push(`reset ${workRef}\n`, 'done\n');
  return {
    stream: out.join('\n'),
    branch,
    filters: DEMO_FILTERS,
    trainOn: [...DEMO_TRAIN_ON],
    events: times.length,
    merges,
    squashMerges,
    pushes,
  };
}
