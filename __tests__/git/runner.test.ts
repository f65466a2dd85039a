import { describe, expect, it, test } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { chmodSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { GitError } from '../../src/git/errors.js';
import { createGitRunner, type GitRunOptions } from '../../src/git/runner.js';
import { rejectionOf } from '../helpers/expect.js';
import { newRepo, setUpGitTests, tempDir } from '../helpers/git-fixtures.js';
import { GIT_ENV } from '../helpers/git-repo.js';

setUpGitTests();

const env = Object.fromEntries(
  Object.entries(GIT_ENV).filter((entry): entry is [string, string] => entry[1] !== undefined),
);

function inRepo(): { dir: string; head: string; opts: GitRunOptions } {
  const repo = newRepo();
  const head = repo.commit({ 'a.txt': '1\n' });
  return { dir: repo.dir, head, opts: { cwd: repo.dir, env } };
}

/** A program standing in for git: a shell script in a folder of its own. */
function script(lines: string[]): string {
  const path = join(tempDir('gate-runner-'), 'fake-git');
  writeFileSync(path, ['#!/bin/sh', ...lines, ''].join('\n'));
  chmodSync(path, 0o755);
  return path;
}

describe('createGitRunner', () => {
  test.each([
    ['a command that succeeds', ['rev-parse', '--verify', 'HEAD'], 0, /^[0-9a-f]{40}\n$/, /^$/],
    [
      'a command that fails',
      ['rev-parse', '--verify', 'no-such-branch'],
      128,
      /^$/,
      /^fatal: Needed a single revision\n$/,
    ],
    ['an unknown command', ['no-such-command'], 1, /^$/, /is not a git command/],
  ] as const)(
    'keeps the exit code, standard output and standard error (%s)',
    async (_what, args, exitCode, stdout, stderr) => {
      const { opts } = inRepo();
      const out = await createGitRunner().run(args, opts);
      expect(out.exitCode).toBe(exitCode);
      expect(out.stdout).toMatch(stdout);
      expect(out.stderr).toMatch(stderr);
    },
  );

  it('feeds standard input when given, and empty input when not', async () => {
    const { dir, opts } = inRepo();
    const runner = createGitRunner();
    const input = Buffer.from('training: src/**\n');
    const given = await runner.run(['hash-object', '--stdin'], { ...opts, input });
    expect(given.stdout).toBe(
      execFileSync('git', ['hash-object', '--stdin'], { cwd: dir, env, input, encoding: 'utf8' }),
    );
    // Without input, git reads an empty one at once (the empty blob's SHA) rather than waiting.
    const empty = await runner.run(['hash-object', '--stdin'], opts);
    expect(empty.stdout).toBe('e69de29bb2d1d6434b8b29ae775ad8c2e48c5391\n');
  });

  it('returns every byte of megabytes of output, and reports it chunk by chunk', async () => {
    const { opts } = inRepo();
    const runner = createGitRunner();
    // Multi-byte characters and NULs all through, so chunks end inside characters.
    const lines: string[] = [];
    for (let i = 0; i < 200_000; i++) lines.push(`${i} ünïcödé 日本語 🚀\0`);
    const content = Buffer.from(lines.join('\n'), 'utf8');
    expect(content.length).toBeGreaterThan(6 * 1024 * 1024);
    const stored = await runner.run(['hash-object', '-w', '--stdin'], { ...opts, input: content });
    expect(stored.exitCode).toBe(0);

    const chunks: Buffer[] = [];
    const out = await runner.run(['cat-file', 'blob', stored.stdout.trim()], {
      ...opts,
      onStdout: (chunk) => chunks.push(chunk),
    });
    expect(out.exitCode).toBe(0);
    expect(Buffer.byteLength(out.stdout)).toBe(content.length);
    expect(Buffer.compare(Buffer.from(out.stdout, 'utf8'), content)).toBe(0);
    expect(chunks.length).toBeGreaterThan(1);
    expect(Buffer.compare(Buffer.concat(chunks), content)).toBe(0);
  });

  it('fails with a GitError saying so when git cannot be started', async () => {
    const { dir } = inRepo();
    const missing = createGitRunner({ executable: join(tempDir('gate-runner-'), 'no-git') });
    const error = await rejectionOf(missing.run(['version'], { cwd: dir, env }), GitError);
    expect(error.message).toMatch(/^git could not be started \(is it installed and on PATH\?\): /);
    const noPath = createGitRunner();
    await expect(
      noPath.run(['version'], { cwd: dir, env: { ...env, PATH: tempDir('gate-empty-path-') } }),
    ).rejects.toThrow(/git could not be started/);
    // An argument no process can be given.
    await expect(
      createGitRunner().run(['cat-file', 'blob', 'HEAD:a\0b'], { cwd: dir, env }),
    ).rejects.toThrow(/^git could not be started: .*null bytes/);
  });

  it('reports a git ended by a signal with a failing exit code, as a shell does', async () => {
    const runner = createGitRunner({ executable: script(['echo started', 'kill -TERM $$']) });
    const out = await runner.run([], { cwd: tempDir('gate-runner-'), env });
    expect(out).toStrictEqual({ exitCode: 143, stdout: 'started\n', stderr: '' });
  });

  it('stops waiting for output that a process git started holds open', async () => {
    const pidFile = join(tempDir('gate-runner-'), 'pid');
    const runner = createGitRunner({
      executable: script([`sleep 600 & echo $! > '${pidFile}'`, 'echo done', 'exit 3']),
      closeGraceMs: 100,
    });
    try {
      const out = await runner.run([], { cwd: tempDir('gate-runner-'), env });
      expect(out).toStrictEqual({ exitCode: 3, stdout: 'done\n', stderr: '' });
    } finally {
      process.kill(Number(readFileSync(pidFile, 'utf8')));
    }
  });
});
