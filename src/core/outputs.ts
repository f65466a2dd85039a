/**
 * Output values of the gate and the `list-files` formats (pure).
 *
 * Every file name git allows must survive each format exactly: spaces, quotes,
 * shell metacharacters, control characters (newline, tab, CR, ESC), leading
 * dashes and any Unicode. The round trips are checked by the tests with a real
 * bash and an RFC 4180 parser.
 */
import { roundDecimal } from './cost.js';
import { shellWord } from './format.js';
import {
  GATE_OUTPUT_NAMES,
  type GateReport,
  type ListFilesFormat,
  type ModelReport,
} from './types.js';

export type FileListFormat = Exclude<ListFilesFormat, 'none'>;

/**
 * Default room for every output of the step together, names included, in
 * UTF-16 bytes (two per UTF-16 code unit), as GitHub counts a job's outputs
 * against its limit of 1 MB: a little under 1 MiB, so that the runner's own
 * framing fits too. The `<filter>_files` lists get what the other outputs leave.
 */
export const DEFAULT_OUTPUTS_BUDGET_BYTES = 1_000_000;

/** Bytes of `text` in UTF-16: two per code unit. */
export function utf16Length(text: string): number {
  return text.length * 2;
}

/** Names of the outputs the gate always sets; a filter of the same name would be shadowed. */
export const FIXED_OUTPUT_NAMES = GATE_OUTPUT_NAMES;

export interface OutputsResult {
  /** Output name and value, fixed outputs first, then per filter `<name>`, `<name>_count`, `<name>_files`. */
  outputs: Array<[name: string, value: string]>;
  /** Filters whose `<name>_files` value was cut to fit the budget, in filter order. */
  truncated: string[];
  /** The complete lists as JSON, for the caller to write to the file named by `files-json-path`. */
  filesJson: string;
  /**
   * Per-filter output names left out because an earlier output already has that
   * name (a filter called `reason`, or `a_count` next to a filter `a`).
   */
  shadowed: string[];
}

export interface OutputsOptions {
  /** Where the caller writes `filesJson`; becomes the `files-json-path` output. */
  filesJsonPath?: string;
  /** Room, in UTF-16 bytes, for every output together, names included (default DEFAULT_OUTPUTS_BUDGET_BYTES). */
  budgetBytes?: number;
}

// Characters `escape` leaves as they are: the safe set above, and anything
// outside ASCII (no multibyte character is a shell metacharacter).
const ESCAPE_PLAIN = /[A-Za-z0-9_@%+:,./\u0080-\u{10ffff}-]/u;

function isAsciiControl(char: string): boolean {
  const code = char.charCodeAt(0);
  return code < 0x20 || code === 0x7f;
}

const CSV_NEEDS_QUOTES = /[",\r\n]/;

function jsonItem(name: string): string {
  return JSON.stringify(name);
}

function csvItem(name: string): string {
  return CSV_NEEDS_QUOTES.test(name) ? `"${name.replace(/"/g, '""')}"` : name;
}

const ANSI_C_NAMED: Readonly<Record<string, string>> = {
  '\n': '\\n',
  '\r': '\\r',
  '\t': '\\t',
};

function ansiCEscape(char: string): string {
  const named = ANSI_C_NAMED[char];
  if (named !== undefined) return named;
  return `\\x${char.charCodeAt(0).toString(16).padStart(2, '0')}`;
}

/**
 * One bash word: printable special characters are backslash-escaped; control
 * characters cannot be (backslash-newline is a line continuation), so each run
 * of them is written with ANSI-C quoting, `$'\n'`, joined to the same word.
 */
function escapeItem(name: string): string {
  if (name === '') return "''";
  let out = '';
  let controls = '';
  for (const char of name) {
    if (isAsciiControl(char)) {
      controls += ansiCEscape(char);
      continue;
    }
    if (controls !== '') {
      out += `$'${controls}'`;
      controls = '';
    }
    out += ESCAPE_PLAIN.test(char) ? char : `\\${char}`;
  }
  if (controls !== '') out += `$'${controls}'`;
  return out;
}

interface FormatSpec {
  item: (name: string) => string;
  separator: string;
  open: string;
  close: string;
}

const FORMATS: Readonly<Record<FileListFormat, FormatSpec>> = {
  json: { item: jsonItem, separator: ',', open: '[', close: ']' },
  csv: { item: csvItem, separator: ',', open: '', close: '' },
  shell: { item: shellWord, separator: ' ', open: '', close: '' },
  escape: { item: escapeItem, separator: ' ', open: '', close: '' },
};

/**
 * A list of file names in a `list-files` format:
 * - `json`: a JSON array of strings.
 * - `csv`: one RFC 4180 record; a field with a comma, double quote, CR or LF is
 *   double-quoted with inner quotes doubled.
 * - `shell`: space-separated POSIX shell words; a name with any character outside
 *   `[A-Za-z0-9_@%+:,./-]` is single-quoted (`'` written as `'\''`).
 * - `escape`: space-separated bash words, special characters backslash-escaped,
 *   control characters as `$'\n'` / `$'\x1b'`.
 * An empty list is `[]` in json and the empty string otherwise.
 */
export function formatFileList(files: readonly string[], format: FileListFormat): string {
  const spec = FORMATS[format];
  return spec.open + files.map(spec.item).join(spec.separator) + spec.close;
}

/** Bytes of `text` in UTF-8 (a lone surrogate counts as the 3 bytes of U+FFFD). */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit < 0x80) bytes += 1;
    else if (unit < 0x800) bytes += 2;
    else if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        bytes += 4;
        i++;
      } else bytes += 3;
    } else bytes += 3;
  }
  return bytes;
}

/**
 * The last entry of a list cut to fit GitHub's output limit. It starts with a
 * `..` path segment, which git never records, so it cannot be mistaken for a
 * changed file; in json it is the last string of the array, in the other
 * formats the last word or field, encoded like any name.
 */
export function truncationMarker(omitted: number, hasFilesJson: boolean): string {
  const files = omitted === 1 ? 'file' : 'files';
  const where = hasFilesJson ? '; full list in the file at output files-json-path' : '';
  return `../ml-change-gate: ${omitted} more ${files} not listed (output size limit)${where}`;
}

interface Encoded {
  items: string[];
  bytes: number[];
  total: number;
}

function encodeList(files: readonly string[], spec: FormatSpec): Encoded {
  const items = files.map(spec.item);
  const bytes = items.map(utf16Length);
  const sep = utf16Length(spec.separator);
  let total = utf16Length(spec.open) + utf16Length(spec.close);
  bytes.forEach((b, i) => {
    total += b + (i > 0 ? sep : 0);
  });
  return { items, bytes, total };
}

/** The longest prefix of the list, plus the marker, that fits `maxBytes` (at least the marker). */
function cutList(
  encoded: Encoded,
  spec: FormatSpec,
  maxBytes: number,
  hasFilesJson: boolean,
): string {
  const n = encoded.items.length;
  const sep = utf16Length(spec.separator);
  const frame = utf16Length(spec.open) + utf16Length(spec.close);
  const markerBytes = (kept: number): number =>
    utf16Length(spec.item(truncationMarker(n - kept, hasFilesJson)));
  let best = 0;
  let used = 0; // bytes of the first k items with their separators
  for (let k = 0; k < n; k++) {
    if (frame + used + (k > 0 ? sep : 0) + markerBytes(k) <= maxBytes) best = k;
    used += (k > 0 ? sep : 0) + (encoded.bytes[k] ?? 0);
    if (frame + used > maxBytes) break;
  }
  const kept = encoded.items.slice(0, best);
  kept.push(spec.item(truncationMarker(n - best, hasFilesJson)));
  return spec.open + kept.join(spec.separator) + spec.close;
}

/**
 * Every `<filter>_files` value, cut where needed so that all together fit
 * `budget` bytes. The room is shared max-min fairly: short lists are kept whole,
 * the long ones get equal shares of what is left.
 */
function fileListValues(
  lists: ReadonlyArray<readonly string[]>,
  format: FileListFormat,
  budget: number,
  hasFilesJson: boolean,
): Array<{ value: string; truncated: boolean }> {
  const spec = FORMATS[format];
  const encoded = lists.map((files) => encodeList(files, spec));
  const result = encoded.map((e) => ({
    value: spec.open + e.items.join(spec.separator) + spec.close,
    truncated: false,
  }));
  const total = encoded.reduce((sum, e) => sum + e.total, 0);
  if (total <= budget) return result;

  const order = encoded.map((_, i) => i).sort((a, b) => encoded[a]!.total - encoded[b]!.total);
  let remaining = budget;
  order.forEach((index, position) => {
    const e = encoded[index]!;
    const share = Math.floor(Math.max(remaining, 0) / (order.length - position));
    if (e.total <= share) {
      remaining -= e.total;
      return;
    }
    const value = cutList(e, spec, share, hasFilesJson);
    result[index] = { value, truncated: true };
    remaining -= utf16Length(value);
  });
  return result;
}

/** Money with 2 decimals: `1.2` → `"1.20"`. */
export function formatAmount(n: number): string {
  const rounded = roundDecimal(n, 2);
  return (Object.is(rounded, -0) ? 0 : rounded).toFixed(2);
}

/** GPU-hours with at most 2 decimals and no trailing zeros: `"0.75"`, `"1.5"`, `"3"`. */
export function formatHours(n: number): string {
  const rounded = roundDecimal(n, 2);
  if (!Number.isFinite(rounded)) return String(rounded);
  return (Object.is(rounded, -0) ? 0 : rounded)
    .toFixed(2)
    .replace(/\.?0+$/, '')
    .replace(/^-0$/, '0');
}

/** Formatters by currency, made when money is first shown (making one loads ICU data). */
const moneyFormats = new Map<string, Intl.NumberFormat>();

/**
 * Money with 2 decimals in the currency's own form (`$1,234.50`, `€12.00`,
 * `CHF 1.20`); a code Intl does not know is written after the amount.
 */
export function formatMoney(amount: number, currency: string): string {
  const value = Number(formatAmount(amount));
  try {
    let format = moneyFormats.get(currency);
    if (format === undefined) {
      format = new Intl.NumberFormat('en-US', {
        style: 'currency',
        currency,
        minimumFractionDigits: 2,
        maximumFractionDigits: 2,
      });
      moneyFormats.set(currency, format);
    }
    return format.format(value);
  } catch {
    return `${formatAmount(amount)} ${currency}`;
  }
}

function optional(n: number | undefined, format: (n: number) => string): string {
  return n === undefined ? '' : format(n);
}

/**
 * With models: `models`, the JSON list of the models to train, and `matrix`,
 * a JSON object for `strategy.matrix` with one entry per model to train (its
 * name, why, and its run's GPU-hours and cost as the outputs write them).
 */
function modelOutputs(models: readonly ModelReport[]): Array<[string, string]> {
  const trained = models.filter((m) => m.decision.shouldTrain);
  const include = trained.map((m) => ({
    model: m.name,
    reason: m.decision.reason,
    'gpu-hours': optional(m.cost.runGpuHours, formatHours),
    cost: optional(m.cost.runCost, formatAmount),
  }));
  return [
    ['models', JSON.stringify(trained.map((m) => m.name))],
    ['matrix', JSON.stringify({ include })],
  ];
}

/** All output values of one run of the gate. */
export function buildOutputs(
  report: GateReport,
  listFiles: ListFilesFormat,
  opts: OutputsOptions = {},
): OutputsResult {
  const { decision, filters, changeSet, cost } = report;
  const budget = opts.budgetBytes ?? DEFAULT_OUTPUTS_BUDGET_BYTES;
  const hasFilesJson = opts.filesJsonPath !== undefined;
  const matched = filters.filter((f) => f.files.length > 0).map((f) => f.name);

  const outputs: Array<[string, string]> = [
    ['should-train', String(decision.shouldTrain)],
    ['reason', decision.reason],
    ['changes', JSON.stringify(matched)],
    ['complete', String(changeSet.complete)],
    ['diff-source', changeSet.source],
    ['base-sha', changeSet.baseSha],
    ['head-sha', changeSet.headSha],
    ['changed-count', String(changeSet.files.length)],
    ['estimated-gpu-hours', optional(cost.estimatedGpuHours, formatHours)],
    ['estimated-cost', optional(cost.estimatedCost, formatAmount)],
    ['cost-avoided', optional(cost.costAvoided, formatAmount)],
    ['over-limit', String(cost.overLimit === true)],
  ];
  if (opts.filesJsonPath !== undefined) outputs.push(['files-json-path', opts.filesJsonPath]);
  if (report.models !== undefined) outputs.push(...modelOutputs(report.models));
  if (report.dependencies !== undefined) {
    outputs.push(
      ['dependency-files', JSON.stringify(report.dependencies.matches.map((m) => m.file.filename))],
      ['closure-size', String(report.dependencies.closure.length)],
    );
  }

  const names = filters.map((f) => f.files.map((file) => file.filename));
  // The file lists get the room every other output (and their own names) leaves.
  let others = 0;
  for (const [name, value] of outputs) others += utf16Length(name) + utf16Length(value);
  for (const model of report.models ?? []) others += utf16Length(model.name) + utf16Length('false');
  for (const filter of filters) {
    others += utf16Length(filter.name) * 3 + utf16Length('false_count_files');
    others += utf16Length(String(filter.files.length));
  }
  const lists =
    listFiles === 'none'
      ? undefined
      : fileListValues(names, listFiles, Math.max(budget - others, 0), hasFilesJson);

  const taken = new Set<string>([...FIXED_OUTPUT_NAMES, ...outputs.map(([name]) => name)]);
  const shadowed: string[] = [];
  const truncated: string[] = [];
  const add = (name: string, value: string): void => {
    if (taken.has(name)) {
      shadowed.push(name);
      return;
    }
    taken.add(name);
    outputs.push([name, value]);
  };
  for (const model of report.models ?? []) add(model.name, String(model.decision.shouldTrain));
  filters.forEach((filter, i) => {
    add(filter.name, String(filter.files.length > 0));
    add(`${filter.name}_count`, String(filter.files.length));
    const list = lists?.[i];
    if (list !== undefined) {
      add(`${filter.name}_files`, list.value);
      if (list.truncated) truncated.push(filter.name);
    }
  });

  const filesJson = JSON.stringify({
    changed: changeSet.files.map((f) => f.filename),
    filters: Object.fromEntries(filters.map((f, i) => [f.name, names[i]])),
  });

  return { outputs, truncated, filesJson, shadowed };
}
