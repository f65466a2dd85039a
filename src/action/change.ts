/**
 * What the action observes of the change: the filters (inline, from the
 * checkout, or through the API at the base) and the change set (from the API,
 * or git in the checkout). An API outage before the change could even be
 * asked for leaves it unseen, for on-error to decide, like any change set that
 * is not whole.
 */
import { existsSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { isAbsolute, join, relative } from 'node:path';
import { collectChangeSet, collectTwoDotChangeSet, type ChangeGit } from '../core/changeset.js';
import type { ResolvedPlan } from '../core/events.js';
import { parseFilters, type CompiledFilter } from '../core/filters/index.js';
import { messageOf } from '../core/format.js';
import { parseModels, type CompiledModel } from '../core/models.js';
import { InputError, type ChangeSet } from '../core/types.js';
import { GitError, changedFiles as gitChangedFiles, fileAt as gitFileAt } from '../git/index.js';
import { GitHubApiError, type GitHubApi } from '../github/index.js';
import { checkoutGit, type Checkout } from './checkout.js';
import type { ActionInputs } from './inputs.js';
import type { ActionEvent, ActionLog } from './runtime.js';

export interface Observed {
  filters: CompiledFilter[];
  models: CompiledModel[];
  /** False when the filters or models could not be read (an outage): they cannot be checked then. */
  filtersKnown: boolean;
  changeSet: ChangeSet;
}

/** Filters and models given inline, parsed before anything is fetched. */
export interface InlineDocuments {
  filters?: CompiledFilter[];
  models?: CompiledModel[];
}

export interface ObserveRequest {
  plan: ResolvedPlan;
  inputs: ActionInputs;
  /** The filters and models given inline, already parsed. */
  inline: InlineDocuments;
  event: ActionEvent;
  checkout: Checkout | undefined;
  api: GitHubApi;
  log: ActionLog;
}

/** The API is down or refusing for now (not a wrong token, path or permission). */
function isOutage(err: unknown): err is GitHubApiError {
  return (
    err instanceof GitHubApiError &&
    (err.kind === 'server-error' ||
      err.kind === 'timeout' ||
      err.kind === 'network' ||
      err.kind === 'rate-limited' ||
      err.kind === 'request-budget')
  );
}

/** Whether the event is about a pull request, whose own files must not decide its gate. */
function aboutPullRequest(request: ObserveRequest): boolean {
  const { event, plan } = request;
  return (
    event.eventName === 'pull_request' ||
    event.eventName === 'pull_request_target' ||
    (plan.kind === 'compare' && plan.pullRequest !== undefined)
  );
}

/**
 * Reads a filters or models file. For a pull request, always at the commit
 * compared from (its base), so that it cannot loosen its own gate: with git
 * from the checkout when there is one (pull_request), else through the API.
 * For other events, from the checkout when there is one, else through the API.
 */
async function loadDocument(
  input: 'filters' | 'models',
  path: string,
  at: string,
  request: ObserveRequest,
): Promise<string | undefined> {
  const { checkout, event, plan, api, log, inputs } = request;
  const what = input === 'filters' ? 'Filters' : 'Models';
  const pull = aboutPullRequest(request);
  if (checkout && !pull) {
    const full = join(checkout.dir, path);
    if (!existsSync(full)) {
      throw new InputError(
        input,
        `Input ${input} names the file ${JSON.stringify(path)}, which is not in the checkout at ${checkout.dir}.`,
      );
    }
    const real = insideCheckout(input, path, checkout.dir);
    log.info(`${what} read from ${path} in the checkout.`);
    return readFileSync(real, 'utf8');
  }
  if (plan.kind === 'none' && !plan.unseen) return undefined;
  const why = pull ? " (the pull request's base: a pull request cannot change its own gate)" : '';
  // Under pull_request_target the checkout may be the pull request's: only the API is asked.
  if (checkout && pull && event.eventName !== 'pull_request_target') {
    try {
      const text = await gitFileAt(
        checkoutGit(checkout, { token: inputs.token, serverUrl: event.serverUrl, log }),
        at,
        path,
      );
      log.info(`${what} read from ${path} at ${at}${why} with git.`);
      return text;
    } catch (err) {
      if (!(err instanceof GitError)) throw err;
      log.debug(`${path} could not be read at ${at} with git (${err.message}); asking the API.`);
    }
  }
  let text: string;
  try {
    text = await api.fileText(path, at);
  } catch (err) {
    if (isOutage(err)) throw err;
    throw new InputError(
      input,
      `Input ${input} names the file ${JSON.stringify(path)}, which could not be read at ${at}: ${messageOf(err)}`,
    );
  }
  log.info(`${what} read from ${path} at ${at}${why} through the API.`);
  return text;
}

/**
 * The real path of `path` in the checkout, when it is a file inside it. A
 * symbolic link (of the file or a folder on its way) that leads out of the
 * checkout is refused, without reading, or naming, what it points at.
 */
function insideCheckout(input: 'filters' | 'models', path: string, dir: string): string {
  const full = join(dir, path);
  const root = realpathSync(dir);
  const real = realpathSync(full);
  const rel = relative(root, real);
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) {
    throw new InputError(
      input,
      `Input ${input} names the file ${JSON.stringify(path)}, which is a symbolic link (or under one) that leads outside the checkout at ${dir}; a ${input} file must be a file inside the repository.`,
    );
  }
  if (!statSync(real).isFile()) {
    throw new InputError(
      input,
      `Input ${input} names ${JSON.stringify(path)}, which is not a file in the checkout at ${dir}; give the path of a YAML file inside the repository.`,
    );
  }
  return real;
}

/** The change set of a plan that compares two commits. */
function compareChange(request: ObserveRequest, base: string): Promise<ChangeSet> {
  const { plan, inputs, checkout, event, api, log } = request;
  const git: ChangeGit | undefined = checkout
    ? {
        changedFiles: (b, h) =>
          gitChangedFiles(
            checkoutGit(checkout, { token: inputs.token, serverUrl: event.serverUrl, log }),
            b,
            h,
          ),
      }
    : undefined;
  const collect =
    plan.kind === 'compare' && plan.twoDot ? collectTwoDotChangeSet : collectChangeSet;
  return collect(
    {
      base,
      head: plan.head,
      // The pull request's own file list describes its base and head, not
      // commits chosen with the base and ref inputs.
      ...(plan.pullRequest && !inputs.base && !inputs.ref ? { pullRequest: plan.pullRequest } : {}),
    },
    {
      api,
      ...(git ? { git } : {}),
      log,
      // The files of each commit are read only when the run's request budget covers them all.
      maxCommitRequests: Math.min(400, Math.max(0, inputs.maxApiRequests - api.requestCount())),
    },
  );
}

export async function observeChange(request: ObserveRequest): Promise<Observed> {
  const { plan, inputs, api } = request;
  let unseen: string | undefined;
  let base: string | undefined;
  if (plan.kind === 'compare') {
    try {
      base = plan.base ?? plan.defaultBranch ?? (await api.defaultBranch());
    } catch (err) {
      if (!isOutage(err)) throw err;
      unseen = `the default branch could not be looked up: ${messageOf(err)}`;
    }
  }

  let filters: CompiledFilter[] = request.inline.filters ?? [];
  let models: CompiledModel[] = request.inline.models ?? [];
  const at = base ?? plan.head;
  let reading: 'filters' | 'models' = 'filters';
  try {
    if (inputs.filters?.kind === 'file' && unseen === undefined) {
      const text = await loadDocument('filters', inputs.filters.path, at, request);
      filters = text === undefined ? [] : parseFilters(text, inputs.filters.path);
    }
    reading = 'models';
    if (inputs.models?.kind === 'file' && unseen === undefined) {
      const text = await loadDocument('models', inputs.models.path, at, request);
      models = text === undefined ? [] : parseModels(text, inputs.models.path);
    }
  } catch (err) {
    if (!isOutage(err)) throw err;
    unseen = `the ${reading} file could not be read: ${messageOf(err)}`;
  }

  let changeSet: ChangeSet;
  if (unseen !== undefined) {
    changeSet = {
      files: [],
      complete: false,
      source: 'none',
      incompleteReason: unseen,
      baseSha: base ?? '',
      headSha: plan.head,
    };
  } else if (plan.kind === 'compare' && base !== undefined) {
    changeSet = await compareChange(request, base);
    if (plan.unplaced !== undefined && changeSet.complete && changeSet.files.length === 0) {
      changeSet = { ...changeSet, complete: false, incompleteReason: plan.unplaced };
    }
  } else {
    changeSet = {
      files: [],
      complete: plan.kind === 'none' && !plan.unseen,
      source: 'none',
      baseSha: '',
      headSha: plan.head,
      ...(plan.kind === 'none' && plan.unseen ? { incompleteReason: plan.reason } : {}),
    };
  }
  const fromFiles = inputs.filters?.kind === 'file' || inputs.models?.kind === 'file';
  return { filters, models, filtersKnown: !fromFiles || unseen === undefined, changeSet };
}
