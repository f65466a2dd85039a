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
import { LineCounter, Parser, isMap, isNode, isScalar, parseDocument, type Document } from 'yaml';
import { messageOf } from '../format.js';
import { CHANGE_STATUSES, InputError, type ChangeStatus } from '../types.js';
import { GLOB_OPTIONS, MAX_BRACE_EXPANSIONS, Pattern } from './glob.js';
import {
  ALLOWED_NAME,
  ALLOWED_TYPES,
  ALLOWED_VALUE,
  Place,
  describe,
  quote,
  quoteHint,
} from './messages.js';
import {
  RESERVED_OUTPUT_NAMES,
  RESERVED_OUTPUT_SUFFIXES,
  type CompiledFilter,
  type FilterRule,
} from './model.js';

/** Depth of the YAML syntax tree (about three per nesting level) beyond which input is refused. */
const MAX_SYNTAX_DEPTH = 200;
/** Nesting of lists inside a filter beyond which input is refused. */
const MAX_LIST_DEPTH = 64;
/** Alias expansions allowed when resolving one filter (the yaml library's billion-laughs guard). */
const MAX_ALIAS_COUNT = 100;

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
    const message = messageOf(error);
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
    const message = messageOf(error);
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
