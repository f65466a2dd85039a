/**
 * The dependency analysis in the action: what training depends on, read at
 * the head of the change (and at its base, for files the change removed),
 * from the checkout when there is one, else through the API. Loaded only when
 * training-entrypoints or dvc-stages is set, so that the plain gate does not
 * pay for it.
 */
import type { DependencyReport, DependencySettings, Snapshot } from '../core/dependencies.js';
import { deadPatternWarning, deadPatterns, type DeadPattern } from '../core/deps/dead.js';
import type { CompiledFilter } from '../core/filters/index.js';
import { messageOf, plural } from '../core/format.js';
import { InputError, type ChangeSet } from '../core/types.js';
import {
  snapshotAt,
  withTreeSession,
  type BlobTexts,
  type GitOptions,
  type TreeSource,
} from '../git/index.js';
import { limited, type GitHubApi } from '../github/index.js';
import type { ActionLog } from './runtime.js';

export interface DependencyRequest {
  settings: DependencySettings;
  changeSet: ChangeSet;
  filters: readonly CompiledFilter[];
  trainOn: readonly string[];
  /** The checkout's git, when there is one. */
  git?: GitOptions;
  api: GitHubApi;
  log: ActionLog;
}

/** Blob requests in flight at once: GitHub's secondary rate limit frowns on more. */
const BLOB_REQUESTS_AT_ONCE = 8;

/**
 * A commit through the API: its tree in one request, each file's blob as it
 * is reached, a blob read once however many paths or commits hold it.
 */
async function apiSnapshot(
  api: GitHubApi,
  commit: string,
  texts: BlobTexts,
): Promise<Snapshot & { cut: boolean }> {
  const tree = await api.repositoryTree(commit);
  const slot = limited(BLOB_REQUESTS_AT_ONCE);
  return {
    commit,
    cut: tree.truncated,
    files: [...tree.blobs.keys()],
    contentKey: (path) => tree.blobs.get(path),
    read: (path) => {
      const sha = tree.blobs.get(path);
      if (sha === undefined) return undefined;
      let text = texts.get(sha);
      if (text === undefined) {
        text = slot(() => api.blobText(sha));
        texts.set(sha, text);
      }
      return text;
    },
  };
}

/** A commit's files from the checkout's git session when there is one, else through the API. */
function snapshot(
  api: GitHubApi,
  git: TreeSource | undefined,
  commit: string,
  blobs: BlobTexts,
): Promise<Snapshot & { cut?: boolean }> {
  return git !== undefined ? snapshotAt(git, commit, blobs) : apiSnapshot(api, commit, blobs);
}

/** What training depends on could not be read at all: the change is not seen whole. */
function unread(reason: string): DependencyReport {
  return {
    matches: [],
    closure: [],
    unresolved: [],
    missing: [reason],
    params: [],
    deadPatterns: [],
    uncovered: [],
    unimported: [],
  };
}

function warnDeadPatterns(dead: readonly DeadPattern[], log: ActionLog): void {
  for (const pattern of dead) log.warning(`${capitalize(deadPatternWarning(pattern))}.`);
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * Without the analysis, the filter patterns that match no file at the head
 * commit, when a checkout lists its files cheaply; undefined otherwise (the
 * API would cost a request and the whole tree).
 */
export async function checkoutDeadPatterns(
  git: GitOptions,
  head: string,
  filters: readonly CompiledFilter[],
  log: ActionLog,
): Promise<DeadPattern[] | undefined> {
  try {
    const { files } = await snapshotAt(git, head);
    const dead = deadPatterns(filters, files);
    warnDeadPatterns(dead, log);
    return dead;
  } catch (err) {
    log.debug(`The files of ${head} could not be listed: ${messageOf(err)}`);
    return undefined;
  }
}

export async function dependencyReport(request: DependencyRequest): Promise<DependencyReport> {
  try {
    return await analyze(request);
  } catch (err) {
    if (err instanceof InputError) throw err;
    request.log.warning(`The training dependencies could not be read: ${messageOf(err)}`);
    return unread(`the files training depends on could not be read (${messageOf(err)})`);
  }
}

async function analyze(request: DependencyRequest): Promise<DependencyReport> {
  const { analyzeDependencies } = await import('../core/dependencies.js');
  const { changeSet, log, api } = request;
  const before = api.requestCount();
  // Blobs by id, shared by the head and the base: a file the change kept is read once.
  const blobs: BlobTexts = new Map();
  // Imports the change removed are read where the change starts: the merge
  // base, not the base branch's tip, which may have moved on since.
  const from = changeSet.mergeBaseSha ?? changeSet.baseSha;
  const run = async (git: TreeSource | undefined) => {
    const head = await snapshot(api, git, changeSet.headSha, blobs);
    const analysis = await analyzeDependencies({
      settings: request.settings,
      head,
      ...(from !== '' ? { base: () => snapshot(api, git, from, blobs) } : {}),
      changes: changeSet.files,
      filters: request.filters,
      trainOn: request.trainOn,
    });
    return { head, analysis };
  };
  // With a checkout, one git session serves the head and the base.
  const { head, analysis: report } =
    request.git !== undefined ? await withTreeSession(request.git, run) : await run(undefined);
  if (head.cut === true) {
    report.missing.push(
      `the API cut the list of the repository's files short (a checkout lists them whole)`,
    );
  }
  const requests = request.api.requestCount() - before;
  log.info(
    `Training dependencies: ${plural(report.closure.length, 'file')} in the closure of the entry points, ` +
      `${plural(report.matches.length, 'changed file')} among them` +
      (request.git === undefined
        ? `; read through ${plural(requests, 'API request')}.`
        : '; read with git.'),
  );
  for (const issue of report.unresolved) {
    log.warning(
      `${issue.file} line ${issue.line}: ${issue.text}: ${issue.reason}; the modules it loads are not counted.`,
    );
  }
  warnDeadPatterns(report.deadPatterns, log);
  if (report.uncovered.length > 0) {
    log.warning(
      `${plural(report.uncovered.length, 'file')} training depends on ${report.uncovered.length === 1 ? 'is' : 'are'} in no train-on filter: ${report.uncovered.slice(0, 10).join(', ')}${report.uncovered.length > 10 ? ', …' : ''}.`,
    );
  }
  return report;
}
