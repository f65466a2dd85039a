/**
 * End to end: the bundled command line (dist/cli/index.js, or GATE_CLI) run
 * as a process on repositories built by the tests. Every expected count and
 * cost is worked out by hand from the history each test builds.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFile, execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { main, type CliIo } from '../src/cli-main.js';
import { FIXED_OUTPUT_NAMES } from '../src/outputs.js';
import { GIT_ENV, GitRepo } from './helpers/git-repo.js';

/** The bundle under test: dist/cli/index.js, or GATE_CLI when set. */
const CLI =
  process.env.GATE_CLI ??
  resolve(fileURLToPath(new URL('.', import.meta.url)), '../dist/cli/index.js');

process.env.GIT_CONFIG_GLOBAL = '/dev/null';
process.env.GIT_CONFIG_NOSYSTEM = '1';

const cleanups: (() => void)[] = [];
after(() => {
  for (const cleanup of cleanups.reverse()) cleanup();
});

function newRepo(): GitRepo {
  const repo = GitRepo.create('gate-cli-');
  cleanups.push(() => repo.remove());
  return repo;
}

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'gate-cli-out-'));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function cli(args: string[], cwd: string): Promise<Run> {
  return new Promise((done) => {
    execFile(
      process.execPath,
      [CLI, ...args],
      { cwd, env: GIT_ENV, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
      (err, stdout, stderr) => {
        const code = err === null ? 0 : typeof err.code === 'number' ? err.code : null;
        done({ code, stdout, stderr });
      },
    );
  });
}

function json(run: Run): Record<string, unknown> {
  assert.equal(run.code, 0, run.stderr);
  return JSON.parse(run.stdout) as Record<string, unknown>;
}

const FILTERS = `training:
  - 'src/training/**'
  - 'config/training*.yaml'
data:
  - 'data/training/**'
docs:
  - 'docs/**'
notebooks:
  - 'notebooks/**'
`;

const PRICES = ['--gpu-hourly-cost', '1.60', '--training-hours', '0.75'];
const UTILS = 'def helper(x):\n    return x + 1\n'.repeat(20);

function mergeAt(repo: GitRepo, branch: string, message: string, date: string): string {
  execFileSync('git', ['merge', '-q', '--no-ff', '-m', message, branch], {
    cwd: repo.dir,
    env: { ...GIT_ENV, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date },
  });
  return repo.head();
}

before(() => {
  assert.ok(existsSync(CLI), `no CLI bundle at ${CLI}: build it (npm run bundle) or set GATE_CLI`);
});

describe('ml-change-gate --help and bad arguments', () => {
  it('prints help for the program and for each command', async () => {
    const cwd = tempDir();
    const top = await cli(['--help'], cwd);
    assert.equal(top.code, 0);
    assert.match(top.stdout, /^ml-change-gate: decide/);
    for (const command of ['check', 'backtest', 'demo']) {
      assert.match(top.stdout, new RegExp(`ml-change-gate ${command}`));
      const help = await cli([command, '--help'], cwd);
      assert.equal(help.code, 0, command);
      assert.match(help.stdout, new RegExp(`^Usage: ml-change-gate ${command} `), command);
      assert.equal((await cli([command, '-h'], cwd)).stdout, help.stdout);
      assert.equal((await cli(['help', command], cwd)).stdout, help.stdout);
    }
    const version = await cli(['--version'], cwd);
    assert.match(version.stdout, /^\d+\.\d+\.\d+\n$/);
  });

  it('refuses bad arguments with a clear message and exit code 2', async () => {
    const repo = newRepo();
    repo.commit({ 'README.md': 'x\n' });
    writeFileSync(join(repo.dir, 'filters.yml'), FILTERS);
    writeFileSync(join(repo.dir, 'bad.yml'), 'training: [\n');
    const cases: [string[], string][] = [
      [[], 'No command given: use check, backtest or demo.'],
      [['deploy'], 'Unknown command "deploy": use check, backtest or demo.'],
      [['check'], '--filters is required'],
      [['check', '--filters'], '--filters needs a value: the path of a YAML filters file.'],
      [
        ['check', '--filters', 'nope.yml'],
        '--filters is "nope.yml", which is not a file (it does not exist).',
      ],
      [['check', '--filters', 'bad.yml'], 'Invalid YAML in bad.yml at line'],
      [['check', '--filters', 'filters.yml', '--colour'], 'Unknown option --colour for check.'],
      [
        ['check', '--filters', 'filters.yml', 'extra'],
        'Unexpected argument "extra": check takes only options.',
      ],
      [
        ['check', '--filters', 'filters.yml', '--json', '--markdown'],
        '--json and --markdown cannot be used together',
      ],
      [['check', '--filters', 'filters.yml', '--json=yes'], '--json takes no value.'],
      [
        ['check', '--filters', 'filters.yml', '--base', 'nope'],
        '--base is "nope", which names no branch, tag or commit in this repository',
      ],
      [
        ['check', '--filters', 'filters.yml', '--head', 'a..b'],
        '--head is "a..b", which is not a name git can use.',
      ],
      [
        ['check', '--filters', 'filters.yml', '--gpu-hourly-cost', '$1.60'],
        '--gpu-hourly-cost is "$1.60"; it must be a number of 0 or more, written like 1.60 (no currency sign or unit).',
      ],
      [
        ['check', '--filters', 'filters.yml', '--gpu-count', '0'],
        '--gpu-count is "0"; it must be a number greater than 0',
      ],
      [
        ['check', '--filters', 'filters.yml', '--currency', 'dollars'],
        '--currency is "dollars"; it must be a three-letter ISO 4217 code',
      ],
      [
        ['check', '--filters', 'filters.yml', '--list-files', 'yaml'],
        '--list-files is "yaml"; allowed values: none, json, csv, shell, escape.',
      ],
      [
        ['check', '--filters', 'filters.yml', '--predicate-quantifier', 'all'],
        '--predicate-quantifier is "all"; allowed values: some, every.',
      ],
      [
        ['check', '--filters', 'filters.yml', '--train-on', 'model'],
        '--train-on names "model", which is not a filter; the filters defined are: training, data, docs, notebooks.',
      ],
      [['check', '--filters', 'filters.yml', '--train-on', ' , '], '--train-on is empty'],
      [
        ['backtest', '--filters', 'filters.yml', '--last', '0'],
        '--last is "0"; it must be a whole number from 1 to 10,000,000',
      ],
      [['backtest', '--filters', 'filters.yml', '--last', 'ten'], '--last is "ten"'],
      [
        ['backtest', '--filters', 'filters.yml', '--since', '2025-02-30'],
        '--since is "2025-02-30"; give a date as YYYY-MM-DD',
      ],
      [['backtest', '--filters', 'filters.yml', '--since', 'last week'], '--since is "last week"'],
      [
        ['backtest', '--filters', 'filters.yml', '--last', '5', '--since', '2025-01-01'],
        '--last and --since cannot be used together',
      ],
      [
        ['backtest', '--filters', 'filters.yml', '--last', '5', '--last', '6'],
        '--last is given more than once',
      ],
      [
        ['backtest', '--filters', 'filters.yml', '--report', 'report.html'],
        '--report is "report.html"; give the path of a Markdown file ending in .md',
      ],
      [
        ['backtest', '--filters', 'filters.yml', '--branch', 'nope'],
        '--branch is "nope", which names no branch, tag or commit in this repository.',
      ],
      [
        ['backtest', '--filters', 'filters.yml', '--repo', 'missing'],
        '--repo is "missing", which is not a folder.',
      ],
      [
        ['demo', '--seed', '-1'],
        '--seed is "-1"; it must be a whole number from 0 to 4,294,967,295',
      ],
      [['demo', '--dir', '.'], '--dir is ".", which is not an empty folder.'],
    ];
    for (const [args, message] of cases) {
      const run = await cli(args, repo.dir);
      assert.equal(run.code, 2, `${args.join(' ')}: ${run.stderr}`);
      assert.equal(run.stdout, '', args.join(' '));
      assert.ok(run.stderr.startsWith('ml-change-gate: '), run.stderr);
      assert.ok(run.stderr.includes(message), `${args.join(' ')}\n  got: ${run.stderr}`);
      assert.match(run.stderr, /--help/, 'points at the help');
      assert.equal(run.stderr.trimEnd().split('\n').length, 1, 'one line');
    }
  });

  it('fails with exit code 1 outside a repository', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'filters.yml'), FILTERS);
    const run = await cli(['backtest', '--filters', 'filters.yml'], dir);
    assert.equal(run.code, 1);
    assert.match(
      run.stderr,
      /is not in a git repository: run ml-change-gate in a clone, or give --repo DIR\./,
    );
  });
});

describe('ml-change-gate check', () => {
  /**
   * main: README, src/training/utils.py, docs/guide.md.
   * move: renames src/training/utils.py to src/common/utils.py.
   * docs: edits docs/guide.md only.
   * Then main moves on with a training change, which neither branch has.
   */
  function setUp(): { repo: GitRepo; base: string; move: string; docs: string; main: string } {
    const repo = newRepo();
    const base = repo.commit({
      'README.md': 'r\n',
      'src/training/utils.py': UTILS,
      'docs/guide.md': 'g\n',
    });
    repo.checkout('move', true);
    const move = repo.rename('src/training/utils.py', 'src/common/utils.py');
    repo.checkout('main');
    repo.checkout('docs', true);
    const docs = repo.commit({ 'docs/guide.md': 'better guide\n' }, 'docs');
    repo.checkout('main');
    const main = repo.commit({ 'src/training/train.py': 'train\n' }, 'training on main');
    writeFileSync(join(repo.dir, 'filters.yml'), FILTERS);
    return { repo, base, move, docs, main };
  }

  it('trains for a rename out of training code, with exactly the action outputs', async () => {
    const { repo, base, move, main: mainSha } = setUp();
    repo.checkout('move');
    const out = json(
      await cli(
        ['check', '--filters', 'filters.yml', '--train-on', 'training,data', ...PRICES, '--json'],
        repo.dir,
      ),
    );
    assert.deepEqual(out, {
      'should-train': 'true',
      reason: 'training: training matched 1 file (src/common/utils.py) of 1 changed file',
      changes: '["training"]',
      complete: 'true',
      'diff-source': 'git',
      'base-sha': mainSha,
      'head-sha': move,
      'changed-count': '1',
      'estimated-gpu-hours': '0.75',
      'estimated-cost': '1.20',
      'cost-avoided': '0.00',
      ...(FIXED_OUTPUT_NAMES.includes('over-limit' as never) ? { 'over-limit': 'false' } : {}),
      training: 'true',
      training_count: '1',
      data: 'false',
      data_count: '0',
      docs: 'false',
      docs_count: '0',
      notebooks: 'false',
      notebooks_count: '0',
    });
    for (const key of Object.keys(out)) {
      assert.ok(
        (FIXED_OUTPUT_NAMES as readonly string[]).includes(key) ||
          /^(training|data|docs|notebooks)(_count)?$/.test(key),
        key,
      );
    }
    assert.notEqual(base, mainSha);

    const text = await cli(['check', '--filters', 'filters.yml'], repo.dir);
    assert.equal(text.code, 0, text.stderr);
    const lines = text.stdout.split('\n');
    assert.equal(lines[0], 'should-train: true  (training runs)');
    assert.equal(
      lines[1],
      'reason:       training: training matched 1 file (src/common/utils.py) of 1 changed file',
    );
    assert.match(
      lines[2] ?? '',
      /^compared: {5}move \([0-9a-f]{7}\) against main \([0-9a-f]{7}\), from the merge base [0-9a-f]{7}: 1 changed file$/,
    );
    assert.ok(
      text.stdout.includes(
        'training   yes           1  src/training/utils.py → src/common/utils.py',
      ),
      text.stdout,
    );
    assert.ok(text.stdout.includes('docs       yes           0  -'), text.stdout);
  });

  it('skips a docs-only change, whatever main did meanwhile', async () => {
    const { repo, docs } = setUp();
    const out = json(
      await cli(
        [
          'check',
          '--filters',
          'filters.yml',
          '--head',
          'docs',
          '--train-on',
          'training,data',
          ...PRICES,
          '--gpu-count',
          '2',
          '--json',
        ],
        repo.dir,
      ),
    );
    assert.equal(out['should-train'], 'false');
    assert.equal(
      out.reason,
      'skipped: 1 changed file, none matches training or data; matched only docs (1 file)',
    );
    assert.equal(out['head-sha'], docs);
    assert.equal(out.changes, '["docs"]');
    assert.equal(out['estimated-gpu-hours'], '0');
    assert.equal(out['estimated-cost'], '0.00');
    assert.equal(out['cost-avoided'], '2.40');

    const forced = json(
      await cli(
        ['check', '--filters', 'filters.yml', '--head', 'docs', '--force', '--json'],
        repo.dir,
      ),
    );
    assert.equal(forced['should-train'], 'true');
    assert.equal(forced.reason, 'training forced: the force input is true');

    const listed = json(
      await cli(
        ['check', '--filters', 'filters.yml', '--head', 'docs', '--list-files', 'json', '--json'],
        repo.dir,
      ),
    );
    assert.equal(listed.docs_files, '["docs/guide.md"]');
    assert.equal(listed.training_files, '[]');
    assert.equal(listed['files-json-path'], undefined);

    const folder = tempDir();
    const withFile = json(
      await cli(
        [
          'check',
          '--filters',
          'filters.yml',
          '--head',
          'docs',
          '--files-json',
          join(folder, 'f.json'),
          '--json',
        ],
        repo.dir,
      ),
    );
    assert.equal(withFile['files-json-path'], join(folder, 'f.json'));
    assert.deepEqual(JSON.parse(readFileSync(join(folder, 'f.json'), 'utf8')), {
      changed: ['docs/guide.md'],
      filters: { training: [], data: [], docs: ['docs/guide.md'], notebooks: [] },
    });

    const markdown = await cli(
      [
        'check',
        '--filters',
        'filters.yml',
        '--head',
        'docs',
        '--train-on',
        'training',
        ...PRICES,
        '--markdown',
      ],
      repo.dir,
    );
    assert.equal(markdown.code, 0, markdown.stderr);
    assert.match(markdown.stdout, /^## ⏭️ Training skipped\n/);
    assert.ok(
      markdown.stdout.includes('<code>docs&#47;guide&#46;md</code>') ||
        markdown.stdout.includes('docs/guide'),
      markdown.stdout,
    );
  });

  it('compares with --base and from another folder with --repo', async () => {
    const { repo, base, move } = setUp();
    const cwd = tempDir();
    writeFileSync(join(cwd, 'f.yml'), FILTERS);
    const out = json(
      await cli(
        [
          'check',
          '--repo',
          repo.dir,
          '--filters',
          'f.yml',
          '--base',
          base,
          '--head',
          'move',
          '--json',
        ],
        cwd,
      ),
    );
    assert.equal(out['base-sha'], base);
    assert.equal(out['head-sha'], move);
    assert.equal(out['should-train'], 'true');
    const same = json(
      await cli(['check', '--repo', repo.dir, '--filters', 'f.yml', '--json'], cwd),
    );
    assert.equal(same['should-train'], 'false');
    assert.equal(same.reason, 'skipped: no files changed');
  });
});

describe('ml-change-gate backtest', () => {
  /**
   * First-parent history of main, oldest first (11 events):
   *  1 root   2025-01-01 adds training code, config, data, docs   train
   *  2 push   2025-01-02 docs/index.md                            skip
   *  3 merge  2025-01-03 PR #1: training code and a docs page     train
   *  4 push   2025-01-04 data/training/a.csv                      train
   *  5 merge  2025-01-05 PR #2: moves src/training/utils.py out   train
   *  6 push   2025-01-06 config/training.yaml                     train
   *  7 merge  2025-01-07 PR #3: docs only, branched before 4-6    skip
   *  8 squash 2025-01-08 "Update docs (#4)"                       skip
   *  9 empty  2025-01-09 no files                                 skip
   * 10 push   2025-01-10 notebooks/x.ipynb                        skip
   * 11 push   2025-01-11 docs/index.md                            skip
   * The merge of PR #3 is where a diff against the merge base (which would
   * include 4-6) and a diff against the first parent (docs only) differ.
   */
  function history(): { repo: GitRepo; shas: string[] } {
    const repo = newRepo();
    const shas: string[] = [];
    shas.push(
      repo.commit(
        {
          'src/training/train.py': 'train\n',
          'src/training/utils.py': UTILS,
          'config/training.yaml': 'lr: 1\n',
          'data/training/a.csv': '1\n',
          'docs/index.md': 'i\n',
        },
        'Initial import',
        '2025-01-01T09:00:00Z',
      ),
    );
    shas.push(repo.commit({ 'docs/index.md': 'i2\n' }, 'Fix a typo', '2025-01-02T09:00:00Z'));
    repo.checkout('pr1', true);
    repo.commit({ 'src/training/train.py': 'train 2\n' }, 'early stopping', '2025-01-02T10:00:00Z');
    repo.commit({ 'docs/a.md': 'a\n' }, 'document it', '2025-01-02T11:00:00Z');
    repo.checkout('main');
    shas.push(
      mergeAt(
        repo,
        'pr1',
        'Merge pull request #1 from acme/pr1\n\nAdd early stopping',
        '2025-01-03T09:00:00Z',
      ),
    );
    repo.checkout('pr3', true);
    repo.commit({ 'docs/c.md': 'c\n' }, 'docs for c', '2025-01-03T10:00:00Z');
    repo.checkout('main');
    shas.push(repo.commit({ 'data/training/a.csv': '2\n' }, 'More data', '2025-01-04T09:00:00Z'));
    repo.checkout('pr2', true);
    repo.rename('src/training/utils.py', 'src/common/utils.py');
    repo.checkout('main');
    shas.push(
      mergeAt(
        repo,
        'pr2',
        'Merge pull request #2 from acme/pr2\n\nMove helpers',
        '2025-01-05T09:00:00Z',
      ),
    );
    shas.push(repo.commit({ 'config/training.yaml': 'lr: 2\n' }, 'Tune', '2025-01-06T09:00:00Z'));
    shas.push(
      mergeAt(
        repo,
        'pr3',
        'Merge pull request #3 from acme/pr3\n\nDocument c',
        '2025-01-07T09:00:00Z',
      ),
    );
    shas.push(repo.commit({ 'docs/index.md': 'i3\n' }, 'Update docs (#4)', '2025-01-08T09:00:00Z'));
    shas.push(repo.commit({}, 'Empty commit', '2025-01-09T09:00:00Z'));
    shas.push(repo.commit({ 'notebooks/x.ipynb': '{}\n' }, 'Notebook', '2025-01-10T09:00:00Z'));
    shas.push(repo.commit({ 'docs/index.md': 'i4\n' }, 'Docs again', '2025-01-11T09:00:00Z'));
    writeFileSync(join(repo.dir, 'filters.yml'), FILTERS);
    return { repo, shas };
  }

  const TRAIN_ON = ['--train-on', 'training,data'];

  it('replays merges and direct pushes, and counts and prices them exactly', async () => {
    const { repo, shas } = history();
    const hand = Number(repo.git('rev-list', '--first-parent', '--count', 'main').trim());
    assert.equal(hand, 11);
    const out = json(
      await cli(
        [
          'backtest',
          '--filters',
          'filters.yml',
          '--since',
          '2024-12-01',
          ...TRAIN_ON,
          ...PRICES,
          '--json',
        ],
        repo.dir,
      ),
    );
    assert.equal(out.branch, 'main');
    assert.equal(out.tip, shas[10]);
    assert.deepEqual(out.window, { since: '2024-12-01T00:00:00.000Z' });
    assert.equal(out.events, hand);
    assert.equal(out.trained, 5);
    assert.equal(out.skipped, 6);
    assert.equal(out.merges, 3);
    assert.equal(out.singleParentCommits, 8);
    assert.equal(out.runGpuHours, 0.75);
    assert.equal(out.runCost, 1.2);
    assert.equal(out.gpuHoursWithGate, 3.75);
    assert.equal(out.gpuHoursWithoutGate, 8.25);
    assert.equal(out.gpuHoursSaved, 4.5);
    assert.equal(out.costWithGate, 6);
    assert.equal(out.costWithoutGate, 13.2);
    assert.equal(out.saved, 7.2);
    assert.equal(out.savedPercent, 54.5);
    assert.equal(out.from, '2025-01-01T09:00:00+00:00');
    assert.equal(out.to, '2025-01-11T09:00:00+00:00');
    const events = out.perEvent as {
      sha: string;
      title: string;
      kind: string;
      pullRequest: number | null;
      shouldTrain: boolean;
      filters: string[];
      changed: number;
    }[];
    assert.deepEqual(
      events.map((e) => e.sha),
      shas,
    );
    assert.deepEqual(
      events.map((e) => [
        e.title,
        e.kind,
        e.pullRequest,
        e.shouldTrain,
        e.filters.join(','),
        e.changed,
      ]),
      [
        ['Initial import', 'commit', null, true, 'training,data,docs', 5],
        ['Fix a typo', 'commit', null, false, 'docs', 1],
        ['Add early stopping', 'merge', 1, true, 'training,docs', 2],
        ['More data', 'commit', null, true, 'data', 1],
        ['Move helpers', 'merge', 2, true, 'training', 1],
        ['Tune', 'commit', null, true, 'training', 1],
        ['Document c', 'merge', 3, false, 'docs', 1],
        ['Update docs (#4)', 'commit', 4, false, 'docs', 1],
        ['Empty commit', 'commit', null, false, '', 0],
        ['Notebook', 'commit', null, false, 'notebooks', 1],
        ['Docs again', 'commit', null, false, 'docs', 1],
      ],
    );
    assert.deepEqual(out.filters, [
      { name: 'training', trainOn: true, events: 4 },
      { name: 'data', trainOn: true, events: 2 },
      { name: 'docs', trainOn: false, events: 6 },
      { name: 'notebooks', trainOn: false, events: 1 },
    ]);
  });

  it('reads the window: since a date, the last N, and a window larger than the history', async () => {
    const { repo } = history();
    const base = ['backtest', '--filters', 'filters.yml', ...TRAIN_ON, ...PRICES, '--json'];
    const since = json(await cli([...base, '--since', '2025-01-02'], repo.dir));
    assert.equal(since.events, 10);
    assert.equal(since.trained, 4);
    assert.equal(since.costWithGate, 4.8);
    assert.equal(since.costWithoutGate, 12);
    assert.equal(since.saved, 7.2);
    assert.equal(since.savedPercent, 60);
    const last = json(await cli([...base, '--last', '3'], repo.dir));
    assert.equal(last.events, 3);
    assert.equal(last.trained, 0);
    assert.equal(last.saved, 3.6);
    for (const window of [
      ['--last', '1000'],
      ['--since', '2000-01-01'],
    ]) {
      const all = json(await cli([...base, ...window], repo.dir));
      assert.equal(all.events, 11, window.join(' '));
      assert.equal(all.trained, 5, window.join(' '));
    }
    const none = json(await cli([...base, '--since', '2030-01-01T00:00:00Z'], repo.dir));
    assert.equal(none.events, 0);
    assert.equal(none.costWithoutGate, 0);
    // The default window is the last 30 days: this history is older.
    const recent = json(await cli(base, repo.dir));
    assert.equal(recent.events, 0);
    const text = await cli(
      base.filter((a) => a !== '--json'),
      repo.dir,
    );
    assert.match(text.stdout, /No first-parent commits in the window/);
  });

  it('replays another branch, and prices without money', async () => {
    const { repo } = history();
    repo.checkout('pr1');
    const out = json(
      await cli(
        [
          'backtest',
          '--filters',
          'filters.yml',
          '--branch',
          'pr1',
          '--last',
          '100',
          '--training-hours',
          '2',
          '--gpu-count',
          '3',
          '--json',
        ],
        repo.dir,
      ),
    );
    // root, typo, early stopping, document it; every filter trains.
    assert.equal(out.events, 4);
    assert.equal(out.trained, 4);
    assert.equal(out.gpuHoursWithoutGate, 24);
    assert.equal(out.costWithGate, null);
    assert.equal(out.saved, null);
  });

  it('prints every event and the totals, and writes the Markdown report with its chart', async () => {
    const { repo, shas } = history();
    const out = tempDir();
    const run = await cli(
      [
        'backtest',
        '--filters',
        'filters.yml',
        '--last',
        '20',
        ...TRAIN_ON,
        ...PRICES,
        '--report',
        join(out, 'r', 'backtest.md'),
      ],
      repo.dir,
    );
    assert.equal(run.code, 0, run.stderr);
    const lines = run.stdout.split('\n');
    assert.equal(
      lines[0],
      'Backtest of main: 11 CI events, 2025-01-01 → 2025-01-11 (3 merges, 8 single-parent commits)',
    );
    assert.ok(
      lines.includes(
        `2025-01-05  ${shas[4]?.slice(0, 7)}  PR #2  train  training            Move helpers`,
      ),
      run.stdout,
    );
    assert.ok(
      lines.includes(
        `2025-01-07  ${shas[6]?.slice(0, 7)}  PR #3  skip   docs                Document c`,
      ),
      run.stdout,
    );
    assert.ok(
      lines.includes(
        `2025-01-09  ${shas[8]?.slice(0, 7)}  push   skip   -                   Empty commit`,
      ),
      run.stdout,
    );
    assert.ok(
      lines.includes('Training runs                11              5  6 (54.5%)'),
      run.stdout,
    );
    assert.ok(
      lines.includes('GPU-hours                  8.25           3.75        4.5'),
      run.stdout,
    );
    assert.ok(
      lines.includes('Cost (USD)               $13.20          $6.00      $7.20'),
      run.stdout,
    );
    assert.ok(!run.stderr.includes('\r'), 'no progress line when stderr is not a terminal');
    assert.match(run.stderr, /Report written to .*backtest\.md \(chart: .*backtest\.svg\)\./);
    const md = readFileSync(join(out, 'r', 'backtest.md'), 'utf8');
    const svg = readFileSync(join(out, 'r', 'backtest.svg'), 'utf8');
    assert.ok(
      md.includes('![Cumulative training cost on main, with and without the gate](backtest.svg)'),
    );
    assert.ok(md.includes('| Cost (USD) | $13.20 | $6.00 | **$7.20** |'), md);
    const made = /<sub>Made with <code>(.*)<\/code><\/sub>/
      .exec(md)?.[1]
      ?.replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)));
    assert.equal(
      made,
      'ml-change-gate backtest --filters filters.yml --branch main --last 20 --train-on training,data --gpu-hourly-cost 1.60 --training-hours 0.75',
    );
    assert.ok(svg.includes('>$13.20</text>') && svg.includes('>$6.00</text>'));
  });

  it('links commits and pull requests in the report when origin is on GitHub', async () => {
    const { repo, shas } = history();
    repo.git('remote', 'add', 'origin', 'https://github.com/acme/models.git');
    const out = tempDir();
    const run = await cli(
      [
        'backtest',
        '--filters',
        'filters.yml',
        '--branch',
        'main',
        '--last',
        '20',
        '--report',
        join(out, 'b.md'),
      ],
      repo.dir,
    );
    assert.equal(run.code, 0, run.stderr);
    const md = readFileSync(join(out, 'b.md'), 'utf8');
    assert.ok(md.includes(`https://github.com/acme/models/commit/${shas[2]}`));
    assert.ok(md.includes('<a href="https://github.com/acme/models/pull/1">PR &#35;1</a>'));
  });
});

describe('ml-change-gate demo', () => {
  it('builds a seeded month and backtests it with the README prices, the same each time', async () => {
    const cwd = tempDir();
    const run = await cli(['demo', '--dir', 'd1', '--json'], cwd);
    const out = json(run);
    const again = json(await cli(['demo', '--dir', 'd2', '--json'], cwd));
    const strip = (o: Record<string, unknown>): Record<string, unknown> => ({
      ...o,
      filtersFile: '',
    });
    assert.deepEqual(strip(again), strip(out), 'the same seed gives the same history');
    const other = json(await cli(['demo', '--dir', 'd3', '--seed', '2', '--json'], cwd));
    assert.notEqual(other.tip, out.tip);

    // The figures are those of the generated repository, counted by git.
    const repo = join(cwd, 'd1', 'repo');
    const git = (...args: string[]): string =>
      execFileSync('git', args, { cwd: repo, env: GIT_ENV, encoding: 'utf8' }).trim();
    const events = Number(
      git('rev-list', '--first-parent', '--count', '--since=2025-03-01T00:00:00Z', 'main'),
    );
    const merges = Number(
      git(
        'rev-list',
        '--first-parent',
        '--merges',
        '--count',
        '--since=2025-03-01T00:00:00Z',
        'main',
      ),
    );
    assert.ok(events > 60 && events < 140, `a month of events: ${events}`);
    assert.equal(out.events, events);
    assert.equal(out.merges, merges);
    const trained = out.trained as number;
    assert.ok(trained > 0 && trained < events / 2, `a few events train: ${trained}`);
    assert.equal(out.runCost, 1.2);
    assert.equal(out.costWithoutGate, Number((events * 1.2).toFixed(2)));
    assert.equal(out.costWithGate, Number((trained * 1.2).toFixed(2)));
    assert.match(run.stderr, /A synthetic month of an ML repository \(seed 1\)/);
    assert.ok(existsSync(join(cwd, 'd1', 'backtest.md')));
    assert.ok(existsSync(join(cwd, 'd1', 'backtest.svg')));

    // The same repository through backtest gives the same answer.
    const direct = json(
      await cli(
        [
          'backtest',
          '--repo',
          repo,
          '--filters',
          join(cwd, 'd1', 'ml-change-gate.yml'),
          '--since',
          '2025-03-01',
          '--train-on',
          'training,data',
          ...PRICES,
          '--json',
        ],
        cwd,
      ),
    );
    assert.deepEqual(strip(direct), strip(out));

    const text = await cli(['demo', '--dir', 'd4'], cwd);
    assert.equal(text.code, 0, text.stderr);
    assert.ok(
      text.stdout.includes(`Training runs  ${' '.repeat(16 - String(events).length)}${events}  `),
      text.stdout,
    );
    assert.ok(text.stdout.includes(`Cost (USD)`));
    assert.ok(text.stdout.includes('Move shared helpers out of the training package'));
  });
});

describe('progress line', () => {
  it('is drawn on a terminal and cleared before the result', async () => {
    const repo = newRepo();
    for (let i = 0; i < 3; i++)
      repo.commit({ 'docs/a.md': `${i}\n` }, `c${i}`, `2025-01-0${i + 1}T00:00:00Z`);
    writeFileSync(join(repo.dir, 'filters.yml'), FILTERS);
    let stdout = '';
    let stderr = '';
    const io: CliIo = {
      stdout: (t) => (stdout += t),
      stderr: (t) => (stderr += t),
      progress: true,
      cwd: repo.dir,
      now: new Date('2025-01-10T00:00:00Z'),
    };
    const code = await main(['backtest', '--filters', 'filters.yml', '--json'], io);
    assert.equal(code, 0, stderr);
    // eslint-disable-next-line no-control-regex
    assert.match(stderr, /^\r\x1b\[KReading the history of main: [123] commits?\r\x1b\[K$/);
    assert.equal((JSON.parse(stdout) as { events: number }).events, 3);
  });
});
