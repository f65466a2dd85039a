/**
 * The workflow's git checkout, if it has one: the folder of the
 * working-directory input, or the workspace. git is used only when that
 * folder is itself the top level of a work tree (it holds the `.git` that
 * actions/checkout made): never in a folder inside one, which a pull request
 * may fill with git's own files (HEAD, config, objects/, refs/) so that git
 * takes it for a repository and runs what its config says.
 */
import { existsSync, realpathSync } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';
import { InputError } from '../core/types.js';
import { workTreeTop, type GitLog, type GitOptions } from '../git/index.js';

export interface Checkout {
  dir: string;
}

/** How git is run in the checkout: its folder, and the token and server to fetch with. */
export function checkoutGit(
  checkout: Checkout,
  request: { token: string; serverUrl: string; log: GitLog },
): GitOptions {
  return {
    cwd: checkout.dir,
    token: request.token,
    serverUrl: request.serverUrl,
    log: request.log,
  };
}

export async function findCheckout(
  workingDirectory: string | undefined,
  workspace: string,
  log?: { info(message: string): void },
): Promise<Checkout | undefined> {
  const dir = workingDirectory
    ? isAbsolute(workingDirectory)
      ? workingDirectory
      : resolve(workspace, workingDirectory)
    : workspace;
  if (!existsSync(dir)) {
    if (workingDirectory) {
      throw new InputError(
        'working-directory',
        `Input working-directory is ${JSON.stringify(workingDirectory)}, which does not exist; give the folder of the checkout, or leave it empty when there is none.`,
      );
    }
    return undefined;
  }
  const real = realpathSync(dir);
  // No .git of its own: not a checkout's top level, and git is not started there at all.
  if (!existsSync(join(real, '.git'))) {
    if (workingDirectory) {
      log?.info(
        `${dir} is not the top level of a git checkout (it has no .git), so git is not used there; give working-directory the folder actions/checkout checked out into.`,
      );
    }
    return undefined;
  }
  const top = await workTreeTop(real);
  if (top !== real) {
    log?.info(
      `${dir} is not the top level of a git work tree${top !== undefined ? ` (that is ${top})` : ''}, so git is not used there.`,
    );
    return undefined;
  }
  return { dir: real };
}
