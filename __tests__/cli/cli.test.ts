/**
 * End to end: the bundled command line (dist/cli/index.js, or GATE_CLI) run
 * as a process on repositories built by the tests. Every expected count and
 * cost is worked out by hand from the history each test builds.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { NODE } from '../helpers/node.js';
import { execFile, execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { main, type CliIo } from '../../src/cli/main.js';
import { FIXED_OUTPUT_NAMES } from '../../src/core/outputs.js';
import { startFakeGitHub, type FakeJob } from '../helpers/fake-github.js';
import { GIT_ENV, GitRepo } from '../helpers/git-repo.js';

/** The bundle under test: dist/cli/index.js, or GATE_CLI when set. */
const CLI =
  process.env.GATE_CLI ??
  resolve(fileURLToPath(new URL('.', import.meta.url)), '../../dist/cli/index.js');

process.env.GIT_CONFIG_GLOBAL = '/dev/null';
process.env.GIT_CONFIG_NOSYSTEM = '1';

const cleanups: (() => void)[] = [];
afterAll(() => {
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

/** The environment the command line runs with: no token or API from the machine's own. */
const CLI_ENV: Record<string, string | undefined> = {
  ...GIT_ENV,
  GITHUB_TOKEN: undefined,
  GH_TOKEN: undefined,
  GITHUB_API_URL: undefined,
};

function cli(args: string[], cwd: string, env: Record<string, string> = {}): Promise<Run> {
  return new Promise((done) => {
    execFile(
      NODE,
      [CLI, ...args],
      { cwd, env: { ...CLI_ENV, ...env }, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
      (err, stdout, stderr) => {
        const code = err === null ? 0 : typeof err.code === 'number' ? err.code : null;
        done({ code, stdout, stderr });
      },
    );
  });
}

/** Text with commit ids (which change with every build of a test repository) replaced. */
function withoutShas(text: string): string {
  return text.replace(/\b[0-9a-f]{40}\b/g, '<sha>').replace(/\b[0-9a-f]{7}\b/g, '<short-sha>');
}

function json(run: Run): Record<string, unknown> {
  expect(run.code).toBe(0);
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

beforeAll(() => {
  expect(existsSync(CLI)).toBeTruthy();
});

describe('ml-change-gate --help and bad arguments', () => {
  it('prints help for the program and for each command', async () => {
    const cwd = tempDir();
    const top = await cli(['--help'], cwd);
    expect(top.code).toBe(0);
    expect(top.stdout).toMatch(/^ml-change-gate: decide/);
    for (const command of ['check', 'backtest', 'demo']) {
      expect(top.stdout).toMatch(new RegExp(`ml-change-gate ${command}`));
      const help = await cli([command, '--help'], cwd);
      expect(help.code).toBe(0);
      expect(help.stdout).toMatch(new RegExp(`^Usage: ml-change-gate ${command} `));
      expect((await cli([command, '-h'], cwd)).stdout).toBe(help.stdout);
      expect((await cli(['help', command], cwd)).stdout).toBe(help.stdout);
    }
    expect(top.stdout).toMatchSnapshot('ml-change-gate --help');
    for (const command of ['check', 'backtest', 'demo']) {
      expect((await cli([command, '--help'], cwd)).stdout).toMatchSnapshot(`${command} --help`);
    }
    const version = await cli(['--version'], cwd);
    expect(version.stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
  });

  describe('refuses bad arguments with a clear message and exit code 2', () => {
    let repo: GitRepo;
    beforeAll(() => {
      repo = newRepo();
      repo.commit({ 'README.md': 'x\n' });
      writeFileSync(join(repo.dir, 'filters.yml'), FILTERS);
      writeFileSync(join(repo.dir, 'bad.yml'), 'training: [\n');
    });

    it.each<[string[], string]>([
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
        '--gpu-hourly-cost is "$1.60"; it must be a number of 0 or more and at most 10000000, written like 1.60 (no currency sign, unit or exponent).',
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
    ])('%j', async (args, message) => {
      const run = await cli(args, repo.dir);
      expect(run.code).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr.startsWith('ml-change-gate: ')).toBeTruthy();
      expect(run.stderr).toContain(message);
      // points at the help
      expect(run.stderr).toMatch(/--help/);
      // one line
      expect(run.stderr.trimEnd().split('\n').length).toBe(1);
    });
  });

  it('fails with exit code 1 outside a repository', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'filters.yml'), FILTERS);
    const run = await cli(['backtest', '--filters', 'filters.yml'], dir);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(
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
    expect(out).toStrictEqual({
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
      expect(
        (FIXED_OUTPUT_NAMES as readonly string[]).includes(key) ||
          /^(training|data|docs|notebooks)(_count)?$/.test(key),
      ).toBeTruthy();
    }
    expect(base).not.toBe(mainSha);

    const text = await cli(['check', '--filters', 'filters.yml'], repo.dir);
    expect(text.code).toBe(0);
    const lines = text.stdout.split('\n');
    expect(lines[0]).toBe('should-train: true  (training runs)');
    expect(lines[1]).toBe(
      'reason:       training: training matched 1 file (src/common/utils.py) of 1 changed file',
    );
    expect(lines[2] ?? '').toMatch(
      /^compared: {5}move \([0-9a-f]{7}\) against main \([0-9a-f]{7}\), from the merge base [0-9a-f]{7}: 1 changed file$/,
    );
    expect(text.stdout).toContain(
      'training   yes           1  src/training/utils.py → src/common/utils.py',
    );
    // docs only informs: with train-on empty, a filter named like docs does not train
    expect(text.stdout).toContain('docs       no            0  -');
    expect(withoutShas(text.stdout)).toMatchSnapshot();
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
    expect(out['should-train']).toBe('false');
    expect(out.reason).toBe(
      'skipped: 1 changed file, none matches training or data; matched only docs (1 file)',
    );
    expect(out['head-sha']).toBe(docs);
    expect(out.changes).toBe('["docs"]');
    expect(out['estimated-gpu-hours']).toBe('0');
    expect(out['estimated-cost']).toBe('0.00');
    expect(out['cost-avoided']).toBe('2.40');

    const forced = json(
      await cli(
        ['check', '--filters', 'filters.yml', '--head', 'docs', '--force', '--json'],
        repo.dir,
      ),
    );
    expect(forced['should-train']).toBe('true');
    expect(forced.reason).toBe('training forced: the force input is true');

    const listed = json(
      await cli(
        ['check', '--filters', 'filters.yml', '--head', 'docs', '--list-files', 'json', '--json'],
        repo.dir,
      ),
    );
    expect(listed.docs_files).toBe('["docs/guide.md"]');
    expect(listed.training_files).toBe('[]');
    expect(listed['files-json-path']).toBeUndefined();

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
    expect(withFile['files-json-path']).toBe(join(folder, 'f.json'));
    expect(JSON.parse(readFileSync(join(folder, 'f.json'), 'utf8'))).toStrictEqual({
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
    expect(markdown.code).toBe(0);
    expect(markdown.stdout).toMatch(/^## ⏭️ Training skipped\n/);
    expect(
      markdown.stdout.includes('<code>docs&#47;guide&#46;md</code>') ||
        markdown.stdout.includes('docs/guide'),
    ).toBeTruthy();
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
    expect(out['base-sha']).toBe(base);
    expect(out['head-sha']).toBe(move);
    expect(out['should-train']).toBe('true');
    const same = json(
      await cli(['check', '--repo', repo.dir, '--filters', 'f.yml', '--json'], cwd),
    );
    expect(same['should-train']).toBe('false');
    expect(same.reason).toBe('skipped: no files changed');
  });

  it("takes every engine setting under the action's input names", async () => {
    const { repo } = setUp();
    const docs = ['check', '--filters', 'filters.yml', '--head', 'docs', '--json'];
    const labelled = json(
      await cli(
        [...docs, '--force-label', 'retrain', '--label', 'wip', '--label', 'retrain'],
        repo.dir,
      ),
    );
    expect(labelled['should-train']).toBe('true');
    expect(labelled.reason).toBe('training forced: the pull request has the label "retrain"');
    const unlabelled = json(await cli([...docs, '--force-label', 'retrain'], repo.dir));
    expect(unlabelled['should-train']).toBe('false');
    // train-on empty: every filter trains but those named like docs, tests or CI
    expect(unlabelled.reason).toMatch(/^skipped: /);
    const everyFilter = json(
      await cli([...docs, '--train-on', 'training,data,docs,notebooks'], repo.dir),
    );
    expect(everyFilter.reason).toMatch(/^training: docs matched 1 file/);
    const preset = json(
      await cli(
        [
          ...docs,
          '--train-on',
          'training',
          '--gpu-runner',
          'github-gpu-t4',
          '--training-hours',
          '0.5',
        ],
        repo.dir,
      ),
    );
    expect(preset['should-train']).toBe('false');
    // $3.12 an hour for half an hour
    expect(preset['cost-avoided']).toBe('1.56');
    const limited = json(
      await cli(
        [
          ...docs,
          '--force',
          '--gpu-hourly-cost',
          '3',
          '--training-hours',
          '2',
          '--cost-limit',
          '5',
        ],
        repo.dir,
      ),
    );
    expect(limited['estimated-cost']).toBe('6.00');
    expect(limited['over-limit']).toBe('true');
    const every = json(
      await cli(
        [...docs, '--predicate-quantifier', 'every', '--on-error', 'fail', '--train-on', 'docs'],
        repo.dir,
      ),
    );
    expect(every['should-train']).toBe('true');
  });

  it('measures the training time from past runs with --training-job, as the action does', async () => {
    const { repo } = setUp();
    repo.git('remote', 'add', 'origin', 'https://github.com/acme/models.git');
    const t0 = Date.parse('2026-11-20T10:00:00Z');
    const job = (minutes: number): FakeJob[] => [
      {
        name: 'train',
        startedAt: new Date(t0).toISOString(),
        completedAt: new Date(t0 + minutes * 60_000).toISOString(),
      },
    ];
    const fake = await startFakeGitHub({
      repo,
      token: 'cli-token-0123456789',
      runs: [
        { id: 301, workflowId: 7, jobs: job(30) },
        { id: 302, workflowId: 7, jobs: job(60) },
        { id: 303, workflowId: 7, jobs: job(45) },
      ],
    });
    try {
      const args = [
        'check',
        '--filters',
        'filters.yml',
        '--head',
        'docs',
        '--train-on',
        'training',
      ];
      const measured = [
        '--gpu-hourly-cost',
        '2',
        '--training-job',
        'train',
        '--workflow',
        'ci.yml',
      ];
      const env = { GITHUB_TOKEN: 'cli-token-0123456789', GITHUB_API_URL: fake.url };
      const run = await cli([...args, ...measured, '--json'], repo.dir, env);
      expect(run.code).toBe(0);
      // the median of 30, 45 and 60 minutes is 45 minutes: 0.75 h at $2
      expect(JSON.parse(run.stdout)['cost-avoided']).toBe('1.50');
      expect(run.stderr).toContain('median of job "train" in the last 3 successful runs');
      expect(fake.requests.map((r) => r.path)).toContain(
        '/repos/acme/models/actions/workflows/ci.yml/runs',
      );
      const noToken = await cli([...args, ...measured], repo.dir);
      expect(noToken.code).toBe(2);
      expect(noToken.stderr).toContain('set GITHUB_TOKEN');
      const noWorkflow = await cli([...args, '--training-job', 'train'], repo.dir);
      expect(noWorkflow.stderr).toContain('--training-job needs --workflow FILE');
    } finally {
      await fake.close();
    }
  });

  it.each([
    [['--on-error', 'ignore'], '--on-error is "ignore"; allowed values: train, skip, fail.'],
    [['--gpu-runner', 'h100'], '--gpu-runner is "h100", which is not a known runner'],
    [['--cost-limit', '$5'], '--cost-limit is "$5"; it must be a number of 0 or more'],
    [['--label', ''], '--label is empty; give a label name.'],
    [['--force', 'true'], 'Unexpected argument "true": check takes only options.'],
  ])('refuses %j as the action refuses the input', async (args, message) => {
    const { repo } = setUp();
    const run = await cli(['check', '--filters', 'filters.yml', ...args], repo.dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(message);
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
    expect(hand).toBe(11);
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
    expect(out.branch).toBe('main');
    expect(out.tip).toBe(shas[10]);
    expect(out.window).toStrictEqual({ since: '2024-12-01T00:00:00.000Z' });
    expect(out.events).toBe(hand);
    expect(out.trained).toBe(5);
    expect(out.skipped).toBe(6);
    expect(out.merges).toBe(3);
    expect(out.singleParentCommits).toBe(8);
    expect(out.runGpuHours).toBe(0.75);
    expect(out.runCost).toBe(1.2);
    expect(out.gpuHoursWithGate).toBe(3.75);
    expect(out.gpuHoursWithoutGate).toBe(8.25);
    expect(out.gpuHoursSaved).toBe(4.5);
    expect(out.costWithGate).toBe(6);
    expect(out.costWithoutGate).toBe(13.2);
    expect(out.saved).toBe(7.2);
    expect(out.savedPercent).toBe(54.5);
    expect(out.from).toBe('2025-01-01T09:00:00+00:00');
    expect(out.to).toBe('2025-01-11T09:00:00+00:00');
    const events = out.perEvent as {
      sha: string;
      title: string;
      kind: string;
      pullRequest: number | null;
      shouldTrain: boolean;
      filters: string[];
      changed: number;
    }[];
    expect(events.map((e) => e.sha)).toStrictEqual(shas);
    expect(
      events.map((e) => [
        e.title,
        e.kind,
        e.pullRequest,
        e.shouldTrain,
        e.filters.join(','),
        e.changed,
      ]),
    ).toStrictEqual([
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
    ]);
    expect(out.filters).toStrictEqual([
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
    expect(since.events).toBe(10);
    expect(since.trained).toBe(4);
    expect(since.costWithGate).toBe(4.8);
    expect(since.costWithoutGate).toBe(12);
    expect(since.saved).toBe(7.2);
    expect(since.savedPercent).toBe(60);
    const last = json(await cli([...base, '--last', '3'], repo.dir));
    expect(last.events).toBe(3);
    expect(last.trained).toBe(0);
    expect(last.saved).toBe(3.6);
    for (const window of [
      ['--last', '1000'],
      ['--since', '2000-01-01'],
    ]) {
      const all = json(await cli([...base, ...window], repo.dir));
      expect(all.events).toBe(11);
      expect(all.trained).toBe(5);
    }
    const none = json(await cli([...base, '--since', '2030-01-01T00:00:00Z'], repo.dir));
    expect(none.events).toBe(0);
    expect(none.costWithoutGate).toBe(0);
    // The default window is the last 30 days: this history is older.
    const recent = json(await cli(base, repo.dir));
    expect(recent.events).toBe(0);
    const text = await cli(
      base.filter((a) => a !== '--json'),
      repo.dir,
    );
    expect(text.stdout).toMatch(/No first-parent commits in the window/);
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
    // root, typo, early stopping, document it; every filter trains but docs.
    expect(out.events).toBe(4);
    expect(out.trained).toBe(2);
    expect(out.gpuHoursWithoutGate).toBe(24);
    expect(out.costWithGate).toBeNull();
    expect(out.saved).toBeNull();
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
    expect(run.code).toBe(0);
    const lines = run.stdout.split('\n');
    expect(lines[0]).toBe(
      'Backtest of main: 11 CI events, 2025-01-01 → 2025-01-11 (3 merges, 8 single-parent commits)',
    );
    expect(lines).toContain(
      `2025-01-05  ${shas[4]?.slice(0, 7)}  PR #2  train  training            Move helpers`,
    );
    expect(lines).toContain(
      `2025-01-07  ${shas[6]?.slice(0, 7)}  PR #3  skip   docs                Document c`,
    );
    expect(lines).toContain(
      `2025-01-09  ${shas[8]?.slice(0, 7)}  push   skip   -                   Empty commit`,
    );
    expect(lines).toContain('Training runs                11              5  6 (54.5%)');
    expect(lines).toContain('GPU-hours                  8.25           3.75        4.5');
    expect(lines).toContain('Cost (USD)               $13.20          $6.00      $7.20');
    expect(withoutShas(run.stdout)).toMatchSnapshot();
    // no progress line when stderr is not a terminal
    expect(run.stderr).not.toContain('\r');
    expect(run.stderr).toMatch(/Report written to .*backtest\.md \(chart: .*backtest\.svg\)\./);
    const md = readFileSync(join(out, 'r', 'backtest.md'), 'utf8');
    const svg = readFileSync(join(out, 'r', 'backtest.svg'), 'utf8');
    expect(md).toContain(
      '![Cumulative training cost on main, with and without the gate](backtest.svg)',
    );
    expect(md).toContain('| Cost (USD) | $13.20 | $6.00 | **$7.20** |');
    const made = /<sub>Made with <code>(.*)<\/code><\/sub>/
      .exec(md)?.[1]
      ?.replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)));
    expect(made).toBe(
      'ml-change-gate backtest --filters filters.yml --branch main --last 20 --train-on training,data --gpu-hourly-cost 1.60 --training-hours 0.75',
    );
    expect(svg.includes('>$13.20</text>') && svg.includes('>$6.00</text>')).toBeTruthy();
  });

  it('replays several models: per model and in total, and the chart draws each model', async () => {
    const { repo } = history();
    writeFileSync(
      join(repo.dir, 'models.yml'),
      "trainer:\n  paths: ['src/training/**', 'config/training*.yaml']\n  training-hours: 1\n" +
        "data-model:\n  paths: ['data/training/**']\n  training-hours: 0.5\n  gpu-count: 2\n",
    );
    const out = tempDir();
    const args = ['backtest', '--models', 'models.yml', '--last', '20', '--gpu-hourly-cost', '2'];
    const json = JSON.parse(
      (await cli([...args, '--json', '--report', join(out, 'm.md')], repo.dir)).stdout,
    ) as {
      trained: number;
      costWithGate: number;
      costWithoutGate: number;
      models: { name: string; trained: number; costWithGate: number; saved: number }[];
      perEvent: { models?: string[] }[];
    };
    // trainer: events 1, 3, 5 (the move out of src/training), 6; data-model: events 1 and 4
    expect(json.models.map((m) => [m.name, m.trained, m.costWithGate, m.saved])).toStrictEqual([
      ['trainer', 4, 8, 14],
      ['data-model', 2, 4, 18],
    ]);
    expect(json.trained).toBe(5);
    // 11 events × ($2 + $2) without the gate; $8 + $4 with it
    expect([json.costWithoutGate, json.costWithGate]).toStrictEqual([44, 12]);
    expect(json.perEvent[0]?.models).toStrictEqual(['trainer', 'data-model']);
    const text = await cli(args, repo.dir);
    expect(text.stdout).toContain('Models: models.yml (trainer, data-model).');
    expect(text.stdout).toMatch(/MODEL +TRAINED +GPU-HOURS +COST WITH GATE +SAVED/);
    const svg = readFileSync(join(out, 'm.svg'), 'utf8');
    expect(svg).toContain('trainer, with the gate: $8.00');
    expect(svg).toContain('data-model, with the gate: $4.00');
    expect(readFileSync(join(out, 'm.md'), 'utf8')).toContain(
      '| <code>trainer</code> | 4 | 4 | $8.00 | $22.00 | $14.00 |',
    );
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
    expect(run.code).toBe(0);
    const md = readFileSync(join(out, 'b.md'), 'utf8');
    expect(md).toContain(`https://github.com/acme/models/commit/${shas[2]}`);
    expect(md).toContain('<a href="https://github.com/acme/models/pull/1">PR &#35;1</a>');
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
    // the same seed gives the same history
    expect(strip(again)).toStrictEqual(strip(out));
    const other = json(await cli(['demo', '--dir', 'd3', '--seed', '2', '--json'], cwd));
    expect(other.tip).not.toBe(out.tip);

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
    expect(events > 60 && events < 140).toBeTruthy();
    expect(out.events).toBe(events);
    expect(out.merges).toBe(merges);
    const trained = out.trained as number;
    expect(trained > 0 && trained < events / 2).toBeTruthy();
    expect(out.runCost).toBe(1.2);
    expect(out.costWithoutGate).toBe(Number((events * 1.2).toFixed(2)));
    expect(out.costWithGate).toBe(Number((trained * 1.2).toFixed(2)));
    expect(run.stderr).toMatch(/Report written to .*backtest\.md/);
    expect(existsSync(join(cwd, 'd1', 'backtest.md'))).toBeTruthy();
    expect(existsSync(join(cwd, 'd1', 'backtest.svg'))).toBeTruthy();

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
    expect(strip(direct)).toStrictEqual(strip(out));

    const events_ = await cli(['demo', '--dir', 'd4', '--events'], cwd);
    expect(events_.code).toBe(0);
    expect(events_.stdout).toContain(
      `Training runs  ${' '.repeat(16 - String(events).length)}${events}  `,
    );
    expect(events_.stdout).toContain('Move shared helpers out of the training package');
  });

  it('explains the product in one screen of 80 columns, and the line it prints runs again', async () => {
    const cwd = tempDir();
    const run = await cli(['demo', '--dir', 'd'], cwd);
    expect(run.code).toBe(0);
    // The folder and the program are as long as the machine makes them: only the line that
    // names them grows, and every other line fits 80 columns wherever the demo runs.
    const screen = run.stdout.replaceAll(join(cwd, 'd'), '<dir>').replaceAll(CLI, '<cli>');
    const lines = screen.trimEnd().split('\n');
    expect(lines.length).toBeLessThanOrEqual(24);
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(80);
    // the event table is behind --events
    expect(run.stdout).not.toContain('DATE');
    expect(screen).toMatchSnapshot();
    // Run it again, as printed: the backtest of the same repository, with the same totals.
    const printed = run.stdout.slice(run.stdout.indexOf('\n  cd ') + 1);
    const again = spawnSync('bash', ['-c', printed.replace('node ', `${NODE} `)], {
      cwd,
      env: CLI_ENV,
      encoding: 'utf8',
    });
    expect(again.status).toBe(0);
    const totals = (text: string): string =>
      text
        .split('\n')
        .filter((l) => /^(Training runs|GPU-hours|Cost \(USD\)) +[\d$]/.test(l))
        .join('\n');
    expect(totals(again.stdout)).toBe(totals(run.stdout));
    expect(totals(run.stdout)).toMatch(/Training runs/);
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
      env: {},
      program: ['ml-change-gate'],
      cwd: repo.dir,
      now: new Date('2025-01-10T00:00:00Z'),
    };
    const code = await main(['backtest', '--filters', 'filters.yml', '--json'], io);
    expect(code).toBe(0);
    // eslint-disable-next-line no-control-regex
    expect(stderr).toMatch(/^\r\x1b\[KReading the history of main: [123] commits?\r\x1b\[K$/);
    expect((JSON.parse(stdout) as { events: number }).events).toBe(3);
  });
});
