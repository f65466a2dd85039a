/**
 * A TOML reader for what `pyproject.toml` and parameter files hold: tables,
 * arrays of tables, dotted and quoted keys, the four string forms, integers
 * (as bigint, so an integer stays apart from a float, as in Python), floats,
 * booleans, arrays and inline tables. Dates and times are kept as their text.
 * Pure; errors name the line.
 */

export type TomlValue = string | bigint | number | boolean | TomlValue[] | TomlTable;
export interface TomlTable {
  [key: string]: TomlValue;
}

export class TomlError extends Error {
  readonly line: number;
  constructor(message: string, line: number) {
    super(`line ${line}: ${message}`);
    this.name = 'TomlError';
    this.line = line;
  }
}

const BARE_KEY = /[A-Za-z0-9_-]/;
const ESCAPES: Readonly<Record<string, string>> = {
  b: '\b',
  t: '\t',
  n: '\n',
  f: '\f',
  r: '\r',
  e: '\x1b',
  '"': '"',
  '\\': '\\',
};
const DATE_TIME =
  /^\d{4}-\d{2}-\d{2}(?:[Tt ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:[Zz]|[+-]\d{2}:\d{2})?)?|^\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?/;
/** Blanks then a line break, right at `lastIndex`: the end of a line after a backslash. */
const LINE_END = /[ \t]*\r?\n/y;
const FLOAT = /^[+-]?(?:inf|nan|\d[\d_]*(?:\.\d[\d_]*)?(?:[eE][+-]?\d[\d_]*)?)/;
const INTEGER = /^(?:0x[0-9A-Fa-f_]+|0o[0-7_]+|0b[01_]+|[+-]?\d[\d_]*)/;

function isTable(value: TomlValue | undefined): value is TomlTable {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

class Reader {
  readonly #src: string;
  #pos = 0;
  #line = 1;
  /** Tables defined by a header or by keys, which a later header may not define again. */
  readonly #defined = new Set<TomlTable>();
  /** Inline tables and arrays, which nothing may extend. */
  readonly #closed = new Set<object>();

  constructor(src: string) {
    this.#src = src;
  }

  #fail(message: string): never {
    throw new TomlError(message, this.#line);
  }

  #peek(offset = 0): string {
    return this.#src.charAt(this.#pos + offset);
  }

  #skipSpaces(): void {
    while (this.#peek() === ' ' || this.#peek() === '\t') this.#pos++;
  }

  /** Spaces, comments and line breaks. */
  #skipBlank(): void {
    for (;;) {
      this.#skipSpaces();
      const ch = this.#peek();
      if (ch === '#') {
        while (this.#pos < this.#src.length && this.#peek() !== '\n') this.#pos++;
      } else if (ch === '\n') {
        this.#pos++;
        this.#line++;
      } else if (ch === '\r' && this.#peek(1) === '\n') {
        this.#pos += 2;
        this.#line++;
      } else {
        return;
      }
    }
  }

  /** The end of a line: spaces, a comment, then a line break or the end. */
  #endOfLine(): void {
    this.#skipSpaces();
    if (this.#peek() === '#') {
      while (this.#pos < this.#src.length && this.#peek() !== '\n') this.#pos++;
    }
    if (this.#pos < this.#src.length && this.#peek() !== '\n' && this.#peek() !== '\r') {
      this.#fail(`unexpected ${JSON.stringify(this.#peek())} after a value`);
    }
  }

  read(): TomlTable {
    const root: TomlTable = {};
    let current = root;
    for (;;) {
      this.#skipBlank();
      if (this.#pos >= this.#src.length) return root;
      if (this.#peek() === '[') {
        current = this.#header(root);
      } else {
        this.#keyValue(current);
      }
      this.#endOfLine();
    }
  }

  #header(root: TomlTable): TomlTable {
    const array = this.#peek(1) === '[';
    this.#pos += array ? 2 : 1;
    const keys = this.#key();
    if (!this.#src.startsWith(array ? ']]' : ']', this.#pos)) {
      this.#fail('a table header is not closed');
    }
    this.#pos += array ? 2 : 1;
    let table = root;
    for (const key of keys.slice(0, -1)) table = this.#descend(table, key);
    const last = keys[keys.length - 1] as string;
    const existing = table[last];
    if (array) {
      if (existing === undefined) table[last] = [];
      const list = table[last];
      if (!Array.isArray(list) || this.#closed.has(list)) {
        this.#fail(`${last} is not an array of tables`);
      }
      const entry: TomlTable = {};
      list.push(entry);
      return entry;
    }
    if (existing === undefined) {
      const entry: TomlTable = {};
      table[last] = entry;
      this.#defined.add(entry);
      return entry;
    }
    if (!isTable(existing) || this.#defined.has(existing) || this.#closed.has(existing)) {
      this.#fail(`the table ${keys.join('.')} is defined twice`);
    }
    this.#defined.add(existing);
    return existing;
  }

  /** The table under `key`, made when missing; the last table of an array of tables. */
  #descend(table: TomlTable, key: string): TomlTable {
    const value = table[key];
    if (value === undefined) {
      const made: TomlTable = {};
      table[key] = made;
      return made;
    }
    if (Array.isArray(value) && !this.#closed.has(value)) {
      const last = value[value.length - 1];
      if (isTable(last)) return last;
    }
    if (!isTable(value) || this.#closed.has(value)) this.#fail(`${key} is not a table`);
    return value;
  }

  #keyValue(table: TomlTable): void {
    const keys = this.#key();
    this.#skipSpaces();
    if (this.#peek() !== '=') this.#fail('expected = after a key');
    this.#pos++;
    this.#skipSpaces();
    const value = this.#value();
    let target = table;
    for (const key of keys.slice(0, -1)) {
      target = this.#descend(target, key);
      this.#defined.add(target);
    }
    const last = keys[keys.length - 1] as string;
    if (Object.hasOwn(target, last)) this.#fail(`the key ${keys.join('.')} is defined twice`);
    target[last] = value;
  }

  /** A dotted key: its parts. */
  #key(): string[] {
    const keys: string[] = [];
    for (;;) {
      this.#skipSpaces();
      const ch = this.#peek();
      if (ch === '"') {
        keys.push(this.#basicString());
      } else if (ch === "'") {
        keys.push(this.#literalString());
      } else {
        const start = this.#pos;
        while (BARE_KEY.test(this.#peek())) this.#pos++;
        if (this.#pos === start) this.#fail('expected a key');
        keys.push(this.#src.slice(start, this.#pos));
      }
      this.#skipSpaces();
      if (this.#peek() !== '.') return keys;
      this.#pos++;
    }
  }

  #value(): TomlValue {
    const ch = this.#peek();
    const rest = this.#src.slice(this.#pos, this.#pos + 64);
    if (ch === '"') {
      return this.#src.startsWith('"""', this.#pos) ? this.#multiline('"') : this.#basicString();
    }
    if (ch === "'") {
      return this.#src.startsWith("'''", this.#pos) ? this.#multiline("'") : this.#literalString();
    }
    if (ch === '[') return this.#array();
    if (ch === '{') return this.#inlineTable();
    if (rest.startsWith('true')) return this.#word('true', true);
    if (rest.startsWith('false')) return this.#word('false', false);
    const date = DATE_TIME.exec(rest);
    if (date !== null) return this.#word(date[0], date[0]);
    const float = FLOAT.exec(rest)?.[0] ?? '';
    const integer = INTEGER.exec(rest)?.[0] ?? '';
    if (integer !== '' && integer.length >= float.length) {
      const digits = integer.replace(/_/g, '');
      const negative = digits.startsWith('-');
      const magnitude = BigInt(digits.replace(/^[+-]/, ''));
      return this.#word(integer, negative ? -magnitude : magnitude);
    }
    if (float !== '') {
      const text = float.replace(/_/g, '');
      const value = /inf$/.test(text)
        ? text.startsWith('-')
          ? -Infinity
          : Infinity
        : /nan$/.test(text)
          ? NaN
          : Number(text);
      return this.#word(float, value);
    }
    return this.#fail(`unexpected ${JSON.stringify(ch || 'end of file')} where a value should be`);
  }

  #word<T extends TomlValue>(text: string, value: T): T {
    this.#pos += text.length;
    return value;
  }

  #basicString(): string {
    this.#pos++;
    let out = '';
    for (;;) {
      const ch = this.#peek();
      if (ch === '' || ch === '\n') this.#fail('a string is not closed');
      this.#pos++;
      if (ch === '"') return out;
      out += ch === '\\' ? this.#escape() : ch;
    }
  }

  #escape(): string {
    const ch = this.#peek();
    this.#pos++;
    const simple = ESCAPES[ch];
    if (simple !== undefined) return simple;
    const width = ch === 'u' ? 4 : ch === 'U' ? 8 : ch === 'x' ? 2 : 0;
    const hex = this.#src.slice(this.#pos, this.#pos + width);
    if (width === 0 || !/^[0-9A-Fa-f]+$/.test(hex) || hex.length !== width) {
      this.#fail(`unknown escape \\${ch}`);
    }
    this.#pos += width;
    return String.fromCodePoint(parseInt(hex, 16));
  }

  #literalString(): string {
    const end = this.#src.indexOf("'", this.#pos + 1);
    const newline = this.#src.indexOf('\n', this.#pos + 1);
    if (end === -1 || (newline !== -1 && newline < end)) this.#fail('a string is not closed');
    const value = this.#src.slice(this.#pos + 1, end);
    this.#pos = end + 1;
    return value;
  }

  /** `"""…"""` or `'''…'''`: a first line break trimmed; in basic ones, escapes and `\` line ends. */
  #multiline(quote: string): string {
    const delimiter = quote.repeat(3);
    this.#pos += 3;
    if (this.#peek() === '\n') {
      this.#pos++;
      this.#line++;
    } else if (this.#src.startsWith('\r\n', this.#pos)) {
      this.#pos += 2;
      this.#line++;
    }
    let out = '';
    for (;;) {
      if (this.#pos >= this.#src.length) this.#fail('a string is not closed');
      if (this.#src.startsWith(delimiter, this.#pos)) {
        // Up to two quotes may end the content right before the delimiter.
        let extra = 0;
        while (extra < 2 && this.#peek(3 + extra) === quote) extra++;
        out += quote.repeat(extra);
        this.#pos += 3 + extra;
        return out;
      }
      const ch = this.#peek();
      this.#pos++;
      if (ch === '\n') this.#line++;
      if (ch === '\\' && quote === '"') {
        LINE_END.lastIndex = this.#pos;
        if (!LINE_END.test(this.#src)) {
          out += this.#escape();
          continue;
        }
        // A line-ending backslash trims the break and the blanks after it.
        while (/\s/.test(this.#peek())) {
          if (this.#peek() === '\n') this.#line++;
          this.#pos++;
        }
        continue;
      }
      out += ch;
    }
  }

  #array(): TomlValue[] {
    this.#pos++;
    const out: TomlValue[] = [];
    for (;;) {
      this.#skipBlank();
      if (this.#peek() === ']') break;
      out.push(this.#value());
      this.#skipBlank();
      if (this.#peek() === ',') {
        this.#pos++;
        continue;
      }
      if (this.#peek() !== ']') this.#fail('expected , or ] in an array');
      break;
    }
    this.#pos++;
    this.#closed.add(out);
    return out;
  }

  #inlineTable(): TomlTable {
    this.#pos++;
    const table: TomlTable = {};
    this.#skipSpaces();
    if (this.#peek() === '}') {
      this.#pos++;
      this.#closed.add(table);
      return table;
    }
    for (;;) {
      this.#keyValue(table);
      this.#skipSpaces();
      const ch = this.#peek();
      this.#pos++;
      if (ch === '}') break;
      if (ch !== ',') this.#fail('expected , or } in an inline table');
    }
    this.#closed.add(table);
    return table;
  }
}

/** Parses TOML text; throws TomlError naming the line of what it cannot read. */
export function parseToml(text: string): TomlTable {
  return new Reader(text).read();
}
