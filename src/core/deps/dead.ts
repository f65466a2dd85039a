/**
 * Filter patterns that match no file of a commit: hand-written filters drift
 * as files move, and a pattern that matches nothing (a renamed
 * `requirements.txt`) silently stops counting changes. Pure.
 */
import type { CompiledFilter } from '../filters/index.js';
import { displayPath } from '../format.js';
import { isPlainPath } from '../filters/glob.js';

export interface DeadPattern {
  readonly filter: string;
  /** The pattern as written. */
  readonly pattern: string;
}

/**
 * The positive patterns of the filters that match none of `files`. Patterns
 * that only apply to deleted files are left out: the files they are for are
 * not at the commit by nature.
 */
export function deadPatterns(
  filters: readonly CompiledFilter[],
  files: readonly string[],
): DeadPattern[] {
  const plain = files.map(isPlainPath);
  const dead: DeadPattern[] = [];
  for (const filter of filters) {
    for (const rule of filter.rules) {
      if (rule.statuses !== undefined && [...rule.statuses].every((s) => s === 'deleted')) continue;
      for (const pattern of rule.includes) {
        if (!files.some((file, i) => pattern.matches(file, plain[i]))) {
          dead.push({ filter: filter.name, pattern: pattern.source });
        }
      }
    }
  }
  return dead;
}

/** "the pattern 'requirements.txt' of filter training matches no file at the head commit" */
export function deadPatternWarning(dead: DeadPattern, commit = 'the head commit'): string {
  return `the pattern '${displayPath(dead.pattern)}' of filter ${displayPath(dead.filter)} matches no file at ${commit}`;
}
