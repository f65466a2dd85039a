import { describe, expect, it, test } from '@jest/globals';
import { thrownBy } from '../helpers/expect.js';
import { GitHubApiError } from '../../src/github/errors.js';
import {
  hasNextPage,
  isFullSha,
  mapComment,
  mapFiles,
  mapJobs,
  parentsOf,
} from '../../src/github/map.js';

const ACTION = 'comparing main...feature in acme/models';

function badResponse(run: () => unknown): GitHubApiError {
  const err = thrownBy(run, GitHubApiError);
  expect(err.kind).toBe('bad-response');
  return err;
}

describe('mapFiles', () => {
  test.each([
    ['added', 'added'],
    ['removed', 'deleted'],
    ['modified', 'modified'],
    ['renamed', 'renamed'],
    ['copied', 'copied'],
    ['changed', 'changed'],
  ])("GitHub's %s is %s", (apiStatus, status) => {
    expect(
      mapFiles([{ filename: 'a.py', status: apiStatus }], ACTION, () => undefined),
    ).toStrictEqual([{ filename: 'a.py', status }]);
  });

  it('keeps the previous name of a renamed or copied file only', () => {
    const files = mapFiles(
      [
        { filename: 'b.py', status: 'renamed', previous_filename: 'a.py' },
        { filename: 'c.py', status: 'copied', previous_filename: 'a.py' },
        { filename: 'd.py', status: 'modified', previous_filename: 'x.py' },
      ],
      ACTION,
      () => undefined,
    );
    expect(files).toStrictEqual([
      { filename: 'b.py', status: 'renamed', previousFilename: 'a.py' },
      { filename: 'c.py', status: 'copied', previousFilename: 'a.py' },
      { filename: 'd.py', status: 'modified' },
    ]);
  });

  it('counts a status it does not know as modified, and says so', () => {
    const notes: string[] = [];
    expect(
      mapFiles([{ filename: 'a.py', status: 'merged' }], ACTION, (m) => notes.push(m)),
    ).toStrictEqual([{ filename: 'a.py', status: 'modified' }]);
    expect(notes).toStrictEqual(['GitHub listed a.py with status "merged"; counted as modified.']);
  });

  test.each([
    ['no list', { files: [] }, 'the list of files is missing'],
    ['an entry that is not an object', ['a.py'], 'a file entry is not an object'],
    ['an entry without a status', [{ filename: 'a.py' }], 'a file entry has no filename or status'],
  ])('%s is a bad response', (_, value, what) => {
    const err = badResponse(() => mapFiles(value, ACTION, () => undefined));
    expect(err.message).toBe(`The GitHub API gave an unexpected answer while ${ACTION}: ${what}.`);
  });
});

describe('mapJobs', () => {
  it('keeps the name, status, conclusion and the times that are there', () => {
    expect(
      mapJobs(
        {
          jobs: [
            {
              name: 'train',
              status: 'completed',
              conclusion: 'success',
              started_at: 'a',
              completed_at: 'b',
              id: 1,
            },
            { name: 'gate', status: 'in_progress', conclusion: null },
          ],
        },
        ACTION,
      ),
    ).toStrictEqual([
      {
        name: 'train',
        status: 'completed',
        conclusion: 'success',
        startedAt: 'a',
        completedAt: 'b',
      },
      { name: 'gate', status: 'in_progress', conclusion: null },
    ]);
  });

  test.each([
    [[], 'the list of jobs is missing'],
    [{ jobs: [1] }, 'a job is not an object'],
    [{ jobs: [{ name: 'train' }] }, 'a job has no name or status'],
  ])('%j is a bad response', (value, what) => {
    expect(badResponse(() => mapJobs(value, ACTION)).message).toMatch(what);
  });
});

describe('mapComment', () => {
  it('keeps the id, body, author and address', () => {
    expect(
      mapComment(
        { id: 7, body: 'hi', user: { login: 'octocat' }, html_url: 'https://github.com/x#c7' },
        ACTION,
      ),
    ).toStrictEqual({ id: 7, body: 'hi', user: 'octocat', htmlUrl: 'https://github.com/x#c7' });
    expect(mapComment({ id: 8 }, ACTION)).toStrictEqual({ id: 8, body: '', user: '', htmlUrl: '' });
  });

  test.each([[null], ['7'], [{ body: 'no id' }]])('%j is a bad response', (value) => {
    badResponse(() => mapComment(value, ACTION));
  });
});

describe('small readers', () => {
  test.each([
    [
      '<https://api.github.com/x?page=2>; rel="next", <https://api.github.com/x?page=3>; rel="last"',
      true,
    ],
    ['<https://api.github.com/x?page=1>; rel="prev"', false],
    [undefined, false],
  ])('the Link header %j names a next page: %s', (link, next) => {
    expect(hasNextPage(link)).toBe(next);
  });

  test.each([
    ['0123456789abcdef0123456789abcdef01234567', true],
    ['0123456789ABCDEF0123456789ABCDEF01234567', true],
    ['0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef', true],
    ['0123456', false],
    ['main', false],
  ])('%s is a full SHA: %s', (ref, full) => {
    expect(isFullSha(ref)).toBe(full);
  });

  it('reads the SHAs of the parents listed, and nothing else', () => {
    expect(parentsOf([{ sha: 'a' }, { url: 'x' }, { sha: 'b' }])).toStrictEqual(['a', 'b']);
    expect(parentsOf(undefined)).toStrictEqual([]);
  });
});
