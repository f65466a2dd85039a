/**
 * Matching: every changed file against every compiled filter, the last
 * matching pattern deciding (`some`), or every rule holding (`every`).
 */
import type { ChangeStatus, ChangedFile, FilterMatch, PredicateQuantifier } from '../types.js';
import { Pattern, firstSegment, isPlainPath } from './glob.js';
import type { CompiledFilter, CompiledPattern, FilterRule } from './model.js';

/** One pattern of a filter with the change types its rule applies to. */
interface Candidate {
  readonly statuses: ReadonlySet<ChangeStatus> | undefined;
  readonly pattern: CompiledPattern;
}

/**
 * A filter's patterns in order, and for each first path segment the subset
 * that can match a plain path starting with it (order kept), so that a path
 * is only tested against patterns that can match it.
 */
interface SomeIndex {
  readonly all: readonly Candidate[];
  readonly anywhere: readonly Candidate[];
  readonly bySegment: ReadonlyMap<string, readonly Candidate[]>;
}

const someIndexes = new WeakMap<CompiledFilter, SomeIndex>();

function someIndex(filter: CompiledFilter): SomeIndex {
  const cached = someIndexes.get(filter);
  if (cached !== undefined) return cached;
  const all: Candidate[] = [];
  for (const rule of filter.rules) {
    for (const pattern of rule.patterns) all.push({ statuses: rule.statuses, pattern });
  }
  const segmentsOf = (candidate: Candidate): ReadonlySet<string> | undefined =>
    candidate.pattern instanceof Pattern ? candidate.pattern.firstSegments : undefined;
  const keys = new Set<string>();
  for (const candidate of all) for (const key of segmentsOf(candidate) ?? []) keys.add(key);
  const bySegment = new Map<string, Candidate[]>();
  for (const key of keys) {
    bySegment.set(
      key,
      all.filter((candidate) => segmentsOf(candidate)?.has(key) ?? true),
    );
  }
  const index: SomeIndex = {
    all,
    anywhere: all.filter((candidate) => segmentsOf(candidate) === undefined),
    bySegment,
  };
  someIndexes.set(filter, index);
  return index;
}

/** A path prepared once for matching against every filter. */
interface PreparedPath {
  readonly path: string;
  /** No empty, `.` or `..` segment, so the quick literal checks are exact. */
  readonly plain: boolean;
  readonly first: string;
}

function preparePath(path: string): PreparedPath {
  return { path, plain: isPlainPath(path), first: firstSegment(path) };
}

/**
 * The change types a file has at one of its paths. As in dorny/paths-filter, a
 * rename is the new path added and the old path deleted; it is also `renamed`
 * at both, so that rules keyed by `renamed` keep seeing it. A copy is the new
 * path added (and `copied` at both paths); its source is not deleted.
 */
export function statusesAt(file: ChangedFile, atPrevious: boolean): readonly ChangeStatus[] {
  if (file.status === 'renamed') return atPrevious ? RENAMED_FROM : RENAMED_TO;
  if (file.status === 'copied') return atPrevious ? COPIED_FROM : COPIED_TO;
  return [file.status];
}

const RENAMED_TO: readonly ChangeStatus[] = Object.freeze(['renamed', 'added']);
const RENAMED_FROM: readonly ChangeStatus[] = Object.freeze(['renamed', 'deleted']);
const COPIED_TO: readonly ChangeStatus[] = Object.freeze(['copied', 'added']);
const COPIED_FROM: readonly ChangeStatus[] = Object.freeze(['copied']);

/** Whether a rule keyed by `allowed` change types (undefined: any) applies to a file of these types. */
function allows(
  allowed: ReadonlySet<ChangeStatus> | undefined,
  statuses: readonly ChangeStatus[],
): boolean {
  if (allowed === undefined) return true;
  for (const status of statuses) if (allowed.has(status)) return true;
  return false;
}

/** `some`: the last pattern that matches decides, an exclusion excluding. */
function includedBySome(
  index: SomeIndex,
  at: PreparedPath,
  statuses: readonly ChangeStatus[],
): boolean {
  const candidates = at.plain ? (index.bySegment.get(at.first) ?? index.anywhere) : index.all;
  for (let c = candidates.length - 1; c >= 0; c--) {
    const candidate = candidates[c];
    if (candidate === undefined) continue;
    if (!allows(candidate.statuses, statuses)) continue;
    if (candidate.pattern.matches(at.path, at.plain)) return !candidate.pattern.exclude;
  }
  return false;
}

/**
 * `every`: each rule must hold. A rule holds when its change types allow the
 * file (or it has none) and the path matches one of its globs (if it has
 * any without `!`) and none of its `!` globs.
 */
function includedByEvery(
  rules: readonly FilterRule[],
  at: PreparedPath,
  statuses: readonly ChangeStatus[],
): boolean {
  const { path, plain } = at;
  for (const rule of rules) {
    if (!allows(rule.statuses, statuses)) return false;
    if (rule.includes.length > 0 && !anyMatches(rule.includes, path, plain)) return false;
    if (anyMatches(rule.excludes, path, plain)) return false;
  }
  return true;
}

function anyMatches(patterns: readonly CompiledPattern[], path: string, plain: boolean): boolean {
  for (const pattern of patterns) if (pattern.matches(path, plain)) return true;
  return false;
}

/**
 * Matches every file against every filter; filters returned in definition
 * order, each with the files it matched (in the order given). A renamed or
 * copied file matches when its new or its previous path is included, each
 * path with its own change types (see statusesAt).
 */
export function matchFilters(
  filters: readonly CompiledFilter[],
  files: readonly ChangedFile[],
  quantifier: PredicateQuantifier,
): FilterMatch[] {
  const prepared = files.map((file) => {
    const previous = file.previousFilename;
    return {
      file,
      at: preparePath(file.filename),
      before:
        previous !== undefined && previous !== '' && previous !== file.filename
          ? preparePath(previous)
          : undefined,
    };
  });
  return filters.map((filter) => {
    const matched: ChangedFile[] = [];
    if (quantifier === 'every') {
      const rules = filter.rules;
      for (const { file, at, before } of prepared) {
        if (
          includedByEvery(rules, at, statusesAt(file, false)) ||
          (before !== undefined && includedByEvery(rules, before, statusesAt(file, true)))
        ) {
          matched.push(file);
        }
      }
    } else {
      const index = someIndex(filter);
      for (const { file, at, before } of prepared) {
        if (
          includedBySome(index, at, statusesAt(file, false)) ||
          (before !== undefined && includedBySome(index, before, statusesAt(file, true)))
        ) {
          matched.push(file);
        }
      }
    }
    return { name: filter.name, files: matched };
  });
}
