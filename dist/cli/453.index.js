export const id = 453;
export const ids = [453];
export const modules = {

/***/ 6453:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ImportCache: () => (/* reexport */ ImportCache),
  analyzeDependencies: () => (/* binding */ analyzeDependencies)
});

// EXTERNAL MODULE: ./node_modules/minimatch/dist/esm/index.js + 8 modules
var esm = __webpack_require__(1138);
// EXTERNAL MODULE: ./src/core/filters/glob.ts
var glob = __webpack_require__(4521);
;// CONCATENATED MODULE: ./src/core/deps/errors.ts
/**
 * The error of the dependency analysis: input it cannot read (an empty entry
 * point, a dvc.yaml it cannot expand, a parameters file it cannot parse),
 * with the file it is about when there is one. The caller turns it into a
 * failure; the analysis never guesses past it.
 */
class DepsError extends Error {
    /** The repository file the error is about, when there is one. */
    file;
    constructor(message, file) {
        super(file === undefined ? message : `${file}: ${message}`);
        this.name = 'DepsError';
        this.file = file;
    }
}

;// CONCATENATED MODULE: ./src/core/deps/paths.ts
/**
 * Repository paths (relative, `/`-separated, '' for the root) and the
 * repository's file list as an index of files and folders. Pure.
 */
/** `a/./b/../c` → `a/c`; undefined when it climbs above the root or is absolute. */
function normalizePath(path) {
    if (path.startsWith('/'))
        return undefined;
    const out = [];
    for (const segment of path.split('/')) {
        if (segment === '' || segment === '.')
            continue;
        if (segment === '..') {
            if (out.length === 0)
                return undefined;
            out.pop();
        }
        else {
            out.push(segment);
        }
    }
    return out.join('/');
}
/** `folder` joined with a relative `path`, normalized; undefined when it leaves the repository. */
function joinPath(folder, path) {
    return normalizePath(folder === '' ? path : `${folder}/${path}`);
}
/** The folder of a path: '' for a file at the root. */
function folderOf(path) {
    const slash = path.lastIndexOf('/');
    return slash === -1 ? '' : path.slice(0, slash);
}
/** Whether `path` is `folder` or lies under it ('' holds everything). */
function isWithin(path, folder) {
    return folder === '' || path === folder || path.startsWith(`${folder}/`);
}
/** The files of a commit, with every folder that holds one. */
class FileIndex {
    files;
    #files;
    #folders;
    constructor(files) {
        this.files = [...files];
        this.#files = new Set(this.files);
        const folders = new Set(['']);
        for (const file of this.files) {
            let slash = file.lastIndexOf('/');
            while (slash > 0) {
                const folder = file.slice(0, slash);
                if (folders.has(folder))
                    break;
                folders.add(folder);
                slash = folder.lastIndexOf('/');
            }
        }
        this.#folders = folders;
    }
    hasFile(path) {
        return this.#files.has(path);
    }
    hasFolder(path) {
        return this.#folders.has(path);
    }
}

// EXTERNAL MODULE: ./src/core/format.ts
var format = __webpack_require__(6228);
;// CONCATENATED MODULE: ./src/core/deps/tokens.ts
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
function isNameStart(code) {
    return ((code >= 0x61 && code <= 0x7a) ||
        (code >= 0x41 && code <= 0x5a) ||
        code === 0x5f ||
        code >= 0x80);
}
function isNameChar(code) {
    return isNameStart(code) || (code >= 0x30 && code <= 0x39);
}
function isDigit(code) {
    return code >= 0x30 && code <= 0x39;
}
const SIMPLE_ESCAPES = {
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
function decodeEscapes(body) {
    if (!body.includes('\\'))
        return body;
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
        }
        else if (next === '\n') {
            i += 2;
        }
        else if (next === '\r') {
            i += body.charAt(i + 2) === '\n' ? 3 : 2;
        }
        else if (next >= '0' && next <= '7') {
            let end = i + 1;
            while (end < body.length &&
                end < i + 4 &&
                body.charAt(end) >= '0' &&
                body.charAt(end) <= '7') {
                end++;
            }
            out += String.fromCodePoint(parseInt(body.slice(i + 1, end), 8));
            i = end;
        }
        else if (next === 'x' || next === 'u' || next === 'U') {
            const width = next === 'x' ? 2 : next === 'u' ? 4 : 8;
            const hex = body.slice(i + 2, i + 2 + width);
            const code = /^[0-9a-fA-F]+$/.test(hex) && hex.length === width ? parseInt(hex, 16) : NaN;
            if (Number.isNaN(code) || code > 0x10ffff)
                return undefined;
            out += String.fromCodePoint(code);
            i += 2 + width;
        }
        else if (next === 'N') {
            return undefined;
        }
        else {
            out += `\\${next}`;
            i += 2;
        }
    }
    return out;
}
class Tokenizer {
    #src;
    #pos = 0;
    #line = 1;
    constructor(src) {
        this.#src = src;
    }
    /** Tokens of the whole source. */
    tokenize() {
        const tokens = [];
        this.#tokens(tokens, false);
        return tokens;
    }
    #code(at) {
        return this.#src.charCodeAt(at);
    }
    /** Consumes a line break at the cursor, if there is one. */
    #lineBreak() {
        const ch = this.#src.charAt(this.#pos);
        if (ch === '\n') {
            this.#pos++;
        }
        else if (ch === '\r') {
            this.#pos += this.#src.charAt(this.#pos + 1) === '\n' ? 2 : 1;
        }
        else {
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
    #tokens(out, field) {
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
                while (this.#pos < src.length && !'\r\n'.includes(src.charAt(this.#pos)))
                    this.#pos++;
                continue;
            }
            if (ch === '\\') {
                this.#pos++;
                this.#lineBreak();
                continue;
            }
            if (isNameStart(code)) {
                let end = start + 1;
                while (end < src.length && isNameChar(this.#code(end)))
                    end++;
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
                if (ch === '}' || ch === ':')
                    return ch;
                if (ch === '!' && src.charAt(start + 1) !== '=')
                    return '!';
            }
            const long = LONG_OPERATORS.find((op) => src.startsWith(op, start));
            const op = long ?? ch;
            this.#pos = start + op.length;
            if (CLOSE.has(op) && depth > 0)
                depth--;
            out.push({ kind: 'op', text: op, line: this.#line, start, end: this.#pos, depth });
            if (OPEN.has(op))
                depth++;
        }
        return 'eof';
    }
    /** The end of digits (`0`-`9` or hexadecimal) with single underscores between them, from `at`. */
    #digits(at, hex) {
        const src = this.#src;
        const digit = (i) => isDigit(this.#code(i)) || (hex && /[a-fA-F]/.test(src.charAt(i)));
        let end = at;
        while (digit(end) || (src.charAt(end) === '_' && digit(end + 1) && end > at))
            end++;
        return end;
    }
    /**
     * The end of a number starting at `start`, as Python reads one: integers
     * (with a `0x`, `0o` or `0b` base), decimals, exponents, an imaginary `j`.
     */
    #number(start) {
        const src = this.#src;
        if (/^0[xXoObB]/.test(src.slice(start, start + 2))) {
            return this.#digits(start + 2 + (src.charAt(start + 2) === '_' ? 1 : 0), true);
        }
        let end = this.#digits(start, false);
        if (src.charAt(end) === '.')
            end = this.#digits(end + 1, false);
        if (/^[eE][+-]?\d/.test(src.slice(end, end + 3))) {
            end = this.#digits(end + (/[+-]/.test(src.charAt(end + 1)) ? 2 : 1), false);
        }
        if (src.charAt(end) === 'j' || src.charAt(end) === 'J')
            end++;
        return end;
    }
    /** A string token whose prefix (lower-cased) has been read and whose quote is at the cursor. */
    #string(start, prefix, depth) {
        const src = this.#src;
        const line = this.#line;
        const quote = src.charAt(this.#pos);
        const triple = src.startsWith(quote.repeat(3), this.#pos);
        const delimiter = triple ? quote.repeat(3) : quote;
        this.#pos += delimiter.length;
        const raw = prefix.includes('r');
        const formatted = prefix.includes('f') || prefix.includes('t');
        const inner = [];
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
                if (this.#lineBreak() || (formatted && src.charAt(this.#pos) === '{'))
                    continue;
                if (formatted && !raw && src.startsWith('N{', this.#pos)) {
                    const close = src.indexOf('}', this.#pos);
                    this.#pos = close === -1 ? src.length : close + 1;
                }
                else if (this.#pos < src.length) {
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
                }
                else if (ch === '{') {
                    this.#pos++;
                    this.#field(inner, delimiter);
                }
                else {
                    this.#pos++;
                }
                continue;
            }
            this.#pos++;
        }
        const text = src.slice(start, this.#pos);
        const end = this.#pos;
        if (formatted)
            return { kind: 'string', text, line, start, end, depth, inner };
        if (prefix.includes('b'))
            return { kind: 'string', text, line, start, end, depth };
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
    #field(inner, delimiter) {
        const src = this.#src;
        let end = this.#tokens(inner, true);
        if (end === '!') {
            this.#pos++;
            while (this.#pos < src.length && isNameChar(this.#code(this.#pos)))
                this.#pos++;
            const next = src.charAt(this.#pos);
            end = next === ':' || next === '}' ? next : 'eof';
        }
        if (end === ':') {
            this.#pos++;
            end = this.#formatSpec(inner, delimiter);
        }
        if (end === '}')
            this.#pos++;
    }
    /**
     * A format spec: text and nested fields, up to (not including) the field's
     * `}`, or the end of the string when the `}` is missing.
     */
    #formatSpec(inner, delimiter) {
        const src = this.#src;
        while (this.#pos < src.length && !src.startsWith(delimiter, this.#pos)) {
            const ch = src.charAt(this.#pos);
            if (ch === '}')
                return '}';
            if (ch === '{') {
                this.#pos++;
                this.#field(inner, delimiter);
            }
            else if (!this.#lineBreak()) {
                this.#pos++;
            }
        }
        return 'eof';
    }
}
/** Python source → tokens: names, operators, numbers, strings and logical line ends. */
function tokenize(source) {
    return new Tokenizer(source).tokenize();
}

;// CONCATENATED MODULE: ./src/core/deps/python.ts
/**
 * Every import of a Python file or notebook, with its line: `import`
 * statements, `from … import` statements (relative ones too), wherever they
 * stand (in functions, classes, `if TYPE_CHECKING:`, `try:`), and calls of
 * `importlib.import_module` and `__import__` with literal arguments. A call
 * whose module name is computed is reported as unresolved, never dropped.
 * Read from tokens (./tokens.ts), not from lines. Pure.
 */


const MAX_TEXT = 120;
function isOp(token, text) {
    return token !== undefined && token.kind === 'op' && token.text === text;
}
function isName(token, text) {
    return (token !== undefined && token.kind === 'name' && (text === undefined || token.text === text));
}
/** Whether a statement may start at `tokens[i]`. */
function statementStart(tokens, i) {
    const previous = tokens[i - 1];
    if (previous === undefined || previous.kind === 'newline')
        return true;
    if (previous.kind !== 'op')
        return false;
    // `;` between statements, and the `:` of a compound statement's header
    // (`if x: import y`); a `:` inside brackets is a slice, dict or lambda.
    return previous.text === ';' || (previous.text === ':' && previous.depth === 0);
}
/** Reads `a.b.c` at `tokens[i]`: the name and the index after it, or undefined. */
function dottedName(tokens, i) {
    const first = tokens[i];
    if (!isName(first))
        return undefined;
    let name = first.text;
    let j = i + 1;
    while (isOp(tokens[j], '.') && isName(tokens[j + 1])) {
        name += `.${tokens[j + 1]?.text ?? ''}`;
        j += 2;
    }
    return [name, j];
}
/** Skips `as name` at `tokens[j]`. */
function skipAlias(tokens, j) {
    if (isName(tokens[j], 'as') && isName(tokens[j + 1]))
        return [tokens[j + 1]?.text, j + 2];
    return [undefined, j];
}
function readStatements(tokens) {
    const found = {
        imports: [],
        importlib: new Set(['importlib']),
        importModule: new Set(),
    };
    for (let i = 0; i < tokens.length; i++) {
        const token = tokens[i];
        if (token.kind !== 'name' || !statementStart(tokens, i))
            continue;
        if (token.text === 'import')
            i = readImport(tokens, i, found) - 1;
        else if (token.text === 'from')
            i = readFrom(tokens, i, found) - 1;
    }
    return found;
}
/** `import a.b as c, d` at `tokens[i]`; returns the index after it. */
function readImport(tokens, i, found) {
    const line = tokens[i].line;
    let j = i + 1;
    for (;;) {
        const read = dottedName(tokens, j);
        if (read === undefined)
            return j;
        const [module, after] = read;
        const [alias, next] = skipAlias(tokens, after);
        found.imports.push({ kind: 'import', module, level: 0, names: [], line });
        if (module === 'importlib' && alias !== undefined)
            found.importlib.add(alias);
        j = next;
        if (!isOp(tokens[j], ','))
            return j;
        j++;
    }
}
/** `from ..a import (b as c, d)` at `tokens[i]`; returns the index after it. */
function readFrom(tokens, i, found) {
    const line = tokens[i].line;
    let j = i + 1;
    let level = 0;
    for (;;) {
        const token = tokens[j];
        if (isOp(token, '.'))
            level += 1;
        else if (isOp(token, '...'))
            level += 3;
        else
            break;
        j++;
    }
    let module = '';
    const read = dottedName(tokens, j);
    if (read !== undefined && read[0] !== 'import')
        [module, j] = read;
    if (!isName(tokens[j], 'import') || (module === '' && level === 0))
        return j;
    j++;
    const names = [];
    if (isOp(tokens[j], '*')) {
        names.push('*');
        j++;
    }
    else {
        const parenthesized = isOp(tokens[j], '(');
        if (parenthesized)
            j++;
        for (;;) {
            const name = tokens[j];
            if (!isName(name))
                break;
            const [alias, next] = skipAlias(tokens, j + 1);
            names.push(name.text);
            if (module === 'importlib' && level === 0 && name.text === 'import_module') {
                found.importModule.add(alias ?? name.text);
            }
            j = next;
            if (!isOp(tokens[j], ','))
                break;
            j++;
        }
        if (parenthesized && isOp(tokens[j], ')'))
            j++;
    }
    found.imports.push({ kind: 'from', module, level, names, line });
    return j;
}
/** The arguments of a call whose `(` is at `tokens[open]`, and the index of its `)`. */
function callArguments(tokens, open) {
    const args = [];
    const base = tokens[open].depth + 1;
    let current = [];
    let j = open + 1;
    for (; j < tokens.length; j++) {
        const token = tokens[j];
        if (token.depth < base)
            break;
        if (token.depth === base && isOp(token, ',')) {
            args.push(current);
            current = [];
        }
        else if (token.kind !== 'newline') {
            current.push(token);
        }
    }
    if (current.length > 0)
        args.push(current);
    return [args, j];
}
/** The value of an argument made of string literals only (`'a' 'b'`, `('a')`), or undefined. */
function literalString(arg) {
    let parts = arg;
    while (parts.length >= 2 && isOp(parts[0], '(') && isOp(parts[parts.length - 1], ')')) {
        parts = parts.slice(1, -1);
    }
    if (parts.length === 0)
        return undefined;
    let value = '';
    for (const part of parts) {
        if (part.kind !== 'string' || part.value === undefined)
            return undefined;
        value += part.value;
    }
    return value;
}
/**
 * A literal sequence of string literals (`['a', 'b']`, `('a',)`), `None` or
 * `()` as the empty list; undefined when anything in it is computed.
 */
function literalNames(arg) {
    if (arg.length === 1 && isName(arg[0], 'None'))
        return [];
    const open = arg[0];
    const close = arg[arg.length - 1];
    if (open === undefined || close === undefined || arg.length < 2)
        return undefined;
    const pairs = { '(': ')', '[': ']' };
    if (open.kind !== 'op' || pairs[open.text] !== close.text)
        return undefined;
    const names = [];
    let item = [];
    for (const token of [...arg.slice(1, -1), undefined]) {
        if (token === undefined || (isOp(token, ',') && token.depth === open.depth + 1)) {
            if (item.length > 0) {
                const value = literalString(item);
                if (value === undefined)
                    return undefined;
                names.push(value);
            }
            item = [];
        }
        else {
            item.push(token);
        }
    }
    return names;
}
/** A literal non-negative integer argument. */
function literalInteger(arg) {
    const token = arg[0];
    if (arg.length !== 1 || token?.kind !== 'number' || !/^\d+$/.test(token.text))
        return undefined;
    return Number(token.text);
}
/** Positional and keyword arguments by name, following a signature's parameter names. */
function bindArguments(args, parameters) {
    const bound = new Map();
    let position = 0;
    for (const arg of args) {
        if (isOp(arg[0], '*') || isOp(arg[0], '**'))
            return undefined;
        if (isName(arg[0]) && isOp(arg[1], '=')) {
            bound.set(arg[0].text, arg.slice(2));
        }
        else {
            const name = parameters[position++];
            if (name !== undefined)
                bound.set(name, arg);
        }
    }
    return bound;
}
/** The package argument of import_module: a literal, `__name__`, `__package__`, or undefined. */
function packageArgument(arg) {
    if (arg === undefined)
        return undefined;
    if (arg.length === 1 && isName(arg[0], '__package__'))
        return { current: 'package' };
    if (arg.length === 1 && isName(arg[0], '__name__'))
        return { current: 'name' };
    return literalString(arg);
}
/** Calls of import_module (through the names bound to it) and of `__import__`. */
function callSites(tokens, found) {
    const sites = [];
    for (let i = 0; i < tokens.length; i++) {
        const token = tokens[i];
        if (token.kind !== 'name')
            continue;
        const previous = tokens[i - 1];
        if (isOp(previous, '.') || isName(previous, 'def') || isName(previous, 'class'))
            continue;
        if (found.importlib.has(token.text) &&
            isOp(tokens[i + 1], '.') &&
            isName(tokens[i + 2], 'import_module') &&
            isOp(tokens[i + 3], '(')) {
            sites.push({ start: i, open: i + 3, builtin: false });
        }
        else if (isOp(tokens[i + 1], '(')) {
            if (found.importModule.has(token.text))
                sites.push({ start: i, open: i + 1, builtin: false });
            else if (token.text === '__import__')
                sites.push({ start: i, open: i + 1, builtin: true });
        }
    }
    return sites;
}
/** The source of a call, on one line, shortened. */
function callText(source, start, end) {
    const text = source
        .slice(start.start, end?.end ?? source.length)
        .replace(/\s+/g, ' ')
        .trim();
    return (0,format/* clip */.$Q)(text, MAX_TEXT);
}
/** Splits `..a.b` into its level and name. */
function relativeName(name) {
    let level = 0;
    while (name.charAt(level) === '.')
        level++;
    return [level, name.slice(level)];
}
const IMPORT_MODULE_PARAMETERS = ['name', 'package'];
const DUNDER_IMPORT_PARAMETERS = ['name', 'globals', 'locals', 'fromlist', 'level'];
/** One call: an import, an unresolved import, or both (a known module with a computed fromlist). */
function readCall(tokens, site, source, imports, unresolved) {
    const [args, close] = callArguments(tokens, site.open);
    const first = tokens[site.start];
    const line = first.line;
    const text = callText(source, first, tokens[close]);
    const miss = (reason) => {
        unresolved.push({ line, text, reason });
    };
    const bound = bindArguments(args, site.builtin ? DUNDER_IMPORT_PARAMETERS : IMPORT_MODULE_PARAMETERS);
    const nameArg = bound?.get('name');
    const name = nameArg === undefined ? undefined : literalString(nameArg);
    if (bound === undefined || name === undefined) {
        miss('the module name is computed');
        return;
    }
    if (!site.builtin) {
        const [level, module] = relativeName(name);
        if (level === 0) {
            imports.push({ kind: 'call', module, level, names: [], line });
            return;
        }
        const pkg = packageArgument(bound.get('package'));
        if (pkg === undefined) {
            miss(bound.has('package')
                ? 'the package of a relative name is computed'
                : 'a relative name without a package');
            return;
        }
        imports.push({ kind: 'call', module, level, names: [], package: pkg, line });
        return;
    }
    const levelArg = bound.get('level');
    const level = levelArg === undefined ? 0 : literalInteger(levelArg);
    if (level === undefined) {
        miss('the level is computed');
        return;
    }
    const fromlistArg = bound.get('fromlist');
    const names = fromlistArg === undefined ? [] : literalNames(fromlistArg);
    const call = level > 0
        ? {
            kind: 'call',
            module: name,
            level,
            names: names ?? [],
            package: { current: 'package' },
            line,
        }
        : { kind: 'call', module: name, level, names: names ?? [], line };
    imports.push(call);
    if (names === undefined)
        miss('the fromlist is computed');
}
/**
 * Calls that run code the way an import does, but from a string or a file:
 * `exec(…)`, `execfile(…)`, `runpy.run_path(…)` (a path relative to the
 * working directory, not to the file), and `runpy.run_module(…)`, which
 * imports a module like `import_module` when its name is a literal.
 */
function readCodeRuns(tokens, source, imports, unresolved) {
    for (let i = 0; i < tokens.length; i++) {
        const token = tokens[i];
        if (token.kind !== 'name')
            continue;
        const previous = tokens[i - 1];
        if (isOp(previous, '.') || isName(previous, 'def') || isName(previous, 'class'))
            continue;
        let open;
        let runpy;
        if ((token.text === 'exec' || token.text === 'execfile') && isOp(tokens[i + 1], '(')) {
            open = i + 1;
        }
        else if (token.text === 'runpy' &&
            isOp(tokens[i + 1], '.') &&
            (isName(tokens[i + 2], 'run_path') || isName(tokens[i + 2], 'run_module')) &&
            isOp(tokens[i + 3], '(')) {
            open = i + 3;
            runpy = tokens[i + 2]?.text;
        }
        else
            continue;
        const [args, close] = callArguments(tokens, open);
        const line = token.line;
        const first = args[0];
        const module = runpy === 'run_module' && first !== undefined ? literalString(first) : undefined;
        if (module !== undefined && !module.startsWith('.')) {
            imports.push({ kind: 'call', module, level: 0, names: [], line });
            continue;
        }
        unresolved.push({
            line,
            text: callText(source, token, tokens[close]),
            reason: 'it runs code the scanner does not follow: put the files it runs in a filter',
        });
    }
}
/** Calls in a token stream and, recursively, in the replacement fields of its f-strings. */
function readCalls(tokens, found, source, imports, unresolved) {
    for (const site of callSites(tokens, found))
        readCall(tokens, site, source, imports, unresolved);
    readCodeRuns(tokens, source, imports, unresolved);
    for (const token of tokens) {
        if (token.inner !== undefined && token.inner.length > 0) {
            readCalls(token.inner, found, source, imports, unresolved);
        }
    }
}
function byLine(a, b) {
    return a.line - b.line;
}
/** The imports of Python source text. */
function scanPython(source) {
    const tokens = tokenize(source);
    const found = readStatements(tokens);
    const calls = [];
    const unresolved = [];
    readCalls(tokens, found, source, calls, unresolved);
    // Statements in the order written, calls among them by line (stable).
    const imports = [...found.imports, ...calls].sort(byLine);
    return { imports, unresolved: unresolved.sort(byLine) };
}

;// CONCATENATED MODULE: ./src/core/deps/notebook.ts
/**
 * The imports of Jupyter notebooks: each code cell's Python (IPython's magics
 * and shell lines set aside) scanned as Python source is. Pure.
 */

/** Cell magics whose body is still Python (`%%time`), unlike `%%bash` or `%%writefile`. */
const PYTHON_CELL_MAGICS = new Set(['time', 'timeit', 'capture', 'prun', 'debug']);
/**
 * A code cell's Python: IPython's `%magic` and `!shell` lines replaced by
 * `pass` (their continuation lines blanked) so line numbers stay; undefined
 * for a cell whose cell magic runs something other than Python.
 */
function cellPython(source) {
    const lines = source.split(/\r\n|\r|\n/);
    const first = (lines[0] ?? '').trimStart();
    if (first.startsWith('%%')) {
        const magic = /^%%(\w+)/.exec(first)?.[1] ?? '';
        if (!PYTHON_CELL_MAGICS.has(magic))
            return undefined;
        lines[0] = '';
    }
    let continued = false;
    for (let n = 0; n < lines.length; n++) {
        const line = lines[n] ?? '';
        const trimmed = line.trimStart();
        if (continued) {
            continued = line.endsWith('\\');
            lines[n] = '';
        }
        else if (trimmed.startsWith('%') || trimmed.startsWith('!')) {
            // IPython runs the line as a call; `pass` keeps a block around it valid.
            continued = line.endsWith('\\');
            lines[n] = `${line.slice(0, line.length - trimmed.length)}pass`;
        }
    }
    return lines.join('\n');
}
function isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
/** A cell's source: a string, or (as nbformat writes it) a list of lines. */
function cellSource(source) {
    if (typeof source === 'string')
        return source;
    if (Array.isArray(source) && source.every((line) => typeof line === 'string')) {
        return source.join('');
    }
    return undefined;
}
/** The imports of a Jupyter notebook's code cells, each with its cell number. */
function scanNotebook(text) {
    let notebook;
    try {
        notebook = JSON.parse(text);
    }
    catch {
        return { imports: [], unresolved: [], error: 'the notebook is not JSON' };
    }
    const cells = isRecord(notebook) ? notebook.cells : undefined;
    if (!Array.isArray(cells)) {
        return { imports: [], unresolved: [], error: 'the notebook has no list of cells' };
    }
    const imports = [];
    const unresolved = [];
    cells.forEach((cell, index) => {
        if (!isRecord(cell) || cell.cell_type !== 'code')
            return;
        const source = cellSource(cell.source);
        const python = source === undefined ? undefined : cellPython(source);
        if (python === undefined)
            return;
        const scan = scanPython(python);
        const number = index + 1;
        for (const found of scan.imports)
            imports.push({ ...found, cell: number });
        for (const found of scan.unresolved)
            unresolved.push({ ...found, cell: number });
    });
    return { imports, unresolved };
}
/** Whether a path names a notebook rather than Python source. */
function isNotebook(path) {
    return path.toLowerCase().endsWith('.ipynb');
}
/** The imports of a file, read as a notebook or as Python source by its name. */
function scanImports(path, text) {
    return isNotebook(path) ? scanNotebook(text) : scanPython(text);
}

;// CONCATENATED MODULE: ./src/core/deps/resolve.ts
/**
 * Which repository files an import loads, found as Python's path-based
 * import system finds them: each part of a dotted name is looked up in the
 * locations of its parent (the source roots for a top-level name); in each
 * location a folder with `__init__.py` (a regular package) wins over a
 * `.py` module, which wins over a folder without one (a portion of a
 * namespace package, whose portions are gathered across all locations).
 * Importing `a.b.c` runs `a/__init__.py` and `a/b/__init__.py` before
 * `a/b/c.py`. A name whose top-level part is not in the repository
 * (the standard library, an installed package) is external and ignored.
 * Pure: the repository is a file list.
 */


const IDENTIFIER = /^[A-Za-z_\u0080-\uffff][A-Za-z0-9_\u0080-\uffff]*$/;
function within(folder, name) {
    return folder === '' ? name : `${folder}/${name}`;
}
/** Whether a module file is a package's `__init__`. */
function isPackageInit(path) {
    return /(?:^|\/)__init__\.pyi?$/.test(path);
}
/**
 * The module name of a file under one of the roots: `pkg/sub/mod.py` under
 * '' is `pkg.sub.mod`, `pkg/__init__.py` is `pkg`. The deepest root that
 * gives a name wins; undefined when none does.
 */
function moduleNameOf(path, roots) {
    const stem = path.replace(/\.(?:pyi?|ipynb)$/i, '').replace(/(?:^|\/)__init__$/, '');
    let best;
    let bestDepth = -1;
    for (const root of roots) {
        if (!isWithin(stem, root) || stem === root)
            continue;
        const depth = root === '' ? 0 : root.split('/').length;
        if (depth <= bestDepth)
            continue;
        const parts = (root === '' ? stem : stem.slice(root.length + 1)).split('/');
        if (parts.every((part) => IDENTIFIER.test(part))) {
            best = parts.join('.');
            bestDepth = depth;
        }
    }
    return best;
}
/**
 * The absolute name of a relative one, as `importlib._bootstrap._resolve_name`
 * works it out, or why there is none.
 */
function absoluteName(name, level, pkg) {
    if (level === 0)
        return { name };
    if (pkg === '')
        return { reason: 'a relative import in a module with no known parent package' };
    const parts = pkg.split('.');
    if (parts.length < level)
        return { reason: 'a relative import beyond the top-level package' };
    const base = parts.slice(0, parts.length - (level - 1)).join('.');
    return { name: name === '' ? base : `${base}.${name}` };
}
/** Finds modules in one repository file list along one search path, remembering what it found. */
class ModuleResolver {
    #index;
    #path;
    #memo = new Map();
    constructor(index, path) {
        this.#index = index;
        this.#path = path;
    }
    /** The files a file of this module name loads as a module (with a stub beside it, when asked). */
    #moduleFiles(base) {
        const index = this.#index;
        const files = [];
        if (index.hasFile(`${base}.py`))
            files.push(`${base}.py`);
        if (this.#path.stubs === true && index.hasFile(`${base}.pyi`))
            files.push(`${base}.pyi`);
        return files.length > 0 ? files : undefined;
    }
    /** One part of a name looked up in its parent's locations. */
    #step(locations, part, topLevel) {
        const index = this.#index;
        const portions = [];
        const mapped = topLevel ? this.#path.packageDirs?.get(part) : undefined;
        if (mapped !== undefined && index.hasFolder(mapped)) {
            const init = this.#moduleFiles(`${mapped}/__init__`);
            if (init !== undefined)
                return { kind: 'package', files: init, locations: [mapped] };
            portions.push(mapped);
        }
        for (const location of locations) {
            const base = within(location, part);
            const isFolder = index.hasFolder(base);
            if (isFolder) {
                const init = this.#moduleFiles(`${base}/__init__`);
                if (init !== undefined)
                    return { kind: 'package', files: init, locations: [base] };
            }
            const module = this.#moduleFiles(base);
            if (module !== undefined)
                return { kind: 'module', files: module };
            if (isFolder)
                portions.push(base);
        }
        return portions.length > 0 ? { kind: 'namespace', locations: portions } : undefined;
    }
    /** The files importing an absolute dotted name loads. */
    resolve(name) {
        const known = this.#memo.get(name);
        if (known !== undefined)
            return known;
        const dot = name.lastIndexOf('.');
        let result;
        if (dot === -1) {
            const step = this.#step(this.#path.roots, name, true);
            result = step === undefined ? { kind: 'external' } : this.#found([], name, step);
        }
        else {
            const parent = this.resolve(name.slice(0, dot));
            if (parent.kind !== 'found') {
                result = parent;
            }
            else if (parent.locations.length === 0) {
                result = { kind: 'missing', files: parent.files, missing: name };
            }
            else {
                const step = this.#step(parent.locations, name.slice(dot + 1), false);
                result =
                    step === undefined
                        ? { kind: 'missing', files: parent.files, missing: name }
                        : this.#found(parent.files, name, step);
            }
        }
        this.#memo.set(name, result);
        return result;
    }
    #found(before, name, step) {
        const files = [...before];
        if (step.kind !== 'namespace') {
            for (const path of step.files)
                files.push({ path, module: name });
        }
        const locations = step.kind === 'module' ? [] : step.locations;
        return { kind: 'found', files, locations };
    }
    /**
     * The repository files one import of `importer` loads: for `from a import
     * b` also the submodule `a.b` when there is one (else `b` is a name in
     * `a`); problems for relative names that cannot be resolved and for names
     * in repository packages that are not there.
     */
    resolveImport(found, importer) {
        const written = '.'.repeat(found.level) + found.module;
        const problems = [];
        let name = found.module;
        if (found.level > 0) {
            const pkg = this.#packageOf(found, importer);
            const absolute = pkg === undefined
                ? { reason: 'a relative import in a file whose module name is unknown' }
                : absoluteName(found.module, found.level, pkg);
            if ('reason' in absolute) {
                return { files: [], problems: [{ module: written, reason: absolute.reason }] };
            }
            name = absolute.name;
        }
        const resolution = this.resolve(name);
        if (resolution.kind === 'external')
            return { files: [], problems };
        const files = [...resolution.files];
        if (resolution.kind === 'missing') {
            problems.push({
                module: written,
                reason: `${resolution.missing} is not in the repository, though its package is`,
            });
            return { files, problems };
        }
        if (resolution.locations.length > 0) {
            for (const child of found.names) {
                if (child === '*')
                    continue;
                const sub = this.resolve(`${name}.${child}`);
                if (sub.kind === 'found') {
                    for (const file of sub.files) {
                        if (!files.some((f) => f.path === file.path))
                            files.push(file);
                    }
                }
            }
        }
        return { files, problems };
    }
    /** The package a relative name of `found` is resolved against. */
    #packageOf(found, importer) {
        if (typeof found.package === 'string')
            return found.package;
        // A notebook runs as __main__, in no package.
        if (isNotebook(importer.path))
            return '';
        const module = importer.module;
        if (module === undefined)
            return undefined;
        if (found.package?.current === 'name' || isPackageInit(importer.path))
            return module;
        const dot = module.lastIndexOf('.');
        return dot === -1 ? '' : module.slice(0, dot);
    }
}

;// CONCATENATED MODULE: ./src/core/deps/closure.ts
/**
 * The import closure of training entry points: every repository file the
 * entry points load through local Python imports, each with the chain of
 * files that reached it, the imports that cannot be resolved without running
 * the code, and the entry points that do not exist (which the caller must
 * turn into a failure, never into a smaller closure).
 *
 * File contents are asked for only as the closure reaches them, a level of
 * the search at a time, so a caller that fetches them over the network reads
 * no more than needed; parses are cached by content across calls, so a
 * backtest over many commits parses each version of a file once. Pure.
 */






const DOTTED = /^[A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)*$/;
const GLOB_MAGIC = /[*?[\]{}]/;
const PYTHON_FILE = /\.(?:py|pyw|ipynb)$/i;
/**
 * An entry point as a user writes one: `python -m pkg.train` or `-m
 * pkg.train` (a module), a glob, a path (with a `/` or a `.py`/`.ipynb`
 * ending, `python` before it or not), or else a dotted module name.
 */
function parseEntryPoint(text) {
    const module = /^(?:(?:python[\d.]*|py)\s+)?-m\s+(\S+)$/.exec(text.trim());
    if (module !== null)
        return { kind: 'module', module: module[1] };
    // `python train.py` is the script.
    const trimmed = text.trim().replace(/^(?:python[\d.]*|py)\s+(?=\S+$)/, '');
    if (trimmed === '')
        throw new DepsError('an entry point is empty');
    if (GLOB_MAGIC.test(trimmed))
        return { kind: 'glob', pattern: trimmed.replace(/^\.\//, '') };
    if (trimmed.includes('/') || PYTHON_FILE.test(trimmed) || !DOTTED.test(trimmed)) {
        return { kind: 'file', path: trimmed };
    }
    return { kind: 'module', module: trimmed };
}
/** How an entry point is shown in messages and chains. */
function describeEntryPoint(entry) {
    const cwd = entry.kind !== 'glob' && entry.cwd ? ` (in ${entry.cwd}/)` : '';
    if (entry.kind === 'module')
        return `python -m ${entry.module}${cwd}`;
    return (entry.kind === 'file' ? entry.path : entry.pattern) + cwd;
}
/** Parses by content, shared across calls (one per backtest, say). */
class ImportCache {
    #scans = new Map();
    /** At most this many parses are kept; the oldest go first. */
    limit;
    constructor(limit = 50_000) {
        this.limit = limit;
    }
    get size() {
        return this.#scans.size;
    }
    get(key) {
        return this.#scans.get(key);
    }
    set(key, scan) {
        if (this.#scans.size >= this.limit) {
            const oldest = this.#scans.keys().next();
            if (oldest.done !== true)
                this.#scans.delete(oldest.value);
        }
        this.#scans.set(key, scan);
    }
}
const DEFAULT_ROOTS = Object.freeze(['', 'src']);
/** Whether a file an entry point names is read as Python. */
function isPythonEntry(path, text) {
    if (PYTHON_FILE.test(path))
        return true;
    if (/\.[^/]*$/.test(path.slice(path.lastIndexOf('/') + 1)))
        return false;
    return text !== undefined && /^#![^\n]*python/.test(text);
}
/** An import as written, on one line. */
function importText(found) {
    const name = '.'.repeat(found.level) + found.module;
    if (found.kind === 'from')
        return `from ${name} import ${found.names.join(', ')}`;
    if (found.kind === 'import')
        return `import ${name}`;
    return `import of ${name}`;
}
class ClosureRun {
    #project;
    #index;
    #options;
    #cache;
    /** This call's scans by path (undefined: could not be read). */
    #scans = new Map();
    #texts = new Map();
    #resolvers = new Map();
    files = new Map();
    entries = [];
    issues = new Map();
    missing = [];
    reads = 0;
    parses = 0;
    constructor(project, options) {
        this.#project = project;
        this.#index = project.files instanceof FileIndex ? project.files : new FileIndex(project.files);
        this.#options = options;
        this.#cache = options.cache ?? new ImportCache();
    }
    #searchPath(first) {
        const roots = [first, ...(this.#options.roots ?? DEFAULT_ROOTS)];
        const packageDirs = new Map();
        for (const layout of this.#options.layouts ?? []) {
            roots.push(...layout.roots);
            for (const [name, folder] of layout.packageDirs) {
                if (!packageDirs.has(name))
                    packageDirs.set(name, folder);
            }
        }
        return { roots: [...new Set(roots)], packageDirs, stubs: this.#options.stubs === true };
    }
    #resolver(path) {
        const key = JSON.stringify([path.roots, [...(path.packageDirs ?? [])]]);
        let resolver = this.#resolvers.get(key);
        if (resolver === undefined) {
            resolver = new ModuleResolver(this.#index, path);
            this.#resolvers.set(key, resolver);
        }
        return resolver;
    }
    #issue(issue) {
        const key = JSON.stringify([issue.file, issue.line, issue.cell, issue.text, issue.reason]);
        if (!this.issues.has(key))
            this.issues.set(key, issue);
    }
    async #text(path) {
        if (this.#texts.has(path))
            return this.#texts.get(path);
        this.reads++;
        const text = await this.#project.read(path);
        this.#texts.set(path, text);
        return text;
    }
    /** The scans of files not scanned yet in this call: from the cache, or read and parsed. */
    async #scanAll(paths) {
        const wanted = [...new Set(paths)].filter((path) => !this.#scans.has(path));
        await Promise.all(wanted.map(async (path) => {
            const key = this.#project.contentKey?.(path);
            const kind = path.toLowerCase().endsWith('.ipynb') ? 'notebook' : 'python';
            const cached = key === undefined ? undefined : this.#cache.get(`${kind}:${key}`);
            if (cached !== undefined) {
                this.#scans.set(path, cached);
                return;
            }
            const text = await this.#text(path);
            if (text === undefined) {
                this.#scans.set(path, undefined);
                return;
            }
            const cacheKey = key === undefined ? `${kind}\0${text}` : `${kind}:${key}`;
            let scan = this.#cache.get(cacheKey);
            if (scan === undefined) {
                this.parses++;
                scan = scanImports(path, text);
                this.#cache.set(cacheKey, scan);
            }
            this.#scans.set(path, scan);
        }));
    }
    /** The files an entry point starts from, and its search path; records a missing one. */
    #start(entry, label) {
        if (entry.kind === 'glob') {
            const matcher = new esm/* Minimatch */.VR(entry.pattern, glob/* GLOB_OPTIONS */.gu);
            const matched = this.#index.files.filter((file) => matcher.match(file));
            if (matched.length === 0) {
                this.missing.push({ entry: label, reason: 'the glob matches no file' });
            }
            return matched.map((path) => this.#fileStart(path));
        }
        if (entry.kind === 'file') {
            const path = joinPath(entry.cwd ?? '', entry.path);
            if (path === undefined || !this.#index.hasFile(path)) {
                this.missing.push({ entry: label, reason: 'no such file' });
                return [];
            }
            return [this.#fileStart(path)];
        }
        const path = this.#searchPath(entry.cwd ?? '');
        if (!DOTTED.test(entry.module)) {
            this.missing.push({ entry: label, reason: 'not a module name' });
            return [];
        }
        const resolver = this.#resolver(path);
        const found = resolver.resolve(entry.module);
        if (found.kind !== 'found' || found.files.length === 0) {
            this.missing.push({ entry: label, reason: 'no such module in the repository' });
            return [];
        }
        const files = [...found.files];
        if (found.locations.length > 0) {
            // `python -m pkg` runs pkg/__main__.py.
            const main = resolver.resolve(`${entry.module}.__main__`);
            if (main.kind !== 'found' || main.files.length <= files.length) {
                this.missing.push({ entry: label, reason: 'a package without __main__.py' });
                return [];
            }
            files.push(...main.files.slice(files.length));
        }
        return [[files, path]];
    }
    #fileStart(path) {
        const folder = folderOf(path);
        const search = this.#searchPath(folder);
        // Its name in a package when a root other than its own folder holds it
        // (so that relative imports work as with `python -m`), else a top-level
        // name, as a script run directly has.
        const module = moduleNameOf(path, search.roots.filter((root) => root !== folder)) ?? moduleNameOf(path, [folder]);
        return [[{ path, module: module ?? '' }], search];
    }
    /**
     * Scans the Python files of a level of the search: imported files and
     * Python entry points; another entry point file only when its first line
     * says python. Returns the paths whose imports are to be followed.
     */
    async #prepare(frontier) {
        const python = new Set();
        for (const node of frontier) {
            const path = node.file.path;
            if (node.python === 'maybe' ? isPythonEntry(path, await this.#text(path)) : node.python) {
                python.add(path);
            }
        }
        await this.#scanAll([...python]);
        return python;
    }
    /** Follows the imports of one scanned file; returns the files they reach for the first time. */
    #follow(node, resolver, seen) {
        const file = node.file.path;
        const scan = this.#scans.get(file);
        if (scan === undefined) {
            this.#issue({ file, line: 0, text: '', reason: 'the file could not be read' });
            return [];
        }
        if (scan.error !== undefined)
            this.#issue({ file, line: 0, text: '', reason: scan.error });
        for (const miss of scan.unresolved)
            this.#issue({ file, ...miss });
        const importer = { path: file, module: node.file.module === '' ? undefined : node.file.module };
        const next = [];
        for (const found of scan.imports) {
            const targets = resolver.resolveImport(found, importer);
            const where = found.cell === undefined ? { line: found.line } : { line: found.line, cell: found.cell };
            for (const problem of targets.problems) {
                this.#issue({ file, ...where, text: importText(found), reason: problem.reason });
            }
            for (const target of targets.files) {
                if (seen.has(target.path))
                    continue;
                seen.add(target.path);
                const dependency = {
                    path: target.path,
                    entry: node.dependency.entry,
                    chain: [...node.dependency.chain, target.path],
                    via: { ...where, module: '.'.repeat(found.level) + found.module },
                };
                next.push({ file: target, dependency, python: true });
            }
        }
        return next;
    }
    async add(entry) {
        const label = describeEntryPoint(entry);
        const entryFiles = [];
        this.entries.push({ entry: label, files: entryFiles });
        for (const [files, path] of this.#start(entry, label)) {
            const resolver = this.#resolver(path);
            const seen = new Set();
            let frontier = files.map((file) => {
                entryFiles.push(file.path);
                seen.add(file.path);
                const dependency = { path: file.path, entry: label, chain: [file.path] };
                const python = entry.kind === 'module' || PYTHON_FILE.test(file.path) || 'maybe';
                return { file, dependency, python };
            });
            while (frontier.length > 0) {
                const python = await this.#prepare(frontier);
                const next = [];
                for (const node of frontier) {
                    if (!this.files.has(node.file.path))
                        this.files.set(node.file.path, node.dependency);
                    if (python.has(node.file.path))
                        next.push(...this.#follow(node, resolver, seen));
                }
                frontier = next;
            }
        }
    }
}
/**
 * The repository files the entry points load through local imports, with
 * why each is there; what could not be followed; and the entry points that
 * name nothing. Strings are read with parseEntryPoint.
 */
async function importClosure(project, entries, options = {}) {
    const run = new ClosureRun(project, options);
    for (const entry of entries) {
        await run.add(typeof entry === 'string' ? parseEntryPoint(entry) : entry);
    }
    return {
        files: [...run.files.values()],
        entries: run.entries,
        issues: [...run.issues.values()],
        missing: run.missing,
        reads: run.reads,
        parses: run.parses,
    };
}
/** `train.py → model.py → utils/schedule.py`. */
function formatChain(dependency) {
    return dependency.chain.join(' → ');
}

;// CONCATENATED MODULE: ./src/core/deps/command.ts

const OPERATORS = ['&&', '||', ';;', '|&', ';', '|', '&', '(', ')', '\n'];
const PYTHON = /^(?:python[\d.]*|pythonw|py|ipython)$/;
/** Programs that run the command after their options: `uv run python x.py`. */
const RUNNERS = {
    // program → how many subcommand words follow it before the options
    uv: 1,
    poetry: 1,
    pipenv: 1,
    pdm: 1,
    hatch: 1,
    rye: 1,
    conda: 1,
    mamba: 1,
    micromamba: 1,
    pixi: 1,
    time: 0,
    nohup: 0,
    exec: 0,
    env: 0,
    nice: 0,
    srun: 0,
    'xvfb-run': 0,
    'dvc-run': 0,
};
/** Runner options that take a value as the next word. */
const VALUE_OPTIONS = new Set([
    '-n',
    '--name',
    '-p',
    '--prefix',
    '-e',
    '--env',
    '--with',
    '--python',
    '-u',
]);
/** Launchers that start a Python script given among their arguments. */
const LAUNCHERS = new Set([
    'torchrun',
    'accelerate',
    'deepspeed',
    'horovodrun',
    'mpirun',
    'lightning',
    'composer',
]);
/** Modules that launch a script given among their arguments. */
const LAUNCHER_MODULES = new Set([
    'torch.distributed.run',
    'torch.distributed.launch',
    'accelerate.commands.launch',
    'deepspeed.launcher.runner',
]);
const ASSIGNMENT = /^[A-Za-z_][A-Za-z0-9_]*=/;
/** A command's simple commands, each a list of words with quotes removed. */
function shellCommands(command) {
    const commands = [];
    let words = [];
    let word;
    const endWord = () => {
        if (word !== undefined)
            words.push(word);
        word = undefined;
    };
    const endCommand = () => {
        endWord();
        if (words.length > 0)
            commands.push(words);
        words = [];
    };
    let i = 0;
    while (i < command.length) {
        const ch = command.charAt(i);
        if (word === undefined && ch === '#') {
            while (i < command.length && command.charAt(i) !== '\n')
                i++;
            continue;
        }
        const operator = OPERATORS.find((op) => command.startsWith(op, i));
        if (operator !== undefined) {
            endCommand();
            i += operator.length;
            continue;
        }
        if (ch === ' ' || ch === '\t' || ch === '\r') {
            endWord();
            i++;
        }
        else if (ch === "'") {
            const end = command.indexOf("'", i + 1);
            const stop = end === -1 ? command.length : end;
            word = (word ?? '') + command.slice(i + 1, stop);
            i = stop + 1;
        }
        else if (ch === '"') {
            let text = '';
            i++;
            while (i < command.length && command.charAt(i) !== '"') {
                if (command.charAt(i) === '\\' && '"\\$`\n'.includes(command.charAt(i + 1)))
                    i++;
                text += command.charAt(i);
                i++;
            }
            word = (word ?? '') + text;
            i++;
        }
        else if (ch === '\\') {
            if (command.charAt(i + 1) !== '\n')
                word = (word ?? '') + command.charAt(i + 1);
            i += 2;
        }
        else {
            word = (word ?? '') + ch;
            i++;
        }
    }
    endCommand();
    return commands;
}
/** The program's words with environment assignments and runners (`uv run`, `env X=1`) taken off. */
function unwrap(words) {
    let rest = [...words];
    for (;;) {
        while (rest.length > 0 && ASSIGNMENT.test(rest[0]))
            rest.shift();
        const program = (rest[0] ?? '').split('/').pop() ?? '';
        const subcommands = RUNNERS[program];
        if (subcommands === undefined)
            return rest;
        let i = 1 + subcommands;
        while (i < rest.length &&
            (rest[i].startsWith('-') || ASSIGNMENT.test(rest[i]))) {
            i += VALUE_OPTIONS.has(rest[i]) ? 2 : 1;
        }
        rest = rest.slice(i);
    }
}
/** Reads `python [options] (-m module | -c code | script) args…`. */
function interpreter(words) {
    let i = 1;
    while (i < words.length) {
        const word = words[i];
        if (word === '--' || !word.startsWith('-') || word === '-') {
            if (word === '--')
                i++;
            break;
        }
        if (word.startsWith('--')) {
            i += word === '--check-hash-based-pycs' ? 2 : 1;
            continue;
        }
        // A cluster of one-letter options: `-u`, `-um pkg`, `-W ignore`, `-mpkg`.
        for (let n = 1; n < word.length; n++) {
            const letter = word.charAt(n);
            if (!'mcWX'.includes(letter))
                continue;
            const attached = word.slice(n + 1);
            const value = attached !== '' ? attached : words[i + 1];
            const next = attached !== '' ? i + 1 : i + 2;
            if (letter === 'm')
                return { module: value, next };
            if (letter === 'c')
                return { next: words.length };
            i = next - 1;
            break;
        }
        i++;
    }
    const script = words[i];
    return script === undefined ? { next: i } : { script, next: i + 1 };
}
/** Whether the top-level package of a module is in the repository, seen from `cwd`. */
function isLocalModule(module, cwd, index) {
    const top = module.split('.')[0] ?? '';
    return [cwd, '', 'src'].some((root) => {
        const base = joinPath(root, top);
        return base !== undefined && (index.hasFolder(base) || index.hasFile(`${base}.py`));
    });
}
/** The first argument that names a Python script, from `start`. */
function scriptArgument(words, start) {
    return words.slice(start).find((word) => /\.py$/.test(word) && !word.startsWith('-'));
}
/**
 * The Python entry points a stage's command starts and the repository paths
 * it names, its words read relative to `cwd` (the stage's working folder).
 */
function commandTargets(command, cwd, index) {
    const entries = [];
    const paths = new Set();
    let folder = cwd;
    const script = (path) => {
        entries.push(folder === '' ? { kind: 'file', path } : { kind: 'file', path, cwd: folder });
    };
    for (const words of shellCommands(command)) {
        for (const word of words) {
            const value = word.replace(/^--?[A-Za-z0-9_.-]+=/, '');
            const path = value === '' ? undefined : joinPath(folder, value);
            if (path !== undefined && path !== '' && (index.hasFile(path) || index.hasFolder(path))) {
                paths.add(path);
            }
        }
        const run = unwrap(words);
        const program = run[0];
        if (program === undefined)
            continue;
        const name = program.split('/').pop() ?? '';
        if (name === 'cd') {
            const target = run[1] === undefined ? undefined : joinPath(folder, run[1]);
            if (target !== undefined)
                folder = target;
            continue;
        }
        if (PYTHON.test(name)) {
            const read = interpreter(run);
            if (read.script !== undefined) {
                script(read.script);
            }
            else if (read.module !== undefined) {
                if (isLocalModule(read.module, folder, index)) {
                    entries.push(folder === ''
                        ? { kind: 'module', module: read.module }
                        : { kind: 'module', module: read.module, cwd: folder });
                }
                else if (LAUNCHER_MODULES.has(read.module)) {
                    const launched = scriptArgument(run, read.next);
                    if (launched !== undefined)
                        script(launched);
                }
            }
        }
        else if (LAUNCHERS.has(name)) {
            const launched = scriptArgument(run, 1);
            if (launched !== undefined)
                script(launched);
        }
        else if (/\.py$/.test(name)) {
            script(program);
        }
    }
    return { entries, paths: [...paths] };
}

// EXTERNAL MODULE: ./src/core/deps/dead.ts
var dead = __webpack_require__(7462);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
;// CONCATENATED MODULE: ./src/core/deps/toml.ts
/**
 * A TOML reader for what `pyproject.toml` and parameter files hold: tables,
 * arrays of tables, dotted and quoted keys, the four string forms, integers
 * (as bigint, so an integer stays apart from a float, as in Python), floats,
 * booleans, arrays and inline tables. Dates and times are kept as their text.
 * Pure; errors name the line.
 */
class TomlError extends Error {
    line;
    constructor(message, line) {
        super(`line ${line}: ${message}`);
        this.name = 'TomlError';
        this.line = line;
    }
}
const BARE_KEY = /[A-Za-z0-9_-]/;
const ESCAPES = {
    b: '\b',
    t: '\t',
    n: '\n',
    f: '\f',
    r: '\r',
    e: '\x1b',
    '"': '"',
    '\\': '\\',
};
const DATE_TIME = /^\d{4}-\d{2}-\d{2}(?:[Tt ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:[Zz]|[+-]\d{2}:\d{2})?)?|^\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?/;
/** Blanks then a line break, right at `lastIndex`: the end of a line after a backslash. */
const LINE_END = /[ \t]*\r?\n/y;
const FLOAT = /^[+-]?(?:inf|nan|\d[\d_]*(?:\.\d[\d_]*)?(?:[eE][+-]?\d[\d_]*)?)/;
const INTEGER = /^(?:0x[0-9A-Fa-f_]+|0o[0-7_]+|0b[01_]+|[+-]?\d[\d_]*)/;
function isTable(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
class Reader {
    #src;
    #pos = 0;
    #line = 1;
    /** Tables defined by a header or by keys, which a later header may not define again. */
    #defined = new Set();
    /** Inline tables and arrays, which nothing may extend. */
    #closed = new Set();
    constructor(src) {
        this.#src = src;
    }
    #fail(message) {
        throw new TomlError(message, this.#line);
    }
    #peek(offset = 0) {
        return this.#src.charAt(this.#pos + offset);
    }
    #skipSpaces() {
        while (this.#peek() === ' ' || this.#peek() === '\t')
            this.#pos++;
    }
    /** Spaces, comments and line breaks. */
    #skipBlank() {
        for (;;) {
            this.#skipSpaces();
            const ch = this.#peek();
            if (ch === '#') {
                while (this.#pos < this.#src.length && this.#peek() !== '\n')
                    this.#pos++;
            }
            else if (ch === '\n') {
                this.#pos++;
                this.#line++;
            }
            else if (ch === '\r' && this.#peek(1) === '\n') {
                this.#pos += 2;
                this.#line++;
            }
            else {
                return;
            }
        }
    }
    /** The end of a line: spaces, a comment, then a line break or the end. */
    #endOfLine() {
        this.#skipSpaces();
        if (this.#peek() === '#') {
            while (this.#pos < this.#src.length && this.#peek() !== '\n')
                this.#pos++;
        }
        if (this.#pos < this.#src.length && this.#peek() !== '\n' && this.#peek() !== '\r') {
            this.#fail(`unexpected ${JSON.stringify(this.#peek())} after a value`);
        }
    }
    read() {
        const root = {};
        let current = root;
        for (;;) {
            this.#skipBlank();
            if (this.#pos >= this.#src.length)
                return root;
            if (this.#peek() === '[') {
                current = this.#header(root);
            }
            else {
                this.#keyValue(current);
            }
            this.#endOfLine();
        }
    }
    #header(root) {
        const array = this.#peek(1) === '[';
        this.#pos += array ? 2 : 1;
        const keys = this.#key();
        if (!this.#src.startsWith(array ? ']]' : ']', this.#pos)) {
            this.#fail('a table header is not closed');
        }
        this.#pos += array ? 2 : 1;
        let table = root;
        for (const key of keys.slice(0, -1))
            table = this.#descend(table, key);
        const last = keys[keys.length - 1];
        const existing = table[last];
        if (array) {
            if (existing === undefined)
                table[last] = [];
            const list = table[last];
            if (!Array.isArray(list) || this.#closed.has(list)) {
                this.#fail(`${last} is not an array of tables`);
            }
            const entry = {};
            list.push(entry);
            return entry;
        }
        if (existing === undefined) {
            const entry = {};
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
    #descend(table, key) {
        const value = table[key];
        if (value === undefined) {
            const made = {};
            table[key] = made;
            return made;
        }
        if (Array.isArray(value) && !this.#closed.has(value)) {
            const last = value[value.length - 1];
            if (isTable(last))
                return last;
        }
        if (!isTable(value) || this.#closed.has(value))
            this.#fail(`${key} is not a table`);
        return value;
    }
    #keyValue(table) {
        const keys = this.#key();
        this.#skipSpaces();
        if (this.#peek() !== '=')
            this.#fail('expected = after a key');
        this.#pos++;
        this.#skipSpaces();
        const value = this.#value();
        let target = table;
        for (const key of keys.slice(0, -1)) {
            target = this.#descend(target, key);
            this.#defined.add(target);
        }
        const last = keys[keys.length - 1];
        if (Object.hasOwn(target, last))
            this.#fail(`the key ${keys.join('.')} is defined twice`);
        target[last] = value;
    }
    /** A dotted key: its parts. */
    #key() {
        const keys = [];
        for (;;) {
            this.#skipSpaces();
            const ch = this.#peek();
            if (ch === '"') {
                keys.push(this.#basicString());
            }
            else if (ch === "'") {
                keys.push(this.#literalString());
            }
            else {
                const start = this.#pos;
                while (BARE_KEY.test(this.#peek()))
                    this.#pos++;
                if (this.#pos === start)
                    this.#fail('expected a key');
                keys.push(this.#src.slice(start, this.#pos));
            }
            this.#skipSpaces();
            if (this.#peek() !== '.')
                return keys;
            this.#pos++;
        }
    }
    #value() {
        const ch = this.#peek();
        const rest = this.#src.slice(this.#pos, this.#pos + 64);
        if (ch === '"') {
            return this.#src.startsWith('"""', this.#pos) ? this.#multiline('"') : this.#basicString();
        }
        if (ch === "'") {
            return this.#src.startsWith("'''", this.#pos) ? this.#multiline("'") : this.#literalString();
        }
        if (ch === '[')
            return this.#array();
        if (ch === '{')
            return this.#inlineTable();
        if (rest.startsWith('true'))
            return this.#word('true', true);
        if (rest.startsWith('false'))
            return this.#word('false', false);
        const date = DATE_TIME.exec(rest);
        if (date !== null)
            return this.#word(date[0], date[0]);
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
    #word(text, value) {
        this.#pos += text.length;
        return value;
    }
    #basicString() {
        this.#pos++;
        let out = '';
        for (;;) {
            const ch = this.#peek();
            if (ch === '' || ch === '\n')
                this.#fail('a string is not closed');
            this.#pos++;
            if (ch === '"')
                return out;
            out += ch === '\\' ? this.#escape() : ch;
        }
    }
    #escape() {
        const ch = this.#peek();
        this.#pos++;
        const simple = ESCAPES[ch];
        if (simple !== undefined)
            return simple;
        const width = ch === 'u' ? 4 : ch === 'U' ? 8 : ch === 'x' ? 2 : 0;
        const hex = this.#src.slice(this.#pos, this.#pos + width);
        if (width === 0 || !/^[0-9A-Fa-f]+$/.test(hex) || hex.length !== width) {
            this.#fail(`unknown escape \\${ch}`);
        }
        this.#pos += width;
        return String.fromCodePoint(parseInt(hex, 16));
    }
    #literalString() {
        const end = this.#src.indexOf("'", this.#pos + 1);
        const newline = this.#src.indexOf('\n', this.#pos + 1);
        if (end === -1 || (newline !== -1 && newline < end))
            this.#fail('a string is not closed');
        const value = this.#src.slice(this.#pos + 1, end);
        this.#pos = end + 1;
        return value;
    }
    /** `"""…"""` or `'''…'''`: a first line break trimmed; in basic ones, escapes and `\` line ends. */
    #multiline(quote) {
        const delimiter = quote.repeat(3);
        this.#pos += 3;
        if (this.#peek() === '\n') {
            this.#pos++;
            this.#line++;
        }
        else if (this.#src.startsWith('\r\n', this.#pos)) {
            this.#pos += 2;
            this.#line++;
        }
        let out = '';
        for (;;) {
            if (this.#pos >= this.#src.length)
                this.#fail('a string is not closed');
            if (this.#src.startsWith(delimiter, this.#pos)) {
                // Up to two quotes may end the content right before the delimiter.
                let extra = 0;
                while (extra < 2 && this.#peek(3 + extra) === quote)
                    extra++;
                out += quote.repeat(extra);
                this.#pos += 3 + extra;
                return out;
            }
            const ch = this.#peek();
            this.#pos++;
            if (ch === '\n')
                this.#line++;
            if (ch === '\\' && quote === '"') {
                LINE_END.lastIndex = this.#pos;
                if (!LINE_END.test(this.#src)) {
                    out += this.#escape();
                    continue;
                }
                // A line-ending backslash trims the break and the blanks after it.
                while (/\s/.test(this.#peek())) {
                    if (this.#peek() === '\n')
                        this.#line++;
                    this.#pos++;
                }
                continue;
            }
            out += ch;
        }
    }
    #array() {
        this.#pos++;
        const out = [];
        for (;;) {
            this.#skipBlank();
            if (this.#peek() === ']')
                break;
            out.push(this.#value());
            this.#skipBlank();
            if (this.#peek() === ',') {
                this.#pos++;
                continue;
            }
            if (this.#peek() !== ']')
                this.#fail('expected , or ] in an array');
            break;
        }
        this.#pos++;
        this.#closed.add(out);
        return out;
    }
    #inlineTable() {
        this.#pos++;
        const table = {};
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
            if (ch === '}')
                break;
            if (ch !== ',')
                this.#fail('expected , or } in an inline table');
        }
        this.#closed.add(table);
        return table;
    }
}
/** Parses TOML text; throws TomlError naming the line of what it cannot read. */
function parseToml(text) {
    return new Reader(text).read();
}

;// CONCATENATED MODULE: ./src/core/deps/params.ts
/**
 * Parameter files as DVC reads them (YAML, JSON, TOML), values with
 * Python's types (an integer is a bigint, a float a number), dotted keys
 * into nested mappings, and which keys changed value between two versions
 * of a file. Pure.
 */




function isParamMap(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
/** YAML (and JSON, which is YAML) read with integers as bigint and `<<` merges, as DVC reads it. */
function parseYamlValue(text) {
    return (0,dist/* parse */.qg)(text, { intAsBigInt: true, merge: true, maxAliasCount: 1000 });
}
/** Text → a mapping of parameters, by the file's ending. Throws DepsError naming the file. */
function parseParams(path, text) {
    const lower = path.toLowerCase();
    let value;
    try {
        if (lower.endsWith('.toml'))
            value = parseToml(text);
        else if (/\.(?:ya?ml|json)$/.test(lower))
            value = parseYamlValue(text);
        else
            throw new Error('only YAML, JSON and TOML parameter files can be read');
    }
    catch (err) {
        throw new DepsError((0,format/* messageOf */.bD)(err), path);
    }
    if (value === null || value === undefined)
        return {};
    if (!isParamMap(value)) {
        throw new DepsError('expected a mapping of parameters', path);
    }
    return value;
}
/**
 * The value at a dotted key (`train.optimizer.lr`), or undefined when there
 * is none. A key whose own name holds dots (`"a.b": 1`) is found too.
 */
function valueAt(params, key) {
    if (Object.hasOwn(params, key))
        return params[key];
    const parts = key.split('.');
    for (let n = parts.length - 1; n >= 1; n--) {
        const head = parts.slice(0, n).join('.');
        if (!Object.hasOwn(params, head))
            continue;
        const inner = params[head];
        if (isParamMap(inner)) {
            const found = valueAt(inner, parts.slice(n).join('.'));
            if (found !== undefined)
                return found;
        }
    }
    return undefined;
}
/** Equality as Python's `==` sees parsed parameters: 1 == 1.0, nested values compared deeply. */
function sameValue(a, b) {
    if (a === b)
        return true;
    if (a === undefined || b === undefined || a === null || b === null)
        return false;
    const numeric = (v) => typeof v === 'number' || typeof v === 'bigint';
    if (numeric(a) && numeric(b)) {
        if (typeof a === 'bigint' && typeof b === 'bigint')
            return a === b;
        // A bigint and a number: loose equality compares them exactly.
        return a == b;
    }
    if (Array.isArray(a) || Array.isArray(b)) {
        if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length)
            return false;
        return a.every((item, i) => sameValue(item, b[i]));
    }
    if (isParamMap(a) && isParamMap(b)) {
        const keys = Object.keys(a);
        if (keys.length !== Object.keys(b).length)
            return false;
        return keys.every((key) => Object.hasOwn(b, key) && sameValue(a[key], b[key]));
    }
    return false;
}
/** Every leaf of a mapping by its dotted key (lists and empty mappings are leaves). */
function flattenParams(params, prefix = '', out = new Map()) {
    for (const [key, value] of Object.entries(params)) {
        const dotted = prefix === '' ? key : `${prefix}.${key}`;
        if (isParamMap(value) && Object.keys(value).length > 0)
            flattenParams(value, dotted, out);
        else
            out.set(dotted, value);
    }
    return out;
}
function change(key, base, head) {
    if (sameValue(base, head))
        return undefined;
    if (base === undefined)
        return { key, change: 'added', head: head };
    if (head === undefined)
        return { key, change: 'removed', base };
    return { key, change: 'modified', base, head };
}
/**
 * Which of `keys` of the parameters file `path` changed value between two
 * versions of its text (undefined: the file is not there), or, for 'all',
 * which of its leaf keys did. A change of comments or layout is no change.
 * Throws DepsError when a version cannot be parsed.
 */
function diffParams(path, base, head, keys) {
    const before = base === undefined ? {} : parseParams(path, base);
    const after = head === undefined ? {} : parseParams(path, head);
    const changes = [];
    if (keys === 'all') {
        const flatBefore = flattenParams(before);
        const flatAfter = flattenParams(after);
        for (const key of new Set([...flatBefore.keys(), ...flatAfter.keys()])) {
            const found = change(key, flatBefore.get(key), flatAfter.get(key));
            if (found !== undefined)
                changes.push(found);
        }
        return changes;
    }
    for (const key of keys) {
        const found = change(key, valueAt(before, key), valueAt(after, key));
        if (found !== undefined)
            changes.push(found);
    }
    return changes;
}
/** A value as Python's `str()` shows it, the way DVC puts values into commands and names. */
function pythonString(value) {
    if (value === null)
        return 'None';
    if (typeof value === 'boolean')
        return value ? 'True' : 'False';
    if (typeof value === 'bigint' || typeof value === 'string')
        return String(value);
    if (typeof value === 'number')
        return pythonFloat(value);
    if (Array.isArray(value))
        return `[${value.map(pythonRepr).join(', ')}]`;
    const entries = Object.entries(value);
    return `{${entries.map(([k, v]) => `${pythonRepr(k)}: ${pythonRepr(v)}`).join(', ')}}`;
}
function pythonRepr(value) {
    if (typeof value !== 'string')
        return pythonString(value);
    const quote = value.includes("'") && !value.includes('"') ? '"' : "'";
    const escaped = value
        .replace(/\\/g, '\\\\')
        .replace(/\n/g, '\\n')
        .replace(/\r/g, '\\r')
        .replace(/\t/g, '\\t');
    return quote + (quote === "'" ? escaped.replace(/'/g, "\\'") : escaped) + quote;
}
/** A float as Python's `repr()` writes it: `0.1`, `1.0`, `1e-05`, `1.5e+16`, `inf`. */
function pythonFloat(value) {
    if (Number.isNaN(value))
        return 'nan';
    if (!Number.isFinite(value))
        return value > 0 ? 'inf' : '-inf';
    if (value === 0)
        return Object.is(value, -0) ? '-0.0' : '0.0';
    const [mantissa = '', exponentText = '0'] = value.toExponential().split('e');
    const exponent = Number(exponentText);
    const sign = value < 0 ? '-' : '';
    const digits = mantissa.replace('-', '').replace('.', '');
    if (exponent >= -4 && exponent < 16) {
        if (exponent < 0)
            return `${sign}0.${'0'.repeat(-exponent - 1)}${digits}`;
        const whole = digits.slice(0, exponent + 1).padEnd(exponent + 1, '0');
        return `${sign}${whole}.${digits.slice(exponent + 1) || '0'}`;
    }
    const fraction = digits.length > 1 ? `.${digits.slice(1)}` : '';
    const power = String(Math.abs(exponent)).padStart(2, '0');
    return `${sign}${digits.charAt(0)}${fraction}e${exponent < 0 ? '-' : '+'}${power}`;
}

;// CONCATENATED MODULE: ./src/core/deps/dvc-interpolate.ts
/**
 * DVC's interpolation: the context of `vars` and parameter files (each value
 * with the file it came from, for error messages), and `${…}` replaced in a
 * stage's strings as DVC replaces it, the keys each stage used tracked.
 * Pure.
 */



const EXPRESSION = /^[^.[\]]+(?:\.[^.[\]]+|\[[^.[\]]+\])*$/;
const INTERPOLATION = /(?<!\\)\$\{(.*?)\}/g;
function wrap(value, origin) {
    const child = (key) => origin.file === undefined
        ? { key: origin.key ? `${origin.key}.${key}` : key }
        : { file: origin.file, key: origin.key ? `${origin.key}.${key}` : key };
    if (Array.isArray(value)) {
        return {
            kind: 'list',
            items: value.map((v, i) => wrap(v, child(String(i)))),
            origin,
        };
    }
    if (isParamMap(value)) {
        const entries = new Map();
        for (const [k, v] of Object.entries(value))
            entries.set(k, wrap(v, child(k)));
        return { kind: 'map', entries, origin };
    }
    return { kind: 'value', value, origin };
}
function unwrapEntry(entry) {
    if (entry.kind === 'value')
        return entry.value;
    if (entry.kind === 'list')
        return entry.items.map(unwrapEntry);
    const out = {};
    for (const [k, v] of entry.entries)
        out[k] = unwrapEntry(v);
    return out;
}
function describeOrigin(origin) {
    return `${origin.file ?? 'vars'}:${origin.key}`;
}
/** `into` with `add` merged in (mappings merged key by key); a value defined twice is an error. */
function merge(into, add, where) {
    const out = new Map(into);
    for (const [key, entry] of add) {
        const existing = out.get(key);
        if (existing === undefined) {
            out.set(key, entry);
        }
        else if (existing.kind === 'map' && entry.kind === 'map') {
            out.set(key, {
                kind: 'map',
                entries: merge(existing.entries, entry.entries, where),
                origin: existing.origin,
            });
        }
        else {
            throw new DepsError(`cannot redefine '${describeOrigin(entry.origin)}' as it already exists in '${describeOrigin(existing.origin)}'`, where);
        }
    }
    return out;
}
/** A Python-like `str()` as DVC's `to_str` gives it: booleans in lower case. */
function toStr(value) {
    if (typeof value === 'boolean')
        return value ? 'true' : 'false';
    if (value === null)
        return 'None';
    if (typeof value === 'number')
        return pythonFloat(value);
    if (typeof value === 'string' || typeof value === 'bigint')
        return String(value);
    if (Array.isArray(value))
        return `[${value.map(toStr).join(', ')}]`;
    return commandArguments(value);
}
/** A mapping as command arguments, as DVC writes `${args}` into a `cmd`: `--lr 0.1 --flag`. */
function commandArguments(params) {
    const words = [];
    const add = (prefix, map) => {
        for (const [key, value] of Object.entries(map)) {
            const name = prefix === '' ? key : `${prefix}.${key}`;
            if (isParamMap(value))
                add(name, value);
            else if (typeof value === 'boolean') {
                if (value)
                    words.push(`--${name}`);
            }
            else if (typeof value === 'string')
                words.push(`--${name} ${(0,format/* shellWord */.r7)(value)}`);
            else if (Array.isArray(value)) {
                const items = value.map((v) => typeof v === 'string' ? (0,format/* shellWord */.r7)(v) : toStr(v));
                words.push(`--${name} ${items.join(' ')}`);
            }
            else
                words.push(`--${name} ${toStr(value)}`);
        }
    };
    add('', params);
    return words.join(' ');
}
class Interpolator {
    #context;
    #tracked;
    #where;
    constructor(context, tracked, where) {
        this.#context = context;
        this.#tracked = tracked;
        this.#where = where;
    }
    /** The entry an expression (`a.b[0].c`) names. */
    #find(expression) {
        const text = expression.trim();
        if (!EXPRESSION.test(text)) {
            throw new DepsError(`cannot read the expression '\${${expression}}'`, this.#where);
        }
        const parts = text.replace(/\[/g, '.').replace(/\]/g, '').split('.');
        let entry = this.#context.get(parts[0].trim());
        for (const raw of parts.slice(1)) {
            const part = raw.trim();
            if (entry?.kind === 'map')
                entry = entry.entries.get(part);
            else if (entry?.kind === 'list' && /^\d+$/.test(part))
                entry = entry.items[Number(part)];
            else
                entry = undefined;
        }
        if (entry === undefined)
            throw new DepsError(`could not find '${text}'`, this.#where);
        return entry;
    }
    /** The value an expression names, noting a parameter-file value as read. */
    #select(expression) {
        const found = this.#find(expression);
        // DVC tracks the values and lists it reads from parameter files, not whole mappings.
        if (found.kind !== 'map' && found.origin.file !== undefined) {
            const keys = this.#tracked.get(found.origin.file) ?? new Set();
            keys.add(found.origin.key);
            this.#tracked.set(found.origin.file, keys);
        }
        return unwrapEntry(found);
    }
    /** A string with its `${…}` replaced; one that is exactly `${…}` keeps the value's type. */
    string(text, key) {
        const matches = [...text.matchAll(INTERPOLATION)];
        if (matches.length === 0)
            return text.replace(/\\\$\{/g, '${');
        const check = (value) => {
            const composite = typeof value === 'object' && value !== null;
            if (!composite || key === undefined || key.includes('foreach'))
                return;
            if (isParamMap(value) && key === 'cmd')
                return;
            throw new DepsError(`cannot interpolate data of type '${Array.isArray(value) ? 'list' : 'dict'}' in ${key}`, this.#where);
        };
        const only = matches[0];
        if (matches.length === 1 && only[0] === text) {
            const value = this.#select(only[1]);
            check(value);
            return key === 'cmd' && isParamMap(value) ? commandArguments(value) : value;
        }
        let out = '';
        let at = 0;
        for (const match of matches) {
            const value = this.#select(match[1]);
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
    entry(value) {
        if (typeof value === 'string') {
            const matches = [...value.matchAll(INTERPOLATION)];
            const only = matches[0];
            if (matches.length === 1 && only !== undefined && only[0] === value) {
                return this.#find(only[1]);
            }
            return wrap(this.string(value, undefined), { key: '' });
        }
        if (Array.isArray(value)) {
            return {
                kind: 'list',
                items: value.map((v) => this.entry(v)),
                origin: { key: '' },
            };
        }
        if (isParamMap(value)) {
            const entries = new Map();
            for (const [k, v] of Object.entries(value))
                entries.set(k, this.entry(v));
            return { kind: 'map', entries, origin: { key: '' } };
        }
        return wrap(value, { key: '' });
    }
    /** Interpolates every string of a value, keys included. */
    value(value, key) {
        if (typeof value === 'string')
            return this.string(value, key);
        if (Array.isArray(value))
            return value.map((v) => this.value(v, key));
        if (isParamMap(value)) {
            const out = {};
            for (const [k, v] of Object.entries(value)) {
                out[toStr(this.string(k, key))] = this.value(v, key);
            }
            return out;
        }
        return value;
    }
}

;// CONCATENATED MODULE: ./src/core/deps/dvc.ts
/**
 * DVC pipelines: every `dvc.yaml` of a commit expanded as DVC expands it
 * (`vars` and the default `params.yaml` loaded into a context, `${…}`
 * interpolated by ./dvc-interpolate.ts, `foreach`/`do` and `matrix` stages
 * generated as `name@key`). Which stages a training run reproduces, and
 * what they depend on, is ./dvc-select.ts. Pure: file contents come from
 * the caller.
 */





const DEFAULT_PARAMS = 'params.yaml';
function isCommandLike(value) {
    return value === undefined || typeof value === 'string' || Array.isArray(value);
}
/** Parameter files a `vars` list loads (`file.yaml` or `file.yaml:key1,key2`), relative to `folder`. */
function varsFiles(vars, folder) {
    const out = [];
    for (const item of Array.isArray(vars) ? vars : []) {
        if (typeof item !== 'string')
            continue;
        const colon = item.indexOf(':');
        const file = colon === -1 ? item : item.slice(0, colon);
        const keys = colon === -1
            ? undefined
            : item
                .slice(colon + 1)
                .split(',')
                .filter(Boolean);
        const path = joinPath(folder, file);
        if (path !== undefined) {
            out.push({ path, keys: keys !== undefined && keys.length > 0 ? keys : undefined });
        }
    }
    return out;
}
class PipelineReader {
    #index;
    #read;
    #texts = new Map();
    constructor(source) {
        this.#index = source.files instanceof FileIndex ? source.files : new FileIndex(source.files);
        this.#read = source.read.bind(source);
    }
    get index() {
        return this.#index;
    }
    async fetch(paths) {
        const wanted = [...new Set(paths)].filter((p) => !this.#texts.has(p) && this.#index.hasFile(p));
        const texts = await Promise.all(wanted.map((p) => this.#read(p)));
        wanted.forEach((path, i) => this.#texts.set(path, texts[i]));
    }
    text(path) {
        return this.#texts.get(path);
    }
    /** A parameter file's values, as context entries (only `keys` when given). */
    load(path, keys, where) {
        const text = this.text(path);
        if (text === undefined)
            throw new DepsError(`the vars file '${path}' does not exist`, where);
        const params = parseParams(path, text);
        const out = new Map();
        for (const key of keys ?? Object.keys(params)) {
            if (!Object.hasOwn(params, key)) {
                throw new DepsError(`could not find '${key}' in '${path}'`, where);
            }
            out.set(key, wrap(params[key], { file: path, key }));
        }
        return out;
    }
    /**
     * A `vars` list loaded over a context: files and inline mappings. `loaded`
     * holds the files already loaded whole, which DVC lets a list name again.
     */
    loadVars(context, vars, folder, where, loaded) {
        let out = context;
        if (vars !== undefined && !Array.isArray(vars)) {
            throw new DepsError('vars must be a list', where);
        }
        for (const [n, item] of (vars ?? []).entries()) {
            if (typeof item === 'string') {
                const [file] = varsFiles([item], folder);
                if (file === undefined) {
                    throw new DepsError(`the vars file '${item}' is outside the repository`, where);
                }
                if (file.keys === undefined && loaded.has(file.path))
                    continue;
                out = merge(out, this.load(file.path, file.keys, where), where);
            }
            else if (isParamMap(item)) {
                const inline = wrap(item, { key: '' });
                if (inline.kind === 'map') {
                    const entries = new Map();
                    for (const [k, v] of inline.entries) {
                        entries.set(k, { ...v, origin: { key: `vars[${n}].${k}` } });
                    }
                    out = merge(out, entries, where);
                }
            }
            else {
                throw new DepsError('each vars item is a file name or a mapping', where);
            }
        }
        return out;
    }
}
function parseDvcYaml(path, text) {
    let doc;
    try {
        doc = parseYamlValue(text);
    }
    catch (err) {
        throw new DepsError((0,format/* messageOf */.bD)(err).split('\n')[0] ?? '', path);
    }
    if (doc === null || doc === undefined)
        return {};
    if (!isParamMap(doc))
        throw new DepsError('a dvc.yaml is a mapping', path);
    return doc;
}
function stagesOf(path, doc) {
    const stages = doc.stages;
    if (stages === undefined || stages === null)
        return [];
    if (!isParamMap(stages))
        throw new DepsError('stages must be a mapping of stage names', path);
    const folder = folderOf(path);
    return Object.entries(stages).map(([name, body]) => {
        if (!isParamMap(body))
            throw new DepsError(`the stage '${name}' is not a mapping`, path);
        return { file: path, folder, name, body };
    });
}
/** The paths of a deps/outs list, each a string or a `{path: options}` mapping. */
function pathList(value) {
    const out = [];
    const items = Array.isArray(value) ? value : value === undefined || value === null ? [] : [value];
    for (const item of items) {
        if (typeof item === 'string')
            out.push(item);
        else if (isParamMap(item))
            out.push(...Object.keys(item));
    }
    return out;
}
/** One resolved stage definition → a stage. */
function toStage(definition, name, group, body, tracked) {
    const where = definition.file;
    const wdirValue = body.wdir;
    if (wdirValue !== undefined && typeof wdirValue !== 'string') {
        throw new DepsError(`the wdir of '${name}' is not a path`, where);
    }
    const wdir = joinPath(definition.folder, wdirValue ?? '.');
    if (wdir === undefined) {
        throw new DepsError(`the wdir of '${name}' is outside the repository`, where);
    }
    const cmdValue = body.cmd;
    if (!isCommandLike(cmdValue)) {
        throw new DepsError(`the cmd of '${name}' is not text or a list`, where);
    }
    const cmd = (cmdValue === undefined ? [] : Array.isArray(cmdValue) ? cmdValue : [cmdValue]).map((c) => toStr(c));
    const external = [];
    const local = (paths) => {
        const out = [];
        for (const path of paths) {
            const joined = /^[A-Za-z][\w+.-]*:\/\//.test(path) ? undefined : joinPath(wdir, path);
            if (joined === undefined)
                external.push(path);
            else
                out.push(joined);
        }
        return out;
    };
    const deps = local(pathList(body.deps));
    const outs = local([...pathList(body.outs), ...pathList(body.metrics), ...pathList(body.plots)]);
    const params = new Map();
    const addKeys = (file, keys) => {
        const known = params.get(file);
        if (known === 'all')
            return;
        if (keys === 'all')
            params.set(file, 'all');
        else
            params.set(file, new Set([...(known ?? []), ...keys]));
    };
    const defaultFile = joinPath(wdir, DEFAULT_PARAMS);
    for (const item of Array.isArray(body.params) ? body.params : []) {
        if (typeof item === 'string') {
            addKeys(defaultFile, [item]);
        }
        else if (isParamMap(item)) {
            for (const [file, keys] of Object.entries(item)) {
                const path = joinPath(wdir, file);
                if (path === undefined) {
                    throw new DepsError(`the params file '${file}' is outside the repository`, where);
                }
                const list = Array.isArray(keys)
                    ? keys.filter((k) => typeof k === 'string')
                    : [];
                addKeys(path, list.length === 0 ? 'all' : list);
            }
        }
    }
    for (const [file, keys] of tracked)
        addKeys(file, [...keys]);
    const address = definition.file === 'dvc.yaml' ? name : `${definition.file}:${name}`;
    const stage = {
        name,
        address,
        file: definition.file,
        wdir,
        cmd,
        deps,
        outs,
        external,
        params: [...params].map(([file, keys]) => ({ file, keys: keys === 'all' ? 'all' : [...keys] })),
    };
    return group === undefined ? stage : { ...stage, group };
}
/** Resolves one definition (entry, foreach or matrix) into its stages. */
function expand(reader, definition, global, loaded) {
    const { body, name, file } = definition;
    const where = file;
    const resolveStage = (stageName, group, template, context) => {
        const tracked = new Map();
        const wdir = stageWdir(definition, template, context);
        const own = reader.loadVars(context, template.vars, wdir, where, loaded);
        const interpolate = new Interpolator(own, tracked, where);
        const resolved = {};
        for (const [key, value] of Object.entries(template)) {
            if (key === 'vars')
                continue;
            resolved[key] = interpolate.value(value, key);
        }
        return toStage(definition, stageName, group, resolved, tracked);
    };
    // The data foreach and matrix iterate keeps where each value came from, so
    // that `${item.x}` read from a parameters file is a parameter of the stage.
    const data = (value) => new Interpolator(global, new Map(), where).entry(value);
    if (body.matrix !== undefined && body.matrix !== null) {
        const axes = data(body.matrix);
        if (axes.kind !== 'map')
            throw new DepsError(`the matrix of '${name}' is not a mapping`, where);
        const template = { ...body };
        delete template.matrix;
        let combinations = [
            { key: [], item: new Map() },
        ];
        for (const [axis, values] of axes.entries) {
            if (values.kind !== 'list') {
                throw new DepsError(`the matrix axis '${axis}' of '${name}' is not a list`, where);
            }
            const next = [];
            for (const combination of combinations) {
                values.items.forEach((value, i) => {
                    next.push({
                        key: [...combination.key, value.kind === 'value' ? toStr(value.value) : `${axis}${i}`],
                        item: new Map([...combination.item, [axis, value]]),
                    });
                });
            }
            combinations = next;
        }
        const byKey = new Map(combinations.map((c) => [c.key.join('-'), c.item]));
        return [...byKey].map(([key, entries]) => {
            const item = { kind: 'map', entries, origin: { key: 'item' } };
            return resolveStage(`${name}@${key}`, name, template, withLocals(global, item, key));
        });
    }
    if (body.foreach !== undefined) {
        const template = body.do;
        if (!isParamMap(template)) {
            throw new DepsError(`the foreach stage '${name}' has no do mapping`, where);
        }
        const iterated = data(body.foreach);
        const items = new Map();
        if (iterated.kind === 'map') {
            for (const [key, item] of iterated.entries)
                items.set(key, { item, key });
        }
        else if (iterated.kind === 'list') {
            const composite = iterated.items.some((v) => v.kind !== 'value');
            iterated.items.forEach((item, i) => {
                const key = composite || item.kind !== 'value' ? String(i) : toStr(item.value);
                items.set(key, { item });
            });
        }
        else {
            throw new DepsError(`the foreach of '${name}' is not a list or a mapping`, where);
        }
        return [...items].map(([key, local]) => resolveStage(`${name}@${key}`, name, template, withLocals(global, local.item, local.key)));
    }
    return [resolveStage(name, undefined, body, global)];
}
/** `item` (and `key`) set over a context, as foreach and matrix set them. */
function withLocals(context, item, key) {
    const out = new Map(context);
    out.set('item', item);
    if (key !== undefined)
        out.set('key', wrap(key, { key: 'key' }));
    return out;
}
/** A stage's working folder for loading its own vars: its wdir when plain text, else the dvc.yaml's folder. */
function stageWdir(definition, template, context) {
    const wdir = template.wdir;
    if (typeof wdir !== 'string')
        return definition.folder;
    const text = new Interpolator(context, new Map(), definition.file).string(wdir, 'wdir');
    return joinPath(definition.folder, toStr(text)) ?? definition.folder;
}
/**
 * Every stage of every dvc.yaml in the commit (or of `paths`), expanded.
 * Reads the dvc.yaml files, then the parameter files their `vars` name.
 * Throws DepsError for what DVC itself would refuse.
 */
async function loadDvcPipelines(source, paths) {
    const reader = new PipelineReader(source);
    const files = paths ?? reader.index.files.filter((f) => f === 'dvc.yaml' || f.endsWith('/dvc.yaml'));
    await reader.fetch(files);
    const docs = files.flatMap((path) => {
        const text = reader.text(path);
        return text === undefined ? [] : [{ path, doc: parseDvcYaml(path, text) }];
    });
    // The parameter files: the default params.yaml beside each dvc.yaml, vars files, stage vars files.
    const wanted = [];
    for (const { path, doc } of docs) {
        const folder = folderOf(path);
        wanted.push(joinPath(folder, DEFAULT_PARAMS));
        wanted.push(...varsFiles(doc.vars, folder).map((f) => f.path));
        for (const definition of stagesOf(path, doc)) {
            const template = isParamMap(definition.body.do) ? definition.body.do : definition.body;
            const wdir = typeof template.wdir === 'string' ? joinPath(folder, template.wdir) : folder;
            wanted.push(...varsFiles(template.vars, wdir ?? folder).map((f) => f.path));
        }
    }
    await reader.fetch(wanted);
    const stages = [];
    for (const { path, doc } of docs) {
        const folder = folderOf(path);
        const defaults = joinPath(folder, DEFAULT_PARAMS);
        let context = new Map();
        const loaded = new Set();
        if (reader.text(defaults) !== undefined) {
            context = reader.load(defaults, undefined, path);
            loaded.add(defaults);
        }
        context = reader.loadVars(context, doc.vars, folder, path, loaded);
        for (const file of varsFiles(doc.vars, folder)) {
            if (file.keys === undefined)
                loaded.add(file.path);
        }
        for (const definition of stagesOf(path, doc)) {
            stages.push(...expand(reader, definition, context, loaded));
        }
    }
    return { stages, files };
}

;// CONCATENATED MODULE: ./src/core/deps/dvc-select.ts


function overlaps(a, b) {
    return isWithin(a, b) || isWithin(b, a);
}
/** The stages a name means: an address, a name, or a foreach/matrix group (all its stages). */
function stagesNamed(pipelines, name) {
    return pipelines.stages.filter((s) => s.address === name ||
        s.name === name ||
        s.group === name ||
        (s.group !== undefined && `${s.file}:${s.group}` === name));
}
/**
 * The named stages and every stage upstream of them, and what changes to
 * them mean a training run: dependency files and folders, `.dvc` files of
 * tracked data, the dvc.yaml definitions, files the commands name; the
 * commands' Python entry points; the parameters.
 */
function selectDvcStages(pipelines, names, files) {
    const index = files instanceof FileIndex ? files : new FileIndex(files);
    const selected = new Map();
    const unknown = [];
    let queue = [];
    for (const name of names) {
        const found = stagesNamed(pipelines, name);
        if (found.length === 0)
            unknown.push(name);
        for (const stage of found) {
            if (!selected.has(stage.address)) {
                const entry = { stage, chain: [stage.address] };
                selected.set(stage.address, entry);
                queue.push(entry);
            }
        }
    }
    while (queue.length > 0) {
        const next = [];
        for (const { stage, chain } of queue) {
            for (const upstream of pipelines.stages) {
                if (selected.has(upstream.address))
                    continue;
                if (!stage.deps.some((dep) => upstream.outs.some((out) => overlaps(dep, out))))
                    continue;
                const entry = { stage: upstream, chain: [...chain, upstream.address] };
                selected.set(upstream.address, entry);
                next.push(entry);
            }
        }
        queue = next;
    }
    const stages = [...selected.values()];
    const outputs = stages.flatMap(({ stage }) => stage.outs);
    const paths = new Map();
    const add = (path, kind, stage) => {
        if (!paths.has(path))
            paths.set(path, { path, kind, stage });
    };
    const absent = [];
    const entryPoints = [];
    const params = new Map();
    for (const { stage } of stages) {
        add(stage.file, 'definition', stage.address);
        for (const dep of stage.deps) {
            let known = false;
            if (index.hasFile(dep)) {
                add(dep, 'file', stage.address);
                known = true;
            }
            else if (index.hasFolder(dep)) {
                add(dep, 'folder', stage.address);
                known = true;
            }
            // The .dvc file of the data itself, or of a folder that holds it.
            for (let path = dep; path !== ''; path = folderOf(path)) {
                if (index.hasFile(`${path}.dvc`)) {
                    add(`${path}.dvc`, 'pointer', stage.address);
                    known = true;
                }
            }
            // Tracked data inside a folder dependency.
            if (index.hasFolder(dep)) {
                for (const file of index.files) {
                    if (file.endsWith('.dvc') && isWithin(file, dep))
                        add(file, 'pointer', stage.address);
                }
            }
            if (!known && !outputs.some((out) => overlaps(dep, out))) {
                absent.push({ path: dep, stage: stage.address });
            }
        }
        for (const command of stage.cmd) {
            const targets = commandTargets(command, stage.wdir, index);
            for (const path of targets.paths) {
                add(path, index.hasFolder(path) ? 'folder' : 'command', stage.address);
            }
            for (const entry of targets.entries)
                entryPoints.push({ entry, stage: stage.address });
        }
        for (const { file, keys } of stage.params) {
            const known = params.get(file);
            if (known === 'all')
                continue;
            if (keys === 'all')
                params.set(file, 'all');
            else
                params.set(file, new Set([...(known ?? []), ...keys]));
        }
    }
    return {
        stages,
        paths: [...paths.values()],
        entryPoints,
        params: [...params].map(([file, keys]) => ({ file, keys: keys === 'all' ? 'all' : [...keys] })),
        absent,
        unknown,
    };
}
/** The first path of a selection that covers a repository file, or undefined. */
function dvcPathFor(selection, file) {
    return selection.paths.find((p) => p.kind === 'folder' ? isWithin(file, p.path) : p.path === file);
}

;// CONCATENATED MODULE: ./src/core/deps/pyproject.ts
/**
 * Where a project's packages live, as its `pyproject.toml` declares it for
 * the build backends most projects use: setuptools (`packages.find.where`,
 * `package-dir`), Poetry (`packages … from`), Hatch (`packages`, `sources`),
 * PDM (`package-dir`) and maturin (`python-source`). Pure.
 */


const pyproject_IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;
function table(value) {
    return typeof value === 'object' && !Array.isArray(value) ? value : undefined;
}
function at(root, path) {
    let value = root;
    for (const key of path)
        value = table(value)?.[key];
    return value;
}
function strings(value) {
    if (typeof value === 'string')
        return [value];
    return Array.isArray(value) ? value.filter((v) => typeof v === 'string') : [];
}
/**
 * The layout a `pyproject.toml` at `path` declares, its folders relative to
 * the repository. Throws TomlError for text that is not TOML.
 */
function pyprojectLayout(path, text) {
    const doc = parseToml(text);
    const base = folderOf(path);
    const roots = [];
    const packageDirs = new Map();
    const root = (folder) => {
        const joined = joinPath(base, folder);
        if (joined !== undefined && !roots.includes(joined))
            roots.push(joined);
    };
    const packageDir = (name, folder) => {
        const joined = joinPath(base, folder);
        if (joined === undefined)
            return;
        if (name === '')
            root(folder);
        else if (pyproject_IDENTIFIER.test(name))
            packageDirs.set(name, joined);
    };
    // setuptools
    const setuptools = table(at(doc, ['tool', 'setuptools']));
    if (setuptools !== undefined) {
        const find = table(at(setuptools, ['packages', 'find']));
        if (find !== undefined) {
            const where = strings(find.where);
            for (const folder of where.length > 0 ? where : ['.'])
                root(folder);
        }
        for (const [name, folder] of Object.entries(table(setuptools['package-dir']) ?? {})) {
            if (typeof folder === 'string')
                packageDir(name, folder);
        }
    }
    // Poetry: packages = [{ include = "pkg", from = "src" }]
    const poetryPackages = at(doc, ['tool', 'poetry', 'packages']);
    for (const entry of Array.isArray(poetryPackages) ? poetryPackages : []) {
        const spec = table(entry);
        if (spec !== undefined && typeof spec.include === 'string') {
            root(typeof spec.from === 'string' ? spec.from : '.');
        }
    }
    // Hatch: packages = ["src/pkg"] (the folder above each is a root); sources = ["src"] or {"src" = ""}
    const hatch = table(at(doc, ['tool', 'hatch', 'build']));
    const hatchTargets = [hatch, table(at(hatch ?? {}, ['targets', 'wheel']))];
    for (const target of hatchTargets) {
        if (target === undefined)
            continue;
        for (const folder of strings(target.packages)) {
            const trimmed = folder.replace(/\/+$/, '');
            root(folderOf(trimmed) || '.');
        }
        const sources = target.sources;
        for (const folder of strings(sources))
            root(folder);
        for (const [folder, prefix] of Object.entries(table(sources) ?? {})) {
            if (typeof prefix !== 'string')
                continue;
            const name = prefix.replace(/\/+$/, '');
            if (name === '')
                root(folder);
            else
                packageDir(name, folder);
        }
    }
    // PDM: package-dir = "src"
    const pdm = at(doc, ['tool', 'pdm', 'build', 'package-dir']);
    if (typeof pdm === 'string')
        root(pdm);
    // maturin: python-source = "python"
    const maturin = at(doc, ['tool', 'maturin', 'python-source']);
    if (typeof maturin === 'string')
        root(maturin);
    return { roots, packageDirs };
}

;// CONCATENATED MODULE: ./src/core/deps/index.ts
/**
 * Dependency analysis for training code, so that filters need not list every
 * file training depends on. Pure: the caller passes file lists and contents
 * (read lazily, as the analysis reaches them). Nothing here runs at import
 * time, so a front end can `import()` this module only when its inputs are
 * set.
 *
 * - Python imports: `scanImports` (and `scanPython`, `scanNotebook`) find
 *   every import of a file with its line, and the calls whose module is
 *   computed (`import_module(name)`), which are reported, never dropped.
 * - Resolution: `ModuleResolver` finds the repository files an import loads
 *   along a search path (source roots, `pyprojectLayout` packages).
 * - The closure: `importClosure` gives every file entry points (scripts,
 *   globs, `python -m` modules) load, each with the chain that reached it;
 *   the imports it cannot follow; the entry points that name nothing.
 * - DVC: `loadDvcPipelines` expands every dvc.yaml; `selectDvcStages` gives
 *   what the named stages and those upstream depend on; `diffParams` says
 *   which parameters changed value.
 * - Filters: `deadPatterns` lists patterns that match no file.
 */














;// CONCATENATED MODULE: ./src/core/dependencies.ts
/**
 * What training depends on, for the change being decided: the repository
 * files the training entry points import (the transitive closure of their
 * local Python imports), what the DVC stages named and those upstream depend
 * on, and their parameters. A changed file among them is a training change,
 * on top of the filters; the reason names the chain that reached it. Pure:
 * the front ends pass snapshots of the commits (file lists, contents read on
 * demand).
 */



/** `train.py imports model.py, which imports utils/schedule.py`. */
function chainWords(dependency) {
    const [first, ...rest] = dependency.chain;
    if (rest.length === 0)
        return `${first} is the entry point ${dependency.entry}`;
    return `${first} imports ${rest.join(', which imports ')}`;
}
/** The paths each changed file counts at: its new path, and its old one after a rename. */
function pathsOf(file) {
    return file.previousFilename !== undefined && file.previousFilename !== file.filename
        ? [file.filename, file.previousFilename]
        : [file.filename];
}
async function analyze(settings, snapshot, cache) {
    let dvc;
    const entries = settings.entrypoints.map(parseEntryPoint);
    const missing = [];
    if (settings.dvcStages.length > 0) {
        const pipelines = await loadDvcPipelines(snapshot);
        dvc = selectDvcStages(pipelines, settings.dvcStages, snapshot.files);
        for (const name of dvc.unknown) {
            missing.push(`no dvc.yaml at the head commit defines the DVC stage ${JSON.stringify(name)}`);
        }
        entries.push(...dvc.entryPoints.map((e) => e.entry));
    }
    const declared = await packageLayouts(snapshot);
    const closure = await importClosure(snapshot, entries, {
        ...(settings.roots !== undefined ? { roots: settings.roots } : {}),
        layouts: declared.layouts,
        ...(cache !== undefined ? { cache } : {}),
    });
    for (const gone of closure.missing) {
        missing.push(`the entry point ${gone.entry} is not at the head commit (${gone.reason})`);
    }
    return {
        closure: new Map(closure.files.map((d) => [d.path, d])),
        issues: [...declared.issues, ...closure.issues],
        missing,
        ...(dvc !== undefined ? { dvc } : {}),
    };
}
/** Files an import can reach: Python modules and notebooks. */
const IMPORTABLE = /\.(?:py|pyi|ipynb)$/i;
/** pyproject.toml at the root or one folder down (a monorepo's projects). */
const PYPROJECT = /^(?:[^/]+\/)?pyproject\.toml$/;
/** The package folders the repository's pyproject.toml files declare; one that is not TOML is reported. */
async function packageLayouts(snapshot) {
    const layouts = [];
    const issues = [];
    const found = headFiles(snapshot)
        .filter((path) => PYPROJECT.test(path))
        .sort((a, b) => a.split('/').length - b.split('/').length || (a < b ? -1 : 1));
    for (const path of found) {
        const text = await snapshot.read(path);
        if (text === undefined)
            continue;
        try {
            layouts.push(pyprojectLayout(path, text));
        }
        catch (err) {
            issues.push({
                file: path,
                line: 0,
                text: '',
                reason: `not read as TOML (${(0,format/* messageOf */.bD)(err)}); the package folders it declares are not searched`,
            });
        }
    }
    return { layouts, issues };
}
/** Why a changed file is a training change, or undefined when it is not one. */
function whyTraining(file, analysis) {
    for (const path of pathsOf(file)) {
        const dependency = analysis.closure.get(path);
        if (dependency !== undefined)
            return `${path} changed; ${chainWords(dependency)}`;
        const dvc = analysis.dvc === undefined ? undefined : dvcPathFor(analysis.dvc, path);
        if (dvc !== undefined) {
            const what = dvc.kind === 'definition'
                ? 'the definition of'
                : dvc.kind === 'pointer'
                    ? 'data tracked by'
                    : dvc.kind === 'command'
                        ? 'named by the command of'
                        : 'a dependency of';
            return `${path} changed: ${what} DVC stage ${dvc.stage}`;
        }
    }
    return undefined;
}
/**
 * The dependency analysis of a change: at the head, and at the base for the
 * files the change removed from the head (a deleted import still changed
 * training), with the DVC parameters compared between the two.
 */
async function analyzeDependencies(request) {
    const { settings, head, changes, cache } = request;
    const atHead = await analyze(settings, head, cache);
    const matches = [];
    const unmatched = [];
    for (const file of changes) {
        const reason = whyTraining(file, atHead);
        if (reason !== undefined)
            matches.push({ file, reason });
        else
            unmatched.push(file);
    }
    // A file no longer at the head (deleted or moved away) may have been imported at the base.
    const gone = unmatched.filter((f) => f.status === 'deleted' || f.previousFilename !== undefined);
    let baseSnapshot;
    if (gone.length > 0 && request.base !== undefined) {
        baseSnapshot = await request.base();
        if (baseSnapshot !== undefined) {
            const atBase = await analyze(settings, baseSnapshot, cache);
            for (const file of gone) {
                const reason = whyTraining(file, atBase);
                if (reason !== undefined)
                    matches.push({ file, reason: `${reason} (at the base)` });
            }
        }
    }
    const params = await paramChanges(atHead.dvc, head, request, baseSnapshot);
    for (const { file, change } of params) {
        const changed = changes.find((f) => pathsOf(f).includes(file));
        if (changed === undefined || matches.some((m) => m.file === changed))
            continue;
        matches.push({ file: changed, reason: `${file} changed: ${describeParam(change)}` });
    }
    const trainOn = new Set(request.trainOn);
    const covering = request.filters.filter((f) => trainOn.has(f.name));
    const covered = (path) => covering.some((f) => f.rules.some((r) => r.includes.some((p) => p.matches(path))));
    const closure = [...atHead.closure.keys()];
    return {
        matches,
        closure,
        unresolved: atHead.issues,
        missing: atHead.missing,
        params,
        deadPatterns: (0,dead/* deadPatterns */.O)(request.filters, headFiles(head)),
        uncovered: closure.filter((path) => !covered(path)),
        unimported: headFiles(head).filter((path) => IMPORTABLE.test(path) && !atHead.closure.has(path) && covered(path)),
    };
}
function headFiles(snapshot) {
    const { files } = snapshot;
    return files instanceof FileIndex ? files.files : files;
}
/** The DVC parameters whose value changed between the base and the head. */
async function paramChanges(dvc, head, request, base) {
    if (dvc === undefined || dvc.params.length === 0)
        return [];
    const touched = new Set(request.changes.flatMap(pathsOf));
    const changed = [];
    for (const params of dvc.params) {
        if (!touched.has(params.file))
            continue;
        const before = base ?? (request.base === undefined ? undefined : await request.base());
        const baseText = before === undefined ? undefined : await before.read(params.file);
        const headText = await head.read(params.file);
        for (const change of diffParams(params.file, baseText, headText, params.keys)) {
            changed.push({ file: params.file, change });
        }
    }
    return changed;
}
/** `train.lr changed from 0.01 to 0.02, a parameter of the DVC stages`. */
function describeParam(change) {
    const value = (v) => JSON.stringify(v);
    const what = change.change === 'added'
        ? `${change.key} was added (${value(change.head)})`
        : change.change === 'removed'
            ? `${change.key} was removed`
            : `${change.key} changed from ${value(change.base)} to ${value(change.head)}`;
    return `${what}, a parameter of the DVC stages`;
}


/***/ })

};
