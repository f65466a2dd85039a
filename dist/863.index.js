export const id = 863;
export const ids = [863];
export const modules = {

/***/ 2863:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runAction: () => (/* binding */ runAction)
});

;// CONCATENATED MODULE: ./src/core/cost.ts
/**
 * Rounds to `digits` decimals as decimal arithmetic does, so 1.005 → 1.01
 * (not 1.00 as binary fractions would give). Every figure shown is rounded so.
 */
function roundDecimal(n, digits) {
    if (!Number.isFinite(n) || Math.abs(n) >= 1e15)
        return n;
    const text = String(Math.abs(n));
    if (text.includes('e'))
        return Math.sign(n) * (Math.round(Math.abs(n) * 10 ** digits) / 10 ** digits);
    // Shifting through the decimal string avoids binary rounding errors such as 1.005 → 1.00.
    const shifted = Math.round(Number(`${text}e${digits}`));
    return Math.sign(n) * Number(`${shifted}e-${digits}`);
}
function estimateCost(settings, shouldTrain) {
    const report = { currency: settings.currency, gpuCount: settings.gpuCount };
    if (settings.hourlyCost !== undefined)
        report.hourlyCost = settings.hourlyCost;
    if (settings.priceSource !== undefined)
        report.priceSource = settings.priceSource;
    if (settings.hoursSource !== undefined)
        report.hoursSource = settings.hoursSource;
    if (settings.costLimit !== undefined) {
        report.costLimit = settings.costLimit;
        report.overLimit = false;
    }
    if (settings.trainingHours === undefined)
        return report;
    report.trainingHours = settings.trainingHours;
    const gpuHours = settings.trainingHours * settings.gpuCount;
    report.runGpuHours = gpuHours;
    report.estimatedGpuHours = shouldTrain ? gpuHours : 0;
    report.gpuHoursAvoided = shouldTrain ? 0 : gpuHours;
    if (settings.hourlyCost !== undefined) {
        const cost = settings.hourlyCost * gpuHours;
        report.runCost = cost;
        report.estimatedCost = shouldTrain ? cost : 0;
        report.costAvoided = shouldTrain ? 0 : cost;
        // Compared as shown (to the cent), so a cost shown equal to the limit is not over it.
        if (settings.costLimit !== undefined) {
            report.overLimit = roundDecimal(report.estimatedCost, 2) > settings.costLimit;
        }
    }
    return report;
}

// EXTERNAL MODULE: ./src/core/format.ts
var format = __webpack_require__(6228);
;// CONCATENATED MODULE: ./src/core/decision.ts
/**
 * Matches + force + completeness → should-train and a reason a reviewer reads
 * at a glance. Pure.
 *
 * Order: `force`, then `force-label`, then a matching `train-on` filter (a match
 * in a partial list is still a match), then an incomplete change set (decided by
 * `on-error`), and only a change set seen whole with no match skips training.
 */

/** How the reason opens when `on-error` decided. */
const ON_ERROR_LEAD = {
    train: 'training because',
    skip: 'skipped although',
    fail: 'failed:',
};
/** Each filter's matches, marked with whether it is one of `train-on`. */
function filterReports(matches, trainOn) {
    const decides = new Set(trainOn);
    return matches.map((m) => ({ name: m.name, trainOn: decides.has(m.name), files: m.files }));
}
function decide(input) {
    if (input.force) {
        return {
            shouldTrain: true,
            trigger: 'force',
            fail: false,
            reason: 'training forced: the force input is true',
        };
    }
    if (input.forceLabel && input.labels?.includes(input.forceLabel)) {
        return {
            shouldTrain: true,
            trigger: 'label',
            fail: false,
            reason: `training forced: the pull request has the label "${input.forceLabel}"`,
        };
    }
    const trainOn = new Set(input.trainOn);
    const trainMatches = input.matches.filter((m) => trainOn.has(m.name) && m.files.length > 0);
    if (trainMatches.length > 0) {
        const parts = trainMatches.map((m) => `${m.name} matched ${(0,format/* plural */.LS)(m.files.length, 'file')} (${(0,format/* listSome */.XT)(m.files.map((f) => f.filename))})`);
        const of = input.complete ? ` of ${(0,format/* plural */.LS)(input.changedCount, 'changed file')}` : '';
        return {
            shouldTrain: true,
            trigger: 'filters',
            fail: false,
            reason: `training: ${parts.join('; ')}${of}`,
        };
    }
    const [first, ...more] = input.dependencies ?? [];
    if (first !== undefined) {
        const others = more.length > 0 ? ` (and ${(0,format/* plural */.LS)(more.length, 'more file')} training depends on)` : '';
        return {
            shouldTrain: true,
            trigger: 'dependencies',
            fail: false,
            reason: `training: ${first.reason}${others}`,
        };
    }
    if (input.nothingToCompare !== undefined) {
        return {
            shouldTrain: false,
            trigger: 'nothing-to-compare',
            fail: false,
            reason: `skipped: ${input.nothingToCompare}`,
        };
    }
    if (!input.complete) {
        const why = input.incompleteReason ?? 'the list of changed files was cut short';
        const seen = `no train-on filter matched the ${(0,format/* plural */.LS)(input.changedCount, 'file')} that could be seen`;
        const lead = ON_ERROR_LEAD[input.onError];
        return {
            shouldTrain: input.onError === 'train',
            trigger: 'incomplete',
            fail: input.onError === 'fail',
            reason: `${lead} the change set could not be seen whole (${why}); ${seen}, and on-error is ${input.onError}`,
        };
    }
    const names = (0,format/* orList */.A3)([...trainOn]);
    const others = input.matches.filter((m) => !trainOn.has(m.name) && m.files.length > 0);
    const otherText = others.length > 0
        ? `; matched only ${others.map((m) => `${m.name} (${(0,format/* plural */.LS)(m.files.length, 'file')})`).join(', ')}`
        : '';
    if (input.changedCount === 0) {
        return {
            shouldTrain: false,
            trigger: 'no-match',
            fail: false,
            reason: 'skipped: no files changed',
        };
    }
    return {
        shouldTrain: false,
        trigger: 'no-match',
        fail: false,
        reason: `skipped: ${(0,format/* plural */.LS)(input.changedCount, 'changed file')}, none match${input.changedCount === 1 ? 'es' : ''} ${names}${otherText}`,
    };
}

// EXTERNAL MODULE: ./src/core/filters/glob.ts
var filters_glob = __webpack_require__(4521);
;// CONCATENATED MODULE: ./src/core/filters/match.ts

const someIndexes = new WeakMap();
function someIndex(filter) {
    const cached = someIndexes.get(filter);
    if (cached !== undefined)
        return cached;
    const all = [];
    for (const rule of filter.rules) {
        for (const pattern of rule.patterns)
            all.push({ statuses: rule.statuses, pattern });
    }
    const segmentsOf = (candidate) => candidate.pattern instanceof filters_glob/* Pattern */.zJ ? candidate.pattern.firstSegments : undefined;
    const keys = new Set();
    for (const candidate of all)
        for (const key of segmentsOf(candidate) ?? [])
            keys.add(key);
    const bySegment = new Map();
    for (const key of keys) {
        bySegment.set(key, all.filter((candidate) => segmentsOf(candidate)?.has(key) ?? true));
    }
    const index = {
        all,
        anywhere: all.filter((candidate) => segmentsOf(candidate) === undefined),
        bySegment,
    };
    someIndexes.set(filter, index);
    return index;
}
function preparePath(path) {
    return { path, plain: (0,filters_glob/* isPlainPath */.qW)(path), first: (0,filters_glob/* firstSegment */._V)(path) };
}
/**
 * The change types a file has at one of its paths. As in dorny/paths-filter, a
 * rename is the new path added and the old path deleted; it is also `renamed`
 * at both, so that rules keyed by `renamed` keep seeing it. A copy is the new
 * path added (and `copied` at both paths); its source is not deleted.
 */
function statusesAt(file, atPrevious) {
    if (file.status === 'renamed')
        return atPrevious ? RENAMED_FROM : RENAMED_TO;
    if (file.status === 'copied')
        return atPrevious ? COPIED_FROM : COPIED_TO;
    return [file.status];
}
const RENAMED_TO = Object.freeze(['renamed', 'added']);
const RENAMED_FROM = Object.freeze(['renamed', 'deleted']);
const COPIED_TO = Object.freeze(['copied', 'added']);
const COPIED_FROM = Object.freeze(['copied']);
/** Whether a rule keyed by `allowed` change types (undefined: any) applies to a file of these types. */
function allows(allowed, statuses) {
    if (allowed === undefined)
        return true;
    for (const status of statuses)
        if (allowed.has(status))
            return true;
    return false;
}
/** `some`: the last pattern that matches decides, an exclusion excluding. */
function includedBySome(index, at, statuses) {
    const candidates = at.plain ? (index.bySegment.get(at.first) ?? index.anywhere) : index.all;
    for (let c = candidates.length - 1; c >= 0; c--) {
        const candidate = candidates[c];
        if (candidate === undefined)
            continue;
        if (!allows(candidate.statuses, statuses))
            continue;
        if (candidate.pattern.matches(at.path, at.plain))
            return !candidate.pattern.exclude;
    }
    return false;
}
/**
 * `every`: each rule must hold. A rule holds when its change types allow the
 * file (or it has none) and the path matches one of its globs (if it has
 * any without `!`) and none of its `!` globs.
 */
function includedByEvery(rules, at, statuses) {
    const { path, plain } = at;
    for (const rule of rules) {
        if (!allows(rule.statuses, statuses))
            return false;
        if (rule.includes.length > 0 && !anyMatches(rule.includes, path, plain))
            return false;
        if (anyMatches(rule.excludes, path, plain))
            return false;
    }
    return true;
}
function anyMatches(patterns, path, plain) {
    for (const pattern of patterns)
        if (pattern.matches(path, plain))
            return true;
    return false;
}
/**
 * Matches every file against every filter; filters returned in definition
 * order, each with the files it matched (in the order given). A renamed or
 * copied file matches when its new or its previous path is included, each
 * path with its own change types (see statusesAt).
 */
function matchFilters(filters, files, quantifier) {
    const prepared = files.map((file) => {
        const previous = file.previousFilename;
        return {
            file,
            at: preparePath(file.filename),
            before: previous !== undefined && previous !== '' && previous !== file.filename
                ? preparePath(previous)
                : undefined,
        };
    });
    return filters.map((filter) => {
        const matched = [];
        if (quantifier === 'every') {
            const rules = filter.rules;
            for (const { file, at, before } of prepared) {
                if (includedByEvery(rules, at, statusesAt(file, false)) ||
                    (before !== undefined && includedByEvery(rules, before, statusesAt(file, true)))) {
                    matched.push(file);
                }
            }
        }
        else {
            const index = someIndex(filter);
            for (const { file, at, before } of prepared) {
                if (includedBySome(index, at, statusesAt(file, false)) ||
                    (before !== undefined && includedBySome(index, before, statusesAt(file, true)))) {
                    matched.push(file);
                }
            }
        }
        return { name: filter.name, files: matched };
    });
}

;// CONCATENATED MODULE: ./src/core/types.ts
/**
 * Types shared by the modules of the gate. Every module maps what it reads
 * (API answers, git output, inputs) into these, so the pure core never sees
 * octokit or process state.
 */
/**
 * The outputs the gate always sets, in the order it sets them. A filter may not
 * take one of these names (its own outputs would overwrite them).
 */
const GATE_OUTPUT_NAMES = [
    'should-train',
    'reason',
    'changes',
    'complete',
    'diff-source',
    'base-sha',
    'head-sha',
    'changed-count',
    'estimated-gpu-hours',
    'estimated-cost',
    'cost-avoided',
    'over-limit',
    'files-json-path',
    'dependency-files',
    'closure-size',
];
/** The change types a filter rule may be keyed by (`added|modified: 'data/**'`). */
const CHANGE_STATUSES = [
    'added',
    'modified',
    'deleted',
    'renamed',
    'copied',
    'changed',
];
/**
 * Bad user input. `input` is the action input (or CLI option) at fault; the
 * message names the value and what is allowed.
 */
class InputError extends Error {
    input;
    constructor(input, message) {
        super(message);
        this.name = 'InputError';
        this.input = input;
    }
}

;// CONCATENATED MODULE: ./src/core/filters/model.ts
/**
 * The compiled form of filters: what parsing produces and matching reads.
 */

/**
 * Output names the gate sets itself. A filter may not take one of these names,
 * nor any name ending in `_count` or `_files` (the per-filter outputs).
 */
const RESERVED_OUTPUT_NAMES = GATE_OUTPUT_NAMES;
/** Suffixes of the per-filter outputs `<name>_count` and `<name>_files`. */
const RESERVED_OUTPUT_SUFFIXES = Object.freeze(['_count', '_files']);

// EXTERNAL MODULE: ./node_modules/minimatch/dist/esm/index.js + 8 modules
var esm = __webpack_require__(1138);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
;// CONCATENATED MODULE: ./src/core/filters/messages.ts
/** The words of the filter grammar's errors: what a value is, where the problem is, what is allowed. */


const ALLOWED_VALUE = "A filter's value must be a glob such as 'src/training/**', or a list of globs, where an item " +
    'may also be a change-type rule such as "added|modified: \'data/**\'"';
const ALLOWED_TYPES = `Allowed change types: ${CHANGE_STATUSES.join(', ')}; ` +
    'join several with "|", for example added|modified';
/**
 * A name the runner's output file and workflow expressions take as it is:
 * `=`, `<<`, quotes or line breaks would let a name write other outputs.
 */
const NAME_PATTERN = /^[A-Za-z0-9_][A-Za-z0-9_./-]{0,99}$/;
const ALLOWED_NAME = 'A filter name is 1 to 100 letters (A-Z, a-z), digits, "_", "-", "." or "/", starting with a letter, digit or "_" ' +
    `(the pattern ${NAME_PATTERN.source}), for example training or data-prep`;

/** Names a YAML value for a message: what it is, and the value when short. */
function describe(value) {
    if (value === null || value === undefined)
        return 'empty';
    if (typeof value === 'string')
        return value.trim() === '' ? `empty text ${(0,format/* quote */.hD)(value)}` : (0,format/* quote */.hD)(value);
    if (typeof value === 'number' || typeof value === 'bigint')
        return `the number ${String(value)}`;
    if (typeof value === 'boolean')
        return `the boolean ${String(value)}`;
    if (Array.isArray(value))
        return value.length === 0 ? 'an empty list' : 'a list';
    if (value instanceof Map)
        return 'a mapping';
    if (value instanceof Set)
        return 'a set';
    if (value instanceof Date)
        return `the date ${value.toISOString()}`;
    if (value instanceof Uint8Array)
        return 'binary data';
    return `a value of type ${typeof value}`;
}
/** A hint for a value YAML read as something other than text. */
function quoteHint(value) {
    return typeof value === 'number' ||
        typeof value === 'boolean' ||
        typeof value === 'bigint' ||
        value instanceof Date
        ? ' (put quotes around it if it is meant as a path)'
        : '';
}
const FILTERS = {
    input: 'filters',
    one: 'filter',
    example: "training: ['src/training/**']",
    mapsTo: 'globs',
};
/** Where a problem is, for the start of a message. */
class Place {
    origin;
    entry;
    line;
    kind;
    constructor(origin, entry, line, kind = FILTERS) {
        this.origin = origin;
        this.entry = entry;
        this.line = line;
        this.kind = kind;
    }
    toString() {
        const at = this.line === undefined ? '' : ` (line ${this.line})`;
        return this.entry === undefined
            ? `Invalid ${this.kind.input} in ${this.origin}${at}`
            : `Invalid ${this.kind.one} ${(0,format/* quote */.hD)(this.entry)} in ${this.origin}${at}`;
    }
    fail(problem) {
        throw new InputError(this.kind.input, `${this.toString()}: ${problem}.`);
    }
}

;// CONCATENATED MODULE: ./src/core/filters/document.ts
/**
 * A YAML document of named entries — the filters, or the models — read with
 * line numbers, each entry's name checked to be usable as an output name, and
 * every YAML problem reported with its line. Pure.
 */





/** Depth of the YAML syntax tree (about three per nesting level) beyond which input is refused. */
const MAX_SYNTAX_DEPTH = 200;
/** Alias expansions allowed when resolving one entry (the yaml library's billion-laughs guard). */
const MAX_ALIAS_COUNT = 100;
/**
 * Entries one document may define. Each is three outputs; past this the
 * outputs outgrow what a job may write, and the YAML library's duplicate-key
 * check (quadratic in the entries of a mapping) takes minutes.
 */
const MAX_ENTRIES = 500;
/**
 * Refuses input nested deeper than any filter file needs, before the
 * recursive YAML composer sees it (its stack overflow is not always catchable).
 */
function checkNesting(text, origin, kind) {
    const stack = [];
    for (const token of new dist/* Parser */.iX().parse(text)) {
        checkEntryCount(token, origin, kind);
        stack.push([token, 1]);
    }
    for (let next = stack.pop(); next !== undefined; next = stack.pop()) {
        const [node, depth] = next;
        if (depth > MAX_SYNTAX_DEPTH) {
            new Place(origin, undefined, undefined, kind).fail('the YAML nests lists or mappings more than about 60 levels deep; ' +
                'a filter file is a mapping of names to lists of globs');
        }
        if (typeof node === 'object' && node !== null) {
            for (const value of Object.values(node)) {
                if (typeof value === 'object' && value !== null)
                    stack.push([value, depth + 1]);
            }
        }
    }
}
/** Refuses a document whose top-level mapping has more than MAX_ENTRIES entries (read from the syntax tree, in linear time). */
function checkEntryCount(token, origin, kind) {
    const value = token.value;
    if (token.type !== 'document' || value === undefined)
        return;
    if (value.type !== 'block-map' && value.type !== 'flow-collection')
        return;
    const count = Array.isArray(value.items) ? value.items.length : 0;
    if (count > MAX_ENTRIES) {
        new Place(origin, undefined, undefined, kind).fail(`it defines about ${count} ${kind.input}, more than the ${MAX_ENTRIES} allowed (each is three outputs, and a job's outputs are limited to 1 MB); group paths into fewer ${kind.input}`);
    }
}
/** Converts one YAML node to plain values, maps as `Map` so key types survive. */
function toPlain(node, doc, place) {
    if (!(0,dist/* isNode */.Ll)(node))
        return node ?? null;
    try {
        return node.toJS(doc, { mapAsMap: true, maxAliasCount: MAX_ALIAS_COUNT });
    }
    catch (error) {
        const message = (0,format/* messageOf */.bD)(error);
        if (/excessive alias/i.test(message)) {
            return place.fail(`YAML aliases (*name) expand to more than ${MAX_ALIAS_COUNT} copies; ` +
                'refer to each anchor a few times at most');
        }
        if (/unresolved alias/i.test(message)) {
            return place.fail(`${message.replace(/\.$/, '')}; define the anchor (&name) above the alias (*name) that uses it`);
        }
        return place.fail(`the YAML could not be read: ${message}`);
    }
}
function nameOf(key, place) {
    if (typeof key === 'string')
        return key;
    if (typeof key === 'number' || typeof key === 'boolean' || typeof key === 'bigint') {
        return String(key);
    }
    return place.fail(`a filter name is ${describe(key)}. ${ALLOWED_NAME}`);
}
function checkName(name, place) {
    if (name === '')
        place.fail(`a filter name is empty. ${ALLOWED_NAME}`);
    if (/[\s\p{Cc}\p{Cf}\p{Cs}]/u.test(name)) {
        place.fail(`the name ${(0,format/* quote */.hD)(name)} contains whitespace or a control character. ${ALLOWED_NAME}`);
    }
    if (!NAME_PATTERN.test(name)) {
        place.fail(`the name ${(0,format/* quote */.hD)(name.length > 120 ? `${name.slice(0, 120)}…` : name)} cannot be an output name. ${ALLOWED_NAME}`);
    }
    const lower = name.toLowerCase();
    if (RESERVED_OUTPUT_NAMES.includes(lower)) {
        place.fail(`the name ${(0,format/* quote */.hD)(name)} is one of the gate's own outputs; rename the filter. ` +
            `Reserved names: ${RESERVED_OUTPUT_NAMES.join(', ')}`);
    }
    const suffix = RESERVED_OUTPUT_SUFFIXES.find((s) => lower.endsWith(s));
    if (suffix !== undefined) {
        place.fail(`the name ${(0,format/* quote */.hD)(name)} ends in "${suffix}", which would collide with the outputs ` +
            `<filter>_count and <filter>_files of another filter; rename the filter`);
    }
}
/** Says what YAML reads an unquoted `!pattern` as, when that is the problem. */
function yamlHint(code, message) {
    if (code === 'TAG_RESOLVE_FAILED' && /Unresolved tag: !(?!<)/.test(message)) {
        return '. A pattern that starts with "!" must be quoted, for example - \'!docs/**\'';
    }
    if (code === 'DUPLICATE_KEY') {
        return '. Each filter name, and each change-type key within one rule, may appear only once';
    }
    if (code === 'TAB_AS_INDENT')
        return '. Indent with spaces';
    return '';
}
/**
 * A plain (unquoted) value that goes on over several lines is one value with
 * the lines joined: a list item indented under the one above it becomes part
 * of it (`src/** - config/**`) and matches nothing. Refused, with both lines.
 */
function refuseFoldedItems(node, text, lines, place) {
    if (!(0,dist/* isNode */.Ll)(node))
        return;
    let folded;
    (0,dist/* visit */.YR)(node, {
        Scalar(_, scalar) {
            const [start, end] = scalar.range ?? [0, 0];
            if (scalar.type === 'PLAIN' && text.slice(start, end).includes('\n')) {
                folded = scalar;
                return dist/* visit */.YR.BREAK;
            }
            return undefined;
        },
    });
    if (folded === undefined)
        return;
    const [start = 0, end = 0] = folded.range ?? [];
    const first = lines.linePos(start).line;
    const last = lines.linePos(end).line;
    const source = text.split(/\r?\n|\r/);
    const shown = (line) => (0,format/* quote */.hD)((source[line - 1] ?? '').trim());
    place.fail(`the value on line ${first} (${shown(first)}) goes on over line ${last} (${shown(last)}), so YAML reads them as one value, ${(0,format/* quote */.hD)(String(folded.value))}, which matches nothing; a list item indented under the one above becomes part of it: give every list item the same indentation`);
}
/** Reads the document's entries in order, refusing what is not a mapping of usable names. */
function readEntries(text, origin, kind) {
    const root = new Place(origin, undefined, undefined, kind);
    const write = `write a YAML mapping of ${kind.one} name to ${kind.mapsTo}, for example ${kind.example}`;
    if (typeof text !== 'string' || text.trim() === '') {
        return root.fail(`no ${kind.input} are defined; ${write}`);
    }
    checkNesting(text, origin, kind);
    const lines = new dist/* LineCounter */.HN();
    let doc;
    try {
        doc = (0,dist/* parseDocument */.Tp)(text, {
            lineCounter: lines,
            prettyErrors: false,
            uniqueKeys: true,
            merge: true,
        });
    }
    catch (error) {
        return root.fail(`the text could not be read as YAML: ${(0,format/* messageOf */.bD)(error)}`);
    }
    const problems = [
        ...doc.errors,
        ...doc.warnings.filter((w) => w.code !== 'BAD_INDENT' && w.code !== 'BAD_DIRECTIVE'),
    ];
    const first = problems[0];
    if (first !== undefined) {
        const { line, col } = lines.linePos(first.pos[0]);
        const source = (text.split(/\r?\n|\r/)[line - 1] ?? '').trimEnd();
        const near = source === '' ? '' : ` (line ${line} reads ${(0,format/* quote */.hD)(source)})`;
        const more = problems.length > 1 ? ` (and ${problems.length - 1} more YAML problems)` : '';
        throw new InputError(kind.input, `Invalid YAML in ${origin} at line ${line}, column ${col}: ` +
            `${first.message.replace(/\.$/, '')}${yamlHint(first.code, first.message)}${near}${more}.`);
    }
    const contents = doc.contents;
    if (contents === null || ((0,dist/* isScalar */.jn)(contents) && contents.value === null)) {
        return root.fail(`the document is empty; ${write}`);
    }
    if (!(0,dist/* isMap */.jh)(contents)) {
        const what = toPlain(contents, doc, root);
        return root.fail(`the document is ${describe(what)}, but it must be a mapping of ${kind.one} name to ` +
            `${kind.mapsTo}, for example ${kind.example}`);
    }
    if (contents.items.length === 0) {
        return root.fail(`the mapping is empty; define at least one ${kind.one}, for example ${kind.example}`);
    }
    const entries = [];
    const seen = new Map();
    for (const pair of contents.items) {
        const keyNode = pair.key;
        const valueNode = pair.value;
        const anchor = (0,dist/* isNode */.Ll)(keyNode) ? keyNode : (0,dist/* isNode */.Ll)(valueNode) ? valueNode : undefined;
        const offset = anchor?.range?.[0];
        const line = offset === undefined ? undefined : lines.linePos(offset).line;
        const unnamed = new Place(origin, undefined, line, kind);
        if ((0,dist/* isScalar */.jn)(keyNode) && typeof keyNode.value === 'symbol') {
            unnamed.fail(`a "<<" merge key cannot add ${kind.input} at the top level; write each ${kind.one} out, and ` +
                "share globs between filters with an anchor and alias (shared: &shared ['common/**'], " +
                'then - *shared in a filter)');
        }
        const name = nameOf(toPlain(keyNode, doc, unnamed), unnamed);
        const place = new Place(origin, name, line, kind);
        checkName(name, place);
        const other = seen.get(name.toLowerCase());
        if (other !== undefined) {
            place.fail(`it has the same name as ${kind.one} ${(0,format/* quote */.hD)(other.name)}` +
                `${other.line === undefined ? '' : ` (line ${other.line})`} apart from letter case, ` +
                `and GitHub output names ignore case; give each ${kind.one} a distinct name`);
        }
        refuseFoldedItems(valueNode, text, lines, place);
        const entry = {
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

;// CONCATENATED MODULE: ./src/core/filters/parse.ts
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






/** Nesting of lists inside a filter beyond which input is refused. */
const MAX_LIST_DEPTH = 64;
/** Compiles one glob string as written in a filter. */
function compilePattern(value, place) {
    if (typeof value !== 'string') {
        return place.fail(`a pattern is ${describe(value)}${quoteHint(value)}. ${ALLOWED_VALUE}`);
    }
    if (value.trim() === '') {
        return place.fail(`a pattern is ${describe(value)}. ${ALLOWED_VALUE}`);
    }
    if (/[\p{Cc}\p{Cf}\p{Cs}]/u.test(value)) {
        return place.fail(`the pattern ${(0,format/* quote */.hD)(value)} contains a line break or other control character; ` +
            'write each glob as its own list item (a "|" block turns several lines into one pattern)');
    }
    if (value !== value.trim()) {
        return place.fail(`the pattern ${(0,format/* quote */.hD)(value)} starts or ends with a space, so it would not match ` +
            'the intended paths; remove the space');
    }
    // `!(...)` is an extglob ("anything but"), not an exclusion.
    const exclude = value.startsWith('!') && !value.startsWith('!(');
    let glob = exclude ? value.slice(1) : value;
    if (exclude && glob.trim() === '') {
        return place.fail(`the pattern ${(0,format/* quote */.hD)(value)} has nothing after "!"; write "!" followed by the glob to ` +
            "exclude, for example '!docs/**'");
    }
    if (glob !== glob.trimStart()) {
        return place.fail(`the pattern ${(0,format/* quote */.hD)(value)} has a space after "!"; write the glob right after it, ` +
            "for example '!docs/**'");
    }
    // Paths are repository-relative without `./`, so `./src/**` means `src/**`.
    glob = glob.replace(/^(?:\.\/)+/, '');
    if (glob === '' || glob === '.') {
        return place.fail(`the pattern ${(0,format/* quote */.hD)(value)} names the repository root, not files; use '**' to match every file`);
    }
    if (glob.startsWith('/')) {
        return place.fail(`the pattern ${(0,format/* quote */.hD)(value)} starts with "/", but changed paths are relative to the ` +
            `repository root (src/training/train.py), so it can never match; write ${(0,format/* quote */.hD)((exclude ? '!' : '') + glob.replace(/^\/+/, ''))}`);
    }
    if (glob.endsWith('/')) {
        return place.fail(`the pattern ${(0,format/* quote */.hD)(value)} ends with "/", but only files are compared, so it can ` +
            `never match; write ${(0,format/* quote */.hD)(`${value}**`)} to match everything under that folder`);
    }
    const shape = (0,filters_glob/* extglobShape */.Fh)(glob);
    if (shape.whole && shape.slashInGroup) {
        // One group over whole paths, as dorny's engine reads it: `!(a/**|b/**)`.
        const { negated, alternatives } = shape.whole;
        const compiled = alternatives.map((alternative) => {
            if (alternative === '') {
                return place.fail(`the pattern ${(0,format/* quote */.hD)(value)} has an empty alternative between its "|"; remove it`);
            }
            return compileGlob(value, alternative, false, place);
        });
        return new filters_glob/* ExtglobGroup */.TL(value, glob, negated, compiled);
    }
    if (shape.slashInGroup) {
        return place.fail(`the pattern ${(0,format/* quote */.hD)(value)} has a "/" inside an extglob group, which is only read as a ` +
            "whole pattern ('!(docs/**|**/*.md)' or '@(src/**|config/**)'); write the alternatives " +
            'as patterns of their own, or the group as the whole pattern');
    }
    return compileGlob(value, glob, exclude, place);
}
/** One glob compiled with minimatch; `value` is the pattern as written, for messages. */
function compileGlob(value, glob, exclude, place) {
    let matcher;
    try {
        matcher = new esm/* Minimatch */.VR(glob, filters_glob/* GLOB_OPTIONS */.gu);
    }
    catch (error) {
        const message = (0,format/* messageOf */.bD)(error);
        return place.fail(`the pattern ${(0,format/* quote */.hD)(value)} is not a valid glob: ${message}`);
    }
    if (matcher.globSet.length > filters_glob/* MAX_BRACE_EXPANSIONS */.YF) {
        return place.fail(`the pattern ${(0,format/* quote */.hD)(value)} expands its {...} braces to more than ` +
            `${filters_glob/* MAX_BRACE_EXPANSIONS */.YF} globs; split it or use wildcards`);
    }
    if (matcher.set.length === 0) {
        return place.fail(`the pattern ${(0,format/* quote */.hD)(value)} can never match a path`);
    }
    return new filters_glob/* Pattern */.zJ(value, exclude, glob, matcher);
}
/**
 * Flattens nested lists (as YAML anchors produce) into their leaves, in order.
 * Refuses lists that contain themselves.
 */
function flatten(value, place) {
    const leaves = [];
    const open = new Set();
    const walk = (item, depth) => {
        if (!Array.isArray(item)) {
            leaves.push(item);
            return;
        }
        const list = item;
        if (open.has(list)) {
            place.fail('a list refers to itself through a YAML alias (*name), so it never ends');
        }
        if (depth > MAX_LIST_DEPTH) {
            place.fail(`lists are nested more than ${MAX_LIST_DEPTH} levels deep`);
        }
        open.add(list);
        for (const element of list)
            walk(element, depth + 1);
        open.delete(list);
    };
    walk(value, 0);
    return leaves;
}
function parseStatuses(key, place) {
    if (typeof key !== 'string') {
        return place.fail(`a change-type key is ${describe(key)}; a rule keyed by change type looks like ` +
            `"added|modified: 'data/**'". ${ALLOWED_TYPES}`);
    }
    const names = key
        .split('|')
        .map((part) => part.trim().toLowerCase())
        .filter((part) => part !== '');
    if (names.length === 0) {
        return place.fail(`the change-type key ${(0,format/* quote */.hD)(key)} names no change type. ${ALLOWED_TYPES}`);
    }
    const statuses = new Set();
    for (const name of names) {
        const status = CHANGE_STATUSES.find((s) => s === name);
        if (status === undefined) {
            return place.fail(`the change type ${(0,format/* quote */.hD)(name)} (in the key ${(0,format/* quote */.hD)(key)}) is not known. ${ALLOWED_TYPES}`);
        }
        statuses.add(status);
    }
    return statuses;
}
function makeRule(statuses, patterns) {
    return {
        statuses,
        patterns,
        includes: patterns.filter((p) => !p.exclude),
        excludes: patterns.filter((p) => p.exclude),
    };
}
/** The rules of a change-type mapping such as `{ 'added|modified': 'data/**' }`. */
function statusRules(mapping, place) {
    const rules = [];
    if (mapping.size === 0) {
        place.fail(`an item is an empty mapping. ${ALLOWED_VALUE}`);
    }
    for (const [key, value] of mapping) {
        const statuses = parseStatuses(key, place);
        const label = typeof key === 'string' ? (0,format/* quote */.hD)(key) : 'change-type';
        if (value === null || value === undefined || (Array.isArray(value) && value.length === 0)) {
            place.fail(`the ${label} rule has no patterns (its value is ${describe(value)}); ` +
                'give a glob or a list of globs, for example "added|modified: \'data/**\'"');
        }
        if (typeof value !== 'string' && !Array.isArray(value)) {
            place.fail(`the ${label} rule's value is ${describe(value)}${quoteHint(value)}; ` +
                'it must be a glob or a list of globs');
        }
        const leaves = flatten(value, place);
        if (leaves.length === 0) {
            place.fail(`the ${label} rule has no patterns; give a glob or a list of globs`);
        }
        const patterns = leaves.map((leaf) => {
            if (leaf instanceof Map) {
                return place.fail(`the ${label} rule contains a mapping; a change-type rule's value must be a glob ` +
                    'or a list of globs, and change-type rules cannot be nested');
            }
            return compilePattern(leaf, place);
        });
        rules.push(makeRule(statuses, patterns));
    }
    return rules;
}
/** The rules of one filter's value. */
function compileRules(value, place) {
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
    const rules = [];
    for (const leaf of leaves) {
        if (leaf instanceof Map) {
            rules.push(...statusRules(leaf, place));
        }
        else {
            rules.push(makeRule(undefined, [compilePattern(leaf, place)]));
        }
    }
    if (!rules.some((rule) => rule.includes.length > 0)) {
        const first = rules[0]?.patterns[0]?.source ?? '';
        place.fail(`every pattern starts with "!" (for example ${(0,format/* quote */.hD)(first)}), so nothing is included; ` +
            "a filter needs at least one pattern that includes files, such as 'src/**', " +
            'with the "!" exclusions after it');
    }
    return rules;
}
/**
 * Parses filter YAML. `origin` says where the text came from for messages,
 * e.g. "the filters input" or ".github/filters.yml". Throws
 * InputError('filters', message) for every problem.
 */
function parseFilters(text, origin) {
    return readEntries(text, origin, FILTERS).map(({ name, line, value, place }) => {
        const rules = compileRules(value, place);
        return line === undefined ? { name, rules } : { name, rules, line };
    });
}

;// CONCATENATED MODULE: ./src/core/filters/index.ts
/**
 * Filters in the grammar of dorny/paths-filter: parsed and compiled once
 * (`parseFilters`), then matched against many changed files (`matchFilters`).
 * Pure: no I/O, no process state.
 */




;// CONCATENATED MODULE: ./src/core/presets.ts
/**
 * On-demand prices of common GPU runners, picked by name with `gpu-runner`
 * instead of typing `gpu-hourly-cost` (pure). Prices change: each preset says
 * where its price was read and when, and the summary shows both.
 *
 * A preset is the price of one machine for one hour, all its GPUs included, in
 * US dollars; `gpu-count` then counts machines.
 */

const GITHUB_PRICING = 'https://docs.github.com/en/billing/reference/actions-runner-pricing';
const AWS_PRICING = 'https://aws.amazon.com/ec2/pricing/on-demand/';
const GCP_PRICING = 'https://cloud.google.com/compute/vm-instance-pricing';
const AWS_READ_ON = '2026-11-26';
function aws(name, description, hourlyCost) {
    return {
        name: `aws-${name}`,
        description: `AWS EC2 ${name}, ${description}, Linux on-demand, us-east-1`,
        hourlyCost,
        currency: 'USD',
        url: AWS_PRICING,
        readOn: AWS_READ_ON,
    };
}
const RUNNER_PRESETS = Object.freeze([
    {
        name: 'github-gpu-t4',
        description: 'GitHub-hosted Linux GPU runner, 4 cores, 1 NVIDIA T4 ($0.052 a minute)',
        hourlyCost: 3.12,
        currency: 'USD',
        url: GITHUB_PRICING,
        readOn: '2026-01-01',
    },
    aws('g4dn.xlarge', '1 NVIDIA T4, 4 vCPU', 0.526),
    aws('g5.xlarge', '1 NVIDIA A10G, 4 vCPU', 1.006),
    aws('g6e.2xlarge', '1 NVIDIA L40S, 8 vCPU', 2.242),
    aws('p4d.24xlarge', '8 NVIDIA A100 40 GB, 96 vCPU', 21.958),
    aws('p4de.24xlarge', '8 NVIDIA A100 80 GB, 96 vCPU', 27.447),
    aws('p5.48xlarge', '8 NVIDIA H100, 192 vCPU', 55.04),
    {
        name: 'gcp-a2-highgpu-1g',
        description: 'Google Cloud a2-highgpu-1g, 1 NVIDIA A100 40 GB, 12 vCPU, on-demand, us-central1',
        hourlyCost: 3.673,
        currency: 'USD',
        url: GCP_PRICING,
        readOn: '2026-11-26',
    },
]);
/** The preset of that name (case-insensitive), if there is one. */
function findPreset(name) {
    const wanted = name.trim().toLowerCase();
    return RUNNER_PRESETS.find((p) => p.name === wanted);
}
/**
 * The hourly price and where it came from. An explicit `gpu-hourly-cost` wins
 * over `gpu-runner`; an unknown runner name is an error either way, and so is a
 * preset (priced in USD) used with another currency.
 */
function resolvePrice(inputs) {
    const runnerName = inputs.runner?.trim() ?? '';
    const preset = runnerName === '' ? undefined : findPreset(runnerName);
    if (runnerName !== '' && preset === undefined) {
        throw new InputError('gpu-runner', `Input gpu-runner is ${JSON.stringify(runnerName)}, which is not a known runner; known runners: ${RUNNER_PRESETS.map((p) => p.name).join(', ')}. Or leave it empty and set gpu-hourly-cost.`);
    }
    if (inputs.hourlyCost !== undefined) {
        return {
            hourlyCost: inputs.hourlyCost,
            priceSource: preset ? { kind: 'input', overrides: preset.name } : { kind: 'input' },
        };
    }
    if (preset === undefined)
        return {};
    if (inputs.currency !== preset.currency) {
        throw new InputError('gpu-runner', `Input gpu-runner is ${JSON.stringify(preset.name)}, whose price is in ${preset.currency}, but input currency is ${JSON.stringify(inputs.currency)}; set gpu-hourly-cost to the price in ${inputs.currency}, or currency to ${preset.currency}.`);
    }
    return {
        hourlyCost: preset.hourlyCost,
        priceSource: {
            kind: 'preset',
            name: preset.name,
            description: preset.description,
            url: preset.url,
            readOn: preset.readOn,
        },
    };
}

;// CONCATENATED MODULE: ./src/core/settings.ts



/** The cost settings: what one training run takes and costs, and the most it may cost. */
const COST_SETTING_NAMES = [
    'gpu-hourly-cost',
    'gpu-runner',
    'training-hours',
    'gpu-count',
    'currency',
    'cost-limit',
];
/** The names the engine's settings go by in every front end: action inputs and `--flags`. */
const ENGINE_SETTING_NAMES = [
    'train-on',
    'force',
    'force-label',
    'on-error',
    'predicate-quantifier',
    'list-files',
    ...COST_SETTING_NAMES,
];
const LIST_FILES_FORMATS = [
    'none',
    'json',
    'csv',
    'shell',
    'escape',
];
const ON_ERROR_CHOICES = ['train', 'skip', 'fail'];
const QUANTIFIERS = ['some', 'every'];
/** One of `allowed` (case-insensitive); empty gives `fallback`. */
function readChoice(name, raw, allowed, fallback) {
    const value = raw.trim();
    if (value === '')
        return fallback;
    const found = allowed.find((a) => a === value.toLowerCase());
    if (found === undefined) {
        throw new InputError(name, `Input ${name} is ${(0,format/* quote */.hD)(value)}; allowed values: ${allowed.join(', ')}.`);
    }
    return found;
}
/** `true` or `false` (case-insensitive); empty gives `fallback`. */
function readBoolean(name, raw, fallback) {
    const value = raw.trim().toLowerCase();
    if (value === '')
        return fallback;
    if (value === 'true')
        return true;
    if (value === 'false')
        return false;
    throw new InputError(name, `Input ${name} is ${(0,format/* quote */.hD)(raw.trim())}; allowed values: true, false.`);
}
/**
 * The force input: `true` or `false` (case-insensitive; empty is false), or the
 * names of models to train whatever changed, comma-separated. Whether those
 * name models is checked with the models (checkSettings).
 */
function readForce(raw) {
    const value = raw.trim().toLowerCase();
    if (value === '' || value === 'false')
        return false;
    if (value === 'true')
        return true;
    return splitList(raw);
}
/**
 * The largest value each amount may take: past these a figure is a typo, and
 * their product (the cost of one run) stays below 1e15, where amounts are
 * still rounded to the cent.
 */
const AMOUNT_MAX = {
    'gpu-count': 10_000,
    'gpu-hourly-cost': 10_000_000,
    // a leap year
    'training-hours': 8_784,
    'cost-limit': 1_000_000_000_000_000,
};
/**
 * A plain decimal number ≥ 0 (or > 0 with `positive`), at most the input's
 * AMOUNT_MAX; empty gives undefined.
 */
function readAmount(name, raw, positive = false) {
    const value = raw.trim();
    if (value === '')
        return undefined;
    const ok = /^(\d+(\.\d*)?|\.\d+)$/.test(value);
    const n = ok ? Number(value) : NaN;
    const max = AMOUNT_MAX[name] ?? Number.MAX_SAFE_INTEGER;
    if (!Number.isFinite(n) || (positive && n <= 0) || n > max) {
        throw new InputError(name, `Input ${name} is ${(0,format/* quote */.hD)(value)}; it must be a ${positive ? 'number greater than 0' : 'number of 0 or more'} and at most ${String(max)}, written like 1.60 (no currency sign, unit or exponent).`);
    }
    return n;
}
/** A three-letter ISO 4217 code that Intl knows; empty gives USD. */
function readCurrency(raw) {
    const value = raw.trim().toUpperCase() || 'USD';
    // Three letters is all Intl asks of a currency code (it formats codes it does not know);
    // checking with a formatter would cost tens of milliseconds of ICU loading on every run.
    if (!/^[A-Z]{3}$/.test(value)) {
        throw new InputError('currency', `Input currency is ${(0,format/* quote */.hD)(raw.trim())}; it must be a three-letter ISO 4217 code such as USD, EUR or GBP.`);
    }
    return value;
}
/** Splits a comma- or newline-separated list, trimmed, without empties. */
function splitList(raw) {
    return raw
        .split(/[,\n]/)
        .map((s) => s.trim())
        .filter((s) => s !== '');
}
/** The price, the training time and the runner count of one training run, and the cost limit. */
function readCost(get) {
    const cost = {
        gpuCount: readAmount('gpu-count', get('gpu-count'), true) ?? 1,
        currency: readCurrency(get('currency')),
    };
    const runner = get('gpu-runner').trim();
    const hourly = readAmount('gpu-hourly-cost', get('gpu-hourly-cost'));
    const price = resolvePrice({
        ...(hourly !== undefined ? { hourlyCost: hourly } : {}),
        ...(runner !== '' ? { runner } : {}),
        currency: cost.currency,
    });
    if (price.hourlyCost !== undefined)
        cost.hourlyCost = price.hourlyCost;
    if (price.priceSource !== undefined)
        cost.priceSource = price.priceSource;
    const hours = readAmount('training-hours', get('training-hours'));
    if (hours !== undefined) {
        cost.trainingHours = hours;
        cost.hoursSource = { kind: 'input' };
    }
    const limit = readAmount('cost-limit', get('cost-limit'));
    if (limit !== undefined)
        cost.costLimit = limit;
    return cost;
}
/**
 * The engine's settings from named text values, as the action's inputs are
 * given (an empty value means the default). Errors are InputErrors naming the
 * setting, its value and what is allowed.
 */
function readEngineSettings(get) {
    const force = readForce(get('force'));
    const settings = {
        force: force === true,
        onError: readChoice('on-error', get('on-error'), ON_ERROR_CHOICES, 'train'),
        quantifier: readChoice('predicate-quantifier', get('predicate-quantifier'), QUANTIFIERS, 'some'),
        listFiles: readChoice('list-files', get('list-files'), LIST_FILES_FORMATS, 'none'),
        cost: readCost(get),
    };
    if (Array.isArray(force))
        settings.forceModels = force;
    const trainOn = splitList(get('train-on'));
    if (trainOn.length > 0)
        settings.trainOn = trainOn;
    const label = get('force-label').trim();
    if (label !== '')
        settings.forceLabel = label;
    return settings;
}
/**
 * Words that, as a part of a filter's name (split at `-`, `_`, `.` and `/`),
 * say the filter is about something a model is not trained on: its docs, its
 * tests, its CI. Such filters only inform unless train-on names them.
 */
const INFORMATIONAL_WORDS = new Set([
    'doc',
    'docs',
    'documentation',
    'readme',
    'changelog',
    'test',
    'tests',
    'testing',
    'e2e',
    'ci',
    'lint',
    'workflows',
]);
/** A filter named like docs, tests or CI (`docs`, `unit-tests`, `ci`): it informs, by default. */
function isInformational(name) {
    return name
        .toLowerCase()
        .split(/[-_./]/)
        .some((word) => INFORMATIONAL_WORDS.has(word));
}
/**
 * The filters whose match means training, checked against the filters
 * defined. `trainOn` undefined: every filter but those named like docs, tests
 * or CI (every filter, when that would leave none).
 */
function resolveTrainOn(trainOn, names) {
    if (trainOn === undefined) {
        const training = names.filter((name) => !isInformational(name));
        return training.length > 0 ? training : [...names];
    }
    const unknown = trainOn.filter((n) => !names.includes(n));
    if (unknown.length > 0) {
        throw new InputError('train-on', `Input train-on names ${unknown.map((name) => (0,format/* quote */.hD)(name)).join(', ')}, which ${unknown.length === 1 ? 'is not a filter' : 'are not filters'}; the filters defined are: ${names.join(', ')}.`);
    }
    return [...new Set(trainOn)];
}
/** The default settings (as with every input left empty), with `changes` applied. */
function engineSettings(changes = {}) {
    return { ...readEngineSettings(() => ''), ...changes };
}

;// CONCATENATED MODULE: ./src/core/models.ts







const MODELS = {
    input: 'models',
    one: 'model',
    example: "fraud-detector: { paths: ['src/models/fraud/**'] }",
    mapsTo: 'what it trains on',
};
/** Outputs the models input adds; no filter or model may take these names when it is set. */
const MODEL_OUTPUT_NAMES = ['models', 'matrix'];
/** What a model's mapping may hold: what it trains on, any cost setting, its training job. */
const MODEL_KEYS = ['paths', 'filters', ...COST_SETTING_NAMES, 'training-job'];
/** A scalar setting of a model as text, as an action input would give it. */
function models_text(value, key, place) {
    if (typeof value === 'string')
        return value;
    if (typeof value === 'number' && Number.isFinite(value))
        return String(value);
    return place.fail(`${key} is ${describe(value)}; give a single value such as 0.75`);
}
/** Reads the value of a setting with the rules of the action input of the same name. */
function setting(place, read) {
    try {
        return read();
    }
    catch (err) {
        if (err instanceof InputError) {
            return place.fail(err.message.replace(/^Input /, '').replace(/\.$/, ''));
        }
        throw err;
    }
}
/** The cost settings a model gives itself. */
function modelCost(raw, place) {
    const cost = {};
    const get = (key) => raw.get(key) ?? '';
    const currency = raw.has('currency') ? setting(place, () => readCurrency(get('currency'))) : '';
    if (currency !== '')
        cost.currency = currency;
    const count = setting(place, () => readAmount('gpu-count', get('gpu-count'), true));
    if (count !== undefined)
        cost.gpuCount = count;
    const hourly = setting(place, () => readAmount('gpu-hourly-cost', get('gpu-hourly-cost')));
    const runner = get('gpu-runner').trim();
    if (hourly !== undefined || runner !== '') {
        const price = setting(place, () => resolvePrice({
            ...(hourly !== undefined ? { hourlyCost: hourly } : {}),
            ...(runner !== '' ? { runner } : {}),
            // A preset's currency is checked against the model's, when it sets one.
            currency: currency || 'USD',
        }));
        if (price.hourlyCost !== undefined)
            cost.hourlyCost = price.hourlyCost;
        if (price.priceSource !== undefined)
            cost.priceSource = price.priceSource;
    }
    const hours = setting(place, () => readAmount('training-hours', get('training-hours')));
    if (hours !== undefined) {
        cost.trainingHours = hours;
        cost.hoursSource = { kind: 'input' };
    }
    const limit = setting(place, () => readAmount('cost-limit', get('cost-limit')));
    if (limit !== undefined)
        cost.costLimit = limit;
    return cost;
}
function filterNames(value, place) {
    const list = typeof value === 'string' ? [value] : value;
    if (!Array.isArray(list) || list.length === 0 || list.some((n) => typeof n !== 'string')) {
        return place.fail(`filters is ${describe(value)}; give the names of filters of the filters input, for example filters: [shared, data]`);
    }
    return list.map((n) => n.trim());
}
function compileModel(name, line, value, place) {
    // A glob or a list alone is the model's paths.
    const mapping = value instanceof Map ? value : new Map([['paths', value ?? null]]);
    let paths;
    let filters = [];
    let trainingJob;
    const raw = new Map();
    for (const [key, entry] of mapping) {
        const known = MODEL_KEYS.find((k) => k === key);
        if (known === undefined) {
            place.fail(`the key ${typeof key === 'string' ? (0,format/* quote */.hD)(key) : describe(key)} is not known; allowed keys: ${MODEL_KEYS.join(', ')}`);
        }
        if (known === 'paths') {
            const rules = compileRules(entry, place);
            paths = line === undefined ? { name, rules } : { name, rules, line };
        }
        else if (known === 'filters') {
            filters = filterNames(entry, place);
        }
        else if (known === 'training-job') {
            trainingJob = models_text(entry, known, place).trim() || undefined;
        }
        else {
            raw.set(known, models_text(entry, known, place));
        }
    }
    if (paths === undefined && filters.length === 0) {
        place.fail('it trains on nothing; give its paths (globs, as a filter has), or the filters it trains on, ' +
            "for example paths: ['src/models/fraud/**'] or filters: [shared]");
    }
    return {
        name,
        ...(line === undefined ? {} : { line }),
        ...(paths === undefined ? {} : { paths }),
        filters,
        cost: modelCost(raw, place),
        ...(trainingJob === undefined ? {} : { trainingJob }),
    };
}
/**
 * Parses the models input. `origin` says where the text came from for
 * messages. Throws InputError('models', message) for every problem, naming
 * the model, the key and what is allowed.
 */
function parseModels(text, origin) {
    return readEntries(text, origin, MODELS).map(({ name, line, value, place }) => compileModel(name, line, value, place));
}
/**
 * Checks the models against the filters they name and the outputs they add:
 * every filter a model names exists, and no filter or model takes a name
 * another output has.
 */
function checkModels(models, filterNamesDefined) {
    const filters = new Set(filterNamesDefined.map((n) => n.toLowerCase()));
    for (const model of models) {
        const at = `Invalid model ${(0,format/* quote */.hD)(model.name)} in the models input${model.line === undefined ? '' : ` (line ${model.line})`}`;
        const unknown = model.filters.filter((n) => !filterNamesDefined.includes(n));
        if (unknown.length > 0) {
            throw new InputError('models', `${at}: it names ${unknown.map((n) => (0,format/* quote */.hD)(n)).join(', ')}, which ${unknown.length === 1 ? 'is not a filter' : 'are not filters'} of the filters input; the filters defined are: ${filterNamesDefined.join(', ') || 'none'}.`);
        }
        if (filters.has(model.name.toLowerCase())) {
            throw new InputError('models', `${at}: a filter has the same name, and both would set the output ${(0,format/* quote */.hD)(model.name)}; rename one of them.`);
        }
    }
    for (const name of [...models.map((m) => m.name), ...filterNamesDefined]) {
        if (MODEL_OUTPUT_NAMES.includes(name.toLowerCase())) {
            throw new InputError('models', `The name ${(0,format/* quote */.hD)(name)} is one of the outputs the models input adds (${MODEL_OUTPUT_NAMES.join(', ')}); rename the filter or model.`);
        }
    }
}

;// CONCATENATED MODULE: ./src/core/model-decision.ts



/** A model's cost settings: the action-level ones, with the model's own laid over them. */
function modelCostSettings(base, model) {
    const own = model.cost;
    const merged = { ...base, ...own };
    const inherited = own.hourlyCost === undefined ? base.priceSource : undefined;
    if (own.currency !== undefined && inherited?.kind === 'preset' && own.currency !== 'USD') {
        throw new InputError('models', `Invalid model ${(0,format/* quote */.hD)(model.name)} in the models input: it is priced in ${own.currency}, but the gpu-runner preset ${(0,format/* quote */.hD)(inherited.name)} it takes from the action's inputs is priced in USD; give the model its gpu-hourly-cost in ${own.currency}.`);
    }
    return merged;
}
/** Why one model trains or skips, in words about the model. */
function modelReason(model, decision, matched, forcedByName, onError) {
    switch (decision.trigger) {
        case 'force':
            return forcedByName
                ? `forced: the force input names ${model.name}`
                : 'forced: the force input is true';
        case 'label':
            return decision.reason.replace(/^training forced: /, 'forced: ');
        case 'filters':
            return matched
                .map((m) => `${m.name === model.name ? 'its paths' : `filter ${m.name}`} matched ${(0,format/* plural */.LS)(m.files.length, 'file')} (${(0,format/* listSome */.XT)(m.files.map((f) => f.filename))})`)
                .join('; ');
        case 'incomplete':
            return `${decision.shouldTrain ? 'training' : 'skipped'}: the change set could not be seen whole, and on-error is ${onError}`;
        case 'nothing-to-compare':
        case 'dependencies':
            return decision.reason;
        case 'no-match':
            return 'nothing it trains on changed';
    }
}
const TRIGGER_ORDER = [
    'force',
    'label',
    'filters',
    'dependencies',
    'incomplete',
    'nothing-to-compare',
    'no-match',
];
/** The verdict over every model: training when any trains, said model by model. */
function combined(reports, input) {
    const trained = reports.filter((r) => r.decision.shouldTrain);
    const pool = trained.length > 0 ? trained : reports;
    const trigger = TRIGGER_ORDER.find((t) => pool.some((r) => r.decision.trigger === t)) ?? 'no-match';
    const first = reports[0];
    const n = reports.length;
    if (first !== undefined && reports.some((r) => r.decision.fail)) {
        return { ...first.decision, reason: incompleteReason(input) };
    }
    if (trained.length === n && input.common.force) {
        return {
            shouldTrain: true,
            trigger: 'force',
            fail: false,
            reason: `training forced: the force input is true (all ${(0,format/* plural */.LS)(n, 'model')})`,
        };
    }
    if (trained.some((r) => r.decision.trigger !== 'incomplete')) {
        const parts = trained.map((r) => `${r.name} (${r.decision.reason})`);
        return {
            shouldTrain: true,
            trigger,
            fail: false,
            reason: `training ${trained.length} of ${(0,format/* plural */.LS)(n, 'model')}: ${parts.join('; ')}`,
        };
    }
    if (first !== undefined && (trigger === 'incomplete' || trigger === 'nothing-to-compare')) {
        // Every model saw the same change set: the first one's reason is everyone's.
        return first.decision.trigger === 'incomplete'
            ? { ...first.decision, reason: incompleteReason(input) }
            : first.decision;
    }
    const count = input.common.changedCount;
    return {
        shouldTrain: false,
        trigger: 'no-match',
        fail: false,
        reason: count === 0
            ? 'skipped: no files changed'
            : `skipped: ${(0,format/* plural */.LS)(count, 'changed file')}, none of them what a model trains on (${(0,format/* orList */.A3)(reports.map((r) => r.name))})`,
    };
}
function incompleteReason(input) {
    const { common } = input;
    const why = common.incompleteReason ?? 'the list of changed files was cut short';
    const lead = ON_ERROR_LEAD[common.onError];
    return `${lead} the change set could not be seen whole (${why}); no model matched the ${(0,format/* plural */.LS)(common.changedCount, 'file')} that could be seen, and on-error is ${common.onError}`;
}
/** A sum of figures, or undefined when any of them is unknown. */
function sum(values) {
    let total = 0;
    for (const v of values) {
        if (v === undefined)
            return undefined;
        total += v;
    }
    return total;
}
/** The totals over the models: what the training triggered costs, and what the skipped would have. */
function totals(reports, currency, gpuCount) {
    const trained = reports.filter((r) => r.decision.shouldTrain);
    const skipped = reports.filter((r) => !r.decision.shouldTrain);
    const cost = { currency, gpuCount };
    const figures = [
        ['estimatedGpuHours', trained.map((r) => r.cost.runGpuHours)],
        ['estimatedCost', trained.map((r) => r.cost.runCost)],
        ['gpuHoursAvoided', skipped.map((r) => r.cost.runGpuHours)],
        ['costAvoided', skipped.map((r) => r.cost.runCost)],
    ];
    for (const [key, values] of figures) {
        const value = sum(values);
        if (value !== undefined)
            Object.assign(cost, { [key]: value });
    }
    if (reports.some((r) => r.cost.costLimit !== undefined)) {
        cost.overLimit = reports.some((r) => r.cost.overLimit === true);
    }
    return cost;
}
function decideModels(input) {
    const { models, matches, common } = input;
    const reports = models.map((model) => {
        const names = [...(model.paths === undefined ? [] : [model.name]), ...model.filters];
        const own = matches.filter((m) => names.includes(m.name));
        const forcedByName = input.forceModels.includes(model.name);
        const decision = decide({
            ...common,
            force: common.force || forcedByName,
            matches: own,
            trainOn: names,
        });
        const matched = own.filter((m) => m.files.length > 0);
        return {
            name: model.name,
            decision: {
                ...decision,
                reason: modelReason(model, decision, matched, forcedByName, common.onError),
            },
            matched,
            cost: input.price(modelCostSettings(input.cost, model), decision.shouldTrain),
        };
    });
    const currencies = [...new Set(reports.map((r) => r.cost.currency))];
    if (currencies.length > 1) {
        throw new InputError('models', `The models are priced in ${currencies.join(' and ')}; price every model in one currency so that the totals add up.`);
    }
    return {
        decision: combined(reports, input),
        cost: totals(reports, currencies[0] ?? input.cost.currency, input.cost.gpuCount),
        models: reports,
    };
}

;// CONCATENATED MODULE: ./src/core/outputs.ts
/**
 * Output values of the gate and the `list-files` formats (pure).
 *
 * Every file name git allows must survive each format exactly: spaces, quotes,
 * shell metacharacters, control characters (newline, tab, CR, ESC), leading
 * dashes and any Unicode. The round trips are checked by the tests with a real
 * bash and an RFC 4180 parser.
 */



/**
 * Default room for every output of the step together, names included, in
 * UTF-16 bytes (two per UTF-16 code unit), as GitHub counts a job's outputs
 * against its limit of 1 MB: a little under 1 MiB, so that the runner's own
 * framing fits too. The `<filter>_files` lists get what the other outputs leave.
 */
const DEFAULT_OUTPUTS_BUDGET_BYTES = 1_000_000;
/** Bytes of `text` in UTF-16: two per code unit. */
function utf16Length(text) {
    return text.length * 2;
}
/** Names of the outputs the gate always sets; a filter of the same name would be shadowed. */
const FIXED_OUTPUT_NAMES = GATE_OUTPUT_NAMES;
// Characters `escape` leaves as they are: the safe set above, and anything
// outside ASCII (no multibyte character is a shell metacharacter).
const ESCAPE_PLAIN = /[A-Za-z0-9_@%+:,./\u0080-\u{10ffff}-]/u;
function isAsciiControl(char) {
    const code = char.charCodeAt(0);
    return code < 0x20 || code === 0x7f;
}
const CSV_NEEDS_QUOTES = /[",\r\n]/;
function jsonItem(name) {
    return JSON.stringify(name);
}
function csvItem(name) {
    return CSV_NEEDS_QUOTES.test(name) ? `"${name.replace(/"/g, '""')}"` : name;
}
const ANSI_C_NAMED = {
    '\n': '\\n',
    '\r': '\\r',
    '\t': '\\t',
};
function ansiCEscape(char) {
    const named = ANSI_C_NAMED[char];
    if (named !== undefined)
        return named;
    return `\\x${char.charCodeAt(0).toString(16).padStart(2, '0')}`;
}
/**
 * One bash word: printable special characters are backslash-escaped; control
 * characters cannot be (backslash-newline is a line continuation), so each run
 * of them is written with ANSI-C quoting, `$'\n'`, joined to the same word.
 */
function escapeItem(name) {
    if (name === '')
        return "''";
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
    if (controls !== '')
        out += `$'${controls}'`;
    return out;
}
const FORMATS = {
    json: { item: jsonItem, separator: ',', open: '[', close: ']' },
    csv: { item: csvItem, separator: ',', open: '', close: '' },
    shell: { item: format/* shellWord */.r7, separator: ' ', open: '', close: '' },
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
function formatFileList(files, format) {
    const spec = FORMATS[format];
    return spec.open + files.map(spec.item).join(spec.separator) + spec.close;
}
/** Bytes of `text` in UTF-8 (a lone surrogate counts as the 3 bytes of U+FFFD). */
function utf8Length(text) {
    let bytes = 0;
    for (let i = 0; i < text.length; i++) {
        const unit = text.charCodeAt(i);
        if (unit < 0x80)
            bytes += 1;
        else if (unit < 0x800)
            bytes += 2;
        else if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length) {
            const next = text.charCodeAt(i + 1);
            if (next >= 0xdc00 && next <= 0xdfff) {
                bytes += 4;
                i++;
            }
            else
                bytes += 3;
        }
        else
            bytes += 3;
    }
    return bytes;
}
/**
 * The last entry of a list cut to fit GitHub's output limit. It starts with a
 * `..` path segment, which git never records, so it cannot be mistaken for a
 * changed file; in json it is the last string of the array, in the other
 * formats the last word or field, encoded like any name.
 */
function truncationMarker(omitted, hasFilesJson) {
    const files = omitted === 1 ? 'file' : 'files';
    const where = hasFilesJson ? '; full list in the file at output files-json-path' : '';
    return `../ml-change-gate: ${omitted} more ${files} not listed (output size limit)${where}`;
}
function encodeList(files, spec) {
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
function cutList(encoded, spec, maxBytes, hasFilesJson) {
    const n = encoded.items.length;
    const sep = utf16Length(spec.separator);
    const frame = utf16Length(spec.open) + utf16Length(spec.close);
    const markerBytes = (kept) => utf16Length(spec.item(truncationMarker(n - kept, hasFilesJson)));
    let best = 0;
    let used = 0; // bytes of the first k items with their separators
    for (let k = 0; k < n; k++) {
        if (frame + used + (k > 0 ? sep : 0) + markerBytes(k) <= maxBytes)
            best = k;
        used += (k > 0 ? sep : 0) + (encoded.bytes[k] ?? 0);
        if (frame + used > maxBytes)
            break;
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
function fileListValues(lists, format, budget, hasFilesJson) {
    const spec = FORMATS[format];
    const encoded = lists.map((files) => encodeList(files, spec));
    const result = encoded.map((e) => ({
        value: spec.open + e.items.join(spec.separator) + spec.close,
        truncated: false,
    }));
    const total = encoded.reduce((sum, e) => sum + e.total, 0);
    if (total <= budget)
        return result;
    const order = encoded.map((_, i) => i).sort((a, b) => encoded[a].total - encoded[b].total);
    let remaining = budget;
    order.forEach((index, position) => {
        const e = encoded[index];
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
function formatAmount(n) {
    const rounded = roundDecimal(n, 2);
    return (Object.is(rounded, -0) ? 0 : rounded).toFixed(2);
}
/** GPU-hours with at most 2 decimals and no trailing zeros: `"0.75"`, `"1.5"`, `"3"`. */
function formatHours(n) {
    const rounded = roundDecimal(n, 2);
    if (!Number.isFinite(rounded))
        return String(rounded);
    return (Object.is(rounded, -0) ? 0 : rounded)
        .toFixed(2)
        .replace(/\.?0+$/, '')
        .replace(/^-0$/, '0');
}
/** Formatters by currency, made when money is first shown (making one loads ICU data). */
const moneyFormats = new Map();
/**
 * Money with 2 decimals in the currency's own form (`$1,234.50`, `€12.00`,
 * `CHF 1.20`); a code Intl does not know is written after the amount.
 */
function formatMoney(amount, currency) {
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
    }
    catch {
        return `${formatAmount(amount)} ${currency}`;
    }
}
function optional(n, format) {
    return n === undefined ? '' : format(n);
}
/**
 * With models: `models`, the JSON list of the models to train, and `matrix`,
 * a JSON object for `strategy.matrix` with one entry per model to train (its
 * name, why, and its run's GPU-hours and cost as the outputs write them).
 */
function modelOutputs(models) {
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
function buildOutputs(report, listFiles, opts = {}) {
    const { decision, filters, changeSet, cost } = report;
    const budget = opts.budgetBytes ?? DEFAULT_OUTPUTS_BUDGET_BYTES;
    const hasFilesJson = opts.filesJsonPath !== undefined;
    const matched = filters.filter((f) => f.files.length > 0).map((f) => f.name);
    const outputs = [
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
    if (opts.filesJsonPath !== undefined)
        outputs.push(['files-json-path', opts.filesJsonPath]);
    if (report.models !== undefined)
        outputs.push(...modelOutputs(report.models));
    if (report.dependencies !== undefined) {
        outputs.push(['dependency-files', JSON.stringify(report.dependencies.matches.map((m) => m.file.filename))], ['closure-size', String(report.dependencies.closure.length)]);
    }
    const names = filters.map((f) => f.files.map((file) => file.filename));
    // The file lists get the room every other output (and their own names) leaves.
    let others = 0;
    for (const [name, value] of outputs)
        others += utf16Length(name) + utf16Length(value);
    for (const model of report.models ?? [])
        others += utf16Length(model.name) + utf16Length('false');
    for (const filter of filters) {
        others += utf16Length(filter.name) * 3 + utf16Length('false_count_files');
        others += utf16Length(String(filter.files.length));
    }
    const lists = listFiles === 'none'
        ? undefined
        : fileListValues(names, listFiles, Math.max(budget - others, 0), hasFilesJson);
    const taken = new Set([...FIXED_OUTPUT_NAMES, ...outputs.map(([name]) => name)]);
    const shadowed = [];
    const truncated = [];
    const add = (name, value) => {
        if (taken.has(name)) {
            shadowed.push(name);
            return;
        }
        taken.add(name);
        outputs.push([name, value]);
    };
    for (const model of report.models ?? [])
        add(model.name, String(model.decision.shouldTrain));
    filters.forEach((filter, i) => {
        add(filter.name, String(filter.files.length > 0));
        add(`${filter.name}_count`, String(filter.files.length));
        const list = lists?.[i];
        if (list !== undefined) {
            add(`${filter.name}_files`, list.value);
            if (list.truncated)
                truncated.push(filter.name);
        }
    });
    const filesJson = JSON.stringify({
        changed: changeSet.files.map((f) => f.filename),
        filters: Object.fromEntries(filters.map((f, i) => [f.name, names[i]])),
    });
    return { outputs, truncated, filesJson, shadowed };
}

;// CONCATENATED MODULE: ./src/core/engine.ts
/**
 * The engine: the one place where a change set is matched against the filters
 * and models, decided (force, labels, completeness and on-error), priced, and
 * turned into the outputs' values. Every front end — the action, `check`,
 * `backtest` and the demo — reads its own kind of input into a change set,
 * the filters, the models and the engine's settings, calls `evaluate`, and
 * prints or writes what it gives. Pure.
 */









/**
 * The GPU-hours and money of the training a decision triggers or avoids. The
 * engine's only way to price a run.
 */
function price(cost, shouldTrain) {
    return estimateCost(cost, shouldTrain);
}
/**
 * Checks the settings against the filters and models they name, before
 * anything is fetched where the front end can: train-on names filters, force
 * names models, models name filters and take no output name twice. Returns
 * the train-on filters.
 */
function checkGate(filters, models, settings) {
    const names = filters.map((f) => f.name);
    const modelNames = models.map((m) => m.name);
    if (settings.forceModels !== undefined) {
        const shown = (0,format/* quote */.hD)(settings.forceModels.join(','));
        if (models.length === 0) {
            throw new InputError('force', `Input force is ${shown}; allowed values: true, false, or the names of models to train (with the models input).`);
        }
        const unknown = settings.forceModels.filter((n) => !modelNames.includes(n));
        if (unknown.length > 0) {
            throw new InputError('force', `Input force names ${unknown.map((n) => (0,format/* quote */.hD)(n)).join(', ')}, which ${unknown.length === 1 ? 'is not a model' : 'are not models'}; the models defined are: ${modelNames.join(', ')}. Or give true or false.`);
        }
    }
    if (models.length === 0)
        return resolveTrainOn(settings.trainOn, names);
    if (settings.trainOn !== undefined) {
        throw new InputError('train-on', 'Input train-on chooses the filters whose match means training; with the models input each model says what it trains on (its paths and filters), so leave train-on empty.');
    }
    checkModels(models, names);
    return [...new Set(models.flatMap((m) => m.filters))];
}
/** The gate's verdict on one change set, and everything the summary and outputs show. */
function evaluate(input) {
    const { filters, settings, context, dependencies } = input;
    const models = input.models ?? [];
    const trainOn = checkGate(filters, models, settings);
    if (dependencies !== undefined && models.length > 0) {
        throw new InputError('training-entrypoints', 'Inputs training-entrypoints and dvc-stages go with the filters; with models, give each model its paths.');
    }
    const changeSet = withDependencyGaps(input.changeSet, dependencies);
    const dead = input.deadPatterns ?? dependencies?.deadPatterns;
    const own = models.flatMap((m) => (m.paths === undefined ? [] : [m.paths]));
    const matches = matchFilters([...filters, ...own], changeSet.files, settings.quantifier);
    const filterMatches = matches.slice(0, filters.length);
    const common = {
        force: settings.force,
        ...(settings.forceLabel !== undefined ? { forceLabel: settings.forceLabel } : {}),
        labels: context.labels ?? [],
        changedCount: changeSet.files.length,
        complete: changeSet.complete,
        ...(changeSet.incompleteReason !== undefined
            ? { incompleteReason: changeSet.incompleteReason }
            : {}),
        ...(context.nothingToCompare !== undefined
            ? { nothingToCompare: context.nothingToCompare }
            : {}),
        onError: settings.onError,
    };
    const base = {
        filters: filterReports(filterMatches, trainOn),
        changeSet,
        repository: context.repository,
        eventName: context.eventName,
        ...(context.pullRequest !== undefined ? { pullRequest: context.pullRequest } : {}),
        ...(context.runId !== undefined ? { runId: context.runId } : {}),
        ...(dead !== undefined ? { deadPatterns: dead } : {}),
    };
    if (models.length === 0) {
        const decision = decide({
            ...common,
            matches: filterMatches,
            trainOn,
            ...(dependencies !== undefined ? { dependencies: dependencies.matches } : {}),
        });
        const informOnly = settings.trainOn === undefined
            ? filters.map((f) => f.name).filter((n) => !trainOn.includes(n))
            : [];
        return {
            ...base,
            decision,
            cost: price(settings.cost, decision.shouldTrain),
            ...(informOnly.length > 0 ? { informOnly } : {}),
            ...(dependencies !== undefined ? { dependencies } : {}),
        };
    }
    const verdict = decideModels({
        models,
        matches,
        common,
        forceModels: settings.forceModels ?? [],
        cost: settings.cost,
        price,
    });
    return { ...base, decision: verdict.decision, cost: verdict.cost, models: verdict.models };
}
/**
 * An entry point or DVC stage that names nothing at the head means the
 * change could not be checked against what training depends on: the change
 * set is not seen whole, and on-error decides — the closure never silently
 * shrinks.
 */
function withDependencyGaps(changeSet, dependencies) {
    if (dependencies === undefined || dependencies.missing.length === 0)
        return changeSet;
    const gap = `what training depends on could not be worked out: ${dependencies.missing.join('; ')}`;
    return {
        ...changeSet,
        complete: false,
        incompleteReason: changeSet.incompleteReason === undefined ? gap : `${changeSet.incompleteReason}; ${gap}`,
    };
}
/** The outputs' values of a verdict, in the `list-files` format of the settings. */
function gateOutputs(report, settings, options = {}) {
    return buildOutputs(report, settings.listFiles, options);
}
/** What one training run takes and costs with these settings, whatever a change decides. */
function runPrice(cost) {
    return price(cost, true);
}

// EXTERNAL MODULE: ./src/core/events.ts
var events = __webpack_require__(7842);
;// CONCATENATED MODULE: ./src/github/errors.ts
/**
 * How a GitHub API call fails: one error class, a kind per way of failing, and
 * the translation of whatever ended a call into a message a workflow author can
 * act on (which permission to grant, which commit is missing, what GitHub asked).
 */
/** A GitHub API call that failed; the message explains why and what to do. */
class GitHubApiError extends Error {
    /** The HTTP status of the last answer; 0 when there was none (timeout, network). */
    status;
    kind;
    constructor(kind, status, message) {
        super(message);
        this.name = 'GitHubApiError';
        this.kind = kind;
        this.status = status;
    }
}
/** The shape of an error octokit threw, or undefined when it is not a request's error. */
function errorShape(err) {
    if (typeof err !== 'object' || err === null)
        return undefined;
    const record = err;
    const status = record.status;
    if (typeof status !== 'number' || !Number.isFinite(status))
        return undefined;
    const headers = {};
    let githubMessage;
    const response = record.response;
    const hasResponse = typeof response === 'object' && response !== null;
    if (hasResponse) {
        const { headers: raw, data } = response;
        if (typeof raw === 'object' && raw !== null) {
            for (const [name, value] of Object.entries(raw)) {
                if (typeof value === 'string' || typeof value === 'number') {
                    headers[name.toLowerCase()] = String(value);
                }
            }
        }
        if (typeof data === 'object' && data !== null && !Array.isArray(data)) {
            const said = data.message;
            if (typeof said === 'string')
                githubMessage = said;
        }
        else if (typeof data === 'string' && data.trim() !== '') {
            githubMessage = data.trim().slice(0, 300);
        }
    }
    const message = err instanceof Error ? err.message : typeof record.message === 'string' ? record.message : '';
    return { status, headers, message, hasResponse, ...(githubMessage ? { githubMessage } : {}) };
}
/** A 403 or 429 that GitHub gave because of a rate limit. */
function isRateLimit(shape) {
    if (shape.status !== 403 && shape.status !== 429)
        return false;
    return (shape.status === 429 ||
        shape.headers['x-ratelimit-remaining'] === '0' ||
        shape.headers['retry-after'] !== undefined ||
        /rate limit/i.test(shape.githubMessage ?? shape.message));
}
/** No answer came to one request within its time limit. */
class RequestTimeout extends Error {
    constructor(limitMs) {
        super(`no answer within ${seconds(limitMs)}`);
        this.name = 'RequestTimeout';
    }
}
/** "1 s", "0.4 s", "60 s". */
function seconds(ms) {
    const s = ms / 1000;
    return Number.isInteger(s) ? `${s} s` : `${s.toFixed(1)} s`;
}
function badResponse(action, what) {
    return new GitHubApiError('bad-response', 200, `The GitHub API gave an unexpected answer while ${action}: ${what}.`);
}
/** The error a call ends with, whatever ended it. The token is not yet scrubbed. */
function explainFailure(err, call, ctx) {
    if (err instanceof GitHubApiError)
        return err;
    const { op } = call;
    const attempts = `${call.attempts} ${call.attempts === 1 ? 'attempt' : 'attempts'}`;
    if (call.timedOut) {
        return new GitHubApiError('timeout', 0, `The GitHub API did not finish ${op.action} within ${seconds(ctx.callTimeoutMs)} (${attempts}); GitHub is slow or unreachable from this runner.`);
    }
    const shape = errorShape(err);
    if (!shape || !shape.hasResponse) {
        const reason = err instanceof Error ? err.message : String(err);
        return err instanceof RequestTimeout
            ? new GitHubApiError('timeout', 0, `The GitHub API did not answer while ${op.action} (${attempts}, ${reason} each); GitHub is slow or unreachable from this runner.`)
            : new GitHubApiError('network', 0, `Could not reach the GitHub API at ${ctx.baseUrl} while ${op.action} (${attempts}): ${reason}.`);
    }
    return explainAnswer(shape, call, attempts, ctx);
}
function explainAnswer(shape, call, attempts, ctx) {
    const { op } = call;
    const { status } = shape;
    const answer = `${status}${shape.githubMessage ? `: ${shape.githubMessage}` : ''}`;
    if (isRateLimit(shape)) {
        return new GitHubApiError('rate-limited', status, `The GitHub API rate limit stopped ${op.action} (${answer}). ${rateLimitStory(shape, call, ctx.now)} Other jobs using the same token share this limit.`);
    }
    if (status === 401) {
        return new GitHubApiError('unauthorized', status, `GitHub rejected the token while ${op.action} (${answer}): the token is invalid or has expired. Pass a valid token; the default github.token is valid only while its job runs, and a personal access token may have expired or been revoked.`);
    }
    if (status === 403) {
        return new GitHubApiError('forbidden', status, op.forbidden
            ? op.forbidden(answer)
            : `GitHub refused ${op.action} (${answer}). The token most likely lacks the ${op.permission} permission: give the job "${permissionsLine(op.permission)}", or use a token with ${op.permission} on ${ctx.slug}.`);
    }
    if (status === 404) {
        return new GitHubApiError('not-found', status, `${op.notFound(answer)} ${noAccess(op.permission, ctx.slug)}`);
    }
    if (status === 422 && /no commit found/i.test(shape.githubMessage ?? '')) {
        return new GitHubApiError('not-found', status, op.notFound(answer));
    }
    if (status >= 500) {
        return new GitHubApiError('server-error', status, `The GitHub API failed while ${op.action}: it answered ${answer} (${attempts}). GitHub may be having an outage.`);
    }
    return new GitHubApiError('invalid', status, `GitHub could not handle ${op.action} (${answer}).`);
}
/** The permissions the gate reads with, as a workflow job grants them. */
const READ_PERMISSIONS = ['contents: read', 'pull-requests: read'];
/**
 * The job's `permissions:` line that grants `permission` besides what the gate
 * always reads with: a job that names its permissions gets none it leaves out.
 */
function permissionsLine(permission) {
    const scope = permission.split(':')[0]?.trim() ?? '';
    const granted = READ_PERMISSIONS.filter((p) => !p.startsWith(`${scope}:`));
    // metadata is granted to every token and cannot be named in a workflow
    if (scope !== 'metadata')
        granted.push(permission);
    const order = ['contents', 'pull-requests', 'actions'];
    const rank = (p) => {
        const at = order.indexOf(p.split(':')[0] ?? '');
        return at < 0 ? order.length : at;
    };
    granted.sort((a, b) => rank(a) - rank(b));
    return `permissions: { ${granted.join(', ')} }`;
}
/**
 * What a 404 means when the token cannot see the repository: GitHub answers
 * 404, not 403, to a token without access, so the permission is named.
 */
function noAccess(permission, slug) {
    if (permission.startsWith('metadata')) {
        return `If the repository exists, the token cannot see it (GitHub answers 404, not 403, to a token without access): with github.token, the job's permissions must include "contents: read" ("${permissionsLine('contents: read')}"); with another token, give it read access to ${slug}.`;
    }
    return `If the token cannot see ${slug} (GitHub answers 404, not 403, to a token without access), it lacks ${permission}: grant it in the job with "${permissionsLine(permission)}" (a job that lists permissions gets none it leaves out), or pass a token with ${permission} on ${slug}.`;
}
/** What GitHub asked the caller to wait, and why the call did not. */
function rateLimitStory(shape, call, now) {
    const retryAfter = Number(shape.headers['retry-after']);
    const reset = Number(shape.headers['x-ratelimit-reset']);
    let ask;
    if (shape.headers['retry-after'] !== undefined && Number.isFinite(retryAfter)) {
        ask = `GitHub asked to wait ${retryAfter} s before trying again`;
    }
    else if (shape.headers['x-ratelimit-remaining'] === '0' &&
        Number.isFinite(reset) &&
        reset > 0) {
        const when = new Date(reset * 1000);
        const inSeconds = Math.max(0, Math.round(reset - now / 1000));
        ask = `The limit resets at ${when.toISOString().slice(11, 19)} UTC, in ${inSeconds} s`;
    }
    else {
        ask = 'GitHub did not say how long to wait';
    }
    const gaveUp = call.rateLimitGaveUp ? `; not retried: ${call.rateLimitGaveUp}` : '';
    return `${ask}${gaveUp}.`;
}

;// CONCATENATED MODULE: ./src/github/map.ts

function isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
function map_text(value) {
    return typeof value === 'string' ? value : undefined;
}
function count(value) {
    return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}
function shaOf(value) {
    return isRecord(value) ? map_text(value.sha) : undefined;
}
/** The SHAs of a commit's parents, as GitHub lists them. */
function parentsOf(value) {
    return Array.isArray(value) ? value.map(shaOf).filter((p) => p !== undefined) : [];
}
function isFullSha(ref) {
    return /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/i.test(ref);
}
/** Whether a Link header names a next page. */
function hasNextPage(link) {
    return typeof link === 'string' && /<[^>]*>\s*;\s*rel="next"/.test(link);
}
const STATUS_MAP = {
    added: 'added',
    removed: 'deleted',
    modified: 'modified',
    renamed: 'renamed',
    copied: 'copied',
    changed: 'changed',
};
/**
 * A list of files as the compare, pull-request files and commit APIs give it.
 * `action` names the call in errors ("comparing main...feature in acme/models");
 * `note` hears of a status GitHub has added since, which is counted as modified.
 */
function mapFiles(value, action, note) {
    if (!Array.isArray(value))
        throw badResponse(action, 'the list of files is missing');
    return value.map((entry) => {
        if (!isRecord(entry))
            throw badResponse(action, 'a file entry is not an object');
        const filename = map_text(entry.filename);
        const apiStatus = map_text(entry.status);
        if (filename === undefined || apiStatus === undefined) {
            throw badResponse(action, 'a file entry has no filename or status');
        }
        let status = STATUS_MAP[apiStatus];
        if (status === undefined) {
            note(`GitHub listed ${filename} with status "${apiStatus}"; counted as modified.`);
            status = 'modified';
        }
        const previous = map_text(entry.previous_filename);
        return previous !== undefined && (status === 'renamed' || status === 'copied')
            ? { filename, status, previousFilename: previous }
            : { filename, status };
    });
}
/** The jobs of a workflow run: `{ jobs: [...] }`. */
function mapJobs(value, action) {
    if (!isRecord(value) || !Array.isArray(value.jobs)) {
        throw badResponse(action, 'the list of jobs is missing');
    }
    return value.jobs.map((entry) => {
        if (!isRecord(entry))
            throw badResponse(action, 'a job is not an object');
        const name = map_text(entry.name);
        const status = map_text(entry.status);
        if (name === undefined || status === undefined) {
            throw badResponse(action, 'a job has no name or status');
        }
        const job = { name, status, conclusion: map_text(entry.conclusion) ?? null };
        const startedAt = map_text(entry.started_at);
        const completedAt = map_text(entry.completed_at);
        if (startedAt !== undefined)
            job.startedAt = startedAt;
        if (completedAt !== undefined)
            job.completedAt = completedAt;
        return job;
    });
}
function mapComment(value, action) {
    if (!isRecord(value))
        throw badResponse(action, 'a comment is not an object');
    const id = count(value.id);
    if (id === undefined)
        throw badResponse(action, 'a comment has no id');
    return {
        id,
        body: map_text(value.body) ?? '',
        user: isRecord(value.user) ? (map_text(value.user.login) ?? '') : '',
        htmlUrl: map_text(value.html_url) ?? '',
    };
}

;// CONCATENATED MODULE: ./src/github/pages.ts
/**
 * Paged lists whose length is known from the first answer: GitHub's `Link`
 * header names the last page, so the pages after the first are asked for
 * together (a few at a time) instead of one after another, and read in order.
 * Each request is still retried, and waits out rate limits, on its own.
 */
/** The number of the page a Link header names as `rel="last"`; undefined when it names none. */
function lastPage(link) {
    if (typeof link !== 'string')
        return undefined;
    const match = /<([^>]*)>\s*;\s*rel="last"/.exec(link);
    if (!match)
        return undefined;
    try {
        const page = Number(new URL(match[1], 'https://api.github.com').searchParams.get('page'));
        return Number.isSafeInteger(page) && page > 0 ? page : undefined;
    }
    catch {
        return undefined;
    }
}
/** Requests in flight at once for one list: well under what GitHub's secondary rate limit allows. */
const PAGES_AT_ONCE = 8;
/** Runs at most `limit` of the calls it is given at once, the rest in order. */
function limited(limit) {
    let running = 0;
    const waiting = [];
    return async (call) => {
        if (running >= limit)
            await new Promise((resolve) => waiting.push(resolve));
        running += 1;
        try {
            return await call();
        }
        finally {
            running -= 1;
            waiting.shift()?.();
        }
    };
}
/**
 * Pages by number, each asked for once: `prefetch(from, to)` starts those
 * pages, at most PAGES_AT_ONCE in flight; `page(n)` is the answer of page n,
 * asked for now when it was not started before. A page started but never
 * read does not leave an unhandled rejection behind.
 */
function pageReader(fetchPage, limit = PAGES_AT_ONCE) {
    const started = new Map();
    const slot = limited(limit);
    const page = (n) => {
        let answer = started.get(n);
        if (answer === undefined) {
            answer = slot(() => fetchPage(n));
            answer.catch(() => undefined);
            started.set(n, answer);
        }
        return answer;
    };
    return {
        page,
        prefetch: (from, to) => {
            for (let n = from; n <= to; n++)
                void page(n);
        },
    };
}

;// CONCATENATED MODULE: ./src/github/changes.ts



/** GitHub's documented limits. */
const COMPARE_FILE_LIMIT = 300;
const PULL_FILES_LIMIT = 3000;
const COMMIT_FILES_LIMIT = 3000;
const PULL_FILES_PER_PAGE = 100;
const COMMITS_PER_PAGE = 100;
const MAX_COMMIT_PAGES = 30;
const MAX_COMMIT_FILE_PAGES = 10;
function changeCalls(t) {
    return {
        compare: (base, head) => compare(t, base, head),
        pullRequestFiles: (pr) => pullRequestFiles(t, pr),
        pullRequestHead: (pr) => pullRequestHead(t, pr),
        commitsInRange: (base, head) => commitsInRange(t, base, head),
        commitFiles: (sha) => commitFiles(t, sha),
    };
}
const UNREACHABLE = 'it may have been force-pushed away or its branch deleted, or the name or SHA may be misspelled';
function rangeNotFound(slug, base, head) {
    return (answer) => `GitHub could not find ${base} or ${head} in ${slug}, or the two share no history (${answer}). If a commit is missing, ${UNREACHABLE}.`;
}
function pullNotFound(slug, pr) {
    return (answer) => `GitHub found no pull request #${pr} in ${slug} (${answer}). The number may be wrong (a pull request from a fork is numbered in the repository it targets).`;
}
function filesOf(t, call, value) {
    return mapFiles(value, call.op.action, t.say.debug);
}
function compare(t, base, head) {
    return t.run({
        action: `comparing ${base}...${head} in ${t.slug}`,
        notFound: rangeNotFound(t.slug, base, head),
        permission: 'contents: read',
    }, async (call) => {
        const { data } = await t.request(call, 'GET /repos/{owner}/{repo}/compare/{basehead}', {
            basehead: `${base}...${head}`,
        });
        if (!isRecord(data))
            throw badResponse(call.op.action, 'the comparison is not an object');
        const listed = Array.isArray(data.files) ? filesOf(t, call, data.files) : undefined;
        return compareResult(data, base, listed, await headOf(t, call, data, head));
    });
}
/**
 * The head commit of a comparison. With nothing ahead, head is the merge base;
 * with every commit of the comparison listed (oldest first), head is the last
 * one. A longer comparison lists only some of its commits: the name is resolved
 * with one more request.
 */
async function headOf(t, call, data, head) {
    if (isFullSha(head))
        return head.toLowerCase();
    const commits = Array.isArray(data.commits) ? data.commits : [];
    const totalCommits = count(data.total_commits) ?? commits.length;
    let headSha;
    if (totalCommits === 0)
        headSha = shaOf(data.merge_base_commit);
    else if (commits.length >= totalCommits)
        headSha = shaOf(commits.at(-1));
    else {
        const answer = await t.request(call, 'GET /repos/{owner}/{repo}/commits/{ref}', {
            ref: head,
            per_page: 1,
        });
        headSha = isRecord(answer.data) ? shaOf(answer.data) : undefined;
    }
    return headSha || head;
}
/** The comparison's answer; `listed` is undefined when the answer has no list of files. */
function compareResult(data, base, listed, headSha) {
    const commits = Array.isArray(data.commits) ? data.commits : [];
    const totalCommits = count(data.total_commits) ?? commits.length;
    const files = listed ?? [];
    const apiStatus = map_text(data.status);
    const status = apiStatus === 'ahead' ||
        apiStatus === 'behind' ||
        apiStatus === 'diverged' ||
        apiStatus === 'identical'
        ? apiStatus
        : 'unknown';
    return {
        files,
        truncated: files.length >= COMPARE_FILE_LIMIT || (listed === undefined && totalCommits > 0),
        baseSha: shaOf(data.base_commit) ?? base,
        mergeBaseSha: shaOf(data.merge_base_commit) ?? '',
        headSha,
        status,
        aheadBy: count(data.ahead_by) ?? totalCommits,
        behindBy: count(data.behind_by) ?? 0,
        totalCommits,
    };
}
/**
 * A pull request's files, 100 a page. At 3,000 files the list alone cannot
 * tell whether GitHub stopped at its limit: `complete` is false then, and
 * `ended` says whether the pages ended, so that the count the pull request
 * reports can decide.
 */
function pullRequestFiles(t, pr) {
    return t.run({
        action: `listing the files of pull request #${pr} in ${t.slug}`,
        notFound: pullNotFound(t.slug, pr),
        permission: 'pull-requests: read',
    }, async (call) => {
        const files = [];
        let cut = false;
        const maxPages = PULL_FILES_LIMIT / PULL_FILES_PER_PAGE;
        const pages = pageReader((page) => t.request(call, 'GET /repos/{owner}/{repo}/pulls/{pull_number}/files', {
            pull_number: pr,
            per_page: PULL_FILES_PER_PAGE,
            page,
        }));
        for (let page = 1;; page++) {
            const { data, headers } = await pages.page(page);
            const list = filesOf(t, call, data);
            files.push(...list);
            if (!hasNextPage(headers.link) || list.length === 0)
                break;
            if (page >= maxPages) {
                cut = true;
                break;
            }
            // The first answer says how many pages there are: the rest are asked for together.
            if (page === 1)
                pages.prefetch(2, Math.min(lastPage(headers.link) ?? 0, maxPages));
        }
        return { files, complete: !cut && files.length < PULL_FILES_LIMIT, ended: !cut };
    });
}
/** Where a pull request's head is now, and how many files it reports changed there. */
function pullRequestHead(t, pr) {
    return t.run({
        action: `reading pull request #${pr} in ${t.slug}`,
        notFound: pullNotFound(t.slug, pr),
        permission: 'pull-requests: read',
    }, async (call) => {
        const { data } = await t.request(call, 'GET /repos/{owner}/{repo}/pulls/{pull_number}', {
            pull_number: pr,
        });
        const sha = isRecord(data) ? shaOf(data.head) : undefined;
        if (!isRecord(data) || sha === undefined) {
            throw badResponse(call.op.action, 'the pull request has no head commit');
        }
        const changedFiles = count(data.changed_files);
        return {
            headSha: sha.toLowerCase(),
            ...(changedFiles !== undefined ? { changedFiles } : {}),
        };
    });
}
function commitsInRange(t, base, head) {
    return t.run({
        action: `listing the commits of ${base}...${head} in ${t.slug}`,
        notFound: rangeNotFound(t.slug, base, head),
        permission: 'contents: read',
    }, async (call) => {
        const commits = [];
        let total = 0;
        for (let page = 1; page <= MAX_COMMIT_PAGES; page++) {
            const { data } = await t.request(call, 'GET /repos/{owner}/{repo}/compare/{basehead}', {
                basehead: `${base}...${head}`,
                per_page: COMMITS_PER_PAGE,
                page,
            });
            if (!isRecord(data) || !Array.isArray(data.commits)) {
                throw badResponse(call.op.action, 'the comparison has no list of commits');
            }
            if (page === 1)
                total = count(data.total_commits) ?? data.commits.length;
            for (const entry of data.commits) {
                const sha = shaOf(entry);
                if (sha === undefined || !isRecord(entry)) {
                    throw badResponse(call.op.action, 'a commit has no SHA');
                }
                commits.push({ sha, parents: parentsOf(entry.parents) });
            }
            if (commits.length >= total || data.commits.length < COMMITS_PER_PAGE)
                break;
        }
        return { commits, total, complete: commits.length >= total };
    });
}
function commitFiles(t, sha) {
    return t.run({
        action: `reading commit ${sha} in ${t.slug}`,
        notFound: (answer) => `GitHub found no commit ${sha} in ${t.slug} (${answer}): ${UNREACHABLE}.`,
        permission: 'contents: read',
    }, async (call) => {
        const files = [];
        let parents = [];
        let resolved = sha;
        let cut = false;
        for (let page = 1;; page++) {
            const { data, headers } = await t.request(call, 'GET /repos/{owner}/{repo}/commits/{ref}', {
                ref: sha,
                ...(page > 1 ? { page } : {}),
            });
            if (!isRecord(data))
                throw badResponse(call.op.action, 'the commit is not an object');
            if (page === 1) {
                resolved = map_text(data.sha) ?? sha;
                parents = parentsOf(data.parents);
            }
            const list = filesOf(t, call, data.files ?? []);
            files.push(...list);
            if (!hasNextPage(headers.link) || list.length === 0)
                break;
            if (page >= MAX_COMMIT_FILE_PAGES) {
                cut = true;
                break;
            }
        }
        return {
            sha: resolved,
            parents,
            files,
            complete: !cut && files.length < COMMIT_FILES_LIMIT,
        };
    });
}

;// CONCATENATED MODULE: ./src/github/comments.ts
/**
 * Issue and pull-request comments: find one, create one (never retried, so it
 * cannot be posted twice), update one, and keep one comment per issue.
 */


const COMMENTS_PER_PAGE = 100;
const MAX_COMMENT_PAGES = 30;
/** Who writes comments with GITHUB_TOKEN (and cannot ask GET /user). */
const ACTIONS_BOT = 'github-actions[bot]';
function commentCalls(t) {
    return {
        findIssueComment: (issue, wanted) => findIssueComment(t, issue, wanted),
        createIssueComment: (issue, body) => createIssueComment(t, issue, body),
        updateIssueComment: (commentId, body) => updateIssueComment(t, commentId, body),
        upsertComment: (issue, body, isOurs) => upsertComment(t, issue, body, isOurs),
        tokenLogin: () => tokenLogin(t),
    };
}
/**
 * The login the token writes comments as: GET /user for a personal access
 * token or a user's token; an installation token (GITHUB_TOKEN) may not ask,
 * and writes as github-actions[bot].
 */
async function tokenLogin(t) {
    try {
        return await t.run({
            action: 'reading the user the token belongs to',
            notFound: (answer) => `GitHub has no user for the token (${answer}).`,
            permission: 'none beyond the token itself',
        }, async (call) => {
            const { data } = await t.request(call, 'GET /user', {});
            const login = isRecord(data) ? map_text(data.login) : undefined;
            if (login === undefined)
                throw badResponse(call.op.action, 'the user has no login');
            return login;
        });
    }
    catch (err) {
        // An installation token (GITHUB_TOKEN) may not read GET /user.
        if (err instanceof GitHubApiError &&
            (err.kind === 'forbidden' || err.kind === 'not-found' || err.kind === 'unauthorized')) {
            return ACTIONS_BOT;
        }
        throw err;
    }
}
function issueNotFound(slug, issue) {
    return (answer) => `GitHub found no issue or pull request #${issue} in ${slug} (${answer}).`;
}
function commentWrite(what) {
    return (answer) => `GitHub refused ${what} (${answer}). The token may not write to pull requests: give the job "permissions: pull-requests: write"; a pull request from a fork gets a read-only token, so the gate cannot comment there.`;
}
function findIssueComment(t, issue, wanted) {
    return t.run({
        action: `listing the comments of #${issue} in ${t.slug}`,
        notFound: issueNotFound(t.slug, issue),
        permission: 'pull-requests: read',
    }, async (call) => {
        for (let page = 1; page <= MAX_COMMENT_PAGES; page++) {
            const { data, headers } = await t.request(call, 'GET /repos/{owner}/{repo}/issues/{issue_number}/comments', { issue_number: issue, per_page: COMMENTS_PER_PAGE, page });
            if (!Array.isArray(data)) {
                throw badResponse(call.op.action, 'the list of comments is missing');
            }
            for (const entry of data) {
                const comment = mapComment(entry, call.op.action);
                if (wanted(comment))
                    return comment;
            }
            if (!hasNextPage(headers.link) || data.length === 0)
                break;
        }
        return undefined;
    });
}
/** A POST: the transport never retries it, so the comment cannot be posted twice. */
function createIssueComment(t, issue, body) {
    return t.run({
        action: `commenting on #${issue} in ${t.slug}`,
        notFound: issueNotFound(t.slug, issue),
        permission: 'pull-requests: write',
        forbidden: commentWrite(`a comment on #${issue} in ${t.slug}`),
    }, async (call) => {
        const { data } = await t.request(call, 'POST /repos/{owner}/{repo}/issues/{issue_number}/comments', { issue_number: issue, body });
        return mapComment(data, call.op.action);
    });
}
function updateIssueComment(t, commentId, body) {
    return t.run({
        action: `updating comment ${commentId} in ${t.slug}`,
        notFound: (answer) => `GitHub found no comment ${commentId} in ${t.slug} (${answer}): it may have been deleted.`,
        permission: 'pull-requests: write',
        forbidden: commentWrite(`an update of comment ${commentId} in ${t.slug}`),
    }, async (call) => {
        const { data } = await t.request(call, 'PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}', { comment_id: commentId, body });
        return mapComment(data, call.op.action);
    });
}
/** One comment per issue: ours is updated in place, or created; a 403 is the answer `cannot-write`. */
async function upsertComment(t, issue, body, isOurs) {
    try {
        const existing = await findIssueComment(t, issue, isOurs);
        if (existing === undefined) {
            return { kind: 'created', comment: await createIssueComment(t, issue, body) };
        }
        if (existing.body === body)
            return { kind: 'unchanged', comment: existing };
        return { kind: 'updated', comment: await updateIssueComment(t, existing.id, body) };
    }
    catch (err) {
        if (err instanceof GitHubApiError && err.kind === 'forbidden') {
            return { kind: 'cannot-write', status: err.status, message: err.message };
        }
        throw err;
    }
}

;// CONCATENATED MODULE: ./src/github/commits.ts
/** A commit named by SHA, branch or tag, resolved to its SHA. */


function commitCalls(t) {
    return { commitSha: (ref) => commitSha(t, ref) };
}
function commitSha(t, ref) {
    return t.run({
        action: `resolving ${ref} in ${t.slug}`,
        notFound: (answer) => `GitHub found no commit, branch or tag ${ref} in ${t.slug} (${answer}), or the token cannot see the repository.`,
        permission: 'contents: read',
    }, async (call) => {
        const { data } = await t.request(call, 'GET /repos/{owner}/{repo}/commits/{ref}', {
            ref,
            mediaType: { format: 'sha' },
        });
        const sha = typeof data === 'string'
            ? data.trim()
            : data instanceof ArrayBuffer
                ? new TextDecoder().decode(data).trim()
                : isRecord(data)
                    ? shaOf(data)
                    : undefined;
        if (sha === undefined || !/^(?:[0-9a-f]{40}|[0-9a-f]{64})$/i.test(sha)) {
            throw badResponse(call.op.action, 'the answer is not a commit SHA');
        }
        return sha.toLowerCase();
    });
}

;// CONCATENATED MODULE: ./src/github/contents.ts
/** What is in the repository: a file's text at a ref, the default branch. */


function contentCalls(t) {
    return {
        fileText: (path, ref) => fileText(t, path, ref),
        defaultBranch: () => defaultBranch(t),
    };
}
function fileText(t, path, ref) {
    const clean = path.replace(/^\/+/, '');
    return t.run({
        action: `reading ${clean} at ${ref} in ${t.slug}`,
        notFound: (answer) => `GitHub found no file ${clean} at ${ref} in ${t.slug} (${answer}): the path may be wrong (it is relative to the repository root), or ${ref} may not be a branch, tag or commit there.`,
        permission: 'contents: read',
    }, async (call) => {
        const { data } = await t.request(call, 'GET /repos/{owner}/{repo}/contents/{path}', {
            path: clean,
            ref,
            mediaType: { format: 'raw' },
        });
        if (typeof data === 'string')
            return data;
        if (data instanceof ArrayBuffer)
            return new TextDecoder().decode(data);
        if (Array.isArray(data)) {
            throw new GitHubApiError('invalid', 200, `${clean} at ${ref} in ${t.slug} is a folder, not a file.`);
        }
        if (isRecord(data) && data.encoding === 'base64' && typeof data.content === 'string') {
            return Buffer.from(data.content, 'base64').toString('utf8');
        }
        throw badResponse(call.op.action, 'the file content is missing');
    });
}
function defaultBranch(t) {
    return t.run({
        action: `reading the repository ${t.slug}`,
        notFound: (answer) => `GitHub found no repository ${t.slug} (${answer}): the name may be wrong.`,
        permission: 'metadata: read',
    }, async (call) => {
        const { data } = await t.request(call, 'GET /repos/{owner}/{repo}', {});
        const branch = isRecord(data) ? map_text(data.default_branch) : undefined;
        if (!branch)
            throw badResponse(call.op.action, 'the repository has no default branch');
        return branch;
    });
}

;// CONCATENATED MODULE: ./src/github/pulls.ts
/** A pull request read by number: its base and head commits, labels and size. */


function pullCalls(t) {
    return { pullRequest: (number) => pullRequest(t, number) };
}
function pullRequest(t, number) {
    return t.run({
        action: `reading pull request #${number} in ${t.slug}`,
        notFound: (answer) => `GitHub found no pull request #${number} in ${t.slug} (${answer}).`,
        permission: 'pull-requests: read',
    }, async (call) => {
        const { data } = await t.request(call, 'GET /repos/{owner}/{repo}/pulls/{pull_number}', {
            pull_number: number,
        });
        const base = isRecord(data) ? shaOf(data.base) : undefined;
        const head = isRecord(data) ? shaOf(data.head) : undefined;
        if (!isRecord(data) || base === undefined || head === undefined) {
            throw badResponse(call.op.action, 'the pull request has no base or head commit');
        }
        const labels = Array.isArray(data.labels)
            ? data.labels
                .map((label) => (isRecord(label) ? map_text(label.name) : undefined))
                .filter((name) => name !== undefined)
            : [];
        const changedFiles = count(data.changed_files);
        return {
            baseSha: base.toLowerCase(),
            headSha: head.toLowerCase(),
            labels,
            ...(changedFiles !== undefined ? { changedFiles } : {}),
        };
    });
}

;// CONCATENATED MODULE: ./src/core/history.ts
/**
 * Training time measured from past runs (pure): the jobs of recent successful
 * runs of the workflow → the durations of the training job where it succeeded
 * → their median.
 *
 * A run counts only when the training job itself completed with `success`: the
 * gate skips the training job on most changes, and a skipped job took no time.
 */



/**
 * Whether a job of a run is the training job: its name is `jobName`, or, for a
 * matrix job, `jobName (…)`.
 */
function isTrainingJob(job, jobName) {
    const name = job.name.trim();
    const wanted = jobName.trim();
    return name === wanted || (name.startsWith(`${wanted} (`) && name.endsWith(')'));
}
function history_seconds(job) {
    if (job.startedAt === undefined || job.completedAt === undefined)
        return undefined;
    const start = Date.parse(job.startedAt);
    const end = Date.parse(job.completedAt);
    if (!Number.isFinite(start) || !Number.isFinite(end) || end < start)
        return undefined;
    return (end - start) / 1000;
}
/**
 * How long the training job took in one run, in seconds: undefined unless every
 * job of that name completed with `success` and has its times. With a matrix,
 * the longest of its jobs (they run side by side; `gpu-count` counts runners).
 */
function runDuration(jobs, jobName) {
    const training = jobs.filter((job) => isTrainingJob(job, jobName));
    if (training.length === 0)
        return undefined;
    let longest = 0;
    for (const job of training) {
        if (job.status !== 'completed' || job.conclusion !== 'success')
            return undefined;
        const s = history_seconds(job);
        if (s === undefined)
            return undefined;
        longest = Math.max(longest, s);
    }
    return longest;
}
/** The median: the middle value, or the mean of the two middle values. */
function median(values) {
    if (values.length === 0)
        return undefined;
    const sorted = [...values].sort((a, b) => a - b);
    const mid = Math.floor(sorted.length / 2);
    const upper = sorted[mid] ?? 0;
    return sorted.length % 2 === 1 ? upper : ((sorted[mid - 1] ?? 0) + upper) / 2;
}
/** The durations of the training job in the runs given (newest first), at most `maxRuns`. */
function trainingDurations(runs, jobName, maxRuns) {
    const durations = [];
    for (const run of runs) {
        if (durations.length >= maxRuns)
            break;
        const s = runDuration(run.jobs, jobName);
        if (s !== undefined)
            durations.push(s);
    }
    return durations;
}
/** The outcome of reading past runs: measured, no history yet, or why they could not be read. */
function measureHistory(answer, jobName, maxRuns) {
    if (answer.kind === 'forbidden') {
        return { kind: 'permission-missing', jobName, message: answer.message };
    }
    if (answer.kind === 'failed')
        return { kind: 'unavailable', jobName, message: answer.message };
    const durations = trainingDurations(answer.runs, jobName, maxRuns);
    const middle = median(durations);
    if (middle === undefined) {
        return { kind: 'no-history', jobName, runsExamined: answer.runs.length };
    }
    return {
        kind: 'measured',
        jobName,
        runs: durations.length,
        medianSeconds: middle,
        runsExamined: answer.runs.length,
    };
}
/**
 * The cost settings with the training time from past runs: the measured median
 * when there is one; otherwise no training time, so that no figure is invented.
 */
function withHistory(cost, outcome) {
    const next = { ...cost, hoursSource: outcome };
    const hours = measuredHours(outcome);
    if (hours !== undefined)
        next.trainingHours = hours;
    else
        delete next.trainingHours;
    return next;
}
/**
 * The training time a measurement gives, in hours rounded to 0.01 h: the one
 * number every figure shown is computed from, so that the minutes, the hours
 * and the cost a reviewer reads agree.
 */
function measuredHours(outcome) {
    return outcome.kind === 'measured' ? roundDecimal(outcome.medianSeconds / 3600, 2) : undefined;
}
/** "46 min", "1 h 32 min", "40 s". */
function formatDuration(totalSeconds) {
    const s = Math.max(0, Math.round(totalSeconds));
    if (s < 60)
        return `${s} s`;
    const minutes = Math.round(s / 60);
    if (minutes < 60)
        return `${minutes} min`;
    const h = Math.floor(minutes / 60);
    const m = minutes % 60;
    return m === 0 ? `${h} h` : `${h} h ${m} min`;
}
/** A line for the log about where the training time came from, or why it is unknown. */
function describeHistory(outcome) {
    const job = JSON.stringify(outcome.jobName);
    switch (outcome.kind) {
        case 'measured':
            return outcome.runs === 1
                ? `Training time: job ${job} took ${formatDuration(outcome.medianSeconds)} in the last successful run where it ran.`
                : `Training time: median of job ${job} in the last ${outcome.runs} successful runs where it ran: ${formatDuration(outcome.medianSeconds)}.`;
        case 'no-history':
            return outcome.runsExamined === 0
                ? `Training time unknown: this workflow has no earlier successful run to measure job ${job} in.`
                : `Training time unknown: job ${job} did not run successfully in any of the last ${outcome.runsExamined} successful runs of this workflow.`;
        case 'permission-missing':
            return `Training time unknown: the token may not read this workflow's runs, so job ${job} could not be measured. Give the job "permissions: actions: read", or set training-hours. ${outcome.message}`;
        case 'unavailable':
            return `Training time unknown: the runs of job ${job} could not be read. ${outcome.message}`;
    }
}
/** Default and bounds of history-runs: each run measured costs one request. */
const HISTORY_RUNS_DEFAULT = 10;
const HISTORY_RUNS_MAX = 50;
/** The history-runs input: a whole number from 1 to HISTORY_RUNS_MAX; empty gives the default. */
function readHistoryRuns(raw) {
    const value = raw.trim();
    if (value === '')
        return HISTORY_RUNS_DEFAULT;
    const n = /^\d+$/.test(value) ? Number(value) : NaN;
    if (!Number.isSafeInteger(n) || n < 1 || n > HISTORY_RUNS_MAX) {
        throw new InputError('history-runs', `Input history-runs is ${(0,format/* quote */.hD)(value)}; it must be a whole number from 1 to ${HISTORY_RUNS_MAX} (each run measured costs one API request).`);
    }
    return n;
}
/** The training-job input: one job name on one line; empty gives undefined. */
function readTrainingJob(raw) {
    const value = raw.trim();
    if (value === '')
        return undefined;
    if (/[\r\n]/.test(value)) {
        throw new InputError('training-job', `Input training-job is ${(0,format/* quote */.hD)(value)}; give the name of one job, on one line, as the Actions page shows it (its name:, or its id when it has no name).`);
    }
    return value;
}

;// CONCATENATED MODULE: ./src/github/runs.ts
/**
 * Past workflow runs: the workflow of a run, its newest successful runs, the
 * jobs of a run, and the search through them for the durations of a job.
 */




const JOBS_PER_PAGE = 100;
function runCalls(t) {
    return {
        workflowOfRun: (runId) => workflowOfRun(t, runId),
        successfulRuns: (workflowId, wanted) => successfulRuns(t, workflowId, wanted),
        runJobs: (runId) => runJobs(t, runId),
        jobHistory: (request) => jobHistory(t, request),
        lastRun: (request) => lastRun(t, request),
    };
}
function actionsRead(what) {
    return (answer) => `GitHub refused ${what} (${answer}). The token most likely lacks the actions: read permission: add "actions: read" to the job's permissions, or set training-hours instead of measuring past runs.`;
}
function workflowOfRun(t, runId) {
    return t.run({
        action: `reading workflow run ${runId} in ${t.slug}`,
        notFound: (answer) => `GitHub found no workflow run ${runId} in ${t.slug} (${answer}): GITHUB_RUN_ID may belong to another repository.`,
        permission: 'actions: read',
        forbidden: actionsRead(`reading workflow run ${runId} in ${t.slug}`),
    }, async (call) => {
        const { data } = await t.request(call, 'GET /repos/{owner}/{repo}/actions/runs/{run_id}', {
            run_id: runId,
        });
        const id = isRecord(data) ? count(data.workflow_id) : undefined;
        if (id === undefined)
            throw badResponse(call.op.action, 'the run has no workflow_id');
        return id;
    });
}
function successfulRuns(t, workflowId, wanted) {
    return t.run({
        action: `listing the successful runs of workflow ${workflowId} in ${t.slug}`,
        notFound: (answer) => `GitHub found no workflow ${workflowId} in ${t.slug} (${answer}).`,
        permission: 'actions: read',
        forbidden: actionsRead(`listing the runs of workflow ${workflowId} in ${t.slug}`),
    }, async (call) => {
        const { data } = await t.request(call, 'GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}/runs', {
            workflow_id: workflowId,
            status: 'success',
            exclude_pull_requests: true,
            per_page: Math.max(1, Math.min(100, Math.floor(wanted))),
        });
        return successfulRunIds(data, call.op.action);
    });
}
/** The ids of the successful runs listed, newest first. */
function successfulRunIds(data, action) {
    return successfulRunList(data, action).map((run) => run.runId);
}
/** The successful runs listed, newest first, with the commit each ran on. */
function successfulRunList(data, action) {
    if (!isRecord(data) || !Array.isArray(data.workflow_runs)) {
        throw badResponse(action, 'the list of workflow runs is missing');
    }
    const runs = [];
    for (const entry of data.workflow_runs) {
        if (!isRecord(entry))
            throw badResponse(action, 'a workflow run is not an object');
        const id = count(entry.id);
        if (id === undefined)
            throw badResponse(action, 'a workflow run has no id');
        const conclusion = map_text(entry.conclusion);
        const headSha = map_text(entry.head_sha)?.toLowerCase() ?? '';
        if (conclusion === undefined || conclusion === 'success')
            runs.push({ runId: id, headSha });
    }
    return runs;
}
/**
 * The last successful run of the current run's workflow on a branch, and its
 * commit: with a job named, the last one in which that job succeeded (the
 * last training), reading the jobs of at most `maxRuns` runs.
 */
async function lastRun(t, request) {
    const { runId, branch, jobName } = request;
    const maxRuns = request.maxRuns ?? 10;
    const workflowId = await workflowOfRun(t, runId);
    const runs = await t.run({
        action: `listing the successful runs of workflow ${workflowId} on ${branch} in ${t.slug}`,
        notFound: (answer) => `GitHub found no workflow ${workflowId} in ${t.slug} (${answer}).`,
        permission: 'actions: read',
        forbidden: actionsRead(`listing the runs of workflow ${workflowId} in ${t.slug}`),
    }, async (call) => {
        const { data } = await t.request(call, 'GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}/runs', {
            workflow_id: workflowId,
            status: 'success',
            branch,
            per_page: Math.min(100, maxRuns + 1),
        });
        return successfulRunList(data, call.op.action).filter((run) => run.runId !== runId && run.headSha !== '');
    });
    if (jobName === undefined)
        return runs[0];
    for (const run of runs.slice(0, maxRuns)) {
        const jobs = await runJobs(t, run.runId);
        if (jobs.some((job) => isTrainingJob(job, jobName) && job.conclusion === 'success'))
            return run;
    }
    return undefined;
}
function runJobs(t, runId) {
    return t.run({
        action: `listing the jobs of workflow run ${runId} in ${t.slug}`,
        notFound: (answer) => `GitHub found no workflow run ${runId} in ${t.slug} (${answer}).`,
        permission: 'actions: read',
        forbidden: actionsRead(`listing the jobs of workflow run ${runId} in ${t.slug}`),
    }, async (call) => {
        const { data } = await t.request(call, 'GET /repos/{owner}/{repo}/actions/runs/{run_id}/jobs', { run_id: runId, filter: 'latest', per_page: JOBS_PER_PAGE });
        return mapJobs(data, call.op.action);
    });
}
/**
 * The jobs of the newest successful runs of the current run's workflow, within
 * the request budget. Every API failure is an answer, not an exception.
 */
async function jobHistory(t, request) {
    const named = request.workflow;
    const budget = request.maxRequests ?? request.samples + (named === undefined ? 2 : 1);
    let spent = 0;
    try {
        if (budget < (named === undefined ? 3 : 2))
            return { kind: 'answered', runs: [], requests: 0 };
        let workflowId;
        if (named !== undefined)
            workflowId = named;
        else if (request.runId !== undefined) {
            workflowId = await workflowOfRun(t, request.runId);
            spent += 1;
        }
        else {
            return { kind: 'failed', message: 'there is no run or workflow to read past runs of.' };
        }
        // As many runs as the budget can read the jobs of, and one more: the
        // current run may be listed (a re-run of a successful run).
        const ids = await successfulRuns(t, workflowId, budget - spent - 1 + 1);
        spent += 1;
        const runs = [];
        let samples = 0;
        for (const runId of ids) {
            if (samples >= request.samples || spent >= budget)
                break;
            if (runId === request.runId)
                continue;
            const jobs = await runJobs(t, runId);
            spent += 1;
            runs.push({ runId, jobs });
            if (request.isSample(jobs))
                samples += 1;
        }
        return { kind: 'answered', runs, requests: spent };
    }
    catch (err) {
        if (!(err instanceof GitHubApiError))
            throw err;
        return err.kind === 'forbidden'
            ? { kind: 'forbidden', message: err.message }
            : { kind: 'failed', message: err.message };
    }
}
/**
 * The training times measured from past successful runs of the training jobs,
 * read once for all of them: each job's median duration, or why there is none,
 * and the API calls it took (when the runs could be read). Never throws for an
 * API failure.
 */
async function measureTrainingTimes(api, request) {
    const { jobNames, samples, runId, workflow } = request;
    let answer;
    if (workflow === undefined &&
        !(runId !== undefined && Number.isSafeInteger(runId) && runId > 0)) {
        answer = {
            kind: 'failed',
            message: 'GITHUB_RUN_ID is not set: there is no run to start from.',
        };
    }
    else {
        try {
            answer = await api.jobHistory({
                ...(workflow !== undefined ? { workflow } : { runId: runId }),
                samples,
                isSample: (jobs) => jobNames.some((name) => runDuration(jobs, name) !== undefined),
            });
        }
        catch (err) {
            answer = { kind: 'failed', message: (0,format/* messageOf */.bD)(err) };
        }
    }
    const outcomes = new Map(jobNames.map((name) => [name, measureHistory(answer, name, samples)]));
    return answer.kind === 'answered' ? { outcomes, requests: answer.requests } : { outcomes };
}

;// CONCATENATED MODULE: ./src/github/tree.ts
/**
 * A commit's files through the API, for the dependency analysis without a
 * checkout: the recursive tree of the commit (one request), and each file's
 * blob as the analysis reaches it (one request a file, each blob read once).
 */


function treeCalls(t) {
    return {
        repositoryTree: (commit) => repositoryTree(t, commit),
        blobText: (sha) => blobText(t, sha),
    };
}
function repositoryTree(t, commit) {
    return t.run({
        action: `listing the files of ${commit} in ${t.slug}`,
        notFound: (answer) => `GitHub found no commit ${commit} in ${t.slug} (${answer}).`,
        permission: 'contents: read',
    }, async (call) => {
        const { data } = await t.request(call, 'GET /repos/{owner}/{repo}/git/trees/{tree_sha}', {
            tree_sha: commit,
            recursive: '1',
        });
        if (!isRecord(data) || !Array.isArray(data.tree)) {
            throw badResponse(call.op.action, 'the tree has no list of files');
        }
        const blobs = new Map();
        for (const entry of data.tree) {
            if (!isRecord(entry))
                continue;
            const path = map_text(entry.path);
            const sha = map_text(entry.sha);
            if (entry.type === 'blob' && entry.mode !== '120000' && path && sha)
                blobs.set(path, sha);
        }
        return { blobs, truncated: data.truncated === true };
    });
}
function blobText(t, sha) {
    return t.run({
        action: `reading blob ${sha} in ${t.slug}`,
        notFound: (answer) => `GitHub found no blob ${sha} in ${t.slug} (${answer}).`,
        permission: 'contents: read',
    }, async (call) => {
        const { data } = await t.request(call, 'GET /repos/{owner}/{repo}/git/blobs/{file_sha}', {
            file_sha: sha,
        });
        if (!isRecord(data) || typeof data.content !== 'string') {
            throw badResponse(call.op.action, 'the blob has no content');
        }
        const bytes = Buffer.from(data.content, data.encoding === 'base64' ? 'base64' : 'utf8');
        return bytes.toString('utf8');
    });
}

// EXTERNAL MODULE: ./node_modules/@octokit/core/dist-src/index.js + 13 modules
var dist_src = __webpack_require__(5194);
;// CONCATENATED MODULE: ./src/github/retry.ts
/**
 * The retry policy: after an attempt failed, whether to try again and after
 * how long, or why not. It is a pure function of the failure, what the request
 * and its call have spent so far, and the time; the transport does the waiting.
 *
 * - A 5xx answer, a network error or a request that timed out is retried
 *   `retries` times, after 1×, 4×, 9× … `retryAfterBaseMs`.
 * - A rate limit (403 or 429) is waited out as GitHub documents: `retry-after`
 *   when given; else, with `x-ratelimit-remaining: 0`, until `x-ratelimit-reset`;
 *   else a minute. At most `rateLimitRetries` times and `maxRateLimitWaitSeconds`
 *   of waiting per call.
 * - Any other answer (400, 401, 403, 404, 410, 422, 451 …) is final, and so is
 *   every failure of a write (POST), so that nothing is created twice.
 * - No wait may reach past the call's deadline.
 */


const RETRY_DEFAULTS = {
    retries: 3,
    retryAfterBaseMs: 1000,
    maxRateLimitWaitSeconds: 20,
    rateLimitRetries: 2,
    requestTimeoutMs: 15_000,
    callTimeoutMs: 60_000,
};
const FIRST_ATTEMPT = { retries: 0, rateLimitRetries: 0, rateLimitWaitMs: 0 };
function decideRetry(s, settings) {
    const { failure } = s;
    const limit = failure.kind === 'answer' && isRateLimit(failure) ? rateLimitWait(failure, s.now) : undefined;
    if (s.write) {
        return {
            retry: false,
            reason: 'a write is never retried, so that it cannot happen twice',
            ...(limit ? { rateLimit: limit.kind } : {}),
        };
    }
    if (limit)
        return decideRateLimit(s, limit, settings);
    if (failure.kind === 'answer' && failure.status < 500) {
        return {
            retry: false,
            reason: `GitHub answered ${failure.status}, which a retry would not change`,
        };
    }
    const what = failure.kind === 'answer' ? `GitHub answered ${failure.status}` : failure.message;
    const { retries } = s.state;
    if (retries >= settings.retries) {
        return {
            retry: false,
            reason: `${what}, and ${(0,format/* plural */.LS)(retries, 'retry', 'retries')} did not help`,
        };
    }
    const waitMs = backoffWaits(settings)[retries] ?? 0;
    if (s.now + waitMs >= s.deadline) {
        return { retry: false, reason: pastDeadline(waitMs, settings) };
    }
    return { retry: true, waitMs, reason: what, state: { ...s.state, retries: retries + 1 } };
}
function decideRateLimit(s, limit, settings) {
    const { kind, waitMs } = limit;
    const { rateLimitRetries, rateLimitWaitMs } = s.state;
    const maxMs = settings.maxRateLimitWaitSeconds * 1000;
    let refusal;
    if (rateLimitRetries >= settings.rateLimitRetries) {
        refusal =
            rateLimitRetries === 0
                ? 'rate limits are not retried'
                : `it was still limited after ${(0,format/* plural */.LS)(rateLimitRetries, 'retry', 'retries')}`;
    }
    else if (rateLimitWaitMs + waitMs > maxMs) {
        refusal =
            rateLimitWaitMs === 0
                ? `a wait of ${seconds(waitMs)} is more than the ${settings.maxRateLimitWaitSeconds} s this action waits for rate limits`
                : `a wait of ${seconds(waitMs)} after ${seconds(rateLimitWaitMs)} already is more than the ${settings.maxRateLimitWaitSeconds} s this action waits for rate limits`;
    }
    else if (s.now + waitMs >= s.deadline) {
        refusal = pastDeadline(waitMs, settings);
    }
    if (refusal !== undefined)
        return { retry: false, reason: refusal, rateLimit: kind };
    return {
        retry: true,
        waitMs,
        reason: kind,
        rateLimit: kind,
        state: {
            ...s.state,
            rateLimitRetries: rateLimitRetries + 1,
            rateLimitWaitMs: rateLimitWaitMs + waitMs,
        },
    };
}
/**
 * How long a rate limit asks to wait, by GitHub's documented rule: the
 * `retry-after` header when there is one; else, when the limit is used up
 * (`x-ratelimit-remaining: 0`), until a second past `x-ratelimit-reset`; else
 * a minute. A message naming a secondary rate limit makes it one.
 */
function rateLimitWait(answer, now) {
    const kind = /secondary rate limit/i.test(answer.message)
        ? 'secondary rate limit'
        : 'rate limit';
    const retryAfter = retryAfterMs(answer.headers['retry-after'], now);
    if (retryAfter !== undefined)
        return { kind, waitMs: retryAfter };
    const reset = Number(answer.headers['x-ratelimit-reset']);
    if (answer.headers['x-ratelimit-remaining'] === '0' && Number.isFinite(reset) && reset > 0) {
        return { kind, waitMs: (Math.max(0, Math.ceil(reset - now / 1000)) + 1) * 1000 };
    }
    return { kind, waitMs: 60_000 };
}
/** `retry-after` in milliseconds: seconds, or an HTTP date; undefined when absent or unreadable. */
function retryAfterMs(value, now) {
    if (value === undefined || value.trim() === '')
        return undefined;
    const s = Number(value);
    if (Number.isFinite(s))
        return s >= 0 ? Math.ceil(s * 1000) : undefined;
    const at = Date.parse(value);
    return Number.isFinite(at) ? Math.max(0, at - now) : undefined;
}
/** The waits before each retry of a request that failed with a 5xx or got no answer. */
function backoffWaits(settings) {
    return Array.from({ length: settings.retries }, (_, i) => settings.retryAfterBaseMs * (i + 1) ** 2);
}
/**
 * The longest one call of `requests` requests can take: every attempt takes its
 * whole timeout, every retry waits, rate limits take all the waiting allowed;
 * and whatever that adds up to, the call's deadline ends it.
 */
function worstCaseCallMs(settings, requests = 1) {
    const attempts = requests * (1 + settings.retries) + settings.rateLimitRetries;
    const backoff = backoffWaits(settings).reduce((sum, ms) => sum + ms, 0);
    const waits = requests * backoff + settings.maxRateLimitWaitSeconds * 1000;
    return Math.min(settings.callTimeoutMs, attempts * settings.requestTimeoutMs + waits);
}
/**
 * The factor every wait is multiplied by: ML_CHANGE_GATE_WAIT_SCALE when it is
 * a number from 0 to 1, else 1. It can only shorten waits (tests of the bundle
 * set it so that they do not sleep through real backoff).
 */
function waitScale(value) {
    if (value === undefined || value.trim() === '')
        return 1;
    const scale = Number(value);
    return Number.isFinite(scale) && scale >= 0 && scale <= 1 ? scale : 1;
}
function pastDeadline(waitMs, settings) {
    return `waiting ${seconds(waitMs)} would pass the ${seconds(settings.callTimeoutMs)} limit of one API call`;
}

;// CONCATENATED MODULE: ./src/github/transport.ts
/**
 * The one octokit client (without plugins): how requests reach GitHub.
 * - Every HTTP attempt has a timeout, and every call (all its pages, retries
 *   and waits) a deadline, so an API that hangs cannot hang the action.
 * - A failed attempt is retried as the retry policy (retry.ts) decides; every
 *   wait goes through one sleep, which tests replace, and is multiplied by
 *   ML_CHANGE_GATE_WAIT_SCALE (0 to 1) when that is set.
 * - Requests are counted, retries included.
 * - The token is sent only in the Authorization header and is removed from
 *   any message or log line that could echo it.
 * - Requests go through Node's fetch; when the runner sets a proxy, requests
 *   to its GITHUB_API_URL go through the fetch of @actions/github, which
 *   honours the proxy settings (loaded only then: it brings octokit's plugins).
 */



const API_VERSION = '2022-11-28';
const NULL_BODY = new Set([101, 103, 204, 205, 304]);
function createTransport(options) {
    const { sleep = timerSleep, ...given } = options.retry ?? {};
    const log = options.log ?? { debug: () => undefined, warning: () => undefined };
    const { owner, repo, token } = options;
    const baseUrl = options.baseUrl.replace(/\/+$/, '');
    const scrub = (message) => token.length >= 4 ? message.split(token).join('***') : message;
    const say = {
        debug: (m) => log.debug(scrub(m)),
        warning: (m) => log.warning(scrub(m)),
    };
    const octokit = new dist_src/* Octokit */.E({
        auth: `token ${token}`,
        baseUrl,
        userAgent: 'ml-change-gate',
        request: { fetch: bodyReadingFetch(proxyAwareFetch(baseUrl), say) },
        log: {
            debug: (m) => say.debug(m),
            info: (m) => say.debug(m),
            warn: (m) => say.warning(m),
            error: (m) => say.warning(m),
        },
    });
    const client = {
        octokit,
        owner,
        repo,
        slug: `${owner}/${repo}`,
        baseUrl,
        settings: { ...RETRY_DEFAULTS, ...definedOnly(given) },
        sleep,
        scale: waitScale(process.env.ML_CHANGE_GATE_WAIT_SCALE),
        say,
        scrub,
        requests: 0,
        maxRequests: options.maxRequests ?? Number.POSITIVE_INFINITY,
    };
    return {
        slug: client.slug,
        say,
        run: (op, body) => runCall(client, op, body),
        request: (call, route, params) => request(client, call, route, params),
        requestCount: () => client.requests,
    };
}
/** One call: its deadline starts now; whatever ends it is explained. */
async function runCall(c, op, body) {
    const controller = new AbortController();
    const call = {
        op,
        signal: controller.signal,
        deadline: Date.now() + c.settings.callTimeoutMs,
        attempts: 0,
        rateLimitRetries: 0,
        rateLimitWaitMs: 0,
        timedOut: false,
    };
    let timer;
    const deadline = new Promise((_, reject) => {
        timer = setTimeout(() => {
            call.timedOut = true;
            controller.abort();
            reject(deadlinePassed(call));
        }, c.settings.callTimeoutMs);
    });
    const work = body(call);
    work.catch(() => undefined);
    try {
        return await Promise.race([work, deadline]);
    }
    catch (err) {
        const explained = explainFailure(err, call, {
            slug: c.slug,
            baseUrl: c.baseUrl,
            callTimeoutMs: c.settings.callTimeoutMs,
            now: Date.now(),
        });
        throw new GitHubApiError(explained.kind, explained.status, c.scrub(explained.message));
    }
    finally {
        clearTimeout(timer);
    }
}
/** One request of a call, tried again for as long as the retry policy says. */
async function request(c, call, route, params) {
    const write = /^POST\s/i.test(route);
    let state = {
        ...FIRST_ATTEMPT,
        rateLimitRetries: call.rateLimitRetries,
        rateLimitWaitMs: call.rateLimitWaitMs,
    };
    for (;;) {
        if (c.requests >= c.maxRequests) {
            throw new GitHubApiError('request-budget', 0, `The run's budget of ${c.maxRequests} GitHub API requests (input max-api-requests) is spent, so ${call.op.action} was not asked; raise max-api-requests, or check out the repository so that git lists the change.`);
        }
        try {
            return await attempt(c, call, route, params);
        }
        catch (err) {
            const failure = failureOf(err);
            if (failure === undefined || call.signal.aborted)
                throw err;
            const decision = decideRetry({ failure, state, write, now: Date.now(), deadline: call.deadline }, c.settings);
            if (!decision.retry) {
                if (decision.rateLimit) {
                    call.rateLimitGaveUp = decision.reason;
                    c.say.debug(`GitHub API ${decision.rateLimit}: not retrying, ${decision.reason}.`);
                }
                else {
                    c.say.debug(`Not retrying ${route}: ${decision.reason}.`);
                }
                throw err;
            }
            state = decision.state;
            call.rateLimitRetries = state.rateLimitRetries;
            call.rateLimitWaitMs = state.rateLimitWaitMs;
            const after = seconds(decision.waitMs);
            if (decision.rateLimit) {
                c.say.warning(`GitHub API ${decision.rateLimit} hit while ${call.op.action}; retrying in ${after}.`);
            }
            else {
                c.say.debug(`Retrying ${route} in ${after}: ${decision.reason}.`);
            }
            await c.sleep(decision.waitMs * c.scale, call.signal);
            if (call.signal.aborted)
                throw deadlinePassed(call);
        }
    }
}
/** One HTTP attempt, within the request timeout and the call's deadline. */
async function attempt(c, call, route, params) {
    const left = call.deadline - Date.now();
    if (call.signal.aborted || left <= 0)
        throw deadlinePassed(call);
    c.requests += 1;
    call.attempts += 1;
    const limit = Math.min(c.settings.requestTimeoutMs, left);
    const timeout = AbortSignal.timeout(limit);
    try {
        const response = await c.octokit.request(route, {
            owner: c.owner,
            repo: c.repo,
            ...params,
            headers: { 'x-github-api-version': API_VERSION },
            request: { signal: AbortSignal.any([call.signal, timeout]) },
        });
        const data = response.data;
        const headers = { ...response.headers };
        return { data, headers };
    }
    catch (err) {
        if (call.signal.aborted)
            throw deadlinePassed(call);
        if (timeout.aborted)
            throw new RequestTimeout(limit);
        throw err;
    }
}
/** How an attempt failed, for the retry policy; undefined when it is not a request's failure. */
function failureOf(err) {
    if (err instanceof RequestTimeout)
        return { kind: 'timeout', message: err.message };
    const shape = errorShape(err);
    if (shape === undefined)
        return undefined;
    if (!shape.hasResponse)
        return { kind: 'network', message: shape.message };
    return {
        kind: 'answer',
        status: shape.status,
        headers: shape.headers,
        message: shape.githubMessage ?? shape.message,
    };
}
function deadlinePassed(call) {
    const err = new Error(`gave up ${call.op.action}: the call's time limit passed`);
    err.name = 'AbortError';
    return err;
}
/** A timer that ends early when the call is aborted. */
function timerSleep(ms, signal) {
    return new Promise((done) => {
        if (signal.aborted)
            return done();
        const timer = setTimeout(finish, ms);
        signal.addEventListener('abort', finish, { once: true });
        function finish() {
            clearTimeout(timer);
            signal.removeEventListener('abort', finish);
            done();
        }
    });
}
/**
 * Reads the whole body of an answer within the attempt (octokit would read
 * it later, and turn a body cut short into an empty answer), and logs it.
 */
function bodyReadingFetch(base, say) {
    return async (input, init) => {
        const method = init?.method ?? 'GET';
        try {
            const res = await base(input, init);
            say.debug(`GitHub API answered ${res.status} to ${method} ${pathOf(input)}.`);
            const body = NULL_BODY.has(res.status) ? null : await res.arrayBuffer();
            const answer = new Response(body, {
                status: res.status,
                statusText: res.statusText,
                headers: res.headers,
            });
            Object.defineProperty(answer, 'url', { value: res.url });
            return answer;
        }
        catch (err) {
            say.debug(`No answer to ${method} ${pathOf(input)}: ${err instanceof Error ? err.message : String(err)}.`);
            throw err;
        }
    };
}
/** The proxy variables the runner's HTTP client reads. */
const PROXY_VARIABLES = ['https_proxy', 'HTTPS_PROXY', 'http_proxy', 'HTTP_PROXY'];
/**
 * Node's fetch; with a proxy set, for GITHUB_API_URL, the fetch of
 * @actions/github, which honours the runner's proxy settings (and is loaded
 * only then).
 */
function proxyAwareFetch(baseUrl) {
    const proxied = PROXY_VARIABLES.some((name) => (process.env[name] ?? '') !== '');
    const runnerApi = process.env.GITHUB_API_URL || 'https://api.github.com';
    if (!proxied || !sameOrigin(runnerApi, baseUrl))
        return (input, init) => fetch(input, init);
    let loading;
    const load = async () => {
        const { defaults } = await __webpack_require__.e(/* import() */ 706).then(__webpack_require__.bind(__webpack_require__, 4706));
        const proxyFetch = defaults.request?.fetch;
        return typeof proxyFetch === 'function'
            ? proxyFetch
            : (input, init) => fetch(input, init);
    };
    return async (input, init) => (await (loading ??= load()))(input, init);
}
function definedOnly(settings) {
    return Object.fromEntries(Object.entries(settings).filter(([, value]) => value !== undefined));
}
function pathOf(input) {
    const href = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    try {
        const url = new URL(href);
        return `${url.pathname}${url.search}`;
    }
    catch {
        return href;
    }
}
function sameOrigin(a, b) {
    try {
        return new URL(a).origin === new URL(b).origin;
    }
    catch {
        return false;
    }
}

;// CONCATENATED MODULE: ./src/github/index.ts
/**
 * The GitHub REST API as the gate uses it; src/github is the only user of
 * octokit. Answers are mapped to the project's own types, and every failure
 * becomes a GitHubApiError whose message says what is wrong in words a
 * workflow author can act on.
 *
 * One module per concern:
 * - transport: the octokit client, per-request timeouts, per-call deadlines,
 *   retries, request counting, token scrubbing;
 * - retry: the retry and rate-limit policy, a pure function;
 * - errors: GitHubApiError and the translation of failures into messages;
 * - map: narrowing GitHub's JSON to the project's types;
 * - changes, commits, contents, runs, comments: the calls, by what they are about.
 */












function createGitHubApi(options) {
    const transport = createTransport(options);
    return {
        ...changeCalls(transport),
        ...contentCalls(transport),
        ...commitCalls(transport),
        ...runCalls(transport),
        ...pullCalls(transport),
        ...treeCalls(transport),
        ...commentCalls(transport),
        requestCount: () => transport.requestCount(),
    };
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./src/core/changeset.ts
/**
 * Which source lists the change set, and when a list is whole.
 *
 * The cheapest source that can see everything is tried first, and a list that
 * may have been cut short is never called complete:
 * - compare API: one request, at most 300 files;
 * - pull-request files API: 100 a page, at most 3,000 files;
 * - git in a checkout: any size;
 * - without a checkout, the files of each commit in the range (a superset of the
 *   change, so it can only make the gate train more), within a request budget.
 * When none of them sees everything, the result has `complete: false` and says why.
 */

/** GitHub's compare API lists at most this many files. */
const changeset_COMPARE_FILE_LIMIT = 300;
/** GitHub's pull-request files API lists at most this many files. */
const changeset_PULL_FILES_LIMIT = 3000;
/** One entry per path; a later entry for the same path replaces an earlier one. */
function union(lists) {
    const byPath = new Map();
    for (const list of lists) {
        for (const file of list) {
            const earlier = byPath.get(file.filename);
            byPath.delete(file.filename);
            // Keep an old path seen earlier: the file still counts at both paths.
            if (earlier?.previousFilename && !file.previousFilename) {
                byPath.set(file.filename, { ...file, previousFilename: earlier.previousFilename });
            }
            else
                byPath.set(file.filename, file);
        }
    }
    return [...byPath.values()];
}
async function collectChangeSet(request, deps) {
    const { api, git, log } = deps;
    const { base, head, pullRequest } = request;
    let baseSha = base;
    let headSha = head;
    let mergeBaseSha = '';
    /** Why each source tried so far did not give a whole list. */
    const gaps = [];
    /** The longest partial list seen, reported when nothing sees everything. */
    let partial = [];
    let partialSource = 'none';
    let apiUsable = true;
    const done = (files, source) => ({
        files,
        complete: true,
        source,
        baseSha,
        headSha,
        ...(mergeBaseSha !== '' ? { mergeBaseSha } : {}),
    });
    const keepPartial = (files, source) => {
        if (files.length >= partial.length) {
            partial = files;
            partialSource = source;
        }
    };
    const known = pullRequest?.changedFiles;
    const skipCompare = known !== undefined && known >= changeset_COMPARE_FILE_LIMIT;
    if (skipCompare) {
        log.info(`Pull request #${pullRequest?.number} changes ${known} files, more than the compare API lists; reading the pull-request files instead.`);
    }
    else {
        try {
            const result = await api.compare(base, head);
            baseSha = result.baseSha;
            headSha = result.headSha;
            mergeBaseSha = result.mergeBaseSha ?? '';
            if (!result.truncated)
                return done(result.files, 'compare');
            keepPartial(result.files, 'compare');
            gaps.push(`the compare API stopped at its limit of ${changeset_COMPARE_FILE_LIMIT} files`);
        }
        catch (err) {
            apiUsable = false;
            gaps.push(`the compare API failed: ${(0,format/* messageOf */.bD)(err)}`);
        }
    }
    if (pullRequest &&
        (apiUsable || skipCompare) &&
        (known === undefined || known <= changeset_PULL_FILES_LIMIT)) {
        try {
            const result = await api.pullRequestFiles(pullRequest.number);
            // That API lists the pull request as it is now: once its branch has been
            // pushed again, the list is of another commit than this run's head.
            const now = await api.pullRequestHead(pullRequest.number);
            // At exactly 3,000 files the list alone cannot tell a whole list from one
            // GitHub cut short: the count the pull request reports at that head can.
            const whole = result.complete || (result.ended && now.changedFiles === result.files.length);
            if (now.headSha !== headSha.toLowerCase()) {
                gaps.push(`pull request #${pullRequest.number} has moved on to ${now.headSha.slice(0, 7)}, so its files API no longer lists ${headSha.slice(0, 7)}`);
            }
            else if (whole) {
                return done(result.files, 'pull-files');
            }
            else {
                keepPartial(result.files, 'pull-files');
                gaps.push(`the pull-request files API stopped at its limit of ${changeset_PULL_FILES_LIMIT} files`);
            }
        }
        catch (err) {
            apiUsable = false;
            gaps.push(`the pull-request files API failed: ${(0,format/* messageOf */.bD)(err)}`);
        }
    }
    else if (pullRequest && known !== undefined && known > changeset_PULL_FILES_LIMIT) {
        gaps.push(`the pull request changes ${known} files, more than the ${changeset_PULL_FILES_LIMIT} the pull-request files API lists`);
    }
    if (git) {
        try {
            log.info('Listing the changed files with git in the checkout.');
            return done(await git.changedFiles(baseSha, headSha), 'git');
        }
        catch (err) {
            gaps.push(`git in the checkout failed: ${(0,format/* messageOf */.bD)(err)}`);
        }
    }
    else {
        gaps.push('there is no git checkout to list the change with');
    }
    if (apiUsable) {
        const viaCommits = await filesOfEachCommit(baseSha, headSha, deps);
        // The union of the commits is a superset of the change: it must hold every
        // file any other source already listed, or it is not to be trusted.
        const listed = new Set(viaCommits.files.map((f) => f.filename));
        const missing = partial.filter((f) => !listed.has(f.filename));
        if (viaCommits.complete && missing.length > 0) {
            viaCommits.complete = false;
            viaCommits.gap = `the files of its commits miss ${missing.length} of the files the API listed for the change`;
        }
        if (viaCommits.complete) {
            log.info(`Listed the change through the files of each of its commits (${viaCommits.commits} commits).`);
            return done(viaCommits.files, 'commits');
        }
        keepPartial(viaCommits.files, 'commits');
        gaps.push(viaCommits.gap);
    }
    return {
        files: partial,
        complete: false,
        source: partialSource,
        incompleteReason: gaps.join('; '),
        baseSha,
        headSha,
    };
}
/**
 * The files of base...head through the commits of the range. When head's first
 * parent is base (a merge-queue entry), head's own files are the change, exactly.
 * Otherwise, the union of the files each commit changed: a merge commit against
 * each of its parents, so that a change made while resolving a merge is seen
 * too. Any file that differs between the merge base and head lies on some path
 * of commits from head to the merge base, so the union holds it.
 */
async function filesOfEachCommit(base, head, deps) {
    const budget = deps.maxCommitRequests ?? 400;
    const lists = [];
    let range;
    try {
        range = await deps.api.commitsInRange(base, head);
    }
    catch (err) {
        return {
            files: [],
            complete: false,
            gap: `listing the commits failed: ${(0,format/* messageOf */.bD)(err)}`,
            commits: 0,
        };
    }
    if (range.commits.length === 0) {
        return { files: [], complete: false, gap: 'no commits were listed for the change', commits: 0 };
    }
    const needed = range.commits.reduce((n, c) => n + Math.max(1, c.parents.length), 0);
    // The head made on top of the base, as a merge queue makes its entries (a
    // merge commit, or one squashed commit): the commits API lists its files
    // against its first parent, the base itself, which is exactly the change.
    const top = range.commits.find((c) => c.sha.toLowerCase() === head.toLowerCase());
    if (top !== undefined && top.parents[0]?.toLowerCase() === base.toLowerCase()) {
        try {
            const result = await deps.api.commitFiles(top.sha);
            if (result.complete)
                return { files: result.files, complete: true, gap: '', commits: 1 };
            lists.push(result.files);
        }
        catch (err) {
            return {
                files: [],
                complete: false,
                gap: `reading the files of commit ${top.sha.slice(0, 7)} failed: ${(0,format/* messageOf */.bD)(err)}`,
                commits: range.commits.length,
            };
        }
        return {
            files: union(lists),
            complete: false,
            gap: `commit ${top.sha.slice(0, 7)} changes more files than the commits API lists`,
            commits: range.commits.length,
        };
    }
    if (!range.complete || needed > budget) {
        return {
            files: [],
            complete: false,
            gap: range.complete
                ? `reading each of its ${range.commits.length} commits would take ${needed} requests, more than the budget of ${budget}`
                : 'the list of its commits was cut short',
            commits: range.commits.length,
        };
    }
    try {
        for (const commit of range.commits) {
            if (commit.parents.length <= 1) {
                const result = await deps.api.commitFiles(commit.sha);
                lists.push(result.files);
                if (!result.complete) {
                    return {
                        files: union(lists),
                        complete: false,
                        gap: `commit ${commit.sha.slice(0, 7)} changes more files than the commits API lists`,
                        commits: range.commits.length,
                    };
                }
            }
            else {
                // Against its first parent through the commits API (up to 3,000 files);
                // against the others through compare, so that a change made while
                // resolving the merge is seen too.
                const first = await deps.api.commitFiles(commit.sha);
                lists.push(first.files);
                if (!first.complete) {
                    return {
                        files: union(lists),
                        complete: false,
                        gap: `merge commit ${commit.sha.slice(0, 7)} changes more files than the commits API lists`,
                        commits: range.commits.length,
                    };
                }
                for (const parent of commit.parents.slice(1)) {
                    const result = await deps.api.compare(parent, commit.sha);
                    lists.push(result.files);
                    if (result.truncated) {
                        return {
                            files: union(lists),
                            complete: false,
                            gap: `merge commit ${commit.sha.slice(0, 7)} changes more files than the compare API lists`,
                            commits: range.commits.length,
                        };
                    }
                }
            }
        }
    }
    catch (err) {
        return {
            files: union(lists),
            complete: false,
            gap: `reading the files of each commit failed: ${(0,format/* messageOf */.bD)(err)}`,
            commits: range.commits.length,
        };
    }
    return { files: union(lists), complete: true, gap: '', commits: range.commits.length };
}
/** How a file changed seen from the other side: from head to base instead of base to head. */
function reversed(file) {
    if (file.status === 'added')
        return { filename: file.filename, status: 'deleted' };
    if (file.status === 'deleted')
        return { filename: file.filename, status: 'added' };
    if (file.status === 'renamed' && file.previousFilename) {
        return { filename: file.previousFilename, status: 'renamed', previousFilename: file.filename };
    }
    return file;
}
/**
 * The change between the trees of base and head (`base..head`), through
 * three-dot comparisons only: base...head (what head added since the merge
 * base) and head...base (what base had since the merge base, which head
 * dropped), each listed as collectChangeSet lists a change. Every file that
 * differs between the two trees differs from the merge base in one of them, so
 * the union holds it (a superset: it can only train more). Complete only when
 * both halves are.
 */
async function collectTwoDotChangeSet(request, deps) {
    const ahead = await collectChangeSet(request, deps);
    const dropped = await collectChangeSet({ base: request.head, head: request.base }, deps);
    const files = union([dropped.files.map(reversed), ahead.files]);
    const gaps = [
        ...(ahead.complete ? [] : [`what the new head added: ${ahead.incompleteReason ?? ''}`]),
        ...(dropped.complete ? [] : [`what the old head had: ${dropped.incompleteReason ?? ''}`]),
    ];
    if (dropped.files.length > 0) {
        deps.log.info(`${dropped.files.length} files changed by commits the new head no longer has count as changed too.`);
    }
    return {
        files,
        complete: gaps.length === 0,
        source: ahead.source === 'none' ? dropped.source : ahead.source,
        ...(gaps.length > 0 ? { incompleteReason: gaps.join('; ') } : {}),
        baseSha: dropped.headSha || ahead.baseSha,
        headSha: ahead.headSha,
    };
}

;// CONCATENATED MODULE: ./src/git/errors.ts
/** The errors git answers with, in plain words. */
/** Git could not answer; the message says what failed, in plain words. */
class errors_GitError extends Error {
    constructor(message) {
        super(message);
        this.name = 'GitError';
    }
}
/** A ref given by the user names no commit in the repository. */
class errors_UnknownRefError extends errors_GitError {
    ref;
    constructor(ref, message) {
        super(message);
        this.name = 'UnknownRefError';
        this.ref = ref;
    }
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
;// CONCATENATED MODULE: ./src/git/runner.ts
/**
 * Starts git: the one place in the project that starts a process.
 *
 * git is started with an argument array, never through a shell, so no
 * argument is ever read as shell syntax. Its output is kept as the chunks
 * arrive and joined once when it ends: reading `-z` output of many megabytes
 * takes time in proportion to its size, not to its square.
 */



const DEFAULT_CLOSE_GRACE_MS = 10_000;
/** A runner that starts git with node:child_process. */
function createGitRunner(options = {}) {
    const executable = options.executable ?? 'git';
    const grace = options.closeGraceMs ?? DEFAULT_CLOSE_GRACE_MS;
    return {
        run: (args, runOptions) => runProcess(executable, args, runOptions, grace),
    };
}
/** Output kept as the chunks arrive and decoded once, at the end. */
class Output {
    chunks = [];
    size = 0;
    add(chunk) {
        this.chunks.push(chunk);
        this.size += chunk.length;
    }
    text() {
        return Buffer.concat(this.chunks, this.size).toString('utf8');
    }
}
function exitCodeOf(code, signal) {
    if (code !== null)
        return code;
    const number = signal === null ? undefined : external_node_os_.constants.signals[signal];
    return number === undefined ? 1 : 128 + number;
}
/** The error for a git that could not be started: not found (the usual case), or refused its arguments. */
function notStarted(reason, notFound = true) {
    const message = reason instanceof Error ? reason.message : String(reason);
    const hint = notFound ? ' (is it installed and on PATH?)' : '';
    return new errors_GitError(`git could not be started${hint}: ${message}`);
}
function runProcess(executable, args, options, grace) {
    return new Promise((resolve, reject) => {
        let child;
        try {
            child = (0,external_node_child_process_.spawn)(executable, [...args], {
                cwd: options.cwd,
                env: options.env,
                stdio: [options.input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
                shell: false,
                windowsHide: true,
            });
        }
        catch (err) {
            // Node refuses arguments it cannot pass to a process (a NUL byte, for one).
            reject(notStarted(err, false));
            return;
        }
        const stdout = new Output();
        const stderr = new Output();
        let settled = false;
        let timer;
        const finish = (code, signal) => {
            if (settled)
                return;
            settled = true;
            clearTimeout(timer);
            resolve({ exitCode: exitCodeOf(code, signal), stdout: stdout.text(), stderr: stderr.text() });
        };
        child.stdout?.on('data', (chunk) => {
            stdout.add(chunk);
            options.onStdout?.(chunk);
        });
        child.stderr?.on('data', (chunk) => stderr.add(chunk));
        child.on('error', (err) => {
            if (settled)
                return;
            settled = true;
            clearTimeout(timer);
            reject(notStarted(err));
        });
        child.on('exit', (code, signal) => {
            // The output normally ends with git; stop waiting for a process that inherited it.
            timer = setTimeout(() => {
                child.stdout?.destroy();
                child.stderr?.destroy();
                finish(code, signal);
            }, grace);
        });
        child.on('close', finish);
        if (child.stdin) {
            // git may exit without reading all of its input; its exit code tells what happened.
            child.stdin.on('error', () => { });
            child.stdin.end(options.input);
        }
    });
}

;// CONCATENATED MODULE: ./src/git/session.ts
/**
 * One call's git state: the environment every command runs with, the config
 * that keeps what git prints the same whatever the user's or the repository's
 * settings, the token, the secrets to keep out of messages, and the number of
 * fetches made.
 *
 * A token is handed to git only through environment variables, never on a
 * command line. A checkout owned by another user is marked safe for the
 * commands of the call only, nothing is written to the user's config.
 */





const DEFAULT_REMOTE = 'origin';
const DEFAULT_SERVER_URL = 'https://github.com';
const DEFAULT_MAX_FETCHES = 5;
const DUBIOUS_OWNERSHIP = /dubious ownership|unsafe repository/i;
/**
 * Config given to every git command so that no user or repository setting
 * changes what the commands print.
 */
const STABLE_CONFIG = [
    'core.quotePath=false',
    'color.ui=false',
    'diff.relative=false',
    'diff.ignoreSubmodules=none',
    'gc.auto=0',
    'maintenance.auto=false',
];
/**
 * Config given to every git command so that no setting of the repository (or
 * of the user) makes git run a program: the command line outranks every
 * config file. What git may start is git itself (upload-pack over the
 * transports below) and ssh.
 */
const NO_PROGRAMS_CONFIG = [
    'core.fsmonitor=false',
    'core.hooksPath=/dev/null',
    'core.sshCommand=ssh',
    'core.askPass=',
    'core.alternateRefsCommand=true',
    'core.editor=true',
    'core.pager=cat',
    'credential.helper=',
    'safe.bareRepository=explicit',
    'protocol.allow=never',
    'protocol.https.allow=always',
    'protocol.http.allow=always',
    'protocol.ssh.allow=always',
    'protocol.git.allow=always',
    'protocol.file.allow=always',
    'submodule.recurse=false',
    'fetch.recurseSubmodules=false',
];
/** `text` without any of `secrets` or credentials written into URLs. Pure. */
function redactSecrets(text, secrets) {
    let result = text.replace(/([a-z][a-z0-9+.-]*:\/\/)[^/@\s]+@/gi, '$1***@');
    for (const secret of secrets) {
        if (secret !== '')
            result = result.split(secret).join('***');
    }
    return result;
}
function parseVersion(text) {
    const m = /(\d+)\.(\d+)/.exec(text);
    return m ? { major: Number(m[1]), minor: Number(m[2]) } : undefined;
}
function atLeast(version, major, minor) {
    if (!version)
        return true;
    return version.major > major || (version.major === major && version.minor >= minor);
}
/** A value written in a git config file, quoted so that any character survives. */
function configValue(value) {
    const escaped = value
        .replace(/\\/g, '\\\\')
        .replace(/"/g, '\\"')
        .replace(/\n/g, '\\n')
        .replace(/\t/g, '\\t');
    return `"${escaped}"`;
}
/** A value for the older `GIT_CONFIG_PARAMETERS` form, single-quoted as git reads it. */
function shellQuote(value) {
    return `'${value.replace(/'/g, `'\\''`)}'`;
}
function envWithoutUndefined() {
    const env = {};
    for (const [key, value] of Object.entries(process.env)) {
        if (value !== undefined)
            env[key] = value;
    }
    return env;
}
/** The git version each runner reported, by PATH (null: not understood), asked once. */
const versions = new WeakMap();
let sharedRunner;
/** The runner sessions use unless given one: one per process. */
function defaultRunner() {
    sharedRunner ??= createGitRunner();
    return sharedRunner;
}
class session_Session {
    cwd;
    /** The remote missing commits are fetched from. */
    remote;
    log;
    runner;
    maxFetches;
    token;
    secrets = [];
    serverUrl;
    safeDirectories;
    env = {};
    version;
    /** A temporary global config file, for git versions that ignore safe.directory in the environment. */
    tempDir;
    fetches = 0;
    constructor(cwd, opts, safeDirectories, runner) {
        this.cwd = cwd;
        this.remote = opts.remote || DEFAULT_REMOTE;
        this.log = opts.log;
        this.maxFetches = opts.maxFetches ?? DEFAULT_MAX_FETCHES;
        this.token = opts.token || undefined;
        this.serverUrl = opts.serverUrl || DEFAULT_SERVER_URL;
        this.safeDirectories = safeDirectories;
        this.runner = runner;
    }
    /** A session in the checkout `opts.cwd`, its git version known; close it when done. */
    static async open(opts, runner = defaultRunner()) {
        let cwd;
        try {
            cwd = await (0,promises_.realpath)((0,external_node_path_.resolve)(opts.cwd));
        }
        catch {
            throw new errors_GitError(`The folder ${opts.cwd} does not exist, so it has no git checkout.`);
        }
        // Only the checkout itself is marked safe (for a checkout owned by another
        // user), never the folders above it, so git's ownership check stays on for them.
        const session = new session_Session(cwd, opts, [cwd], runner);
        await session.start();
        return session;
    }
    /** Runs `work` in a session that is closed after it, whether it succeeded or not. */
    static async with(opts, work, runner) {
        const session = await session_Session.open(opts, runner);
        try {
            return await work(session);
        }
        finally {
            await session.close();
        }
    }
    async start() {
        this.env = this.baseEnv();
        // The same git answers every session of a process: asked once per runner
        // and PATH.
        let known = versions.get(this.runner);
        if (known === undefined) {
            known = new Map();
            versions.set(this.runner, known);
        }
        const path = process.env.PATH ?? '';
        let version = known.get(path);
        if (version === undefined) {
            const out = await this.exec(['version']);
            version = parseVersion(out.stdout) ?? null;
            known.set(path, version);
        }
        this.version = version ?? undefined;
        if (this.token) {
            let origin;
            try {
                origin = new URL(this.serverUrl).origin;
            }
            catch {
                throw new errors_GitError(`The server URL ${JSON.stringify(this.serverUrl)} is not a URL.`);
            }
            const header = `AUTHORIZATION: basic ${Buffer.from(`x-access-token:${this.token}`).toString('base64')}`;
            this.secrets.push(this.token, header.slice('AUTHORIZATION: basic '.length));
            // An empty value first clears any header the checkout left in its
            // config, so the server never gets two Authorization headers.
            const key = `http.${origin}/.extraheader`;
            this.addConfig([
                [key, ''],
                [key, header],
            ]);
        }
        // safe.directory is honoured in the command scope (environment) from
        // git 2.38; older versions read it from global config only.
        if (atLeast(this.version, 2, 38)) {
            this.addConfig(this.safeDirectories.map((dir) => ['safe.directory', dir]));
        }
    }
    baseEnv() {
        const env = envWithoutUndefined();
        // Variables that would point git at other files or programs than the checkout's.
        for (const name of [
            'GIT_DIR',
            'GIT_WORK_TREE',
            'GIT_COMMON_DIR',
            'GIT_INDEX_FILE',
            'GIT_OBJECT_DIRECTORY',
            'GIT_ALTERNATE_OBJECT_DIRECTORIES',
            'GIT_EXTERNAL_DIFF',
            'GIT_EXEC_PATH',
            'GIT_PROXY_COMMAND',
            'GIT_SSH',
            'GIT_SSH_COMMAND',
            'GIT_CONFIG',
            'GIT_CONFIG_PARAMETERS',
            'GIT_CONFIG_COUNT',
            'GIT_ASKPASS',
            'SSH_ASKPASS',
        ]) {
            delete env[name];
        }
        return {
            ...env,
            GIT_CONFIG_NOSYSTEM: '1',
            GIT_PAGER: 'cat',
            GIT_TERMINAL_PROMPT: '0',
            GCM_INTERACTIVE: 'never',
            // A fetch that stalls (under 1 KB/s for a minute) is ended, not waited on.
            GIT_HTTP_LOW_SPEED_LIMIT: '1000',
            GIT_HTTP_LOW_SPEED_TIME: '60',
            GIT_OPTIONAL_LOCKS: '0',
            LC_ALL: 'C',
        };
    }
    /** Adds command-scope config through the environment, after any already there. */
    addConfig(entries) {
        if (entries.length === 0)
            return;
        if (atLeast(this.version, 2, 31)) {
            const existing = Number.parseInt(this.env.GIT_CONFIG_COUNT ?? '', 10);
            let count = Number.isInteger(existing) && existing > 0 ? existing : 0;
            for (const [key, value] of entries) {
                this.env[`GIT_CONFIG_KEY_${count}`] = key;
                this.env[`GIT_CONFIG_VALUE_${count}`] = value;
                count++;
            }
            this.env.GIT_CONFIG_COUNT = String(count);
        }
        else {
            const params = entries.map(([key, value]) => shellQuote(`${key}=${value}`));
            const existing = this.env.GIT_CONFIG_PARAMETERS;
            this.env.GIT_CONFIG_PARAMETERS = [...(existing ? [existing] : []), ...params].join(' ');
        }
    }
    /**
     * For git before 2.38: a temporary global config that includes the user's
     * own and adds safe.directory, used once git has refused the checkout.
     */
    async useGlobalSafeDirectory() {
        this.tempDir = await (0,promises_.mkdtemp)((0,external_node_path_.join)(process.env.RUNNER_TEMP || (0,external_node_os_.tmpdir)(), 'ml-change-gate-git-'));
        const home = process.env.HOME || (0,external_node_os_.homedir)();
        const xdg = process.env.XDG_CONFIG_HOME;
        const useConfigGlobal = atLeast(this.version, 2, 32);
        const includes = [];
        if (useConfigGlobal && process.env.GIT_CONFIG_GLOBAL) {
            includes.push(process.env.GIT_CONFIG_GLOBAL);
        }
        else {
            // With GIT_CONFIG_GLOBAL both global files are replaced; with HOME
            // only those found through HOME are.
            if (useConfigGlobal || !xdg)
                includes.push((0,external_node_path_.join)(xdg || (0,external_node_path_.join)(home, '.config'), 'git', 'config'));
            includes.push((0,external_node_path_.join)(home, '.gitconfig'));
        }
        const lines = [
            '[include]',
            ...includes.map((path) => `\tpath = ${configValue(path)}`),
            '[safe]',
            ...this.safeDirectories.map((dir) => `\tdirectory = ${configValue(dir)}`),
            '',
        ];
        const file = (0,external_node_path_.join)(this.tempDir, useConfigGlobal ? 'config' : '.gitconfig');
        await (0,promises_.writeFile)(file, lines.join('\n'), { mode: 0o600 });
        if (useConfigGlobal) {
            this.env.GIT_CONFIG_GLOBAL = file;
        }
        else {
            this.env.HOME = this.tempDir;
            delete this.env.GIT_CONFIG_GLOBAL;
        }
    }
    async close() {
        if (this.tempDir)
            await (0,promises_.rm)(this.tempDir, { recursive: true, force: true });
        this.tempDir = undefined;
    }
    async exec(args, extra = {}) {
        const full = [...[...STABLE_CONFIG, ...NO_PROGRAMS_CONFIG].flatMap((c) => ['-c', c]), ...args];
        this.log?.debug(`git ${args.join(' ')}`);
        try {
            return await this.runner.run(full, { cwd: this.cwd, env: this.env, ...extra });
        }
        catch (err) {
            // The runner's error says that git could not be started, and why.
            throw new errors_GitError(this.redact(err instanceof Error ? err.message : String(err)));
        }
    }
    /** Runs git; the caller checks the exit code. */
    async run(args, extra = {}) {
        const out = await this.exec(args, extra);
        if (out.exitCode !== 0 && !this.tempDir && DUBIOUS_OWNERSHIP.test(out.stderr)) {
            this.log?.debug('git refused the checkout as owned by another user; marking it safe.');
            await this.useGlobalSafeDirectory();
            return this.exec(args, extra);
        }
        return out;
    }
    /** Runs git and fails with `what` when it fails; its standard output. */
    async must(args, what) {
        const out = await this.run(args);
        if (out.exitCode !== 0)
            throw this.error(what, out);
        return out.stdout;
    }
    /** Whether the git in use is at least `major.minor` (true when its version is unknown). */
    supports(major, minor) {
        return atLeast(this.version, major, minor);
    }
    redact(text) {
        return redactSecrets(text, this.secrets);
    }
    /** A GitError saying `what` failed, with the end of what git said (secrets removed). */
    error(what, out) {
        let detail = '';
        if (out) {
            const said = out.stderr.trim().split('\n').slice(-6).join(' ').slice(0, 1000);
            if (said)
                detail = ` (git said: ${said})`;
        }
        return new errors_GitError(this.redact(`${what}${detail}`));
    }
    /** The commits whose parents a shallow checkout lacks; empty when it has all history. */
    async shallowCommits() {
        const path = (await this.must(['rev-parse', '--git-path', 'shallow'], 'git could not locate its own files.')).trim();
        let text;
        try {
            text = await (0,promises_.readFile)((0,external_node_path_.resolve)(this.cwd, path), 'utf8');
        }
        catch {
            return new Set();
        }
        return new Set(text.split('\n').filter((line) => line !== ''));
    }
    /** How many fetches this session has made. */
    get fetchCount() {
        return this.fetches;
    }
    /** One `git fetch` from the remote, counted against the limit. */
    async fetch(options, refs, why) {
        if (this.fetches >= this.maxFetches) {
            throw new errors_GitError(`${why}, and the limit of ${this.maxFetches} fetches from ${this.remote} was reached. ` +
                'Check out with full history (actions/checkout with fetch-depth: 0) to avoid fetching.');
        }
        this.fetches++;
        return this.run([
            'fetch',
            // The command line outranks remote.<name>.uploadpack, of which git uses the first one set.
            '--upload-pack=git-upload-pack',
            '--no-tags',
            '--no-recurse-submodules',
            '--quiet',
            ...options,
            this.remote,
            ...refs,
        ]);
    }
}

;// CONCATENATED MODULE: ./src/git/parse.ts

const STATUS_BY_LETTER = {
    A: 'added',
    M: 'modified',
    D: 'deleted',
    R: 'renamed',
    C: 'copied',
    T: 'changed',
};
/**
 * Parses `git diff --name-status -z` output. Pure.
 *
 * Each entry is a status followed by one path, or for renames and copies
 * (`R100`, `C075`) by the old and the new path; every field ends with NUL.
 * Statuses git does not print for a diff of two commits (unmerged `U`,
 * unknown `X`, broken `B`) are reported as `modified`, so a file is never
 * dropped.
 */
function parseNameStatusZ(output) {
    if (output === '')
        return [];
    if (!output.endsWith('\0')) {
        throw new errors_GitError('git diff printed a change list that does not end where expected.');
    }
    const fields = output.slice(0, -1).split('\0');
    const files = [];
    let i = 0;
    while (i < fields.length) {
        const status = fields[i++] ?? '';
        const letter = status.charAt(0);
        if (!/^[A-Z][0-9]{0,3}$/.test(status)) {
            throw new errors_GitError(`git diff printed an unexpected status ${JSON.stringify(status)} in its change list.`);
        }
        const [file, next] = readEntry(fields, i, letter, 'git diff', '');
        files.push(file);
        i = next;
    }
    return files;
}
/**
 * One change entry of `-z --name-status` output whose status letter is
 * `letter`, its paths starting at fields[i]: a rename or copy has the old and
 * the new path, anything else one path. Returns the file and where the next
 * entry starts; `where` ends the error messages (` in commit …`).
 */
function readEntry(fields, i, letter, tool, where) {
    if (letter === 'R' || letter === 'C') {
        const from = fields[i];
        const to = fields[i + 1];
        if (from === undefined || to === undefined || from === '' || to === '') {
            throw new errors_GitError(`${tool} printed a ${letter} entry without both of its paths${where}.`);
        }
        const status = letter === 'R' ? 'renamed' : 'copied';
        return [{ filename: to, status, previousFilename: from }, i + 2];
    }
    const path = fields[i];
    if (path === undefined || path === '') {
        throw new errors_GitError(`${tool} printed a ${letter} entry without a path${where}.`);
    }
    return [{ filename: path, status: STATUS_BY_LETTER[letter] ?? 'modified' }, i + 1];
}
/**
 * The `--format` the history is read with: a start-of-commit byte, then the
 * SHA, the parents, the committer date, the subject and the body, each ending
 * in NUL.
 */
const parse_FIRST_PARENT_LOG_FORMAT = '%x01%H%x00%P%x00%cI%x00%s%x00%b';
// The start-of-commit byte the format prints.
// eslint-disable-next-line no-control-regex
const LOG_HEADER = /^\n?\x01([0-9a-f]{40}|[0-9a-f]{64})$/;
const LOG_PARENTS = /^(?:[0-9a-f]{40}|[0-9a-f]{64})(?: (?:[0-9a-f]{40}|[0-9a-f]{64}))*$/;
const LOG_STATUS = /^\n?([A-Z])[0-9]{0,3}$/;
/**
 * Parses `git log -z --name-status --format=FIRST_PARENT_LOG_FORMAT` output.
 * Pure.
 *
 * With `-z` every field ends in NUL, and a commit's change list follows its
 * subject (the first status after a newline). Fields are read by position:
 * each status is followed by exactly one path, or two for a rename or copy,
 * so a file name may hold any character, the start-of-commit byte and
 * newlines included. Statuses a diff of two commits never prints are read as
 * `modified`, so a file is never dropped.
 */
function parse_parseFirstParentLog(output) {
    if (output === '')
        return [];
    if (!output.endsWith('\0')) {
        throw new GitError('git log printed a history that does not end where expected.');
    }
    const fields = output.slice(0, -1).split('\0');
    const commits = [];
    let i = 0;
    while (i < fields.length) {
        const header = fields[i++] ?? '';
        const sha = LOG_HEADER.exec(header)?.[1];
        if (sha === undefined) {
            throw new GitError(`git log printed ${JSON.stringify(header.slice(0, 80))} where a commit was expected.`);
        }
        const parents = fields[i++];
        const date = fields[i++];
        const subject = fields[i++];
        const body = fields[i++];
        if (parents === undefined ||
            date === undefined ||
            subject === undefined ||
            body === undefined) {
            throw new GitError(`git log printed commit ${sha} without its parents, date, subject and body.`);
        }
        if (parents !== '' && !LOG_PARENTS.test(parents)) {
            throw new GitError(`git log printed unexpected parents for commit ${sha}.`);
        }
        if (!/^\d{4}-\d\d-\d\dT/.test(date)) {
            throw new GitError(`git log printed an unexpected date for commit ${sha}.`);
        }
        const files = [];
        while (i < fields.length) {
            const status = fields[i] ?? '';
            if (LOG_HEADER.test(status))
                break;
            const letter = LOG_STATUS.exec(status)?.[1];
            if (letter === undefined) {
                throw new GitError(`git log printed an unexpected status ${JSON.stringify(status.slice(0, 20))} in the change list of commit ${sha}.`);
            }
            const [file, next] = readEntry(fields, i + 1, letter, 'git log', ` in commit ${sha}`);
            files.push(file);
            i = next;
        }
        commits.push({
            sha,
            parents: parents === '' ? [] : parents.split(' '),
            date,
            subject,
            description: body
                .split('\n')
                .find((line) => line.trim() !== '')
                ?.trim() ?? '',
            files,
        });
    }
    return commits;
}

;// CONCATENATED MODULE: ./src/git/refs.ts
/** Refs as the user gives them: checked before git sees them, and named in messages. */

/** A full commit SHA (SHA-1 or SHA-256). */
const FULL_SHA = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/i;
/** Refuses a ref git could read as an option, a range or a path. */
function refs_checkRef(ref, role) {
    // Never let a ref be read as an option, a range or a path.
    // eslint-disable-next-line no-control-regex
    if (ref === '' || ref.startsWith('-') || ref.includes('..') || /[\s:\x00-\x1f\x7f]/.test(ref)) {
        throw new errors_GitError(`The ${role} ref ${JSON.stringify(ref)} is not a commit SHA, branch or tag name git can use.`);
    }
}
/** `ref` for a message, with the commit it names when that is not the ref itself. */
function describeRef(ref, sha) {
    if (!sha || sha === ref)
        return ref;
    return `${ref} (${sha.slice(0, 12)})`;
}

;// CONCATENATED MODULE: ./src/git/diff.ts




/** History fetched with a commit that is missing from a shallow checkout. */
const FIRST_DEPTH = 50;
/** Further history fetched, step by step, before fetching all of it. */
const DEEPEN_STEPS = [200, 1000];
/**
 * The files changed between the merge base of `base` and `head`, and `head`
 * (what `git diff base...head` shows), with renames detected. Missing commits
 * are fetched from the remote.
 */
async function changedFiles(opts, base, head) {
    return (await diffCommits(opts, base, head)).files;
}
/** As `changedFiles`, with the commits that were compared. */
async function diffCommits(opts, base, head) {
    return session_Session.with(opts, async (session) => {
        const [baseSha, headSha] = (await resolveRefs(session, [
            { ref: base, role: 'base' },
            { ref: head, role: 'head' },
        ], FIRST_DEPTH));
        const mergeBases = await findMergeBases(session, baseSha, headSha, base, head);
        // One merge base (the usual case): git lists each change once.
        if (mergeBases.length === 1) {
            const files = await listChanges(session, mergeBases[0], headSha);
            return { files, baseSha, headSha, mergeBases };
        }
        const seen = new Set();
        const files = [];
        for (const mergeBase of mergeBases) {
            for (const file of await listChanges(session, mergeBase, headSha)) {
                const key = `${file.status}\0${file.filename}\0${file.previousFilename ?? ''}`;
                if (!seen.has(key)) {
                    seen.add(key);
                    files.push(file);
                }
            }
        }
        return { files, baseSha, headSha, mergeBases };
    });
}
/**
 * The commit SHA `ref` (a SHA, branch or tag) names, fetching it from the
 * remote when the checkout lacks it, with `depth` commits of history when the
 * checkout is shallow.
 */
async function diff_resolveRef(session, ref, role, depth) {
    const [sha] = await resolveRefs(session, [{ ref, role }], depth);
    return sha;
}
/** The commit `ref` names in the checkout, if it has it. */
async function resolveLocal(session, ref) {
    const candidates = [ref];
    if (!FULL_SHA.test(ref) && !ref.startsWith('refs/')) {
        candidates.push(`refs/remotes/${session.remote}/${ref}`);
    }
    for (const candidate of candidates) {
        const out = await session.run(['rev-parse', '--verify', '--quiet', `${candidate}^{commit}`]);
        if (out.exitCode === 0)
            return out.stdout.trim();
    }
    return undefined;
}
/**
 * Resolves refs (SHAs, branch or tag names) to commit SHAs, fetching the
 * ones the checkout lacks from the remote. `depth` limits the history
 * fetched with them when the checkout is shallow.
 */
async function resolveRefs(session, items, depth) {
    for (const { ref, role } of items)
        refs_checkRef(ref, role);
    const shas = [];
    for (const { ref } of items)
        shas.push(await resolveLocal(session, ref));
    const missing = items.filter((_, i) => shas[i] === undefined);
    if (missing.length === 0)
        return shas;
    const shallow = await session.shallowCommits();
    const depthOptions = shallow.size > 0 ? [`--depth=${depth}`] : [];
    const depthNote = depthOptions.length > 0 ? ` (${depth} commits of history)` : '';
    // Missing SHAs are fetched together, by SHA.
    const missingShas = missing.filter((item) => FULL_SHA.test(item.ref));
    if (missingShas.length > 0) {
        // A commit the checkout has without its parents gets the same history
        // in the same fetch: the merge base is usually within reach of both.
        const cutShort = depth > 1 ? shas.filter((sha) => sha !== undefined && shallow.has(sha)) : [];
        await fetchShas(session, missingShas, cutShort, depthOptions, depthNote);
    }
    for (let i = 0; i < items.length; i++) {
        const item = items[i];
        if (item === undefined || shas[i] !== undefined)
            continue;
        if (FULL_SHA.test(item.ref)) {
            const sha = await resolveLocal(session, item.ref);
            if (sha === undefined) {
                throw new errors_GitError(`The ${item.role} commit ${item.ref} was fetched from ${session.remote} but is not a commit.`);
            }
            shas[i] = sha;
            continue;
        }
        shas[i] = await fetchNamed(session, item, depthOptions, depthNote);
    }
    return shas;
}
/** Fetches the missing commits `items` name by SHA, in one fetch with the `cutShort` commits. */
async function fetchShas(session, items, cutShort, depthOptions, depthNote) {
    const named = items.map((item) => `${item.role} commit ${item.ref}`).join(' and the ');
    const why = `The checkout lacks the ${named}`;
    session.log?.info(`Fetching the ${named} from ${session.remote}${depthNote}.`);
    const refs = [...new Set([...items.map((item) => item.ref.toLowerCase()), ...cutShort])];
    const out = await session.fetch(depthOptions, refs, why);
    if (out.exitCode !== 0) {
        throw session.error(`${why}, and fetching it from ${session.remote} failed: it may have been force-pushed away ` +
            'or deleted, may never have existed, or the checkout may have no access to the remote.', out);
    }
}
/** Fetches a branch or tag name the checkout lacks; the commit the remote resolves it to. */
async function fetchNamed(session, item, depthOptions, depthNote) {
    // The remote resolves the name as a branch or tag; the commit lands in FETCH_HEAD.
    const why = `The checkout has no ${item.role} branch or tag ${JSON.stringify(item.ref)}`;
    session.log?.info(`Fetching the ${item.role} ${item.ref} from ${session.remote}${depthNote}.`);
    const out = await session.fetch(depthOptions, [item.ref], why);
    if (out.exitCode !== 0) {
        throw session.error(`${why}, and fetching it from ${session.remote} failed: there is no branch or tag of that ` +
            'name there (an abbreviated SHA cannot be fetched; give the full SHA).', out);
    }
    const fetched = await session.run(['rev-parse', '--verify', '--quiet', 'FETCH_HEAD^{commit}']);
    if (fetched.exitCode !== 0) {
        throw new errors_GitError(`The ${item.role} branch or tag ${item.ref} on ${session.remote} does not name a commit.`);
    }
    return fetched.stdout.trim();
}
async function mergeBasesInCheckout(session, baseSha, headSha) {
    const out = await session.run(['merge-base', '--all', baseSha, headSha]);
    if (out.exitCode === 1 && out.stdout.trim() === '')
        return [];
    if (out.exitCode !== 0) {
        throw session.error(`git could not compute the merge base of ${baseSha} and ${headSha}.`, out);
    }
    return out.stdout.split('\n').filter((line) => line !== '');
}
/**
 * In a shallow checkout a merge base is only certain when no commit between
 * it and the tips has its parents cut off: otherwise the real merge base may
 * be hidden behind the cut, and an older common ancestor found instead.
 */
async function historyComplete(session, tips, mergeBases, shallow) {
    const out = await session.must(['rev-list', ...tips, '--not', ...mergeBases], 'git could not list the commits between the merge base and the compared commits.');
    return !out.split('\n').some((sha) => sha !== '' && shallow.has(sha));
}
/**
 * The merge bases of two commits the checkout has, deepening a shallow
 * checkout's history step by step until they are certain.
 */
async function findMergeBases(session, baseSha, headSha, base, head) {
    const pair = `the base ${describeRef(base, baseSha)} and the head ${describeRef(head, headSha)}`;
    for (let step = 0;; step++) {
        const mergeBases = await mergeBasesInCheckout(session, baseSha, headSha);
        const shallow = await session.shallowCommits();
        if (shallow.size === 0) {
            if (mergeBases.length > 0)
                return mergeBases;
            throw new errors_GitError(`${pair} have no common history, so there is no merge base to compare from.`);
        }
        if (mergeBases.length > 0 &&
            (await historyComplete(session, [baseSha, headSha], mergeBases, shallow))) {
            return mergeBases;
        }
        const deepen = DEEPEN_STEPS[step];
        if (deepen === undefined && step > DEEPEN_STEPS.length) {
            // All history of both commits was fetched and the answer is still open.
            if (mergeBases.length > 0)
                return mergeBases;
            throw new errors_GitError(`${pair} have no common history, so there is no merge base to compare from.`);
        }
        const why = `The shallow checkout's history is too short to find where ${pair} diverge` +
            (session.fetchCount > 0 ? ' after fetching more of it' : '');
        session.log?.info(deepen === undefined
            ? `Fetching the whole history of both commits from ${session.remote} to find where they diverge.`
            : `Fetching ${deepen} more commits of history from ${session.remote} to find where the base and head diverge.`);
        const options = deepen === undefined ? ['--unshallow'] : [`--deepen=${deepen}`];
        const out = await session.fetch(options, [baseSha, headSha], why);
        if (out.exitCode !== 0) {
            throw session.error(`${why}, and fetching more of it from ${session.remote} failed.`, out);
        }
    }
}
/** The files changed from `from` to `to`, with renames detected. */
async function listChanges(session, from, to) {
    const out = await session.run([
        'diff',
        '--name-status',
        '-z',
        '-M',
        '--no-ext-diff',
        '--no-textconv',
        '--no-color',
        '--ignore-submodules=none',
        from,
        to,
        '--',
    ]);
    if (out.exitCode !== 0) {
        throw session.error(`git could not list the files changed from ${from} to ${to}.`, out);
    }
    if (/rename detection was skipped/i.test(out.stderr)) {
        session.log?.info('Too many files changed for git to look for renames by content: a moved and edited file is listed as deleted and added.');
    }
    return parseNameStatusZ(out.stdout);
}

;// CONCATENATED MODULE: ./src/git/history.ts
/**
 * The history reader of the command line: a branch's first-parent history
 * with the files each commit changed, read by one `git log`; and the
 * repositories the demo builds from a `git fast-import` stream.
 */




/** The `git log` arguments that print the first-parent history of `tip` in FIRST_PARENT_LOG_FORMAT. */
function logArgs(session, tip, request) {
    const { maxCount, since } = request;
    const args = [
        'log',
        '--first-parent',
        // Merges diffed against their first parent only (before git 2.31: -m with --first-parent).
        session.supports(2, 31) ? '--diff-merges=first-parent' : '-m',
        '--root',
        '-z',
        '-M',
        '--name-status',
        '--no-ext-diff',
        '--no-textconv',
        '--no-color',
        '--no-show-signature',
        '--ignore-submodules=none',
        `--format=${FIRST_PARENT_LOG_FORMAT}`,
    ];
    if (maxCount !== undefined)
        args.push(`--max-count=${maxCount}`);
    if (since !== undefined)
        args.push(`--since=${since.toISOString().replace(/\.\d+Z$/, 'Z')}`);
    args.push(tip, '--');
    return args;
}
/** A listener that counts the commits in the output as it arrives (each starts with byte 1). */
function progressCounter(onProgress) {
    let read = 0;
    return (chunk) => {
        for (let at = chunk.indexOf(1); at !== -1; at = chunk.indexOf(1, at + 1))
            read++;
        onProgress(read);
    };
}
/**
 * The first-parent history of `ref`, each commit with the files it changed
 * from its first parent (renames detected), read by one `git log` process
 * however long the window.
 */
async function readFirstParentLog(opts, request) {
    const { ref, onProgress } = request;
    checkRef(ref, 'branch');
    return Session.with(opts, async (session) => {
        const resolved = await session.run(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]);
        if (resolved.exitCode !== 0) {
            throw new UnknownRefError(ref, `${JSON.stringify(ref)} names no branch, tag or commit in this repository.`);
        }
        const tip = resolved.stdout.trim();
        const extra = onProgress === undefined ? {} : { onStdout: progressCounter(onProgress) };
        const out = await session.run(logArgs(session, tip, request), extra);
        if (out.exitCode !== 0) {
            throw session.error(`git could not read the history of ${ref}.`, out);
        }
        const commits = parseFirstParentLog(out.stdout);
        const boundary = await session.shallowCommits();
        const cut = commits.findIndex((commit) => boundary.has(commit.sha));
        return {
            tip,
            commits: cut === -1 ? commits : commits.slice(0, cut),
            shallow: cut !== -1,
            renamesSkipped: /rename detection was skipped/i.test(out.stderr),
        };
    });
}
/**
 * Makes `dir` (an existing, empty folder) a repository whose history is the
 * `git fast-import` stream given, with `branch` checked out.
 */
async function importRepository(dir, branch, stream) {
    checkRef(branch, 'branch');
    await Session.with({ cwd: dir }, async (session) => {
        const steps = [
            [['init', '--quiet'], `git could not create a repository in ${dir}.`, {}],
            [['symbolic-ref', 'HEAD', `refs/heads/${branch}`], 'git could not name the branch.', {}],
            [
                ['fast-import', '--quiet', '--done'],
                'git could not import the history.',
                { input: stream },
            ],
            [['reset', '--quiet', '--hard'], 'git could not check out the imported branch.', {}],
        ];
        for (const [args, what, extra] of steps) {
            const out = await session.run(args, extra);
            if (out.exitCode !== 0)
                throw session.error(what, out);
        }
    });
}

;// CONCATENATED MODULE: ./src/git/local.ts
/**
 * The repository as it is: whether a folder is a checkout, the commits refs
 * name, file contents at a commit, the default and current branch, and the
 * GitHub repository the remote points at.
 */




/** The top level of the work tree `dir` is in (its real path), or undefined when it is in none. */
async function workTreeTop(dir) {
    let session;
    try {
        session = await session_Session.open({ cwd: dir });
    }
    catch {
        return undefined;
    }
    try {
        const out = await session.run(['rev-parse', '--show-toplevel']);
        const top = out.stdout.trim();
        return out.exitCode === 0 && top !== '' ? await (0,promises_.realpath)(top) : undefined;
    }
    catch {
        return undefined;
    }
    finally {
        await session.close();
    }
}
/** True when `dir` is in a git work tree that git accepts (a checkout owned by another user included). */
async function isGitCheckout(dir) {
    return (await workTreeTop(dir)) !== undefined;
}
/**
 * The commit `ref` names in the repository as it is, without fetching;
 * undefined when it names none. Refs that look like options, ranges or paths
 * are refused with a GitError.
 */
async function resolveLocalCommit(opts, ref) {
    checkRef(ref, 'requested');
    return Session.with(opts, async (session) => {
        const out = await session.run(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]);
        return out.exitCode === 0 ? out.stdout.trim() : undefined;
    });
}
/** The commit SHA `ref` (a SHA, branch or tag) names, fetching it from the remote when missing. */
async function resolveCommit(opts, ref) {
    return Session.with(opts, (session) => resolveRef(session, ref, 'requested', 1));
}
/** The content of `path` (repository-relative) at commit `ref`, as `git show ref:path`. */
async function fileAt(opts, ref, path) {
    return session_Session.with(opts, async (session) => {
        const sha = await diff_resolveRef(session, ref, 'requested', 1);
        // `rev:./x` would be read relative to cwd; paths here are repository-relative.
        const relative = path.replace(/^(?:\.\/|\/)+/, '');
        const out = await session.run(['cat-file', 'blob', `${sha}:${relative}`]);
        if (out.exitCode !== 0) {
            throw session.error(`${path} could not be read at ${describeRef(ref, sha)}: it does not exist there, or is not a file.`, out);
        }
        return out.stdout;
    });
}
/**
 * The branch pull requests merge into, as a ref this repository has: what
 * `<remote>/HEAD` points at, else `<remote>/main`, `<remote>/master`, `main`
 * or `master`; undefined when there is none of these.
 */
async function local_defaultBranch(opts) {
    return Session.with(opts, async (session) => {
        const remote = session.remote;
        const head = await session.run(['symbolic-ref', '--quiet', `refs/remotes/${remote}/HEAD`]);
        const target = head.stdout.trim();
        if (head.exitCode === 0 && target.startsWith('refs/remotes/')) {
            const verified = await session.run([
                'rev-parse',
                '--verify',
                '--quiet',
                `${target}^{commit}`,
            ]);
            if (verified.exitCode === 0)
                return target.slice('refs/remotes/'.length);
        }
        const candidates = [
            [`refs/remotes/${remote}/main`, `${remote}/main`],
            [`refs/remotes/${remote}/master`, `${remote}/master`],
            ['refs/heads/main', 'main'],
            ['refs/heads/master', 'master'],
        ];
        for (const [full, short] of candidates) {
            const out = await session.run(['rev-parse', '--verify', '--quiet', `${full}^{commit}`]);
            if (out.exitCode === 0)
                return short;
        }
        return undefined;
    });
}
/** The name of the branch checked out, or undefined when HEAD is detached. */
async function currentBranch(opts) {
    return Session.with(opts, async (session) => {
        const out = await session.run(['symbolic-ref', '--quiet', '--short', 'HEAD']);
        const name = out.stdout.trim();
        return out.exitCode === 0 && name !== '' ? name : undefined;
    });
}
/**
 * The server, owner and repository of a remote URL in any of the forms git
 * accepts for GitHub (`https://host/owner/repo.git`, `git@host:owner/repo.git`,
 * `ssh://git@host/owner/repo`); undefined for anything else. Pure.
 */
function parseRemoteUrl(url) {
    const text = url.trim();
    const name = '([A-Za-z0-9_.-]+)';
    const path = `${name}/${name}?`;
    const forms = [
        new RegExp(`^https?://(?:[^@/\\s]+@)?([A-Za-z0-9.-]+(?::\\d+)?)/${path}(?:\\.git)?/?$`),
        new RegExp(`^ssh://(?:[^@/\\s]+@)?([A-Za-z0-9.-]+)(?::\\d+)?/${path}(?:\\.git)?/?$`),
        new RegExp(`^(?:[^@/\\s]+@)?([A-Za-z0-9.-]+):${path}(?:\\.git)?/?$`),
    ];
    for (const form of forms) {
        const m = form.exec(text);
        const [, host, owner, repo] = m ?? [];
        if (host === undefined || owner === undefined || repo === undefined)
            continue;
        const bare = repo.replace(/\.git$/, '');
        if (bare === '' || owner === '.' || owner === '..' || bare === '.' || bare === '..')
            continue;
        return { serverUrl: `https://${host}`, owner, repo: bare };
    }
    return undefined;
}
/** The GitHub repository the remote points at, when its URL is one. */
async function remoteRepository(opts) {
    return Session.with(opts, async (session) => {
        const out = await session.run(['config', '--get', `remote.${session.remote}.url`]);
        return out.exitCode === 0 ? parseRemoteUrl(out.stdout) : undefined;
    });
}

;// CONCATENATED MODULE: ./src/git/tree.ts
/**
 * A commit's files, read from git for the dependency analysis: the list of
 * files with their blob ids (`git ls-tree`), and contents read on demand,
 * the files asked for at the same time in one `git cat-file --batch`.
 */



/**
 * Parses `git ls-tree -r -z` output: blobs only (no submodules, no symbolic
 * links). Each record is `mode type id<TAB>path`; read in one pass by position,
 * so that a tree of 100,000 files costs no array per file.
 */
function parseTree(output) {
    const blobs = new Map();
    for (let at = 0; at < output.length;) {
        const nul = output.indexOf('\0', at);
        const end = nul < 0 ? output.length : nul;
        if (end > at) {
            const tab = output.indexOf('\t', at);
            const typeAt = output.indexOf(' ', at) + 1;
            const idAt = typeAt > 0 ? output.indexOf(' ', typeAt) + 1 : 0;
            if (tab < 0 || tab > end || typeAt === 0 || idAt === 0 || idAt > tab) {
                throw new errors_GitError(`git ls-tree printed ${JSON.stringify(output.slice(at, at + 80))}.`);
            }
            const blob = idAt - typeAt === 5 && output.startsWith('blob', typeAt);
            const link = typeAt - at === 7 && output.startsWith('120000', at);
            if (blob && !link)
                blobs.set(output.slice(tab + 1, end), output.slice(idAt, tab));
        }
        at = end + 1;
    }
    return blobs;
}
/** Splits `git cat-file --batch` output into each object's content, by id. */
function parseBatch(output) {
    const objects = new Map();
    let at = 0;
    while (at < output.length) {
        const end = output.indexOf(10, at);
        if (end < 0)
            break;
        const header = output.subarray(at, end).toString('utf8');
        const [id, type, size] = header.split(' ');
        if (type === 'missing' || id === undefined) {
            at = end + 1;
            continue;
        }
        const length = Number(size);
        if (!Number.isSafeInteger(length)) {
            throw new errors_GitError(`git cat-file printed ${JSON.stringify(header.slice(0, 80))}.`);
        }
        objects.set(id, output.subarray(end + 1, end + 1 + length));
        at = end + 1 + length + 1;
    }
    return objects;
}
function withSession(source, work) {
    return source instanceof session_Session ? work(source) : session_Session.with(source, work);
}
/** Runs `work` with one session for all the snapshots it reads; closed after it. */
function withTreeSession(opts, work) {
    return session_Session.with(opts, work);
}
/** Reads blobs in one git process. */
async function readBlobs(source, ids) {
    return withSession(source, async (session) => {
        const chunks = [];
        const out = await session.run(['cat-file', '--batch'], {
            input: Buffer.from(`${ids.join('\n')}\n`),
            onStdout: (chunk) => chunks.push(chunk),
        });
        if (out.exitCode !== 0)
            throw session.error('git could not read the files.', out);
        return parseBatch(Buffer.concat(chunks));
    });
}
/**
 * The files of commit `ref`, their text read as the analysis asks for it;
 * `texts` shares what was read with other snapshots (a history's commits
 * mostly hold the same blobs). `known`: `ref` is the full id of a commit
 * the repository is known to have (from its own log), so it is not resolved.
 */
async function snapshotAt(source, ref, texts = new Map(), known = false) {
    const { commit, blobs } = await withSession(source, async (session) => {
        const sha = known ? ref : await diff_resolveRef(session, ref, 'requested', 1);
        const out = await session.run(['ls-tree', '-r', '-z', '--full-tree', sha]);
        if (out.exitCode !== 0)
            throw session.error(`git could not list the files of ${sha}.`, out);
        return { commit: sha, blobs: parseTree(out.stdout) };
    });
    let pending = [];
    const flush = () => {
        const batch = pending;
        pending = [];
        readBlobs(source, batch.map((p) => p.id)).then((objects) => {
            for (const p of batch)
                p.resolve(objects.get(p.id)?.toString('utf8'));
        }, (err) => {
            for (const p of batch)
                p.fail(err);
        });
    };
    return {
        commit,
        files: [...blobs.keys()],
        contentKey: (path) => blobs.get(path),
        read: (path) => {
            const id = blobs.get(path);
            if (id === undefined)
                return Promise.resolve(undefined);
            let text = texts.get(id);
            if (text === undefined) {
                // Files asked for in the same turn are read together.
                text = new Promise((resolve, fail) => {
                    if (pending.length === 0)
                        setImmediate(flush);
                    pending.push({ id, resolve, fail });
                });
                texts.set(id, text);
            }
            return text;
        },
    };
}

;// CONCATENATED MODULE: ./src/git/index.ts
/**
 * git in the workflow's checkout or a local repository: the files a change
 * touched (the action's diff engine), a branch's history (the command line's
 * history reader), and what a repository's refs and remote name.
 *
 *   runner    starts git (the only place that does), collects its output
 *   session   one call's environment, config, token, safe.directory, fetches
 *   parse     the pure parsers of git's -z output
 *   diff      changed files between two commits, fetching what a shallow checkout lacks
 *   history   the first-parent history, and repositories built from fast-import streams
 *   local     checkouts, refs, file contents, branches and the remote
 *   tree      a commit's files and their contents on demand, for the dependency analysis
 */








;// CONCATENATED MODULE: ./src/action/checkout.ts
/**
 * The workflow's git checkout, if it has one: the folder of the
 * working-directory input, or the workspace. git is used only when that
 * folder is itself the top level of a work tree (it holds the `.git` that
 * actions/checkout made): never in a folder inside one, which a pull request
 * may fill with git's own files (HEAD, config, objects/, refs/) so that git
 * takes it for a repository and runs what its config says.
 */




/** How git is run in the checkout: its folder, and the token and server to fetch with. */
function checkoutGit(checkout, request) {
    return {
        cwd: checkout.dir,
        token: request.token,
        serverUrl: request.serverUrl,
        log: request.log,
    };
}
async function findCheckout(workingDirectory, workspace, log) {
    const dir = workingDirectory
        ? (0,external_node_path_.isAbsolute)(workingDirectory)
            ? workingDirectory
            : (0,external_node_path_.resolve)(workspace, workingDirectory)
        : workspace;
    if (!(0,external_node_fs_.existsSync)(dir)) {
        if (workingDirectory) {
            throw new InputError('working-directory', `Input working-directory is ${JSON.stringify(workingDirectory)}, which does not exist; give the folder of the checkout, or leave it empty when there is none.`);
        }
        return undefined;
    }
    const real = (0,external_node_fs_.realpathSync)(dir);
    // No .git of its own: not a checkout's top level, and git is not started there at all.
    if (!(0,external_node_fs_.existsSync)((0,external_node_path_.join)(real, '.git'))) {
        if (workingDirectory) {
            log?.info(`${dir} is not the top level of a git checkout (it has no .git), so git is not used there; give working-directory the folder actions/checkout checked out into.`);
        }
        return undefined;
    }
    const top = await workTreeTop(real);
    if (top !== real) {
        log?.info(`${dir} is not the top level of a git work tree${top !== undefined ? ` (that is ${top})` : ''}, so git is not used there.`);
        return undefined;
    }
    return { dir: real };
}

;// CONCATENATED MODULE: ./src/action/change.ts
/**
 * What the action observes of the change: the filters (inline, from the
 * checkout, or through the API at the base) and the change set (from the API,
 * or git in the checkout). An API outage before the change could even be
 * asked for leaves it unseen, for on-error to decide, like any change set that
 * is not whole.
 */










/** The API is down or refusing for now (not a wrong token, path or permission). */
function isOutage(err) {
    return (err instanceof GitHubApiError &&
        (err.kind === 'server-error' ||
            err.kind === 'timeout' ||
            err.kind === 'network' ||
            err.kind === 'rate-limited' ||
            err.kind === 'request-budget'));
}
/** Whether the event is about a pull request, whose own files must not decide its gate. */
function aboutPullRequest(request) {
    const { event, plan } = request;
    return (event.eventName === 'pull_request' ||
        event.eventName === 'pull_request_target' ||
        (plan.kind === 'compare' && plan.pullRequest !== undefined));
}
/**
 * Reads a filters or models file. For a pull request, always at the commit
 * compared from (its base), so that it cannot loosen its own gate: with git
 * from the checkout when there is one (pull_request), else through the API.
 * For other events, from the checkout when there is one, else through the API.
 */
async function loadDocument(input, path, at, request) {
    const { checkout, event, plan, api, log, inputs } = request;
    const what = input === 'filters' ? 'Filters' : 'Models';
    const pull = aboutPullRequest(request);
    if (checkout && !pull) {
        const full = (0,external_node_path_.join)(checkout.dir, path);
        if (!(0,external_node_fs_.existsSync)(full)) {
            throw new InputError(input, `Input ${input} names the file ${JSON.stringify(path)}, which is not in the checkout at ${checkout.dir}.`);
        }
        const real = insideCheckout(input, path, checkout.dir);
        log.info(`${what} read from ${path} in the checkout.`);
        return (0,external_node_fs_.readFileSync)(real, 'utf8');
    }
    if (plan.kind === 'none' && !plan.unseen)
        return undefined;
    const why = pull ? " (the pull request's base: a pull request cannot change its own gate)" : '';
    // Under pull_request_target the checkout may be the pull request's: only the API is asked.
    if (checkout && pull && event.eventName !== 'pull_request_target') {
        try {
            const text = await fileAt(checkoutGit(checkout, { token: inputs.token, serverUrl: event.serverUrl, log }), at, path);
            log.info(`${what} read from ${path} at ${at}${why} with git.`);
            return text;
        }
        catch (err) {
            if (!(err instanceof errors_GitError))
                throw err;
            log.debug(`${path} could not be read at ${at} with git (${err.message}); asking the API.`);
        }
    }
    let text;
    try {
        text = await api.fileText(path, at);
    }
    catch (err) {
        if (isOutage(err))
            throw err;
        throw new InputError(input, `Input ${input} names the file ${JSON.stringify(path)}, which could not be read at ${at}: ${(0,format/* messageOf */.bD)(err)}`);
    }
    log.info(`${what} read from ${path} at ${at}${why} through the API.`);
    return text;
}
/**
 * The real path of `path` in the checkout, when it is a file inside it. A
 * symbolic link (of the file or a folder on its way) that leads out of the
 * checkout is refused, without reading, or naming, what it points at.
 */
function insideCheckout(input, path, dir) {
    const full = (0,external_node_path_.join)(dir, path);
    const root = (0,external_node_fs_.realpathSync)(dir);
    const real = (0,external_node_fs_.realpathSync)(full);
    const rel = (0,external_node_path_.relative)(root, real);
    if (rel === '' || rel.startsWith('..') || (0,external_node_path_.isAbsolute)(rel)) {
        throw new InputError(input, `Input ${input} names the file ${JSON.stringify(path)}, which is a symbolic link (or under one) that leads outside the checkout at ${dir}; a ${input} file must be a file inside the repository.`);
    }
    if (!(0,external_node_fs_.statSync)(real).isFile()) {
        throw new InputError(input, `Input ${input} names ${JSON.stringify(path)}, which is not a file in the checkout at ${dir}; give the path of a YAML file inside the repository.`);
    }
    return real;
}
/** The change set of a plan that compares two commits. */
function compareChange(request, base) {
    const { plan, inputs, checkout, event, api, log } = request;
    const git = checkout
        ? {
            changedFiles: (b, h) => changedFiles(checkoutGit(checkout, { token: inputs.token, serverUrl: event.serverUrl, log }), b, h),
        }
        : undefined;
    const collect = plan.kind === 'compare' && plan.twoDot ? collectTwoDotChangeSet : collectChangeSet;
    return collect({
        base,
        head: plan.head,
        // The pull request's own file list describes its base and head, not
        // commits chosen with the base and ref inputs.
        ...(plan.pullRequest && !inputs.base && !inputs.ref ? { pullRequest: plan.pullRequest } : {}),
    }, {
        api,
        ...(git ? { git } : {}),
        log,
        // The files of each commit are read only when the run's request budget covers them all.
        maxCommitRequests: Math.min(400, Math.max(0, inputs.maxApiRequests - api.requestCount())),
    });
}
async function observeChange(request) {
    const { plan, inputs, api } = request;
    let unseen;
    let base;
    if (plan.kind === 'compare') {
        try {
            base = plan.base ?? plan.defaultBranch ?? (await api.defaultBranch());
        }
        catch (err) {
            if (!isOutage(err))
                throw err;
            unseen = `the default branch could not be looked up: ${(0,format/* messageOf */.bD)(err)}`;
        }
    }
    let filters = request.inline.filters ?? [];
    let models = request.inline.models ?? [];
    const at = base ?? plan.head;
    let reading = 'filters';
    try {
        if (inputs.filters?.kind === 'file' && unseen === undefined) {
            const text = await loadDocument('filters', inputs.filters.path, at, request);
            filters = text === undefined ? [] : parseFilters(text, inputs.filters.path);
        }
        reading = 'models';
        if (inputs.models?.kind === 'file' && unseen === undefined) {
            const text = await loadDocument('models', inputs.models.path, at, request);
            models = text === undefined ? [] : parseModels(text, inputs.models.path);
        }
    }
    catch (err) {
        if (!isOutage(err))
            throw err;
        unseen = `the ${reading} file could not be read: ${(0,format/* messageOf */.bD)(err)}`;
    }
    let changeSet;
    if (unseen !== undefined) {
        changeSet = {
            files: [],
            complete: false,
            source: 'none',
            incompleteReason: unseen,
            baseSha: base ?? '',
            headSha: plan.head,
        };
    }
    else if (plan.kind === 'compare' && base !== undefined) {
        changeSet = await compareChange(request, base);
        if (plan.unplaced !== undefined && changeSet.complete && changeSet.files.length === 0) {
            changeSet = { ...changeSet, complete: false, incompleteReason: plan.unplaced };
        }
    }
    else {
        changeSet = {
            files: [],
            complete: plan.kind === 'none' && !plan.unseen,
            source: 'none',
            baseSha: '',
            headSha: plan.head,
            ...(plan.kind === 'none' && plan.unseen ? { incompleteReason: plan.reason } : {}),
        };
    }
    const fromFiles = inputs.filters?.kind === 'file' || inputs.models?.kind === 'file';
    return { filters, models, filtersKnown: !fromFiles || unseen === undefined, changeSet };
}

;// CONCATENATED MODULE: ./src/action/plan.ts


function unseen(head, reason) {
    return { kind: 'none', unseen: true, reason, head };
}
async function sinceLastRun(request, head, branch, description) {
    const { api, runId, trainingJob, log } = request;
    const what = trainingJob
        ? `the last successful run of this workflow on ${branch} in which job ${JSON.stringify(trainingJob)} succeeded`
        : `the last successful run of this workflow on ${branch}`;
    if (!(Number.isSafeInteger(runId) && runId > 0)) {
        return unseen(head, `GITHUB_RUN_ID is not set, so ${what} cannot be looked up`);
    }
    let last;
    try {
        last = await api.lastRun({
            runId,
            branch,
            ...(trainingJob !== undefined ? { jobName: trainingJob } : {}),
            maxRuns: request.historyRuns,
        });
    }
    catch (err) {
        if (!(err instanceof GitHubApiError))
            throw err;
        return unseen(head, `${what} could not be looked up: ${(0,format/* messageOf */.bD)(err)}`);
    }
    if (last === undefined) {
        return unseen(head, `there is no ${what.replace(/^the /, '')} to compare with`);
    }
    log.info(`Comparing since run ${last.runId}, ${what}, at ${last.headSha.slice(0, 7)}.`);
    return {
        kind: 'compare',
        base: last.headSha,
        head,
        description: `${description} (run ${last.runId} at ${last.headSha.slice(0, 7)})`,
    };
}
async function resolvePlan(request) {
    const { plan, api } = request;
    switch (plan.kind) {
        case 'none':
            return plan;
        case 'since-last-run':
            return sinceLastRun(request, plan.head, plan.branch, plan.description);
        case 'pull-request': {
            try {
                const pr = await api.pullRequest(plan.number);
                return {
                    kind: 'compare',
                    base: pr.baseSha,
                    head: pr.headSha,
                    description: plan.description,
                    pullRequest: {
                        number: plan.number,
                        labels: pr.labels,
                        ...(pr.changedFiles !== undefined ? { changedFiles: pr.changedFiles } : {}),
                    },
                    ...(plan.defaultBranch !== undefined ? { defaultBranch: plan.defaultBranch } : {}),
                };
            }
            catch (err) {
                if (!(err instanceof GitHubApiError))
                    throw err;
                return unseen('', `pull request #${plan.number} could not be read: ${(0,format/* messageOf */.bD)(err)}`);
            }
        }
        case 'compare': {
            if (plan.runOn === undefined || plan.base !== undefined)
                return plan;
            // A run of a branch against the default branch: when they are the same branch,
            // there is nothing to compare it with but the last run.
            let defaultBranch = plan.defaultBranch;
            try {
                defaultBranch ??= await api.defaultBranch();
            }
            catch (err) {
                if (!(err instanceof GitHubApiError))
                    throw err;
                return unseen(plan.head, `the default branch could not be looked up: ${(0,format/* messageOf */.bD)(err)}`);
            }
            if (defaultBranch !== plan.runOn)
                return { ...plan, defaultBranch };
            return sinceLastRun(request, plan.head, plan.runOn, plan.description.replace(/ against the default branch$/, ', since the last successful run'));
        }
    }
}

;// CONCATENATED MODULE: ./src/core/dependency-settings.ts
/**
 * The dependency inputs — training-entrypoints, source-roots, dvc-stages —
 * read without loading the analysis itself, which the front ends load only
 * when these are set. Pure.
 */

const MODULE = /^(?:(?:python[\d.]*|py)\s+)?-m\s+[A-Za-z_]\w*(?:\.[A-Za-z_]\w*)*$/;
const SCRIPT = /^(?:(?:python[\d.]*|py)\s+)?(\S+)$/;
/** An entry point as written: a module run with -m, or one path or glob of the repository. */
function checkEntryPoint(text) {
    if (MODULE.test(text))
        return;
    const path = SCRIPT.exec(text)?.[1];
    if (path !== undefined && !path.startsWith('/') && !path.split('/').includes('..'))
        return;
    throw new InputError('training-entrypoints', `Input training-entrypoints names ${JSON.stringify(text)}; an entry point is a script (train.py), a notebook (train.ipynb), a glob (scripts/train_*.py) or a module (python -m pkg.train), relative to the repository's root, one per line.`);
}
/** Reads the dependency inputs; empty entry points and stages mean no analysis. */
function readDependencySettings(entrypoints, roots, stages) {
    entrypoints.forEach(checkEntryPoint);
    for (const root of roots) {
        if (root.startsWith('/') || root.split('/').includes('..')) {
            throw new InputError('source-roots', `Input source-roots names ${JSON.stringify(root)}; a source root is a folder of the repository, relative to its root, without "..".`);
        }
    }
    if (entrypoints.length === 0 && stages.length === 0) {
        if (roots.length > 0) {
            throw new InputError('source-roots', 'Input source-roots is set, but training-entrypoints and dvc-stages are empty: name the training entry points whose imports the roots are for.');
        }
        return undefined;
    }
    return {
        entrypoints: [...entrypoints],
        dvcStages: [...stages],
        ...(roots.length > 0
            ? { roots: roots.map((r) => r.replace(/^\.?\/?$/, '').replace(/\/+$/, '')) }
            : {}),
    };
}

;// CONCATENATED MODULE: ./src/action/inputs.ts
/**
 * The action's inputs, read once into the engine's settings and the action's
 * own options. Pure given the input getter, so every rule is tested directly;
 * the engine's settings go through the same reader as the command line's flags.
 */





/**
 * As dorny/paths-filter: a single line without `:` is a path to a YAML file
 * in the repository; anything else is the YAML itself. `input` names the
 * input in errors (filters, models).
 */
function documentSource(input, raw) {
    const text = raw.trim();
    if (!text.includes('\n') && !text.includes(':')) {
        const path = text.replace(/^\.\//, '');
        if (path.startsWith('/') || path.split('/').includes('..')) {
            throw new InputError(input, `Input ${input} is the path ${(0,format/* quote */.hD)(text)}; a ${input} file must be a path inside the repository, relative to its root, without "..".`);
        }
        return { kind: 'file', path };
    }
    return { kind: 'inline', text: raw };
}
/** The filters input as dorny/paths-filter reads it; it may be empty only when models is set. */
function filtersSource(raw, models = false) {
    if (raw.trim() === '') {
        if (models)
            return undefined;
        throw new InputError('filters', 'Input filters is empty; give a YAML mapping of filter name → globs (inline), or the path of a YAML file in the repository (or set models).');
    }
    return documentSource('filters', raw);
}
/** What a base or ref input may be: a commit SHA, a branch or a tag name. */
const REF_PATTERN = /^(?![-/])(?!.*\.\.)(?!.*\/\/)[A-Za-z0-9._/+-]{1,255}$/;
const ALLOWED_REF = 'a commit SHA, a branch or a tag name (letters, digits, ".", "_", "-", "+" and "/", not starting with "-" or "/", without ".."), or empty to compare the commits of the event';
/** The base or ref input: empty gives undefined; a value no ref can have is an InputError. */
function readRefInput(name, raw) {
    const value = raw.trim();
    if (value === '')
        return undefined;
    if (!REF_PATTERN.test(value) || value.endsWith('/') || value.endsWith('.lock')) {
        throw new InputError(name, `Input ${name} is ${(0,format/* quote */.hD)(value)}; it must be ${ALLOWED_REF}.`);
    }
    return value;
}
const MAX_API_REQUESTS_DEFAULT = 400;
const MAX_API_REQUESTS_RANGE = [10, 5000];
/** The max-api-requests input: a whole number from 10 to 5000; empty gives the default. */
function readMaxApiRequests(raw) {
    const value = raw.trim();
    if (value === '')
        return MAX_API_REQUESTS_DEFAULT;
    const n = /^\d+$/.test(value) ? Number(value) : NaN;
    const [min, max] = MAX_API_REQUESTS_RANGE;
    if (!Number.isSafeInteger(n) || n < min || n > max) {
        throw new InputError('max-api-requests', `Input max-api-requests is ${(0,format/* quote */.hD)(value)}; it must be a whole number from ${min} to ${max} (the GitHub API requests one run may send; GITHUB_TOKEN may send 1,000 an hour per repository).`);
    }
    return n;
}
/** Reads and validates every input of the action. */
function readActionInputs(get) {
    const modelsText = get('models');
    const models = modelsText.trim() === '' ? undefined : documentSource('models', modelsText);
    const filters = filtersSource(get('filters'), models !== undefined);
    const inputs = {
        engine: readEngineSettings(get),
        ...(filters !== undefined ? { filters } : {}),
        ...(models !== undefined ? { models } : {}),
        token: get('token').trim(),
        historyRuns: readHistoryRuns(get('history-runs')),
        maxApiRequests: readMaxApiRequests(get('max-api-requests')),
        summary: readBoolean('summary', get('summary'), true),
        comment: readBoolean('comment', get('comment'), false),
    };
    const job = readTrainingJob(get('training-job'));
    if (job !== undefined)
        inputs.trainingJob = job;
    const base = readRefInput('base', get('base'));
    if (base !== undefined)
        inputs.base = base;
    const ref = readRefInput('ref', get('ref'));
    if (ref !== undefined)
        inputs.ref = ref;
    const wd = get('working-directory').trim();
    if (wd)
        inputs.workingDirectory = wd;
    const dependencies = readDependencySettings(splitList(get('training-entrypoints')), splitList(get('source-roots')), splitList(get('dvc-stages')));
    if (dependencies !== undefined)
        inputs.dependencies = dependencies;
    return inputs;
}

;// CONCATENATED MODULE: ./src/action/refs.ts
/**
 * The base and ref inputs name commits: each is looked up once, before the
 * change is listed, so that a typo is an error naming the input rather than a
 * change set that could not be listed.
 */




async function checkRefInputs(inputs, api, slug, log) {
    for (const name of ['base', 'ref']) {
        const value = inputs[name];
        if (value === undefined)
            continue;
        try {
            const sha = await api.commitSha(value);
            log.info(`Input ${name} ${(0,format/* quote */.hD)(value)} is commit ${sha.slice(0, 12)}.`);
        }
        catch (err) {
            if (!(err instanceof GitHubApiError))
                throw err;
            // 422 "No commit found": the repository answered, and has no such commit, branch or tag.
            if (err.status === 422) {
                throw new InputError(name, `Input ${name} is ${(0,format/* quote */.hD)(value)}, which is no commit, branch or tag in ${slug}; it must be ${ALLOWED_REF}.`);
            }
            // Anything else (no access, GitHub down) is for the listing of the change to meet and report.
            log.debug(`Input ${name} ${(0,format/* quote */.hD)(value)} could not be looked up: ${err.message}`);
        }
    }
}

// EXTERNAL MODULE: ./src/core/deps/dead.ts
var deps_dead = __webpack_require__(7462);
;// CONCATENATED MODULE: ./src/action/dependencies.ts





/** Blob requests in flight at once: GitHub's secondary rate limit frowns on more. */
const BLOB_REQUESTS_AT_ONCE = 8;
/**
 * A commit through the API: its tree in one request, each file's blob as it
 * is reached, a blob read once however many paths or commits hold it.
 */
async function apiSnapshot(api, commit, texts) {
    const tree = await api.repositoryTree(commit);
    const slot = limited(BLOB_REQUESTS_AT_ONCE);
    return {
        commit,
        cut: tree.truncated,
        files: [...tree.blobs.keys()],
        contentKey: (path) => tree.blobs.get(path),
        read: (path) => {
            const sha = tree.blobs.get(path);
            if (sha === undefined)
                return undefined;
            let text = texts.get(sha);
            if (text === undefined) {
                text = slot(() => api.blobText(sha));
                texts.set(sha, text);
            }
            return text;
        },
    };
}
/** A commit's files from the checkout's git session when there is one, else through the API. */
function snapshot(api, git, commit, blobs) {
    return git !== undefined ? snapshotAt(git, commit, blobs) : apiSnapshot(api, commit, blobs);
}
/** What training depends on could not be read at all: the change is not seen whole. */
function unread(reason) {
    return {
        matches: [],
        closure: [],
        unresolved: [],
        missing: [reason],
        params: [],
        deadPatterns: [],
        uncovered: [],
        unimported: [],
    };
}
function warnDeadPatterns(dead, log) {
    for (const pattern of dead)
        log.warning(`${capitalize((0,deps_dead/* deadPatternWarning */.p)(pattern))}.`);
}
function capitalize(text) {
    return text.charAt(0).toUpperCase() + text.slice(1);
}
/**
 * Without the analysis, the filter patterns that match no file at the head
 * commit, when a checkout lists its files cheaply; undefined otherwise (the
 * API would cost a request and the whole tree).
 */
async function checkoutDeadPatterns(git, head, filters, log) {
    try {
        const { files } = await snapshotAt(git, head);
        const dead = (0,deps_dead/* deadPatterns */.O)(filters, files);
        warnDeadPatterns(dead, log);
        return dead;
    }
    catch (err) {
        log.debug(`The files of ${head} could not be listed: ${(0,format/* messageOf */.bD)(err)}`);
        return undefined;
    }
}
async function dependencyReport(request) {
    try {
        return await analyze(request);
    }
    catch (err) {
        if (err instanceof InputError)
            throw err;
        request.log.warning(`The training dependencies could not be read: ${(0,format/* messageOf */.bD)(err)}`);
        return unread(`the files training depends on could not be read (${(0,format/* messageOf */.bD)(err)})`);
    }
}
async function analyze(request) {
    const { analyzeDependencies } = await __webpack_require__.e(/* import() */ 453).then(__webpack_require__.bind(__webpack_require__, 6453));
    const { changeSet, log, api } = request;
    const before = api.requestCount();
    // Blobs by id, shared by the head and the base: a file the change kept is read once.
    const blobs = new Map();
    // Imports the change removed are read where the change starts: the merge
    // base, not the base branch's tip, which may have moved on since.
    const from = changeSet.mergeBaseSha ?? changeSet.baseSha;
    const run = async (git) => {
        const head = await snapshot(api, git, changeSet.headSha, blobs);
        const analysis = await analyzeDependencies({
            settings: request.settings,
            head,
            ...(from !== '' ? { base: () => snapshot(api, git, from, blobs) } : {}),
            changes: changeSet.files,
            filters: request.filters,
            trainOn: request.trainOn,
        });
        return { head, analysis };
    };
    // With a checkout, one git session serves the head and the base.
    const { head, analysis: report } = request.git !== undefined ? await withTreeSession(request.git, run) : await run(undefined);
    if (head.cut === true) {
        report.missing.push(`the API cut the list of the repository's files short (a checkout lists them whole)`);
    }
    const requests = request.api.requestCount() - before;
    log.info(`Training dependencies: ${(0,format/* plural */.LS)(report.closure.length, 'file')} in the closure of the entry points, ` +
        `${(0,format/* plural */.LS)(report.matches.length, 'changed file')} among them` +
        (request.git === undefined
            ? `; read through ${(0,format/* plural */.LS)(requests, 'API request')}.`
            : '; read with git.'));
    for (const issue of report.unresolved) {
        log.warning(`${issue.file} line ${issue.line}: ${issue.text}: ${issue.reason}; the modules it loads are not counted.`);
    }
    warnDeadPatterns(report.deadPatterns, log);
    if (report.uncovered.length > 0) {
        log.warning(`${(0,format/* plural */.LS)(report.uncovered.length, 'file')} training depends on ${report.uncovered.length === 1 ? 'is' : 'are'} in no train-on filter: ${report.uncovered.slice(0, 10).join(', ')}${report.uncovered.length > 10 ? ', …' : ''}.`);
    }
    return report;
}

;// CONCATENATED MODULE: ./src/action/history.ts


async function history_withHistory(request) {
    const { cost, trainingJob, historyRuns, runId, api, log } = request;
    const measureAction = trainingJob !== undefined && cost.trainingHours === undefined;
    if (trainingJob !== undefined && !measureAction) {
        log.info(`training-hours is set, so past runs of job ${JSON.stringify(trainingJob)} are not read.`);
    }
    const modelJobs = request.models.filter((m) => m.trainingJob !== undefined && m.cost.trainingHours === undefined);
    const jobNames = [
        ...new Set([
            ...(measureAction ? [trainingJob] : []),
            ...modelJobs.map((m) => m.trainingJob),
        ]),
    ];
    if (jobNames.length === 0)
        return { cost, models: [...request.models] };
    const { outcomes, requests } = await measureTrainingTimes(api, {
        jobNames,
        samples: historyRuns,
        runId,
    });
    if (requests !== undefined)
        log.info(`Past runs read in ${requests} API requests.`);
    for (const outcome of outcomes.values()) {
        const line = describeHistory(outcome);
        if (outcome.kind === 'permission-missing' || outcome.kind === 'unavailable')
            log.warning(line);
        else
            log.info(line);
    }
    const measuredCost = (base, job) => {
        const outcome = outcomes.get(job);
        return outcome === undefined ? base : withHistory(base, outcome);
    };
    return {
        cost: measureAction ? measuredCost(cost, trainingJob) : cost,
        models: request.models.map((m) => {
            const outcome = m.trainingJob === undefined ? undefined : outcomes.get(m.trainingJob);
            if (!modelJobs.includes(m) || outcome === undefined)
                return m;
            // The model's own measurement, or no training time: never the action's in its place.
            const hours = measuredHours(outcome);
            return { ...m, cost: { ...m.cost, trainingHours: hours, hoursSource: outcome } };
        }),
    };
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./src/core/markdown.ts
/**
 * Markdown made from hostile text (pure). File names, filter and model names,
 * refs and reasons go through `escapeMarkdown`, which leaves only letters,
 * digits, spaces and a few inert characters as they are and writes everything
 * else as a numeric HTML entity, so no name can open a link, an image,
 * emphasis, a heading, a table cell or an HTML tag. Control characters are
 * shown visibly (`\n`, `\t`, `\x1b`), so no name can break a line either.
 */


const MAX_REASON_CHARS = 2_000;
const MAX_NAME_CHARS = 256;
const MAX_MESSAGE_CHARS = 500;
// Left as they are: letters, digits and combining marks of any script, the space, and `,`, `/`, `-`.
const PLAIN = /^[\p{L}\p{N}\p{M} ,/-]$/u;
// Shown as escapes: controls, format characters (bidi overrides, zero-width…), line and
// paragraph separators and lone surrogates. The zero-width joiner stays: emoji use it.
const INVISIBLE = /^(?!\u200d)[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Cs}]$/u;
const NAMED_ESCAPES = {
    '\n': '\\n',
    '\r': '\\r',
    '\t': '\\t',
    '\\': '\\\\',
};
function entity(char) {
    return `&#${char.codePointAt(0) ?? 0};`;
}
function visibleEscape(char) {
    const named = NAMED_ESCAPES[char];
    if (named !== undefined)
        return named;
    const code = char.codePointAt(0) ?? 0;
    return code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u{${code.toString(16)}}`;
}
/**
 * Text made inert for Markdown and HTML: letters, digits, spaces and `,/-` stay;
 * a backslash or a control or format character is written as a C-style escape
 * (`\\`, `\n`, `\x1b`, `\u{202e}`) so it is visible and unambiguous; every other
 * character becomes a numeric HTML entity. Safe in a paragraph, a list item,
 * a table cell, a heading, and as text or attribute value inside HTML.
 */
function escapeMarkdown(text) {
    let out = '';
    for (const char of text) {
        if (PLAIN.test(char))
            out += char;
        else if (char === '\\' || INVISIBLE.test(char)) {
            for (const c of visibleEscape(char))
                out += PLAIN.test(c) ? c : entity(c);
        }
        else
            out += entity(char);
    }
    return out;
}
function code(text, max = MAX_NAME_CHARS) {
    return `<code>${escapeMarkdown((0,format/* clip */.$Q)(text, max))}</code>`;
}
function money(amount, currency) {
    // A valid code is three letters, which escaping leaves as they are.
    return formatMoney(amount, escapeMarkdown((0,format/* clip */.$Q)(currency, 16)));
}

;// CONCATENATED MODULE: ./src/core/summary-cost.ts
/**
 * The cost block of the job summary and the comment (pure): what the training
 * a change triggers (or avoids) costs, the arithmetic behind it, where the
 * price and the training time came from, the cost limit; with models, a row
 * per model and the totals.
 */




/** A quantity with as many decimals as it has, up to four: `0.75`, `2`, `1.006`. */
function exactly(n) {
    return String(Number(n.toFixed(4)));
}
/** A price as given, to the cent or finer: `$3.12`, `$1.006`. */
function summary_cost_price(amount, currency) {
    const decimals = (exactly(amount).split('.')[1] ?? '').length;
    if (decimals <= 2)
        return money(amount, currency);
    try {
        return new Intl.NumberFormat('en-US', {
            style: 'currency',
            currency,
            minimumFractionDigits: decimals,
            maximumFractionDigits: decimals,
        }).format(amount);
    }
    catch {
        return `${exactly(amount)} ${escapeMarkdown((0,format/* clip */.$Q)(currency, 16))}`;
    }
}
/** Where the training time came from, or why it is unknown. */
function hoursLine(source, hours) {
    const shown = hours === undefined ? '' : `${exactly(hours)} h (${formatDuration(hours * 3600)})`;
    switch (source.kind) {
        case 'input':
            return `- Training time ${shown}: the <code>training-hours</code> input`;
        case 'measured': {
            const job = code(source.jobName);
            return source.runs === 1
                ? `- Training time ${shown}: the last successful run of ${job}, the only one measured so far`
                : `- Training time ${shown}: the median of the last ${source.runs} successful runs of ${job}`;
        }
        case 'no-history':
            return source.runsExamined === 0
                ? `- Training time unknown: this workflow has no earlier successful run, so ${code(source.jobName)} has not been measured yet`
                : `- Training time unknown: ${code(source.jobName)} did not run successfully in any of the last ${(0,format/* plural */.LS)(source.runsExamined, 'successful run', 'successful runs')} of this workflow; it is measured once it has`;
        case 'permission-missing':
            return `- Training time unknown: the token may not read this workflow's runs, so ${code(source.jobName)} could not be measured; give the job the <code>actions: read</code> permission`;
        case 'unavailable':
            return `- Training time unknown: the runs of ${code(source.jobName)} could not be read (${escapeMarkdown((0,format/* clip */.$Q)(source.message, MAX_MESSAGE_CHARS))})`;
    }
}
/** Where the hourly price came from. */
function priceLine(source, cost) {
    const each = cost.hourlyCost !== undefined ? ` ${summary_cost_price(cost.hourlyCost, cost.currency)} an hour` : '';
    if (source.kind === 'input') {
        const over = source.overrides !== undefined ? `, in place of the ${code(source.overrides)} preset` : '';
        return `- Price${each}: the <code>gpu-hourly-cost</code> input${over}`;
    }
    const url = /^https:\/\/[^\s"'<>`\\]+$/.test(source.url) ? source.url : undefined;
    const read = url !== undefined ? (0,format/* link */.nf)(url, 'on-demand price') : 'on-demand price';
    return (`- Price${each}: the ${code(source.name)} preset ` +
        `(${escapeMarkdown((0,format/* clip */.$Q)(source.description, MAX_MESSAGE_CHARS))}); ` +
        `${read} read on ${escapeMarkdown(source.readOn)}, prices change`);
}
/** The cost limit, checked against what training this change costs. */
function limitLines(report) {
    const { decision, cost } = report;
    if (cost.costLimit === undefined || !decision.shouldTrain)
        return [];
    const limit = money(cost.costLimit, cost.currency);
    if (cost.estimatedCost === undefined) {
        return [
            `- Cost limit ${limit}: not checked, there is no cost estimate, so <code>over-limit</code> is <code>false</code>`,
        ];
    }
    if (cost.overLimit === true) {
        return [
            `- Cost limit ${limit}: **over it**, so <code>over-limit</code> is <code>true</code>`,
            '',
            '> [!WARNING]',
            `> **Over the cost limit:** training this change is estimated at ${money(cost.estimatedCost, cost.currency)}, above the <code>cost-limit</code> of ${limit}, so <code>over-limit</code> is <code>true</code>.`,
        ];
    }
    return [`- Cost limit ${limit}: within it, so <code>over-limit</code> is <code>false</code>`];
}
/** The first line of the cost block: what training the change takes, or what skipping it avoids. */
function costHeadline(cost, training) {
    const hours = cost.runGpuHours;
    const amount = cost.runCost;
    const what = training ? 'training this change takes' : 'skipping this change avoids';
    const priceHint = '<code>gpu-hourly-cost</code> (or <code>gpu-runner</code>)';
    if (hours === undefined) {
        const measured = cost.hoursSource !== undefined && cost.hoursSource.kind !== 'input';
        if (measured)
            return '**Cost:** not shown: the training time is not known.';
        const missing = [
            cost.hourlyCost === undefined ? priceHint : undefined,
            '<code>training-hours</code> (or <code>training-job</code>)',
        ].filter((s) => s !== undefined);
        return `**Cost:** set ${missing.join(' and ')} to see what a training run costs.`;
    }
    const figures = `${formatHours(hours)} GPU-hours${amount === undefined ? '' : ` ≈ ${money(amount, cost.currency)}`}`;
    const unpriced = amount === undefined ? `; set ${priceHint} to price it` : '';
    return `**Cost:** ${what} **${figures}**${unpriced}`;
}
/** The arithmetic a reviewer can check: hours × runners × price = cost. */
function arithmetic(cost) {
    if (cost.trainingHours === undefined)
        return [];
    const runners = (0,format/* plural */.LS)(cost.gpuCount, 'runner');
    if (cost.hourlyCost === undefined || cost.runCost === undefined) {
        return [
            `- ${exactly(cost.trainingHours)} h × ${runners} = ${formatHours(cost.runGpuHours ?? 0)} GPU-hours`,
        ];
    }
    return [
        `- ${exactly(cost.trainingHours)} h × ${runners} × ${summary_cost_price(cost.hourlyCost, cost.currency)} an hour = ${money(cost.runCost, cost.currency)}`,
    ];
}
/** The cost block: one labelled paragraph, the arithmetic, and where each number came from. */
function costLines(report) {
    const { decision, cost } = report;
    if (decision.fail)
        return [];
    const items = [
        ...arithmetic(cost),
        ...(cost.hoursSource !== undefined ? [hoursLine(cost.hoursSource, cost.trainingHours)] : []),
        ...(cost.priceSource !== undefined ? [priceLine(cost.priceSource, cost)] : []),
        ...limitLines(report),
    ];
    return [
        costHeadline(cost, decision.shouldTrain),
        '',
        ...items,
        ...(items.length > 0 ? [''] : []),
    ];
}
/** GPU-hours and money of one model's run: what it triggers, or what it avoids. */
function summary_cost_modelCost(model) {
    const { cost, decision } = model;
    const avoided = decision.shouldTrain ? '' : ' avoided';
    const hours = cost.runGpuHours === undefined ? '—' : `${formatHours(cost.runGpuHours)}${avoided}`;
    const amount = cost.runCost === undefined ? '—' : `${money(cost.runCost, cost.currency)}${avoided}`;
    return [hours, amount];
}
/** With models: one row per model (trains or skips, why, GPU-hours, cost), and the totals. */
function modelLines(report) {
    const models = report.models ?? [];
    const lines = [
        '| Model | Decision | Why | GPU-hours | Cost |',
        '| --- | --- | --- | --- | --- |',
    ];
    for (const model of models) {
        const verdict = model.decision.shouldTrain ? '🚀 trains' : '⏭️ skips';
        const why = escapeMarkdown((0,format/* clip */.$Q)(model.decision.reason, MAX_MESSAGE_CHARS));
        const [hours, amount] = summary_cost_modelCost(model);
        lines.push(`| ${code(model.name)} | ${verdict} | ${why} | ${hours} | ${amount} |`);
    }
    const { cost } = report;
    const trained = models.filter((m) => m.decision.shouldTrain).length;
    const total = (gpu, amount) => [
        gpu === undefined ? undefined : `${formatHours(gpu)} GPU-hours`,
        amount === undefined ? undefined : `≈ ${money(amount, cost.currency)}`,
    ]
        .filter((s) => s !== undefined)
        .join(' ') || 'cost unknown';
    lines.push('', `**Total:** ${trained} of ${(0,format/* plural */.LS)(models.length, 'model')} ${trained === 1 ? 'trains' : 'train'}: ` +
        `${total(cost.estimatedGpuHours, cost.estimatedCost)}; avoided: ` +
        `${total(cost.gpuHoursAvoided, cost.costAvoided)}`, '');
    if (cost.overLimit === true) {
        lines.push('> [!WARNING]', '> **Over the cost limit:** a model that trains is estimated above its <code>cost-limit</code>, so <code>over-limit</code> is <code>true</code>.', '');
    }
    return lines;
}

;// CONCATENATED MODULE: ./src/core/summary-deps.ts
/**
 * What training depends on, in the job summary (pure): the changed files it
 * depends on with the chain that reached each, the files the training
 * filters do not cover (their drift), imports that cannot be followed, and
 * filter patterns that match no file.
 */


/** Items listed per part before "… and N more". */
const LISTED = 20;
function listed(items, line) {
    const lines = items.slice(0, LISTED).map(line);
    if (items.length > LISTED)
        lines.push(`- … and ${items.length - LISTED} more`);
    return lines;
}
/** Filter patterns that match no file at the head commit: moved files the filters still name. */
function deadPatternLines(report) {
    const dead = report.deadPatterns ?? [];
    if (dead.length === 0)
        return [];
    return [
        '**Filter patterns that match no file at the head commit** (moved or renamed files?):',
        '',
        ...listed(dead, (d) => `- ${code(d.pattern)} in filter ${code(d.filter)}`),
        '',
    ];
}
function dependencyLines(report) {
    const deps = report.dependencies;
    if (deps === undefined)
        return deadPatternLines(report);
    const lines = [
        `**Training dependencies:** ${(0,format/* plural */.LS)(deps.closure.length, 'file')} training imports or its DVC stages depend on; ${deps.matches.length === 0
            ? 'none of them changed.'
            : `${(0,format/* plural */.LS)(deps.matches.length, 'changed file', 'changed files')} among them:`}`,
        '',
    ];
    if (deps.matches.length > 0) {
        lines.push(...listed(deps.matches, (m) => `- ${escapeMarkdown((0,format/* clip */.$Q)(m.reason, MAX_MESSAGE_CHARS))}`), '');
    }
    if (deps.uncovered.length > 0) {
        lines.push('> [!WARNING]', `> **The training filters have drifted:** ${(0,format/* plural */.LS)(deps.uncovered.length, 'file')} training depends on ${deps.uncovered.length === 1 ? 'is' : 'are'} in no <code>train-on</code> filter. The gate trains on ${deps.uncovered.length === 1 ? 'it' : 'them'} anyway; add ${deps.uncovered.length === 1 ? 'it' : 'them'} to the filters to make that plain: ${deps.uncovered
            .slice(0, 10)
            .map((p) => code(p))
            .join(', ')}${deps.uncovered.length > 10 ? ', …' : ''}`, '');
    }
    if (deps.unresolved.length > 0) {
        lines.push(`Imports that cannot be followed statically (the files they load are not counted):`, '', ...listed(deps.unresolved, (u) => `- ${code(u.file)} line ${u.line}${u.cell !== undefined ? ` (cell ${u.cell})` : ''}: ${code((0,format/* clip */.$Q)(u.text, 120))}: ${escapeMarkdown((0,format/* clip */.$Q)(u.reason, MAX_MESSAGE_CHARS))}`), '');
    }
    return [...lines, ...deadPatternLines(report)];
}

;// CONCATENATED MODULE: ./src/core/summary.ts
/**
 * The job summary (pure): GitHub-flavoured Markdown that shows the verdict
 * first, then why, what it costs, which filters matched which files, and what
 * was compared.
 *
 * File names, filter names, refs and reasons are hostile input: every piece of
 * such text goes through `escapeMarkdown` (markdown.ts).
 */






/** GitHub refuses a step summary over 1 MiB; this leaves room below it. */
const SUMMARY_LIMIT_BYTES = 1_000_000;
/** Room kept for the lines that close the summary once the file lists are cut. */
const CLOSING_RESERVE_BYTES = 4_096;
function heading(report) {
    const { decision, changeSet } = report;
    if (decision.fail)
        return '## ❌ Gate failed: change set incomplete';
    const forced = decision.trigger === 'force' || decision.trigger === 'label';
    if (decision.shouldTrain) {
        if (forced)
            return '## 🚀 Training will run (forced)';
        if (!changeSet.complete)
            return '## ⚠️ Training will run: change set incomplete';
        return '## 🚀 Training will run';
    }
    if (!changeSet.complete)
        return '## ⚠️ Training skipped: change set incomplete';
    return '## ⏭️ Training skipped';
}
const TRIGGER_NOTE = {
    force: 'Training was forced by the <code>force</code> input, so the gap does not change the outcome.',
    label: 'Training was forced by a pull request label, so the gap does not change the outcome.',
    filters: 'A <code>train-on</code> filter matched among the files that were seen, so training runs regardless.',
    dependencies: 'A file training depends on changed among the files that were seen, so training runs regardless.',
    incomplete: '',
    'no-match': '',
    'nothing-to-compare': '',
};
function incompleteAlert(report) {
    const { decision, changeSet } = report;
    if (changeSet.complete)
        return [];
    const why = changeSet.incompleteReason !== undefined && changeSet.incompleteReason !== ''
        ? ` ${escapeMarkdown((0,format/* clip */.$Q)(changeSet.incompleteReason, MAX_REASON_CHARS))}`
        : '';
    let outcome = decision.trigger === 'filters' && report.models !== undefined
        ? 'What a model trains on matched among the files that were seen, so it trains regardless.'
        : TRIGGER_NOTE[decision.trigger];
    if (outcome === '') {
        const verdict = decision.fail
            ? 'the step fails'
            : decision.shouldTrain
                ? 'training runs'
                : 'training is skipped, although files that were not seen may match a <code>train-on</code> filter';
        outcome = `<code>on-error</code> decided: ${verdict}.`;
    }
    return [
        '> [!WARNING]',
        `> **Not every changed file could be seen.**${why === '' ? '' : ` Cause:${why}`}`,
        '>',
        `> ${outcome}`,
        '',
    ];
}
/**
 * The verdict, the gap warning when the change set is incomplete, the reason,
 * and the cost with its sources (with models, a row per model): the top of
 * the job summary and of the pull-request comment.
 */
function renderVerdict(report) {
    return [
        heading(report),
        '',
        ...incompleteAlert(report),
        `**Why:** ${escapeMarkdown((0,format/* clip */.$Q)(report.decision.reason, MAX_REASON_CHARS))}`,
        '',
        ...(report.models !== undefined && !report.decision.fail
            ? modelLines(report)
            : costLines(report)),
    ];
}
const SOURCE_WORDS = {
    compare: 'the GitHub compare API',
    'pull-files': 'the pull request files API',
    commits: 'the GitHub commits API',
    git: 'git in the checkout',
    none: 'no source',
};
const SHA = /^[0-9a-f]{7,64}$/i;
/** The repository's address on the server, when it is safe to link to. */
function repoUrl(report) {
    const { serverUrl, owner, repo } = report.repository;
    if (!/^https?:\/\/[^\s"'<>`\\]+$/.test(serverUrl) || owner === '' || repo === '')
        return undefined;
    return `${serverUrl.replace(/\/+$/, '')}/${encodeURIComponent(owner)}/${encodeURIComponent(repo)}`;
}
/** A commit as a short SHA, linked when the repository address is known. */
function commitRef(sha, base) {
    if (base !== undefined && SHA.test(sha)) {
        return (0,format/* link */.nf)(`${base}/commit/${sha}`, `<code>${escapeMarkdown(sha.slice(0, 7))}</code>`);
    }
    return code(sha);
}
function footerLines(report) {
    const { changeSet } = report;
    const base = repoUrl(report);
    const lines = [];
    const hasBase = changeSet.baseSha !== '' && !/^0+$/.test(changeSet.baseSha);
    const hasHead = changeSet.headSha !== '' && !/^0+$/.test(changeSet.headSha);
    if (hasBase || hasHead) {
        let compared = `${hasBase ? commitRef(changeSet.baseSha, base) : 'nothing'} → ${hasHead ? commitRef(changeSet.headSha, base) : 'nothing'}`;
        if (base !== undefined && SHA.test(changeSet.baseSha) && SHA.test(changeSet.headSha)) {
            compared += ` (${(0,format/* link */.nf)(`${base}/compare/${changeSet.baseSha}...${changeSet.headSha}`, 'compare')})`;
        }
        lines.push(`- Compared: ${compared}`);
    }
    else {
        lines.push('- Compared: no commits');
    }
    let event = `- Event: ${code(report.eventName, 100)}`;
    const pr = report.pullRequest;
    if (pr !== undefined && Number.isSafeInteger(pr) && pr > 0) {
        event += `, pull request ${base !== undefined ? (0,format/* link */.nf)(`${base}/pull/${pr}`, `#${pr}`) : `#${pr}`}`;
    }
    lines.push(event);
    const count = (0,format/* plural */.LS)(changeSet.files.length, 'changed file', 'changed files');
    const completeness = changeSet.complete
        ? 'complete'
        : '**incomplete**: some changed files could not be seen';
    lines.push(`- Change set: ${count} from ${code(changeSet.source)} (${SOURCE_WORDS[changeSet.source]}), ${completeness}`);
    return lines;
}
function fileLine(file) {
    const status = escapeMarkdown(file.status);
    if (file.previousFilename !== undefined && file.previousFilename !== file.filename) {
        return `- ${status} <code>${escapeMarkdown(file.previousFilename)}</code> → <code>${escapeMarkdown(file.filename)}</code>`;
    }
    return `- ${status} <code>${escapeMarkdown(file.filename)}</code>`;
}
/** Appends lines while they fit in a byte budget. */
class Budget {
    left;
    constructor(bytes) {
        this.left = bytes;
    }
    /** Whether `line` fits while keeping `keep` bytes; if so, it is counted. */
    take(line, keep = 0) {
        const bytes = utf8Length(line) + 1;
        if (bytes + keep > this.left)
            return false;
        this.left -= bytes;
        return true;
    }
    get remaining() {
        return this.left;
    }
    /** Counts a line that must be written. */
    force(line) {
        this.left -= utf8Length(line) + 1;
    }
}
/** The table of filters (name, train-on, matched count), cut to fit `maxBytes`. */
function renderFilterTable(report, maxBytes) {
    return filterTable(report, new Budget(maxBytes));
}
function filterTable(report, budget) {
    if (report.filters.length === 0)
        return ['No filters are defined.', ''];
    const lines = ['| Filter | Train-on | Matched |', '| --- | --- | --- |'];
    lines.forEach((line) => budget.force(line));
    let shown = 0;
    for (const filter of report.filters) {
        // ✅ marks only the filters that caused training.
        const caused = report.decision.trigger === 'filters' && filter.trainOn;
        const count = filter.files.length;
        const matched = count === 0 ? '—' : caused ? `✅ ${count}` : String(count);
        const row = `| ${code(filter.name)} | ${filter.trainOn ? 'yes' : 'no'} | ${matched} |`;
        if (!budget.take(row, CLOSING_RESERVE_BYTES))
            break;
        lines.push(row);
        shown++;
    }
    const hidden = report.filters.length - shown;
    if (hidden > 0) {
        const row = `| … and ${(0,format/* plural */.LS)(hidden, 'more filter', 'more filters')} | | |`;
        budget.force(row);
        lines.push(row);
    }
    lines.push('');
    if (report.informOnly !== undefined && report.informOnly.length > 0) {
        const names = report.informOnly.slice(0, 10).map((n) => code(n, 64));
        const more = report.informOnly.length > 10 ? ' and more' : '';
        const note = `<sub>train-on is empty, so ${names.join(', ')}${more}, named like docs, tests or CI, only ${report.informOnly.length === 1 ? 'informs' : 'inform'}: name ${report.informOnly.length === 1 ? 'it' : 'them'} in train-on to train on ${report.informOnly.length === 1 ? 'it' : 'them'}.</sub>`;
        budget.force(note);
        lines.push(note, '');
    }
    return lines;
}
function fileDetails(report, budget, maxFiles) {
    const lines = [];
    const matching = report.filters.filter((f) => f.files.length > 0);
    const closingBytes = 256;
    let omittedFilters = 0;
    matching.forEach((filter, index) => {
        // An equal share of the room left; what a filter does not use passes to the next ones.
        const share = Math.floor((budget.remaining - CLOSING_RESERVE_BYTES) / (matching.length - index));
        const total = filter.files.length;
        const opener = `<details><summary>${code(filter.name)}: ${(0,format/* plural */.LS)(total, 'file', 'files')}</summary>`;
        let used = utf8Length(opener) + 2 + closingBytes;
        if (used > share) {
            omittedFilters++;
            return;
        }
        const items = [];
        const limit = Math.min(total, maxFiles);
        for (let i = 0; i < limit; i++) {
            const file = filter.files[i];
            if (file === undefined)
                break;
            const line = fileLine(file);
            const bytes = utf8Length(line) + 1;
            if (used + bytes > share)
                break;
            used += bytes;
            items.push(line);
        }
        const block = [opener, '', ...items];
        const more = total - items.length;
        if (more > 0) {
            const cut = items.length < limit ? ' (summary size limit)' : '';
            block.push(`- … and ${more} more${cut}`);
        }
        block.push('', '</details>', '');
        block.forEach((line) => budget.force(line));
        lines.push(...block);
    });
    if (omittedFilters > 0) {
        lines.push(`File lists of ${(0,format/* plural */.LS)(omittedFilters, 'more filter', 'more filters')} left out ` +
            'to keep this summary under the size GitHub accepts.', '');
    }
    return lines;
}
/** The job summary of one run of the gate, as GitHub-flavoured Markdown. */
function renderSummary(report, opts = {}) {
    const maxFiles = Math.max(0, Math.floor(opts.maxFilesPerFilter ?? 50));
    const head = renderVerdict(report);
    const footer = footerLines(report);
    const budget = new Budget(SUMMARY_LIMIT_BYTES);
    [...head, ...footer].forEach((line) => budget.force(line));
    const deps = dependencyLines(report);
    deps.forEach((line) => budget.force(line));
    const body = [...deps, ...filterTable(report, budget), ...fileDetails(report, budget, maxFiles)];
    return [...head, ...body, ...footer].join('\n') + '\n';
}

;// CONCATENATED MODULE: ./src/core/comment.ts
/**
 * The sticky pull-request comment (pure): the verdict, the reason, the cost
 * with its sources and the filters table, rendered with the job summary's own
 * pieces and escaping. Its first two lines are hidden markers: the first says
 * the gate wrote it, the second which gate (workflow and job), so that each
 * gate on a pull request keeps exactly one comment and updates it in place.
 */



/** The first line of every comment the gate writes. */
const COMMENT_MARKER = '<!-- ml-change-gate -->';
/** GitHub refuses a comment over 65,536 characters; this leaves room below it. */
const COMMENT_LIMIT_BYTES = 60_000;
/** What tells the gates on one pull request apart: the workflow's name and the job's id. */
function commentKey(workflow, job) {
    return `${workflow}/${job}`;
}
/**
 * The key as it is written inside an HTML comment: letters, digits, space and
 * `_./()-` stay, every other character becomes `%{hex}`, so the text can never
 * close the comment (`-->`) or hold a line break.
 */
function keyLine(key) {
    let safe = '';
    for (const char of key) {
        safe += /^[A-Za-z0-9 _./()-]$/.test(char)
            ? char
            : `%{${(char.codePointAt(0) ?? 0).toString(16)}}`;
    }
    return `<!-- ml-change-gate:${safe} -->`;
}
/** Whether a comment is the one this gate keeps: both markers, as its first two lines. */
function isGateComment(body, key) {
    const [first, second] = body.split(/\r?\n/, 2);
    return first?.trim() === COMMENT_MARKER && second?.trim() === keyLine(key);
}
function footer(report, runId) {
    const base = repoUrl(report);
    const parts = [];
    const head = report.changeSet.headSha;
    if (head !== '' && !/^0+$/.test(head))
        parts.push(`Head ${commitRef(head, base)}`);
    if (base !== undefined && runId !== undefined && Number.isSafeInteger(runId) && runId > 0) {
        parts.push(`files and details in the ${(0,format/* link */.nf)(`${base}/actions/runs/${runId}`, 'job summary')}`);
    }
    parts.push('this comment is updated on every push');
    return [`<sub>${parts.join(' · ')}</sub>`];
}
/** The body of the pull-request comment, under GitHub's size limit. */
function renderComment(report, opts) {
    const head = [COMMENT_MARKER, keyLine(opts.key), ...renderVerdict(report)];
    const tail = footer(report, opts.runId);
    const used = [...head, ...tail].reduce((n, line) => n + utf8Length(line) + 1, 0);
    const table = renderFilterTable(report, Math.max(0, COMMENT_LIMIT_BYTES - used));
    return [...head, ...table, ...tail].join('\n') + '\n';
}

;// CONCATENATED MODULE: ./src/action/write.ts
/**
 * What the action writes: the log of what each filter matched, the outputs
 * (with the full file lists in a JSON file), the job summary and the pull
 * request's sticky comment. A comment that cannot be written is a warning,
 * never the step's failure.
 */







/** Files listed in the log under each filter; the rest are counted (all are in the summary and outputs). */
const LOGGED_FILES_PER_FILTER = 50;
function logFilters(report, runtime) {
    const { log } = runtime;
    for (const filter of report.filters) {
        log.startGroup(`Filter ${filter.name}${filter.trainOn ? ' (train-on)' : ''}: ${(0,format/* plural */.LS)(filter.files.length, 'file')}`);
        const shown = filter.files.slice(0, LOGGED_FILES_PER_FILTER);
        const lines = shown.map((file) => {
            const old = file.previousFilename ? `${(0,format/* displayPath */.Gt)(file.previousFilename)} → ` : '';
            return `${file.status.padEnd(8)} ${old}${(0,format/* displayPath */.Gt)(file.filename)}`;
        });
        const more = filter.files.length - shown.length;
        if (more > 0)
            lines.push(`… and ${(0,format/* plural */.LS)(more, 'more file')} (the outputs list them all)`);
        if (lines.length > 0)
            log.info(lines.join('\n'));
        log.endGroup();
    }
}
/** Sets every output; the complete file lists go to a JSON file named in files-json-path. */
function writeOutputs(report, settings, runtime) {
    const filesJsonPath = (0,external_node_path_.join)(runtime.runnerTemp, `ml-change-gate-${(0,external_node_crypto_.randomUUID)()}.json`);
    const result = gateOutputs(report, settings, { filesJsonPath });
    (0,external_node_fs_.writeFileSync)(filesJsonPath, result.filesJson);
    for (const name of result.truncated) {
        runtime.log.warning(`The ${name}_files output was cut to fit GitHub's output size limit; the full list is in ${filesJsonPath} (output files-json-path).`);
    }
    for (const [name, value] of result.outputs)
        runtime.setOutput(name, value);
}
async function writeSummary(inputs, report, runtime) {
    if (!inputs.summary)
        return;
    if (!runtime.hasSummary) {
        runtime.log.info('No GITHUB_STEP_SUMMARY file: the job summary is not written.');
        return;
    }
    await runtime.writeSummary(renderSummary(report));
}
/** Keeps the pull request's one gate comment up to date with the verdict. */
async function writeComment(inputs, report, event, api, runtime) {
    if (!inputs.comment)
        return;
    const { log } = runtime;
    if (report.pullRequest === undefined) {
        log.info('comment is true, but this event has no pull request to comment on.');
        return;
    }
    const key = commentKey(event.workflow, event.job);
    const body = renderComment(report, {
        key,
        ...(report.runId !== undefined ? { runId: report.runId } : {}),
    });
    try {
        // Anyone can post a comment with the gate's marker: only one the token's own identity wrote is updated.
        const login = await api.tokenLogin();
        log.debug(`The comment is written as ${login}.`);
        const mine = login.toLowerCase();
        const result = await api.upsertComment(report.pullRequest, body, (c) => c.user.toLowerCase() === mine && isGateComment(c.body, key));
        if (result.kind === 'cannot-write') {
            log.warning(`The pull-request comment was not written: ${result.message}`);
        }
        else {
            log.info(`Pull-request comment ${result.kind}: ${result.comment.htmlUrl}`);
        }
    }
    catch (err) {
        log.warning(`The pull-request comment was not written: ${(0,format/* messageOf */.bD)(err)}`);
    }
}

;// CONCATENATED MODULE: ./src/action/run.ts
/**
 * The action: reads its inputs and the event into the engine's settings, a
 * change set and the filters, asks the engine for the verdict, and writes the
 * outputs, the job summary and the comment. The only caller of setOutput and
 * setFailed; every decision comes from the engine.
 */















/** Runs the gate; any failure fails the step with a message that says what to do. */
async function runAction(runtime) {
    try {
        await gate(runtime);
    }
    catch (err) {
        if (err instanceof InputError || err instanceof events/* EventError */.PM)
            runtime.setFailed(err.message);
        else
            runtime.setFailed(`ml-change-gate failed: ${(0,format/* messageOf */.bD)(err)}`);
    }
}
/** The inputs, with the token masked before anything else is read or logged. */
function readInputs(runtime) {
    const token = runtime.input('token').trim();
    if (token)
        runtime.setSecret(token);
    const inputs = readActionInputs((name) => runtime.input(name));
    runtime.log.debug(`Inputs: ${JSON.stringify({ ...inputs, token: inputs.token ? '***' : '' })}`);
    if (!inputs.token) {
        throw new InputError('token', 'Input token is empty; pass a token that can read the repository (the default, github.token, does), e.g. token: ${{ github.token }}.');
    }
    return inputs;
}
/**
 * What training depends on, when the inputs ask; else, with a checkout, the
 * filter patterns that match no file at the head.
 */
async function readDependencies(request) {
    const { inputs, observed, head, git, log } = request;
    if (head === '')
        return {};
    if (inputs.dependencies !== undefined) {
        const dependencies = await dependencyReport({
            settings: inputs.dependencies,
            changeSet: observed.changeSet,
            filters: observed.filters,
            trainOn: request.trainOn,
            ...(git !== undefined ? { git } : {}),
            api: request.api,
            log,
        });
        return { dependencies };
    }
    if (git === undefined || !observed.filtersKnown)
        return {};
    const deadPatterns = await checkoutDeadPatterns(git, head, observed.filters, log);
    return deadPatterns !== undefined ? { deadPatterns } : {};
}
/** Who and what the verdict is about, for the summary and the comment. */
function gateContext(event, resolved) {
    const pullRequest = resolved.pullRequest;
    return {
        repository: { serverUrl: event.serverUrl, owner: event.owner, repo: event.repo },
        eventName: event.eventName,
        ...(pullRequest ? { pullRequest: pullRequest.number, labels: pullRequest.labels } : {}),
        ...(Number.isSafeInteger(event.runId) && event.runId > 0 ? { runId: event.runId } : {}),
        ...(resolved.kind === 'none' && !resolved.unseen ? { nothingToCompare: resolved.reason } : {}),
    };
}
async function gate(runtime) {
    const { log } = runtime;
    const inputs = readInputs(runtime);
    // Inline filters and models are checked before anything is fetched, so bad input fails fast.
    const inline = {};
    if (inputs.filters?.kind === 'inline') {
        inline.filters = parseFilters(inputs.filters.text, 'the filters input');
    }
    if (inputs.models?.kind === 'inline') {
        inline.models = parseModels(inputs.models.text, 'the models input');
    }
    if (inputs.filters?.kind !== 'file' && inputs.models?.kind !== 'file') {
        checkGate(inline.filters ?? [], inline.models ?? [], inputs.engine);
    }
    const event = runtime.event();
    const plan = (0,events/* planComparison */.dX)({ eventName: event.eventName, payload: event.payload, sha: event.sha, ref: event.ref }, {
        ...(inputs.base ? { base: inputs.base } : {}),
        ...(inputs.ref ? { ref: inputs.ref } : {}),
    });
    log.info(`Event ${event.eventName}: ${plan.kind === 'none' ? plan.reason : plan.description}.`);
    const api = createGitHubApi({
        token: inputs.token,
        owner: event.owner,
        repo: event.repo,
        baseUrl: event.apiUrl,
        maxRequests: inputs.maxApiRequests,
        log: { debug: (m) => log.debug(m), warning: (m) => log.warning(m) },
    });
    await checkRefInputs(inputs, api, `${event.owner}/${event.repo}`, log);
    const checkout = await findCheckout(inputs.workingDirectory, runtime.workspace, log);
    log.info(checkout
        ? `Git checkout found at ${checkout.dir}.`
        : 'No git checkout: using the GitHub API only.');
    const resolved = await resolvePlan({
        plan,
        api,
        runId: event.runId,
        ...(inputs.trainingJob !== undefined ? { trainingJob: inputs.trainingJob } : {}),
        historyRuns: inputs.historyRuns,
        log,
    });
    log.debug(`Comparison plan: ${JSON.stringify(resolved)}`);
    const observed = await observeChange({
        plan: resolved,
        inputs,
        inline,
        event,
        checkout,
        api,
        log,
    });
    const { changeSet } = observed;
    const measured = await history_withHistory({
        cost: inputs.engine.cost,
        models: observed.models,
        trainingJob: inputs.trainingJob,
        historyRuns: inputs.historyRuns,
        runId: event.runId,
        api,
        log,
    });
    const settings = { ...inputs.engine, cost: measured.cost };
    // Without the filters (unreadable for now) train-on cannot be checked against them;
    // the change set is then incomplete, and on-error decides.
    if (!observed.filtersKnown)
        delete settings.trainOn;
    const { dependencies, deadPatterns } = await readDependencies({
        inputs,
        observed,
        trainOn: checkGate(observed.filters, measured.models, settings),
        head: resolved.kind === 'compare' ? changeSet.headSha : '',
        git: checkout !== undefined
            ? checkoutGit(checkout, { token: inputs.token, serverUrl: event.serverUrl, log })
            : undefined,
        api,
        log,
    });
    const report = evaluate({
        changeSet,
        filters: observed.filters,
        models: measured.models,
        ...(dependencies !== undefined ? { dependencies } : {}),
        ...(deadPatterns !== undefined ? { deadPatterns } : {}),
        settings,
        context: gateContext(event, resolved),
    });
    const { decision } = report;
    logFilters(report, runtime);
    log.info(`Changed files: ${changeSet.files.length} (source: ${changeSet.source}, complete: ${changeSet.complete}).`);
    if (!changeSet.complete)
        log.warning(decision.reason);
    if (decision.fail) {
        await writeSummary(inputs, report, runtime);
        await writeComment(inputs, report, event, api, runtime);
        runtime.setFailed(decision.reason);
        return;
    }
    writeOutputs(report, settings, runtime);
    log.debug(`GitHub API requests sent: ${api.requestCount()} of at most ${inputs.maxApiRequests}.`);
    log.info(`should-train=${decision.shouldTrain}: ${decision.reason}`);
    await writeSummary(inputs, report, runtime);
    await writeComment(inputs, report, event, api, runtime);
}


/***/ }),

/***/ 7462:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ deadPatterns),
/* harmony export */   p: () => (/* binding */ deadPatternWarning)
/* harmony export */ });
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6228);
/* harmony import */ var _filters_glob_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4521);


/**
 * The positive patterns of the filters that match none of `files`. Patterns
 * that only apply to deleted files are left out: the files they are for are
 * not at the commit by nature.
 */
function deadPatterns(filters, files) {
    const plain = files.map(_filters_glob_js__WEBPACK_IMPORTED_MODULE_0__/* .isPlainPath */ .qW);
    const dead = [];
    for (const filter of filters) {
        for (const rule of filter.rules) {
            if (rule.statuses !== undefined && [...rule.statuses].every((s) => s === 'deleted'))
                continue;
            for (const pattern of rule.includes) {
                if (!files.some((file, i) => pattern.matches(file, plain[i]))) {
                    dead.push({ filter: filter.name, pattern: pattern.source });
                }
            }
        }
    }
    return dead;
}
/** "the pattern 'requirements.txt' of filter training matches no file at the head commit" */
function deadPatternWarning(dead, commit = 'the head commit') {
    return `the pattern '${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .displayPath */ .Gt)(dead.pattern)}' of filter ${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .displayPath */ .Gt)(dead.filter)} matches no file at ${commit}`;
}


/***/ }),

/***/ 4521:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fh: () => (/* binding */ extglobShape),
/* harmony export */   TL: () => (/* binding */ ExtglobGroup),
/* harmony export */   YF: () => (/* binding */ MAX_BRACE_EXPANSIONS),
/* harmony export */   _V: () => (/* binding */ firstSegment),
/* harmony export */   gu: () => (/* binding */ GLOB_OPTIONS),
/* harmony export */   qW: () => (/* binding */ isPlainPath),
/* harmony export */   zJ: () => (/* binding */ Pattern)
/* harmony export */ });
/** A brace expansion larger than this is refused rather than silently cut short. */
const MAX_BRACE_EXPANSIONS = 1000;
const GLOB_OPTIONS = {
    dot: true,
    // `!` is handled here (last match wins), and `#` is an ordinary character in a path.
    nonegate: true,
    nocomment: true,
    braceExpandMax: MAX_BRACE_EXPANSIONS + 1,
};
/**
 * Characters that make a path segment of a glob something other than literal
 * text. Minimatch keeps a long numeric range such as `{1..2000}` unexpanded,
 * between two private-use characters, so those count as magic too.
 */
const MAGIC = /[*?[\]{}()!+@\\|\uE000-\uF8FF]/;
/**
 * Works out the literal parts of one brace-expanded glob, or undefined when
 * the glob has parts (`.`, `..`, empty segments) that minimatch rewrites.
 */
function hintFor(expanded) {
    const segments = expanded.split('/');
    if (segments.some((s) => s === '' || s === '.' || s === '..'))
        return undefined;
    let literal = 0;
    while (literal < segments.length && !MAGIC.test(segments[literal] ?? '*'))
        literal++;
    if (literal === segments.length) {
        return { exact: expanded, prefix: expanded, suffix: '', sure: true };
    }
    // The literal leading segments are followed by at least one more segment.
    const prefix = literal === 0 ? '' : `${segments.slice(0, literal).join('/')}/`;
    const last = segments[segments.length - 1] ?? '';
    let suffix = last;
    if (MAGIC.test(last)) {
        let end = last.length;
        while (end > 0 && !MAGIC.test(last.charAt(end - 1)))
            end--;
        suffix = last.slice(end);
    }
    const rest = segments.slice(literal);
    const sure = (rest.length === 1 && rest[0] === '**') ||
        (rest.length === 2 && rest[0] === '**' && last === `*${suffix}`);
    return { exact: undefined, prefix, suffix, sure };
}
/** A path with an empty, `.` or `..` segment, which minimatch treats specially. */
const UNPLAIN_PATH = /(?:^|\/)\.{0,2}(?:\/|$)/;
function isPlainPath(path) {
    return !UNPLAIN_PATH.test(path);
}
/** A path's first segment: up to the first `/`, or the whole path. */
function firstSegment(path) {
    const slash = path.indexOf('/');
    return slash === -1 ? path : path.slice(0, slash);
}
class Pattern {
    source;
    exclude;
    glob;
    #matcher;
    /** Undefined when no quick check is possible. */
    #hints;
    /**
     * The first path segments a plain path must have to match (`src` for
     * `src/training/**`); undefined when the glob may match under any.
     */
    firstSegments;
    constructor(source, exclude, glob, matcher) {
        this.source = source;
        this.exclude = exclude;
        this.glob = glob;
        this.#matcher = matcher;
        const hints = [];
        for (const expanded of matcher.globSet) {
            const hint = hintFor(expanded);
            if (hint === undefined)
                break;
            hints.push(hint);
        }
        const usable = hints.length === matcher.globSet.length && hints.length > 0 && hints.length <= 32;
        this.#hints = usable ? hints : undefined;
        let segments;
        if (usable) {
            segments = new Set();
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
    matches(path, plain = isPlainPath(path)) {
        const hints = this.#hints;
        if (plain && hints !== undefined) {
            let possible = false;
            for (const hint of hints) {
                if (hint.exact !== undefined
                    ? path === hint.exact
                    : path.startsWith(hint.prefix) && path.endsWith(hint.suffix)) {
                    if (hint.sure)
                        return true;
                    possible = true;
                }
            }
            if (!possible)
                return false;
        }
        return this.#matcher.match(path);
    }
}
/**
 * A pattern that is one extglob group with `/` inside, `!(a/**|b/**)` or
 * `@(a/**|b/**)`. Minimatch splits a glob at every `/` before it reads
 * extglobs, so such a group would match nothing; picomatch (dorny's engine)
 * reads it whole: `!(…)` matches every path that none of its alternatives
 * matches, `@(…)` every path one of them matches. Each alternative is a glob
 * of its own.
 */
class ExtglobGroup {
    source;
    exclude = false;
    glob;
    #negated;
    #alternatives;
    constructor(source, glob, negated, alternatives) {
        this.source = source;
        this.glob = glob;
        this.#negated = negated;
        this.#alternatives = alternatives;
    }
    matches(path, plain = isPlainPath(path)) {
        let any = false;
        for (const alternative of this.#alternatives) {
            if (alternative.matches(path, plain)) {
                any = true;
                break;
            }
        }
        return this.#negated ? !any : any;
    }
}
/**
 * Reads the extglob groups of a glob: `!(`, `@(`, `?(`, `*(`, `+(` up to the
 * matching `)`, skipping escaped characters and `[...]` classes.
 */
function extglobShape(glob) {
    let depth = 0;
    let slashInGroup = false;
    /** Index of the `)` closing the group opened at index 1, when the glob opens with one. */
    let firstClose = -1;
    const bars = [];
    let braces = 0;
    for (let i = 0; i < glob.length; i++) {
        const c = glob.charAt(i);
        if (c === '\\') {
            i++;
            continue;
        }
        if (c === '[') {
            const close = glob.indexOf(']', i + 2);
            if (close > 0) {
                i = close;
                continue;
            }
        }
        if (c === '(' && i > 0 && '!@?*+'.includes(glob.charAt(i - 1)))
            depth++;
        else if (c === ')' && depth > 0) {
            depth--;
            if (depth === 0 && firstClose < 0 && /^[!@]\(/.test(glob))
                firstClose = i;
        }
        else if (c === '/' && depth > 0)
            slashInGroup = true;
        else if (c === '{')
            braces++;
        else if (c === '}' && braces > 0)
            braces--;
        else if (c === '|' && depth === 1 && braces === 0 && firstClose < 0)
            bars.push(i);
    }
    const shape = { slashInGroup };
    if (firstClose === glob.length - 1 && /^[!@]\(/.test(glob)) {
        const alternatives = [];
        let from = 2;
        for (const bar of bars) {
            alternatives.push(glob.slice(from, bar));
            from = bar + 1;
        }
        alternatives.push(glob.slice(from, firstClose));
        shape.whole = { negated: glob.startsWith('!'), alternatives };
    }
    return shape;
}


/***/ }),

/***/ 6228:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $Q: () => (/* binding */ clip),
/* harmony export */   A3: () => (/* binding */ orList),
/* harmony export */   Gt: () => (/* binding */ displayPath),
/* harmony export */   LS: () => (/* binding */ plural),
/* harmony export */   XT: () => (/* binding */ listSome),
/* harmony export */   bD: () => (/* binding */ messageOf),
/* harmony export */   hD: () => (/* binding */ quote),
/* harmony export */   nf: () => (/* binding */ link),
/* harmony export */   r7: () => (/* binding */ shellWord)
/* harmony export */ });
/* unused harmony exports formatCount, pluralCount, escapeHtml, SHELL_SAFE */
/**
 * The small text helpers every ring uses, in one place: showing names in
 * one-line messages, quoting, clipping, plurals, lists, escaping for HTML and
 * the shell, and the message of an error. Pure.
 */
/**
 * Text for one-line messages (the `reason` output, log lines): a file name may
 * hold any character but NUL, so control characters are shown as escapes and
 * never break the line.
 */
function displayPath(path) {
    let out = '';
    for (const ch of path) {
        const code = ch.codePointAt(0) ?? 0;
        if (ch === '\n')
            out += '\\n';
        else if (ch === '\r')
            out += '\\r';
        else if (ch === '\t')
            out += '\\t';
        else if (code < 0x20 ||
            code === 0x7f ||
            (code >= 0x80 && code < 0xa0) ||
            code === 0x2028 ||
            code === 0x2029) {
            out += `\\u{${code.toString(16)}}`;
        }
        else
            out += ch;
    }
    return out;
}
/** "a, b, c and 4 more" from a list of names, at most `max` shown. */
function listSome(names, max = 3) {
    const shown = names.slice(0, max).map(displayPath);
    const rest = names.length - shown.length;
    return rest > 0 ? `${shown.join(', ')} and ${rest} more` : shown.join(', ');
}
/** "1 file" / "3 files". */
function plural(n, word, many = `${word}s`) {
    return `${n} ${n === 1 ? word : many}`;
}
/** "a", "a or b", "a, b or c". */
function orList(names) {
    if (names.length <= 1)
        return names.join('');
    return `${names.slice(0, -1).join(', ')} or ${names[names.length - 1]}`;
}
/** The message of an error, or the thing thrown as text. */
function messageOf(err) {
    return err instanceof Error ? err.message : String(err);
}
/** A value quoted for a message, control characters escaped, shortened when long. */
function quote(text, max = 80) {
    return JSON.stringify(text.length > max ? `${text.slice(0, max - 3)}...` : text);
}
/** `text` cut to at most `max` code points, the last one an ellipsis when cut. */
function clip(text, max) {
    const chars = Array.from(text);
    return chars.length <= max ? text : `${chars.slice(0, max - 1).join('')}…`;
}
/** A whole number with thousands separators: `10,000`. */
function formatCount(n) {
    return Math.round(n).toLocaleString('en-US');
}
/** "1 run" / "10,000 runs": as `plural`, with thousands separators. */
function pluralCount(n, word, many = `${word}s`) {
    return `${formatCount(n)} ${n === 1 ? word : many}`;
}
/** Text made safe inside HTML or XML, as element text or a quoted attribute value. */
function escapeHtml(text) {
    return text
        .replace(/&/g, '&amp;')
        .replace(/"/g, '&quot;')
        .replace(/'/g, '&#39;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;');
}
/** A link whose text is already HTML. */
function link(url, html) {
    return `<a href="${escapeHtml(url)}">${html}</a>`;
}
/** Characters that are never special to a POSIX shell, in any position. */
const SHELL_SAFE = /^[A-Za-z0-9_@%+:,./-]+$/;
/** One word as a POSIX shell reads it back: as it is when safe, else single-quoted. */
function shellWord(word) {
    if (SHELL_SAFE.test(word))
        return word;
    return `'${word.replace(/'/g, `'\\''`)}'`;
}


/***/ })

};
