/**
 * The compiled form of filters: what parsing produces and matching reads.
 */
import { GATE_OUTPUT_NAMES, type ChangeStatus } from '../types.js';

/**
 * Output names the gate sets itself. A filter may not take one of these names,
 * nor any name ending in `_count` or `_files` (the per-filter outputs).
 */
export const RESERVED_OUTPUT_NAMES: readonly string[] = GATE_OUTPUT_NAMES;

/** Suffixes of the per-filter outputs `<name>_count` and `<name>_files`. */
export const RESERVED_OUTPUT_SUFFIXES: readonly string[] = Object.freeze(['_count', '_files']);

/** One glob of a filter, compiled. */
export interface CompiledPattern {
  /** The pattern as written, including a leading `!`. */
  readonly source: string;
  /** Written with a leading `!`: a file it matches is excluded. */
  readonly exclude: boolean;
  /** The glob without its `!` (and without a leading `./`), as given to minimatch. */
  readonly glob: string;
  /**
   * Whether the glob matches `path`. `plain` says whether the path has no
   * empty, `.` or `..` segment (`a//b`, `./a`), as the caller may already
   * know; only for such paths may quick literal checks decide before
   * minimatch runs. Worked out when not given.
   */
  matches(path: string, plain?: boolean): boolean;
}

/**
 * One rule of a filter: a single glob, or one `types: globs` entry of a
 * change-type mapping.
 */
export interface FilterRule {
  /** The change types the rule applies to; undefined when it applies to every file. */
  readonly statuses: ReadonlySet<ChangeStatus> | undefined;
  /** The rule's globs, in the order written. */
  readonly patterns: readonly CompiledPattern[];
  /** The globs without `!`. */
  readonly includes: readonly CompiledPattern[];
  /** The globs with `!`. */
  readonly excludes: readonly CompiledPattern[];
}

export interface CompiledFilter {
  readonly name: string;
  /** The rules in the order written, nested lists flattened. */
  readonly rules: readonly FilterRule[];
  /** 1-based line of the filter's name in its source, when known. */
  readonly line?: number;
}
