/**
 * Globs compiled once with minimatch (dotfiles matched, `!` and `#` left to
 * the filter grammar), with quick literal checks that decide most paths
 * before minimatch runs.
 */
import { Minimatch, type MinimatchOptions } from 'minimatch';
import type { CompiledPattern } from './model.js';

/** A brace expansion larger than this is refused rather than silently cut short. */
export const MAX_BRACE_EXPANSIONS = 1000;
export const GLOB_OPTIONS: MinimatchOptions = {
  dot: true,
  // `!` is handled here (last match wins), and `#` is an ordinary character in a path.
  nonegate: true,
  nocomment: true,
  braceExpandMax: MAX_BRACE_EXPANSIONS + 1,
};

/**
 * Characters that make a path segment of a glob something other than literal
 * text. Minimatch keeps a long numeric range such as `{1..2000}` unexpanded,
 * between two private-use characters, so those count as magic too.
 */
const MAGIC = /[*?[\]{}()!+@\\|\uE000-\uF8FF]/;

/**
 * A necessary condition for a plain path to match one brace expansion of a
 * glob, cheap to test: an exact path, or a literal directory prefix and
 * file-name suffix. When `sure`, the condition is also sufficient: the glob
 * is a literal path, a literal folder then `**`, or an optional literal
 * folder then `**` then `*` and a literal file-name ending (`*.md`).
 */
interface Hint {
  readonly exact: string | undefined;
  readonly prefix: string;
  readonly suffix: string;
  readonly sure: boolean;
}

/**
 * Works out the literal parts of one brace-expanded glob, or undefined when
 * the glob has parts (`.`, `..`, empty segments) that minimatch rewrites.
 */
function hintFor(expanded: string): Hint | undefined {
  const segments = expanded.split('/');
  if (segments.some((s) => s === '' || s === '.' || s === '..')) return undefined;
  let literal = 0;
  while (literal < segments.length && !MAGIC.test(segments[literal] ?? '*')) literal++;
  if (literal === segments.length) {
    return { exact: expanded, prefix: expanded, suffix: '', sure: true };
  }
  // The literal leading segments are followed by at least one more segment.
  const prefix = literal === 0 ? '' : `${segments.slice(0, literal).join('/')}/`;
  const last = segments[segments.length - 1] ?? '';
  let suffix = last;
  if (MAGIC.test(last)) {
    let end = last.length;
    while (end > 0 && !MAGIC.test(last.charAt(end - 1))) end--;
    suffix = last.slice(end);
  }
  const rest = segments.slice(literal);
  const sure =
    (rest.length === 1 && rest[0] === '**') ||
    (rest.length === 2 && rest[0] === '**' && last === `*${suffix}`);
  return { exact: undefined, prefix, suffix, sure };
}

/** A path with an empty, `.` or `..` segment, which minimatch treats specially. */
const UNPLAIN_PATH = /(?:^|\/)\.{0,2}(?:\/|$)/;

export function isPlainPath(path: string): boolean {
  return !UNPLAIN_PATH.test(path);
}

/** A path's first segment: up to the first `/`, or the whole path. */
export function firstSegment(path: string): string {
  const slash = path.indexOf('/');
  return slash === -1 ? path : path.slice(0, slash);
}

export class Pattern implements CompiledPattern {
  readonly source: string;
  readonly exclude: boolean;
  readonly glob: string;
  readonly #matcher: Minimatch;
  /** Undefined when no quick check is possible. */
  readonly #hints: readonly Hint[] | undefined;
  /**
   * The first path segments a plain path must have to match (`src` for
   * `src/training/**`); undefined when the glob may match under any.
   */
  readonly firstSegments: ReadonlySet<string> | undefined;

  constructor(source: string, exclude: boolean, glob: string, matcher: Minimatch) {
    this.source = source;
    this.exclude = exclude;
    this.glob = glob;
    this.#matcher = matcher;
    const hints: Hint[] = [];
    for (const expanded of matcher.globSet) {
      const hint = hintFor(expanded);
      if (hint === undefined) break;
      hints.push(hint);
    }
    const usable =
      hints.length === matcher.globSet.length && hints.length > 0 && hints.length <= 32;
    this.#hints = usable ? hints : undefined;
    let segments: Set<string> | undefined;
    if (usable) {
      segments = new Set<string>();
      for (const hint of hints) {
        const known = hint.exact ?? hint.prefix;
        if (known === '') {
          segments = undefined;
          break;
        }
        segments.add(firstSegment(known));
      }
    }
    this.firstSegments = segments;
  }

  matches(path: string, plain: boolean = isPlainPath(path)): boolean {
    const hints = this.#hints;
    if (plain && hints !== undefined) {
      let possible = false;
      for (const hint of hints) {
        if (
          hint.exact !== undefined
            ? path === hint.exact
            : path.startsWith(hint.prefix) && path.endsWith(hint.suffix)
        ) {
          if (hint.sure) return true;
          possible = true;
        }
      }
      if (!possible) return false;
    }
    return this.#matcher.match(path);
  }
}

/**
 * A pattern that is one extglob group with `/` inside, `!(a/**|b/**)` or
 * `@(a/**|b/**)`. Minimatch splits a glob at every `/` before it reads
 * extglobs, so such a group would match nothing; picomatch (dorny's engine)
 * reads it whole: `!(…)` matches every path that none of its alternatives
 * matches, `@(…)` every path one of them matches. Each alternative is a glob
 * of its own.
 */
export class ExtglobGroup implements CompiledPattern {
  readonly source: string;
  readonly exclude = false;
  readonly glob: string;
  readonly #negated: boolean;
  readonly #alternatives: readonly Pattern[];

  constructor(source: string, glob: string, negated: boolean, alternatives: readonly Pattern[]) {
    this.source = source;
    this.glob = glob;
    this.#negated = negated;
    this.#alternatives = alternatives;
  }

  matches(path: string, plain: boolean = isPlainPath(path)): boolean {
    let any = false;
    for (const alternative of this.#alternatives) {
      if (alternative.matches(path, plain)) {
        any = true;
        break;
      }
    }
    return this.#negated ? !any : any;
  }
}

/** Where extglob groups with a `/` inside are, in a glob. */
export interface ExtglobShape {
  /** The glob is one `!(…)` or `@(…)` group: its kind and its alternatives, split at `|`. */
  whole?: { negated: boolean; alternatives: string[] };
  /** Some extglob group has a `/` inside. */
  slashInGroup: boolean;
}

/**
 * Reads the extglob groups of a glob: `!(`, `@(`, `?(`, `*(`, `+(` up to the
 * matching `)`, skipping escaped characters and `[...]` classes.
 */
export function extglobShape(glob: string): ExtglobShape {
  let depth = 0;
  let slashInGroup = false;
  /** Index of the `)` closing the group opened at index 1, when the glob opens with one. */
  let firstClose = -1;
  const bars: number[] = [];
  let braces = 0;
  for (let i = 0; i < glob.length; i++) {
    const c = glob.charAt(i);
    if (c === '\\') {
      i++;
      continue;
    }
    if (c === '[') {
      const close = glob.indexOf(']', i + 2);
      if (close > 0) {
        i = close;
        continue;
      }
    }
    if (c === '(' && i > 0 && '!@?*+'.includes(glob.charAt(i - 1))) depth++;
    else if (c === ')' && depth > 0) {
      depth--;
      if (depth === 0 && firstClose < 0 && /^[!@]\(/.test(glob)) firstClose = i;
    } else if (c === '/' && depth > 0) slashInGroup = true;
    else if (c === '{') braces++;
    else if (c === '}' && braces > 0) braces--;
    else if (c === '|' && depth === 1 && braces === 0 && firstClose < 0) bars.push(i);
  }
  const shape: ExtglobShape = { slashInGroup };
  if (firstClose === glob.length - 1 && /^[!@]\(/.test(glob)) {
    const alternatives: string[] = [];
    let from = 2;
    for (const bar of bars) {
      alternatives.push(glob.slice(from, bar));
      from = bar + 1;
    }
    alternatives.push(glob.slice(from, firstClose));
    shape.whole = { negated: glob.startsWith('!'), alternatives };
  }
  return shape;
}
