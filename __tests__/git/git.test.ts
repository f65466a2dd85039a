import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { defined, rejectionOf } from '../helpers/expect.js';
import { execFileSync } from 'node:child_process';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import {
  FIRST_PARENT_LOG_FORMAT,
  GitError,
  UnknownRefError,
  changedFiles,
  currentBranch,
  defaultBranch,
  diffCommits,
  fileAt,
  isGitCheckout,
  parseFirstParentLog,
  parseNameStatusZ,
  parseRemoteUrl,
  readFirstParentLog,
  redactSecrets,
  remoteRepository,
  resolveCommit,
  resolveLocalCommit,
  type GitOptions,
} from '../../src/git/index.js';
import type { ChangedFile } from '../../src/core/types.js';
import { GIT_ENV, GitRepo } from '../helpers/git-repo.js';

// Only the test's own config: no user or system setting (a global
// safe.directory=* for instance) may make a test pass that should fail.
process.env.GIT_CONFIG_GLOBAL = '/dev/null';
process.env.GIT_CONFIG_NOSYSTEM = '1';

const cleanups: (() => void)[] = [];
afterAll(() => {
  for (const cleanup of cleanups.reverse()) cleanup();
});

function newRepo(): GitRepo {
  const repo = GitRepo.create();
  cleanups.push(() => repo.remove());
  return repo;
}

function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** A clone of `origin` over file://, so that --depth is honoured. */
function cloneOf(origin: GitRepo, args: string[]): string {
  const dir = join(tempDir('gate-clone-'), 'c');
  execFileSync('git', ['clone', '-q', ...args, `file://${origin.dir}`, dir], { env: GIT_ENV });
  return dir;
}

function gitIn(dir: string, ...args: string[]): string {
  return execFileSync('git', args, { cwd: dir, env: GIT_ENV, encoding: 'utf8' });
}

interface Captured {
  info: string[];
  debug: string[];
  warning: string[];
}

function options(cwd: string, extra: Partial<GitOptions> = {}): GitOptions & { seen: Captured } {
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

function sorted(files: ChangedFile[]): ChangedFile[] {
  return [...files].sort(
    (a, b) =>
      (a.filename < b.filename ? -1 : a.filename > b.filename ? 1 : 0) ||
      a.status.localeCompare(b.status),
  );
}

function fetchCount(seen: Captured): number {
  return seen.debug.filter((m) => m.startsWith('git fetch ')).length;
}

describe('parseNameStatusZ', () => {
  it('reads every status, with both paths of renames and copies', () => {
    const out = [
      'A',
      'new.txt',
      'M',
      'src/training/train.py',
      'D',
      'gone.txt',
      'T',
      'link',
      'R087',
      'src/training/old.py',
      'lib/old.py',
      'C100',
      'a.txt',
      'b.txt',
      '',
    ].join('\0');
    expect(parseNameStatusZ(out)).toStrictEqual([
      { filename: 'new.txt', status: 'added' },
      { filename: 'src/training/train.py', status: 'modified' },
      { filename: 'gone.txt', status: 'deleted' },
      { filename: 'link', status: 'changed' },
      { filename: 'lib/old.py', status: 'renamed', previousFilename: 'src/training/old.py' },
      { filename: 'b.txt', status: 'copied', previousFilename: 'a.txt' },
    ]);
  });

  it('keeps names with newlines, tabs, quotes and leading dashes as they are', () => {
    const names = ['a\nb.txt', 'tab\there', '"quoted"', '-n', 'R100', 'M'];
    const out = names.map((n) => `A\0${n}\0`).join('') + 'R050\0x\ny\0-z\0';
    expect(parseNameStatusZ(out)).toStrictEqual([
      ...names.map((filename) => ({ filename, status: 'added' })),
      { filename: '-z', status: 'renamed', previousFilename: 'x\ny' },
    ]);
  });

  it('reports statuses a two-commit diff never prints as modified rather than dropping them', () => {
    expect(parseNameStatusZ('U\0u.txt\0X\0x.txt\0B\0b.txt\0')).toStrictEqual([
      { filename: 'u.txt', status: 'modified' },
      { filename: 'x.txt', status: 'modified' },
      { filename: 'b.txt', status: 'modified' },
    ]);
  });

  it('reads nothing from empty output', () => {
    expect(parseNameStatusZ('')).toStrictEqual([]);
  });

  it('rejects output it cannot read completely', () => {
    expect(() => parseNameStatusZ('M\0a.txt')).toThrow(GitError); // cut short
    expect(() => parseNameStatusZ('R100\0only-one\0')).toThrow(GitError);
    expect(() => parseNameStatusZ('M\0')).toThrow(GitError);
    expect(() => parseNameStatusZ('M\0\0')).toThrow(GitError);
    expect(() => parseNameStatusZ('M a.txt\0')).toThrow(GitError); // not -z output
    expect(() => parseNameStatusZ('\0a.txt\0')).toThrow(GitError);
  });
});

describe('changedFiles in a full checkout', () => {
  it('lists additions, changes, deletions, renames with the old path, and type changes', async () => {
    const repo = newRepo();
    const base = repo.commit({
      'src/training/train.py': 'def train():\n    return 1\n'.repeat(20),
      'src/training/model.py': 'model\n',
      'README.md': 'readme\n',
      'config/link': 'a regular file\n',
      'old.txt': 'old\n',
    });
    repo.commit({ 'README.md': 'readme, edited\n', 'data/new.csv': 'a,b\n', 'old.txt': null });
    repo.rename('src/training/train.py', 'lib/train.py');
    rmSync(join(repo.dir, 'config/link'));
    symlinkSync('../README.md', join(repo.dir, 'config/link'));
    repo.git('add', '-A');
    repo.git('commit', '-q', '-m', 'link');
    const head = repo.head();

    const files = await changedFiles(options(repo.dir), base, head);
    expect(sorted(files)).toStrictEqual([
      { filename: 'README.md', status: 'modified' },
      { filename: 'config/link', status: 'changed' },
      { filename: 'data/new.csv', status: 'added' },
      { filename: 'lib/train.py', status: 'renamed', previousFilename: 'src/training/train.py' },
      { filename: 'old.txt', status: 'deleted' },
    ]);
  });

  it('returns file names exactly, whatever characters they hold', async () => {
    const repo = newRepo();
    const base = repo.commit({ 'README.md': 'x\n', 'to-rename.txt': 'rename me\n'.repeat(10) });
    const names = [
      'with space.txt',
      'double"quote.txt',
      "single'quote.txt",
      '$(whoami).txt',
      '`id`.txt',
      'semi;colon.txt',
      'pipe|name.txt',
      'amp&and.txt',
      'tab\there.txt',
      'new\nline.txt',
      '-leading-dash.txt',
      '--double-dash',
      'back\\slash.txt',
      'glob*?[x].txt',
      'ünïcödé/日本語.txt',
      'emoji 🚀.txt',
      '\\"escaped\\n".txt',
      ' leading and trailing space ',
    ];
    const edits: Record<string, string> = {};
    for (const name of names) edits[`odd/${name}`] = `${name}\n`;
    repo.commit(edits);
    repo.rename('to-rename.txt', 'odd/re named $(x) \n ✓.txt');
    const head = repo.head();

    const files = await changedFiles(options(repo.dir), base, head);
    expect(sorted(files)).toStrictEqual(
      sorted([
        ...names.map((name): ChangedFile => ({ filename: `odd/${name}`, status: 'added' })),
        {
          filename: 'odd/re named $(x) \n ✓.txt',
          status: 'renamed',
          previousFilename: 'to-rename.txt',
        },
      ]),
    );
  });

  it('counts only the head side when the base moved on (three dots)', async () => {
    const repo = newRepo();
    repo.commit({ 'src/training/train.py': 'v1\n', 'data/a.csv': '1\n' });
    repo.checkout('feature', true);
    repo.commit({ 'docs/guide.md': 'guide\n' });
    const head = repo.commit({ 'data/a.csv': '2\n' });
    repo.checkout('main');
    // The base branch changes training code after the branch point.
    const base = repo.commit({ 'src/training/train.py': 'v2\n', 'config/training.yaml': 'x\n' });

    const diff = await diffCommits(options(repo.dir), base, head);
    expect(sorted(diff.files)).toStrictEqual([
      { filename: 'data/a.csv', status: 'modified' },
      { filename: 'docs/guide.md', status: 'added' },
    ]);
    expect(diff.baseSha).toBe(base);
    expect(diff.headSha).toBe(head);
    expect(diff.mergeBases).toStrictEqual([repo.revParse('main~1')]);
    // The reverse direction sees the base's side only.
    expect(sorted(await changedFiles(options(repo.dir), head, base))).toStrictEqual([
      { filename: 'config/training.yaml', status: 'added' },
      { filename: 'src/training/train.py', status: 'modified' },
    ]);
  });

  it('resolves branch names, and is empty when head is an ancestor of base', async () => {
    const repo = newRepo();
    const first = repo.commit({ 'a.txt': '1\n' });
    repo.checkout('feature', true);
    repo.commit({ 'b.txt': '2\n' });
    const diff = await diffCommits(options(repo.dir), 'main', 'feature');
    expect(diff.files).toStrictEqual([{ filename: 'b.txt', status: 'added' }]);
    expect(diff.baseSha).toBe(first);
    expect(await changedFiles(options(repo.dir), 'feature', 'main')).toStrictEqual([]);
    expect(await changedFiles(options(repo.dir), first, first)).toStrictEqual([]);
  });

  it('lists the files of every merge base after criss-cross merges', async () => {
    const repo = newRepo();
    repo.commit({ 'f.txt': 'v0\n' });
    repo.checkout('b', true);
    repo.commit({ 'b.txt': 'b\n' });
    repo.checkout('main');
    repo.commit({ 'f.txt': 'v1\n' });
    const mainTip = repo.head();
    repo.git('merge', '-q', '--no-ff', '-m', 'b into main', 'b');
    repo.checkout('b');
    repo.git('merge', '-q', '--no-ff', '-m', 'main~1 into b', mainTip);
    repo.commit({ 'f.txt': 'v0\n' });
    const diff = await diffCommits(options(repo.dir), 'main', 'b');
    expect(diff.mergeBases.length).toBe(2);
    // From one merge base f.txt is back to v0, from the other it changed.
    expect(diff.files.some((f) => f.filename === 'f.txt')).toBeTruthy();
  });

  it('works from a folder inside the checkout, with repository-relative paths', async () => {
    const repo = newRepo();
    const base = repo.commit({ 'sub/dir/a.txt': '1\n', 'top.txt': '1\n' });
    const head = repo.commit({ 'sub/dir/a.txt': '2\n', 'top.txt': '2\n' });
    repo.git('config', 'diff.relative', 'true');
    const files = await changedFiles(options(join(repo.dir, 'sub/dir')), base, head);
    expect(sorted(files)).toStrictEqual([
      { filename: 'sub/dir/a.txt', status: 'modified' },
      { filename: 'top.txt', status: 'modified' },
    ]);
  });

  it('is not changed by repository config that would hide or rewrite files', async () => {
    const repo = newRepo();
    const base = repo.commit({ 'a.bin': 'x\n', 'b.txt': 'y\n'.repeat(10) });
    repo.commit({ 'a.bin': 'z\n' });
    const head = repo.rename('b.txt', 'c.txt');
    const marker = join(tempDir('gate-ext-'), 'ran');
    repo.git('config', 'diff.renames', 'false');
    repo.git('config', 'diff.external', `touch ${marker}`);
    repo.git('config', 'diff.bin.textconv', `touch ${marker}`);
    repo.git('config', 'color.ui', 'always');
    repo.git('config', 'core.quotePath', 'true');
    writeFileSync(join(repo.dir, '.git/info/attributes'), '*.bin diff=bin\n');
    const files = await changedFiles(options(repo.dir), base, head);
    expect(sorted(files)).toStrictEqual([
      { filename: 'a.bin', status: 'modified' },
      { filename: 'c.txt', status: 'renamed', previousFilename: 'b.txt' },
    ]);
    expect(existsSync(marker)).toBe(false);
  });

  it('handles a diff of 20,000 files', async () => {
    const repo = newRepo();
    const base = repo.commit({ 'README.md': 'x\n' });
    const many: Record<string, string> = {};
    for (let i = 0; i < 20_000; i++) many[`data/part-${i % 50}/file ${i}.csv`] = `${i}\n`;
    const head = repo.commitMany(many);
    const files = await changedFiles(options(repo.dir), base, head);
    expect(files.length).toBe(20_000);
    const names = new Set(files.map((f) => f.filename));
    expect(names.has('data/part-0/file 0.csv')).toBe(true);
    expect(names.has('data/part-49/file 19999.csv')).toBe(true);
    expect(files.every((f) => f.status === 'added')).toBeTruthy();
  });

  it('fails clearly for commits that do not exist', async () => {
    const repo = newRepo();
    const base = repo.commit({ 'a.txt': '1\n' });
    const garbage = 'deadbeef'.repeat(5);
    const error = await rejectionOf(changedFiles(options(repo.dir), garbage, base), GitError);
    expect(error.message).toMatch(/base commit deadbeefdeadbeef/);
    expect(error.message).toMatch(/force-pushed away/);
    await expect(changedFiles(options(repo.dir), 'no-such-branch', base)).rejects.toThrow(GitError);
    await expect(changedFiles(options(repo.dir), '--output=/tmp/x', base)).rejects.toThrow(
      /not a commit/,
    );
    await expect(changedFiles(options(repo.dir), `${base}..${base}`, base)).rejects.toThrow(
      GitError,
    );
  });

  it('fails clearly when the commits share no history', async () => {
    const repo = newRepo();
    const one = repo.commit({ 'a.txt': '1\n' });
    repo.git('checkout', '-q', '--orphan', 'other');
    const two = repo.commit({ 'b.txt': '2\n' });
    await expect(changedFiles(options(repo.dir), one, two)).rejects.toThrow(/no common history/);
  });
});

describe('changedFiles in a shallow checkout', () => {
  /** origin: a feature branch 60 commits long, a main branch that moved on. */
  function longBranch(): { origin: GitRepo; base: string; head: string } {
    const origin = newRepo();
    origin.commit({ 'src/training/train.py': 'v1\n', 'data/x.csv': '0\n' });
    origin.checkout('feature', true);
    origin.commit({ 'src/training/train.py': 'v2\n' });
    for (let i = 0; i < 60; i++) origin.commit({ 'docs/notes.md': `note ${i}\n` });
    const head = origin.head();
    origin.checkout('main');
    origin.commit({ 'data/x.csv': '1\n' });
    const base = origin.commit({ 'data/x.csv': '2\n' });
    return { origin, base, head };
  }

  it('fetches the missing base and enough history to find the merge base', async () => {
    const { origin, base, head } = longBranch();
    const clone = cloneOf(origin, ['--depth', '1', '--branch', 'feature']);
    expect(() => gitIn(clone, 'cat-file', '-e', `${base}^{commit}`)).toThrow();

    const opts = options(clone);
    const files = await changedFiles(opts, base, head);
    expect(sorted(files)).toStrictEqual([
      { filename: 'docs/notes.md', status: 'added' },
      { filename: 'src/training/train.py', status: 'modified' },
    ]);
    expect(fetchCount(opts.seen)).toBe(2); // the base, then more history
    expect(opts.seen.info.some((m) => m.includes(`base commit ${base}`))).toBeTruthy();
  });

  it('fetches a pushed range in one go', async () => {
    const origin = newRepo();
    origin.commit({ 'a.txt': '0\n' });
    const before = origin.commit({ 'a.txt': '1\n' });
    origin.commit({ 'src/training/train.py': 'x\n' });
    const after = origin.commit({ 'b.txt': '1\n' });
    const clone = cloneOf(origin, ['--depth', '1']);
    const opts = options(clone);
    expect(sorted(await changedFiles(opts, before, after))).toStrictEqual([
      { filename: 'b.txt', status: 'added' },
      { filename: 'src/training/train.py', status: 'added' },
    ]);
    expect(fetchCount(opts.seen)).toBe(1);
  });

  it('keeps a full checkout full when it fetches a missing commit', async () => {
    const origin = newRepo();
    for (let i = 0; i < 60; i++) origin.commit({ 'a.txt': `${i}\n` });
    const base = origin.head();
    const clone = cloneOf(origin, []);
    origin.checkout('later', true);
    const head = origin.commit({ 'a.txt': '1\n' });
    expect(await changedFiles(options(clone), base, head)).toStrictEqual([
      { filename: 'a.txt', status: 'modified' },
    ]);
    expect(gitIn(clone, 'rev-parse', '--is-shallow-repository').trim()).toBe('false');
  });

  it('resolves a base branch that exists only on the remote', async () => {
    const { origin, head } = longBranch();
    const clone = cloneOf(origin, ['--depth', '1', '--single-branch', '--branch', 'feature']);
    expect(() => gitIn(clone, 'rev-parse', '--verify', 'main')).toThrow();
    const diff = await diffCommits(options(clone), 'main', head);
    expect(diff.baseSha).toBe(origin.revParse('main'));
    expect(sorted(diff.files).map((f) => f.filename)).toStrictEqual([
      'docs/notes.md',
      'src/training/train.py',
    ]);
  });

  it('resolves a base branch that exists only as a remote-tracking branch', async () => {
    const { origin, head } = longBranch();
    const clone = cloneOf(origin, ['--no-checkout']);
    gitIn(clone, 'checkout', '-q', '--detach', head);
    gitIn(clone, 'branch', '-q', '-D', 'main');
    const opts = options(clone);
    const diff = await diffCommits(opts, 'main', 'feature');
    expect(diff.baseSha).toBe(origin.revParse('main'));
    expect(diff.files.length).toBe(2);
    expect(fetchCount(opts.seen)).toBe(0);
  });

  it('does not stop at an older common ancestor while the real merge base is cut off', async () => {
    // O ─ M (f=v2) ─ M1…M60 ─ B (merges S)      S, S2: children of O
    //     └ F1 (f=v1) ─ F2…F60 ─ H (merges S2)
    // A shallow checkout sees O through S and S2 long before it sees M;
    // comparing from O would miss that head changed f.txt back to v1.
    const origin = newRepo();
    const o = origin.commit({ 'f.txt': 'v1\n', 'keep.txt': 'k\n' });
    origin.checkout('side', true);
    origin.commit({ 's.txt': 's\n' });
    origin.git('checkout', '-q', '-b', 'side2', o);
    origin.commit({ 's2.txt': 's2\n' });
    origin.checkout('main');
    const m = origin.commit({ 'f.txt': 'v2\n' });
    for (let i = 0; i < 60; i++) origin.commit({ 'm.txt': `${i}\n` });
    origin.git('merge', '-q', '--no-ff', '-m', 'side', 'side');
    const base = origin.head();
    origin.git('checkout', '-q', '-b', 'feature', m);
    origin.commit({ 'f.txt': 'v1\n' });
    for (let i = 0; i < 60; i++) origin.commit({ 'g.txt': `${i}\n` });
    origin.git('merge', '-q', '--no-ff', '-m', 'side2', 'side2');
    const head = origin.head();

    const clone = cloneOf(origin, ['--depth', '5', '--branch', 'feature']);
    const diff = await diffCommits(options(clone), base, head);
    expect(diff.mergeBases).toStrictEqual([m]);
    expect(sorted(diff.files)).toStrictEqual([
      { filename: 'f.txt', status: 'modified' },
      { filename: 'g.txt', status: 'added' },
      { filename: 's2.txt', status: 'added' },
    ]);
  });

  it('gives up with a clear error after maxFetches', async () => {
    const { origin, base, head } = longBranch();
    const clone = cloneOf(origin, ['--depth', '1', '--branch', 'feature']);
    const error = await rejectionOf(
      changedFiles(options(clone, { maxFetches: 1 }), base, head),
      GitError,
    );
    expect(error.message).toMatch(/limit of 1 fetches/);
    expect(error.message).toMatch(/fetch-depth: 0/);
  });

  it('fails clearly for a base that was force-pushed away', async () => {
    const origin = newRepo();
    origin.commit({ 'a.txt': '1\n' });
    const lost = origin.commit({ 'a.txt': '2\n' });
    origin.git('reset', '-q', '--hard', 'HEAD~1');
    origin.git('reflog', 'expire', '--expire=now', '--all');
    origin.git('gc', '-q', '--prune=now');
    const head = origin.commit({ 'b.txt': '1\n' });
    const clone = cloneOf(origin, ['--depth', '1']);
    const error = await rejectionOf(changedFiles(options(clone), lost, head), GitError);
    expect(error.message).toMatch(new RegExp(`base commit ${lost}`));
    expect(error.message).toMatch(/fetching it from origin failed/);
  });

  it('reads a file at a commit the checkout lacks', async () => {
    const { origin, base } = longBranch();
    const clone = cloneOf(origin, ['--depth', '1', '--branch', 'feature']);
    expect(await fileAt(options(clone), base, 'data/x.csv')).toBe('2\n');
    expect(await resolveCommit(options(clone), 'main')).toBe(base);
  });
});

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

/** Real git, found on PATH. */
function realGit(): string {
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
function wrapGit(fakeVersion?: string): {
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
async function recordingServer(
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

describe('authentication', () => {
  const token = 'ghs_TopSecretToken123';
  const encoded = Buffer.from(`x-access-token:${token}`).toString('base64');

  it.each([
    ['the git installed', undefined],
    ['git 2.30.0 reported', '2.30.0'],
  ] as const)(
    'sends the token as one header, never in arguments or messages (%s)',
    async (_git, version) => {
      const { url, auth } = await recordingServer();
      const repo = newRepo();
      const head = repo.commit({ 'a.txt': '1\n' });
      repo.git('remote', 'add', 'origin', `${url}/owner/repo.git`);
      // What actions/checkout leaves behind with persist-credentials.
      repo.git('config', `http.${url}/.extraheader`, 'AUTHORIZATION: basic b2xkOm9sZA==');
      const wrapper = wrapGit(version);
      try {
        const error = await rejectionOf(
          changedFiles(options(repo.dir, { token, serverUrl: url }), 'a'.repeat(40), head),
          GitError,
        );
        expect(error.message).toMatch(/fetching it from origin failed/);
        expect(error.message).not.toContain(token);
        expect(error.message).not.toContain(encoded);
      } finally {
        wrapper.restore();
      }
      // git contacted the server
      expect(auth.length).toBeGreaterThan(0);
      for (const values of auth) expect(values).toStrictEqual([`basic ${encoded}`]);
      expect(wrapper.argv()).toContain('fetch');
      expect(!wrapper.argv().includes(token) && !wrapper.argv().includes(encoded)).toBeTruthy();
      // the header went through the environment
      expect(wrapper.env()).toContain(encoded);
    },
  );

  it('uses the checkout credentials when no token is given', async () => {
    const { url, auth } = await recordingServer();
    const repo = newRepo();
    const head = repo.commit({ 'a.txt': '1\n' });
    repo.git('remote', 'add', 'origin', `${url}/owner/repo.git`);
    repo.git('config', `http.${url}/.extraheader`, 'AUTHORIZATION: basic b2xkOm9sZA==');
    await expect(changedFiles(options(repo.dir), 'b'.repeat(40), head)).rejects.toThrow(GitError);
    expect(auth.length).toBeGreaterThan(0);
    for (const values of auth) expect(values).toStrictEqual(['basic b2xkOm9sZA==']);
  });

  it('never waits for a password', async () => {
    const { url, auth } = await recordingServer(401);
    const repo = newRepo();
    const head = repo.commit({ 'a.txt': '1\n' });
    repo.git('remote', 'add', 'origin', `${url.replace('://', '://someone@')}/owner/repo.git`);
    await expect(changedFiles(options(repo.dir), 'c'.repeat(40), head)).rejects.toThrow(
      /terminal prompts disabled/,
    );
    expect(auth.length).toBeGreaterThan(0);
  });

  it('keeps tokens and URL credentials out of messages', () => {
    expect(
      redactSecrets(
        "fatal: unable to access 'https://user:hunter2@example.com/o/r.git/': tok3n and dG9r",
        ['tok3n', 'dG9r', ''],
      ),
    ).toBe("fatal: unable to access 'https://***@example.com/o/r.git/': *** and ***");
    expect(redactSecrets('https://example.com/a@b and git@host:x', [])).toBe(
      'https://example.com/a@b and git@host:x',
    );
  });
});

describe('a checkout owned by another user', () => {
  const isRoot = process.getuid?.() === 0;
  let restoreEnv = (): void => {};
  beforeAll(() => {
    if (!isRoot) {
      // Without root to chown, git's own switch makes every repository look foreign.
      process.env.GIT_TEST_ASSUME_DIFFERENT_OWNER = '1';
      restoreEnv = () => delete process.env.GIT_TEST_ASSUME_DIFFERENT_OWNER;
    }
  });
  afterAll(() => restoreEnv());

  function foreignRepo(): { dir: string; base: string; head: string } {
    const repo = newRepo();
    const base = repo.commit({ 'sub/a.txt': '1\n', 'config.yaml': 'training: src/**\n' });
    const head = repo.commit({ 'sub/a.txt': '2\n' });
    if (isRoot) execFileSync('chown', ['-R', 'nobody', repo.dir]);
    return { dir: repo.dir, base, head };
  }

  function plainGitRefuses(dir: string): void {
    expect(() =>
      execFileSync('git', ['rev-parse', 'HEAD'], {
        cwd: dir,
        env: { ...process.env },
        stdio: 'pipe',
      }),
    ).toThrow(/dubious ownership/);
  }

  it.each([
    ['the git installed', undefined],
    ['git 2.35.1 reported', '2.35.1'],
    ['git 2.30.0 reported', '2.30.0'],
  ] as const)('works where plain git refuses (%s)', async (_git, version) => {
    const { dir, base, head } = foreignRepo();
    plainGitRefuses(dir);
    const wrapper = wrapGit(version);
    try {
      expect(await isGitCheckout(dir)).toBe(true);
      expect(await isGitCheckout(join(dir, 'sub'))).toBe(true);
      expect(await changedFiles(options(join(dir, 'sub')), base, head)).toStrictEqual([
        { filename: 'sub/a.txt', status: 'modified' },
      ]);
      expect(await fileAt(options(dir), base, 'config.yaml')).toBe('training: src/**\n');
    } finally {
      wrapper.restore();
    }
    plainGitRefuses(dir); // nothing was written to the user's config
    const env = wrapper.env();
    if (!version) {
      // git 2.38 and later take safe.directory from the environment.
      expect(env).toMatch(/^GIT_CONFIG_KEY_\d+=safe\.directory$/m);
      expect(env).not.toContain('ml-change-gate-git-');
    } else {
      // Older git reads safe.directory from a temporary global config only.
      const name = version === '2.30.0' ? 'HOME' : 'GIT_CONFIG_GLOBAL';
      const file = env
        .split('\n')
        .find((line) => line.startsWith(`${name}=`) && line.includes('ml-change-gate-git-'))
        ?.slice(name.length + 1);
      // the temporary config is removed
      expect(existsSync(defined(file))).toBe(false);
      expect(env).not.toMatch(/GIT_CONFIG_KEY_\d+=safe\.directory/);
    }
  });

  it('still fails for a folder that is not a checkout at all', async () => {
    const dir = tempDir('gate-plain-');
    mkdirSync(join(dir, 'x'));
    expect(await isGitCheckout(join(dir, 'x'))).toBe(false);
  });
});

describe('parseFirstParentLog', () => {
  const A = 'a'.repeat(40);
  const B = 'b'.repeat(40);
  const C = 'c'.repeat(40);

  it('reads each commit with its parents, date, subject, body and files', () => {
    const out = [
      `\x01${A}`,
      `${B} ${C}`,
      '2025-03-02T10:00:00+01:00',
      'Merge pull request #7 from acme/x',
      '\nAdd early stopping\n\nLonger text.\n',
      '\nM',
      'src/training/train.py',
      'R087',
      'src/training/utils.py',
      'src/common/utils.py',
      `\x01${B}`,
      C,
      '2025-03-01T09:00:00Z',
      'empty',
      '',
      `\x01${C}`,
      '',
      '2025-02-28T09:00:00Z',
      'root',
      '',
      '\nA',
      'README.md',
      'D',
      'gone.txt',
      '',
    ].join('\0');
    expect(parseFirstParentLog(out)).toStrictEqual([
      {
        sha: A,
        parents: [B, C],
        date: '2025-03-02T10:00:00+01:00',
        subject: 'Merge pull request #7 from acme/x',
        description: 'Add early stopping',
        files: [
          { filename: 'src/training/train.py', status: 'modified' },
          {
            filename: 'src/common/utils.py',
            status: 'renamed',
            previousFilename: 'src/training/utils.py',
          },
        ],
      },
      {
        sha: B,
        parents: [C],
        date: '2025-03-01T09:00:00Z',
        subject: 'empty',
        description: '',
        files: [],
      },
      {
        sha: C,
        parents: [],
        date: '2025-02-28T09:00:00Z',
        subject: 'root',
        description: '',
        files: [
          { filename: 'README.md', status: 'added' },
          { filename: 'gone.txt', status: 'deleted' },
        ],
      },
    ]);
  });

  it('reads fields by position, so a file name may hold the start-of-commit byte and newlines', () => {
    const tricky = `\x01${B}`;
    const out = [
      `\x01${A}`,
      '',
      '2025-03-01T00:00:00Z',
      's',
      '',
      '\nA',
      tricky,
      'M',
      'a\nb',
      'A',
      'M',
      '',
    ].join('\0');
    const [commit] = parseFirstParentLog(out);
    expect(commit?.files).toStrictEqual([
      { filename: tricky, status: 'added' },
      { filename: 'a\nb', status: 'modified' },
      { filename: 'M', status: 'added' },
    ]);
  });

  it('reads nothing from empty output and rejects output it cannot read completely', () => {
    expect(parseFirstParentLog('')).toStrictEqual([]);
    const good = [`\x01${A}`, '', '2025-03-01T00:00:00Z', 's', '', '\nM', 'a.txt', ''].join('\0');
    expect(parseFirstParentLog(good).length).toBe(1);
    expect(() => parseFirstParentLog(good.slice(0, -1))).toThrow(GitError); // cut short
    expect(() => parseFirstParentLog(`${A}\0\0d\0s\0\0`)).toThrow(GitError); // no marker
    expect(() => parseFirstParentLog(`\x01${A}\0\0`)).toThrow(GitError); // no date
    expect(() => parseFirstParentLog(`\x01${A}\0xyz\x002025-03-01T00:00:00Z\0s\0\0`)).toThrow(
      GitError,
    );
    expect(() => parseFirstParentLog(`\x01${A}\0\0yesterday\0s\0\0`)).toThrow(GitError);
    expect(() => parseFirstParentLog(good.replace('\nM', 'modified'))).toThrow(GitError);
    expect(() => parseFirstParentLog(good.replace('\nM\0a.txt\0', '\nR100\0a.txt\0'))).toThrow(
      GitError,
    );
  });

  it('is the format the reader asks git for', () => {
    expect(FIRST_PARENT_LOG_FORMAT).toBe('%x01%H%x00%P%x00%cI%x00%s%x00%b');
  });
});

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
