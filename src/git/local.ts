/**
 * The repository as it is: whether a folder is a checkout, the commits refs
 * name, file contents at a commit, the default and current branch, and the
 * GitHub repository the remote points at.
 */
import { realpath } from 'node:fs/promises';
import { resolveRef } from './diff.js';
import { checkRef, describeRef } from './refs.js';
import { Session, type GitOptions } from './session.js';

/** The top level of the work tree `dir` is in (its real path), or undefined when it is in none. */
export async function workTreeTop(dir: string): Promise<string | undefined> {
  let session: Session;
  try {
    session = await Session.open({ cwd: dir });
  } catch {
    return undefined;
  }
  try {
    const out = await session.run(['rev-parse', '--show-toplevel']);
    const top = out.stdout.trim();
    return out.exitCode === 0 && top !== '' ? await realpath(top) : undefined;
  } catch {
    return undefined;
  } finally {
    await session.close();
  }
}

/** True when `dir` is in a git work tree that git accepts (a checkout owned by another user included). */
export async function isGitCheckout(dir: string): Promise<boolean> {
  return (await workTreeTop(dir)) !== undefined;
}

/**
 * The commit `ref` names in the repository as it is, without fetching;
 * undefined when it names none. Refs that look like options, ranges or paths
 * are refused with a GitError.
 */
export async function resolveLocalCommit(
  opts: GitOptions,
  ref: string,
): Promise<string | undefined> {
  checkRef(ref, 'requested');
  return Session.with(opts, async (session) => {
    const out = await session.run(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]);
    return out.exitCode === 0 ? out.stdout.trim() : undefined;
  });
}

/** The commit SHA `ref` (a SHA, branch or tag) names, fetching it from the remote when missing. */
export async function resolveCommit(opts: GitOptions, ref: string): Promise<string> {
  return Session.with(opts, (session) => resolveRef(session, ref, 'requested', 1));
}

/** The content of `path` (repository-relative) at commit `ref`, as `git show ref:path`. */
export async function fileAt(opts: GitOptions, ref: string, path: string): Promise<string> {
  return Session.with(opts, async (session) => {
    const sha = await resolveRef(session, ref, 'requested', 1);
    // `rev:./x` would be read relative to cwd; paths here are repository-relative.
    const relative = path.replace(/^(?:\.\/|\/)+/, '');
    const out = await session.run(['cat-file', 'blob', `${sha}:${relative}`]);
    if (out.exitCode !== 0) {
      throw session.error(
        `${path} could not be read at ${describeRef(ref, sha)}: it does not exist there, or is not a file.`,
        out,
      );
    }
    return out.stdout;
  });
}

/**
 * The branch pull requests merge into, as a ref this repository has: what
 * `<remote>/HEAD` points at, else `<remote>/main`, `<remote>/master`, `main`
 * or `master`; undefined when there is none of these.
 */
export async function defaultBranch(opts: GitOptions): Promise<string | undefined> {
  return Session.with(opts, async (session) => {
    const remote = session.remote;
    const head = await session.run(['symbolic-ref', '--quiet', `refs/remotes/${remote}/HEAD`]);
    const target = head.stdout.trim();
    if (head.exitCode === 0 && target.startsWith('refs/remotes/')) {
      const verified = await session.run([
        'rev-parse',
        '--verify',
        '--quiet',
        `${target}^{commit}`,
      ]);
      if (verified.exitCode === 0) return target.slice('refs/remotes/'.length);
    }
    const candidates: [full: string, short: string][] = [
      [`refs/remotes/${remote}/main`, `${remote}/main`],
      [`refs/remotes/${remote}/master`, `${remote}/master`],
      ['refs/heads/main', 'main'],
      ['refs/heads/master', 'master'],
    ];
    for (const [full, short] of candidates) {
      const out = await session.run(['rev-parse', '--verify', '--quiet', `${full}^{commit}`]);
      if (out.exitCode === 0) return short;
    }
    return undefined;
  });
}

/** The name of the branch checked out, or undefined when HEAD is detached. */
export async function currentBranch(opts: GitOptions): Promise<string | undefined> {
  return Session.with(opts, async (session) => {
    const out = await session.run(['symbolic-ref', '--quiet', '--short', 'HEAD']);
    const name = out.stdout.trim();
    return out.exitCode === 0 && name !== '' ? name : undefined;
  });
}

/** A repository on a GitHub server, for links. */
export interface RemoteRepository {
  serverUrl: string;
  owner: string;
  repo: string;
}

/**
 * The server, owner and repository of a remote URL in any of the forms git
 * accepts for GitHub (`https://host/owner/repo.git`, `git@host:owner/repo.git`,
 * `ssh://git@host/owner/repo`); undefined for anything else. Pure.
 */
export function parseRemoteUrl(url: string): RemoteRepository | undefined {
  const text = url.trim();
  const name = '([A-Za-z0-9_.-]+)';
  const path = `${name}/${name}?`;
  const forms = [
    new RegExp(`^https?://(?:[^@/\\s]+@)?([A-Za-z0-9.-]+(?::\\d+)?)/${path}(?:\\.git)?/?$`),
    new RegExp(`^ssh://(?:[^@/\\s]+@)?([A-Za-z0-9.-]+)(?::\\d+)?/${path}(?:\\.git)?/?$`),
    new RegExp(`^(?:[^@/\\s]+@)?([A-Za-z0-9.-]+):${path}(?:\\.git)?/?$`),
  ];
  for (const form of forms) {
    const m = form.exec(text);
    const [, host, owner, repo] = m ?? [];
    if (host === undefined || owner === undefined || repo === undefined) continue;
    const bare = repo.replace(/\.git$/, '');
    if (bare === '' || owner === '.' || owner === '..' || bare === '.' || bare === '..') continue;
    return { serverUrl: `https://${host}`, owner, repo: bare };
  }
  return undefined;
}

/** The GitHub repository the remote points at, when its URL is one. */
export async function remoteRepository(opts: GitOptions): Promise<RemoteRepository | undefined> {
  return Session.with(opts, async (session) => {
    const out = await session.run(['config', '--get', `remote.${session.remote}.url`]);
    return out.exitCode === 0 ? parseRemoteUrl(out.stdout) : undefined;
  });
}
