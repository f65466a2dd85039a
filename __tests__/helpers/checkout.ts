/**
 * Workspaces as actions/checkout leaves them: a fresh repository whose
 * `origin` is the test repository (a file:// URL), with one commit checked out
 * detached and only as much history as `fetch-depth` asks for.
 *
 *   const ws = makeCheckout(repo, headSha);              // fetch-depth: 1 (the default)
 *   const full = makeCheckout(repo, headSha, { depth: 0 }); // fetch-depth: 0
 *   ws.isShallow(); ws.has(baseSha); ws.remove();
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { GIT_ENV, type GitRepo } from './git-repo.js';

export interface CheckoutOptions {
  /** Commits of history fetched with the commit, as actions/checkout's fetch-depth: 0 means all. Default 1. */
  depth?: number;
  prefix?: string;
}

export class Checkout {
  readonly dir: string;
  /** The URL `origin` points at. */
  readonly remoteUrl: string;

  constructor(dir: string, remoteUrl: string) {
    this.dir = dir;
    this.remoteUrl = remoteUrl;
  }

  /** Runs git in the checkout and returns its standard output (untrimmed). */
  git(...args: string[]): string {
    return execFileSync('git', args, {
      cwd: this.dir,
      env: GIT_ENV,
      encoding: 'utf8',
      maxBuffer: 512 * 1024 * 1024,
    });
  }

  /** True when the checkout has the commit. */
  has(sha: string): boolean {
    try {
      execFileSync('git', ['cat-file', '-e', `${sha}^{commit}`], {
        cwd: this.dir,
        env: GIT_ENV,
        stdio: 'ignore',
      });
      return true;
    } catch {
      return false;
    }
  }

  /** True when some commits in the checkout lack their parents. */
  isShallow(): boolean {
    return this.git('rev-parse', '--is-shallow-repository').trim() === 'true';
  }

  head(): string {
    return this.git('rev-parse', 'HEAD').trim();
  }

  remove(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}

/**
 * Checks out `sha` of `repo` into a new folder the way actions/checkout does:
 * init, add origin, fetch the commit (with `depth` commits of history), check
 * it out detached.
 */
export function makeCheckout(repo: GitRepo, sha: string, options: CheckoutOptions = {}): Checkout {
  const depth = options.depth ?? 1;
  const dir = mkdtempSync(join(tmpdir(), options.prefix ?? 'gate-checkout-'));
  const url = pathToFileURL(repo.dir).href;
  const ws = new Checkout(dir, url);
  ws.git('init', '-q');
  ws.git('remote', 'add', 'origin', url);
  if (depth > 0) {
    ws.git(
      'fetch',
      '-q',
      '--no-tags',
      '--no-recurse-submodules',
      `--depth=${depth}`,
      'origin',
      sha,
    );
  } else {
    ws.git('fetch', '-q', '--no-tags', 'origin', '+refs/heads/*:refs/remotes/origin/*');
    if (!ws.has(sha)) ws.git('fetch', '-q', '--no-tags', 'origin', sha);
  }
  ws.git('checkout', '-q', '--detach', sha);
  return ws;
}
