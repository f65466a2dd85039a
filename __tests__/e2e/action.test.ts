/**
 * End to end: the built action runs as a process with the variables and files
 * the runner sets, against a loopback GitHub API answering from a real git
 * repository built here. No checkout unless a test makes one.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GitRepo, GIT_ENV } from '../helpers/git-repo.js';
import { serverError, startFakeGitHub, type FakeGitHub } from '../helpers/fake-github.js';
import { pullRequestEvent } from '../helpers/events.js';
import { NODE, NODE_VERSION } from '../helpers/node.js';
import {
  retriesLogged,
  runAction,
  type ActionRun,
  type RunOptions,
} from '../helpers/run-action.js';

const TOKEN = 'test-token-0123456789';
const ZERO = '0000000000000000000000000000000000000000';

const FILTERS = `training:
  - 'src/training/**'
  - 'config/training*.yaml'
  - 'requirements.txt'
data:
  - 'data/training/**'
  - '!data/training/**/*.md'
`;

const COST = { 'gpu-hourly-cost': '1.60', 'training-hours': '0.75' };

let repo: GitRepo;
/** Commit SHAs by name. */
const sha: Record<string, string> = {};

function pr(
  number: number,
  base: string,
  head: string,
  labels: string[] = [],
  changedFiles?: number,
) {
  return pullRequestEvent({
    number,
    base,
    head,
    labels,
    ...(changedFiles === undefined ? {} : { changedFiles }),
  });
}

interface GateRun extends ActionRun {
  /** The requests the API saw during this run. */
  requests: FakeGitHub['requests'];
}

/** Runs the action against its own loopback API, so concurrent runs count their own requests. */
async function gate(
  opts: Partial<RunOptions> & Pick<RunOptions, 'eventName' | 'payload'>,
  setup?: (fake: FakeGitHub) => void,
): Promise<GateRun> {
  const fake = await startFakeGitHub({ repo, token: TOKEN });
  setup?.(fake);
  try {
    const run = await runAction({
      apiUrl: fake.url,
      sha: 'f'.repeat(40),
      ...opts,
      inputs: { filters: FILTERS, token: TOKEN, ...COST, ...opts.inputs },
    });
    return { ...run, requests: [...fake.requests] };
  } finally {
    await fake.close();
  }
}

function assertNoTokenLeak(run: ActionRun): void {
  const lines = `${run.stdout}\n${run.stderr}`.split('\n').filter((l) => l.includes(TOKEN));
  // the token appears only in the line that masks it
  expect(lines.filter((l) => !l.startsWith('::add-mask::'))).toStrictEqual([]);
  expect(JSON.stringify(run.outputs).includes(TOKEN)).toBe(false);
  expect(run.summary.includes(TOKEN)).toBe(false);
}

beforeAll(async () => {
  repo = GitRepo.create();
  sha.base = repo.commit(
    {
      'src/training/train.py': 'def train(): pass\n',
      'src/training/utils.py': 'def helper(): pass\n',
      'src/serving/app.py': 'app = None\n',
      'config/training-resnet.yaml': 'lr: 0.1\n',
      'data/training/shard-0001.csv': 'x,y\n1,2\n',
      'data/training/README.md': '# data\n',
      'docs/README.md': '# docs\n',
      'tests/fixtures/sample.json': '{}\n',
      'requirements.txt': 'torch==2.5\n',
      '.github/filters.yml': FILTERS,
    },
    'initial',
  );

  // A docs-only pull request.
  repo.checkout('docs-only', true);
  sha.docs = repo.commit(
    { 'docs/README.md': '# docs v2\n', 'tests/fixtures/sample.json': '{"a":1}\n' },
    'docs',
  );

  // A training pull request.
  repo.checkout('main');
  repo.checkout('training', true);
  sha.training = repo.commit({ 'src/training/train.py': 'def train(): return 1\n' }, 'train');

  // A rename out of src/training/.
  repo.checkout('main');
  repo.checkout('move-out', true);
  sha.moveOut = repo.rename('src/training/utils.py', 'src/common/utils.py');

  // Only an excluded file under data/training/.
  repo.checkout('main');
  repo.checkout('data-readme', true);
  sha.dataReadme = repo.commit({ 'data/training/README.md': '# data v2\n' }, 'data readme');

  // A pull request that loosens its own filters file and touches training code.
  repo.checkout('main');
  repo.checkout('loosen', true);
  sha.loosen = repo.commit(
    {
      '.github/filters.yml': "training:\n  - 'nothing/**'\n",
      'src/training/train.py': 'def train(): return 2\n',
    },
    'loosen the gate',
  );

  // Force push: the old head changed training code; the rewritten head only docs.
  repo.checkout('main');
  repo.checkout('rewrite', true);
  sha.oldHead = repo.commit({ 'src/training/train.py': 'def train(): return 3\n' }, 'wip training');
  repo.git('reset', '-q', '--hard', sha.base);
  sha.newHead = repo.commit({ 'docs/guide.md': '# guide\n' }, 'docs instead');

  // A data push to main, then a merge-queue entry built on it.
  repo.checkout('main');
  sha.dataPush = repo.commit({ 'data/training/shard-0002.csv': 'x,y\n3,4\n' }, 'more data');
  repo.checkout('queue', true);
  repo.git('merge', '-q', '--no-ff', '-m', 'Merge training into queue', 'training');
  sha.queue = repo.head();
  repo.checkout('main');

  // A new branch pushed for the first time, with a config change.
  repo.checkout('new-branch', true);
  sha.newBranch = repo.commit({ 'config/training-vit.yaml': 'lr: 0.01\n' }, 'new config');
  repo.checkout('main');
});

afterAll(() => {
  repo?.remove();
});

test('the bundle is run on the Node the runner uses (GATE_NODE_MAJOR), and at least on 20', () => {
  const major = Number(/^v(\d+)\./.exec(NODE_VERSION)?.[1]);
  // .ci/run installs Node 24 and sets GATE_NODE_MAJOR=24, so CI cannot fall back to another Node.
  expect(major).toBeGreaterThanOrEqual(Number(process.env.GATE_NODE_MAJOR ?? 20));
  if (process.env.GATE_NODE_MAJOR) expect(major).toBe(Number(process.env.GATE_NODE_MAJOR));
  expect(NODE).toBeTruthy();
});

describe('the gate, end to end', () => {
  test.concurrent(
    'a docs-only pull request skips training in one request and says why',
    async () => {
      const run = await gate({ eventName: 'pull_request', payload: pr(1, sha.base!, sha.docs!) });
      expect(run.code).toBe(0);
      expect(run.outputs['should-train']).toBe('false');
      expect(run.outputs.reason).toBe('skipped: 2 changed files, none match training or data');
      expect(run.outputs.changes).toBe('[]');
      expect(run.outputs.training).toBe('false');
      expect(run.outputs.training_count).toBe('0');
      expect(run.outputs.complete).toBe('true');
      expect(run.outputs['diff-source']).toBe('compare');
      expect(run.outputs['changed-count']).toBe('2');
      expect(run.outputs['base-sha']).toBe(sha.base);
      expect(run.outputs['head-sha']).toBe(sha.docs);
      expect(run.outputs['estimated-cost']).toBe('0.00');
      expect(run.outputs['estimated-gpu-hours']).toBe('0');
      expect(run.outputs['cost-avoided']).toBe('1.20');
      expect(run.summary).toMatch(/Training skipped/);
      expect(run.summary).toContain(
        '**Cost:** skipping this change avoids **0.75 GPU-hours ≈ $1.20**',
      );
      // exactly one compare request
      expect(run.requests.length).toBe(1);
      expect(run.requests[0]?.path ?? '').toMatch(/\/compare\//);
      assertNoTokenLeak(run);
    },
  );

  test.concurrent(
    "with the README's filters file and train-on empty, a docs edit informs but does not train",
    async () => {
      const readmeFilters = `${FILTERS}docs:\n  - '**/*.md'\n`;
      const run = await gate({
        eventName: 'pull_request',
        payload: pr(31, sha.base!, sha.docs!),
        inputs: { filters: readmeFilters, 'train-on': '' },
      });
      expect(run.code).toBe(0);
      expect(run.outputs['should-train']).toBe('false');
      expect(run.outputs.docs).toBe('true');
      expect(run.outputs.changes).toBe('["docs"]');
      expect(run.outputs.reason).toBe(
        'skipped: 2 changed files, none match training or data; matched only docs (1 file)',
      );
      expect(run.summary).toContain('| <code>docs</code> | no | 1 |');
      expect(run.summary).toContain(
        '<sub>train-on is empty, so <code>docs</code>, named like docs, tests or CI, only informs',
      );
      // named in train-on, docs trains
      const named = await gate({
        eventName: 'pull_request',
        payload: pr(32, sha.base!, sha.docs!),
        inputs: { filters: readmeFilters, 'train-on': 'training, data, docs' },
      });
      expect(named.outputs['should-train']).toBe('true');
      expect(named.summary).toContain('| <code>docs</code> | yes | ✅ 1 |');
    },
  );

  test.concurrent(
    'a training pull request trains, lists the files and prices the run',
    async () => {
      const run = await gate({
        eventName: 'pull_request',
        payload: pr(2, sha.base!, sha.training!),
        inputs: { 'list-files': 'json' },
      });
      expect(run.code).toBe(0);
      expect(run.outputs['should-train']).toBe('true');
      expect(run.outputs.training).toBe('true');
      expect(run.outputs.training_count).toBe('1');
      expect(JSON.parse(run.outputs.training_files ?? '')).toStrictEqual(['src/training/train.py']);
      expect(run.outputs.data).toBe('false');
      expect(run.outputs.changes).toBe('["training"]');
      expect(run.outputs.reason).toBe(
        'training: training matched 1 file (src/training/train.py) of 1 changed file',
      );
      expect(run.outputs['estimated-cost']).toBe('1.20');
      expect(run.outputs['estimated-gpu-hours']).toBe('0.75');
      expect(run.outputs['cost-avoided']).toBe('0.00');
      expect(run.summary).toMatch(/Training will run/);
      expect(run.summary).toContain(
        '**Cost:** training this change takes **0.75 GPU-hours ≈ $1.20**',
      );
      expect(run.stdout).toMatch(
        /::group::Filter training \(train-on\): 1 file\nmodified +src\/training\/train\.py\n::endgroup::/,
      );
      const full = JSON.parse(readFileSync(run.outputs['files-json-path'] ?? '', 'utf8')) as {
        filters: Record<string, string[]>;
      };
      expect(full.filters.training).toStrictEqual(['src/training/train.py']);
      assertNoTokenLeak(run);
    },
  );

  test.concurrent('a data push to main trains on the data filter', async () => {
    const run = await gate({
      eventName: 'push',
      ref: 'refs/heads/main',
      sha: sha.dataPush!,
      payload: {
        ref: 'refs/heads/main',
        before: sha.base,
        after: sha.dataPush,
        repository: { default_branch: 'main' },
      },
    });
    expect(run.outputs['should-train']).toBe('true');
    expect(run.outputs.data).toBe('true');
    expect(run.outputs.training).toBe('false');
    expect(run.outputs['changed-count']).toBe('1');
    expect(run.outputs.reason ?? '').toMatch(
      /data matched 1 file \(data\/training\/shard-0002\.csv\)/,
    );
  });

  test.concurrent('a new branch is compared with the default branch', async () => {
    const run = await gate({
      eventName: 'push',
      ref: 'refs/heads/new-branch',
      sha: sha.newBranch!,
      payload: {
        ref: 'refs/heads/new-branch',
        before: ZERO,
        after: sha.newBranch,
        created: true,
        repository: { default_branch: 'main' },
      },
      inputs: { 'list-files': 'csv' },
    });
    expect(run.outputs['should-train']).toBe('true');
    expect(run.outputs.training_files).toBe('config/training-vit.yaml');
    expect(run.outputs['changed-count']).toBe('1');
    // the default branch, resolved
    expect(run.outputs['base-sha']).toBe(sha.dataPush);
  });

  test.concurrent(
    'a force push that drops a training commit trains: the two heads are compared as trees (before..after)',
    async () => {
      const run = await gate({
        eventName: 'push',
        ref: 'refs/heads/rewrite',
        sha: sha.newHead!,
        payload: {
          ref: 'refs/heads/rewrite',
          before: sha.oldHead,
          after: sha.newHead,
          forced: true,
          repository: { default_branch: 'main' },
        },
        inputs: { 'list-files': 'shell' },
      });
      // the training change of the old head is gone: training code changed
      expect(run.outputs['should-train']).toBe('true');
      expect(run.outputs.complete).toBe('true');
      expect(run.outputs['changed-count']).toBe(
        String(
          repo.git('diff', '--name-only', `${sha.oldHead}..${sha.newHead}`).trim().split('\n')
            .length,
        ),
      );
      expect(run.outputs['changed-count']).toBe('2');
      expect(run.outputs.training_files).toBe('src/training/train.py');
    },
  );

  test.concurrent('a merge-queue entry compares base_sha...head_sha', async () => {
    const run = await gate({
      eventName: 'merge_group',
      ref: 'refs/heads/gh-readonly-queue/main/pr-2',
      sha: sha.queue!,
      payload: {
        action: 'checks_requested',
        merge_group: {
          base_sha: sha.dataPush,
          head_sha: sha.queue,
          head_ref: 'refs/heads/gh-readonly-queue/main/pr-2',
        },
        repository: { default_branch: 'main' },
      },
    });
    expect(run.outputs['should-train']).toBe('true');
    expect(run.outputs.training).toBe('true');
    expect(run.outputs['changed-count']).toBe('1');
    expect(run.outputs['head-sha']).toBe(sha.queue);
  });

  test.concurrent('moving a file out of src/training/ changes training', async () => {
    const run = await gate({
      eventName: 'pull_request',
      payload: pr(3, sha.base!, sha.moveOut!),
      inputs: { 'list-files': 'json' },
    });
    expect(run.outputs['should-train']).toBe('true');
    expect(JSON.parse(run.outputs.training_files ?? '')).toStrictEqual(['src/common/utils.py']);
    expect(run.stdout).toMatch(/renamed +src\/training\/utils\.py → src\/common\/utils\.py/);
  });

  test.concurrent(
    'a negated pattern excludes: a README under data/training/ does not train',
    async () => {
      const run = await gate({
        eventName: 'pull_request',
        payload: pr(4, sha.base!, sha.dataReadme!),
      });
      expect(run.outputs['should-train']).toBe('false');
      expect(run.outputs.data).toBe('false');
      expect(run.outputs.data_count).toBe('0');
    },
  );

  test.concurrent('a forced workflow_dispatch trains with nothing changed', async () => {
    const run = await gate({
      eventName: 'workflow_dispatch',
      ref: 'refs/heads/main',
      sha: sha.dataPush!,
      payload: { inputs: { 'force-retrain': 'true' }, repository: { default_branch: 'main' } },
      inputs: { force: 'true' },
    });
    expect(run.code).toBe(0);
    expect(run.outputs['should-train']).toBe('true');
    expect(run.outputs.reason).toBe('training forced: the force input is true');
    expect(run.outputs['changed-count']).toBe('0');
    expect(run.outputs['estimated-cost']).toBe('1.20');
  });

  test.concurrent(
    'the same dispatch without force and no earlier run to compare with: on-error decides, never "no files changed"',
    async () => {
      const run = await gate({
        eventName: 'workflow_dispatch',
        ref: 'refs/heads/main',
        sha: sha.dataPush!,
        payload: { repository: { default_branch: 'main' } },
      });
      expect(run.outputs['should-train']).toBe('true');
      expect(run.outputs.complete).toBe('false');
      expect(run.outputs.reason).toMatch(
        /^training because the change set could not be seen whole \(GITHUB_RUN_ID is not set, so the last successful run of this workflow on main cannot be looked up\)/,
      );
    },
  );

  test.concurrent('a force label on the pull request trains a docs change', async () => {
    const run = await gate({
      eventName: 'pull_request',
      payload: pr(5, sha.base!, sha.docs!, ['retrain']),
      inputs: { 'force-label': 'retrain' },
    });
    expect(run.outputs['should-train']).toBe('true');
    expect(run.outputs.reason).toBe('training forced: the pull request has the label "retrain"');
  });

  test.concurrent('train-on limits which filters decide', async () => {
    const run = await gate({
      eventName: 'push',
      ref: 'refs/heads/main',
      sha: sha.dataPush!,
      payload: {
        ref: 'refs/heads/main',
        before: sha.base,
        after: sha.dataPush,
        repository: { default_branch: 'main' },
      },
      inputs: { 'train-on': 'training' },
    });
    expect(run.outputs['should-train']).toBe('false');
    // the data filter still reports its match
    expect(run.outputs.data).toBe('true');
    expect(run.outputs.reason).toBe(
      'skipped: 1 changed file, none matches training; matched only data (1 file)',
    );
  });

  test.concurrent('a deleted branch decides without asking the API', async () => {
    const run = await gate({
      eventName: 'push',
      ref: 'refs/heads/gone',
      payload: {
        ref: 'refs/heads/gone',
        before: sha.docs,
        after: ZERO,
        deleted: true,
        repository: { default_branch: 'main' },
      },
    });
    expect(run.outputs['should-train']).toBe('false');
    expect(run.outputs.reason ?? '').toMatch(/refs\/heads\/gone was deleted/);
    expect(run.requests.length).toBe(0);
  });

  test.concurrent(
    'a filters file is read through the API at the base commit: two requests, no checkout',
    async () => {
      const run = await gate({
        eventName: 'pull_request',
        payload: pr(6, sha.base!, sha.loosen!),
        inputs: { filters: '.github/filters.yml' },
      });
      expect(run.code).toBe(0);
      // The pull request rewrote the filters to match nothing; the base's filters still apply.
      expect(run.outputs['should-train']).toBe('true');
      expect(run.outputs.training).toBe('true');
      expect(run.requests.length).toBe(2);
      expect(
        run.requests.some(
          (r) => /contents\/\.github(%2F|\/)filters\.yml/.test(r.path) && r.query.ref === sha.base,
        ),
      ).toBeTruthy();
    },
  );

  test.concurrent(
    "with a checkout, a filters file is read with git at the pull request's base",
    async () => {
      const workspace = mkdtempSync(join(tmpdir(), 'gate-checkout-'));
      execFileSync('git', ['clone', '-q', repo.dir, workspace], { env: GIT_ENV });
      execFileSync('git', ['checkout', '-q', sha.training!], { cwd: workspace, env: GIT_ENV });
      const run = await gate({
        eventName: 'pull_request',
        payload: pr(7, sha.base!, sha.training!),
        inputs: { filters: './.github/filters.yml' },
        workspace,
      });
      expect(run.code).toBe(0);
      expect(run.outputs['should-train']).toBe('true');
      // only the compare request
      expect(run.requests.length).toBe(1);
      expect(run.stdout).toMatch(
        /Filters read from \.github\/filters\.yml at [0-9a-f]{40} \(the pull request's base: a pull request cannot change its own gate\) with git\./,
      );
    },
  );

  test.concurrent.each([
    ['train', 'true'],
    ['skip', 'false'],
  ] as const)(
    'a filters file the API cannot serve (always 500) leaves the change unseen: on-error %s',
    async (onError, expected) => {
      const run = await gate(
        {
          eventName: 'pull_request',
          payload: pr(11, sha.base!, sha.training!),
          inputs: { filters: '.github/filters.yml', 'on-error': onError, 'train-on': 'training' },
        },
        (fake) => fake.fail({ ...serverError(500), times: Infinity }),
      );
      expect(run.code).toBe(0);
      expect(run.outputs['should-train']).toBe(expected);
      expect(run.outputs.complete).toBe('false');
      expect(run.outputs['diff-source']).toBe('none');
      expect(run.outputs.reason ?? '').toMatch(/the filters file could not be read/);
      // a warning annotation
      expect(run.warnings.length).toBeGreaterThan(0);
      // one call, retried three times after 1, 4 and 9 s, then given up
      expect(run.requests.length).toBe(4);
      expect(retriesLogged(run)).toStrictEqual(
        [1, 4, 9].map((seconds) => ({
          request: 'GET /repos/{owner}/{repo}/contents/{path}',
          seconds,
          reason: 'GitHub answered 500',
        })),
      );
    },
  );

  test.concurrent(
    'working-directory points at a checkout in a subfolder of the workspace',
    async () => {
      const workspace = mkdtempSync(join(tmpdir(), 'gate-wd-'));
      execFileSync('git', ['clone', '-q', repo.dir, join(workspace, 'models')], { env: GIT_ENV });
      execFileSync('git', ['checkout', '-q', sha.training!], {
        cwd: join(workspace, 'models'),
        env: GIT_ENV,
      });
      const run = await gate({
        eventName: 'pull_request',
        payload: pr(12, sha.base!, sha.training!),
        inputs: { filters: '.github/filters.yml', 'working-directory': 'models' },
        workspace,
      });
      expect(run.code).toBe(0);
      expect(run.stdout).toMatch(/Git checkout found at .*\/models\./);
      expect(run.stdout).toMatch(
        /Filters read from \.github\/filters\.yml at [0-9a-f]{40} \(the pull request's base: a pull request cannot change its own gate\) with git\./,
      );
      expect(run.outputs['should-train']).toBe('true');
      rmSync(workspace, { recursive: true, force: true });
    },
  );

  test.concurrent('a working-directory that does not exist is bad input', async () => {
    const run = await gate({
      eventName: 'pull_request',
      payload: pr(13, sha.base!, sha.training!),
      inputs: { 'working-directory': 'no-such-folder' },
    });
    expect(run.code).toBe(1);
    expect(run.errors[0] ?? '').toMatch(
      /Input working-directory is "no-such-folder", which does not exist/,
    );
    expect(run.outputs).toStrictEqual({});
  });

  test.concurrent('summary: false writes no job summary', async () => {
    const run = await gate({
      eventName: 'pull_request',
      payload: pr(8, sha.base!, sha.docs!),
      inputs: { summary: 'false' },
    });
    expect(run.outputs['should-train']).toBe('false');
    expect(run.summary).toBe('');
  });

  test.concurrent('an API error says what is wrong, and the token is never printed', async () => {
    const run = await gate({
      eventName: 'pull_request',
      payload: pr(9, sha.base!, sha.docs!),
      inputs: { token: 'wrong-token-should-not-appear', 'on-error': 'train' },
    });
    // an unseen change never skips by default
    expect(run.outputs['should-train']).toBe('true');
    expect(run.outputs.complete).toBe('false');
    expect(run.outputs.reason ?? '').toMatch(/token/i);
    const printed = `${run.stdout}\n${run.stderr}`
      .split('\n')
      .filter((l) => !l.startsWith('::add-mask::'));
    expect(printed.join('\n').includes('wrong-token-should-not-appear')).toBe(false);
  });
});

describe('bad input fails the step with a clear message and writes nothing', () => {
  const cases: { name: string; inputs: Record<string, string>; message: RegExp }[] = [
    {
      name: 'a list item indented under the one above (it would match nothing)',
      inputs: { filters: 'training:\n  - src/training/**\n    - config/**\n' },
      message:
        /Invalid filter "training" in the filters input \(line 1\): the value on line 2 \("- src\/training\/\*\*"\) goes on over line 3 \("- config\/\*\*"\).*same indentation/,
    },
    {
      name: 'invalid YAML says where',
      inputs: { filters: "training:\n  - 'src/**\n  - data/**\n" },
      message: /filters input.*line \d+/is,
    },
    {
      name: 'a filter with no positive pattern',
      inputs: { filters: "training:\n  - '!docs/**'\n" },
      message: /Invalid filter "training".*at least one pattern that includes files/s,
    },
    {
      name: 'an unknown train-on name',
      inputs: { 'train-on': 'trainnig' },
      message:
        /Input train-on names "trainnig", which is not a filter; the filters defined are: training, data\./,
    },
    {
      name: 'a non-numeric cost',
      inputs: { 'gpu-hourly-cost': 'cheap' },
      message: /Input gpu-hourly-cost is "cheap"; it must be a number of 0 or more/,
    },
    {
      name: 'a negative cost',
      inputs: { 'training-hours': '-2' },
      message: /Input training-hours is "-2"/,
    },
    {
      name: 'an unknown list-files format',
      inputs: { 'list-files': 'xml' },
      message: /Input list-files is "xml"; allowed values: none, json, csv, shell, escape\./,
    },
    {
      name: 'an unknown on-error value',
      inputs: { 'on-error': 'ignore' },
      message: /Input on-error is "ignore"; allowed values: train, skip, fail\./,
    },
  ];
  test.concurrent.each(cases)('$name', async (c) => {
    const run = await gate({
      eventName: 'pull_request',
      payload: pr(10, sha.base!, sha.training!),
      inputs: c.inputs,
    });
    expect(run.code).toBe(1);
    expect(run.errors.length).toBe(1);
    expect(run.errors[0] ?? '').toMatch(c.message);
    // no output is half-written
    expect(run.outputs).toStrictEqual({});
    expect(run.summary).toBe('');
    // bad input fails before any request
    expect(run.requests.length).toBe(0);
  });
});
