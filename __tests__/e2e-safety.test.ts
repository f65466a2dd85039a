/**
 * End to end, the gate in front of untrusted pull requests: hostile file
 * names, a pull request that rewrites its own filters, the token under step
 * debug logging, and a change of 100,000 files against GitHub's output limits.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GitRepo, GIT_ENV } from './helpers/git-repo.js';
import { startFakeGitHub, type FakeGitHub } from './helpers/fake-github.js';
import { pullRequestEvent } from './helpers/events.js';
import { runAction, type ActionRun, type RunOptions } from './helpers/run-action.js';

const TOKEN = 'ghs_secretTokenValue0123456789abcdef';

const HOSTILE = [
  'src/training/$(whoami).py',
  'src/training/`id`.py',
  'src/training/a;rm -rf ~.py',
  'src/training/it\'s "quoted".py',
  'src/training/pipe|and&amp.py',
  'src/training/tab\there.py',
  'src/training/new\nline.py',
  'src/training/-leading-dash.py',
  'src/training/ünïcødé 🚀.py',
  'src/training/<img src=x onerror=alert(1)>.py',
  'src/training/[link](javascript:alert(1)).py',
  'src/training/![img](https:evil.example).py',
];

let repo: GitRepo;
const sha: Record<string, string> = {};
const cleanup: string[] = [];

function pr(number: number, base: string, head: string, changedFiles?: number) {
  return pullRequestEvent({
    number,
    base,
    head,
    ...(changedFiles === undefined ? {} : { changedFiles }),
  });
}

async function gate(
  opts: Partial<RunOptions> & Pick<RunOptions, 'eventName' | 'payload'>,
  target: GitRepo = repo,
): Promise<ActionRun & { fake: FakeGitHub['requests'] }> {
  const fake = await startFakeGitHub({ repo: target, token: TOKEN });
  try {
    const run = await runAction({
      apiUrl: fake.url,
      sha: 'f'.repeat(40),
      timeoutMs: 120_000,
      ...opts,
      inputs: { token: TOKEN, filters: "training:\n  - 'src/training/**'\n", ...opts.inputs },
    });
    return { ...run, fake: [...fake.requests] };
  } finally {
    await fake.close();
  }
}

/** Evaluates a `shell`/`escape` list in a real bash and returns the words it holds. */
function bashWords(list: string): string[] {
  const out = spawnSync(
    'bash',
    ['-c', 'eval "set -- $LIST"; for a in "$@"; do printf "%s\\0" "$a"; done'],
    {
      env: { PATH: process.env.PATH ?? '/usr/bin:/bin', LIST: list },
      encoding: 'utf8',
    },
  );
  assert.equal(out.status, 0, out.stderr);
  return out.stdout.split('\0').slice(0, -1);
}

before(() => {
  repo = GitRepo.create();
  sha.base = repo.commit(
    {
      'src/training/train.py': 'x\n',
      '.github/filters.yml': "training:\n  - 'src/training/**'\n",
      'README.md': '# models\n',
    },
    'initial',
  );
  repo.checkout('hostile', true);
  sha.hostile = repo.commit(
    Object.fromEntries(HOSTILE.map((name) => [name, 'payload\n'])),
    'hostile names',
  );
  repo.checkout('main');
  // A pull request that rewrites the filters so that its training change is ignored.
  repo.checkout('loosen', true);
  sha.loosen = repo.commit(
    { '.github/filters.yml': "training:\n  - 'nothing/**'\n", 'src/training/train.py': 'y\n' },
    'loosen the gate',
  );
  repo.checkout('main');
});

after(() => {
  repo?.remove();
  for (const dir of cleanup) rmSync(dir, { recursive: true, force: true });
});

describe('untrusted pull requests', { concurrency: 3 }, () => {
  for (const format of ['shell', 'escape'] as const) {
    test(`hostile file names come back exactly from the ${format} list, evaluated by bash`, async () => {
      const run = await gate({
        eventName: 'pull_request',
        payload: pr(1, sha.base!, sha.hostile!),
        inputs: { 'list-files': format },
      });
      assert.equal(run.code, 0, run.stdout + run.stderr);
      assert.equal(run.outputs.training_count, String(HOSTILE.length));
      assert.deepEqual(bashWords(run.outputs.training_files ?? '').sort(), [...HOSTILE].sort());
    });
  }

  test('hostile file names come back exactly from json and csv', async () => {
    const json = await gate({
      eventName: 'pull_request',
      payload: pr(1, sha.base!, sha.hostile!),
      inputs: { 'list-files': 'json' },
    });
    assert.deepEqual(
      (JSON.parse(json.outputs.training_files ?? '') as string[]).sort(),
      [...HOSTILE].sort(),
    );
    const csv = await gate({
      eventName: 'pull_request',
      payload: pr(1, sha.base!, sha.hostile!),
      inputs: { 'list-files': 'csv' },
    });
    // The names with a comma, a quote or a line break are quoted, the quote doubled.
    assert.ok(csv.outputs.training_files?.includes('"src/training/it\'s ""quoted"".py"'));
    assert.ok(csv.outputs.training_files?.includes('"src/training/new\nline.py"'));
  });

  test('the summary shows hostile names as text: no HTML, links, images or broken tables', async () => {
    const run = await gate({ eventName: 'pull_request', payload: pr(1, sha.base!, sha.hostile!) });
    const summary = run.summary;
    assert.equal(summary.includes('<img'), false);
    assert.equal(summary.includes(']('), false);
    assert.equal(summary.includes('!['), false);
    assert.equal(/`id`/.test(summary), false);
    for (const row of summary.split('\n').filter((l) => l.startsWith('|'))) {
      assert.equal(row.split('|').length, 5, `a table row keeps its three cells: ${row}`);
    }
    // The reason is one line even with a newline in a file name.
    assert.equal(run.outputs.reason?.includes('\n'), false);
  });

  test('under pull_request_target the filters come from the base, even with the pull request checked out', async () => {
    const workspace = mkdtempSync(join(tmpdir(), 'gate-prt-'));
    cleanup.push(workspace);
    execFileSync('git', ['clone', '-q', repo.dir, workspace], { env: GIT_ENV });
    execFileSync('git', ['checkout', '-q', sha.loosen!], { cwd: workspace, env: GIT_ENV });
    const inputs = { filters: '.github/filters.yml' };
    const target = await gate({
      eventName: 'pull_request_target',
      payload: pr(2, sha.base!, sha.loosen!),
      inputs,
      workspace,
    });
    assert.equal(target.code, 0, target.stdout + target.stderr);
    assert.equal(
      target.outputs['should-train'],
      'true',
      'the base filters still see the training change',
    );
    assert.ok(target.fake.some((r) => r.path.includes('/contents/') && r.query.ref === sha.base));
    // The same checkout under pull_request reads the file from the checkout (trusted event).
    const plain = await gate({
      eventName: 'pull_request',
      payload: pr(2, sha.base!, sha.loosen!),
      inputs,
      workspace,
    });
    assert.equal(plain.outputs['should-train'], 'false');
  });

  test('the token appears in no log line, output or summary, also with step debug logging', async () => {
    const run = await gate({
      eventName: 'pull_request',
      payload: pr(3, sha.base!, sha.hostile!),
      inputs: { 'list-files': 'json' },
      env: { RUNNER_DEBUG: '1', ACTIONS_STEP_DEBUG: 'true' },
    });
    assert.equal(run.code, 0);
    assert.match(
      run.stdout,
      /::debug::GitHub API answered 200 to GET \/repos\/acme\/models\/compare\//,
      'every request is logged at debug level',
    );
    const lines = `${run.stdout}\n${run.stderr}`.split('\n');
    assert.deepEqual(
      lines.filter((l) => l.includes(TOKEN) && !l.startsWith('::add-mask::')),
      [],
    );
    assert.equal(JSON.stringify(run.outputs).includes(TOKEN), false);
    assert.equal(run.summary.includes(TOKEN), false);
    // Sent only as the Authorization header.
    assert.ok(run.fake.every((r) => !r.url.includes(TOKEN)));
  });
});

describe('a pull request of 100,000 files', () => {
  let big: GitRepo;
  let workspace: string;
  const N = 100_000;
  const trainingFiles = 1_000;

  before(() => {
    big = GitRepo.create('gate-big-');
    const base = big.commit({ 'README.md': '# big\n' }, 'initial');
    // One fast-import stream: a commit adding N files that share one blob.
    const lines = [
      'blob',
      'mark :1',
      'data 2',
      'x',
      '',
      'commit refs/heads/big',
      'committer T <t@example.com> 1700000000 +0000',
      'data 4',
      'big',
      `from ${base}`,
    ];
    for (let i = 0; i < N; i++) {
      const path =
        i < trainingFiles
          ? `src/training/module-${i}.py`
          : `docs/pages/page-${String(i).padStart(6, '0')}.md`;
      lines.push(`M 100644 :1 ${path}`);
    }
    execFileSync('git', ['fast-import', '--quiet'], {
      cwd: big.dir,
      input: `${lines.join('\n')}\n`,
      env: GIT_ENV,
    });
    sha.bigBase = base;
    sha.bigHead = big.revParse('refs/heads/big');
    workspace = mkdtempSync(join(tmpdir(), 'gate-big-checkout-'));
    cleanup.push(workspace);
    execFileSync('git', ['clone', '-q', '--no-checkout', big.dir, workspace], { env: GIT_ENV });
  });

  after(() => big?.remove());

  test('git sees every file; outputs stay under 1 MB, the summary under 1 MiB, the full lists in the file', async () => {
    const run = await gate(
      {
        eventName: 'pull_request',
        payload: pr(4, sha.bigBase!, sha.bigHead!, N),
        inputs: {
          filters: "training:\n  - 'src/training/**'\ndocs:\n  - 'docs/**'\n",
          'list-files': 'json',
        },
        workspace,
      },
      big,
    );
    assert.equal(run.code, 0, run.stdout.slice(-2000) + run.stderr);
    assert.equal(run.outputs['diff-source'], 'git');
    assert.equal(run.outputs.complete, 'true');
    assert.equal(run.outputs['changed-count'], String(N));
    assert.equal(run.outputs.training_count, String(trainingFiles));
    assert.equal(run.outputs.docs_count, String(N - trainingFiles));
    assert.equal(run.outputs['should-train'], 'true');

    const outputBytes = Object.entries(run.outputs).reduce(
      (n, [k, v]) => n + Buffer.byteLength(k) + Buffer.byteLength(v),
      0,
    );
    assert.ok(outputBytes < 1_000_000, `outputs total ${outputBytes} bytes`);
    const docs = JSON.parse(run.outputs.docs_files ?? '') as string[];
    assert.ok(docs.length < N - trainingFiles, 'the docs list was cut');
    assert.match(docs.at(-1) ?? '', /^\.\.\/ml-change-gate: \d+ more files not listed/);
    assert.ok(run.warnings.some((w) => w.includes('docs_files')));

    assert.ok(
      Buffer.byteLength(run.summary) < 1024 * 1024,
      `summary ${Buffer.byteLength(run.summary)} bytes`,
    );
    const full = JSON.parse(readFileSync(run.outputs['files-json-path'] ?? '', 'utf8')) as {
      changed: string[];
      filters: Record<string, string[]>;
    };
    assert.equal(full.changed.length, N);
    assert.equal(full.filters.docs?.length, N - trainingFiles);
    assert.equal(full.filters.training?.length, trainingFiles);
    assert.equal(
      run.fake.length,
      0,
      'no API request: the pull request is too large for the files APIs',
    );
  });
});
