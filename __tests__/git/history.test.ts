import { describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { GitError, UnknownRefError } from '../../src/git/errors.js';
import { readFirstParentLog } from '../../src/git/history.js';
import { cloneOf, newRepo, options, setUpGitTests, sorted } from '../helpers/git-fixtures.js';
import { GIT_ENV, type GitRepo } from '../helpers/git-repo.js';

setUpGitTests();

describe('readFirstParentLog', () => {
  function mergeAt(repo: GitRepo, branch: string, message: string, date: string): string {
    execFileSync('git', ['merge', '-q', '--no-ff', '-m', message, branch], {
      cwd: repo.dir,
      env: { ...GIT_ENV, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date },
    });
    return repo.head();
  }

  it('lists first-parent commits, merges diffed against their first parent, renames detected', async () => {
    const repo = newRepo();
    const root = repo.commit(
      { 'src/training/utils.py': 'def helper():\n    return 1\n'.repeat(20), 'README.md': 'r\n' },
      'root',
      '2025-03-01T10:00:00Z',
    );
    repo.checkout('move', true);
    repo.rename('src/training/utils.py', 'src/common/utils.py');
    repo.commit({ 'docs/move.md': 'moved\n' }, 'note the move');
    repo.checkout('main');
    const push = repo.commit({ 'config/training.yaml': 'lr: 1\n' }, 'tune', '2025-03-02T10:00:00Z');
    const merge = mergeAt(
      repo,
      'move',
      'Merge pull request #5 from acme/move\n\nMove helpers',
      '2025-03-03T10:00:00Z',
    );

    const log = await readFirstParentLog(options(repo.dir), { ref: 'main' });
    expect(log.tip).toBe(merge);
    expect(log.shallow).toBe(false);
    expect(log.renamesSkipped).toBe(false);
    expect(
      log.commits.map((c) => [c.sha, c.parents.length, c.subject, c.description, c.date]),
    ).toStrictEqual(
      [
        [merge, 2, 'Merge pull request #5 from acme/move', 'Move helpers', '2025-03-03T10:00:00Z'],
        [push, 1, 'tune', '', '2025-03-02T10:00:00Z'],
        [root, 0, 'root', '', '2025-03-01T10:00:00Z'],
      ].map(([sha, n, s, d, date]) => [sha, n, s, d, String(date).replace('Z', '+00:00')]),
    );
    // The merge brings the branch's changes only, not main's own tune commit.
    expect(sorted(log.commits[0]?.files ?? [])).toStrictEqual([
      { filename: 'docs/move.md', status: 'added' },
      {
        filename: 'src/common/utils.py',
        status: 'renamed',
        previousFilename: 'src/training/utils.py',
      },
    ]);
    expect(log.commits[2]?.files).toStrictEqual([
      { filename: 'README.md', status: 'added' },
      { filename: 'src/training/utils.py', status: 'added' },
    ]);
  });

  it('reads the window asked for: the last N, or since a time, one git log for all of it', async () => {
    const repo = newRepo();
    const shas: string[] = [];
    for (let day = 1; day <= 6; day++) {
      shas.push(repo.commit({ 'a.txt': `${day}\n` }, `day ${day}`, `2025-03-0${day}T12:00:00Z`));
    }
    const opts = options(repo.dir);
    const last = await readFirstParentLog(opts, { ref: 'main', maxCount: 2 });
    expect(last.commits.map((c) => c.sha)).toStrictEqual([shas[5], shas[4]]);
    const since = await readFirstParentLog(opts, {
      ref: 'main',
      since: new Date('2025-03-04T12:00:00Z'),
    });
    expect(since.commits.map((c) => c.subject)).toStrictEqual(['day 6', 'day 5', 'day 4']);
    const more = await readFirstParentLog(opts, { ref: 'main', maxCount: 1000 });
    expect(more.commits.length).toBe(6);
    const logs = opts.seen.debug.filter((m) => m.startsWith('git log '));
    expect(logs.length).toBe(3);
    let reported = 0;
    await readFirstParentLog(opts, { ref: 'main', onProgress: (n) => (reported = n) });
    expect(reported).toBe(6);
  });

  it('stops at the edge of a shallow clone instead of counting its cut-off commit as new', async () => {
    const origin = newRepo();
    for (let i = 0; i < 5; i++) origin.commit({ 'src/training/t.py': `${i}\n` }, `c${i}`);
    const dir = cloneOf(origin, ['--depth=3']);
    const log = await readFirstParentLog(options(dir), { ref: 'HEAD' });
    expect(log.shallow).toBe(true);
    expect(log.commits.map((c) => c.subject)).toStrictEqual(['c4', 'c3']);
  });

  it('fails with UnknownRefError for a ref the repository lacks, and refuses option-like refs', async () => {
    const repo = newRepo();
    repo.commit({ 'a.txt': '1\n' });
    await expect(readFirstParentLog(options(repo.dir), { ref: 'nope' })).rejects.toThrow(
      UnknownRefError,
    );
    await expect(readFirstParentLog(options(repo.dir), { ref: '--all' })).rejects.toThrow(GitError);
  });
});
