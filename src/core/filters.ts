/**
 * Filter definitions: parsed and compiled once, then matched against many
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
import { Minimatch, type MinimatchOptions } from 'minimatch';
import { LineCounter, Parser, isMap, isNode, isScalar, parseDocument, type Document } from 'yaml';
import {
  CHANGE_STATUSES,
  GATE_OUTPUT_NAMES,
  InputError,
  type ChangeStatus,
  type ChangedFile,
  type FilterMatch,
  type PredicateQuantifier,
} from './types.js';

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

/** A brace expansion larger than this is refused rather than silently cut short. */
const MAX_BRACE_EXPANSIONS = 1000;
/** Depth of the YAML syntax tree (about three per nesting level) beyond which input is refused. */
const MAX_SYNTAX_DEPTH = 200;
/** Nesting of lists inside a filter beyond which input is refused. */
const MAX_LIST_DEPTH = 64;
/** Alias expansions allowed when resolving one filter (the yaml library's billion-laughs guard). */
const MAX_ALIAS_COUNT = 100;

const GLOB_OPTIONS: MinimatchOptions = {
  dot: true,
  // `!` is handled here (last match wins), and `#` is an ordinary character in a path.
  nonegate: true,
  nocomment: true,
  braceExpandMax: MAX_BRACE_EXPANSIONS + 1,
};

const ALLOWED_VALUE =
  "A filter's value must be a glob such as 'src/training/**', or a list of globs, where an item " +
  'may also be a change-type rule such as "added|modified: \'data/**\'"';
const ALLOWED_TYPES =
  `Allowed change types: ${CHANGE_STATUSES.join(', ')}; ` +
  'join several with "|", for example added|modified';
const ALLOWED_NAME =
  'A filter name is text without spaces or control characters, for example training or data-prep';

// ---------------------------------------------------------------------------
// Glob compilation

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

function isPlainPath(path: string): boolean {
  return !UNPLAIN_PATH.test(path);
}

/** A path's first segment: up to the first `/`, or the whole path. */
function firstSegment(path: string): string {
  const slash = path.indexOf('/');
  return slash === -1 ? path : path.slice(0, slash);
}

class Pattern implements CompiledPattern {
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

// ---------------------------------------------------------------------------
// Messages

/** Quotes a string for a message, escaping control characters, shortened when long. */
function quote(text: string): string {
  const shown = text.length > 80 ? `${text.slice(0, 77)}...` : text;
  return JSON.stringify(shown);
}

/** Names a YAML value for a message: what it is, and the value when short. */
function describe(value: unknown): string {
  if (value === null || value === undefined) return 'empty';
  if (typeof value === 'string')
    return value.trim() === '' ? `empty text ${quote(value)}` : quote(value);
  if (typeof value === 'number' || typeof value === 'bigint') return `the number ${String(value)}`;
  if (typeof value === 'boolean') return `the boolean ${String(value)}`;
  if (Array.isArray(value)) return value.length === 0 ? 'an empty list' : 'a list';
  if (value instanceof Map) return 'a mapping';
  if (value instanceof Set) return 'a set';
  if (value instanceof Date) return `the date ${value.toISOString()}`;
  if (value instanceof Uint8Array) return 'binary data';
  return `a value of type ${typeof value}`;
}

/** A hint for a value YAML read as something other than text. */
function quoteHint(value: unknown): string {
  return typeof value === 'number' ||
    typeof value === 'boolean' ||
    typeof value === 'bigint' ||
    value instanceof Date
    ? ' (put quotes around it if it is meant as a path)'
    : '';
}

/** Where a problem is, for the start of a message. */
class Place {
  constructor(
    readonly origin: string,
    readonly filter?: string,
    readonly line?: number,
  ) {}

  toString(): string {
    const at = this.line === undefined ? '' : ` (line ${this.line})`;
    return this.filter === undefined
      ? `Invalid filters in ${this.origin}${at}`
      : `Invalid filter ${quote(this.filter)} in ${this.origin}${at}`;
  }

  fail(problem: string): never {
    throw new InputError('filters', `${this.toString()}: ${problem}.`);
  }
}

// ---------------------------------------------------------------------------
// Parsing

/**
 * Refuses input nested deeper than any filter file needs, before the
 * recursive YAML composer sees it (its stack overflow is not always catchable).
 */
function checkNesting(text: string, origin: string): void {
  const stack: [unknown, number][] = [];
  for (const token of new Parser().parse(text)) stack.push([token, 1]);
  for (let next = stack.pop(); next !== undefined; next = stack.pop()) {
    const [node, depth] = next;
    if (depth > MAX_SYNTAX_DEPTH) {
      new Place(origin).fail(
        'the YAML nests lists or mappings more than about 60 levels deep; ' +
          'a filter file is a mapping of names to lists of globs',
      );
    }
    if (typeof node === 'object' && node !== null) {
      for (const value of Object.values(node)) {
        if (typeof value === 'object' && value !== null) stack.push([value, depth + 1]);
      }
    }
  }
}

/** Converts one YAML node to plain values, maps as `Map` so key types survive. */
function toPlain(node: unknown, doc: Document, place: Place): unknown {
  if (!isNode(node)) return node ?? null;
  try {
    return node.toJS(doc, { mapAsMap: true, maxAliasCount: MAX_ALIAS_COUNT }) as unknown;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (/excessive alias/i.test(message)) {
      return place.fail(
        `YAML aliases (*name) expand to more than ${MAX_ALIAS_COUNT} copies; ` +
          'refer to each anchor a few times at most',
      );
    }
    if (/unresolved alias/i.test(message)) {
      return place.fail(
        `${message.replace(/\.$/, '')}; define the anchor (&name) above the alias (*name) that uses it`,
      );
    }
    return place.fail(`the YAML could not be read: ${message}`);
  }
}

function nameOf(key: unknown, place: Place): string {
  if (typeof key === 'string') return key;
  if (typeof key === 'number' || typeof key === 'boolean' || typeof key === 'bigint') {
    return String(key);
  }
  return place.fail(`a filter name is ${describe(key)}. ${ALLOWED_NAME}`);
}

function checkName(name: string, place: Place): void {
  if (name === '') place.fail(`a filter name is empty. ${ALLOWED_NAME}`);
  if (/[\s\p{Cc}\p{Cf}\p{Cs}]/u.test(name)) {
    place.fail(
      `the name ${quote(name)} contains whitespace or a control character. ${ALLOWED_NAME}`,
    );
  }
  const lower = name.toLowerCase();
  if (RESERVED_OUTPUT_NAMES.includes(lower)) {
    place.fail(
      `the name ${quote(name)} is one of the gate's own outputs; rename the filter. ` +
        `Reserved names: ${RESERVED_OUTPUT_NAMES.join(', ')}`,
    );
  }
  const suffix = RESERVED_OUTPUT_SUFFIXES.find((s) => lower.endsWith(s));
  if (suffix !== undefined) {
    place.fail(
      `the name ${quote(name)} ends in "${suffix}", which would collide with the outputs ` +
        `<filter>_count and <filter>_files of another filter; rename the filter`,
    );
  }
}

/** Compiles one glob string as written in a filter. */
function compilePattern(value: unknown, place: Place): Pattern {
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
  let matcher: Minimatch;
  try {
    matcher = new Minimatch(glob, GLOB_OPTIONS);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
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
  patterns: readonly Pattern[],
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
function filterRules(value: unknown, place: Place): FilterRule[] {
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

/** Says what YAML reads an unquoted `!pattern` as, when that is the problem. */
function yamlHint(code: string, message: string): string {
  if (code === 'TAG_RESOLVE_FAILED' && /Unresolved tag: !(?!<)/.test(message)) {
    return '. A pattern that starts with "!" must be quoted, for example - \'!docs/**\'';
  }
  if (code === 'DUPLICATE_KEY') {
    return '. Each filter name, and each change-type key within one rule, may appear only once';
  }
  if (code === 'TAB_AS_INDENT') return '. Indent with spaces';
  return '';
}

/**
 * Parses filter YAML. `origin` says where the text came from for messages,
 * e.g. "the filters input" or ".github/filters.yml". Throws
 * InputError('filters', message) for every problem.
 */
export function parseFilters(text: string, origin: string): CompiledFilter[] {
  const root = new Place(origin);
  if (typeof text !== 'string' || text.trim() === '') {
    return root.fail(
      'no filters are defined; write a YAML mapping of filter name to globs, for example ' +
        "training: ['src/training/**']",
    );
  }
  checkNesting(text, origin);

  const lines = new LineCounter();
  let doc: Document;
  try {
    doc = parseDocument(text, {
      lineCounter: lines,
      prettyErrors: false,
      uniqueKeys: true,
      merge: true,
    });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return root.fail(`the text could not be read as YAML: ${message}`);
  }
  const problems = [
    ...doc.errors,
    ...doc.warnings.filter((w) => w.code !== 'BAD_INDENT' && w.code !== 'BAD_DIRECTIVE'),
  ];
  const first = problems[0];
  if (first !== undefined) {
    const { line, col } = lines.linePos(first.pos[0]);
    const source = (text.split(/\r?\n|\r/)[line - 1] ?? '').trimEnd();
    const near = source === '' ? '' : ` (line ${line} reads ${quote(source)})`;
    const more = problems.length > 1 ? ` (and ${problems.length - 1} more YAML problems)` : '';
    throw new InputError(
      'filters',
      `Invalid YAML in ${origin} at line ${line}, column ${col}: ` +
        `${first.message.replace(/\.$/, '')}${yamlHint(first.code, first.message)}${near}${more}.`,
    );
  }

  const contents = doc.contents;
  if (contents === null || (isScalar(contents) && contents.value === null)) {
    return root.fail(
      'the document is empty; write a YAML mapping of filter name to globs, for example ' +
        "training: ['src/training/**']",
    );
  }
  if (!isMap(contents)) {
    const what = toPlain(contents, doc, root);
    return root.fail(
      `the document is ${describe(what)}, but it must be a mapping of filter name to globs, ` +
        "for example training: ['src/training/**']",
    );
  }
  if (contents.items.length === 0) {
    return root.fail(
      "the mapping is empty; define at least one filter, for example training: ['src/training/**']",
    );
  }

  const filters: CompiledFilter[] = [];
  const seen = new Map<string, CompiledFilter>();
  for (const pair of contents.items) {
    const keyNode: unknown = pair.key;
    const valueNode: unknown = pair.value;
    const anchor = isNode(keyNode) ? keyNode : isNode(valueNode) ? valueNode : undefined;
    const offset = anchor?.range?.[0];
    const line = offset === undefined ? undefined : lines.linePos(offset).line;
    const unnamed = new Place(origin, undefined, line);
    if (isScalar(keyNode) && typeof keyNode.value === 'symbol') {
      unnamed.fail(
        'a "<<" merge key cannot add filters at the top level; write each filter out, and ' +
          "share globs between filters with an anchor and alias (shared: &shared ['common/**'], " +
          'then - *shared in a filter)',
      );
    }
    const name = nameOf(toPlain(keyNode, doc, unnamed), unnamed);
    const place = new Place(origin, name, line);
    checkName(name, place);
    const other = seen.get(name.toLowerCase());
    if (other !== undefined) {
      place.fail(
        `it has the same name as filter ${quote(other.name)}` +
          `${other.line === undefined ? '' : ` (line ${other.line})`} apart from letter case, ` +
          'and GitHub output names ignore case; give each filter a distinct name',
      );
    }
    const rules = filterRules(toPlain(valueNode, doc, place), place);
    const filter: CompiledFilter = line === undefined ? { name, rules } : { name, rules, line };
    seen.set(name.toLowerCase(), filter);
    filters.push(filter);
  }
  return filters;
}

// ---------------------------------------------------------------------------
// Matching

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

/** `some`: the last pattern that matches decides, an exclusion excluding. */
function includedBySome(index: SomeIndex, at: PreparedPath, status: ChangeStatus): boolean {
  const candidates = at.plain ? (index.bySegment.get(at.first) ?? index.anywhere) : index.all;
  for (let c = candidates.length - 1; c >= 0; c--) {
    const candidate = candidates[c];
    if (candidate === undefined) continue;
    if (candidate.statuses !== undefined && !candidate.statuses.has(status)) continue;
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
  status: ChangeStatus,
): boolean {
  const { path, plain } = at;
  for (const rule of rules) {
    if (rule.statuses !== undefined && !rule.statuses.has(status)) return false;
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
 * copied file matches when its new or its previous path is included.
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
          includedByEvery(rules, at, file.status) ||
          (before !== undefined && includedByEvery(rules, before, file.status))
        ) {
          matched.push(file);
        }
      }
    } else {
      const index = someIndex(filter);
      for (const { file, at, before } of prepared) {
        if (
          includedBySome(index, at, file.status) ||
          (before !== undefined && includedBySome(index, before, file.status))
        ) {
          matched.push(file);
        }
      }
    }
    return { name: filter.name, files: matched };
  });
}
