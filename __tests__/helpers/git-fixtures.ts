/**
 * What the tests of src/git share: scratch repositories and folders removed
 * after the file's tests, options that capture the log, a recording `git`
 * wrapper first on PATH, and a server that records Authorization headers.
 *
 * Call setUpGitTests() at the top of a test file that uses them.
 */
import { afterAll } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import type { GitOptions } from '../../src/git/index.js';
import type { ChangedFile } from '../../src/core/types.js';
import { GIT_ENV, GitRepo } from './git-repo.js';

const cleanups: (() => void)[] = [];

/**
 * Gives git only the test's own config (no user or system setting, a global
 * safe.directory=* for instance, may make a test pass that should fail), and
 * removes what the file's tests made once they have run.
 */
export function setUpGitTests(): void {
  process.env.GIT_CONFIG_GLOBAL = '/dev/null';
  process.env.GIT_CONFIG_NOSYSTEM = '1';
  afterAll(() => {
    for (const cleanup of cleanups.reverse()) cleanup();
    cleanups.length = 0;
  });
}

export function newRepo(): GitRepo {
  const repo = GitRepo.create();
  cleanups.push(() => repo.remove());
  return repo;
}

export function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** A clone of `origin` over file://, so that --depth is honoured. */
export function cloneOf(origin: GitRepo, args: string[]): string {
  const dir = join(tempDir('gate-clone-'), 'c');
  execFileSync('git', ['clone', '-q', ...args, `file://${origin.dir}`, dir], { env: GIT_ENV });
  return dir;
}

export function gitIn(dir: string, ...args: string[]): string {
  return execFileSync('git', args, { cwd: dir, env: GIT_ENV, encoding: 'utf8' });
}

export interface Captured {
  info: string[];
  debug: string[];
  warning: string[];
}

export function options(
  cwd: string,
  extra: Partial<GitOptions> = {},
): GitOptions & { seen: Captured } {
  const seen: Captured = { info: [], debug: [], warning: [] };
  return {
    cwd,
    log: {
      info: (m) => seen.info.push(m),
      debug: (m) => seen.debug.push(m),
      warning: (m) => seen.warning.push(m),
    },
    ...extra,
    seen,
  };
}

export function sorted(files: ChangedFile[]): ChangedFile[] {
  return [...files].sort(
    (a, b) =>
      (a.filename < b.filename ? -1 : a.filename > b.filename ? 1 : 0) ||
      a.status.localeCompare(b.status),
  );
}

export function fetchCount(seen: Captured): number {
  return seen.debug.filter((m) => m.startsWith('git fetch ')).length;
}

/** Real git, found on PATH. */
export function realGit(): string {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    const candidate = join(dir, 'git');
    if (dir && existsSync(candidate)) return candidate;
  }
  throw new Error('git not found on PATH');
}

/**
 * Puts a `git` first on PATH that records its arguments and GIT_CONFIG_*
 * environment, optionally claims another version, then runs real git.
 */
export function wrapGit(fakeVersion?: string): {
  argv: () => string;
  env: () => string;
  restore: () => void;
} {
  const dir = tempDir('gate-bin-');
  const argvLog = join(dir, 'argv.log');
  const envLog = join(dir, 'env.log');
  writeFileSync(argvLog, '');
  writeFileSync(envLog, '');
  const script = [
    '#!/bin/sh',
    `for a in "$@"; do printf '%s\\n' "$a" >> '${argvLog}'; done`,
    `env | grep -E '^(GIT_CONFIG|HOME=)' >> '${envLog}'`,
    'for last; do :; done',
    fakeVersion
      ? `if [ "$last" = version ]; then echo 'git version ${fakeVersion}'; exit 0; fi`
      : ':',
    `exec '${realGit()}' "$@"`,
    '',
  ].join('\n');
  writeFileSync(join(dir, 'git'), script);
  chmodSync(join(dir, 'git'), 0o755);
  const oldPath = process.env.PATH;
  process.env.PATH = `${dir}${delimiter}${oldPath ?? ''}`;
  return {
    argv: () => readFileSync(argvLog, 'utf8'),
    env: () => readFileSync(envLog, 'utf8'),
    restore: () => {
      process.env.PATH = oldPath;
    },
  };
}

/** A server that answers every git request with `status` and records the Authorization headers. */
export async function recordingServer(
  status = 404,
): Promise<{ url: string; auth: string[][]; server: Server }> {
  const auth: string[][] = [];
  const server = createServer((req: IncomingMessage, res) => {
    const values: string[] = [];
    for (let i = 0; i < req.rawHeaders.length; i += 2) {
      if (req.rawHeaders[i]?.toLowerCase() === 'authorization') {
        values.push(req.rawHeaders[i + 1] ?? '');
      }
    }
    auth.push(values);
    res.writeHead(status, status === 401 ? { 'WWW-Authenticate': 'Basic realm="git"' } : {}).end();
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  cleanups.push(() => server.close());
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, auth, server };
}
