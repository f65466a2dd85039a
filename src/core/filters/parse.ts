/**
 * Filter definitions: parsed and compiled once (this module), then matched against many
 * changed files. The grammar is the one of dorny/paths-filter:
 *
 * ```yaml
 * shared: &shared
 *   - 'common/**'
 * training:
 *   - *shared                       # nested lists are flattened
 *   - 'src/training/**'
 *   - '!src/training/README.md'     # `!` excludes (the last matching pattern wins)
 *   - added|modified: 'data/**'     # only for files with one of these change types
 * ```
 *
 * Pure: no I/O, no process state.
 */
import { Minimatch } from 'minimatch';
import { messageOf } from '../format.js';
import { CHANGE_STATUSES, type ChangeStatus } from '../types.js';
import { readEntries } from './document.js';
import { ExtglobGroup, GLOB_OPTIONS, MAX_BRACE_EXPANSIONS, Pattern, extglobShape } from './glob.js';
import {
  ALLOWED_TYPES,
  ALLOWED_VALUE,
  FILTERS,
  Place,
  describe,
  quote,
  quoteHint,
} from './messages.js';
import type { CompiledFilter, CompiledPattern, FilterRule } from './model.js';

/** Nesting of lists inside a filter beyond which input is refused. */
const MAX_LIST_DEPTH = 64;

/** Compiles one glob string as written in a filter. */
function compilePattern(value: unknown, place: Place): CompiledPattern {
  if (typeof value !== 'string') {
    return place.fail(`a pattern is ${describe(value)}${quoteHint(value)}. ${ALLOWED_VALUE}`);
  }
  if (value.trim() === '') {
    return place.fail(`a pattern is ${describe(value)}. ${ALLOWED_VALUE}`);
  }
  if (/[\p{Cc}\p{Cf}\p{Cs}]/u.test(value)) {
    return place.fail(
      `the pattern ${quote(value)} contains a line break or other control character; ` +
        'write each glob as its own list item (a "|" block turns several lines into one pattern)',
    );
  }
  if (value !== value.trim()) {
    return place.fail(
      `the pattern ${quote(value)} starts or ends with a space, so it would not match ` +
        'the intended paths; remove the space',
    );
  }
  // `!(...)` is an extglob ("anything but"), not an exclusion.
  const exclude = value.startsWith('!') && !value.startsWith('!(');
  let glob = exclude ? value.slice(1) : value;
  if (exclude && glob.trim() === '') {
    return place.fail(
      `the pattern ${quote(value)} has nothing after "!"; write "!" followed by the glob to ` +
        "exclude, for example '!docs/**'",
    );
  }
  if (glob !== glob.trimStart()) {
    return place.fail(
      `the pattern ${quote(value)} has a space after "!"; write the glob right after it, ` +
        "for example '!docs/**'",
    );
  }
  // Paths are repository-relative without `./`, so `./src/**` means `src/**`.
  glob = glob.replace(/^(?:\.\/)+/, '');
  if (glob === '' || glob === '.') {
    return place.fail(
      `the pattern ${quote(value)} names the repository root, not files; use '**' to match every file`,
    );
  }
  if (glob.startsWith('/')) {
    return place.fail(
      `the pattern ${quote(value)} starts with "/", but changed paths are relative to the ` +
        `repository root (src/training/train.py), so it can never match; write ${quote(
          (exclude ? '!' : '') + glob.replace(/^\/+/, ''),
        )}`,
    );
  }
  if (glob.endsWith('/')) {
    return place.fail(
      `the pattern ${quote(value)} ends with "/", but only files are compared, so it can ` +
        `never match; write ${quote(`${value}**`)} to match everything under that folder`,
    );
  }
  const shape = extglobShape(glob);
  if (shape.whole && shape.slashInGroup) {
    // One group over whole paths, as dorny's engine reads it: `!(a/**|b/**)`.
    const { negated, alternatives } = shape.whole;
    const compiled = alternatives.map((alternative) => {
      if (alternative === '') {
        return place.fail(
          `the pattern ${quote(value)} has an empty alternative between its "|"; remove it`,
        );
      }
      return compileGlob(value, alternative, false, place);
    });
    return new ExtglobGroup(value, glob, negated, compiled);
  }
  if (shape.slashInGroup) {
    return place.fail(
      `the pattern ${quote(value)} has a "/" inside an extglob group, which is only read as a ` +
        "whole pattern ('!(docs/**|**/*.md)' or '@(src/**|config/**)'); write the alternatives " +
        'as patterns of their own, or the group as the whole pattern',
    );
  }
  return compileGlob(value, glob, exclude, place);
}

/** One glob compiled with minimatch; `value` is the pattern as written, for messages. */
function compileGlob(value: string, glob: string, exclude: boolean, place: Place): Pattern {
  let matcher: Minimatch;
  try {
    matcher = new Minimatch(glob, GLOB_OPTIONS);
  } catch (error) {
    const message = messageOf(error);
    return place.fail(`the pattern ${quote(value)} is not a valid glob: ${message}`);
  }
  if (matcher.globSet.length > MAX_BRACE_EXPANSIONS) {
    return place.fail(
      `the pattern ${quote(value)} expands its {...} braces to more than ` +
        `${MAX_BRACE_EXPANSIONS} globs; split it or use wildcards`,
    );
  }
  if (matcher.set.length === 0) {
    return place.fail(`the pattern ${quote(value)} can never match a path`);
  }
  return new Pattern(value, exclude, glob, matcher);
}

/**
 * Flattens nested lists (as YAML anchors produce) into their leaves, in order.
 * Refuses lists that contain themselves.
 */
function flatten(value: unknown, place: Place): unknown[] {
  const leaves: unknown[] = [];
  const open = new Set<unknown[]>();
  const walk = (item: unknown, depth: number): void => {
    if (!Array.isArray(item)) {
      leaves.push(item);
      return;
    }
    const list: unknown[] = item;
    if (open.has(list)) {
      place.fail('a list refers to itself through a YAML alias (*name), so it never ends');
    }
    if (depth > MAX_LIST_DEPTH) {
      place.fail(`lists are nested more than ${MAX_LIST_DEPTH} levels deep`);
    }
    open.add(list);
    for (const element of list) walk(element, depth + 1);
    open.delete(list);
  };
  walk(value, 0);
  return leaves;
}

function parseStatuses(key: unknown, place: Place): ReadonlySet<ChangeStatus> {
  if (typeof key !== 'string') {
    return place.fail(
      `a change-type key is ${describe(key)}; a rule keyed by change type looks like ` +
        `"added|modified: 'data/**'". ${ALLOWED_TYPES}`,
    );
  }
  const names = key
    .split('|')
    .map((part) => part.trim().toLowerCase())
    .filter((part) => part !== '');
  if (names.length === 0) {
    return place.fail(`the change-type key ${quote(key)} names no change type. ${ALLOWED_TYPES}`);
  }
  const statuses = new Set<ChangeStatus>();
  for (const name of names) {
    const status = CHANGE_STATUSES.find((s) => s === name);
    if (status === undefined) {
      return place.fail(
        `the change type ${quote(name)} (in the key ${quote(key)}) is not known. ${ALLOWED_TYPES}`,
      );
    }
    statuses.add(status);
  }
  return statuses;
}

function makeRule(
  statuses: ReadonlySet<ChangeStatus> | undefined,
  patterns: readonly CompiledPattern[],
): FilterRule {
  return {
    statuses,
    patterns,
    includes: patterns.filter((p) => !p.exclude),
    excludes: patterns.filter((p) => p.exclude),
  };
}

/** The rules of a change-type mapping such as `{ 'added|modified': 'data/**' }`. */
function statusRules(mapping: Map<unknown, unknown>, place: Place): FilterRule[] {
  const rules: FilterRule[] = [];
  if (mapping.size === 0) {
    place.fail(`an item is an empty mapping. ${ALLOWED_VALUE}`);
  }
  for (const [key, value] of mapping) {
    const statuses = parseStatuses(key, place);
    const label = typeof key === 'string' ? quote(key) : 'change-type';
    if (value === null || value === undefined || (Array.isArray(value) && value.length === 0)) {
      place.fail(
        `the ${label} rule has no patterns (its value is ${describe(value)}); ` +
          'give a glob or a list of globs, for example "added|modified: \'data/**\'"',
      );
    }
    if (typeof value !== 'string' && !Array.isArray(value)) {
      place.fail(
        `the ${label} rule's value is ${describe(value)}${quoteHint(value)}; ` +
          'it must be a glob or a list of globs',
      );
    }
    const leaves = flatten(value, place);
    if (leaves.length === 0) {
      place.fail(`the ${label} rule has no patterns; give a glob or a list of globs`);
    }
    const patterns = leaves.map((leaf) => {
      if (leaf instanceof Map) {
        return place.fail(
          `the ${label} rule contains a mapping; a change-type rule's value must be a glob ` +
            'or a list of globs, and change-type rules cannot be nested',
        );
      }
      return compilePattern(leaf, place);
    });
    rules.push(makeRule(statuses, patterns));
  }
  return rules;
}

/** The rules of one filter's value. */
export function compileRules(value: unknown, place: Place): FilterRule[] {
  if (value === null || value === undefined) {
    return place.fail(`it has no patterns (its value is empty). ${ALLOWED_VALUE}`);
  }
  if (typeof value !== 'string' && !Array.isArray(value) && !(value instanceof Map)) {
    return place.fail(`its value is ${describe(value)}${quoteHint(value)}. ${ALLOWED_VALUE}`);
  }
  const leaves = flatten(value, place);
  if (leaves.length === 0) {
    const what = Array.isArray(value) && value.length > 0 ? 'lists are' : 'value is an empty list';
    return place.fail(`it has no patterns (its ${what} empty). ${ALLOWED_VALUE}`);
  }
  const rules: FilterRule[] = [];
  for (const leaf of leaves) {
    if (leaf instanceof Map) {
      rules.push(...statusRules(leaf, place));
    } else {
      rules.push(makeRule(undefined, [compilePattern(leaf, place)]));
    }
  }
  if (!rules.some((rule) => rule.includes.length > 0)) {
    const first = rules[0]?.patterns[0]?.source ?? '';
    place.fail(
      `every pattern starts with "!" (for example ${quote(first)}), so nothing is included; ` +
        "a filter needs at least one pattern that includes files, such as 'src/**', " +
        'with the "!" exclusions after it',
    );
  }
  return rules;
}

/**
 * Parses filter YAML. `origin` says where the text came from for messages,
 * e.g. "the filters input" or ".github/filters.yml". Throws
 * InputError('filters', message) for every problem.
 */
export function parseFilters(text: string, origin: string): CompiledFilter[] {
  return readEntries(text, origin, FILTERS).map(({ name, line, value, place }) => {
    const rules = compileRules(value, place);
    return line === undefined ? { name, rules } : { name, rules, line };
  });
}
