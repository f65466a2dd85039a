/**
 * End to end, what the gate refuses before it looks at a change: bad inputs,
 * broken event files and payloads, each an error that names what is wrong,
 * with the token masked before anything else is printed.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { makeCheckout } from '../helpers/checkout.js';
import { GitRepo } from '../helpers/git-repo.js';
import { startFakeGitHub, type FakeGitHub } from '../helpers/fake-github.js';
import { pullRequestEvent } from '../helpers/events.js';
import { runAction, type ActionRun, type RunOptions } from '../helpers/run-action.js';

const TOKEN = 'ghs_inputChecksToken0123456789abcdef';
const FILTERS = "training:\n  - 'src/training/**'\n";

let repo: GitRepo;
const sha: Record<string, string> = {};

beforeAll(() => {
  repo = GitRepo.create('gate-e2e-inputs-');
  sha.base = repo.commit({ 'src/training/train.py': 'v1\n', 'README.md': 'r\n' }, 'initial');
  sha.head = repo.commit({ 'src/training/train.py': 'v2\n' }, 'training change');
});

afterAll(() => repo?.remove());

type Run = ActionRun & { requests: FakeGitHub['requests'] };

async function gate(
  opts: Partial<RunOptions> & Pick<RunOptions, 'eventName' | 'payload'>,
): Promise<Run> {
  const fake = await startFakeGitHub({ repo, token: TOKEN });
  try {
    const run = await runAction({
      apiUrl: fake.url,
      sha: sha.head!,
      ...opts,
      inputs: { token: TOKEN, filters: FILTERS, ...opts.inputs },
    });
    return { ...run, requests: [...fake.requests] };
  } finally {
    await fake.close();
  }
}

const pr = () => pullRequestEvent({ number: 4, base: sha.base!, head: sha.head! });

/** The step failed with exactly one error, and printed no stack trace. */
function failedWith(run: ActionRun, pattern: RegExp): void {
  expect(run.code).not.toBe(0);
  expect(run.errors).toHaveLength(1);
  expect(run.errors[0]).toMatch(pattern);
  expect(run.stdout + run.stderr).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
}

describe('the token', () => {
  test.concurrent('is masked before a bad input fails the step', async () => {
    const run = await gate({
      eventName: 'pull_request',
      payload: pr(),
      inputs: { 'gpu-count': 'lots', 'on-error': 'maybe' },
    });
    failedWith(run, /gpu-count|on-error/);
    const lines = run.stdout.split('\n');
    const mask = lines.indexOf(`::add-mask::${TOKEN}`);
    expect(mask).toBeGreaterThanOrEqual(0);
    expect(mask).toBeLessThan(lines.findIndex((l) => l.startsWith('::error::')));
    expect(run.requests).toHaveLength(0);
  });

  test.concurrent('is masked before a broken event file fails the step', async () => {
    const run = await gate({ eventName: 'pull_request', payload: {}, eventText: '{"number": 4,' });
    const lines = run.stdout.split('\n');
    expect(lines[0]).toBe(`::add-mask::${TOKEN}`);
  });
});

describe('the event file and payload', () => {
  test.concurrent('an event file that is not JSON is an error, not a stack trace', async () => {
    const run = await gate({ eventName: 'pull_request', payload: {}, eventText: '{"number": 4,' });
    failedWith(run, /GITHUB_EVENT_PATH .* is not JSON/);
    expect(run.requests).toHaveLength(0);
  });

  test.concurrent('an event file holding no object is an error', async () => {
    const run = await gate({ eventName: 'push', payload: {}, eventText: '[1, 2]' });
    failedWith(run, /GITHUB_EVENT_PATH .* holds an array; it must hold the event payload/);
  });

  test.concurrent(
    'a pull request payload without its number fails, and asks for nothing',
    async () => {
      const payload = pr() as { number?: number; pull_request: { number?: number } };
      delete payload.number;
      delete payload.pull_request.number;
      const run = await gate({ eventName: 'pull_request', payload, inputs: { comment: 'true' } });
      failedWith(run, /pull_request\.number is null; it must be the pull request's number/);
      expect(run.requests.filter((r) => r.path.includes('NaN'))).toStrictEqual([]);
      expect(run.requests).toHaveLength(0);
    },
  );

  test.concurrent('a head that is not a commit SHA fails, naming the field', async () => {
    const payload = pullRequestEvent({ number: 4, base: sha.base!, head: '--upload-pack=x' });
    const run = await gate({ eventName: 'pull_request', payload });
    failedWith(run, /pull_request\.head\.sha is "--upload-pack=x"; it must be a full commit SHA/);
    expect(run.requests).toHaveLength(0);
  });
});

describe('the base and ref inputs', () => {
  test.concurrent.each(['base', 'ref'])(
    'a %s that names no commit, branch or tag is an input error, not an incomplete change',
    async (input) => {
      const run = await gate({
        eventName: 'pull_request',
        payload: pr(),
        inputs: { [input]: 'mian' },
      });
      failedWith(
        run,
        new RegExp(
          `Input ${input} is "mian", which is no commit, branch or tag in acme/models; it must be a commit SHA, a branch or a tag name`,
        ),
      );
      expect(run.outputs['should-train']).toBeUndefined();
    },
  );

  test.concurrent('a base that names a branch is used', async () => {
    const run = await gate({ eventName: 'pull_request', payload: pr(), inputs: { base: 'main' } });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`Input base "main" is commit ${sha.head!.slice(0, 12)}.`);
  });
});

describe('a filters file in the checkout', () => {
  test.concurrent.each([
    ['is a symbolic link to a file outside the checkout', 'filters.yml', 'outside/secret.txt'],
    ['is under a symbolic link to a folder outside the checkout', 'conf/filters.yml', 'outside'],
  ])('that %s is refused without showing the target', async (_, path, target) => {
    const home = mkdtempSync(join(tmpdir(), 'gate-symlink-'));
    try {
      mkdirSync(join(home, 'outside'));
      writeFileSync(join(home, 'outside/secret.txt'), 'TOP-SECRET-VALUE ][ not yaml\n');
      writeFileSync(join(home, 'outside/filters.yml'), 'TOP-SECRET-VALUE ][ not yaml\n');
      const ws = makeCheckout(repo, sha.head!);
      try {
        if (path.includes('/')) symlinkSync(join(home, target), join(ws.dir, 'conf'));
        else symlinkSync(join(home, target), join(ws.dir, path));
        const run = await gate({
          eventName: 'push',
          payload: { before: sha.base, after: sha.head, ref: 'refs/heads/main' },
          inputs: { filters: path },
          workspace: ws.dir,
        });
        failedWith(run, /symbolic link .* outside the checkout/);
        expect(run.stdout + run.stderr).not.toContain('TOP-SECRET');
      } finally {
        ws.remove();
      }
    } finally {
      rmSync(home, { recursive: true, force: true });
    }
  });
});
