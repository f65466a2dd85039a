import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  COMMENT_MAX_CHARS,
  startFakeGitHub,
  type FakeGitHub,
  type FakeWorkflowRun,
} from '../helpers/fake-github.js';
import { manyFiles } from '../helpers/github-client.js';
import { GitRepo } from '../helpers/git-repo.js';

describe('the fake GitHub', () => {
  let repo: GitRepo;
  let fake: FakeGitHub;

  beforeAll(async () => {
    repo = GitRepo.create();
    repo.commit({ 'a.txt': 'a\n' }, 'root');
    repo.checkout('topic', true);
    repo.commitMany(manyFiles('t', 250));
    for (let i = 0; i < 45; i++) repo.git('commit', '-q', '--allow-empty', '-m', `c${i}`);
    repo.checkout('main');
    fake = await startFakeGitHub({
      repo,
      owner: 'o',
      name: 'r',
      pulls: { 5: { base: 'main', head: 'topic' } },
    });
  });

  afterAll(async () => {
    await fake.close();
    repo.remove();
  });

  it('formats Link headers as GitHub does', async () => {
    const first = await fetch(`${fake.url}/repos/o/r/pulls/5/files?per_page=100`);
    expect(first.headers.get('link')).toBe(
      `<${fake.url}/repositories/1296269/pulls/5/files?per_page=100&page=2>; rel="next", ` +
        `<${fake.url}/repositories/1296269/pulls/5/files?per_page=100&page=3>; rel="last"`,
    );
    const body: unknown = await first.json();
    expect(Array.isArray(body) && body.length === 100).toBeTruthy();

    const middle = await fetch(
      `${fake.url}/repositories/1296269/pulls/5/files?per_page=100&page=2`,
    );
    expect(middle.headers.get('link')).toBe(
      `<${fake.url}/repositories/1296269/pulls/5/files?per_page=100&page=1>; rel="prev", ` +
        `<${fake.url}/repositories/1296269/pulls/5/files?per_page=100&page=3>; rel="next", ` +
        `<${fake.url}/repositories/1296269/pulls/5/files?per_page=100&page=3>; rel="last", ` +
        `<${fake.url}/repositories/1296269/pulls/5/files?per_page=100&page=1>; rel="first"`,
    );
    const last = await fetch(`${fake.url}/repos/o/r/pulls/5/files?per_page=100&page=3`);
    const lastBody: unknown = await last.json();
    expect(Array.isArray(lastBody) && lastBody.length === 50).toBeTruthy();
    expect(last.headers.get('link') ?? '').not.toMatch(/rel="next"/);
  });

  it('pages compare commits and lists files only on the first page', async () => {
    const page1: unknown = await (
      await fetch(`${fake.url}/repos/o/r/compare/main...topic?per_page=30`)
    ).json();
    const page2: unknown = await (
      await fetch(`${fake.url}/repos/o/r/compare/main...topic?per_page=30&page=2`)
    ).json();
    const unpaged: unknown = await (
      await fetch(`${fake.url}/repos/o/r/compare/main...topic`)
    ).json();
    const shape = (v: unknown): { commits: number; files: number | undefined; total: unknown } => {
      expect(v).toEqual(expect.objectContaining({ commits: expect.any(Array) }));
      const answer = v as { commits: unknown[]; files?: unknown; total_commits?: unknown };
      return {
        commits: answer.commits.length,
        files: Array.isArray(answer.files) ? answer.files.length : undefined,
        total: answer.total_commits,
      };
    };
    expect(shape(page1)).toStrictEqual({ commits: 30, files: 250, total: 46 });
    expect(shape(page2)).toStrictEqual({ commits: 16, files: undefined, total: 46 });
    expect(shape(unpaged)).toStrictEqual({ commits: 46, files: 250, total: 46 });
  });

  it('records requests and answers injected faults in order, then normally', async () => {
    fake.resetRequests();
    fake.fail({ status: 503, times: 2, path: '/repos/o/r/compare/' });
    const statuses: number[] = [];
    statuses.push((await fetch(`${fake.url}/repos/o/r`)).status);
    for (let i = 0; i < 3; i++) {
      statuses.push((await fetch(`${fake.url}/repos/o/r/compare/main...topic`)).status);
    }
    expect(statuses).toStrictEqual([200, 503, 503, 200]);
    expect(fake.requests.map((r) => r.faulted)).toStrictEqual([false, true, true, false]);
    expect(fake.pendingFaults()).toBe(0);
  });

  it('answers 404 for an unknown commit, another repository or an unknown route', async () => {
    for (const path of [
      '/repos/o/r/compare/main...ffffffffffffffffffffffffffffffffffffffff',
      '/repos/other/r/compare/main...topic',
      '/repos/o/r/nothing-here',
    ]) {
      const res = await fetch(`${fake.url}${path}`);
      expect(res.status).toBe(404);
      expect(((await res.json()) as { message: string }).message).toStrictEqual('Not Found');
    }
  });
});

describe('the fake GitHub: Actions and comments', () => {
  let repo: GitRepo;
  let fake: FakeGitHub;

  beforeAll(async () => {
    repo = GitRepo.create();
    repo.commit({ 'a.txt': 'a\n' }, 'root');
    const runs: FakeWorkflowRun[] = [];
    for (let id = 1; id <= 45; id++) {
      runs.push({
        id,
        workflowId: id % 3 === 0 ? 2 : 1,
        conclusion: id % 5 === 0 ? 'failure' : 'success',
        jobs: Array.from({ length: id === 1 ? 35 : 1 }, (_, i) => ({ name: `job ${i}` })),
      });
    }
    fake = await startFakeGitHub({
      repo,
      owner: 'o',
      name: 'r',
      runs,
      pulls: { 3: { base: 'main', head: 'main' } },
    });
  });

  afterAll(async () => {
    await fake.close();
    repo.remove();
  });

  it("lists a workflow's runs newest first, filtered by conclusion, with GitHub's paging", async () => {
    const res = await fetch(
      `${fake.url}/repos/o/r/actions/workflows/1/runs?status=success&per_page=10`,
    );
    const body = (await res.json()) as {
      total_count: number;
      workflow_runs: { id: number; conclusion: string; workflow_id: number; status: string }[];
    };
    const expected = Array.from({ length: 45 }, (_, i) => 45 - i).filter(
      (id) => id % 3 !== 0 && id % 5 !== 0,
    );
    expect(body.total_count).toBe(expected.length);
    expect(body.workflow_runs.map((r) => r.id)).toStrictEqual(expected.slice(0, 10));
    expect(
      body.workflow_runs.every((r) => r.workflow_id === 1 && r.status === 'completed'),
    ).toBeTruthy();
    expect(res.headers.get('link') ?? '').toMatch(
      /actions\/workflows\/1\/runs\?status=success&per_page=10&page=2>; rel="next"/,
    );
    const failures = (await (
      await fetch(`${fake.url}/repos/o/r/actions/workflows/1/runs?status=failure`)
    ).json()) as { workflow_runs: { conclusion: string }[] };
    expect(failures.workflow_runs.length).toBeGreaterThan(0);
    expect(failures.workflow_runs.every((r) => r.conclusion === 'failure')).toBeTruthy();
  });

  it('answers a run and pages its jobs (30 by default)', async () => {
    const run = (await (await fetch(`${fake.url}/repos/o/r/actions/runs/3`)).json()) as {
      workflow_id: number;
    };
    expect(run.workflow_id).toBe(2);
    const jobs = await fetch(`${fake.url}/repos/o/r/actions/runs/1/jobs`);
    const body = (await jobs.json()) as { total_count: number; jobs: { name: string }[] };
    expect(body.total_count).toBe(35);
    expect(body.jobs.length).toBe(30);
    expect(jobs.headers.get('link') ?? '').toMatch(/rel="next"/);
    expect((await fetch(`${fake.url}/repos/o/r/actions/runs/999`)).status).toBe(404);
  });

  it('keeps comments, refuses an empty or too long body, and 404s an unknown issue', async () => {
    const post = (issue: number, body: unknown): Promise<Response> =>
      fetch(`${fake.url}/repos/o/r/issues/${issue}/comments`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
    const created = await post(3, { body: 'hi' });
    expect(created.status).toBe(201);
    const json = (await created.json()) as { id: number; user: { login: string; type: string } };
    expect(json.user.login).toStrictEqual('github-actions[bot]');
    expect(json.user.type).toBe('Bot');
    expect((await post(3, {})).status).toBe(422);
    expect((await post(3, { body: 'x'.repeat(COMMENT_MAX_CHARS + 1) })).status).toBe(422);
    expect((await post(4, { body: 'hi' })).status).toBe(404);
    const patched = await fetch(`${fake.url}/repos/o/r/issues/comments/${json.id}`, {
      method: 'PATCH',
      body: JSON.stringify({ body: 'bye' }),
    });
    expect(patched.status).toBe(200);
    expect(fake.comments(3).map((c) => c.body)).toStrictEqual(['bye']);
  });
});
