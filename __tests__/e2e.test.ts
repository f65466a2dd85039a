/**
 * End to end: the built action runs as a process with the variables and files
 * the runner sets, against a loopback GitHub API answering from a real git
 * repository built here. No checkout unless a test makes one.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GitRepo, GIT_ENV } from './helpers/git-repo.js';
import { serverError, startFakeGitHub, type FakeGitHub } from './helpers/fake-github.js';
import { pullRequestEvent } from './helpers/events.js';
import { runAction, type ActionRun, type RunOptions } from './helpers/run-action.js';

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
  assert.deepEqual(
    lines.filter((l) => !l.startsWith('::add-mask::')),
    [],
    'the token appears only in the line that masks it',
  );
  assert.equal(JSON.stringify(run.outputs).includes(TOKEN), false);
  assert.equal(run.summary.includes(TOKEN), false);
}

before(async () => {
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

after(() => {
  repo?.remove();
});

describe('the gate, end to end', { concurrency: 4 }, () => {
  test('a docs-only pull request skips training in one request and says why', async () => {
    const run = await gate({ eventName: 'pull_request', payload: pr(1, sha.base!, sha.docs!) });
    assert.equal(run.code, 0, run.stdout + run.stderr);
    assert.equal(run.outputs['should-train'], 'false');
    assert.equal(run.outputs.reason, 'skipped: 2 changed files, none match training or data');
    assert.equal(run.outputs.changes, '[]');
    assert.equal(run.outputs.training, 'false');
    assert.equal(run.outputs.training_count, '0');
    assert.equal(run.outputs.complete, 'true');
    assert.equal(run.outputs['diff-source'], 'compare');
    assert.equal(run.outputs['changed-count'], '2');
    assert.equal(run.outputs['base-sha'], sha.base);
    assert.equal(run.outputs['head-sha'], sha.docs);
    assert.equal(run.outputs['estimated-cost'], '0.00');
    assert.equal(run.outputs['estimated-gpu-hours'], '0');
    assert.equal(run.outputs['cost-avoided'], '1.20');
    assert.match(run.summary, /Training skipped/);
    assert.match(run.summary, /Skipped: avoided 0\.75 GPU-hours ≈ \$1\.20/);
    assert.equal(run.requests.length, 1, 'exactly one compare request');
    assert.match(run.requests[0]?.path ?? '', /\/compare\//);
    assertNoTokenLeak(run);
  });

  test('a training pull request trains, lists the files and prices the run', async () => {
    const run = await gate({
      eventName: 'pull_request',
      payload: pr(2, sha.base!, sha.training!),
      inputs: { 'list-files': 'json' },
    });
    assert.equal(run.code, 0, run.stdout + run.stderr);
    assert.equal(run.outputs['should-train'], 'true');
    assert.equal(run.outputs.training, 'true');
    assert.equal(run.outputs.training_count, '1');
    assert.deepEqual(JSON.parse(run.outputs.training_files ?? ''), ['src/training/train.py']);
    assert.equal(run.outputs.data, 'false');
    assert.equal(run.outputs.changes, '["training"]');
    assert.equal(
      run.outputs.reason,
      'training: training matched 1 file (src/training/train.py) of 1 changed file',
    );
    assert.equal(run.outputs['estimated-cost'], '1.20');
    assert.equal(run.outputs['estimated-gpu-hours'], '0.75');
    assert.equal(run.outputs['cost-avoided'], '0.00');
    assert.match(run.summary, /Training will run/);
    assert.match(run.summary, /Training this change: 0\.75 GPU-hours ≈ \$1\.20/);
    assert.match(
      run.stdout,
      /::group::Filter training \(train-on\): 1 file\nmodified +src\/training\/train\.py\n::endgroup::/,
    );
    const full = JSON.parse(readFileSync(run.outputs['files-json-path'] ?? '', 'utf8')) as {
      filters: Record<string, string[]>;
    };
    assert.deepEqual(full.filters.training, ['src/training/train.py']);
    assertNoTokenLeak(run);
  });

  test('a data push to main trains on the data filter', async () => {
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
    assert.equal(run.outputs['should-train'], 'true');
    assert.equal(run.outputs.data, 'true');
    assert.equal(run.outputs.training, 'false');
    assert.equal(run.outputs['changed-count'], '1');
    assert.match(
      run.outputs.reason ?? '',
      /data matched 1 file \(data\/training\/shard-0002\.csv\)/,
    );
  });

  test('a new branch is compared with the default branch', async () => {
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
    assert.equal(run.outputs['should-train'], 'true');
    assert.equal(run.outputs.training_files, 'config/training-vit.yaml');
    assert.equal(run.outputs['changed-count'], '1');
    assert.equal(run.outputs['base-sha'], sha.dataPush, 'the default branch, resolved');
  });

  test('a force push compares the new head with its common ancestor, not with the lost commits', async () => {
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
    assert.equal(run.outputs['should-train'], 'false');
    assert.equal(run.outputs['changed-count'], '1');
    assert.equal(run.outputs.reason, 'skipped: 1 changed file, none matches training or data');
  });

  test('a merge-queue entry compares base_sha...head_sha', async () => {
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
    assert.equal(run.outputs['should-train'], 'true');
    assert.equal(run.outputs.training, 'true');
    assert.equal(run.outputs['changed-count'], '1');
    assert.equal(run.outputs['head-sha'], sha.queue);
  });

  test('moving a file out of src/training/ changes training', async () => {
    const run = await gate({
      eventName: 'pull_request',
      payload: pr(3, sha.base!, sha.moveOut!),
      inputs: { 'list-files': 'json' },
    });
    assert.equal(run.outputs['should-train'], 'true');
    assert.deepEqual(JSON.parse(run.outputs.training_files ?? ''), ['src/common/utils.py']);
    assert.match(run.stdout, /renamed +src\/training\/utils\.py → src\/common\/utils\.py/);
  });

  test('a negated pattern excludes: a README under data/training/ does not train', async () => {
    const run = await gate({
      eventName: 'pull_request',
      payload: pr(4, sha.base!, sha.dataReadme!),
    });
    assert.equal(run.outputs['should-train'], 'false');
    assert.equal(run.outputs.data, 'false');
    assert.equal(run.outputs.data_count, '0');
  });

  test('a forced workflow_dispatch trains with nothing changed', async () => {
    const run = await gate({
      eventName: 'workflow_dispatch',
      ref: 'refs/heads/main',
      sha: sha.dataPush!,
      payload: { inputs: { 'force-retrain': 'true' }, repository: { default_branch: 'main' } },
      inputs: { force: 'true' },
    });
    assert.equal(run.code, 0, run.stdout + run.stderr);
    assert.equal(run.outputs['should-train'], 'true');
    assert.equal(run.outputs.reason, 'training forced: the force input is true');
    assert.equal(run.outputs['changed-count'], '0');
    assert.equal(run.outputs['estimated-cost'], '1.20');
  });

  test('the same dispatch without force skips', async () => {
    const run = await gate({
      eventName: 'workflow_dispatch',
      ref: 'refs/heads/main',
      sha: sha.dataPush!,
      payload: { repository: { default_branch: 'main' } },
    });
    assert.equal(run.outputs['should-train'], 'false');
    assert.equal(run.outputs.reason, 'skipped: no files changed');
  });

  test('a force label on the pull request trains a docs change', async () => {
    const run = await gate({
      eventName: 'pull_request',
      payload: pr(5, sha.base!, sha.docs!, ['retrain']),
      inputs: { 'force-label': 'retrain' },
    });
    assert.equal(run.outputs['should-train'], 'true');
    assert.equal(run.outputs.reason, 'training forced: the pull request has the label "retrain"');
  });

  test('train-on limits which filters decide', async () => {
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
    assert.equal(run.outputs['should-train'], 'false');
    assert.equal(run.outputs.data, 'true', 'the data filter still reports its match');
    assert.equal(
      run.outputs.reason,
      'skipped: 1 changed file, none matches training; matched only data (1 file)',
    );
  });

  test('a deleted branch decides without asking the API', async () => {
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
    assert.equal(run.outputs['should-train'], 'false');
    assert.match(run.outputs.reason ?? '', /refs\/heads\/gone was deleted/);
    assert.equal(run.requests.length, 0);
  });

  test('a filters file is read through the API at the base commit: two requests, no checkout', async () => {
    const run = await gate({
      eventName: 'pull_request',
      payload: pr(6, sha.base!, sha.loosen!),
      inputs: { filters: '.github/filters.yml' },
    });
    assert.equal(run.code, 0, run.stdout + run.stderr);
    // The pull request rewrote the filters to match nothing; the base's filters still apply.
    assert.equal(run.outputs['should-train'], 'true');
    assert.equal(run.outputs.training, 'true');
    assert.equal(run.requests.length, 2);
    assert.ok(
      run.requests.some(
        (r) => /contents\/\.github(%2F|\/)filters\.yml/.test(r.path) && r.query.ref === sha.base,
      ),
    );
  });

  test('a filters file is read from the checkout when there is one', async () => {
    const workspace = mkdtempSync(join(tmpdir(), 'gate-checkout-'));
    execFileSync('git', ['clone', '-q', repo.dir, workspace], { env: GIT_ENV });
    execFileSync('git', ['checkout', '-q', sha.training!], { cwd: workspace, env: GIT_ENV });
    const run = await gate({
      eventName: 'pull_request',
      payload: pr(7, sha.base!, sha.training!),
      inputs: { filters: './.github/filters.yml' },
      workspace,
    });
    assert.equal(run.code, 0, run.stdout + run.stderr);
    assert.equal(run.outputs['should-train'], 'true');
    assert.equal(run.requests.length, 1, 'only the compare request');
    assert.match(run.stdout, /Filters read from \.github\/filters\.yml in the checkout/);
  });

  for (const [onError, expected] of [
    ['train', 'true'],
    ['skip', 'false'],
  ] as const) {
    test(`a filters file the API cannot serve (always 500) leaves the change unseen: on-error ${onError}`, async () => {
      const started = Date.now();
      const run = await gate(
        {
          eventName: 'pull_request',
          payload: pr(11, sha.base!, sha.training!),
          inputs: { filters: '.github/filters.yml', 'on-error': onError, 'train-on': 'training' },
        },
        (fake) => fake.fail({ ...serverError(500), times: Infinity }),
      );
      assert.equal(run.code, 0, run.stdout + run.stderr);
      assert.equal(run.outputs['should-train'], expected);
      assert.equal(run.outputs.complete, 'false');
      assert.equal(run.outputs['diff-source'], 'none');
      assert.match(run.outputs.reason ?? '', /the filters file could not be read/);
      assert.ok(run.warnings.length > 0, 'a warning annotation');
      assert.ok(Date.now() - started < 120_000);
    });
  }

  test('working-directory points at a checkout in a subfolder of the workspace', async () => {
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
    assert.equal(run.code, 0, run.stdout + run.stderr);
    assert.match(run.stdout, /Git checkout found at .*\/models\./);
    assert.match(run.stdout, /Filters read from \.github\/filters\.yml in the checkout/);
    assert.equal(run.outputs['should-train'], 'true');
    rmSync(workspace, { recursive: true, force: true });
  });

  test('a working-directory that does not exist is bad input', async () => {
    const run = await gate({
      eventName: 'pull_request',
      payload: pr(13, sha.base!, sha.training!),
      inputs: { 'working-directory': 'no-such-folder' },
    });
    assert.equal(run.code, 1);
    assert.match(
      run.errors[0] ?? '',
      /Input working-directory is "no-such-folder", which does not exist/,
    );
    assert.deepEqual(run.outputs, {});
  });

  test('summary: false writes no job summary', async () => {
    const run = await gate({
      eventName: 'pull_request',
      payload: pr(8, sha.base!, sha.docs!),
      inputs: { summary: 'false' },
    });
    assert.equal(run.outputs['should-train'], 'false');
    assert.equal(run.summary, '');
  });

  test('an API error says what is wrong, and the token is never printed', async () => {
    const run = await gate({
      eventName: 'pull_request',
      payload: pr(9, sha.base!, sha.docs!),
      inputs: { token: 'wrong-token-should-not-appear', 'on-error': 'train' },
    });
    assert.equal(run.outputs['should-train'], 'true', 'an unseen change never skips by default');
    assert.equal(run.outputs.complete, 'false');
    assert.match(run.outputs.reason ?? '', /token/i);
    const printed = `${run.stdout}\n${run.stderr}`
      .split('\n')
      .filter((l) => !l.startsWith('::add-mask::'));
    assert.equal(printed.join('\n').includes('wrong-token-should-not-appear'), false);
  });
});

describe(
  'bad input fails the step with a clear message and writes nothing',
  { concurrency: 4 },
  () => {
    const cases: { name: string; inputs: Record<string, string>; message: RegExp }[] = [
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
    for (const c of cases) {
      test(c.name, async () => {
        const run = await gate({
          eventName: 'pull_request',
          payload: pr(10, sha.base!, sha.training!),
          inputs: c.inputs,
        });
        assert.equal(run.code, 1, run.stdout + run.stderr);
        assert.equal(run.errors.length, 1, run.stdout);
        assert.match(run.errors[0] ?? '', c.message);
        assert.deepEqual(run.outputs, {}, 'no output is half-written');
        assert.equal(run.summary, '');
        assert.equal(run.requests.length, 0, 'bad input fails before any request');
      });
    }
  },
);
