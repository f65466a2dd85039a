import { describe, expect, it } from '@jest/globals';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { GitError } from '../../src/git/errors.js';
import {
  currentBranch,
  defaultBranch,
  fileAt,
  isGitCheckout,
  parseRemoteUrl,
  remoteRepository,
  resolveLocalCommit,
} from '../../src/git/local.js';
import { rejectionOf } from '../helpers/expect.js';
import { cloneOf, newRepo, options, setUpGitTests, tempDir } from '../helpers/git-fixtures.js';

setUpGitTests();

describe('fileAt', () => {
  it('returns the exact content, for any file name', async () => {
    const repo = newRepo();
    const name = 'odd/-dash $(x) "q"\n.yaml';
    const first = repo.commit({ [name]: 'training:\n  - src/**\n', 'b.bin': '\u00e9\r\n' });
    repo.commit({ [name]: 'changed\n' });
    expect(await fileAt(options(repo.dir), first, name)).toBe('training:\n  - src/**\n');
    expect(await fileAt(options(repo.dir), 'HEAD', name)).toBe('changed\n');
    expect(await fileAt(options(repo.dir), 'main', 'b.bin')).toBe('\u00e9\r\n');
    mkdirSync(join(repo.dir, 'sub'));
    expect(await fileAt(options(join(repo.dir, 'sub')), 'main', './b.bin')).toBe('\u00e9\r\n');
    const error = await rejectionOf(fileAt(options(repo.dir), first, 'missing.yaml'), GitError);
    expect(error.message).toMatch(/missing\.yaml could not be read/);
    await expect(fileAt(options(repo.dir), first, 'odd')).rejects.toThrow(GitError); // a folder
  });
});

describe('isGitCheckout', () => {
  it('is true at the top and inside a work tree, false elsewhere', async () => {
    const repo = newRepo();
    repo.commit({ 'sub/a.txt': '1\n' });
    expect(await isGitCheckout(repo.dir)).toBe(true);
    expect(await isGitCheckout(join(repo.dir, 'sub'))).toBe(true);
    expect(await isGitCheckout(join(repo.dir, '.git'))).toBe(false);
    expect(await isGitCheckout(tempDir('gate-plain-'))).toBe(false);
    expect(await isGitCheckout(join(tempDir('gate-plain-'), 'missing'))).toBe(false);
  });
});

describe('local refs and remotes', () => {
  it('resolves refs without fetching', async () => {
    const repo = newRepo();
    const sha = repo.commit({ 'a.txt': '1\n' });
    expect(await resolveLocalCommit(options(repo.dir), 'main')).toBe(sha);
    expect(await resolveLocalCommit(options(repo.dir), 'HEAD')).toBe(sha);
    expect(await resolveLocalCommit(options(repo.dir), 'nope')).toBeUndefined();
    await expect(resolveLocalCommit(options(repo.dir), 'a..b')).rejects.toThrow(GitError);
  });

  it('finds the default branch: origin/HEAD, then main or master', async () => {
    const origin = newRepo();
    origin.commit({ 'a.txt': '1\n' });
    origin.git('branch', '-m', 'main', 'trunk');
    const clone = cloneOf(origin, []);
    expect(await defaultBranch(options(clone))).toBe('origin/trunk');
    expect(await currentBranch(options(clone))).toBe('trunk');
    const local = newRepo();
    local.commit({ 'a.txt': '1\n' });
    local.checkout('feature', true);
    expect(await defaultBranch(options(local.dir))).toBe('main');
    expect(await currentBranch(options(local.dir))).toBe('feature');
    local.git('branch', '-m', 'main', 'master');
    expect(await defaultBranch(options(local.dir))).toBe('master');
    local.git('branch', '-m', 'master', 'other');
    expect(await defaultBranch(options(local.dir))).toBeUndefined();
    local.git('checkout', '-q', '--detach');
    expect(await currentBranch(options(local.dir))).toBeUndefined();
  });

  it('reads GitHub repositories from remote URLs', async () => {
    const expected = { serverUrl: 'https://github.com', owner: 'acme', repo: 'models' };
    for (const url of [
      'https://github.com/acme/models.git',
      'https://github.com/acme/models',
      'https://user:secret@github.com/acme/models.git',
      'git@github.com:acme/models.git',
      'ssh://git@github.com/acme/models.git',
      'ssh://git@github.com:22/acme/models',
    ]) {
      expect(parseRemoteUrl(url)).toStrictEqual(expected);
    }
    expect(parseRemoteUrl('https://ghe.example.com/ml/gate.git')).toStrictEqual({
      serverUrl: 'https://ghe.example.com',
      owner: 'ml',
      repo: 'gate',
    });
    for (const url of [
      '/srv/git/models.git',
      'file:///srv/models',
      'https://github.com/acme',
      '',
    ]) {
      expect(parseRemoteUrl(url)).toBeUndefined();
    }
    const repo = newRepo();
    repo.commit({ 'a.txt': '1\n' });
    expect(await remoteRepository(options(repo.dir))).toBeUndefined();
    repo.git('remote', 'add', 'origin', 'git@github.com:acme/models.git');
    expect(await remoteRepository(options(repo.dir))).toStrictEqual(expected);
  });
});
