import { describe, expect, it } from '@jest/globals';
import { existsSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ChangedFile } from '../../src/core/types.js';
import { changedFiles, diffCommits } from '../../src/git/diff.js';
import { GitError } from '../../src/git/errors.js';
import { fileAt, resolveCommit } from '../../src/git/local.js';
import { rejectionOf } from '../helpers/expect.js';
import {
  cloneOf,
  fetchCount,
  gitIn,
  newRepo,
  options,
  setUpGitTests,
  sorted,
  tempDir,
} from '../helpers/git-fixtures.js';
import type { GitRepo } from '../helpers/git-repo.js';

setUpGitTests();

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
