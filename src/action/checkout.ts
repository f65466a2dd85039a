/**
 * The workflow's git checkout, if it has one: the folder of the
 * working-directory input, or the workspace.
 */
import { existsSync } from 'node:fs';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { InputError } from '../core/types.js';
import { isGitCheckout } from '../git/index.js';

export interface Checkout {
  dir: string;
}

export async function findCheckout(
  workingDirectory: string | undefined,
  workspace: string,
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
  // No .git in the folder or above it: no checkout, and no git process started to say so.
  if (!hasGitEntry(dir) && process.env.GIT_DIR === undefined) return undefined;
  return (await isGitCheckout(dir)) ? { dir } : undefined;
}

/** Whether `dir` or a folder above it holds `.git` (a folder, or the file of a worktree). */
function hasGitEntry(dir: string): boolean {
  for (let at = resolve(dir); ; at = dirname(at)) {
    if (existsSync(join(at, '.git'))) return true;
    if (dirname(at) === at) return false;
  }
}
