/**
 * End to end, the run's budget of API requests (max-api-requests): a change
 * too large for it is listed with git when there is a checkout, and is
 * otherwise not seen whole (on-error decides), never more requests than the
 * budget allows.
 */
import { afterAll, beforeAll, expect, test } from '@jest/globals';
import { makeCheckout } from '../helpers/checkout.js';
import { pullRequestEvent } from '../helpers/events.js';
import { startFakeGitHub, type FakeGitHub } from '../helpers/fake-github.js';
import { GitRepo } from '../helpers/git-repo.js';
import { runAction, type ActionRun, type RunOptions } from '../helpers/run-action.js';

const TOKEN = 'test-token-0123456789';
const FILES = 1200;

let repo: GitRepo;
const sha: Record<string, string> = {};

beforeAll(() => {
  repo = GitRepo.create('gate-e2e-budget-');
  sha.base = repo.commit({ 'src/training/train.py': 'v1\n' }, 'initial');
  const files: Record<string, string> = {};
  for (let i = 0; i < FILES; i++)
    files[`data/raw/part-${String(i).padStart(4, '0')}.csv`] = `${i}\n`;
  sha.head = repo.commitMany(files, 'a large data drop');
});

afterAll(() => repo?.remove());

async function gate(
  inputs: Record<string, string>,
  extra: Partial<RunOptions> = {},
): Promise<ActionRun & { requests: FakeGitHub['requests'] }> {
  const fake = await startFakeGitHub({
    repo,
    token: TOKEN,
    pulls: { 8: { base: sha.base!, head: sha.head! } },
  });
  try {
    const run = await runAction({
      eventName: 'pull_request',
      payload: pullRequestEvent({
        number: 8,
        base: sha.base!,
        head: sha.head!,
        changedFiles: FILES,
      }),
      apiUrl: fake.url,
      sha: 'f'.repeat(40),
      ...extra,
      inputs: { token: TOKEN, filters: "data:\n  - 'data/**'\n", ...inputs },
    });
    return { ...run, requests: [...fake.requests] };
  } finally {
    await fake.close();
  }
}

test.concurrent('without a checkout, past the budget the change is not seen whole', async () => {
  const run = await gate({ 'max-api-requests': '10', 'on-error': 'skip' });
  expect(run.code).toBe(0);
  expect(run.requests.length).toBeLessThanOrEqual(10);
  expect(run.outputs.complete).toBe('false');
  expect(run.outputs.reason).toMatch(/budget of 10 GitHub API requests \(input max-api-requests\)/);
  expect(run.outputs['should-train']).toBe('false');
});

test.concurrent('with on-error fail, past the budget the step fails saying why', async () => {
  const run = await gate({ 'max-api-requests': '10', 'on-error': 'fail' });
  expect(run.code).not.toBe(0);
  expect(run.errors.join('\n')).toMatch(/max-api-requests/);
  expect(run.requests.length).toBeLessThanOrEqual(10);
});

test.concurrent('with a checkout, past the budget git lists the change', async () => {
  const ws = makeCheckout(repo, sha.head!, { depth: 0 });
  try {
    const run = await gate({ 'max-api-requests': '10' }, { workspace: ws.dir });
    expect(run.code).toBe(0);
    expect(run.requests.length).toBeLessThanOrEqual(10);
    expect(run.outputs['diff-source']).toBe('git');
    expect(run.outputs.complete).toBe('true');
    expect(run.outputs.data_count).toBe(String(FILES));
  } finally {
    ws.remove();
  }
});

test.concurrent('within the default budget the API lists it all', async () => {
  const run = await gate({});
  expect(run.outputs['diff-source']).toBe('pull-files');
  expect(run.outputs.complete).toBe('true');
  expect(run.requests.length).toBeLessThanOrEqual(400);
});

test.concurrent('a budget out of range is an input error', async () => {
  const run = await gate({ 'max-api-requests': '1e9' });
  expect(run.code).not.toBe(0);
  expect(run.errors[0]).toMatch(
    /Input max-api-requests is "1e9"; it must be a whole number from 10 to 5000/,
  );
  expect(run.requests).toHaveLength(0);
});
