import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { ofKind, rejectionOf } from '../helpers/expect.js';
import { createGitHubApi, GitHubApiError } from '../../src/github/index.js';
import { startFakeGitHub, type FakeGitHub } from '../helpers/fake-github.js';
import { buildModels, recorder, testClient, TOKEN } from '../helpers/github-client.js';
import { GitRepo } from '../helpers/git-repo.js';

function failure(promise: Promise<unknown>): Promise<GitHubApiError> {
  return rejectionOf(promise, GitHubApiError);
}

describe('the content calls against a fake GitHub built on a real repository', () => {
  let repo: GitRepo;
  let fake: FakeGitHub;
  let sha: Record<string, string> = {};
  const rec = recorder();

  beforeAll(async () => {
    repo = GitRepo.create();
    sha = buildModels(repo);
    fake = await startFakeGitHub({ repo, owner: 'acme', name: 'models', token: TOKEN });
  });

  afterAll(async () => {
    await fake.close();
    repo.remove();
  });

  beforeEach(() => {
    fake.clearFaults();
    fake.resetRequests();
  });

  it('reads a file at a ref through the contents API', async () => {
    const client = testClient(fake, rec);
    expect(await client.fileText('src/training/model.py', 'feature')).toBe('model = "ünïcode"\n');
    expect(await client.fileText('docs/guide.md', sha.root ?? '')).toBe('guide\n');
    const missing = ofKind(
      await failure(client.fileText('config/filters.yaml', 'main')),
      'not-found',
    );
    expect(missing.message).toMatch(/config\/filters\.yaml/);
    expect(missing.message).toMatch(/main/);
    const folder = await failure(client.fileText('src/training', 'main'));
    expect(folder.message).toMatch(/folder/);
  });

  it('asks for the raw file, at the ref, without a leading slash', async () => {
    const client = testClient(fake, rec);
    expect(await client.fileText('/README.md', sha.root ?? '')).toBe('models\n');
    expect(fake.requests.map((r) => [r.path, r.query.ref])).toStrictEqual([
      ['/repos/acme/models/contents/README.md', sha.root],
    ]);
    expect(fake.requests[0]?.headers.accept).toMatch(/raw/);
  });

  it('reads the default branch', async () => {
    const other = await startFakeGitHub({ repo, defaultBranch: 'develop' });
    try {
      const client = createGitHubApi({
        token: TOKEN,
        owner: 'acme',
        repo: 'models',
        baseUrl: other.url,
      });
      expect(await client.defaultBranch()).toBe('develop');
    } finally {
      await other.close();
    }
  });
});
