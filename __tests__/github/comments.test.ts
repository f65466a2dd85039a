import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { ofKind, rejectionOf } from '../helpers/expect.js';
import {
  GitHubApiError,
  type GitHubApi,
  type IssueComment,
  type RetrySettings,
} from '../../src/github/index.js';
import {
  secondaryRateLimit,
  serverError,
  startFakeGitHub,
  type FakeGitHub,
} from '../helpers/fake-github.js';
import { recorder, testClient, TOKEN } from '../helpers/github-client.js';
import { GitRepo } from '../helpers/git-repo.js';

describe('the comment calls against a fake GitHub', () => {
  let repo: GitRepo;
  let fake: FakeGitHub;
  const rec = recorder();
  const client = (retry: RetrySettings = {}): GitHubApi => testClient(fake, rec, retry);

  beforeAll(async () => {
    repo = GitRepo.create();
    repo.commit({ 'a.txt': 'a\n' }, 'root');
    fake = await startFakeGitHub({
      repo,
      owner: 'acme',
      name: 'models',
      token: TOKEN,
      pulls: { 7: { base: 'main', head: 'main' }, 8: { base: 'main', head: 'main' } },
    });
  });

  afterAll(async () => {
    await fake.close();
    repo.remove();
  });

  beforeEach(() => {
    fake.clearFaults();
    fake.resetRequests();
    rec.clearWaits();
  });

  describe('comments', () => {
    const ours = (c: IssueComment): boolean => c.body.startsWith('<!-- ours -->');

    it('creates the comment once, then updates it in place', async () => {
      const api = client();
      const first = ofKind(await api.upsertComment(7, '<!-- ours -->\nfirst', ours), 'created');
      const second = ofKind(await api.upsertComment(7, '<!-- ours -->\nsecond', ours), 'updated');
      expect(second.comment.id).toBe(first.comment.id);
      expect((await api.upsertComment(7, '<!-- ours -->\nsecond', ours)).kind).toBe('unchanged');
      expect(fake.comments(7).map((c) => [c.body, c.user])).toStrictEqual([
        ['<!-- ours -->\nsecond', 'github-actions[bot]'],
      ]);
      expect(fake.requests.map((r) => r.method)).toStrictEqual([
        'GET',
        'POST',
        'GET',
        'PATCH',
        'GET',
      ]);
      expect(fake.requests.find((r) => r.method === 'PATCH')?.path).toBe(
        `/repos/acme/models/issues/comments/${first.comment.id}`,
      );
      expect(first.comment.htmlUrl).toMatch(/\/pull\/7#issuecomment-\d+$/);
    });

    it('finds its comment on a later page and leaves the others alone', async () => {
      for (let i = 0; i < 150; i++) fake.addComment(8, `review ${i}`, 'reviewer');
      fake.addComment(8, '<!-- ours -->\nold', 'github-actions[bot]');
      fake.resetRequests();
      expect((await client().upsertComment(8, '<!-- ours -->\nnew', ours)).kind).toBe('updated');
      const gets = fake.requests.filter((r) => r.method === 'GET');
      expect(gets.map((r) => [r.query.page, r.query.per_page])).toStrictEqual([
        ['1', '100'],
        ['2', '100'],
      ]);
      const all = fake.comments(8);
      expect(all.length).toBe(151);
      expect(all.filter((c) => c.body.startsWith('review ')).length).toBe(150);
      expect(all.at(-1)?.body).toBe('<!-- ours -->\nnew');
    });

    it('a 403 on writing is the answer "cannot-write", explaining forks and the permission', async () => {
      fake.forbid({ path: fake.repoPath('issues/'), method: 'POST' });
      fake.forbid({ path: fake.repoPath('issues/'), method: 'PATCH' });
      const result = ofKind(
        await client().upsertComment(7, '<!-- ours -->\nx', ours),
        'cannot-write',
      );
      expect(result.status).toBe(403);
      expect(result.message).toMatch(/pull-requests: write/);
      expect(result.message).toMatch(/fork/);
      // the comment made by the first test is there; its update is refused once, not retried
      expect(fake.requests.filter((r) => r.method === 'PATCH').length).toBe(1);
      expect(fake.comments(7).at(0)?.body).toBe('<!-- ours -->\nsecond');
      expect(
        (
          await client().upsertComment(7, '<!-- another gate -->\nx', (c) =>
            c.body.startsWith('<!-- another gate -->'),
          )
        ).kind,
      ).toBe('cannot-write');
      // not retried
      expect(fake.requests.filter((r) => r.method === 'POST').length).toBe(1);
    });

    it('never posts a comment twice: a failed POST is not retried', async () => {
      fake.fail({ ...serverError(502), method: 'POST', times: 1 });
      const before = fake.comments(7).length;
      await expectFailure(client({ retries: 3 }).createIssueComment(7, 'hello'));
      expect(fake.requests.filter((r) => r.method === 'POST').length).toBe(1);
      expect(fake.comments(7).length).toBe(before);
      expect(rec.waits).toStrictEqual([]);
    });

    it('nor after a rate limit', async () => {
      fake.fail({ ...secondaryRateLimit(1), method: 'POST', times: 1 });
      const before = fake.comments(7).length;
      const err = await expectFailure(client().createIssueComment(7, 'hello'));
      expect(err.kind).toBe('rate-limited');
      expect(err.message).toMatch(/not retried: a write is never retried/);
      expect(fake.requests.filter((r) => r.method === 'POST').length).toBe(1);
      expect(fake.comments(7).length).toBe(before);
      expect(rec.waits).toStrictEqual([]);
    });

    it('an update is retried like any read', async () => {
      const created = await client().createIssueComment(7, 'three');
      fake.resetRequests();
      fake.fail({ ...serverError(502), method: 'PATCH', times: 1 });
      expect((await client().updateIssueComment(created.id, 'four')).body).toBe('four');
      expect(fake.requests.map((r) => [r.method, r.status])).toStrictEqual([
        ['PATCH', 502],
        ['PATCH', 200],
      ]);
      expect(rec.waits).toStrictEqual([1000]);
    });

    it('an update is sent as JSON with the new body', async () => {
      const created = await client().createIssueComment(7, 'one');
      const updated = await client().updateIssueComment(created.id, 'two');
      expect(updated.body).toBe('two');
      const patch = fake.requests.find((r) => r.method === 'PATCH');
      expect(JSON.parse(patch?.body ?? '{}')).toStrictEqual({ body: 'two' });
      expect(fake.comments(7).find((c) => c.id === created.id)?.body).toBe('two');
    });
  });

  function expectFailure(promise: Promise<unknown>): Promise<GitHubApiError> {
    return rejectionOf(promise, GitHubApiError);
  }
});
