/**
 * What training depends on, read with git for `check` and `backtest`: the
 * closure of the entry points at a commit (and at its parent, for files a
 * change removed). Across a history, a file version is read and parsed once:
 * texts and parses are kept by blob id. The analysis is loaded only when the
 * options ask for it.
 */
import type { DependencyReport, DependencySettings } from '../core/dependencies.js';
import type { HistoryCommit } from '../core/backtest.js';
import type { CompiledFilter } from '../core/filters/index.js';
import type { ChangedFile } from '../core/types.js';
import {
  snapshotAt,
  withTreeSession,
  type BlobTexts,
  type GitOptions,
  type TreeSnapshot,
  type TreeSource,
} from '../git/index.js';

export interface DependencyOptions {
  settings: DependencySettings;
  filters: readonly CompiledFilter[];
  trainOn: readonly string[];
}

/** The analysis of one change, head against base. */
export async function changeDependencies(
  git: GitOptions,
  options: DependencyOptions,
  change: { baseSha: string; headSha: string; files: readonly ChangedFile[] },
): Promise<DependencyReport> {
  const { analyzeDependencies } = await import('../core/dependencies.js');
  const texts: BlobTexts = new Map();
  return withTreeSession(git, async (source) =>
    analyzeDependencies({
      settings: options.settings,
      head: await snapshotAt(source, change.headSha, texts),
      ...(change.baseSha !== '' ? { base: () => snapshotAt(source, change.baseSha, texts) } : {}),
      changes: change.files,
      filters: options.filters,
      trainOn: options.trainOn,
    }),
  );
}

/**
 * The analysis at every commit of a history (newest first, as git lists
 * it), each against its first parent. `onProgress` counts commits done.
 */
export async function historyDependencies(
  git: GitOptions,
  options: DependencyOptions,
  commits: readonly HistoryCommit[],
  onProgress: (done: number) => void = () => {},
): Promise<Map<string, DependencyReport>> {
  // One git session for the whole history: git is set up once, not per commit.
  return withTreeSession(git, (source) => replay(source, options, commits, onProgress));
}

async function replay(
  source: TreeSource,
  options: DependencyOptions,
  commits: readonly HistoryCommit[],
  onProgress: (done: number) => void,
): Promise<Map<string, DependencyReport>> {
  const { ImportCache, analyzeDependencies } = await import('../core/dependencies.js');
  const texts: BlobTexts = new Map();
  const cache = new ImportCache();
  // Oldest first, so that a commit's parent is usually the snapshot just taken.
  const snapshots = new Map<string, Promise<TreeSnapshot>>();
  const at = (sha: string, known = false): Promise<TreeSnapshot> => {
    let snapshot = snapshots.get(sha);
    if (snapshot === undefined) {
      snapshot = snapshotAt(source, sha, texts, known);
      snapshots.set(sha, snapshot);
    }
    return snapshot;
  };
  const reports = new Map<string, DependencyReport>();
  for (let i = commits.length - 1; i >= 0; i--) {
    const commit = commits[i];
    if (commit === undefined) continue;
    const parent = commit.parents[0];
    const report = await analyzeDependencies({
      settings: options.settings,
      // The commit is from git's own log; its parent is resolved (and fetched if shallow).
      head: await at(commit.sha, true),
      ...(parent !== undefined ? { base: () => at(parent) } : {}),
      changes: commit.files,
      filters: options.filters,
      trainOn: options.trainOn,
      cache,
    });
    reports.set(commit.sha, report);
    // Only the commit and its parent are wanted again.
    for (const sha of snapshots.keys()) {
      if (sha !== commit.sha) snapshots.delete(sha);
    }
    onProgress(commits.length - i);
  }
  return reports;
}
