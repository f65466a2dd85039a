/** The words of the filter grammar's errors: what a value is, where the problem is, what is allowed. */
import { quote } from '../format.js';
import { CHANGE_STATUSES, InputError } from '../types.js';

export const ALLOWED_VALUE =
  "A filter's value must be a glob such as 'src/training/**', or a list of globs, where an item " +
  'may also be a change-type rule such as "added|modified: \'data/**\'"';
export const ALLOWED_TYPES =
  `Allowed change types: ${CHANGE_STATUSES.join(', ')}; ` +
  'join several with "|", for example added|modified';
/**
 * A name the runner's output file and workflow expressions take as it is:
 * `=`, `<<`, quotes or line breaks would let a name write other outputs.
 */
export const NAME_PATTERN = /^[A-Za-z0-9_][A-Za-z0-9_./-]{0,99}$/;
export const ALLOWED_NAME =
  'A filter name is 1 to 100 letters (A-Z, a-z), digits, "_", "-", "." or "/", starting with a letter, digit or "_" ' +
  `(the pattern ${NAME_PATTERN.source}), for example training or data-prep`;

export { quote };

/** Names a YAML value for a message: what it is, and the value when short. */
export function describe(value: unknown): string {
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
export function quoteHint(value: unknown): string {
  return typeof value === 'number' ||
    typeof value === 'boolean' ||
    typeof value === 'bigint' ||
    value instanceof Date
    ? ' (put quotes around it if it is meant as a path)'
    : '';
}

/** What a YAML document of named entries defines: filters, or models. */
export interface EntryKind {
  /** The input the document is given in, named by errors. */
  readonly input: 'filters' | 'models';
  /** One entry, in words: `filter`, `model`. */
  readonly one: string;
  /** An example of one entry, for messages about an empty or malformed document. */
  readonly example: string;
  /** What a name maps to, in words. */
  readonly mapsTo: string;
}

export const FILTERS: EntryKind = {
  input: 'filters',
  one: 'filter',
  example: "training: ['src/training/**']",
  mapsTo: 'globs',
};

/** Where a problem is, for the start of a message. */
export class Place {
  constructor(
    readonly origin: string,
    readonly entry?: string,
    readonly line?: number,
    readonly kind: EntryKind = FILTERS,
  ) {}

  toString(): string {
    const at = this.line === undefined ? '' : ` (line ${this.line})`;
    return this.entry === undefined
      ? `Invalid ${this.kind.input} in ${this.origin}${at}`
      : `Invalid ${this.kind.one} ${quote(this.entry)} in ${this.origin}${at}`;
  }

  fail(problem: string): never {
    throw new InputError(this.kind.input, `${this.toString()}: ${problem}.`);
  }
}
