/**
 * Builds real git repositories for tests: files are written, committed, and
 * the commit SHAs returned, so every answer the tests check comes from git.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync, renameSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

const GIT_ENV = {
  ...process.env,
  GIT_AUTHOR_NAME: 'Test Author',
  GIT_AUTHOR_EMAIL: 'author@example.com',
  GIT_COMMITTER_NAME: 'Test Author',
  GIT_COMMITTER_EMAIL: 'author@example.com',
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_CONFIG_GLOBAL: '/dev/null',
};

/** A change to apply in one commit: path → new content, or null to delete. */
export type Edits = Record<string, string | null>;

export class GitRepo {
  readonly dir: string;

  private constructor(dir: string) {
    this.dir = dir;
  }

  /** A new repository with branch `main` in a fresh temporary folder. */
  static create(prefix = 'gate-repo-'): GitRepo {
    const dir = mkdtempSync(join(tmpdir(), prefix));
    const repo = new GitRepo(dir);
    repo.git('init', '-q', '-b', 'main');
    return repo;
  }

  /** Runs git in the repository and returns its standard output (untrimmed). */
  git(...args: string[]): string {
    return execFileSync('git', args, {
      cwd: this.dir,
      env: GIT_ENV,
      encoding: 'utf8',
      maxBuffer: 512 * 1024 * 1024,
    });
  }

  /** Writes (or, with null, deletes) files and commits them; returns the new commit SHA. */
  commit(edits: Edits, message = 'change', date?: string): string {
    for (const [path, content] of Object.entries(edits)) {
      const full = join(this.dir, path);
      if (content === null) {
        this.git('rm', '-q', '--', path);
      } else {
        mkdirSync(dirname(full), { recursive: true });
        writeFileSync(full, content);
        this.git('add', '--', path);
      }
    }
    const env = date ? { GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date } : {};
    execFileSync('git', ['commit', '-q', '--allow-empty', '-m', message], {
      cwd: this.dir,
      env: { ...GIT_ENV, ...env },
    });
    return this.head();
  }

  /** Moves a file with `git mv` and commits; returns the new commit SHA. */
  rename(from: string, to: string, message = `move ${from}`): string {
    mkdirSync(dirname(join(this.dir, to)), { recursive: true });
    this.git('mv', '--', from, to);
    this.git('commit', '-q', '-m', message);
    return this.head();
  }

  /** Writes many files in one commit without one git call per file. */
  commitMany(files: Record<string, string>, message = 'many files'): string {
    for (const [path, content] of Object.entries(files)) {
      const full = join(this.dir, path);
      mkdirSync(dirname(full), { recursive: true });
      writeFileSync(full, content);
    }
    this.git('add', '-A');
    this.git('commit', '-q', '-m', message);
    return this.head();
  }

  head(): string {
    return this.git('rev-parse', 'HEAD').trim();
  }

  revParse(ref: string): string {
    return this.git('rev-parse', ref).trim();
  }

  checkout(ref: string, create = false): void {
    if (create) this.git('checkout', '-q', '-b', ref);
    else this.git('checkout', '-q', ref);
  }

  exists(path: string): boolean {
    return existsSync(join(this.dir, path));
  }

  /** Moves a working-tree file without git (for tests that stage by hand). */
  moveFile(from: string, to: string): void {
    mkdirSync(dirname(join(this.dir, to)), { recursive: true });
    renameSync(join(this.dir, from), join(this.dir, to));
  }

  remove(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}

export { GIT_ENV };
