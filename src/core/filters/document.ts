/**
 * A YAML document of named entries — the filters, or the models — read with
 * line numbers, each entry's name checked to be usable as an output name, and
 * every YAML problem reported with its line. Pure.
 */
import {
  LineCounter,
  Parser,
  isMap,
  isNode,
  isScalar,
  parseDocument,
  visit,
  type Document,
  type Scalar,
} from 'yaml';
import { messageOf, quote } from '../format.js';
import { InputError } from '../types.js';
import { ALLOWED_NAME, NAME_PATTERN, Place, describe, type EntryKind } from './messages.js';
import { RESERVED_OUTPUT_NAMES, RESERVED_OUTPUT_SUFFIXES } from './model.js';

/** Depth of the YAML syntax tree (about three per nesting level) beyond which input is refused. */
const MAX_SYNTAX_DEPTH = 200;
/** Alias expansions allowed when resolving one entry (the yaml library's billion-laughs guard). */
const MAX_ALIAS_COUNT = 100;
/**
 * Entries one document may define. Each is three outputs; past this the
 * outputs outgrow what a job may write, and the YAML library's duplicate-key
 * check (quadratic in the entries of a mapping) takes minutes.
 */
export const MAX_ENTRIES = 500;

/** One named entry of the document. */
export interface Entry {
  name: string;
  /** 1-based line of the entry's name, when known. */
  line?: number;
  /** Its value as plain data: mappings as `Map`, so key types survive. */
  value: unknown;
  /** Where it is, for messages about its value. */
  place: Place;
}

/**
 * Refuses input nested deeper than any filter file needs, before the
 * recursive YAML composer sees it (its stack overflow is not always catchable).
 */
function checkNesting(text: string, origin: string, kind: EntryKind): void {
  const stack: [unknown, number][] = [];
  for (const token of new Parser().parse(text)) {
    checkEntryCount(token, origin, kind);
    stack.push([token, 1]);
  }
  for (let next = stack.pop(); next !== undefined; next = stack.pop()) {
    const [node, depth] = next;
    if (depth > MAX_SYNTAX_DEPTH) {
      new Place(origin, undefined, undefined, kind).fail(
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

/** Refuses a document whose top-level mapping has more than MAX_ENTRIES entries (read from the syntax tree, in linear time). */
function checkEntryCount(token: unknown, origin: string, kind: EntryKind): void {
  const value = (token as { type?: unknown; value?: { type?: unknown; items?: unknown } }).value;
  if ((token as { type?: unknown }).type !== 'document' || value === undefined) return;
  if (value.type !== 'block-map' && value.type !== 'flow-collection') return;
  const count = Array.isArray(value.items) ? value.items.length : 0;
  if (count > MAX_ENTRIES) {
    new Place(origin, undefined, undefined, kind).fail(
      `it defines about ${count} ${kind.input}, more than the ${MAX_ENTRIES} allowed (each is three outputs, and a job's outputs are limited to 1 MB); group paths into fewer ${kind.input}`,
    );
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
  if (!NAME_PATTERN.test(name)) {
    place.fail(
      `the name ${quote(name.length > 120 ? `${name.slice(0, 120)}…` : name)} cannot be an output name. ${ALLOWED_NAME}`,
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
 * A plain (unquoted) value that goes on over several lines is one value with
 * the lines joined: a list item indented under the one above it becomes part
 * of it (`src/** - config/**`) and matches nothing. Refused, with both lines.
 */
function refuseFoldedItems(node: unknown, text: string, lines: LineCounter, place: Place): void {
  if (!isNode(node)) return;
  let folded: Scalar | undefined;
  visit(node, {
    Scalar(_, scalar) {
      const [start, end] = scalar.range ?? [0, 0];
      if (scalar.type === 'PLAIN' && text.slice(start, end).includes('\n')) {
        folded = scalar;
        return visit.BREAK;
      }
      return undefined;
    },
  });
  if (folded === undefined) return;
  const [start = 0, end = 0] = folded.range ?? [];
  const first = lines.linePos(start).line;
  const last = lines.linePos(end).line;
  const source = text.split(/\r?\n|\r/);
  const shown = (line: number): string => quote((source[line - 1] ?? '').trim());
  place.fail(
    `the value on line ${first} (${shown(first)}) goes on over line ${last} (${shown(last)}), so YAML reads them as one value, ${quote(String(folded.value))}, which matches nothing; a list item indented under the one above becomes part of it: give every list item the same indentation`,
  );
}

/** Reads the document's entries in order, refusing what is not a mapping of usable names. */
export function readEntries(text: string, origin: string, kind: EntryKind): Entry[] {
  const root = new Place(origin, undefined, undefined, kind);
  const write = `write a YAML mapping of ${kind.one} name to ${kind.mapsTo}, for example ${kind.example}`;
  if (typeof text !== 'string' || text.trim() === '') {
    return root.fail(`no ${kind.input} are defined; ${write}`);
  }
  checkNesting(text, origin, kind);

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
    return root.fail(`the text could not be read as YAML: ${messageOf(error)}`);
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
      kind.input,
      `Invalid YAML in ${origin} at line ${line}, column ${col}: ` +
        `${first.message.replace(/\.$/, '')}${yamlHint(first.code, first.message)}${near}${more}.`,
    );
  }

  const contents = doc.contents;
  if (contents === null || (isScalar(contents) && contents.value === null)) {
    return root.fail(`the document is empty; ${write}`);
  }
  if (!isMap(contents)) {
    const what = toPlain(contents, doc, root);
    return root.fail(
      `the document is ${describe(what)}, but it must be a mapping of ${kind.one} name to ` +
        `${kind.mapsTo}, for example ${kind.example}`,
    );
  }
  if (contents.items.length === 0) {
    return root.fail(
      `the mapping is empty; define at least one ${kind.one}, for example ${kind.example}`,
    );
  }

  const entries: Entry[] = [];
  const seen = new Map<string, Entry>();
  for (const pair of contents.items) {
    const keyNode: unknown = pair.key;
    const valueNode: unknown = pair.value;
    const anchor = isNode(keyNode) ? keyNode : isNode(valueNode) ? valueNode : undefined;
    const offset = anchor?.range?.[0];
    const line = offset === undefined ? undefined : lines.linePos(offset).line;
    const unnamed = new Place(origin, undefined, line, kind);
    if (isScalar(keyNode) && typeof keyNode.value === 'symbol') {
      unnamed.fail(
        `a "<<" merge key cannot add ${kind.input} at the top level; write each ${kind.one} out, and ` +
          "share globs between filters with an anchor and alias (shared: &shared ['common/**'], " +
          'then - *shared in a filter)',
      );
    }
    const name = nameOf(toPlain(keyNode, doc, unnamed), unnamed);
    const place = new Place(origin, name, line, kind);
    checkName(name, place);
    const other = seen.get(name.toLowerCase());
    if (other !== undefined) {
      place.fail(
        `it has the same name as ${kind.one} ${quote(other.name)}` +
          `${other.line === undefined ? '' : ` (line ${other.line})`} apart from letter case, ` +
          `and GitHub output names ignore case; give each ${kind.one} a distinct name`,
      );
    }
    refuseFoldedItems(valueNode, text, lines, place);
    const entry: Entry = {
      name,
      value: toPlain(valueNode, doc, place),
      place,
      ...(line === undefined ? {} : { line }),
    };
    seen.set(name.toLowerCase(), entry);
    entries.push(entry);
  }
  return entries;
}
