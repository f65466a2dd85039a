/**
 * A small Python tokenizer: just enough of Python's lexical rules to find the
 * tokens that make up imports without ever taking text inside a string or a
 * comment for code. It knows every string form (single, double and
 * triple-quoted; the r, b, u, f and t prefixes in any combination and case;
 * f-strings with replacement fields, nested strings and format specs as
 * Python 3.12 reads them), comments, backslash continuations and brackets
 * (inside which a line break does not end the logical line). It never
 * throws: text that is not valid Python still comes out as some tokens.
 */

export type TokenKind = 'name' | 'op' | 'number' | 'string' | 'newline';

export interface Token {
  readonly kind: TokenKind;
  /** The token's source text (for a string, including its prefix and quotes). */
  readonly text: string;
  /** 1-based line of the token's first character. */
  readonly line: number;
  /** Offsets of the token in the source. */
  readonly start: number;
  readonly end: number;
  /** Open brackets before the token, counted within its own token stream. */
  readonly depth: number;
  /**
   * A string's value when it is a plain `str` literal (not bytes, not an
   * f-string); undefined otherwise.
   */
  readonly value?: string;
  /** For an f-string (or t-string): the tokens of its replacement fields, in order. */
  readonly inner?: readonly Token[];
}

const STRING_PREFIXES = new Set(['r', 'u', 'b', 'br', 'rb', 'f', 'fr', 'rf', 't', 'tr', 'rt']);

/** Operators of more than one character, longest first. */
const LONG_OPERATORS = [
  '**=',
  '//=',
  '>>=',
  '<<=',
  '...',
  '!=',
  '%=',
  '&=',
  '**',
  '*=',
  '+=',
  '-=',
  '->',
  '//',
  '/=',
  ':=',
  '<<',
  '<=',
  '==',
  '>=',
  '>>',
  '@=',
  '^=',
  '|=',
];

const OPEN = new Set(['(', '[', '{']);
const CLOSE = new Set([')', ']', '}']);

function isNameStart(code: number): boolean {
  return (
    (code >= 0x61 && code <= 0x7a) ||
    (code >= 0x41 && code <= 0x5a) ||
    code === 0x5f ||
    code >= 0x80
  );
}

function isNameChar(code: number): boolean {
  return isNameStart(code) || (code >= 0x30 && code <= 0x39);
}

function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

const SIMPLE_ESCAPES: Readonly<Record<string, string>> = {
  '\\': '\\',
  "'": "'",
  '"': '"',
  a: '\x07',
  b: '\b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
  v: '\v',
};

/**
 * The value of a non-raw string body, or undefined when it holds an escape
 * this scanner does not decode (`\N{…}`), which no module name does.
 */
function decodeEscapes(body: string): string | undefined {
  if (!body.includes('\\')) return body;
  let out = '';
  let i = 0;
  while (i < body.length) {
    const ch = body.charAt(i);
    if (ch !== '\\' || i + 1 >= body.length) {
      out += ch;
      i++;
      continue;
    }
    const next = body.charAt(i + 1);
    const simple = SIMPLE_ESCAPES[next];
    if (simple !== undefined) {
      out += simple;
      i += 2;
    } else if (next === '\n') {
      i += 2;
    } else if (next === '\r') {
      i += body.charAt(i + 2) === '\n' ? 3 : 2;
    } else if (next >= '0' && next <= '7') {
      let end = i + 1;
      while (
        end < body.length &&
        end < i + 4 &&
        body.charAt(end) >= '0' &&
        body.charAt(end) <= '7'
      ) {
        end++;
      }
      out += String.fromCodePoint(parseInt(body.slice(i + 1, end), 8));
      i = end;
    } else if (next === 'x' || next === 'u' || next === 'U') {
      const width = next === 'x' ? 2 : next === 'u' ? 4 : 8;
      const hex = body.slice(i + 2, i + 2 + width);
      const code = /^[0-9a-fA-F]+$/.test(hex) && hex.length === width ? parseInt(hex, 16) : NaN;
      if (Number.isNaN(code) || code > 0x10ffff) return undefined;
      out += String.fromCodePoint(code);
      i += 2 + width;
    } else if (next === 'N') {
      return undefined;
    } else {
      out += `\\${next}`;
      i += 2;
    }
  }
  return out;
}

/** How a replacement field of an f-string ended. */
type FieldEnd = '}' | ':' | '!' | 'eof';

class Tokenizer {
  readonly #src: string;
  #pos = 0;
  #line = 1;

  constructor(src: string) {
    this.#src = src;
  }

  /** Tokens of the whole source. */
  tokenize(): Token[] {
    const tokens: Token[] = [];
    this.#tokens(tokens, false);
    return tokens;
  }

  #code(at: number): number {
    return this.#src.charCodeAt(at);
  }

  /** Consumes a line break at the cursor, if there is one. */
  #lineBreak(): boolean {
    const ch = this.#src.charAt(this.#pos);
    if (ch === '\n') {
      this.#pos++;
    } else if (ch === '\r') {
      this.#pos += this.#src.charAt(this.#pos + 1) === '\n' ? 2 : 1;
    } else {
      return false;
    }
    this.#line++;
    return true;
  }

  /**
   * Reads tokens into `out`. At the top level it runs to the end of the
   * source; inside an f-string replacement field (`field`) it stops, without
   * consuming it, at what ends the expression at its own bracket depth 0:
   * `}`, a `:` (format spec) or a `!` that is not `!=` (conversion), or at
   * the end of the source.
   */
  #tokens(out: Token[], field: boolean): FieldEnd {
    const src = this.#src;
    let depth = 0;
    while (this.#pos < src.length) {
      const start = this.#pos;
      const ch = src.charAt(start);
      const code = src.charCodeAt(start);
      if (ch === ' ' || ch === '\t' || ch === '\f') {
        this.#pos++;
        continue;
      }
      if (ch === '\n' || ch === '\r') {
        const line = this.#line;
        this.#lineBreak();
        const last = out[out.length - 1];
        if (!field && depth === 0 && last !== undefined && last.kind !== 'newline') {
          out.push({ kind: 'newline', text: '', line, start, end: start, depth });
        }
        continue;
      }
      if (ch === '#') {
        while (this.#pos < src.length && !'\r\n'.includes(src.charAt(this.#pos))) this.#pos++;
        continue;
      }
      if (ch === '\\') {
        this.#pos++;
        this.#lineBreak();
        continue;
      }
      if (isNameStart(code)) {
        let end = start + 1;
        while (end < src.length && isNameChar(this.#code(end))) end++;
        const word = src.slice(start, end);
        const quote = src.charAt(end);
        if ((quote === '"' || quote === "'") && STRING_PREFIXES.has(word.toLowerCase())) {
          this.#pos = end;
          out.push(this.#string(start, word.toLowerCase(), depth));
          continue;
        }
        this.#pos = end;
        out.push({ kind: 'name', text: word, line: this.#line, start, end, depth });
        continue;
      }
      if (ch === '"' || ch === "'") {
        out.push(this.#string(start, '', depth));
        continue;
      }
      if (isDigit(code) || (ch === '.' && isDigit(this.#code(start + 1)))) {
        this.#pos = this.#number(start);
        const text = src.slice(start, this.#pos);
        out.push({ kind: 'number', text, line: this.#line, start, end: this.#pos, depth });
        continue;
      }
      if (field && depth === 0) {
        if (ch === '}' || ch === ':') return ch;
        if (ch === '!' && src.charAt(start + 1) !== '=') return '!';
      }
      const long = LONG_OPERATORS.find((op) => src.startsWith(op, start));
      const op = long ?? ch;
      this.#pos = start + op.length;
      if (CLOSE.has(op) && depth > 0) depth--;
      out.push({ kind: 'op', text: op, line: this.#line, start, end: this.#pos, depth });
      if (OPEN.has(op)) depth++;
    }
    return 'eof';
  }

  /** The end of digits (`0`-`9` or hexadecimal) with single underscores between them, from `at`. */
  #digits(at: number, hex: boolean): number {
    const src = this.#src;
    const digit = (i: number): boolean =>
      isDigit(this.#code(i)) || (hex && /[a-fA-F]/.test(src.charAt(i)));
    let end = at;
    while (digit(end) || (src.charAt(end) === '_' && digit(end + 1) && end > at)) end++;
    return end;
  }

  /**
   * The end of a number starting at `start`, as Python reads one: integers
   * (with a `0x`, `0o` or `0b` base), decimals, exponents, an imaginary `j`.
   */
  #number(start: number): number {
    const src = this.#src;
    if (/^0[xXoObB]/.test(src.slice(start, start + 2))) {
      return this.#digits(start + 2 + (src.charAt(start + 2) === '_' ? 1 : 0), true);
    }
    let end = this.#digits(start, false);
    if (src.charAt(end) === '.') end = this.#digits(end + 1, false);
    if (/^[eE][+-]?\d/.test(src.slice(end, end + 3))) {
      end = this.#digits(end + (/[+-]/.test(src.charAt(end + 1)) ? 2 : 1), false);
    }
    if (src.charAt(end) === 'j' || src.charAt(end) === 'J') end++;
    return end;
  }

  /** A string token whose prefix (lower-cased) has been read and whose quote is at the cursor. */
  #string(start: number, prefix: string, depth: number): Token {
    const src = this.#src;
    const line = this.#line;
    const quote = src.charAt(this.#pos);
    const triple = src.startsWith(quote.repeat(3), this.#pos);
    const delimiter = triple ? quote.repeat(3) : quote;
    this.#pos += delimiter.length;
    const raw = prefix.includes('r');
    const formatted = prefix.includes('f') || prefix.includes('t');
    const inner: Token[] = [];
    const bodyStart = this.#pos;
    let bodyEnd = src.length;
    while (this.#pos < src.length) {
      const ch = src.charAt(this.#pos);
      if (src.startsWith(delimiter, this.#pos)) {
        bodyEnd = this.#pos;
        this.#pos += delimiter.length;
        break;
      }
      if (ch === '\\') {
        this.#pos++;
        // An escaped character (in a raw string too, the backslash keeps the
        // quote or line break after it from ending the string); `\{` in an
        // f-string is a backslash before a replacement field, but the braces
        // of a named escape (`\N{DASH}`) are no field.
        if (this.#lineBreak() || (formatted && src.charAt(this.#pos) === '{')) continue;
        if (formatted && !raw && src.startsWith('N{', this.#pos)) {
          const close = src.indexOf('}', this.#pos);
          this.#pos = close === -1 ? src.length : close + 1;
        } else if (this.#pos < src.length) {
          this.#pos++;
        }
        continue;
      }
      if (ch === '\n' || ch === '\r') {
        if (!triple) {
          // An unterminated string ends at the line break, as Python reports it.
          bodyEnd = this.#pos;
          break;
        }
        this.#lineBreak();
        continue;
      }
      if (formatted && (ch === '{' || ch === '}')) {
        if (src.charAt(this.#pos + 1) === ch) {
          this.#pos += 2;
        } else if (ch === '{') {
          this.#pos++;
          this.#field(inner, delimiter);
        } else {
          this.#pos++;
        }
        continue;
      }
      this.#pos++;
    }
    const text = src.slice(start, this.#pos);
    const end = this.#pos;
    if (formatted) return { kind: 'string', text, line, start, end, depth, inner };
    if (prefix.includes('b')) return { kind: 'string', text, line, start, end, depth };
    const body = src.slice(bodyStart, bodyEnd);
    const value = raw ? body : decodeEscapes(body);
    return value === undefined
      ? { kind: 'string', text, line, start, end, depth }
      : { kind: 'string', text, line, start, end, depth, value };
  }

  /**
   * One replacement field of an f-string, its `{` consumed: the expression
   * (with a `=` after it, as in `{x=}`, read as an operator), an optional
   * `!conversion`, an optional format spec with nested fields, up to and
   * including the closing `}`.
   */
  #field(inner: Token[], delimiter: string): void {
    const src = this.#src;
    let end = this.#tokens(inner, true);
    if (end === '!') {
      this.#pos++;
      while (this.#pos < src.length && isNameChar(this.#code(this.#pos))) this.#pos++;
      const next = src.charAt(this.#pos);
      end = next === ':' || next === '}' ? next : 'eof';
    }
    if (end === ':') {
      this.#pos++;
      end = this.#formatSpec(inner, delimiter);
    }
    if (end === '}') this.#pos++;
  }

  /**
   * A format spec: text and nested fields, up to (not including) the field's
   * `}`, or the end of the string when the `}` is missing.
   */
  #formatSpec(inner: Token[], delimiter: string): FieldEnd {
    const src = this.#src;
    while (this.#pos < src.length && !src.startsWith(delimiter, this.#pos)) {
      const ch = src.charAt(this.#pos);
      if (ch === '}') return '}';
      if (ch === '{') {
        this.#pos++;
        this.#field(inner, delimiter);
      } else if (!this.#lineBreak()) {
        this.#pos++;
      }
    }
    return 'eof';
  }
}

/** Python source → tokens: names, operators, numbers, strings and logical line ends. */
export function tokenize(source: string): Token[] {
  return new Tokenizer(source).tokenize();
}
