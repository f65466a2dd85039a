/**
 * End to end, the gate in front of untrusted pull requests: hostile file
 * names, a pull request that rewrites its own filters, the token under step
 * debug logging, and a change of 100,000 files against GitHub's output limits.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GitRepo, GIT_ENV } from '../helpers/git-repo.js';
import { makeCheckout } from '../helpers/checkout.js';
import { startFakeGitHub, type FakeGitHub } from '../helpers/fake-github.js';
import { pullRequestEvent } from '../helpers/events.js';
import { runAction, type ActionRun, type RunOptions } from '../helpers/run-action.js';

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
  expect(out.status).toBe(0);
  return out.stdout.split('\0').slice(0, -1);
}

beforeAll(() => {
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

afterAll(() => {
  repo?.remove();
  for (const dir of cleanup) rmSync(dir, { recursive: true, force: true });
});

describe('untrusted pull requests', () => {
  test.concurrent.each(['shell', 'escape'] as const)(
    'hostile file names come back exactly from the %s list, evaluated by bash',
    async (format) => {
      const run = await gate({
        eventName: 'pull_request',
        payload: pr(1, sha.base!, sha.hostile!),
        inputs: { 'list-files': format },
      });
      expect(run.code).toBe(0);
      expect(run.outputs.training_count).toBe(String(HOSTILE.length));
      expect(bashWords(run.outputs.training_files ?? '').sort()).toStrictEqual([...HOSTILE].sort());
    },
  );

  test.concurrent('hostile file names come back exactly from json and csv', async () => {
    const json = await gate({
      eventName: 'pull_request',
      payload: pr(1, sha.base!, sha.hostile!),
      inputs: { 'list-files': 'json' },
    });
    expect((JSON.parse(json.outputs.training_files ?? '') as string[]).sort()).toStrictEqual(
      [...HOSTILE].sort(),
    );
    const csv = await gate({
      eventName: 'pull_request',
      payload: pr(1, sha.base!, sha.hostile!),
      inputs: { 'list-files': 'csv' },
    });
    // The names with a comma, a quote or a line break are quoted, the quote doubled.
    expect(csv.outputs.training_files).toContain('"src/training/it\'s ""quoted"".py"');
    expect(csv.outputs.training_files).toContain('"src/training/new\nline.py"');
  });

  test.concurrent(
    'the summary shows hostile names as text: no HTML, links, images or broken tables',
    async () => {
      const run = await gate({
        eventName: 'pull_request',
        payload: pr(1, sha.base!, sha.hostile!),
      });
      const summary = run.summary;
      expect(summary.includes('<img')).toBe(false);
      expect(summary.includes('](')).toBe(false);
      expect(summary.includes('![')).toBe(false);
      expect(/`id`/.test(summary)).toBe(false);
      for (const row of summary.split('\n').filter((l) => l.startsWith('|'))) {
        expect(row.split('|').length).toBe(5);
      }
      // The reason is one line even with a newline in a file name.
      expect(run.outputs.reason?.includes('\n')).toBe(false);
    },
  );

  test.concurrent(
    'under pull_request and pull_request_target the filters come from the base, even with the pull request checked out',
    async () => {
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
      expect(target.code).toBe(0);
      // the base filters still see the training change
      expect(target.outputs['should-train']).toBe('true');
      expect(
        target.fake.some((r) => r.path.includes('/contents/') && r.query.ref === sha.base),
      ).toBeTruthy();
      // The same checkout under pull_request: the file is read from the base with git, not from
      // the pull request's checkout, and the log says so.
      const plain = await gate({
        eventName: 'pull_request',
        payload: pr(2, sha.base!, sha.loosen!),
        inputs,
        workspace,
      });
      expect(plain.code).toBe(0);
      expect(plain.outputs['should-train']).toBe('true');
      expect(plain.stdout).toContain(
        `Filters read from .github/filters.yml at ${sha.base} (the pull request's base: a pull request cannot change its own gate) with git.`,
      );
      expect(plain.fake.some((r) => r.path.includes('/contents/'))).toBe(false);
    },
  );

  test.concurrent(
    'the token appears in no log line, output or summary, also with step debug logging',
    async () => {
      const run = await gate({
        eventName: 'pull_request',
        payload: pr(3, sha.base!, sha.hostile!),
        inputs: { 'list-files': 'json' },
        env: { RUNNER_DEBUG: '1', ACTIONS_STEP_DEBUG: 'true' },
      });
      expect(run.code).toBe(0);
      // every request is logged at debug level
      expect(run.stdout).toMatch(
        /::debug::GitHub API answered 200 to GET \/repos\/acme\/models\/compare\//,
      );
      const lines = `${run.stdout}\n${run.stderr}`.split('\n');
      expect(lines.filter((l) => l.includes(TOKEN) && !l.startsWith('::add-mask::'))).toStrictEqual(
        [],
      );
      expect(JSON.stringify(run.outputs).includes(TOKEN)).toBe(false);
      expect(run.summary.includes(TOKEN)).toBe(false);
      // Sent only as the Authorization header.
      expect(run.fake.every((r) => !r.url.includes(TOKEN))).toBeTruthy();
    },
  );
});

describe('a pull request of 100,000 files', () => {
  let big: GitRepo;
  let workspace: string;
  const N = 100_000;
  const trainingFiles = 1_000;

  beforeAll(() => {
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

  afterAll(() => big?.remove());

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
    expect(run.code).toBe(0);
    expect(run.outputs['diff-source']).toBe('git');
    expect(run.outputs.complete).toBe('true');
    expect(run.outputs['changed-count']).toBe(String(N));
    expect(run.outputs.training_count).toBe(String(trainingFiles));
    expect(run.outputs.docs_count).toBe(String(N - trainingFiles));
    expect(run.outputs['should-train']).toBe('true');

    const outputBytes = Object.entries(run.outputs).reduce(
      (n, [k, v]) => n + Buffer.byteLength(k) + Buffer.byteLength(v),
      0,
    );
    expect(outputBytes).toBeLessThan(1_000_000);
    const docs = JSON.parse(run.outputs.docs_files ?? '') as string[];
    // the docs list was cut
    expect(docs.length).toBeLessThan(N - trainingFiles);
    expect(docs.at(-1) ?? '').toMatch(/^\.\.\/ml-change-gate: \d+ more files not listed/);
    expect(run.warnings.some((w) => w.includes('docs_files'))).toBeTruthy();

    expect(Buffer.byteLength(run.summary)).toBeLessThan(1024 * 1024);
    const full = JSON.parse(readFileSync(run.outputs['files-json-path'] ?? '', 'utf8')) as {
      changed: string[];
      filters: Record<string, string[]>;
    };
    expect(full.changed.length).toBe(N);
    expect(full.filters.docs?.length).toBe(N - trainingFiles);
    expect(full.filters.training?.length).toBe(trainingFiles);
    // no API request: the pull request is too large for the files APIs
    expect(run.fake.length).toBe(0);
  });
});

describe("git never runs a program a checkout's files name", () => {
  // More files than the API lists: the gate goes straight to git in the checkout.
  const big = (): Record<string, unknown> => pr(9, sha.base!, sha.hostile!, 3001);
  const markers = (dir: string): string[] =>
    ['uploadpack', 'fsmonitor', 'ssh', 'hook'].map((m) => join(dir, `ran-${m}`));
  const hostileConfig = (dir: string, url: string): string =>
    [
      '[core]',
      '\trepositoryformatversion = 0',
      '\tbare = true',
      `\tfsmonitor = "touch ${join(dir, 'ran-fsmonitor')}"`,
      `\tsshCommand = "touch ${join(dir, 'ran-ssh')}; ssh"`,
      `\thooksPath = ${join(dir, 'hooks')}`,
      '[remote "origin"]',
      `\turl = ${url}`,
      `\tuploadpack = "touch ${join(dir, 'ran-uploadpack')}; git-upload-pack"`,
      '',
    ].join('\n');
  const hooks = (dir: string): void => {
    mkdirSync(join(dir, 'hooks'), { recursive: true });
    for (const hook of ['reference-transaction', 'post-checkout', 'pre-auto-gc']) {
      writeFileSync(join(dir, 'hooks', hook), `#!/bin/sh\ntouch ${join(dir, 'ran-hook')}\n`, {
        mode: 0o755,
      });
    }
  };

  test.concurrent(
    'a folder of the pull request that holds git files (HEAD, config, objects/, refs/) is not used as a repository',
    async () => {
      const ws = makeCheckout(repo, sha.hostile!);
      const marks = mkdtempSync(join(tmpdir(), 'gate-marks-'));
      cleanup.push(marks);
      try {
        const evil = join(ws.dir, 'evil');
        for (const sub of ['objects/info', 'objects/pack', 'refs/heads', 'refs/tags']) {
          mkdirSync(join(evil, sub), { recursive: true });
        }
        writeFileSync(join(evil, 'HEAD'), 'ref: refs/heads/main\n');
        writeFileSync(join(evil, 'config'), hostileConfig(marks, ws.remoteUrl));
        hooks(marks);
        const run = await gate({
          eventName: 'pull_request_target',
          payload: big(),
          inputs: { 'working-directory': 'evil' },
          workspace: ws.dir,
        });
        expect(run.code).toBe(0);
        expect(run.stdout).toMatch(/is not the top level of a git checkout \(it has no \.git\)/);
        expect(run.outputs['diff-source']).not.toBe('git');
        expect(markers(marks).filter((m) => existsSync(m))).toStrictEqual([]);
      } finally {
        ws.remove();
      }
    },
  );

  test.concurrent(
    "the checkout's own config cannot make git run a program while it fetches and lists the change",
    async () => {
      const ws = makeCheckout(repo, sha.hostile!);
      const marks = mkdtempSync(join(tmpdir(), 'gate-marks-'));
      cleanup.push(marks);
      try {
        hooks(marks);
        const set = (key: string, value: string): void => {
          execFileSync('git', ['config', key, value], { cwd: ws.dir, env: GIT_ENV });
        };
        set('core.fsmonitor', `touch ${join(marks, 'ran-fsmonitor')}`);
        set('core.sshCommand', `touch ${join(marks, 'ran-ssh')}; ssh`);
        set('core.hooksPath', join(marks, 'hooks'));
        set('remote.origin.uploadpack', `touch ${join(marks, 'ran-uploadpack')}; git-upload-pack`);
        expect(ws.has(sha.base!)).toBe(false);
        const run = await gate({ eventName: 'pull_request', payload: big(), workspace: ws.dir });
        expect(run.code).toBe(0);
        // the base was fetched, and git listed the change
        expect(run.outputs['diff-source']).toBe('git');
        expect(run.outputs.complete).toBe('true');
        expect(markers(marks).filter((m) => existsSync(m))).toStrictEqual([]);
      } finally {
        ws.remove();
      }
    },
  );
});
