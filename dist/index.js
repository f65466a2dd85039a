import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 5079:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  IX: () => (/* binding */ actionsRuntime)
});

// UNUSED EXPORTS: parseEventFile, readEvent

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(7598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(1455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(8161);
;// CONCATENATED MODULE: ./src/action/commands.ts
/**
 * The runner's workflow commands and files, as the action uses them: inputs
 * from INPUT_* variables, outputs appended to GITHUB_OUTPUT, the job summary
 * appended to GITHUB_STEP_SUMMARY, masks, annotations and log groups printed
 * as `::command::` lines. The same text @actions/core writes, without loading
 * its HTTP client and process runner on every run (a third of the bundle).
 */




/** An input as the runner passes it, trimmed; empty when not set. */
function getInput(name, env = process.env) {
    return (env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] || '').trim();
}
function escapeData(text) {
    return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
function escapeProperty(text) {
    return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
/** `::command name=value::message` on standard output. */
function issueCommand(command, message, properties = {}) {
    const props = Object.entries(properties)
        .filter(([, value]) => value !== '')
        .map(([key, value]) => `${key}=${escapeProperty(value)}`)
        .join(',');
    process.stdout.write(`::${command}${props ? ` ${props}` : ''}::${escapeData(message)}${external_node_os_.EOL}`);
}
/** `name<<delimiter` … `delimiter`: a value of any text, as GITHUB_OUTPUT reads it. */
function keyValueMessage(name, value) {
    const delimiter = `ghadelimiter_${(0,external_node_crypto_.randomUUID)()}`;
    if (name.includes(delimiter) || value.includes(delimiter)) {
        throw new Error(`Unexpected input: the output ${name} holds its own delimiter`);
    }
    return `${name}<<${delimiter}${external_node_os_.EOL}${value}${external_node_os_.EOL}${delimiter}`;
}
function setOutput(name, value) {
    const path = process.env.GITHUB_OUTPUT || '';
    if (path) {
        if (!(0,external_node_fs_.existsSync)(path))
            throw new Error(`Missing file at path: ${path}`);
        (0,external_node_fs_.appendFileSync)(path, `${keyValueMessage(name, value)}${external_node_os_.EOL}`, { encoding: 'utf8' });
        return;
    }
    process.stdout.write(external_node_os_.EOL);
    issueCommand('set-output', value, { name });
}
function setSecret(value) {
    issueCommand('add-mask', value);
}
function info(message) {
    process.stdout.write(message + external_node_os_.EOL);
}
function debug(message) {
    issueCommand('debug', message);
}
function warning(message) {
    issueCommand('warning', message);
}
function error(message) {
    issueCommand('error', message);
}
function startGroup(title) {
    issueCommand('group', title);
}
function endGroup() {
    issueCommand('endgroup', '');
}
/** Fails the step: exit code 1 and the message as an error annotation. */
function setFailed(message) {
    process.exitCode = 1;
    error(message);
}
/** Appends markdown (and a line end) to the job summary. */
async function appendSummary(markdown) {
    const path = process.env.GITHUB_STEP_SUMMARY;
    if (!path) {
        throw new Error('Unable to find environment variable for $GITHUB_STEP_SUMMARY. Check if your runtime environment supports job summaries.');
    }
    try {
        await (0,promises_.access)(path, promises_.constants.R_OK | promises_.constants.W_OK);
    }
    catch {
        throw new Error(`Unable to access summary file: '${path}'. Check if the file has correct read/write permissions.`);
    }
    await (0,promises_.appendFile)(path, markdown + external_node_os_.EOL, { encoding: 'utf8' });
}

// EXTERNAL MODULE: ./src/core/events.ts
var events = __nccwpck_require__(7842);
;// CONCATENATED MODULE: ./src/action/runtime.ts
/**
 * What the action reads from and writes to the runner, behind one interface:
 * inputs, the event, the runner's folders, the log, outputs, the step's
 * failure and the job summary. `actionsRuntime()` is the real one, over
 * the runner's workflow commands (commands.ts) and variables; tests pass their own.
 */




/**
 * The event file the runner wrote, read (not yet parsed) when the runtime is
 * made. GITHUB_EVENT_PATH is then taken out of the environment: @actions/github
 * (loaded when a proxy is set) parses that file as it loads and would end the
 * process with a stack trace on a file that is not JSON; the gate parses it
 * itself, after its inputs, and says what is wrong.
 */
function takeEventFile(env) {
    const path = env.GITHUB_EVENT_PATH ?? '';
    delete env.GITHUB_EVENT_PATH;
    if (path === '')
        return { path };
    try {
        return { path, text: (0,external_node_fs_.readFileSync)(path, 'utf8') };
    }
    catch (err) {
        return { path, error: err instanceof Error ? err.message : String(err) };
    }
}
/** The payload of the event file; an EventError when it cannot be read or is not a JSON object. */
function parseEventFile(file) {
    if (file.path === '')
        return {};
    if (file.text === undefined) {
        throw new events/* EventError */.PM(`The event file GITHUB_EVENT_PATH (${file.path}) cannot be read: ${file.error ?? 'no such file'}. The runner writes it; run the gate as a step of a GitHub Actions job.`);
    }
    let payload;
    try {
        payload = JSON.parse(file.text);
    }
    catch (err) {
        throw new events/* EventError */.PM(`The event file GITHUB_EVENT_PATH (${file.path}) is not JSON (${err instanceof Error ? err.message : String(err)}); it must hold the event payload as a JSON object.`);
    }
    if (typeof payload !== 'object' || payload === null || Array.isArray(payload)) {
        throw new events/* EventError */.PM(`The event file GITHUB_EVENT_PATH (${file.path}) holds ${Array.isArray(payload) ? 'an array' : String(payload === null ? 'null' : typeof payload)}; it must hold the event payload as a JSON object.`);
    }
    return payload;
}
/** owner/name from GITHUB_REPOSITORY, else from the payload's repository. */
function repositoryOf(variable, payload) {
    const repository = payload.repository;
    const fullName = typeof repository?.full_name === 'string'
        ? repository.full_name
        : typeof repository?.owner?.login === 'string' && typeof repository.name === 'string'
            ? `${repository.owner.login}/${repository.name}`
            : '';
    const slug = variable || fullName;
    const match = /^([^/\s]+)\/([^/\s]+)$/.exec(slug);
    if (!match) {
        throw new events/* EventError */.PM(`GITHUB_REPOSITORY is ${JSON.stringify(variable)}; it must name the repository as owner/name (the runner sets it).`);
    }
    return { owner: match[1] ?? '', repo: match[2] ?? '' };
}
/** The runner, through its workflow commands and variables. */
function actionsRuntime() {
    const env = process.env;
    const eventFile = takeEventFile(env);
    return {
        input: (name) => getInput(name),
        event: () => readEvent(env, eventFile),
        workspace: process.env.GITHUB_WORKSPACE || process.cwd(),
        runnerTemp: process.env.RUNNER_TEMP || (0,external_node_os_.tmpdir)(),
        hasSummary: Boolean(process.env.GITHUB_STEP_SUMMARY),
        log: {
            info: (m) => info(m),
            warning: (m) => warning(m),
            debug: (m) => debug(m),
            startGroup: (t) => startGroup(t),
            endGroup: () => endGroup(),
        },
        setSecret: (value) => setSecret(value),
        setOutput: (name, value) => setOutput(name, value),
        setFailed: (message) => setFailed(message),
        writeSummary: (markdown) => appendSummary(markdown),
    };
}
/**
 * The event as the runner describes it: its variables, and the payload of the
 * event file (an EventError when that is not a JSON object).
 */
function readEvent(env = process.env, eventFile = takeEventFile(env)) {
    const payload = parseEventFile(eventFile);
    const { owner, repo } = repositoryOf(env.GITHUB_REPOSITORY ?? '', payload);
    return {
        eventName: env.GITHUB_EVENT_NAME ?? '',
        payload,
        sha: env.GITHUB_SHA ?? '',
        ref: env.GITHUB_REF ?? '',
        owner,
        repo,
        apiUrl: env.GITHUB_API_URL || 'https://api.github.com',
        serverUrl: env.GITHUB_SERVER_URL || 'https://github.com',
        runId: Number.parseInt(env.GITHUB_RUN_ID ?? '', 10),
        workflow: env.GITHUB_WORKFLOW || '',
        job: env.GITHUB_JOB || '',
    };
}


/***/ }),

/***/ 7842:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   PM: () => (/* binding */ EventError),
/* harmony export */   dX: () => (/* binding */ planComparison)
/* harmony export */ });
/* unused harmony export ZERO_SHA */
/**
 * Event payload → which commits to compare. Pure: the caller passes what the
 * runner provides (event name, payload, GITHUB_SHA) and the `base`/`ref` inputs.
 */
/** Commit SHA GitHub sends for "no commit" (a new or deleted branch). */
const ZERO_SHA = '0000000000000000000000000000000000000000';
/** The event payload does not have what the event needs. */
class EventError extends Error {
    constructor(message) {
        super(message);
        this.name = 'EventError';
    }
}
function isObject(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v);
}
function field(obj, path) {
    let cur = obj;
    for (const key of path.split('.')) {
        if (!isObject(cur))
            return undefined;
        cur = cur[key];
    }
    return cur;
}
function stringField(obj, path) {
    const v = field(obj, path);
    return typeof v === 'string' && v !== '' ? v : undefined;
}
function requireString(eventName, obj, path) {
    const v = stringField(obj, path);
    if (v === undefined) {
        throw new EventError(`The ${eventName} event payload has no ${path}; cannot tell which commits to compare. ` +
            'Set the base and ref inputs to choose them.');
    }
    return v;
}
/** A commit SHA as GitHub writes it: 40 (SHA-1) or 64 (SHA-256) lowercase hex digits. */
const SHA = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/;
/** A field that names a commit: a full SHA, or an EventError naming the field. */
function requireSha(eventName, obj, path) {
    const v = requireString(eventName, obj, path);
    checkSha(eventName, path, v);
    return v;
}
function checkSha(eventName, path, value) {
    if (value !== undefined && !SHA.test(value)) {
        throw new EventError(`The ${eventName} event payload's ${path} is ${JSON.stringify(value.slice(0, 80))}; it must be a full commit SHA (40 or 64 hexadecimal digits). ` +
            'Set the base and ref inputs to choose the commits.');
    }
}
/** An optional SHA field: undefined when absent, an EventError when present but not a SHA. */
function shaField(eventName, obj, path) {
    const v = stringField(obj, path);
    checkSha(eventName, path, v);
    return v;
}
function isPullNumber(v) {
    return typeof v === 'number' && Number.isSafeInteger(v) && v > 0;
}
function isZero(sha) {
    return sha === undefined || /^0+$/.test(sha);
}
function pullRequestInfo(eventName, payload) {
    const pr = field(payload, 'pull_request');
    if (!isObject(pr)) {
        throw new EventError(`The ${eventName} event payload has no pull_request object; the runner's event file is not a pull request event.`);
    }
    const number = isPullNumber(pr.number) ? pr.number : field(payload, 'number');
    if (!isPullNumber(number)) {
        throw new EventError(`The ${eventName} event payload's pull_request.number is ${JSON.stringify(pr.number ?? null)}; it must be the pull request's number, a whole number of 1 or more.`);
    }
    const labels = [];
    if (Array.isArray(pr.labels)) {
        for (const label of pr.labels) {
            const name = field(label, 'name');
            if (typeof name === 'string')
                labels.push(name);
        }
    }
    const info = { number, labels };
    const changed = pr.changed_files;
    if (typeof changed === 'number' && Number.isSafeInteger(changed) && changed >= 0) {
        info.changedFiles = changed;
    }
    return info;
}
/** Decides which commits the gate compares for an event. */
function planComparison(event, overrides = {}) {
    const { eventName, payload } = event;
    const defaultBranch = stringField(payload, 'repository.default_branch');
    const withDefault = (plan) => defaultBranch === undefined ? plan : { ...plan, defaultBranch };
    const base = overrides.base || undefined;
    const ref = overrides.ref || undefined;
    switch (eventName) {
        case 'pull_request':
        case 'pull_request_target': {
            const pullRequest = pullRequestInfo(eventName, payload);
            const prBase = requireSha(eventName, payload, 'pull_request.base.sha');
            const prHead = requireSha(eventName, payload, 'pull_request.head.sha');
            const plan = {
                kind: 'compare',
                base: base ?? prBase,
                head: ref ?? prHead,
                description: base || ref
                    ? `pull request #${pullRequest.number}, commits from the base and ref inputs`
                    : `pull request #${pullRequest.number}: its base and head`,
                pullRequest,
            };
            return withDefault(plan);
        }
        case 'push': {
            const after = shaField(eventName, payload, 'after') ?? event.sha;
            const before = shaField(eventName, payload, 'before');
            const pushedRef = stringField(payload, 'ref') ?? event.ref;
            if (base || ref) {
                return withDefault({
                    kind: 'compare',
                    base: base ?? (isZero(before) ? undefined : before),
                    head: ref ?? after,
                    description: 'push, commits from the base and ref inputs',
                });
            }
            if (field(payload, 'deleted') === true || isZero(after)) {
                return {
                    kind: 'none',
                    unseen: false,
                    reason: `${pushedRef} was deleted: there is no new commit to train on`,
                    head: after,
                };
            }
            if (before === undefined || isZero(before) || field(payload, 'created') === true) {
                if (defaultBranch !== undefined && pushedRef === `refs/heads/${defaultBranch}`) {
                    return {
                        kind: 'none',
                        unseen: true,
                        reason: `first push of the default branch ${defaultBranch}: there is no earlier commit to compare with`,
                        head: after,
                    };
                }
                return withDefault({
                    kind: 'compare',
                    base: undefined,
                    head: after,
                    description: `new ${pushedRef.startsWith('refs/tags/') ? 'tag' : 'branch'} ${shortRef(pushedRef)}, compared with the default branch`,
                });
            }
            const forced = field(payload, 'forced') === true;
            return withDefault({
                kind: 'compare',
                base: before,
                head: after,
                description: forced
                    ? `force push to ${shortRef(pushedRef)}: the old head's and the new head's files (before..after), so that dropped commits count`
                    : `push to ${shortRef(pushedRef)}: before and after`,
                ...(forced ? { twoDot: true } : {}),
            });
        }
        case 'merge_group': {
            const mgBase = requireSha(eventName, payload, 'merge_group.base_sha');
            const mgHead = requireSha(eventName, payload, 'merge_group.head_sha');
            return withDefault({
                kind: 'compare',
                base: base ?? mgBase,
                head: ref ?? mgHead,
                description: base || ref
                    ? 'merge queue entry, commits from the base and ref inputs'
                    : 'merge queue entry: its base and head',
            });
        }
        case 'workflow_run':
            if (base || ref)
                break;
            return workflowRunPlan(payload, defaultBranch);
        case 'issue_comment': {
            if (base || ref)
                break;
            const number = field(payload, 'issue.number');
            if (!isObject(field(payload, 'issue.pull_request'))) {
                return {
                    kind: 'none',
                    unseen: true,
                    reason: 'the comment is on an issue, not a pull request, so there is no change to look at; set the base and ref inputs to choose commits',
                    head: event.sha,
                };
            }
            if (typeof number !== 'number' || !Number.isSafeInteger(number) || number < 1) {
                throw new EventError('The issue_comment event payload has no issue.number; cannot tell which pull request to compare. Set the base and ref inputs to choose the commits.');
            }
            return {
                kind: 'pull-request',
                number,
                description: `a comment on pull request #${number}: its base and head`,
                ...(defaultBranch !== undefined ? { defaultBranch } : {}),
            };
        }
    }
    return otherEvent(event, base, ref, defaultBranch);
}
/** Events that name no commits: the workflow commit (or ref input) against the base input or the default branch. */
function otherEvent(event, base, ref, defaultBranch) {
    const { eventName } = event;
    const head = ref ?? event.sha;
    const branch = !ref && event.ref.startsWith('refs/heads/') ? shortRef(event.ref) : undefined;
    if (!base && branch !== undefined && branch === defaultBranch) {
        return {
            kind: 'since-last-run',
            head,
            branch,
            description: `${eventName} on ${branch}: the commits since the last successful run`,
            defaultBranch,
        };
    }
    const plan = {
        kind: 'compare',
        base,
        head,
        description: `${eventName}: ${ref ? 'the ref input' : 'the workflow commit'} against ${base ? 'the base input' : 'the default branch'}`,
        ...(defaultBranch !== undefined ? { defaultBranch } : {}),
    };
    if (!base && branch !== undefined)
        plan.runOn = branch;
    if (!base && !ref && branch === undefined) {
        plan.unplaced = `the ${eventName} event names no commits and runs on ${event.ref || 'no branch'}, not a branch, and its commit has no change against the default branch (it is already on it), so what it brings cannot be told; set the base and ref inputs to choose the commits`;
    }
    return plan;
}
/**
 * A workflow started by another one finishing (how teams give pull requests
 * from forks GPU runners and secrets): the triggering run's head, against its
 * pull request's base when the payload names one, else since the last run.
 */
function workflowRunPlan(payload, defaultBranch) {
    const head = requireSha('workflow_run', payload, 'workflow_run.head_sha');
    const pulls = field(payload, 'workflow_run.pull_requests');
    const pull = Array.isArray(pulls) ? pulls[0] : undefined;
    const prBase = stringField(pull, 'base.sha');
    checkSha('workflow_run', 'workflow_run.pull_requests[0].base.sha', prBase);
    const number = field(pull, 'number');
    const withDefault = defaultBranch !== undefined ? { defaultBranch } : {};
    if (prBase !== undefined && isPullNumber(number)) {
        return {
            kind: 'compare',
            base: prBase,
            head,
            description: `workflow_run of pull request #${number}: its base and the triggering run's head`,
            pullRequest: { number, labels: [] },
            ...withDefault,
        };
    }
    if (stringField(payload, 'workflow_run.event') === 'pull_request') {
        return {
            kind: 'none',
            unseen: true,
            reason: 'the triggering run is of a pull request the workflow_run payload does not name (as for pull requests from forks), so its base is unknown; set the base and ref inputs to choose the commits',
            head,
        };
    }
    const branch = stringField(payload, 'workflow_run.head_branch');
    if (branch === undefined) {
        return {
            kind: 'none',
            unseen: true,
            reason: 'the workflow_run payload names no branch to compare on',
            head,
        };
    }
    return {
        kind: 'since-last-run',
        head,
        branch,
        description: `workflow_run on ${branch}: the triggering run's head, against the last successful run`,
        ...withDefault,
    };
}
function shortRef(ref) {
    return ref.replace(/^refs\/(heads|tags)\//, '');
}


/***/ }),

/***/ 9407:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _action_runtime_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(5079);

// The runtime takes the event file before the GitHub client (which would parse it as it loads) is loaded.
const runtime = (0,_action_runtime_js__WEBPACK_IMPORTED_MODULE_0__/* .actionsRuntime */ .IX)();
const { runAction } = await Promise.all(/* import() */[__nccwpck_require__.e(747), __nccwpck_require__.e(863)]).then(__nccwpck_require__.bind(__nccwpck_require__, 2863));
await runAction(runtime);

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 2613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 8611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 5692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 9278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 4589:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");

/***/ }),

/***/ 6698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 1421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 7540:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:console");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 610:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns");

/***/ }),

/***/ 8474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 2467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 7030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

/***/ }),

/***/ 1792:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 1692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 3429:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util/types");

/***/ }),

/***/ 5919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 3193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 4756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(9407);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
