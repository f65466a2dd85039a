/**
 * The base and ref inputs name commits: each is looked up once, before the
 * change is listed, so that a typo is an error naming the input rather than a
 * change set that could not be listed.
 */
import { quote } from '../core/format.js';
import { InputError } from '../core/types.js';
import { GitHubApiError, type GitHubApi } from '../github/index.js';
import type { ActionInputs } from './inputs.js';
import { ALLOWED_REF } from './inputs.js';
import type { ActionLog } from './runtime.js';

export async function checkRefInputs(
  inputs: Pick<ActionInputs, 'base' | 'ref'>,
  api: Pick<GitHubApi, 'commitSha'>,
  slug: string,
  log: ActionLog,
): Promise<void> {
  for (const name of ['base', 'ref'] as const) {
    const value = inputs[name];
    if (value === undefined) continue;
    try {
      const sha = await api.commitSha(value);
      log.info(`Input ${name} ${quote(value)} is commit ${sha.slice(0, 12)}.`);
    } catch (err) {
      if (!(err instanceof GitHubApiError)) throw err;
      // 422 "No commit found": the repository answered, and has no such commit, branch or tag.
      if (err.status === 422) {
        throw new InputError(
          name,
          `Input ${name} is ${quote(value)}, which is no commit, branch or tag in ${slug}; it must be ${ALLOWED_REF}.`,
        );
      }
      // Anything else (no access, GitHub down) is for the listing of the change to meet and report.
      log.debug(`Input ${name} ${quote(value)} could not be looked up: ${err.message}`);
    }
  }
}
