/**
 * Parameter files as DVC reads them (YAML, JSON, TOML), values with
 * Python's types (an integer is a bigint, a float a number), dotted keys
 * into nested mappings, and which keys changed value between two versions
 * of a file. Pure.
 */
import { parse as parseYaml } from 'yaml';
import { messageOf } from '../format.js';
import { DepsError } from './errors.js';
import { parseToml } from './toml.js';

/** A parameter value: what YAML, JSON and TOML hold, integers as bigint. */
export type ParamValue =
  | null
  | boolean
  | bigint
  | number
  | string
  | readonly ParamValue[]
  | { readonly [key: string]: ParamValue };

export type ParamMap = { readonly [key: string]: ParamValue };

export function isParamMap(value: ParamValue | undefined): value is ParamMap {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** YAML (and JSON, which is YAML) read with integers as bigint and `<<` merges, as DVC reads it. */
export function parseYamlValue(text: string): unknown {
  return parseYaml(text, { intAsBigInt: true, merge: true, maxAliasCount: 1000 });
}

/** Text → a mapping of parameters, by the file's ending. Throws DepsError naming the file. */
export function parseParams(path: string, text: string): ParamMap {
  const lower = path.toLowerCase();
  let value: unknown;
  try {
    if (lower.endsWith('.toml')) value = parseToml(text);
    else if (/\.(?:ya?ml|json)$/.test(lower)) value = parseYamlValue(text);
    else throw new Error('only YAML, JSON and TOML parameter files can be read');
  } catch (err) {
    throw new DepsError(messageOf(err), path);
  }
  if (value === null || value === undefined) return {};
  if (!isParamMap(value as ParamValue)) {
    throw new DepsError('expected a mapping of parameters', path);
  }
  return value as ParamMap;
}

/**
 * The value at a dotted key (`train.optimizer.lr`), or undefined when there
 * is none. A key whose own name holds dots (`"a.b": 1`) is found too.
 */
export function valueAt(params: ParamMap, key: string): ParamValue | undefined {
  if (Object.hasOwn(params, key)) return params[key];
  const parts = key.split('.');
  for (let n = parts.length - 1; n >= 1; n--) {
    const head = parts.slice(0, n).join('.');
    if (!Object.hasOwn(params, head)) continue;
    const inner = params[head];
    if (isParamMap(inner)) {
      const found = valueAt(inner, parts.slice(n).join('.'));
      if (found !== undefined) return found;
    }
  }
  return undefined;
}

/** Equality as Python's `==` sees parsed parameters: 1 == 1.0, nested values compared deeply. */
export function sameValue(a: ParamValue | undefined, b: ParamValue | undefined): boolean {
  if (a === b) return true;
  if (a === undefined || b === undefined || a === null || b === null) return false;
  const numeric = (v: ParamValue): boolean => typeof v === 'number' || typeof v === 'bigint';
  if (numeric(a) && numeric(b)) {
    if (typeof a === 'bigint' && typeof b === 'bigint') return a === b;
    // A bigint and a number: loose equality compares them exactly.
    return a == b;
  }
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    return a.every((item, i) => sameValue(item as ParamValue, b[i] as ParamValue));
  }
  if (isParamMap(a) && isParamMap(b)) {
    const keys = Object.keys(a);
    if (keys.length !== Object.keys(b).length) return false;
    return keys.every((key) => Object.hasOwn(b, key) && sameValue(a[key], b[key]));
  }
  return false;
}

/** Every leaf of a mapping by its dotted key (lists and empty mappings are leaves). */
export function flattenParams(params: ParamMap, prefix = '', out = new Map<string, ParamValue>()) {
  for (const [key, value] of Object.entries(params)) {
    const dotted = prefix === '' ? key : `${prefix}.${key}`;
    if (isParamMap(value) && Object.keys(value).length > 0) flattenParams(value, dotted, out);
    else out.set(dotted, value);
  }
  return out;
}

export interface ParamChange {
  readonly key: string;
  readonly change: 'added' | 'removed' | 'modified';
  readonly base?: ParamValue;
  readonly head?: ParamValue;
}

function change(
  key: string,
  base: ParamValue | undefined,
  head: ParamValue | undefined,
): ParamChange | undefined {
  if (sameValue(base, head)) return undefined;
  if (base === undefined) return { key, change: 'added', head: head as ParamValue };
  if (head === undefined) return { key, change: 'removed', base };
  return { key, change: 'modified', base, head };
}

/**
 * Which of `keys` of the parameters file `path` changed value between two
 * versions of its text (undefined: the file is not there), or, for 'all',
 * which of its leaf keys did. A change of comments or layout is no change.
 * Throws DepsError when a version cannot be parsed.
 */
export function diffParams(
  path: string,
  base: string | undefined,
  head: string | undefined,
  keys: readonly string[] | 'all',
): ParamChange[] {
  const before = base === undefined ? {} : parseParams(path, base);
  const after = head === undefined ? {} : parseParams(path, head);
  const changes: ParamChange[] = [];
  if (keys === 'all') {
    const flatBefore = flattenParams(before);
    const flatAfter = flattenParams(after);
    for (const key of new Set([...flatBefore.keys(), ...flatAfter.keys()])) {
      const found = change(key, flatBefore.get(key), flatAfter.get(key));
      if (found !== undefined) changes.push(found);
    }
    return changes;
  }
  for (const key of keys) {
    const found = change(key, valueAt(before, key), valueAt(after, key));
    if (found !== undefined) changes.push(found);
  }
  return changes;
}

/** A value as Python's `str()` shows it, the way DVC puts values into commands and names. */
export function pythonString(value: ParamValue): string {
  if (value === null) return 'None';
  if (typeof value === 'boolean') return value ? 'True' : 'False';
  if (typeof value === 'bigint' || typeof value === 'string') return String(value);
  if (typeof value === 'number') return pythonFloat(value);
  if (Array.isArray(value)) return `[${value.map(pythonRepr).join(', ')}]`;
  const entries = Object.entries(value as ParamMap);
  return `{${entries.map(([k, v]) => `${pythonRepr(k)}: ${pythonRepr(v)}`).join(', ')}}`;
}

function pythonRepr(value: ParamValue): string {
  if (typeof value !== 'string') return pythonString(value);
  const quote = value.includes("'") && !value.includes('"') ? '"' : "'";
  const escaped = value
    .replace(/\\/g, '\\\\')
    .replace(/\n/g, '\\n')
    .replace(/\r/g, '\\r')
    .replace(/\t/g, '\\t');
  return quote + (quote === "'" ? escaped.replace(/'/g, "\\'") : escaped) + quote;
}

/** A float as Python's `repr()` writes it: `0.1`, `1.0`, `1e-05`, `1.5e+16`, `inf`. */
export function pythonFloat(value: number): string {
  if (Number.isNaN(value)) return 'nan';
  if (!Number.isFinite(value)) return value > 0 ? 'inf' : '-inf';
  if (value === 0) return Object.is(value, -0) ? '-0.0' : '0.0';
  const [mantissa = '', exponentText = '0'] = value.toExponential().split('e');
  const exponent = Number(exponentText);
  const sign = value < 0 ? '-' : '';
  const digits = mantissa.replace('-', '').replace('.', '');
  if (exponent >= -4 && exponent < 16) {
    if (exponent < 0) return `${sign}0.${'0'.repeat(-exponent - 1)}${digits}`;
    const whole = digits.slice(0, exponent + 1).padEnd(exponent + 1, '0');
    return `${sign}${whole}.${digits.slice(exponent + 1) || '0'}`;
  }
  const fraction = digits.length > 1 ? `.${digits.slice(1)}` : '';
  const power = String(Math.abs(exponent)).padStart(2, '0');
  return `${sign}${digits.charAt(0)}${fraction}e${exponent < 0 ? '-' : '+'}${power}`;
}
