/**
 * DVC's interpolation: the context of `vars` and parameter files (each value
 * with the file it came from, for error messages), and `${…}` replaced in a
 * stage's strings as DVC replaces it, the keys each stage used tracked.
 * Pure.
 */
import { shellWord } from '../format.js';
import { DepsError } from './errors.js';
import { isParamMap, pythonFloat, type ParamMap, type ParamValue } from './params.js';

const EXPRESSION = /^[^.[\]]+(?:\.[^.[\]]+|\[[^.[\]]+\])*$/;
const INTERPOLATION = /(?<!\\)\$\{(.*?)\}/g;

export type Entry =
  | { readonly kind: 'map'; readonly entries: ReadonlyMap<string, Entry>; readonly origin: Origin }
  | { readonly kind: 'list'; readonly items: readonly Entry[]; readonly origin: Origin }
  | { readonly kind: 'value'; readonly value: ParamValue; readonly origin: Origin };

/** Where a value came from: a parameter file and its key there, or the definition itself. */
export interface Origin {
  readonly file?: string;
  readonly key: string;
}

export type Context = ReadonlyMap<string, Entry>;

export function wrap(value: ParamValue, origin: Origin): Entry {
  const child = (key: string): Origin =>
    origin.file === undefined
      ? { key: origin.key ? `${origin.key}.${key}` : key }
      : { file: origin.file, key: origin.key ? `${origin.key}.${key}` : key };
  if (Array.isArray(value)) {
    return {
      kind: 'list',
      items: value.map((v, i) => wrap(v as ParamValue, child(String(i)))),
      origin,
    };
  }
  if (isParamMap(value)) {
    const entries = new Map<string, Entry>();
    for (const [k, v] of Object.entries(value)) entries.set(k, wrap(v, child(k)));
    return { kind: 'map', entries, origin };
  }
  return { kind: 'value', value, origin };
}

function unwrapEntry(entry: Entry): ParamValue {
  if (entry.kind === 'value') return entry.value;
  if (entry.kind === 'list') return entry.items.map(unwrapEntry);
  const out: Record<string, ParamValue> = {};
  for (const [k, v] of entry.entries) out[k] = unwrapEntry(v);
  return out;
}

function describeOrigin(origin: Origin): string {
  return `${origin.file ?? 'vars'}:${origin.key}`;
}

/** `into` with `add` merged in (mappings merged key by key); a value defined twice is an error. */
export function merge(into: Context, add: Context, where: string): Map<string, Entry> {
  const out = new Map(into);
  for (const [key, entry] of add) {
    const existing = out.get(key);
    if (existing === undefined) {
      out.set(key, entry);
    } else if (existing.kind === 'map' && entry.kind === 'map') {
      out.set(key, {
        kind: 'map',
        entries: merge(existing.entries, entry.entries, where),
        origin: existing.origin,
      });
    } else {
      throw new DepsError(
        `cannot redefine '${describeOrigin(entry.origin)}' as it already exists in '${describeOrigin(existing.origin)}'`,
        where,
      );
    }
  }
  return out;
}

/** A Python-like `str()` as DVC's `to_str` gives it: booleans in lower case. */
export function toStr(value: ParamValue): string {
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (value === null) return 'None';
  if (typeof value === 'number') return pythonFloat(value);
  if (typeof value === 'string' || typeof value === 'bigint') return String(value);
  if (Array.isArray(value)) return `[${value.map(toStr).join(', ')}]`;
  return commandArguments(value as ParamMap);
}

/** A mapping as command arguments, as DVC writes `${args}` into a `cmd`: `--lr 0.1 --flag`. */
function commandArguments(params: ParamMap): string {
  const words: string[] = [];
  const add = (prefix: string, map: ParamMap): void => {
    for (const [key, value] of Object.entries(map)) {
      const name = prefix === '' ? key : `${prefix}.${key}`;
      if (isParamMap(value)) add(name, value);
      else if (typeof value === 'boolean') {
        if (value) words.push(`--${name}`);
      } else if (typeof value === 'string') words.push(`--${name} ${shellWord(value)}`);
      else if (Array.isArray(value)) {
        const items = value.map((v) =>
          typeof v === 'string' ? shellWord(v) : toStr(v as ParamValue),
        );
        words.push(`--${name} ${items.join(' ')}`);
      } else words.push(`--${name} ${toStr(value)}`);
    }
  };
  add('', params);
  return words.join(' ');
}

/** Parameter-file values an interpolation read: file → keys. */
export type Tracked = Map<string, Set<string>>;

export class Interpolator {
  readonly #context: Context;
  readonly #tracked: Tracked;
  readonly #where: string;

  constructor(context: Context, tracked: Tracked, where: string) {
    this.#context = context;
    this.#tracked = tracked;
    this.#where = where;
  }

  /** The entry an expression (`a.b[0].c`) names. */
  #find(expression: string): Entry {
    const text = expression.trim();
    if (!EXPRESSION.test(text)) {
      throw new DepsError(`cannot read the expression '\${${expression}}'`, this.#where);
    }
    const parts = text.replace(/\[/g, '.').replace(/\]/g, '').split('.');
    let entry = this.#context.get((parts[0] as string).trim());
    for (const raw of parts.slice(1)) {
      const part = raw.trim();
      if (entry?.kind === 'map') entry = entry.entries.get(part);
      else if (entry?.kind === 'list' && /^\d+$/.test(part)) entry = entry.items[Number(part)];
      else entry = undefined;
    }
    if (entry === undefined) throw new DepsError(`could not find '${text}'`, this.#where);
    return entry;
  }

  /** The value an expression names, noting a parameter-file value as read. */
  #select(expression: string): ParamValue {
    const found = this.#find(expression);
    // DVC tracks the values and lists it reads from parameter files, not whole mappings.
    if (found.kind !== 'map' && found.origin.file !== undefined) {
      const keys = this.#tracked.get(found.origin.file) ?? new Set<string>();
      keys.add(found.origin.key);
      this.#tracked.set(found.origin.file, keys);
    }
    return unwrapEntry(found);
  }

  /** A string with its `${…}` replaced; one that is exactly `${…}` keeps the value's type. */
  string(text: string, key: string | undefined): ParamValue {
    const matches = [...text.matchAll(INTERPOLATION)];
    if (matches.length === 0) return text.replace(/\\\$\{/g, '${');
    const check = (value: ParamValue): void => {
      const composite = typeof value === 'object' && value !== null;
      if (!composite || key === undefined || key.includes('foreach')) return;
      if (isParamMap(value) && key === 'cmd') return;
      throw new DepsError(
        `cannot interpolate data of type '${Array.isArray(value) ? 'list' : 'dict'}' in ${key}`,
        this.#where,
      );
    };
    const only = matches[0] as RegExpMatchArray;
    if (matches.length === 1 && only[0] === text) {
      const value = this.#select(only[1] as string);
      check(value);
      return key === 'cmd' && isParamMap(value) ? commandArguments(value) : value;
    }
    let out = '';
    let at = 0;
    for (const match of matches) {
      const value = this.#select(match[1] as string);
      check(value);
      out += text.slice(at, match.index) + toStr(value);
      at = (match.index ?? 0) + match[0].length;
    }
    return (out + text.slice(at)).replace(/\\\$\{/g, '${');
  }

  /**
   * A value as context entries: `${…}` alone keeps the entry it names (with
   * where it came from, not tracked), other strings are interpolated.
   */
  entry(value: ParamValue): Entry {
    if (typeof value === 'string') {
      const matches = [...value.matchAll(INTERPOLATION)];
      const only = matches[0];
      if (matches.length === 1 && only !== undefined && only[0] === value) {
        return this.#find(only[1] as string);
      }
      return wrap(this.string(value, undefined), { key: '' });
    }
    if (Array.isArray(value)) {
      return {
        kind: 'list',
        items: value.map((v) => this.entry(v as ParamValue)),
        origin: { key: '' },
      };
    }
    if (isParamMap(value)) {
      const entries = new Map<string, Entry>();
      for (const [k, v] of Object.entries(value)) entries.set(k, this.entry(v));
      return { kind: 'map', entries, origin: { key: '' } };
    }
    return wrap(value, { key: '' });
  }

  /** Interpolates every string of a value, keys included. */
  value(value: ParamValue, key: string | undefined): ParamValue {
    if (typeof value === 'string') return this.string(value, key);
    if (Array.isArray(value)) return value.map((v) => this.value(v as ParamValue, key));
    if (isParamMap(value)) {
      const out: Record<string, ParamValue> = {};
      for (const [k, v] of Object.entries(value)) {
        out[toStr(this.string(k, key))] = this.value(v, key);
      }
      return out;
    }
    return value;
  }
}
