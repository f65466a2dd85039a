#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 5581:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _cli_main_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(1395);
/**
 * The `ml-change-gate` command line: `check`, `backtest` and `demo` (see
 * cli-main.ts). Runs the commands with the process's streams and sets the
 * exit code; nothing else.
 */


// A reader that stops early (`| head`) is not an error.
for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (err) => {
        if (err.code === 'EPIPE')
            process.exit(process.exitCode ?? 0);
        throw err;
    });
}
process.exitCode = await (0,_cli_main_js__WEBPACK_IMPORTED_MODULE_1__/* .main */ .i)(process.argv.slice(2), {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    progress: process.stderr.isTTY === true,
    ...(process.stdout.isTTY ? { columns: process.stdout.columns } : {}),
    cwd: process.cwd(),
    now: new Date(),
    env: process.env,
    program: ['node', (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(process.argv[1] ?? 'dist/cli/index.js')],
});

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 1395:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  i: () => (/* binding */ main)
});

;// CONCATENATED MODULE: ./package.json
const package_namespaceObject = {"rE":"0.1.0"};
// EXTERNAL MODULE: ./src/core/format.ts
var format = __nccwpck_require__(6228);
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
class types_InputError extends Error {
    input;
    constructor(input, message) {
        super(message);
        this.name = 'InputError';
        this.input = input;
    }
}

// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __nccwpck_require__(7975);
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
function seconds(job) {
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
        const s = seconds(job);
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
        throw new types_InputError('history-runs', `Input history-runs is ${(0,format/* quote */.hD)(value)}; it must be a whole number from 1 to ${HISTORY_RUNS_MAX} (each run measured costs one API request).`);
    }
    return n;
}
/** The training-job input: one job name on one line; empty gives undefined. */
function readTrainingJob(raw) {
    const value = raw.trim();
    if (value === '')
        return undefined;
    if (/[\r\n]/.test(value)) {
        throw new types_InputError('training-job', `Input training-job is ${(0,format/* quote */.hD)(value)}; give the name of one job, on one line, as the Actions page shows it (its name:, or its id when it has no name).`);
    }
    return value;
}

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
        throw new types_InputError('gpu-runner', `Input gpu-runner is ${JSON.stringify(runnerName)}, which is not a known runner; known runners: ${RUNNER_PRESETS.map((p) => p.name).join(', ')}. Or leave it empty and set gpu-hourly-cost.`);
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
        throw new types_InputError('gpu-runner', `Input gpu-runner is ${JSON.stringify(preset.name)}, whose price is in ${preset.currency}, but input currency is ${JSON.stringify(inputs.currency)}; set gpu-hourly-cost to the price in ${inputs.currency}, or currency to ${preset.currency}.`);
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
        throw new types_InputError(name, `Input ${name} is ${(0,format/* quote */.hD)(value)}; allowed values: ${allowed.join(', ')}.`);
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
    throw new InputError(name, `Input ${name} is ${quote(raw.trim())}; allowed values: true, false.`);
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
        throw new types_InputError(name, `Input ${name} is ${(0,format/* quote */.hD)(value)}; it must be a ${positive ? 'number greater than 0' : 'number of 0 or more'} and at most ${String(max)}, written like 1.60 (no currency sign, unit or exponent).`);
    }
    return n;
}
/** A three-letter ISO 4217 code that Intl knows; empty gives USD. */
function readCurrency(raw) {
    const value = raw.trim().toUpperCase() || 'USD';
    // Three letters is all Intl asks of a currency code (it formats codes it does not know);
    // checking with a formatter would cost tens of milliseconds of ICU loading on every run.
    if (!/^[A-Z]{3}$/.test(value)) {
        throw new types_InputError('currency', `Input currency is ${(0,format/* quote */.hD)(raw.trim())}; it must be a three-letter ISO 4217 code such as USD, EUR or GBP.`);
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
        throw new types_InputError('train-on', `Input train-on names ${unknown.map((name) => (0,format/* quote */.hD)(name)).join(', ')}, which ${unknown.length === 1 ? 'is not a filter' : 'are not filters'}; the filters defined are: ${names.join(', ')}.`);
    }
    return [...new Set(trainOn)];
}
/** The default settings (as with every input left empty), with `changes` applied. */
function engineSettings(changes = {}) {
    return { ...readEngineSettings(() => ''), ...changes };
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
    throw new types_InputError('training-entrypoints', `Input training-entrypoints names ${JSON.stringify(text)}; an entry point is a script (train.py), a notebook (train.ipynb), a glob (scripts/train_*.py) or a module (python -m pkg.train), relative to the repository's root, one per line.`);
}
/** Reads the dependency inputs; empty entry points and stages mean no analysis. */
function readDependencySettings(entrypoints, roots, stages) {
    entrypoints.forEach(checkEntryPoint);
    for (const root of roots) {
        if (root.startsWith('/') || root.split('/').includes('..')) {
            throw new types_InputError('source-roots', `Input source-roots names ${JSON.stringify(root)}; a source root is a folder of the repository, relative to its root, without "..".`);
        }
    }
    if (entrypoints.length === 0 && stages.length === 0) {
        if (roots.length > 0) {
            throw new types_InputError('source-roots', 'Input source-roots is set, but training-entrypoints and dvc-stages are empty: name the training entry points whose imports the roots are for.');
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

;// CONCATENATED MODULE: ./src/cli/options.ts
/**
 * The options of each command, in one table: what `parseArgs` reads, what the
 * help lists, and what a "needs a value" error says. The engine's settings are
 * flags named as the action's inputs, so a workflow's `with:` block reads as a
 * command line.
 */
const HELP_OPTION = {
    help: { type: 'boolean', short: 'h', help: 'show this help' },
};
const FILTERS = {
    filters: {
        type: 'string',
        arg: 'FILE',
        value: 'the path of a YAML filters file',
        help: "the filters, in the grammar of the action's filters input\n(required unless --models is given)",
    },
    models: {
        type: 'string',
        arg: 'FILE',
        value: 'the path of a YAML models file',
        help: "several models, in the grammar of the action's models input:\neach model decided, with its own cost",
    },
    'train-on': {
        type: 'string',
        multiple: true,
        arg: 'LIST',
        value: 'filter names, comma-separated',
        help: 'filters whose match means training, comma-separated\n(default: every filter but those named like docs, tests or CI)',
    },
    'predicate-quantifier': {
        type: 'string',
        arg: 'Q',
        value: 'some or every',
        help: "some (default) or every, as the action's input",
    },
};
/** The decision settings: as the action's inputs, and the pull request's labels. */
const DECISION = {
    force: {
        type: 'boolean',
        inlineValue: true,
        help: 'train whatever changed, as the action input force: true;\n--force=a,b trains the models named',
    },
    'force-label': {
        type: 'string',
        arg: 'NAME',
        value: 'a label name',
        help: "a pull-request label that forces training, as the action's input",
    },
    label: {
        type: 'string',
        multiple: true,
        arg: 'NAME',
        value: 'a label name',
        help: "a label of the change's pull request, for --force-label (repeatable)",
    },
    'on-error': {
        type: 'string',
        arg: 'WHAT',
        value: 'train, skip or fail',
        help: 'train (default), skip or fail when the change cannot be seen whole',
    },
};
const COST = {
    'gpu-hourly-cost': {
        type: 'string',
        arg: 'X',
        value: 'a price such as 1.60',
        help: 'price of one hour of the training runner, e.g. 1.60',
    },
    'gpu-runner': {
        type: 'string',
        arg: 'NAME',
        value: 'a runner preset such as aws-g5.xlarge',
        help: 'a runner whose price is known, e.g. github-gpu-t4 or aws-g5.xlarge',
    },
    'training-hours': {
        type: 'string',
        arg: 'H',
        value: 'a number of hours such as 0.75',
        help: 'length of one training run in hours, e.g. 0.75',
    },
    'gpu-count': {
        type: 'string',
        arg: 'G',
        value: 'a number such as 1',
        help: 'runners (or GPUs priced per hour) one run occupies (default: 1)',
    },
    currency: {
        type: 'string',
        arg: 'C',
        value: 'a currency code such as USD',
        help: 'ISO 4217 code shown with costs (default: USD)',
    },
    'cost-limit': {
        type: 'string',
        arg: 'X',
        value: 'an amount such as 20',
        help: 'the most one triggered training may cost before over-limit is true',
    },
};
const LIST_FILES = {
    'list-files': {
        type: 'string',
        arg: 'FORMAT',
        value: 'none, json, csv, shell or escape',
        help: 'none (default), json, csv, shell or escape: <filter>_files in --json',
    },
};
/** The training time measured from past runs, as the action's training-job input does. */
const HISTORY = {
    'training-job': {
        type: 'string',
        arg: 'NAME',
        value: 'the name of the training job',
        help: "measure the training time from the job's past successful runs\n(needs --workflow and GITHUB_TOKEN; training-hours wins)",
    },
    workflow: {
        type: 'string',
        arg: 'FILE',
        value: 'a workflow file name such as ci.yml',
        help: 'the workflow whose runs --training-job reads, e.g. ci.yml',
    },
    'history-runs': {
        type: 'string',
        arg: 'N',
        value: 'a number of runs',
        help: 'most past runs the training time is measured over (default: 10)',
    },
};
/** What training depends on, as the action's inputs of the same names. */
const DEPENDENCIES = {
    'training-entrypoints': {
        type: 'string',
        multiple: true,
        arg: 'LIST',
        value: 'training entry points, comma-separated',
        help: "training scripts, notebooks, globs or 'python -m pkg.train':\na change to a file they import trains (repeatable)",
    },
    'source-roots': {
        type: 'string',
        multiple: true,
        arg: 'LIST',
        value: 'folders, comma-separated',
        help: "folders searched for top-level modules (default: the root,\nsrc/, those pyproject.toml declares, the entry point's folder)",
    },
    'dvc-stages': {
        type: 'string',
        multiple: true,
        arg: 'LIST',
        value: 'DVC stage names, comma-separated',
        help: 'DVC stages whose deps, scripts and params train,\nwith the stages upstream (repeatable)',
    },
};
const REPO = {
    repo: {
        type: 'string',
        arg: 'DIR',
        value: 'a folder',
        help: 'the repository (default: the current folder)',
    },
};
const CHECK_OPTIONS = {
    ...FILTERS,
    base: {
        type: 'string',
        arg: 'REF',
        value: 'a branch, tag or commit',
        help: 'compare from the merge base with REF\n(default: the default branch: origin/HEAD, main or master)',
    },
    head: {
        type: 'string',
        arg: 'REF',
        value: 'a branch, tag or commit',
        help: 'the change to decide (default: HEAD)',
    },
    ...DECISION,
    ...DEPENDENCIES,
    explain: {
        type: 'boolean',
        help: 'with --training-entrypoints or --dvc-stages: list the files\ntraining imports that no train-on filter covers, and the\nPython files those filters cover that nothing imports',
    },
    ...LIST_FILES,
    ...COST,
    ...HISTORY,
    json: { type: 'boolean', help: "print exactly the action's outputs, as one JSON object" },
    'files-json': {
        type: 'string',
        arg: 'FILE',
        value: 'the path of a JSON file to write',
        help: 'also write the complete file lists to FILE, as the action\ndoes, and name it in the files-json-path output',
    },
    markdown: { type: 'boolean', help: 'print the job summary the action would write' },
    ...REPO,
    ...HELP_OPTION,
};
const BACKTEST_OPTIONS = {
    ...FILTERS,
    branch: {
        type: 'string',
        arg: 'B',
        value: 'a branch name',
        help: 'the branch to replay (default: the default branch:\norigin/HEAD, main or master)',
    },
    last: {
        type: 'string',
        arg: 'N',
        value: 'a number of commits',
        help: 'the last N first-parent commits',
    },
    since: {
        type: 'string',
        arg: 'DATE',
        value: 'a date such as 2025-03-01',
        help: 'the commits since DATE: YYYY-MM-DD (UTC) or an ISO 8601 time\n(default: the last 30 days)',
    },
    ...DECISION,
    ...DEPENDENCIES,
    'list-files': {
        ...LIST_FILES['list-files'],
        type: 'string',
        help: "the action's list-files, taken so the same flags work here\n(a backtest sets no outputs)",
    },
    ...COST,
    ...HISTORY,
    json: { type: 'boolean', help: 'print the totals and every event as one JSON object' },
    report: {
        type: 'string',
        arg: 'FILE.md',
        value: 'the path of a Markdown file',
        help: 'also write a Markdown report, with its chart in FILE.svg',
    },
    ...REPO,
    ...HELP_OPTION,
};
const DEMO_OPTIONS = {
    seed: {
        type: 'string',
        arg: 'N',
        value: 'a whole number',
        help: 'the seed of the history (default: 1)',
    },
    dir: {
        type: 'string',
        arg: 'DIR',
        value: 'a folder',
        help: 'an empty or new folder for the repository, the filters and\nthe report (default: a new temporary folder)',
    },
    json: { type: 'boolean', help: 'print the backtest as JSON, as backtest --json does' },
    events: { type: 'boolean', help: 'also print every event, as backtest does' },
    ...HELP_OPTION,
};
/** The option lines of a help text, aligned on the longest flag. */
function optionLines(table) {
    const flags = Object.entries(table).map(([name, spec]) => `${spec.short ? `-${spec.short}, ` : ''}--${name}${spec.arg ? ` ${spec.arg}` : ''}`);
    const width = Math.max(...flags.map((f) => f.length));
    const lines = [];
    Object.values(table).forEach((spec, i) => {
        const [first = '', ...more] = spec.help.split('\n');
        lines.push(`  ${(flags[i] ?? '').padEnd(width)} ${first}`);
        for (const line of more)
            lines.push(`${' '.repeat(width + 3)}${line}`);
    });
    return lines.join('\n');
}

;// CONCATENATED MODULE: ./src/cli/help.ts
/** The help texts of the command line. */

const PROGRAM = 'ml-change-gate';
const MAIN_HELP = `${PROGRAM}: decide from the files a change touched whether ML training must run,
and see what the gate would have saved on your own history. Same engine as the GitHub Action.

Usage:
  ${PROGRAM} check --filters FILE [options]      the decision for a local change
  ${PROGRAM} backtest --filters FILE [options]   replay a branch's history through the gate
  ${PROGRAM} demo [options]                      backtest a synthetic month of an ML repository
  ${PROGRAM} <command> --help                    the options of a command

Options:
  -h, --help       show this help
  -v, --version    show the version

Exit codes: 0 done, 1 failed (git, files), 2 bad arguments.
`;
const CHECK_HELP = `Usage: ${PROGRAM} check --filters FILE [--base REF] [--head REF] [options]

Decides should-train for a local change, as the action decides it in CI: the files
changed from the merge base of BASE and HEAD to HEAD (renames detected) are matched
against the filters. Only commits count: uncommitted changes are not looked at.
The options named as the action's inputs take the same values and give the same
decision, reason and cost.

Options:
${optionLines(CHECK_OPTIONS)}

Examples:
  ${PROGRAM} check --filters .github/ml-change-gate.yml
  ${PROGRAM} check --filters filters.yml --base origin/main --json
  ${PROGRAM} check --filters filters.yml --gpu-runner aws-g5.xlarge --training-hours 2 --label retrain --force-label retrain
`;
const BACKTEST_HELP = `Usage: ${PROGRAM} backtest --filters FILE [--branch B] [--last N | --since DATE] [options]

Replays the first-parent history of a branch through the gate. Each first-parent
commit is one CI event (a merged pull request or a direct push), its change being
its diff against its first parent, renames detected, decided with the same
settings as the action. Prints every event (date, commit, subject, train or skip,
filters matched) and the totals: training runs, GPU-hours and cost with and
without the gate, and the saving.

Options:
${optionLines(BACKTEST_OPTIONS)}

Examples:
  ${PROGRAM} backtest --filters .github/ml-change-gate.yml --gpu-hourly-cost 1.60 --training-hours 0.75
  ${PROGRAM} backtest --filters filters.yml --branch main --last 500 --report backtest.md
`;
const DEMO_HELP = `Usage: ${PROGRAM} demo [--seed N] [--dir DIR] [--json] [--events]

Builds a synthetic month of an ML repository from a seed (pull requests touching
docs, notebooks, tests and serving code, a few touching training code,
configuration and data; merges and direct pushes), then backtests it with the
README's example prices (gpu-hourly-cost 1.60, training-hours 0.75, gpu-count 1,
USD) and prints the totals, a pull request it trained for and one it skipped, and
where the full report is. The numbers come from the generated history and the
gate, so the same seed always gives the same report.

Options:
${optionLines(DEMO_OPTIONS)}
`;
const HELP_TEXTS = {
    check: CHECK_HELP,
    backtest: BACKTEST_HELP,
    demo: DEMO_HELP,
};

;// CONCATENATED MODULE: ./src/cli/args.ts
/**
 * The command line's arguments → the command to run, every value checked
 * before anything runs. `node:util`'s parseArgs reads the words; the messages
 * for what it cannot accept are the project's own. The engine's settings go
 * through the same reader as the action's inputs, so both accept and refuse
 * the same values with the same words, the option named as `--name`.
 */








/** Bad arguments: the message says what is wrong; the CLI exits with 2. */
class UsageError extends Error {
    /** The command whose usage to point at, when known. */
    command;
    constructor(message, command) {
        super(message);
        this.name = 'UsageError';
        this.command = command;
    }
}
/** The window a backtest replays when neither --last nor --since is given. */
const DEFAULT_WINDOW_DAYS = 30;
/**
 * Reads `--name value`, `--name=value`, boolean `--flag` and `-h` with
 * parseArgs. Anything else (an unknown option, a missing value, a value for a
 * flag, a repeated option, a word that is not an option) is a UsageError
 * naming it.
 */
function parseOptions(command, args, table) {
    const more = `Run ${PROGRAM} ${command} --help for its options.`;
    const options = Object.fromEntries(Object.entries(table).map(([name, spec]) => [
        name,
        { type: spec.type, ...(spec.short ? { short: spec.short } : {}) },
    ]));
    const { tokens } = (0,external_node_util_.parseArgs)({
        args: [...args],
        options,
        strict: false,
        allowPositionals: true,
        tokens: true,
    });
    const values = new Map();
    for (const token of tokens) {
        if (token.kind !== 'option') {
            const word = token.kind === 'positional' ? token.value : '--';
            throw new UsageError(word.startsWith('-')
                ? `Unknown option ${(0,format/* quote */.hD)(word)} for ${command}. ${more}`
                : `Unexpected argument ${(0,format/* quote */.hD)(word)}: ${command} takes only options. ${more}`, command);
        }
        const { name } = token;
        const spec = table[name];
        if (spec === undefined) {
            const shown = token.rawName.startsWith('--') ? `--${name}` : token.rawName;
            throw new UsageError(`Unknown option ${shown} for ${command}. ${more}`, command);
        }
        let value;
        if (spec.type === 'boolean') {
            if (token.value !== undefined && !spec.inlineValue) {
                throw new UsageError(`--${name} takes no value.`, command);
            }
            value = token.value ?? true;
        }
        else if (token.value === undefined ||
            (!token.inlineValue && token.value.startsWith('--') && token.value.length > 2)) {
            throw new UsageError(`--${name} needs a value: ${spec.value ?? 'text'}.`, command);
        }
        else {
            value = token.value;
        }
        const earlier = values.get(name);
        if (earlier !== undefined) {
            if (spec.type === 'boolean')
                continue;
            if (!spec.multiple) {
                throw new UsageError(`--${name} is given more than once; give it once.`, command);
            }
            value = `${String(earlier)},${String(value)}`;
        }
        values.set(name, value);
    }
    return values;
}
function args_text(values, name) {
    const value = values.get(name);
    return typeof value === 'string' ? value : undefined;
}
function flag(values, name) {
    return values.get(name) === true;
}
/** A non-empty option value, or undefined when the option was not given. */
function nonEmpty(values, name, command, table) {
    const value = args_text(values, name);
    if (value === undefined)
        return undefined;
    if (value.trim() === '') {
        throw new UsageError(`--${name} is empty; give ${table[name]?.value ?? 'a value'}.`, command);
    }
    return value.trim();
}
/** An InputError of the engine's or the action's rules, reworded for the command line. */
function asOptionError(err, command) {
    const lead = `Input ${err.input}`;
    const message = err.message.startsWith(lead)
        ? `--${err.input}${err.message.slice(lead.length)}`
        : err.message;
    return new UsageError(message, command);
}
/** The filters file, the engine's settings and the labels, from the options named as the action's inputs. */
function engineOptions(values, command, table) {
    const filters = nonEmpty(values, 'filters', command, table);
    const models = nonEmpty(values, 'models', command, table);
    if (filters === undefined && models === undefined) {
        throw new UsageError(`--filters is required: the YAML file of filters, e.g. ${PROGRAM} ${command} --filters .github/ml-change-gate.yml (or give --models FILE).`, command);
    }
    for (const name of ['train-on', 'label']) {
        if (values.has(name) && splitList(args_text(values, name) ?? '').length === 0) {
            throw new UsageError(`--${name} is empty; give ${table[name]?.value}.`, command);
        }
    }
    const read = (name) => name === 'force' && flag(values, 'force') ? 'true' : (args_text(values, name) ?? '');
    let settings;
    try {
        settings = readEngineSettings(read);
    }
    catch (err) {
        if (err instanceof types_InputError)
            throw asOptionError(err, command);
        throw err;
    }
    const repo = nonEmpty(values, 'repo', command, table);
    const history = trainingHistory(values, command, table);
    let dependencies;
    try {
        dependencies = readDependencySettings(splitList(args_text(values, 'training-entrypoints') ?? ''), splitList(args_text(values, 'source-roots') ?? ''), splitList(args_text(values, 'dvc-stages') ?? ''));
    }
    catch (err) {
        if (err instanceof types_InputError)
            throw asOptionError(err, command);
        throw err;
    }
    if (dependencies !== undefined && models !== undefined) {
        throw new UsageError('--training-entrypoints and --dvc-stages go with --filters; with --models, give each model its paths.', command);
    }
    return {
        ...(filters !== undefined ? { filters } : {}),
        ...(models !== undefined ? { models } : {}),
        settings,
        labels: splitList(args_text(values, 'label') ?? ''),
        ...(repo !== undefined ? { repo } : {}),
        ...(history !== undefined ? { history } : {}),
        ...(dependencies !== undefined ? { dependencies } : {}),
    };
}
/** --training-job with --workflow and --history-runs, read by the action's own rules. */
function trainingHistory(values, command, table) {
    let jobName;
    let runs;
    try {
        jobName = readTrainingJob(args_text(values, 'training-job') ?? '');
        runs = readHistoryRuns(args_text(values, 'history-runs') ?? '');
    }
    catch (err) {
        if (err instanceof types_InputError)
            throw asOptionError(err, command);
        throw err;
    }
    const workflow = nonEmpty(values, 'workflow', command, table);
    if (jobName === undefined) {
        const stray = ['workflow', 'history-runs'].find((name) => values.has(name));
        if (stray !== undefined) {
            throw new UsageError(`--${stray} goes with --training-job NAME.`, command);
        }
        return undefined;
    }
    if (workflow === undefined) {
        throw new UsageError('--training-job needs --workflow FILE: the workflow whose past runs are read, e.g. --workflow ci.yml.', command);
    }
    return { jobName, workflow, runs };
}
const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})$/i;
/** A --since value: a calendar date (midnight UTC) or an ISO 8601 time with its offset. */
function parseSince(raw) {
    const value = raw.trim();
    const day = DATE_ONLY.exec(value);
    let time = NaN;
    if (day !== null) {
        const [, y, m, d] = day;
        time = Date.UTC(Number(y), Number(m) - 1, Number(d));
        const back = new Date(time).toISOString().slice(0, 10);
        if (back !== value)
            time = NaN;
    }
    else if (DATE_TIME.test(value)) {
        time = Date.parse(value.toUpperCase());
    }
    if (!Number.isFinite(time)) {
        throw new UsageError(`--since is ${(0,format/* quote */.hD)(value)}; give a date as YYYY-MM-DD (midnight UTC), e.g. 2025-03-01, or an ISO 8601 time such as 2025-03-01T09:00:00Z.`, 'backtest');
    }
    return new Date(time);
}
/** A whole number within bounds, for --last and --seed. */
function wholeNumber(name, raw, range, command) {
    const value = raw.trim();
    const n = /^\d+$/.test(value) ? Number(value) : NaN;
    if (!Number.isSafeInteger(n) || n < range.min || n > range.max) {
        throw new UsageError(`--${name} is ${(0,format/* quote */.hD)(value)}; it must be a whole number from ${range.min} to ${range.max.toLocaleString('en-US')}, e.g. ${range.example}.`, command);
    }
    return n;
}
function parseCheck(args) {
    const values = parseOptions('check', args, CHECK_OPTIONS);
    if (flag(values, 'help'))
        return { command: 'help', topic: 'check' };
    const engine = engineOptions(values, 'check', CHECK_OPTIONS);
    if (flag(values, 'json') && flag(values, 'markdown')) {
        throw new UsageError('--json and --markdown cannot be used together; choose one.', 'check');
    }
    const base = nonEmpty(values, 'base', 'check', CHECK_OPTIONS);
    const head = nonEmpty(values, 'head', 'check', CHECK_OPTIONS);
    const filesJson = nonEmpty(values, 'files-json', 'check', CHECK_OPTIONS);
    const explain = flag(values, 'explain');
    const output = flag(values, 'json')
        ? 'json'
        : flag(values, 'markdown')
            ? 'markdown'
            : 'text';
    if (explain && output !== 'text') {
        throw new UsageError(`--explain prints text: leave out --${output}.`, 'check');
    }
    if (explain && engine.dependencies === undefined) {
        throw new UsageError('--explain compares the train-on filters with what training imports: give --training-entrypoints (or --dvc-stages) too.', 'check');
    }
    return {
        command: 'check',
        ...engine,
        ...(base !== undefined ? { base } : {}),
        ...(head !== undefined ? { head } : {}),
        output,
        ...(filesJson !== undefined ? { filesJson } : {}),
        explain,
    };
}
function backtestWindow(values, now) {
    const last = args_text(values, 'last');
    const since = args_text(values, 'since');
    if (last !== undefined && since !== undefined) {
        throw new UsageError('--last and --since cannot be used together; choose one.', 'backtest');
    }
    if (last !== undefined) {
        const range = { min: 1, max: 10_000_000, example: '--last 200' };
        return { kind: 'last', count: wholeNumber('last', last, range, 'backtest') };
    }
    if (since !== undefined) {
        return { kind: 'since', since: parseSince(since), text: since.trim(), default: false };
    }
    const start = new Date(now.getTime() - DEFAULT_WINDOW_DAYS * 86_400_000);
    return { kind: 'since', since: start, text: start.toISOString(), default: true };
}
function parseBacktest(args, now) {
    const values = parseOptions('backtest', args, BACKTEST_OPTIONS);
    if (flag(values, 'help'))
        return { command: 'help', topic: 'backtest' };
    const engine = engineOptions(values, 'backtest', BACKTEST_OPTIONS);
    const window = backtestWindow(values, now);
    const report = nonEmpty(values, 'report', 'backtest', BACKTEST_OPTIONS);
    if (report !== undefined && !/\.md$/i.test(report)) {
        throw new UsageError(`--report is ${(0,format/* quote */.hD)(report)}; give the path of a Markdown file ending in .md (its chart is written beside it, ending in .svg).`, 'backtest');
    }
    const branch = nonEmpty(values, 'branch', 'backtest', BACKTEST_OPTIONS);
    return {
        command: 'backtest',
        ...engine,
        ...(branch !== undefined ? { branch } : {}),
        window,
        json: flag(values, 'json'),
        ...(report !== undefined ? { report } : {}),
    };
}
function parseDemo(args) {
    const values = parseOptions('demo', args, DEMO_OPTIONS);
    if (flag(values, 'help'))
        return { command: 'help', topic: 'demo' };
    const seed = args_text(values, 'seed');
    const dir = nonEmpty(values, 'dir', 'demo', DEMO_OPTIONS);
    const range = { min: 0, max: 2 ** 32 - 1, example: '--seed 7' };
    return {
        command: 'demo',
        seed: seed === undefined ? 1 : wholeNumber('seed', seed, range, 'demo'),
        ...(dir !== undefined ? { dir } : {}),
        json: flag(values, 'json'),
        events: flag(values, 'events'),
    };
}
/** The command the arguments (without the program name) ask for. `now` sets the default window. */
function parseCommandLine(argv, now) {
    const [first, ...rest] = argv;
    switch (first) {
        case undefined:
            throw new UsageError(`No command given: use check, backtest or demo.`);
        case '-h':
        case '--help':
        case 'help':
            if (rest.length > 0 && first === 'help') {
                const topic = rest[0];
                if (topic === 'check' || topic === 'backtest' || topic === 'demo') {
                    return { command: 'help', topic };
                }
                throw new UsageError(`Unknown command ${(0,format/* quote */.hD)(topic ?? '')}: use check, backtest or demo.`);
            }
            return { command: 'help' };
        case '-v':
        case '--version':
            return { command: 'version' };
        case 'check':
            return parseCheck(rest);
        case 'backtest':
            return parseBacktest(rest, now);
        case 'demo':
            return parseDemo(rest);
        default:
            throw new UsageError(first.startsWith('-')
                ? `Unknown option ${(0,format/* quote */.hD)(first)}: give a command first (check, backtest or demo).`
                : `Unknown command ${(0,format/* quote */.hD)(first)}: use check, backtest or demo.`);
    }
}

;// CONCATENATED MODULE: external "node:fs"
const external_node_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");
;// CONCATENATED MODULE: external "node:fs/promises"
const promises_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
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
var filters_glob = __nccwpck_require__(4521);
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
var esm = __nccwpck_require__(1138);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __nccwpck_require__(8815);
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
const messages_FILTERS = {
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
    constructor(origin, entry, line, kind = messages_FILTERS) {
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
        throw new types_InputError(this.kind.input, `${this.toString()}: ${problem}.`);
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
        throw new types_InputError(kind.input, `Invalid YAML in ${origin} at line ${line}, column ${col}: ` +
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
    return readEntries(text, origin, messages_FILTERS).map(({ name, line, value, place }) => {
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
        if (err instanceof types_InputError) {
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
            throw new types_InputError('models', `${at}: it names ${unknown.map((n) => (0,format/* quote */.hD)(n)).join(', ')}, which ${unknown.length === 1 ? 'is not a filter' : 'are not filters'} of the filters input; the filters defined are: ${filterNamesDefined.join(', ') || 'none'}.`);
        }
        if (filters.has(model.name.toLowerCase())) {
            throw new types_InputError('models', `${at}: a filter has the same name, and both would set the output ${(0,format/* quote */.hD)(model.name)}; rename one of them.`);
        }
    }
    for (const name of [...models.map((m) => m.name), ...filterNamesDefined]) {
        if (MODEL_OUTPUT_NAMES.includes(name.toLowerCase())) {
            throw new types_InputError('models', `The name ${(0,format/* quote */.hD)(name)} is one of the outputs the models input adds (${MODEL_OUTPUT_NAMES.join(', ')}); rename the filter or model.`);
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
        throw new types_InputError('models', `Invalid model ${(0,format/* quote */.hD)(model.name)} in the models input: it is priced in ${own.currency}, but the gpu-runner preset ${(0,format/* quote */.hD)(inherited.name)} it takes from the action's inputs is priced in USD; give the model its gpu-hourly-cost in ${own.currency}.`);
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
        throw new types_InputError('models', `The models are priced in ${currencies.join(' and ')}; price every model in one currency so that the totals add up.`);
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
            throw new types_InputError('force', `Input force is ${shown}; allowed values: true, false, or the names of models to train (with the models input).`);
        }
        const unknown = settings.forceModels.filter((n) => !modelNames.includes(n));
        if (unknown.length > 0) {
            throw new types_InputError('force', `Input force names ${unknown.map((n) => (0,format/* quote */.hD)(n)).join(', ')}, which ${unknown.length === 1 ? 'is not a model' : 'are not models'}; the models defined are: ${modelNames.join(', ')}. Or give true or false.`);
        }
    }
    if (models.length === 0)
        return resolveTrainOn(settings.trainOn, names);
    if (settings.trainOn !== undefined) {
        throw new types_InputError('train-on', 'Input train-on chooses the filters whose match means training; with the models input each model says what it trains on (its paths and filters), so leave train-on empty.');
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
        throw new types_InputError('training-entrypoints', 'Inputs training-entrypoints and dvc-stages go with the filters; with models, give each model its paths.');
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

;// CONCATENATED MODULE: ./src/core/backtest.ts
/**
 * The backtest (pure): a branch's first-parent history replayed through the
 * gate. Each first-parent commit is one CI event (a merged pull request or a
 * direct push) whose change is its diff against its first parent. Every event
 * is decided by the engine exactly as the action decides a change, with the
 * same settings, and the totals set the training the gate runs against the
 * training that would run on every event without it.
 */




/** Whether two closures hold the same files. */
function sameFiles(a, b) {
    if (a.length !== b.length)
        return false;
    const set = new Set(a);
    return b.every((path) => set.has(path));
}
const MERGE_SUBJECT = /^Merge pull request #(\d+) from /;
const SQUASH_SUBJECT = /\(#(\d+)\)\s*$/;
/** The pull request a commit subject names, as GitHub writes merge and squash subjects. */
function pullRequestOf(subject) {
    const m = MERGE_SUBJECT.exec(subject) ?? SQUASH_SUBJECT.exec(subject);
    const n = m?.[1] === undefined ? NaN : Number(m[1]);
    return Number.isSafeInteger(n) && n > 0 ? n : undefined;
}
/**
 * To hundredths as decimal arithmetic rounds (3 × 1.005 = 3.015 → 3.02): the
 * binary-fraction noise of the product is cleared first (12 significant
 * digits), then it is rounded as formatAmount rounds what the action shows.
 */
function hundredths(n) {
    return Number(formatAmount(Number(n.toPrecision(12))));
}
/** Figures summed over events, undefined as soon as one of them is unknown. */
function total(values) {
    let sum = 0;
    for (const v of values) {
        if (v === undefined)
            return undefined;
        sum += v;
    }
    return sum;
}
/** One model's runs with and without the gate, over events of which it trained `trained`. */
function modelTally(name, trained, events, run) {
    const tally = { name, trained };
    if (run.runGpuHours !== undefined) {
        tally.runGpuHours = run.runGpuHours;
        tally.gpuHoursWithGate = hundredths(trained * run.runGpuHours);
        tally.gpuHoursWithoutGate = hundredths(events * run.runGpuHours);
    }
    if (run.runCost !== undefined) {
        tally.runCost = run.runCost;
        tally.costWithGate = hundredths(trained * run.runCost);
        tally.costWithoutGate = hundredths(events * run.runCost);
        tally.saved = hundredths(tally.costWithoutGate - tally.costWithGate);
    }
    return tally;
}
/** The totals over the events, and each model's tally (one unnamed model without models). */
function tallyTotals(events, models, modelTrained, settings) {
    const trained = events.filter((e) => e.shouldTrain).length;
    const merges = events.filter((e) => e.kind === 'merge').length;
    const totals = {
        events: events.length,
        trained,
        skipped: events.length - trained,
        merges,
        singleParentCommits: events.length - merges,
        currency: settings.cost.currency,
        gpuCount: settings.cost.gpuCount,
        savedPercent: 0,
    };
    const first = events[0];
    const last = events[events.length - 1];
    if (first !== undefined && last !== undefined) {
        totals.from = first.date;
        totals.to = last.date;
    }
    // Without models, one model: the action-level settings' run on every training event.
    const runs = models.length > 0
        ? models.map((m, i) => ({
            name: m.name,
            trained: modelTrained[i] ?? 0,
            run: runPrice(modelCostSettings(settings.cost, m)),
        }))
        : [{ name: '', trained, run: runPrice(settings.cost) }];
    const perModel = runs.map((r) => modelTally(r.name, r.trained, events.length, r.run));
    const modelRuns = runs.length * events.length;
    const trainedRuns = runs.reduce((n, r) => n + r.trained, 0);
    totals.savedPercent =
        modelRuns === 0 ? 0 : roundDecimal(((modelRuns - trainedRuns) / modelRuns) * 100, 1);
    const single = runs.length === 1 && models.length === 0 ? runs[0]?.run : undefined;
    if (settings.cost.hourlyCost !== undefined && models.length === 0) {
        totals.hourlyCost = settings.cost.hourlyCost;
    }
    if (single?.trainingHours !== undefined)
        totals.trainingHours = single.trainingHours;
    const runGpuHours = total(runs.map((r) => r.run.runGpuHours));
    const runCost = total(runs.map((r) => r.run.runCost));
    if (runGpuHours !== undefined) {
        totals.runGpuHours = runGpuHours;
        totals.gpuHoursWithGate = hundredths(total(perModel.map((t) => t.gpuHoursWithGate)) ?? 0);
        totals.gpuHoursWithoutGate = hundredths(total(perModel.map((t) => t.gpuHoursWithoutGate)) ?? 0);
        // Saved is the difference of the figures shown, so that the table adds up.
        totals.gpuHoursSaved = hundredths(totals.gpuHoursWithoutGate - totals.gpuHoursWithGate);
    }
    if (runCost !== undefined) {
        totals.runCost = runCost;
        totals.costWithGate = hundredths(total(perModel.map((t) => t.costWithGate)) ?? 0);
        totals.costWithoutGate = hundredths(total(perModel.map((t) => t.costWithoutGate)) ?? 0);
        totals.saved = hundredths(totals.costWithoutGate - totals.costWithGate);
    }
    return { totals, perModel };
}
/** Decides every event of the history and adds up what the gate saves. */
function runBacktest(input) {
    const { settings } = input;
    const models = input.models ?? [];
    const trainOn = new Set(checkGate(input.filters, models, settings));
    const tallies = input.filters.map((f) => ({
        name: f.name,
        trainOn: trainOn.has(f.name),
        events: 0,
    }));
    const modelTrained = models.map(() => 0);
    const context = input.context ?? { repository: { serverUrl: '', owner: '', repo: '' } };
    const events = [];
    let closure;
    let dependencyOnly = 0;
    let closureChanges = 0;
    for (let i = input.commits.length - 1; i >= 0; i--) {
        const commit = input.commits[i];
        if (commit === undefined)
            continue;
        const kind = commit.parents.length > 1 ? 'merge' : 'commit';
        const dependencies = input.dependencies?.get(commit.sha);
        const report = evaluate({
            changeSet: {
                files: [...commit.files],
                complete: true,
                source: 'git',
                baseSha: commit.parents[0] ?? '',
                headSha: commit.sha,
            },
            filters: input.filters,
            ...(models.length > 0 ? { models } : {}),
            ...(dependencies !== undefined ? { dependencies } : {}),
            settings,
            context: { ...context, eventName: 'push' },
        });
        let closureChanged;
        if (dependencies !== undefined) {
            closureChanged = closure !== undefined && !sameFiles(closure, dependencies.closure);
            closure = dependencies.closure;
            if (closureChanged)
                closureChanges++;
            if (report.decision.trigger === 'dependencies')
                dependencyOnly++;
        }
        const matched = [];
        report.filters.forEach((filter, index) => {
            if (filter.files.length === 0)
                return;
            matched.push(filter.name);
            const tally = tallies[index];
            if (tally !== undefined)
                tally.events++;
        });
        report.models?.forEach((model, index) => {
            if (model.decision.shouldTrain)
                modelTrained[index] = (modelTrained[index] ?? 0) + 1;
        });
        const pullRequest = pullRequestOf(commit.subject);
        events.push({
            sha: commit.sha,
            date: commit.date,
            subject: commit.subject,
            title: kind === 'merge' && commit.description !== undefined && commit.description !== ''
                ? commit.description
                : commit.subject,
            kind,
            ...(pullRequest !== undefined ? { pullRequest } : {}),
            changed: commit.files.length,
            shouldTrain: report.decision.shouldTrain,
            reason: report.decision.reason,
            filters: matched,
            ...(report.models !== undefined
                ? { models: report.models.filter((m) => m.decision.shouldTrain).map((m) => m.name) }
                : {}),
            ...(dependencies !== undefined
                ? {
                    dependencyFiles: dependencies.matches.map((m) => m.file.filename),
                    closureSize: dependencies.closure.length,
                    closureChanged: closureChanged === true,
                }
                : {}),
        });
    }
    const { totals, perModel } = tallyTotals(events, models, modelTrained, settings);
    if (input.dependencies !== undefined) {
        totals.dependencyOnly = dependencyOnly;
        totals.closureChanges = closureChanges;
    }
    return {
        events,
        totals,
        filters: tallies,
        ...(models.length > 0 ? { models: perModel } : {}),
    };
}

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

;// CONCATENATED MODULE: ./src/core/report.ts



// ---------------------------------------------------------------------------
// Numbers and words

/** GPU-hours as the action shows them (to 0.01, no trailing zeros), with thousands separators. */
function formatGpuHours(n) {
    return new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 }).format(Number(formatHours(n)));
}
/** A percentage to 0.1: `83.3%`, `100%`. */
function formatPercent(n) {
    return `${Number(n.toFixed(1))}%`;
}
/** The UTC calendar date of an ISO time: `2025-03-04`. */
function utcDay(iso) {
    const t = Date.parse(iso);
    return Number.isFinite(t) ? new Date(t).toISOString().slice(0, 10) : iso.slice(0, 10);
}
/** "2025-03-03 → 2025-03-31", or one day. */
function period(totals) {
    if (totals.from === undefined || totals.to === undefined)
        return undefined;
    const from = utcDay(totals.from);
    const to = utcDay(totals.to);
    return from === to ? from : `${from} → ${to}`;
}
/** How an event came to the branch, in a word: `PR #12`, `merge`, `push`. */
function eventLabel(event) {
    if (event.pullRequest !== undefined)
        return `PR #${event.pullRequest}`;
    return event.kind === 'merge' ? 'merge' : 'push';
}
// ---------------------------------------------------------------------------
// Markdown
function report_code(text) {
    return `<code>${escapeMarkdown(text)}</code>`;
}
function repositoryUrl(repository) {
    if (repository === undefined)
        return undefined;
    const { serverUrl, owner, repo } = repository;
    if (!/^https?:\/\/[^\s"'<>`\\]+$/.test(serverUrl) || owner === '' || repo === '')
        return undefined;
    return `${serverUrl.replace(/\/+$/, '')}/${encodeURIComponent(owner)}/${encodeURIComponent(repo)}`;
}
function headline(result, branch) {
    const t = result.totals;
    if (t.events === 0)
        return '';
    const skipped = `It would have skipped **${(0,format/* pluralCount */.wA)(t.skipped, 'training run')}**`;
    const saving = [];
    if (t.saved !== undefined) {
        saving.push(`saving **${formatMoney(t.saved, t.currency)} (${formatPercent(t.savedPercent)})**`);
        if (t.gpuHoursSaved !== undefined)
            saving[0] += ` and **${formatGpuHours(t.gpuHoursSaved)} GPU-hours**`;
    }
    else if (t.gpuHoursSaved !== undefined) {
        saving.push(`saving **${formatGpuHours(t.gpuHoursSaved)} GPU-hours (${formatPercent(t.savedPercent)})**`);
    }
    else {
        saving.push(`**${formatPercent(t.savedPercent)}** of the training`);
    }
    return (`> With the gate, **${(0,format/* formatCount */.B4)(t.trained)} of ${(0,format/* pluralCount */.wA)(t.events, 'CI event')}** on ` +
        `${report_code(branch)} would have trained. ${skipped}, ${saving.join('')}.`);
}
function totalsTable(t) {
    const lines = [
        '| | Without the gate | With the gate | Saved |',
        '| --- | ---: | ---: | ---: |',
        `| Training runs | ${(0,format/* formatCount */.B4)(t.events)} | ${(0,format/* formatCount */.B4)(t.trained)} | **${(0,format/* formatCount */.B4)(t.skipped)}** (${formatPercent(t.savedPercent)}) |`,
    ];
    if (t.gpuHoursWithoutGate !== undefined &&
        t.gpuHoursWithGate !== undefined &&
        t.gpuHoursSaved !== undefined) {
        lines.push(`| GPU-hours | ${formatGpuHours(t.gpuHoursWithoutGate)} | ${formatGpuHours(t.gpuHoursWithGate)} | **${formatGpuHours(t.gpuHoursSaved)}** |`);
    }
    if (t.costWithoutGate !== undefined && t.costWithGate !== undefined && t.saved !== undefined) {
        lines.push(`| Cost (${escapeMarkdown(t.currency)}) | ${formatMoney(t.costWithoutGate, t.currency)} | ${formatMoney(t.costWithGate, t.currency)} | **${formatMoney(t.saved, t.currency)}** |`);
    }
    return lines;
}
/** How one training run is priced, in words; or which options are missing. */
function runPriceNote(t) {
    if (t.trainingHours === undefined) {
        return 'Set --training-hours (and --gpu-hourly-cost) to see GPU-hours and cost.';
    }
    const hours = `training-hours ${formatHours(t.trainingHours)} × gpu-count ${t.gpuCount}`;
    if (t.hourlyCost === undefined || t.runCost === undefined) {
        return `One training run: ${hours} = ${formatHours(t.runGpuHours ?? 0)} GPU-hours. Set --gpu-hourly-cost to see the cost.`;
    }
    return (`One training run: ${hours} × gpu-hourly-cost ${formatMoney(t.hourlyCost, t.currency)} = ` +
        `${formatHours(t.runGpuHours ?? 0)} GPU-hours, ${formatMoney(t.runCost, t.currency)}.`);
}
function eventRow(event, base) {
    const short = event.sha.slice(0, 7);
    const commit = base === undefined
        ? report_code(short)
        : (0,format/* link */.nf)(`${base}/commit/${event.sha}`, `<code>${escapeMarkdown(short)}</code>`);
    const label = escapeMarkdown(eventLabel(event));
    const kind = base !== undefined && event.pullRequest !== undefined
        ? (0,format/* link */.nf)(`${base}/pull/${event.pullRequest}`, label)
        : label;
    const gate = event.shouldTrain ? '🚀 train' : '⏭️ skip';
    const filters = event.filters.length > 0 ? event.filters.map(report_code).join(' ') : '—';
    return `| ${utcDay(event.date)} | ${commit} | ${kind} | ${escapeMarkdown((0,format/* clip */.$Q)(event.title, 100))} | ${gate} | ${filters} |`;
}
/** The report as GitHub-flavoured Markdown. */
function renderReport(result, context) {
    const t = result.totals;
    const base = repositoryUrl(context.repository);
    const when = period(t);
    const lines = [`# ml-change-gate backtest of ${report_code(context.branch)}`, ''];
    const facts = [
        when === undefined ? undefined : `**${when}**`,
        `${(0,format/* pluralCount */.wA)(t.events, 'CI event')} (${(0,format/* pluralCount */.wA)(t.merges, 'merge')}, ${(0,format/* pluralCount */.wA)(t.singleParentCommits, 'single-parent commit')})`,
        escapeMarkdown(context.window),
        escapeMarkdown(context.decidedBy),
    ].filter((s) => s !== undefined);
    lines.push(facts.join(' · '), '');
    if (t.events === 0) {
        lines.push(`No first-parent commits in ${escapeMarkdown(context.window)}: nothing to replay. ` +
            'Widen the window with --last N or --since DATE.', '');
        return lines.join('\n');
    }
    lines.push(headline(result, context.branch), '');
    if (context.chartFile !== undefined) {
        const alt = `Cumulative training ${t.costWithGate !== undefined ? 'cost' : 'runs'} on ${context.branch}, with and without the gate`;
        lines.push(`![${escapeMarkdown(alt)}](${encodeURI(context.chartFile)})`, '');
    }
    lines.push(...totalsTable(t), '');
    if (t.dependencyOnly !== undefined) {
        lines.push(`**Through what training imports:** ${(0,format/* pluralCount */.wA)(t.dependencyOnly, 'event')} trained that the filters alone would have skipped; what training depends on changed at ${(0,format/* pluralCount */.wA)(t.closureChanges ?? 0, 'event')}.`, '');
    }
    lines.push(`<sub>${runPriceNote(t)} Each first-parent commit of ${report_code(context.branch)} is one CI event ` +
        '(a merged pull request or a direct push), its change being its diff against its first parent with ' +
        'renames detected; the gate decides it exactly as the action would.</sub>', '');
    if (result.models !== undefined) {
        lines.push('## Models', '', '| Model | Trained | GPU-hours with the gate | Cost with the gate | Without | Saved |', '| --- | ---: | ---: | ---: | ---: | ---: |');
        for (const m of result.models) {
            const money = (n) => n === undefined ? '—' : formatMoney(n, t.currency);
            lines.push(`| ${report_code(m.name)} | ${(0,format/* formatCount */.B4)(m.trained)} | ${m.gpuHoursWithGate === undefined ? '—' : formatGpuHours(m.gpuHoursWithGate)} | ${money(m.costWithGate)} | ${money(m.costWithoutGate)} | ${money(m.saved)} |`);
        }
        lines.push('');
    }
    lines.push('## Filters', '', '| Filter | Train-on | Events matched |', '| --- | --- | ---: |');
    for (const f of result.filters) {
        lines.push(`| ${report_code(f.name)} | ${f.trainOn ? 'yes' : 'no'} | ${(0,format/* formatCount */.B4)(f.events)} |`);
    }
    lines.push('');
    const max = Math.max(0, Math.floor(context.maxEvents ?? 1000));
    const shown = result.events.slice(0, max);
    const rows = [
        '| Date (UTC) | Commit | Event | Title | Gate | Filters matched |',
        '| --- | --- | --- | --- | --- | --- |',
        ...shown.map((event) => eventRow(event, base)),
    ];
    const more = result.events.length - shown.length;
    lines.push('## Events', '');
    if (result.events.length > 30) {
        lines.push(`<details><summary>All ${(0,format/* pluralCount */.wA)(result.events.length, 'event')}, oldest first</summary>`, '', ...rows, '');
        if (more > 0)
            lines.push(`… and ${(0,format/* formatCount */.B4)(more)} more (see --json).`, '');
        lines.push('</details>', '');
    }
    else {
        lines.push(...rows, '');
    }
    if (context.command !== undefined) {
        lines.push(`<sub>Made with <code>${escapeMarkdown(context.command)}</code></sub>`, '');
    }
    return lines.join('\n');
}

;// CONCATENATED MODULE: ./src/core/chart.ts



const WIDTH = 800;
const HEIGHT = 420;
const PLOT = { left: 80, right: WIDTH - 110, top: 76, bottom: HEIGHT - 60 };
const COLORS = {
    background: '#ffffff',
    border: '#d0d7de',
    text: '#1f2328',
    muted: '#59636e',
    grid: '#e6eaef',
    without: '#cf222e',
    with: '#0969da',
    saved: '#1a7f37',
};
/** The models' lines, in the order the models are defined (repeating after eight). */
const MODEL_COLORS = [
    '#8250df',
    '#bf8700',
    '#1b7c83',
    '#bc4c00',
    '#4d2d00',
    '#e85aad',
    '#116329',
    '#6e7781',
];
const FONT = "-apple-system, BlinkMacSystemFont, 'Segoe UI', 'Noto Sans', Helvetica, Arial, sans-serif";
const DAY = 86_400_000;
const HOUR = 3_600_000;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
function unitOf(t, models) {
    if (t.runCost !== undefined) {
        const runCost = t.runCost;
        return {
            perRun: runCost,
            perModelRun: (m) => m.runCost ?? 0,
            axis: `Cumulative training cost (${t.currency})`,
            format: (n, step) => {
                const digits = step < 1 ? 2 : 0;
                try {
                    return new Intl.NumberFormat('en-US', {
                        style: 'currency',
                        currency: t.currency,
                        minimumFractionDigits: digits,
                        maximumFractionDigits: digits,
                    }).format(n);
                }
                catch {
                    return n.toFixed(digits);
                }
            },
            total: (n) => formatMoney(n, t.currency),
        };
    }
    if (t.runGpuHours !== undefined) {
        const runGpuHours = t.runGpuHours;
        return {
            perRun: runGpuHours,
            perModelRun: (m) => m.runGpuHours ?? 0,
            axis: 'Cumulative training GPU-hours',
            format: (n) => formatGpuHours(n),
            total: (n) => `${formatGpuHours(n)} GPU-h`,
        };
    }
    return {
        perRun: models,
        perModelRun: () => 1,
        axis: 'Cumulative training runs',
        format: (n) => (0,format/* formatCount */.B4)(n),
        total: (n) => `${(0,format/* formatCount */.B4)(n)} runs`,
    };
}
/** A round step near `span / count`: 1, 2 or 5 times a power of ten. */
function niceStep(span, count) {
    const raw = span / count;
    if (!(raw > 0) || !Number.isFinite(raw))
        return 1;
    const power = 10 ** Math.floor(Math.log10(raw));
    for (const m of [1, 2, 5, 10])
        if (m * power >= raw)
            return m * power;
    return 10 * power;
}
function dayLabel(t, withYear) {
    const d = new Date(t);
    const text = `${MONTHS[d.getUTCMonth()] ?? ''} ${d.getUTCDate()}`;
    return withYear ? `${text}, ${d.getUTCFullYear()}` : text;
}
/** Tick times between `start` and `end` at a round interval, at most 8 of them. */
function timeTicks(start, end) {
    const span = end - start;
    const multiYear = new Date(start).getUTCFullYear() !== new Date(end).getUTCFullYear();
    const fixed = [
        [HOUR, (t) => `${dayLabel(t, false)} ${new Date(t).toISOString().slice(11, 16)}`],
        [3 * HOUR, (t) => `${dayLabel(t, false)} ${new Date(t).toISOString().slice(11, 16)}`],
        [6 * HOUR, (t) => `${dayLabel(t, false)} ${new Date(t).toISOString().slice(11, 16)}`],
        [12 * HOUR, (t) => `${dayLabel(t, false)} ${new Date(t).toISOString().slice(11, 16)}`],
        [DAY, (t) => dayLabel(t, multiYear)],
        [2 * DAY, (t) => dayLabel(t, multiYear)],
        [7 * DAY, (t) => dayLabel(t, multiYear)],
        [14 * DAY, (t) => dayLabel(t, multiYear)],
    ];
    for (const [interval, label] of fixed) {
        if (span / interval > 8)
            continue;
        // Weeks start on Mondays (1970-01-05 was one).
        const offset = interval >= 7 * DAY ? 4 * DAY : 0;
        const first = Math.ceil((start - offset) / interval) * interval + offset;
        const ticks = [];
        for (let t = first; t <= end; t += interval)
            ticks.push(t);
        return { ticks, label };
    }
    const monthStart = (index) => Date.UTC(Math.floor(index / 12), index % 12, 1);
    for (const months of [1, 2, 3, 6, 12, 24, 60, 120]) {
        const from = new Date(start);
        let index = Math.ceil((from.getUTCFullYear() * 12 + from.getUTCMonth()) / months) * months;
        const ticks = [];
        for (let t = monthStart(index); t <= end && ticks.length <= 8; t = monthStart(index)) {
            if (t >= start)
                ticks.push(t);
            index += months;
        }
        if (ticks.length <= 8) {
            return {
                ticks,
                label: (t) => {
                    const d = new Date(t);
                    return months >= 12
                        ? String(d.getUTCFullYear())
                        : `${MONTHS[d.getUTCMonth()] ?? ''} ${d.getUTCFullYear()}`;
                },
            };
        }
    }
    return { ticks: [start, end], label: (t) => dayLabel(t, true) };
}
function num(n) {
    return String(Math.round(n * 10) / 10);
}
/**
 * A step line through cumulative values: flat until an event, then up.
 * Events that fall on the same half pixel are drawn as one step.
 */
function stepPoints(xs, values, x0, x1, y) {
    const points = [[x0, y(0)]];
    let last = 0;
    for (let i = 0; i < xs.length; i++) {
        const x = Math.round((xs[i] ?? x0) * 2) / 2;
        const v = values[i] ?? last;
        if (v === last)
            continue;
        const prev = points[points.length - 1];
        if (prev !== undefined && prev[0] === x) {
            prev[1] = y(v);
        }
        else {
            points.push([x, y(last)], [x, y(v)]);
        }
        last = v;
    }
    points.push([x1, y(last)]);
    return points;
}
function pathOf(points) {
    return points.map(([x, y], i) => `${i === 0 ? 'M' : 'L'}${num(x)} ${num(y)}`).join(' ');
}
/** The period drawn: the events' times, padded; one day when they have none. */
function timeSpan(times) {
    let start = times[0] ?? 0;
    let end = times[times.length - 1] ?? 0;
    if (!Number.isFinite(start) || !Number.isFinite(end))
        return [0, DAY];
    if (end - start < HOUR)
        return [start - 12 * HOUR, end + 12 * HOUR];
    const pad = (end - start) * 0.02;
    start -= pad;
    end += pad;
    return [start, end];
}
function seriesOf(result) {
    const models = result.models ?? [];
    const unit = unitOf(result.totals, Math.max(1, models.length));
    const times = [];
    let latest = -Infinity;
    for (const event of result.events) {
        const parsed = Date.parse(event.date);
        // History order decides; a commit dated before its parent is drawn at its parent's time.
        latest = Math.max(latest, Number.isFinite(parsed) ? parsed : latest);
        times.push(latest);
    }
    const [start, end] = timeSpan(times);
    const without = [];
    const withGate = [];
    const perModel = models.map((m) => ({ name: m.name, values: [], sum: 0 }));
    let runsWithout = 0;
    let runsWith = 0;
    let totalWith = 0;
    for (const event of result.events) {
        runsWithout++;
        if (event.shouldTrain)
            runsWith++;
        if (models.length === 0)
            totalWith += event.shouldTrain ? unit.perRun : 0;
        models.forEach((model, i) => {
            const line = perModel[i];
            if (line === undefined)
                return;
            if (event.models?.includes(model.name))
                line.sum += unit.perModelRun(model);
            line.values.push(line.sum);
        });
        if (models.length > 0)
            totalWith = perModel.reduce((n, line) => n + line.sum, 0);
        without.push(runsWithout * unit.perRun);
        withGate.push(totalWith);
    }
    const maxValue = Math.max(runsWithout * unit.perRun, 0);
    const step = niceStep(maxValue > 0 ? maxValue : 1, 5);
    const top = Math.max(step, Math.ceil(maxValue / step - 1e-9) * step);
    return {
        unit,
        start,
        end,
        times,
        without,
        withGate,
        perModel: perModel.map(({ name, values }) => ({ name, values })),
        runsWithout,
        runsWith,
        totalWithout: runsWithout * unit.perRun,
        totalWith,
        step,
        top,
        x: (time) => PLOT.left + ((time - start) / (end - start)) * (PLOT.right - PLOT.left),
        y: (v) => PLOT.bottom - (v / top) * (PLOT.bottom - PLOT.top),
    };
}
/** The frame, the title and the subtitle. */
function chart_frame(t, branch) {
    const what = t.runCost !== undefined ? 'cost' : t.runGpuHours !== undefined ? 'GPU-hours' : 'runs';
    const heading = `Cumulative training ${what} on ${branch}`;
    const title = `${heading}, with and without the gate`;
    const when = period(t);
    const subtitle = `With and without the gate, ${(0,format/* pluralCount */.wA)(t.events, 'CI event')}${when === undefined ? '' : `, ${when}`}`;
    return [
        `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}" role="img" aria-label="${(0,format/* escapeHtml */.ZD)(title)}" font-family="${(0,format/* escapeHtml */.ZD)(FONT)}">`,
        `<title>${(0,format/* escapeHtml */.ZD)(title)}</title>`,
        `<rect x="0.5" y="0.5" width="${WIDTH - 1}" height="${HEIGHT - 1}" rx="6" fill="${COLORS.background}" stroke="${COLORS.border}"/>`,
        `<text x="${PLOT.left}" y="32" font-size="16" font-weight="600" fill="${COLORS.text}">${(0,format/* escapeHtml */.ZD)((0,format/* clip */.$Q)(heading, 80))}</text>`,
        `<text x="${PLOT.left}" y="52" font-size="12" fill="${COLORS.muted}">${(0,format/* escapeHtml */.ZD)(subtitle)}</text>`,
    ];
}
/** The grid with the value axis, and the time axis. */
function axes(s) {
    const out = [];
    for (let v = 0; v <= s.top + s.step / 2; v += s.step) {
        const gy = num(s.y(v));
        out.push(`<line x1="${PLOT.left}" x2="${PLOT.right}" y1="${gy}" y2="${gy}" stroke="${COLORS.grid}"/>`, `<text x="${PLOT.left - 8}" y="${gy}" font-size="12" fill="${COLORS.muted}" text-anchor="end" dominant-baseline="middle">${(0,format/* escapeHtml */.ZD)(s.unit.format(v, s.step))}</text>`);
    }
    const midY = num((PLOT.top + PLOT.bottom) / 2);
    out.push(`<text transform="translate(18 ${midY}) rotate(-90)" font-size="12" fill="${COLORS.text}" text-anchor="middle">${(0,format/* escapeHtml */.ZD)(s.unit.axis)}</text>`);
    const { ticks, label } = timeTicks(s.start, s.end);
    out.push(`<line x1="${PLOT.left}" x2="${PLOT.right}" y1="${PLOT.bottom}" y2="${PLOT.bottom}" stroke="${COLORS.muted}"/>`);
    for (const tick of ticks) {
        const tx = num(s.x(tick));
        out.push(`<line x1="${tx}" x2="${tx}" y1="${PLOT.bottom}" y2="${PLOT.bottom + 5}" stroke="${COLORS.muted}"/>`, `<text x="${tx}" y="${PLOT.bottom + 20}" font-size="12" fill="${COLORS.muted}" text-anchor="middle">${(0,format/* escapeHtml */.ZD)(label(tick))}</text>`);
    }
    out.push(`<text x="${num((PLOT.left + PLOT.right) / 2)}" y="${HEIGHT - 14}" font-size="12" fill="${COLORS.text}" text-anchor="middle">Commit date (UTC)</text>`);
    return out;
}
/** The saving as an area, the two lines, and their totals at the right end, kept apart. */
function lines(s) {
    const xs = s.times.map(s.x);
    const withoutPoints = stepPoints(xs, s.without, PLOT.left, PLOT.right, s.y);
    const withPoints = stepPoints(xs, s.withGate, PLOT.left, PLOT.right, s.y);
    const area = `${pathOf([...withoutPoints, ...[...withPoints].reverse()])} Z`;
    const { totalWithout, totalWith } = s;
    const modelLines = s.perModel.map((model, i) => {
        const points = stepPoints(xs, model.values, PLOT.left, PLOT.right, s.y);
        const color = MODEL_COLORS[i % MODEL_COLORS.length] ?? COLORS.muted;
        return `<path d="${pathOf(points)}" fill="none" stroke="${color}" stroke-width="1.5" stroke-dasharray="5 3" stroke-linejoin="round"/>`;
    });
    const endWithout = s.y(totalWithout);
    let endWith = s.y(totalWith);
    if (endWith - endWithout < 16)
        endWith = Math.min(endWithout + 16, PLOT.bottom + 4);
    return [
        `<path d="${area}" fill="${COLORS.saved}" fill-opacity="0.14" stroke="none"/>`,
        `<path d="${pathOf(withoutPoints)}" fill="none" stroke="${COLORS.without}" stroke-width="2.5" stroke-linejoin="round"/>`,
        ...modelLines,
        `<path d="${pathOf(withPoints)}" fill="none" stroke="${COLORS.with}" stroke-width="2.5" stroke-linejoin="round"/>`,
        `<text x="${PLOT.right + 8}" y="${num(endWithout)}" font-size="12" font-weight="600" fill="${COLORS.without}" dominant-baseline="middle">${(0,format/* escapeHtml */.ZD)(s.unit.total(totalWithout))}</text>`,
        `<text x="${PLOT.right + 8}" y="${num(endWith)}" font-size="12" font-weight="600" fill="${COLORS.with}" dominant-baseline="middle">${(0,format/* escapeHtml */.ZD)(s.unit.total(totalWith))}</text>`,
    ];
}
/** The legend, top left of the plot, where both lines are still low. */
function legend(t, s) {
    const lx = PLOT.left + 14;
    const ly = PLOT.top + 8;
    const saved = t.saved !== undefined
        ? `Saved: ${formatMoney(t.saved, t.currency)} (${formatPercent(t.savedPercent)})`
        : `Saved: ${formatPercent(t.savedPercent)} of the training`;
    return [
        `<rect x="${lx - 8}" y="${ly - 6}" width="300" height="70" rx="4" fill="${COLORS.background}" fill-opacity="0.92" stroke="${COLORS.grid}"/>`,
        `<line x1="${lx}" x2="${lx + 22}" y1="${ly + 8}" y2="${ly + 8}" stroke="${COLORS.without}" stroke-width="2.5"/>`,
        `<text x="${lx + 30}" y="${ly + 8}" font-size="12" fill="${COLORS.text}" dominant-baseline="middle">Without the gate: every event trains (${(0,format/* escapeHtml */.ZD)((0,format/* pluralCount */.wA)(s.runsWithout, 'run'))})</text>`,
        `<line x1="${lx}" x2="${lx + 22}" y1="${ly + 28}" y2="${ly + 28}" stroke="${COLORS.with}" stroke-width="2.5"/>`,
        `<text x="${lx + 30}" y="${ly + 28}" font-size="12" fill="${COLORS.text}" dominant-baseline="middle">With the gate: trains when it must (${(0,format/* escapeHtml */.ZD)((0,format/* pluralCount */.wA)(s.runsWith, 'run'))})</text>`,
        `<rect x="${lx}" y="${ly + 42}" width="22" height="12" fill="${COLORS.saved}" fill-opacity="0.14" stroke="${COLORS.saved}" stroke-opacity="0.4"/>`,
        `<text x="${lx + 30}" y="${ly + 48}" font-size="12" fill="${COLORS.text}" dominant-baseline="middle">${(0,format/* escapeHtml */.ZD)(saved)}</text>`,
        ...modelLegend(s, lx, ly + 70),
    ];
}
/** With models: one legend line per model, under the main legend. */
function modelLegend(s, lx, top) {
    if (s.perModel.length === 0)
        return [];
    const out = [
        `<rect x="${lx - 8}" y="${top}" width="300" height="${16 * s.perModel.length + 8}" rx="4" fill="${COLORS.background}" fill-opacity="0.92" stroke="${COLORS.grid}"/>`,
    ];
    s.perModel.forEach((model, i) => {
        const y = top + 12 + 16 * i;
        const color = MODEL_COLORS[i % MODEL_COLORS.length] ?? COLORS.muted;
        out.push(`<line x1="${lx}" x2="${lx + 22}" y1="${y}" y2="${y}" stroke="${color}" stroke-width="1.5" stroke-dasharray="5 3"/>`, `<text x="${lx + 30}" y="${y}" font-size="11" fill="${COLORS.text}" dominant-baseline="middle">${(0,format/* escapeHtml */.ZD)((0,format/* clip */.$Q)(`${model.name}, with the gate: ${s.unit.total(model.values.at(-1) ?? 0)}`, 48))}</text>`);
    });
    return out;
}
/**
 * The SVG chart: cumulative training cost (or GPU-hours, or runs when no
 * price is given) over the period, without the gate (every event trains) and
 * with it, the area between them being the saving.
 */
function renderChart(result, context) {
    const series = seriesOf(result);
    const out = [
        ...chart_frame(result.totals, context.branch),
        ...axes(series),
        ...lines(series),
        ...legend(result.totals, series),
        '</svg>',
    ];
    return `${out.join('\n')}\n`;
}

;// CONCATENATED MODULE: ./src/git/errors.ts
/** The errors git answers with, in plain words. */
/** Git could not answer; the message says what failed, in plain words. */
class GitError extends Error {
    constructor(message) {
        super(message);
        this.name = 'GitError';
    }
}
/** A ref given by the user names no commit in the repository. */
class UnknownRefError extends GitError {
    ref;
    constructor(ref, message) {
        super(message);
        this.name = 'UnknownRefError';
        this.ref = ref;
    }
}

;// CONCATENATED MODULE: external "node:os"
const external_node_os_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");
;// CONCATENATED MODULE: external "node:child_process"
const external_node_child_process_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");
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
    const number = signal === null ? undefined : external_node_os_namespaceObject.constants.signals[signal];
    return number === undefined ? 1 : 128 + number;
}
/** The error for a git that could not be started: not found (the usual case), or refused its arguments. */
function notStarted(reason, notFound = true) {
    const message = reason instanceof Error ? reason.message : String(reason);
    const hint = notFound ? ' (is it installed and on PATH?)' : '';
    return new GitError(`git could not be started${hint}: ${message}`);
}
function runProcess(executable, args, options, grace) {
    return new Promise((resolve, reject) => {
        let child;
        try {
            child = (0,external_node_child_process_namespaceObject.spawn)(executable, [...args], {
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
            cwd = await (0,promises_namespaceObject.realpath)((0,external_node_path_.resolve)(opts.cwd));
        }
        catch {
            throw new GitError(`The folder ${opts.cwd} does not exist, so it has no git checkout.`);
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
                throw new GitError(`The server URL ${JSON.stringify(this.serverUrl)} is not a URL.`);
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
        this.tempDir = await (0,promises_namespaceObject.mkdtemp)((0,external_node_path_.join)(process.env.RUNNER_TEMP || (0,external_node_os_namespaceObject.tmpdir)(), 'ml-change-gate-git-'));
        const home = process.env.HOME || (0,external_node_os_namespaceObject.homedir)();
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
        await (0,promises_namespaceObject.writeFile)(file, lines.join('\n'), { mode: 0o600 });
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
            await (0,promises_namespaceObject.rm)(this.tempDir, { recursive: true, force: true });
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
            throw new GitError(this.redact(err instanceof Error ? err.message : String(err)));
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
        return new GitError(this.redact(`${what}${detail}`));
    }
    /** The commits whose parents a shallow checkout lacks; empty when it has all history. */
    async shallowCommits() {
        const path = (await this.must(['rev-parse', '--git-path', 'shallow'], 'git could not locate its own files.')).trim();
        let text;
        try {
            text = await (0,promises_namespaceObject.readFile)((0,external_node_path_.resolve)(this.cwd, path), 'utf8');
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
            throw new GitError(`${why}, and the limit of ${this.maxFetches} fetches from ${this.remote} was reached. ` +
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
        throw new GitError('git diff printed a change list that does not end where expected.');
    }
    const fields = output.slice(0, -1).split('\0');
    const files = [];
    let i = 0;
    while (i < fields.length) {
        const status = fields[i++] ?? '';
        const letter = status.charAt(0);
        if (!/^[A-Z][0-9]{0,3}$/.test(status)) {
            throw new GitError(`git diff printed an unexpected status ${JSON.stringify(status)} in its change list.`);
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
            throw new GitError(`${tool} printed a ${letter} entry without both of its paths${where}.`);
        }
        const status = letter === 'R' ? 'renamed' : 'copied';
        return [{ filename: to, status, previousFilename: from }, i + 2];
    }
    const path = fields[i];
    if (path === undefined || path === '') {
        throw new GitError(`${tool} printed a ${letter} entry without a path${where}.`);
    }
    return [{ filename: path, status: STATUS_BY_LETTER[letter] ?? 'modified' }, i + 1];
}
/**
 * The `--format` the history is read with: a start-of-commit byte, then the
 * SHA, the parents, the committer date, the subject and the body, each ending
 * in NUL.
 */
const FIRST_PARENT_LOG_FORMAT = '%x01%H%x00%P%x00%cI%x00%s%x00%b';
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
function parseFirstParentLog(output) {
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
function checkRef(ref, role) {
    // Never let a ref be read as an option, a range or a path.
    // eslint-disable-next-line no-control-regex
    if (ref === '' || ref.startsWith('-') || ref.includes('..') || /[\s:\x00-\x1f\x7f]/.test(ref)) {
        throw new GitError(`The ${role} ref ${JSON.stringify(ref)} is not a commit SHA, branch or tag name git can use.`);
    }
}
/** `ref` for a message, with the commit it names when that is not the ref itself. */
function refs_describeRef(ref, sha) {
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
        checkRef(ref, role);
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
                throw new GitError(`The ${item.role} commit ${item.ref} was fetched from ${session.remote} but is not a commit.`);
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
        throw new GitError(`The ${item.role} branch or tag ${item.ref} on ${session.remote} does not name a commit.`);
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
    const pair = `the base ${refs_describeRef(base, baseSha)} and the head ${refs_describeRef(head, headSha)}`;
    for (let step = 0;; step++) {
        const mergeBases = await mergeBasesInCheckout(session, baseSha, headSha);
        const shallow = await session.shallowCommits();
        if (shallow.size === 0) {
            if (mergeBases.length > 0)
                return mergeBases;
            throw new GitError(`${pair} have no common history, so there is no merge base to compare from.`);
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
            throw new GitError(`${pair} have no common history, so there is no merge base to compare from.`);
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
    return session_Session.with(opts, async (session) => {
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
    await session_Session.with({ cwd: dir }, async (session) => {
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
        return out.exitCode === 0 && top !== '' ? await (0,promises_namespaceObject.realpath)(top) : undefined;
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
    return session_Session.with(opts, async (session) => {
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
    return Session.with(opts, async (session) => {
        const sha = await resolveRef(session, ref, 'requested', 1);
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
async function defaultBranch(opts) {
    return session_Session.with(opts, async (session) => {
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
    return session_Session.with(opts, async (session) => {
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
    return session_Session.with(opts, async (session) => {
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
                throw new GitError(`git ls-tree printed ${JSON.stringify(output.slice(at, at + 80))}.`);
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
            throw new GitError(`git cat-file printed ${JSON.stringify(header.slice(0, 80))}.`);
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








;// CONCATENATED MODULE: ./src/cli/dependencies.ts

/** The analysis of one change, head against base. */
async function changeDependencies(git, options, change) {
    const { analyzeDependencies } = await __nccwpck_require__.e(/* import() */ 453).then(__nccwpck_require__.bind(__nccwpck_require__, 6453));
    const texts = new Map();
    return withTreeSession(git, async (source) => analyzeDependencies({
        settings: options.settings,
        head: await snapshotAt(source, change.headSha, texts),
        ...(change.baseSha !== '' ? { base: () => snapshotAt(source, change.baseSha, texts) } : {}),
        changes: change.files,
        filters: options.filters,
        trainOn: options.trainOn,
    }));
}
/**
 * The analysis at every commit of a history (newest first, as git lists
 * it), each against its first parent. `onProgress` counts commits done.
 */
async function historyDependencies(git, options, commits, onProgress = () => { }) {
    // One git session for the whole history: git is set up once, not per commit.
    return withTreeSession(git, (source) => replay(source, options, commits, onProgress));
}
async function replay(source, options, commits, onProgress) {
    const { ImportCache, analyzeDependencies } = await __nccwpck_require__.e(/* import() */ 453).then(__nccwpck_require__.bind(__nccwpck_require__, 6453));
    const texts = new Map();
    const cache = new ImportCache();
    // Oldest first, so that a commit's parent is usually the snapshot just taken.
    const snapshots = new Map();
    const at = (sha, known = false) => {
        let snapshot = snapshots.get(sha);
        if (snapshot === undefined) {
            snapshot = snapshotAt(source, sha, texts, known);
            snapshots.set(sha, snapshot);
        }
        return snapshot;
    };
    const reports = new Map();
    for (let i = commits.length - 1; i >= 0; i--) {
        const commit = commits[i];
        if (commit === undefined)
            continue;
        const parent = commit.parents[0];
        const report = await analyzeDependencies({
            settings: options.settings,
            // The commit is from git's own log; its parent is resolved (and fetched if shallow).
            head: await at(commit.sha, true),
            ...(parent !== undefined ? { base: () => at(parent) } : {}),
            changes: commit.files,
            filters: options.filters,
            trainOn: options.trainOn,
            cache,
        });
        reports.set(commit.sha, report);
        // Only the commit and its parent are wanted again.
        for (const sha of snapshots.keys()) {
            if (sha !== commit.sha)
                snapshots.delete(sha);
        }
        onProgress(commits.length - i);
    }
    return reports;
}

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
        super(`no answer within ${errors_seconds(limitMs)}`);
        this.name = 'RequestTimeout';
    }
}
/** "1 s", "0.4 s", "60 s". */
function errors_seconds(ms) {
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
        return new GitHubApiError('timeout', 0, `The GitHub API did not finish ${op.action} within ${errors_seconds(ctx.callTimeoutMs)} (${attempts}); GitHub is slow or unreachable from this runner.`);
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
        defaultBranch: () => contents_defaultBranch(t),
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
function contents_defaultBranch(t) {
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
var dist_src = __nccwpck_require__(5194);
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
                ? `a wait of ${errors_seconds(waitMs)} is more than the ${settings.maxRateLimitWaitSeconds} s this action waits for rate limits`
                : `a wait of ${errors_seconds(waitMs)} after ${errors_seconds(rateLimitWaitMs)} already is more than the ${settings.maxRateLimitWaitSeconds} s this action waits for rate limits`;
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
    return `waiting ${errors_seconds(waitMs)} would pass the ${errors_seconds(settings.callTimeoutMs)} limit of one API call`;
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
            const after = errors_seconds(decision.waitMs);
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
            say.debug(`GitHub API answered ${res.status} to ${method} ${transport_pathOf(input)}.`);
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
            say.debug(`No answer to ${method} ${transport_pathOf(input)}: ${err instanceof Error ? err.message : String(err)}.`);
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
        const { defaults } = await __nccwpck_require__.e(/* import() */ 706).then(__nccwpck_require__.bind(__nccwpck_require__, 4706));
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
function transport_pathOf(input) {
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

;// CONCATENATED MODULE: ./src/cli/io.ts
/**
 * What the commands share: the streams and clock they run with, the
 * repository folder, git's options, the filters file, and refs given on the
 * command line.
 */










function gitOptions(dir, io) {
    return {
        cwd: dir,
        log: {
            info: (m) => io.stderr(`${m}\n`),
            debug: () => undefined,
            warning: (m) => io.stderr(`warning: ${m}\n`),
        },
    };
}
/** The repository folder: --repo, or the current folder; it must be in a git work tree. */
async function repositoryDir(repo, io, command) {
    const dir = (0,external_node_path_.resolve)(io.cwd, repo ?? '.');
    if (repo !== undefined && (!(0,external_node_fs_namespaceObject.existsSync)(dir) || !(0,external_node_fs_namespaceObject.statSync)(dir).isDirectory())) {
        throw new UsageError(`--repo is ${(0,format/* quote */.hD)(repo)}, which is not a folder.`, command);
    }
    if (!(await isGitCheckout(dir))) {
        const message = `${dir} is not in a git repository: run ${PROGRAM} in a clone, or give --repo DIR.`;
        if (repo !== undefined)
            throw new UsageError(message, command);
        throw new GitError(message);
    }
    return dir;
}
/** The text of the file an option names; a missing file is a bad argument. */
async function readOptionFile(option, path, io, command) {
    try {
        return await (0,promises_namespaceObject.readFile)((0,external_node_path_.resolve)(io.cwd, path), 'utf8');
    }
    catch (err) {
        const code = err instanceof Error && 'code' in err ? String(err.code) : '';
        if (code === 'ENOENT' || code === 'EISDIR' || code === 'ENOTDIR') {
            throw new UsageError(`--${option} is ${(0,format/* quote */.hD)(path)}, which is not a file${code === 'ENOENT' ? ' (it does not exist)' : ''}.`, command);
        }
        throw err;
    }
}
/** The filters and models files the options name, parsed; checked against the settings. */
async function loadDocuments(cmd, io, command) {
    const filters = cmd.filters === undefined
        ? []
        : parseFilters(await readOptionFile('filters', cmd.filters, io, command), cmd.filters);
    const models = cmd.models === undefined
        ? []
        : parseModels(await readOptionFile('models', cmd.models, io, command), cmd.models);
    // train-on, force and the models are checked before git is asked anything.
    checkGate(filters, models, cmd.settings);
    return { filters, models };
}
/** Resolves a ref the user gave, without fetching; a ref that names nothing is a bad argument. */
async function checkRefOption(opts, option, ref, command) {
    let sha;
    try {
        sha = await resolveLocalCommit(opts, ref);
    }
    catch (err) {
        if (err instanceof GitError && !(err instanceof UnknownRefError)) {
            throw new UsageError(`--${option} is ${(0,format/* quote */.hD)(ref)}, which is not a name git can use.`, command);
        }
        throw err;
    }
    if (sha === undefined) {
        throw new UsageError(`--${option} is ${(0,format/* quote */.hD)(ref)}, which names no branch, tag or commit in this repository` +
            ' (git fetch it first if it is only on the remote).', command);
    }
}
/** A command line as a shell reads it back: words outside the safe set single-quoted. */
function shellLine(words) {
    return words.map(format/* shellWord */.r7).join(' ');
}

;// CONCATENATED MODULE: ./src/cli/history.ts
/**
 * `--training-job`: the training time measured from past runs of the job in a
 * workflow of the repository's GitHub remote, as the action's training-job
 * input measures it in its own workflow. Needs a token in GITHUB_TOKEN (or
 * GH_TOKEN) that may read Actions; a given --training-hours wins.
 */





/** The REST API root of a GitHub server: api.github.com, or /api/v3 of GitHub Enterprise Server. */
function apiUrlOf(serverUrl) {
    return serverUrl === 'https://github.com' ? 'https://api.github.com' : `${serverUrl}/api/v3`;
}
async function withMeasuredTime(cmd, dir, io, command) {
    const { history, settings } = cmd;
    if (history === undefined)
        return settings;
    if (settings.cost.trainingHours !== undefined) {
        io.stderr(`--training-hours is set, so past runs of job ${JSON.stringify(history.jobName)} are not read.\n`);
        return settings;
    }
    const token = io.env.GITHUB_TOKEN || io.env.GH_TOKEN;
    if (!token) {
        throw new UsageError('--training-job reads past runs through the GitHub API: set GITHUB_TOKEN to a token that may read Actions (gh auth token gives one), or give --training-hours.', command);
    }
    const remote = await remoteRepository(gitOptions(dir, io));
    if (remote === undefined) {
        throw new UsageError("--training-job reads past runs of the repository's GitHub remote, and origin is not one.", command);
    }
    const api = createGitHubApi({
        token,
        owner: remote.owner,
        repo: remote.repo,
        baseUrl: io.env.GITHUB_API_URL || apiUrlOf(remote.serverUrl),
    });
    const { outcomes } = await measureTrainingTimes(api, {
        jobNames: [history.jobName],
        samples: history.runs,
        workflow: history.workflow,
    });
    const outcome = outcomes.get(history.jobName);
    if (outcome === undefined)
        return settings;
    io.stderr(`${describeHistory(outcome)}\n`);
    return { ...settings, cost: withHistory(settings.cost, outcome) };
}

// EXTERNAL MODULE: ./src/core/deps/dead.ts
var deps_dead = __nccwpck_require__(7462);
;// CONCATENATED MODULE: ./src/cli/text-deps.ts


/** Items listed per part before "… and N more". */
const LISTED = 30;
function listed(items) {
    const lines = items.slice(0, LISTED).map((item) => `  ${item}`);
    if (items.length > LISTED)
        lines.push(`  … and ${(0,format/* formatCount */.B4)(items.length - LISTED)} more`);
    return lines;
}
/** The lines `check` prints under its filter table. */
function dependencyText(deps) {
    const lines = [
        '',
        `depends on:   ${(0,format/* plural */.LS)(deps.closure.length, 'file')} training imports or its DVC stages depend on; ${deps.matches.length === 0 ? 'none changed' : `${(0,format/* formatCount */.B4)(deps.matches.length)} changed:`}`,
        ...listed(deps.matches.map((m) => (0,format/* displayPath */.Gt)(m.reason))),
    ];
    const notes = [];
    if (deps.uncovered.length > 0) {
        notes.push(`${(0,format/* plural */.LS)(deps.uncovered.length, 'file')} training imports in no train-on filter`);
    }
    if (deps.deadPatterns.length > 0) {
        notes.push(`${(0,format/* plural */.LS)(deps.deadPatterns.length, 'filter pattern')} matching no file`);
    }
    if (deps.unresolved.length > 0) {
        notes.push(`${(0,format/* plural */.LS)(deps.unresolved.length, 'import')} that cannot be followed`);
    }
    if (notes.length > 0)
        lines.push(`warning:      ${notes.join('; ')} (see --explain)`);
    return lines;
}
/** Filter patterns that match no file at the head, as `check` warns of them. */
function deadPatternText(dead) {
    return dead.length === 0
        ? []
        : ['', ...dead.map((d) => `warning:      ${(0,deps_dead/* deadPatternWarning */.p)(d)}`)];
}
/** `check --explain`: the train-on filters against what training depends on. */
function renderExplain(deps) {
    const parts = [];
    if (deps.uncovered.length > 0) {
        parts.push([
            `Files training depends on that no train-on filter covers (${(0,format/* formatCount */.B4)(deps.uncovered.length)}); the gate trains on them anyway, add them to the filters to make that plain:`,
            ...listed(deps.uncovered.map(format/* displayPath */.Gt)),
        ]);
    }
    if (deps.unimported.length > 0) {
        parts.push([
            `Python files the train-on filters cover that nothing training runs imports (${(0,format/* formatCount */.B4)(deps.unimported.length)}); unless training loads them some other way (exec, a configuration loader, a subprocess), a change to them trains for nothing:`,
            ...listed(deps.unimported.map(format/* displayPath */.Gt)),
        ]);
    }
    if (deps.deadPatterns.length > 0) {
        parts.push([
            `Filter patterns that match no file at the head commit (${(0,format/* formatCount */.B4)(deps.deadPatterns.length)}):`,
            ...listed(deps.deadPatterns.map((d) => `${(0,format/* displayPath */.Gt)(d.pattern)}  (filter ${(0,format/* displayPath */.Gt)(d.filter)})`)),
        ]);
    }
    if (deps.unresolved.length > 0) {
        parts.push([
            `Imports that cannot be followed statically (${(0,format/* formatCount */.B4)(deps.unresolved.length)}); the files they load are not counted:`,
            ...listed(deps.unresolved.map((u) => `${(0,format/* displayPath */.Gt)(u.file)}:${u.line}${u.cell !== undefined ? ` (cell ${u.cell})` : ''}  ${(0,format/* displayPath */.Gt)(u.text)}: ${(0,format/* displayPath */.Gt)(u.reason)}`)),
        ]);
    }
    if (parts.length === 0) {
        parts.push([
            `The train-on filters cover all ${(0,format/* plural */.LS)(deps.closure.length, 'file')} training depends on, every pattern matches a file, and every import was followed.`,
        ]);
    }
    return `\n${parts.map((p) => p.join('\n')).join('\n\n')}\n`;
}

;// CONCATENATED MODULE: ./src/cli/text.ts




/** Pads cells to column widths; the last column is left unpadded. */
function table(rows, right = []) {
    const widths = [];
    for (const row of rows) {
        row.forEach((cell, i) => {
            widths[i] = Math.max(widths[i] ?? 0, Array.from(cell).length);
        });
    }
    return rows.map((row) => row
        .map((cell, i) => {
        if (i === row.length - 1 && !right.includes(i))
            return cell;
        const pad = ' '.repeat((widths[i] ?? 0) - Array.from(cell).length);
        return right.includes(i) ? pad + cell : cell + pad;
    })
        .join('  ')
        .trimEnd());
}
function text_fileText(file) {
    const previous = file.previousFilename;
    return previous !== undefined && previous !== file.filename
        ? `${(0,format/* displayPath */.Gt)(previous)} → ${(0,format/* displayPath */.Gt)(file.filename)}`
        : (0,format/* displayPath */.Gt)(file.filename);
}
/** `check` for a terminal: the verdict, what was compared, the cost, and a table of the filters. */
function renderCheck(report, context) {
    const { decision, changeSet, cost, filters } = report;
    const lines = [];
    lines.push(decision.shouldTrain
        ? 'should-train: true  (training runs)'
        : 'should-train: false  (training skipped)', `reason:       ${(0,format/* displayPath */.Gt)(decision.reason)}`);
    const bases = context.mergeBases.map((sha) => sha.slice(0, 7)).join(', ');
    lines.push(`compared:     ${(0,format/* displayPath */.Gt)(context.head)} (${changeSet.headSha.slice(0, 7)}) against ` +
        `${(0,format/* displayPath */.Gt)(context.base)} (${changeSet.baseSha.slice(0, 7)}), from the merge base ${bases}: ` +
        `${(0,format/* formatCount */.B4)(changeSet.files.length)} changed ${changeSet.files.length === 1 ? 'file' : 'files'}`);
    if (cost.runGpuHours !== undefined) {
        const hours = formatHours(decision.shouldTrain ? cost.runGpuHours : 0);
        const money = cost.runCost === undefined
            ? ''
            : `, ${formatMoney(decision.shouldTrain ? cost.runCost : 0, cost.currency)}`;
        const avoided = decision.shouldTrain || cost.runCost === undefined
            ? decision.shouldTrain
                ? ''
                : ` (avoids ${formatHours(cost.runGpuHours)} GPU-hours)`
            : ` (avoids ${formatHours(cost.runGpuHours)} GPU-hours, ${formatMoney(cost.runCost, cost.currency)})`;
        lines.push(`cost:         ${hours} GPU-hours${money}${avoided}`);
    }
    lines.push('');
    if (report.models !== undefined) {
        const rows = [['MODEL', 'GATE', 'GPU-HOURS', 'COST', 'WHY']];
        for (const model of report.models) {
            const { cost: run, decision: verdict } = model;
            const avoided = verdict.shouldTrain ? '' : ' avoided';
            rows.push([
                (0,format/* displayPath */.Gt)(model.name),
                verdict.shouldTrain ? 'train' : 'skip',
                run.runGpuHours === undefined ? '-' : `${formatHours(run.runGpuHours)}${avoided}`,
                run.runCost === undefined ? '-' : `${formatMoney(run.runCost, run.currency)}${avoided}`,
                (0,format/* displayPath */.Gt)(verdict.reason),
            ]);
        }
        lines.push(...table(rows), '');
    }
    if (filters.length === 0) {
        lines.push('No filters are defined.');
    }
    else {
        const rows = [['FILTER', 'TRAIN-ON', 'FILES', 'MATCHED FILES']];
        for (const filter of filters) {
            rows.push([
                (0,format/* displayPath */.Gt)(filter.name),
                filter.trainOn ? 'yes' : 'no',
                (0,format/* formatCount */.B4)(filter.files.length),
                filter.files.length === 0 ? '-' : (0,format/* listSome */.XT)(filter.files.map(text_fileText)),
            ]);
        }
        lines.push(...table(rows, [2]));
    }
    if (report.dependencies !== undefined)
        lines.push(...dependencyText(report.dependencies));
    else
        lines.push(...deadPatternText(report.deadPatterns ?? []));
    return `${lines.join('\n')}\n`;
}
function totalsRows(t) {
    const rows = [
        ['', 'WITHOUT THE GATE', 'WITH THE GATE', 'SAVED'],
        [
            'Training runs',
            (0,format/* formatCount */.B4)(t.events),
            (0,format/* formatCount */.B4)(t.trained),
            `${(0,format/* formatCount */.B4)(t.skipped)} (${formatPercent(t.savedPercent)})`,
        ],
    ];
    if (t.gpuHoursWithoutGate !== undefined &&
        t.gpuHoursWithGate !== undefined &&
        t.gpuHoursSaved !== undefined) {
        rows.push([
            'GPU-hours',
            formatGpuHours(t.gpuHoursWithoutGate),
            formatGpuHours(t.gpuHoursWithGate),
            formatGpuHours(t.gpuHoursSaved),
        ]);
    }
    if (t.costWithoutGate !== undefined && t.costWithGate !== undefined && t.saved !== undefined) {
        rows.push([
            `Cost (${t.currency})`,
            formatMoney(t.costWithoutGate, t.currency),
            formatMoney(t.costWithGate, t.currency),
            formatMoney(t.saved, t.currency),
        ]);
    }
    return rows;
}
/** Each model's trainings, and its cost with and without the gate. */
function modelRows(models, currency) {
    const rows = [['MODEL', 'TRAINED', 'GPU-HOURS', 'COST WITH GATE', 'SAVED']];
    for (const m of models) {
        rows.push([
            (0,format/* displayPath */.Gt)(m.name),
            (0,format/* formatCount */.B4)(m.trained),
            m.gpuHoursWithGate === undefined ? '-' : formatGpuHours(m.gpuHoursWithGate),
            m.costWithGate === undefined ? '-' : formatMoney(m.costWithGate, currency),
            m.saved === undefined ? '-' : formatMoney(m.saved, currency),
        ]);
    }
    return rows;
}
/** The totals with and without the gate, as a table. */
function text_totalsTable(t) {
    return table(totalsRows(t), [1, 2, 3]);
}
/** `backtest` for a terminal: every event, oldest first, then the totals. */
function renderBacktest(result, context) {
    const t = result.totals;
    const lines = [];
    const when = period(t);
    lines.push(`Backtest of ${(0,format/* displayPath */.Gt)(context.branch)}: ${(0,format/* formatCount */.B4)(t.events)} CI ${t.events === 1 ? 'event' : 'events'}` +
        (when === undefined ? '' : `, ${when}`) +
        ` (${(0,format/* formatCount */.B4)(t.merges)} ${t.merges === 1 ? 'merge' : 'merges'}, ${(0,format/* formatCount */.B4)(t.singleParentCommits)} single-parent ${t.singleParentCommits === 1 ? 'commit' : 'commits'})`, `Window: ${context.window}. ${(0,format/* displayPath */.Gt)(context.decidedBy)}.`, '');
    if (t.events === 0) {
        lines.push('No first-parent commits in the window: nothing to replay. Widen it with --last N or --since DATE.');
        return `${lines.join('\n')}\n`;
    }
    const width = Math.max(20, context.titleWidth ?? 60);
    const models = result.models !== undefined;
    const rows = [
        ['DATE', 'COMMIT', 'EVENT', 'GATE', models ? 'MODELS TRAINED' : 'FILTERS MATCHED', 'TITLE'],
    ];
    for (const event of result.events) {
        const names = models ? (event.models ?? []) : [...event.filters];
        // A change to a file training imports: `imports` among the filters that matched.
        if ((event.dependencyFiles ?? []).length > 0)
            names.push('imports');
        rows.push([
            utcDay(event.date),
            event.sha.slice(0, 7),
            eventLabel(event),
            event.shouldTrain ? 'train' : 'skip',
            names.length > 0 ? names.map(format/* displayPath */.Gt).join(',') : '-',
            (0,format/* clip */.$Q)((0,format/* displayPath */.Gt)(event.title), width),
        ]);
    }
    lines.push(...table(rows), '');
    if (result.models !== undefined)
        lines.push(...table(modelRows(result.models, t.currency), [1, 2, 3, 4]), '');
    lines.push(...text_totalsTable(t), '');
    if (t.dependencyOnly !== undefined) {
        lines.push(`Through what training imports: ${(0,format/* formatCount */.B4)(t.dependencyOnly)} ${t.dependencyOnly === 1 ? 'event' : 'events'} trained that the filters alone would have skipped; what training depends on changed at ${(0,format/* formatCount */.B4)(t.closureChanges ?? 0)} ${t.closureChanges === 1 ? 'event' : 'events'}.`, '');
    }
    lines.push(runPriceNote(t));
    return `${lines.join('\n')}\n`;
}
/** A figure without binary-fraction noise (1.2000000000000002 → 1.2), or null. */
function exact(n) {
    return n === undefined ? null : Number(n.toPrecision(12));
}
/** The backtest as one JSON object; figures that need a price or a training time are null without them. */
function backtestJson(result, context) {
    const t = result.totals;
    return {
        branch: context.branch,
        tip: context.tip,
        window: context.window,
        filtersFile: context.filtersFile,
        modelsFile: context.modelsFile,
        trainOn: context.trainOn,
        from: t.from ?? null,
        to: t.to ?? null,
        events: t.events,
        trained: t.trained,
        skipped: t.skipped,
        merges: t.merges,
        singleParentCommits: t.singleParentCommits,
        currency: t.currency,
        gpuCount: t.gpuCount,
        gpuHourlyCost: exact(t.hourlyCost),
        trainingHours: exact(t.trainingHours),
        runGpuHours: exact(t.runGpuHours),
        runCost: exact(t.runCost),
        gpuHoursWithGate: t.gpuHoursWithGate ?? null,
        gpuHoursWithoutGate: t.gpuHoursWithoutGate ?? null,
        gpuHoursSaved: t.gpuHoursSaved ?? null,
        costWithGate: t.costWithGate ?? null,
        costWithoutGate: t.costWithoutGate ?? null,
        saved: t.saved ?? null,
        savedPercent: t.savedPercent,
        ...(t.dependencyOnly !== undefined
            ? { dependencyOnly: t.dependencyOnly, closureChanges: t.closureChanges ?? 0 }
            : {}),
        shallow: context.shallow,
        renamesSkipped: context.renamesSkipped,
        filters: result.filters,
        perEvent: result.events.map((e) => ({
            sha: e.sha,
            date: e.date,
            subject: e.subject,
            title: e.title,
            kind: e.kind,
            pullRequest: e.pullRequest ?? null,
            changed: e.changed,
            shouldTrain: e.shouldTrain,
            reason: e.reason,
            filters: e.filters,
            ...(e.models !== undefined ? { models: e.models } : {}),
            ...(e.dependencyFiles !== undefined
                ? {
                    dependencyFiles: e.dependencyFiles,
                    closureSize: e.closureSize ?? null,
                    closureChanged: e.closureChanged ?? false,
                }
                : {}),
        })),
        ...(result.models !== undefined
            ? {
                models: result.models.map((m) => ({
                    name: m.name,
                    trained: m.trained,
                    runGpuHours: exact(m.runGpuHours),
                    runCost: exact(m.runCost),
                    gpuHoursWithGate: m.gpuHoursWithGate ?? null,
                    gpuHoursWithoutGate: m.gpuHoursWithoutGate ?? null,
                    costWithGate: m.costWithGate ?? null,
                    costWithoutGate: m.costWithoutGate ?? null,
                    saved: m.saved ?? null,
                })),
            }
            : {}),
    };
}

;// CONCATENATED MODULE: ./src/cli/backtest.ts
/**
 * `backtest`: a branch's first-parent history replayed through the engine with
 * the same settings as the action, with the totals, and optionally a Markdown
 * report with its chart.
 */

















/** Draws "Reading the history…" on a terminal, at most ten times a second. */
function progressLine(io, what) {
    let last = 0;
    let drawn = false;
    return {
        update(n) {
            if (!io.progress)
                return;
            const now = Date.now();
            if (now - last < 100)
                return;
            last = now;
            drawn = true;
            io.stderr(`\r\x1b[K${what}: ${n.toLocaleString('en-US')} ${n === 1 ? 'commit' : 'commits'}`);
        },
        done() {
            if (drawn)
                io.stderr('\r\x1b[K');
        },
    };
}
function windowWords(cmd) {
    const w = cmd.window;
    if (w.kind === 'last')
        return `the last ${w.count.toLocaleString('en-US')} first-parent commits`;
    const since = w.since
        .toISOString()
        .replace(/\.000Z$/, 'Z')
        .replace(/T00:00:00Z$/, '');
    return w.default
        ? `the first-parent commits of the last 30 days (since ${since})`
        : `the first-parent commits since ${since}`;
}
async function readHistory(cmd, opts, branch, io) {
    const progress = progressLine(io, `Reading the history of ${branch}`);
    let log;
    try {
        log = await readFirstParentLog(opts, {
            ref: branch,
            ...(cmd.window.kind === 'last'
                ? { maxCount: cmd.window.count }
                : { since: cmd.window.since }),
            onProgress: (n) => progress.update(n),
        });
    }
    catch (err) {
        if (err instanceof UnknownRefError && cmd.branch !== undefined) {
            throw new UsageError(`--branch is ${(0,format/* quote */.hD)(cmd.branch)}, which ${err.message.replace(/^"[^"]*" /, '')}`, 'backtest');
        }
        throw err;
    }
    finally {
        progress.done();
    }
    if (log.shallow) {
        io.stderr('warning: this clone is shallow, so the history stops early and the window may hold fewer events than the branch had; run git fetch --unshallow to replay all of it.\n');
    }
    if (log.renamesSkipped) {
        io.stderr('warning: git did not look for renames in a commit with very many files; a file moved there counts as deleted and added (raise diff.renameLimit to look).\n');
    }
    return log;
}
/** `; and what train.py, python -m pkg.train import`, for the heading. */
function dependencyWords(settings) {
    if (settings === undefined)
        return '';
    const what = [
        ...(settings.entrypoints.length > 0
            ? [
                `what ${settings.entrypoints.join(', ')} ${settings.entrypoints.length === 1 ? 'imports' : 'import'}`,
            ]
            : []),
        ...(settings.dvcStages.length > 0
            ? [
                `what DVC ${settings.dvcStages.length === 1 ? 'stage' : 'stages'} ${settings.dvcStages.join(', ')} depend on`,
            ]
            : []),
    ];
    return `; and ${what.join(', and ')}`;
}
/** Reads the history and replays it through the engine; prints nothing but warnings. */
async function replayHistory(cmd, io) {
    const { filters, models } = await loadDocuments(cmd, io, 'backtest');
    const trainOn = checkGate(filters, models, cmd.settings);
    const decidedBy = (cmd.models !== undefined
        ? `Models: ${cmd.models} (${models.map((m) => m.name).join(', ')})`
        : `Filters: ${cmd.filters ?? ''}; train on: ${trainOn.length > 0 ? trainOn.join(', ') : 'no filter'}`) +
        dependencyWords(cmd.dependencies);
    const dir = await repositoryDir(cmd.repo, io, 'backtest');
    const opts = gitOptions(dir, io);
    const branch = cmd.branch ?? (await defaultBranch(opts)) ?? 'HEAD';
    const log = await readHistory(cmd, opts, branch, io);
    const repository = await remoteRepository(opts);
    const settings = await withMeasuredTime(cmd, dir, io, 'backtest');
    let dependencies;
    if (cmd.dependencies !== undefined) {
        const progress = progressLine(io, 'Reading what training imports');
        try {
            dependencies = await historyDependencies(opts, { settings: cmd.dependencies, filters, trainOn }, log.commits, (n) => progress.update(n));
        }
        finally {
            progress.done();
        }
    }
    const result = runBacktest({
        commits: log.commits,
        filters,
        ...(models.length > 0 ? { models } : {}),
        ...(dependencies !== undefined ? { dependencies } : {}),
        settings,
        context: {
            repository: repository ?? { serverUrl: '', owner: '', repo: '' },
            labels: cmd.labels,
        },
    });
    return { result, branch, window: windowWords(cmd), decidedBy, trainOn, log, repository };
}
/** Writes the Markdown report and its chart; says where. */
async function writeReport(cmd, run, path, io) {
    const { result, branch } = run;
    const reportPath = (0,external_node_path_.resolve)(io.cwd, path);
    const chartPath = reportPath.replace(/\.md$/i, '.svg');
    (0,external_node_fs_namespaceObject.mkdirSync)((0,external_node_path_.dirname)(reportPath), { recursive: true });
    const hasChart = result.totals.events > 0;
    const markdown = renderReport(result, {
        branch,
        window: run.window,
        decidedBy: run.decidedBy,
        ...(hasChart ? { chartFile: (0,external_node_path_.basename)(chartPath) } : {}),
        ...(run.repository !== undefined ? { repository: run.repository } : {}),
        command: shellLine(reproduce(cmd, branch)),
    });
    await (0,promises_namespaceObject.writeFile)(reportPath, markdown);
    if (hasChart)
        await (0,promises_namespaceObject.writeFile)(chartPath, renderChart(result, { branch }));
    io.stderr(`Report written to ${reportPath}${hasChart ? ` (chart: ${chartPath})` : ''}.\n`);
}
async function backtest(cmd, io) {
    const run = await replayHistory(cmd, io);
    const { result, branch, window, decidedBy, trainOn, log } = run;
    if (cmd.json) {
        const json = backtestJson(result, {
            branch,
            tip: log.tip,
            window: cmd.window.kind === 'last'
                ? { last: cmd.window.count }
                : { since: cmd.window.since.toISOString() },
            filtersFile: cmd.filters ?? null,
            modelsFile: cmd.models ?? null,
            trainOn,
            shallow: log.shallow,
            renamesSkipped: log.renamesSkipped,
        });
        io.stdout(`${JSON.stringify(json, null, 2)}\n`);
    }
    else {
        const titleWidth = io.columns === undefined ? 72 : Math.max(24, io.columns - 72);
        io.stdout(renderBacktest(result, { branch, window, decidedBy, titleWidth }));
    }
    if (cmd.report !== undefined)
        await writeReport(cmd, run, cmd.report, io);
    return 0;
}
/** The flags that give these engine settings and labels, defaults left out. */
function settingsFlags(settings, labels) {
    const flags = [];
    if (settings.trainOn !== undefined)
        flags.push('--train-on', settings.trainOn.join(','));
    if (settings.quantifier !== 'some')
        flags.push('--predicate-quantifier', settings.quantifier);
    if (settings.force)
        flags.push('--force');
    if (settings.forceModels !== undefined)
        flags.push(`--force=${settings.forceModels.join(',')}`);
    if (settings.forceLabel !== undefined)
        flags.push('--force-label', settings.forceLabel);
    for (const label of labels)
        flags.push('--label', label);
    if (settings.onError !== 'train')
        flags.push('--on-error', settings.onError);
    const cost = settings.cost;
    const source = cost.priceSource;
    if (source?.kind === 'preset')
        flags.push('--gpu-runner', source.name);
    else if (cost.hourlyCost !== undefined) {
        if (source?.overrides !== undefined)
            flags.push('--gpu-runner', source.overrides);
        flags.push('--gpu-hourly-cost', formatAmount(cost.hourlyCost));
    }
    if (cost.trainingHours !== undefined)
        flags.push('--training-hours', String(cost.trainingHours));
    if (cost.gpuCount !== 1)
        flags.push('--gpu-count', String(cost.gpuCount));
    if (cost.currency !== 'USD')
        flags.push('--currency', cost.currency);
    if (cost.costLimit !== undefined)
        flags.push('--cost-limit', String(cost.costLimit));
    return flags;
}
/** The command line that gives the same backtest. */
function reproduce(cmd, branch) {
    const words = [
        PROGRAM,
        'backtest',
        ...(cmd.filters !== undefined ? ['--filters', cmd.filters] : []),
        ...(cmd.models !== undefined ? ['--models', cmd.models] : []),
        '--branch',
        branch,
    ];
    if (cmd.window.kind === 'last')
        words.push('--last', String(cmd.window.count));
    else if (!cmd.window.default) {
        words.push('--since', cmd.window.since
            .toISOString()
            .replace(/\.000Z$/, 'Z')
            .replace(/T00:00:00Z$/, ''));
    }
    const { history } = cmd;
    const measured = history === undefined
        ? []
        : [
            '--training-job',
            history.jobName,
            '--workflow',
            history.workflow,
            ...(history.runs !== HISTORY_RUNS_DEFAULT
                ? ['--history-runs', String(history.runs)]
                : []),
        ];
    const deps = cmd.dependencies;
    const dependencies = deps === undefined
        ? []
        : [
            ...(deps.entrypoints.length > 0
                ? ['--training-entrypoints', deps.entrypoints.join(',')]
                : []),
            ...(deps.roots !== undefined ? ['--source-roots', deps.roots.join(',')] : []),
            ...(deps.dvcStages.length > 0 ? ['--dvc-stages', deps.dvcStages.join(',')] : []),
        ];
    return [...words, ...settingsFlags(cmd.settings, cmd.labels), ...dependencies, ...measured];
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
const summary_deps_LISTED = 20;
function summary_deps_listed(items, line) {
    const lines = items.slice(0, summary_deps_LISTED).map(line);
    if (items.length > summary_deps_LISTED)
        lines.push(`- … and ${items.length - summary_deps_LISTED} more`);
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
        ...summary_deps_listed(dead, (d) => `- ${code(d.pattern)} in filter ${code(d.filter)}`),
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
        lines.push(...summary_deps_listed(deps.matches, (m) => `- ${escapeMarkdown((0,format/* clip */.$Q)(m.reason, MAX_MESSAGE_CHARS))}`), '');
    }
    if (deps.uncovered.length > 0) {
        lines.push('> [!WARNING]', `> **The training filters have drifted:** ${(0,format/* plural */.LS)(deps.uncovered.length, 'file')} training depends on ${deps.uncovered.length === 1 ? 'is' : 'are'} in no <code>train-on</code> filter. The gate trains on ${deps.uncovered.length === 1 ? 'it' : 'them'} anyway; add ${deps.uncovered.length === 1 ? 'it' : 'them'} to the filters to make that plain: ${deps.uncovered
            .slice(0, 10)
            .map((p) => code(p))
            .join(', ')}${deps.uncovered.length > 10 ? ', …' : ''}`, '');
    }
    if (deps.unresolved.length > 0) {
        lines.push(`Imports that cannot be followed statically (the files they load are not counted):`, '', ...summary_deps_listed(deps.unresolved, (u) => `- ${code(u.file)} line ${u.line}${u.cell !== undefined ? ` (cell ${u.cell})` : ''}: ${code((0,format/* clip */.$Q)(u.text, 120))}: ${escapeMarkdown((0,format/* clip */.$Q)(u.reason, MAX_MESSAGE_CHARS))}`), '');
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

;// CONCATENATED MODULE: ./src/cli/check.ts
/**
 * `check`: the decision for a local change, as the action makes it in CI.
 * Reads the change with git and the filters file, asks the engine, prints.
 */











async function check(cmd, io) {
    const { filters, models } = await loadDocuments(cmd, io, 'check');
    const dir = await repositoryDir(cmd.repo, io, 'check');
    const opts = gitOptions(dir, io);
    if (cmd.base !== undefined)
        await checkRefOption(opts, 'base', cmd.base, 'check');
    if (cmd.head !== undefined)
        await checkRefOption(opts, 'head', cmd.head, 'check');
    const base = cmd.base ?? (await defaultBranch(opts));
    if (base === undefined) {
        throw new GitError('This repository has no default branch to compare with (no origin/HEAD, main or master): give --base REF.');
    }
    const head = cmd.head ?? 'HEAD';
    const diff = await diffCommits(opts, base, head);
    const changeSet = {
        files: diff.files,
        complete: true,
        source: 'git',
        baseSha: diff.baseSha,
        headSha: diff.headSha,
    };
    const repository = (await remoteRepository(opts)) ?? { serverUrl: '', owner: '', repo: '' };
    const settings = await withMeasuredTime(cmd, dir, io, 'check');
    const dependencies = cmd.dependencies === undefined
        ? undefined
        : await changeDependencies(opts, { settings: cmd.dependencies, filters, trainOn: checkGate(filters, models, settings) }, 
        // A file the change removed is looked for where the change started: the merge base.
        { ...diff, baseSha: diff.mergeBases[0] ?? diff.baseSha });
    // Without the analysis, the head's files are still listed for patterns that match none.
    const dead = dependencies === undefined
        ? (0,deps_dead/* deadPatterns */.O)(filters, (await snapshotAt(opts, diff.headSha)).files)
        : undefined;
    const report = evaluate({
        changeSet,
        filters,
        ...(models.length > 0 ? { models } : {}),
        ...(dependencies !== undefined ? { dependencies } : {}),
        ...(dead !== undefined ? { deadPatterns: dead } : {}),
        settings,
        context: { repository, eventName: 'local', labels: cmd.labels },
    });
    const filesJsonPath = cmd.filesJson === undefined ? undefined : (0,external_node_path_.resolve)(io.cwd, cmd.filesJson);
    const result = gateOutputs(report, settings, filesJsonPath === undefined ? {} : { filesJsonPath });
    if (filesJsonPath !== undefined)
        await (0,promises_namespaceObject.writeFile)(filesJsonPath, result.filesJson);
    if (cmd.output === 'json') {
        io.stdout(`${JSON.stringify(Object.fromEntries(result.outputs), null, 2)}\n`);
    }
    else if (cmd.output === 'markdown') {
        io.stdout(renderSummary(report));
    }
    else {
        const shown = cmd.head ?? (await currentBranch(opts)) ?? head;
        io.stdout(renderCheck(report, { base, head: shown, mergeBases: diff.mergeBases }));
        if (cmd.explain && dependencies !== undefined)
            io.stdout(renderExplain(dependencies));
    }
    return 0;
}

;// CONCATENATED MODULE: ./src/cli/demo-data.ts
/** What the demo's synthetic repository is made of: its filters, and the kinds and titles of its changes. */
/** The filters of the README's example, with filters that only inform. */
const DEMO_FILTERS = `# The README's training and data filters decide (train-on: training, data);
# the others only say what a change touched.
training:
  - 'src/training/**'
  - 'config/training*.yaml'
  - 'requirements.txt'
data:
  - 'data/training/**'
serving:
  - 'src/serving/**'
  - 'config/serving.yaml'
tests:
  - 'tests/**'
notebooks:
  - 'notebooks/**'
evaluation:
  - 'data/eval/**'
ci:
  - '.github/**'
  - 'requirements-dev.txt'
docs:
  - 'docs/**'
  - '*.md'
`;
const DEMO_TRAIN_ON = ['training', 'data'];
const PULL_REQUEST_KINDS = [
    ['docs', 22],
    ['notebook', 14],
    ['tests', 12],
    ['serving', 18],
    ['ci', 6],
    ['eval-data', 4],
    ['training-code', 9],
    ['training-config', 5],
    ['training-data', 4],
    ['deps', 3],
    ['move', 2],
];
const PUSH_KINDS = [
    ['docs', 40],
    ['ci', 25],
    ['serving', 15],
    ['notebook', 10],
    ['training-config', 7],
    ['deps', 3],
];
const DOC_TITLES = [
    'Clarify the setup instructions',
    'Document the evaluation metrics',
    'Fix typos in the guides',
    'Add an FAQ entry on GPU quotas',
    'Explain the data pipeline',
    'Describe the release process',
];
const NOTEBOOK_TITLES = [
    'Notebook: error analysis of the last model',
    'Notebook: compare tokenizers',
    'Notebook: latency profile of the endpoint',
    'Notebook: label distribution by week',
];
const TEST_TITLES = [
    'Add tests for empty batches',
    'Speed up the serving tests',
    'Cover the schema edge cases',
    'Fix a flaky data test',
];
const SERVING_TITLES = [
    'Serve predictions in batches',
    'Add a health endpoint',
    'Validate request payloads',
    'Cache model metadata in the API',
    'Return confidence scores',
];
const CI_TITLES = [
    'Cache pip downloads in CI',
    'Pin the linter version',
    'Run tests on Python 3.12',
];
const EVAL_TITLES = ['Add an evaluation slice for new users', 'Refresh the holdout set'];
const TRAINING_TITLES = [
    'Add label smoothing to the loss',
    'Use mixed precision in training',
    'Fix the learning-rate warm-up',
    'Add early stopping',
    'Refactor the training loop',
];
const CONFIG_TITLES = [
    'Tune the learning rate',
    'Raise the batch size for the large model',
    'Train for more epochs',
];
const DATA_TITLES = ['Add a new training data shard', 'Fix mislabelled training examples'];
const DEPS_TITLES = ['Upgrade torch', 'Bump numpy', 'Upgrade transformers'];

;// CONCATENATED MODULE: ./src/cli/demo-history.ts
/**
 * A synthetic history of an ML repository (pure), generated from a seed: pull
 * requests touching docs, notebooks, tests, CI and serving code, a few
 * touching training code, training configuration and training data, one that
 * moves a module out of the training code; merged with merge commits or
 * squashed, and direct pushes in between. It is written as a `git
 * fast-import` stream, so a month or ten thousand events become a repository
 * in one git process.
 */

/** Deterministic random numbers in [0, 1) from a 32-bit seed (mulberry32). */
function seededRandom(seed) {
    let state = seed >>> 0;
    return () => {
        state = (state + 0x6d2b79f5) >>> 0;
        let t = state;
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
    };
}
const PEOPLE = [
    'Priya Raman',
    'Jonas Weber',
    'Mei Chen',
    'Diego Alvarez',
    'Sam Okafor',
    'Ingrid Larsen',
    'Tomás Novak',
];
const INITIAL_FILES = [
    'README.md',
    'CONTRIBUTING.md',
    'docs/index.md',
    'docs/training.md',
    'docs/serving.md',
    'docs/data.md',
    'notebooks/exploration.ipynb',
    'notebooks/error-analysis.ipynb',
    'tests/test_model.py',
    'tests/test_serving.py',
    'tests/test_data.py',
    'src/serving/app.py',
    'src/serving/handlers.py',
    'src/serving/schema.py',
    'src/training/train.py',
    'src/training/model.py',
    'src/training/losses.py',
    'src/training/utils.py',
    'src/common/io.py',
    'config/training.yaml',
    'config/training-large.yaml',
    'config/serving.yaml',
    'data/training/manifest.json',
    'data/training/labels.csv',
    'data/eval/holdout.csv',
    'requirements.txt',
    'requirements-dev.txt',
    '.github/workflows/ci.yml',
];
/** The content of a file at a revision: mostly stable, so that git sees moves as renames. */
function render(path, revision) {
    const name = path.slice(path.lastIndexOf('/') + 1);
    if (path.endsWith('.py')) {
        const body = Array.from({ length: 16 }, (_, i) => `def step_${i}(batch):\n    return [x * ${i + 1} for x in batch]\n`).join('\n');
        return `"""${name}"""\n\n${body}\nREVISION = ${revision}\n`;
    }
    if (path.endsWith('.md')) {
        const paragraphs = Array.from({ length: 6 }, (_, i) => `Section ${i + 1} of ${name} explains one part of the model repository.\n`).join('\n');
        return `# ${name}\n\n${paragraphs}\nRevision ${revision}.\n`;
    }
    if (path.endsWith('.ipynb')) {
        return `${JSON.stringify({
            cells: [{ cell_type: 'code', source: [`# ${name}, revision ${revision}\n`, 'print(1)\n'] }],
            metadata: { kernelspec: { name: 'python3' } },
            nbformat: 4,
            nbformat_minor: 5,
        }, null, 1)}\n`;
    }
    if (path.endsWith('.csv')) {
        const rows = Array.from({ length: 8 + revision }, (_, i) => `${i},${(i * 37) % 11}`);
        return `id,label\n${rows.join('\n')}\n`;
    }
    if (path.endsWith('.json')) {
        return `${JSON.stringify({ name, shards: 4 + revision, revision }, null, 2)}\n`;
    }
    if (path.endsWith('.yaml') || path.endsWith('.yml')) {
        return `# ${name}\nlearning_rate: 0.00${(revision % 9) + 1}\nbatch_size: ${32 * ((revision % 4) + 1)}\nepochs: 10\nrevision: ${revision}\n`;
    }
    return `${name} ${revision}\n`;
}
function slug(text) {
    return text
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-|-$/g, '')
        .slice(0, 40);
}
class Generator {
    random;
    /** Path → revision of the files the branch has. */
    files = new Map();
    created = 0;
    moved = false;
    constructor(seed) {
        this.random = seededRandom(seed);
    }
    float() {
        return this.random();
    }
    int(min, max) {
        return min + Math.floor(this.random() * (max - min + 1));
    }
    pick(items) {
        const item = items[Math.floor(this.random() * items.length)];
        if (item === undefined)
            throw new Error('pick from an empty list');
        return item;
    }
    weighted(table) {
        const total = table.reduce((sum, [, w]) => sum + w, 0);
        let r = this.random() * total;
        for (const [value, weight] of table) {
            r -= weight;
            if (r < 0)
                return value;
        }
        const last = table[table.length - 1];
        if (last === undefined)
            throw new Error('pick from an empty table');
        return last[0];
    }
    /** Files of the branch under `prefix` ending in `suffix`. */
    under(prefix, suffix = '') {
        return [...this.files.keys()].filter((p) => p.startsWith(prefix) && p.endsWith(suffix));
    }
    modify(path) {
        const revision = (this.files.get(path) ?? 0) + 1;
        this.files.set(path, revision);
        return { kind: 'M', path, content: render(path, revision) };
    }
    add(prefix, stem, suffix) {
        this.created++;
        return this.modify(`${prefix}${stem}-${this.created}${suffix}`);
    }
    /** Modifies 1 to `max` distinct files of `paths`. */
    modifySome(paths, max) {
        const chosen = new Set();
        const n = Math.min(paths.length, this.int(1, max));
        while (chosen.size < n)
            chosen.add(this.pick(paths));
        return [...chosen].map((p) => this.modify(p));
    }
    change(kind) {
        switch (kind) {
            case 'docs': {
                const ops = this.modifySome([...this.under('docs/', '.md'), 'README.md'], 2);
                if (this.float() < 0.25)
                    ops.push(this.add('docs/', 'guide', '.md'));
                return { title: this.pick(DOC_TITLES), ops };
            }
            case 'notebook': {
                const ops = this.float() < 0.4
                    ? [this.add('notebooks/', 'experiment', '.ipynb')]
                    : this.modifySome(this.under('notebooks/'), 1);
                return { title: this.pick(NOTEBOOK_TITLES), ops };
            }
            case 'tests':
                return { title: this.pick(TEST_TITLES), ops: this.modifySome(this.under('tests/'), 2) };
            case 'serving': {
                const ops = this.modifySome(this.under('src/serving/'), 2);
                if (this.float() < 0.5)
                    ops.push(this.modify('tests/test_serving.py'));
                if (this.float() < 0.2)
                    ops.push(this.modify('config/serving.yaml'));
                return { title: this.pick(SERVING_TITLES), ops };
            }
            case 'ci': {
                const ops = this.modifySome(['.github/workflows/ci.yml', 'requirements-dev.txt'], 1);
                return { title: this.pick(CI_TITLES), ops };
            }
            case 'eval-data': {
                const ops = this.float() < 0.5
                    ? [this.add('data/eval/', 'slice', '.csv')]
                    : [this.modify('data/eval/holdout.csv')];
                return { title: this.pick(EVAL_TITLES), ops };
            }
            case 'training-code': {
                const ops = this.modifySome(this.under('src/training/', '.py'), 2);
                if (this.float() < 0.5)
                    ops.push(this.modify('tests/test_model.py'));
                return { title: this.pick(TRAINING_TITLES), ops };
            }
            case 'training-config':
                return {
                    title: this.pick(CONFIG_TITLES),
                    ops: this.modifySome(this.under('config/training'), 1),
                };
            case 'training-data': {
                const ops = this.float() < 0.4
                    ? [
                        this.add('data/training/', 'shard', '.csv'),
                        this.modify('data/training/manifest.json'),
                    ]
                    : this.modifySome(this.under('data/training/'), 2);
                return { title: this.pick(DATA_TITLES), ops };
            }
            case 'deps':
                return { title: this.pick(DEPS_TITLES), ops: [this.modify('requirements.txt')] };
            case 'move': {
                const from = 'src/training/utils.py';
                if (this.moved || !this.files.has(from))
                    return this.change('serving');
                this.moved = true;
                const to = 'src/common/utils.py';
                const revision = this.files.get(from) ?? 0;
                this.files.delete(from);
                this.files.set(to, revision);
                return {
                    title: 'Move shared helpers out of the training package',
                    ops: [{ kind: 'R', from, to }, this.modify(to), this.modify('src/serving/handlers.py')],
                };
            }
        }
    }
}
function personOf(name) {
    return { name, email: `${slug(name)}@example.com` };
}
const GITHUB = { name: 'GitHub', email: 'noreply@github.com' };
/** Writes the fast-import commands of one commit. */
function commitCommand(ref, mark, author, committer, time, message, from, merge, ops) {
    const seconds = Math.floor(time / 1000);
    const lines = [
        `commit ${ref}`,
        `mark :${mark}`,
        `author ${author.name} <${author.email}> ${seconds} +0000`,
        `committer ${committer.name} <${committer.email}> ${seconds} +0000`,
        `data ${Buffer.byteLength(message)}`,
        message,
    ];
    if (from !== undefined)
        lines.push(`from :${from}`);
    if (merge !== undefined)
        lines.push(`merge :${merge}`);
    for (const op of ops) {
        if (op.kind === 'M') {
            lines.push(`M 100644 inline ${op.path}`, `data ${Buffer.byteLength(op.content)}`, op.content);
        }
        else if (op.kind === 'D') {
            lines.push(`D ${op.path}`);
        }
        else {
            lines.push(`R ${op.from} ${op.to}`);
        }
    }
    return `${lines.join('\n')}\n`;
}
const demo_history_DAY = 86_400_000;
const MINUTE = 60_000;
/** When the events happen: sorted times, from 08:00 to 19:00 UTC, weekends quieter. */
function eventTimes(gen, options) {
    const start = options.start.getTime();
    const weekend = (day) => {
        const weekday = new Date(start + day * demo_history_DAY).getUTCDay();
        return weekday === 0 || weekday === 6;
    };
    const perDay = [];
    if (options.events === undefined) {
        for (let d = 0; d < options.days; d++)
            perDay.push(weekend(d) ? gen.int(0, 1) : gen.int(2, 6));
    }
    else {
        const weights = Array.from({ length: options.days }, (_, d) => (weekend(d) ? 1 : 5));
        const total = weights.reduce((a, b) => a + b, 0);
        for (let d = 0; d < options.days; d++)
            perDay.push(0);
        for (let e = 0; e < options.events; e++) {
            let r = gen.float() * total;
            let d = 0;
            while (d < options.days - 1 && r >= (weights[d] ?? 0))
                r -= weights[d++] ?? 0;
            perDay[d] = (perDay[d] ?? 0) + 1;
        }
    }
    const times = [];
    perDay.forEach((count, d) => {
        const day = [];
        for (let i = 0; i < count; i++)
            day.push(gen.int(8 * 60, 19 * 60 - 1));
        day.sort((a, b) => a - b);
        let previous = -Infinity;
        for (const minute of day) {
            // Seconds apart at least, so that every commit has its own time.
            const at = Math.max(start + d * demo_history_DAY + minute * MINUTE, previous + 1000);
            times.push(at);
            previous = at;
        }
    });
    return times;
}
/** The history as a fast-import stream, with what it holds. */
function generateHistory(options) {
    const gen = new Generator(options.seed);
    const branch = 'main';
    const mainRef = `refs/heads/${branch}`;
    const workRef = 'refs/demo/pull-request';
    const out = [];
    let mark = 0;
    const initial = INITIAL_FILES.map((path) => gen.modify(path));
    const founder = personOf(PEOPLE[0] ?? 'Founder');
    out.push(commitCommand(mainRef, ++mark, founder, founder, options.start.getTime() - demo_history_DAY, 'Initial import of the model repository\n', undefined, undefined, initial));
    let tip = mark;
    let pullRequest = 100;
    let merges = 0;
    let squashMerges = 0;
    let pushes = 0;
    const times = eventTimes(gen, options);
    for (const time of times) {
        const author = personOf(gen.pick(PEOPLE));
        const roll = gen.float();
        if (roll < 0.2) {
            const change = gen.change(gen.weighted(PUSH_KINDS));
            out.push(commitCommand(mainRef, ++mark, author, author, time, `${change.title}\n`, tip, undefined, change.ops));
            tip = mark;
            pushes++;
            continue;
        }
        const change = gen.change(gen.weighted(PULL_REQUEST_KINDS));
        pullRequest += gen.int(1, 3);
        if (roll < 0.32) {
            out.push(commitCommand(mainRef, ++mark, author, GITHUB, time, `${change.title} (#${pullRequest})\n`, tip, undefined, change.ops));
            tip = mark;
            squashMerges++;
            continue;
        }
        // A branch of one to three commits from the tip, merged with a merge commit.
        const parts = Math.min(change.ops.length, gen.int(1, 3));
        const opened = time - gen.int(30, 24 * 60) * MINUTE;
        let from = tip;
        for (let p = 0; p < parts; p++) {
            const ops = change.ops.filter((_, i) => i % parts === p);
            const at = opened + Math.floor(((time - opened) * p) / (parts + 1));
            const message = p === 0 ? `${change.title}\n` : 'Address review comments\n';
            out.push(commitCommand(workRef, ++mark, author, author, at, message, from, undefined, ops));
            from = undefined;
        }
        const head = mark;
        const message = `Merge pull request #${pullRequest} from acme/${slug(change.title)}\n\n${change.title}\n`;
        out.push(commitCommand(mainRef, ++mark, author, GITHUB, time, message, tip, head, change.ops));
        tip = mark;
        merges++;
    }
    out.push(`reset ${workRef}\n`, 'done\n');
    return {
        stream: out.join('\n'),
        branch,
        filters: DEMO_FILTERS,
        trainOn: [...DEMO_TRAIN_ON],
        events: times.length,
        merges,
        squashMerges,
        pushes,
    };
}

;// CONCATENATED MODULE: ./src/cli/demo.ts
/**
 * `demo`: builds a seeded synthetic month of an ML repository and backtests
 * it with the README's example prices, through the backtest command itself.
 * Its first screen explains the product: one sentence, the totals, one pull
 * request the gate trained for and one it skipped, and how to run it again.
 */












/** The first day of the demo's month, midnight UTC. */
const DEMO_START = new Date(Date.UTC(2025, 2, 1));
const DEMO_DAYS = 31;
/** The width the demo's text fits. */
const demo_WIDTH = 80;
/** The README's example prices. */
const EXAMPLE_PRICES = [
    '--gpu-hourly-cost',
    '1.60',
    '--training-hours',
    '0.75',
    '--gpu-count',
    '1',
    '--currency',
    'USD',
];
async function demoFolder(cmd, io) {
    if (cmd.dir === undefined)
        return (0,promises_namespaceObject.mkdtemp)((0,external_node_path_.join)((0,external_node_os_namespaceObject.tmpdir)(), `${PROGRAM}-demo-`));
    const dir = (0,external_node_path_.resolve)(io.cwd, cmd.dir);
    if ((0,external_node_fs_namespaceObject.existsSync)(dir)) {
        if (!(0,external_node_fs_namespaceObject.statSync)(dir).isDirectory() || (0,external_node_fs_namespaceObject.readdirSync)(dir).length > 0) {
            throw new UsageError(`--dir is ${(0,format/* quote */.hD)(cmd.dir)}, which is not an empty folder.`, 'demo');
        }
    }
    else {
        (0,external_node_fs_namespaceObject.mkdirSync)(dir, { recursive: true });
    }
    return dir;
}
/**
 * Words filled into lines of at most `width` columns: the first line starts
 * with `first`, the others with `rest`; `end` closes every line but the last.
 */
function wrap(words, { width = demo_WIDTH, first = '', rest = '', end = '' } = {}) {
    const lines = [];
    let line = first;
    let empty = true;
    for (const word of words) {
        const next = empty ? `${line}${word}` : `${line} ${word}`;
        if (!empty && next.length + end.length > width) {
            lines.push(`${line}${end}`);
            line = `${rest}${word}`;
        }
        else
            line = next;
        empty = false;
    }
    lines.push(line);
    return lines;
}
function demo_text(sentence, first = '', rest = first) {
    return wrap(sentence.split(' '), { first, rest });
}
/**
 * A command line as shell continuation lines: the folder and the program on the first line, then
 * the subcommand and its options, each option kept with its value. Where the paths are long only
 * the first line grows, so the options wrap the same way wherever the demo runs.
 */
function commandLines(prefix, args) {
    const units = [];
    const shown = args.map(format/* shellWord */.r7);
    for (let i = 0; i < shown.length; i++) {
        const word = shown[i] ?? '';
        const value = shown[i + 1];
        if (word.startsWith('--') && value !== undefined && !value.startsWith('--')) {
            units.push(`${word} ${value}`);
            i++;
        }
        else
            units.push(word);
    }
    const first = prefix.map((w) => (w === '&&' ? w : (0,format/* shellWord */.r7)(w))).join(' ');
    return [`  ${first} \\`, ...wrap(units, { first: '    ', rest: '    ', end: ' \\' })];
}
/** One pull request as the gate decided it: its title, then the verdict and the reason. */
function example(event) {
    const verdict = event.shouldTrain ? 'train' : 'skip';
    const why = event.reason.replace(/^(training|skipped): /, '');
    return [
        ...demo_text(`${eventLabel(event)} ${event.title}`, '  ', '    '),
        ...demo_text(`${verdict}: ${why}`, '    ', '      '),
    ];
}
/** The demo's first screen: the totals, two examples, where the rest is, how to run it again. */
function demoScreen(result, context) {
    const t = result.totals;
    const lines = [
        ...demo_text(`${PROGRAM} demo: a synthetic month of an ML repository (seed ${context.seed}), replayed through the gate with the README's prices ($1.60 an hour, 0.75 hours a run).`),
        '',
        ...demo_text(`${(0,format/* formatCount */.B4)(t.events)} CI events: the gate trained on ${(0,format/* formatCount */.B4)(t.trained)} and skipped ${(0,format/* formatCount */.B4)(t.skipped)} (${formatPercent(t.savedPercent)}), saving ` +
            `${formatGpuHours(t.gpuHoursSaved ?? 0)} GPU-hours and ${formatMoney(t.saved ?? 0, t.currency)}.`),
        '',
        ...text_totalsTable(t),
        '',
    ];
    const pulls = result.events.filter((e) => e.pullRequest !== undefined);
    const trained = pulls.find((e) => e.shouldTrain && e.filters.length > 0);
    const skipped = pulls.find((e) => !e.shouldTrain && e.filters.length > 0);
    if (trained !== undefined && skipped !== undefined) {
        lines.push('A pull request it trained for, and one it skipped:', ...example(trained), ...example(skipped), '');
    }
    lines.push(...demo_text(`Run it again (every event is in ${(0,external_node_path_.basename)(context.report)} in that folder, with its chart; --events lists them here):`), ...commandLines(context.rerun.prefix, context.rerun.args));
    return `${lines.join('\n')}\n`;
}
async function demo(cmd, io) {
    const dir = await demoFolder(cmd, io);
    const history = generateHistory({ seed: cmd.seed, start: DEMO_START, days: DEMO_DAYS });
    const repo = (0,external_node_path_.join)(dir, 'repo');
    (0,external_node_fs_namespaceObject.mkdirSync)(repo);
    await importRepository(repo, history.branch, Buffer.from(history.stream, 'utf8'));
    const filtersFile = (0,external_node_path_.join)(dir, 'ml-change-gate.yml');
    await (0,promises_namespaceObject.writeFile)(filtersFile, history.filters);
    const report = (0,external_node_path_.join)(dir, 'backtest.md');
    const args = [
        'backtest',
        '--repo',
        repo,
        '--filters',
        filtersFile,
        '--branch',
        history.branch,
        '--since',
        DEMO_START.toISOString().slice(0, 10),
        '--train-on',
        history.trainOn.join(','),
        ...EXAMPLE_PRICES,
        '--report',
        report,
    ];
    const parsed = parseCommandLine(args, io.now);
    if (parsed.command !== 'backtest')
        throw new Error('the demo could not set up its backtest');
    const run = await replayHistory(parsed, io);
    await writeReport(parsed, run, report, io);
    if (cmd.json) {
        io.stdout(`${JSON.stringify(backtestJson(run.result, {
            branch: run.branch,
            tip: run.log.tip,
            window: { since: DEMO_START.toISOString() },
            filtersFile,
            modelsFile: null,
            trainOn: run.trainOn,
            shallow: run.log.shallow,
            renamesSkipped: run.log.renamesSkipped,
        }), null, 2)}\n`);
        return 0;
    }
    if (cmd.events) {
        const titleWidth = io.columns === undefined ? 72 : Math.max(24, io.columns - 72);
        io.stdout(`${renderBacktest(run.result, { ...run, titleWidth })}\n`);
    }
    // Run again from the demo folder, so that the paths are short.
    const relative = args.map((a) => (a.startsWith(`${dir}/`) ? a.slice(dir.length + 1) : a));
    io.stdout(demoScreen(run.result, {
        seed: cmd.seed,
        report,
        rerun: { prefix: ['cd', dir, '&&', ...io.program], args: relative },
    }));
    return 0;
}

;// CONCATENATED MODULE: ./src/cli/main.ts
/**
 * The commands of the command line: `check`, `backtest` and `demo`. Each reads
 * its own kind of input (git, a filters file, flags) into the engine's
 * settings and a change set, asks the same engine as the action, and prints.
 * Returns the exit code: 0 done, 1 failed, 2 bad arguments.
 */








/** Runs the command line; returns the exit code. */
async function main(argv, io) {
    let command;
    try {
        const parsed = parseCommandLine(argv, io.now);
        command = parsed.command;
        switch (parsed.command) {
            case 'help':
                io.stdout(parsed.topic === undefined ? MAIN_HELP : HELP_TEXTS[parsed.topic]);
                return 0;
            case 'version':
                io.stdout(`${package_namespaceObject.rE}\n`);
                return 0;
            case 'check':
                return await check(parsed, io);
            case 'backtest':
                return await backtest(parsed, io);
            case 'demo':
                return await demo(parsed, io);
        }
    }
    catch (err) {
        let usage;
        if (err instanceof UsageError)
            usage = err;
        else if (err instanceof types_InputError)
            usage = asOptionError(err, command);
        if (usage !== undefined) {
            const topic = usage.command ?? (command === 'help' || command === 'version' ? undefined : command);
            const hint = topic === undefined ? `${PROGRAM} --help` : `${PROGRAM} ${topic} --help`;
            const message = usage.message.includes('--help')
                ? usage.message
                : `${usage.message} Run ${hint} for usage.`;
            io.stderr(`${PROGRAM}: ${message}\n`);
            return 2;
        }
        io.stderr(`${PROGRAM}: ${(0,format/* messageOf */.bD)(err)}\n`);
        return 1;
    }
}


/***/ }),

/***/ 7462:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ deadPatterns),
/* harmony export */   p: () => (/* binding */ deadPatternWarning)
/* harmony export */ });
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6228);
/* harmony import */ var _filters_glob_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4521);


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
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
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
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $Q: () => (/* binding */ clip),
/* harmony export */   A3: () => (/* binding */ orList),
/* harmony export */   B4: () => (/* binding */ formatCount),
/* harmony export */   Gt: () => (/* binding */ displayPath),
/* harmony export */   LS: () => (/* binding */ plural),
/* harmony export */   XT: () => (/* binding */ listSome),
/* harmony export */   ZD: () => (/* binding */ escapeHtml),
/* harmony export */   bD: () => (/* binding */ messageOf),
/* harmony export */   hD: () => (/* binding */ quote),
/* harmony export */   nf: () => (/* binding */ link),
/* harmony export */   r7: () => (/* binding */ shellWord),
/* harmony export */   wA: () => (/* binding */ pluralCount)
/* harmony export */ });
/* unused harmony export SHELL_SAFE */
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

/***/ }),

/***/ 7349:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var resolveBlockMap = __nccwpck_require__(7103);
var resolveBlockSeq = __nccwpck_require__(334);
var resolveFlowCollection = __nccwpck_require__(3142);

function resolveCollection(CN, ctx, token, onError, tagName, tag) {
    const coll = token.type === 'block-map'
        ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag)
        : token.type === 'block-seq'
            ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag)
            : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
    const Coll = coll.constructor;
    // If we got a tagName matching the class, or the tag name is '!',
    // then use the tagName from the node class used to create it.
    if (tagName === '!' || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
    }
    if (tagName)
        coll.tag = tagName;
    return coll;
}
function composeCollection(CN, ctx, token, props, onError) {
    const tagToken = props.tag;
    const tagName = !tagToken
        ? null
        : ctx.directives.tagName(tagToken.source, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg));
    if (token.type === 'block-seq') {
        const { anchor, newlineAfterProp: nl } = props;
        const lastProp = anchor && tagToken
            ? anchor.offset > tagToken.offset
                ? anchor
                : tagToken
            : (anchor ?? tagToken);
        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
            const message = 'Missing newline after block sequence props';
            onError(lastProp, 'MISSING_CHAR', message);
        }
    }
    const expType = token.type === 'block-map'
        ? 'map'
        : token.type === 'block-seq'
            ? 'seq'
            : token.start.source === '{'
                ? 'map'
                : 'seq';
    // shortcut: check if it's a generic YAMLMap or YAMLSeq
    // before jumping into the custom tag logic.
    if (!tagToken ||
        !tagName ||
        tagName === '!' ||
        (tagName === YAMLMap.YAMLMap.tagName && expType === 'map') ||
        (tagName === YAMLSeq.YAMLSeq.tagName && expType === 'seq')) {
        return resolveCollection(CN, ctx, token, onError, tagName);
    }
    let tag = ctx.schema.tags.find(t => t.tag === tagName && t.collection === expType);
    if (!tag) {
        const kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType) {
            ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
            tag = kt;
        }
        else {
            if (kt) {
                onError(tagToken, 'BAD_COLLECTION_TYPE', `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? 'scalar'}`, true);
            }
            else {
                onError(tagToken, 'TAG_RESOLVE_FAILED', `Unresolved tag: ${tagName}`, true);
            }
            return resolveCollection(CN, ctx, token, onError, tagName);
        }
    }
    const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
    const res = tag.resolve?.(coll, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg), ctx.options) ?? coll;
    const node = identity.isNode(res)
        ? res
        : new Scalar.Scalar(res);
    node.range = coll.range;
    node.tag = tagName;
    if (tag?.format)
        node.format = tag.format;
    return node;
}

exports.composeCollection = composeCollection;


/***/ }),

/***/ 3683:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Document = __nccwpck_require__(3021);
var composeNode = __nccwpck_require__(5937);
var resolveEnd = __nccwpck_require__(7788);
var resolveProps = __nccwpck_require__(4631);

function composeDoc(options, directives, { offset, start, value, end }, onError) {
    const opts = Object.assign({ _directives: directives }, options);
    const doc = new Document.Document(undefined, opts);
    const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
    };
    const props = resolveProps.resolveProps(start, {
        indicator: 'doc-start',
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
    });
    if (props.found) {
        doc.directives.docStart = true;
        if (value &&
            (value.type === 'block-map' || value.type === 'block-seq') &&
            !props.hasNewline)
            onError(props.end, 'MISSING_CHAR', 'Block collection cannot start on same line with directives-end marker');
    }
    // @ts-expect-error If Contents is set, let's trust the user
    doc.contents = value
        ? composeNode.composeNode(ctx, value, props, onError)
        : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
    const contentEnd = doc.contents.range[2];
    const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
    if (re.comment)
        doc.comment = re.comment;
    doc.range = [offset, contentEnd, re.offset];
    return doc;
}

exports.composeDoc = composeDoc;


/***/ }),

/***/ 5937:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var composeCollection = __nccwpck_require__(7349);
var composeScalar = __nccwpck_require__(5413);
var resolveEnd = __nccwpck_require__(7788);
var utilEmptyScalarPosition = __nccwpck_require__(2599);

const CN = { composeNode, composeEmptyNode };
function composeNode(ctx, token, props, onError) {
    const atKey = ctx.atKey;
    const { spaceBefore, comment, anchor, tag } = props;
    let node;
    let isSrcToken = true;
    switch (token.type) {
        case 'alias':
            node = composeAlias(ctx, token, onError);
            if (anchor || tag)
                onError(token, 'ALIAS_PROPS', 'An alias node must not specify any properties');
            break;
        case 'scalar':
        case 'single-quoted-scalar':
        case 'double-quoted-scalar':
        case 'block-scalar':
            node = composeScalar.composeScalar(ctx, token, tag, onError);
            if (anchor)
                node.anchor = anchor.source.substring(1);
            break;
        case 'block-map':
        case 'block-seq':
        case 'flow-collection':
            try {
                node = composeCollection.composeCollection(CN, ctx, token, props, onError);
                if (anchor)
                    node.anchor = anchor.source.substring(1);
            }
            catch (error) {
                // Almost certainly here due to a stack overflow
                const message = error instanceof Error ? error.message : String(error);
                onError(token, 'RESOURCE_EXHAUSTION', message);
            }
            break;
        default: {
            const message = token.type === 'error'
                ? token.message
                : `Unsupported token (type: ${token.type})`;
            onError(token, 'UNEXPECTED_TOKEN', message);
            isSrcToken = false;
        }
    }
    node ?? (node = composeEmptyNode(ctx, token.offset, undefined, null, props, onError));
    if (anchor && node.anchor === '')
        onError(anchor, 'BAD_ALIAS', 'Anchor cannot be an empty string');
    if (atKey &&
        ctx.options.stringKeys &&
        (!identity.isScalar(node) ||
            typeof node.value !== 'string' ||
            (node.tag && node.tag !== 'tag:yaml.org,2002:str'))) {
        const msg = 'With stringKeys, all keys must be strings';
        onError(tag ?? token, 'NON_STRING_KEY', msg);
    }
    if (spaceBefore)
        node.spaceBefore = true;
    if (comment) {
        if (token.type === 'scalar' && token.source === '')
            node.comment = comment;
        else
            node.commentBefore = comment;
    }
    // @ts-expect-error Type checking misses meaning of isSrcToken
    if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token;
    return node;
}
function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
    const token = {
        type: 'scalar',
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ''
    };
    const node = composeScalar.composeScalar(ctx, token, tag, onError);
    if (anchor) {
        node.anchor = anchor.source.substring(1);
        if (node.anchor === '')
            onError(anchor, 'BAD_ALIAS', 'Anchor cannot be an empty string');
    }
    if (spaceBefore)
        node.spaceBefore = true;
    if (comment) {
        node.comment = comment;
        node.range[2] = end;
    }
    return node;
}
function composeAlias({ options }, { offset, source, end }, onError) {
    const alias = new Alias.Alias(source.substring(1));
    if (alias.source === '')
        onError(offset, 'BAD_ALIAS', 'Alias cannot be an empty string');
    if (alias.source.endsWith(':'))
        onError(offset + source.length - 1, 'BAD_ALIAS', 'Alias ending in : is ambiguous', true);
    const valueEnd = offset + source.length;
    const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
    alias.range = [offset, valueEnd, re.offset];
    if (re.comment)
        alias.comment = re.comment;
    return alias;
}

exports.composeEmptyNode = composeEmptyNode;
exports.composeNode = composeNode;


/***/ }),

/***/ 5413:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var resolveBlockScalar = __nccwpck_require__(8913);
var resolveFlowScalar = __nccwpck_require__(6842);

function composeScalar(ctx, token, tagToken, onError) {
    const { value, type, comment, range } = token.type === 'block-scalar'
        ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError)
        : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
    const tagName = tagToken
        ? ctx.directives.tagName(tagToken.source, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg))
        : null;
    let tag;
    if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity.SCALAR];
    }
    else if (tagName)
        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
    else if (token.type === 'scalar')
        tag = findScalarTagByTest(ctx, value, token, onError);
    else
        tag = ctx.schema[identity.SCALAR];
    let scalar;
    try {
        const res = tag.resolve(value, msg => onError(tagToken ?? token, 'TAG_RESOLVE_FAILED', msg), ctx.options);
        scalar = identity.isScalar(res) ? res : new Scalar.Scalar(res);
    }
    catch (error) {
        const msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, 'TAG_RESOLVE_FAILED', msg);
        scalar = new Scalar.Scalar(value);
    }
    scalar.range = range;
    scalar.source = value;
    if (type)
        scalar.type = type;
    if (tagName)
        scalar.tag = tagName;
    if (tag.format)
        scalar.format = tag.format;
    if (comment)
        scalar.comment = comment;
    return scalar;
}
function findScalarTagByName(schema, value, tagName, tagToken, onError) {
    if (tagName === '!')
        return schema[identity.SCALAR]; // non-specific tag
    const matchWithTest = [];
    for (const tag of schema.tags) {
        if (!tag.collection && tag.tag === tagName) {
            if (tag.default && tag.test)
                matchWithTest.push(tag);
            else
                return tag;
        }
    }
    for (const tag of matchWithTest)
        if (tag.test?.test(value))
            return tag;
    const kt = schema.knownTags[tagName];
    if (kt && !kt.collection) {
        // Ensure that the known tag is available for stringifying,
        // but does not get used by default.
        schema.tags.push(Object.assign({}, kt, { default: false, test: undefined }));
        return kt;
    }
    onError(tagToken, 'TAG_RESOLVE_FAILED', `Unresolved tag: ${tagName}`, tagName !== 'tag:yaml.org,2002:str');
    return schema[identity.SCALAR];
}
function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
    const tag = schema.tags.find(tag => (tag.default === true || (atKey && tag.default === 'key')) &&
        tag.test?.test(value)) || schema[identity.SCALAR];
    if (schema.compat) {
        const compat = schema.compat.find(tag => tag.default && tag.test?.test(value)) ??
            schema[identity.SCALAR];
        if (tag.tag !== compat.tag) {
            const ts = directives.tagString(tag.tag);
            const cs = directives.tagString(compat.tag);
            const msg = `Value may be parsed as either ${ts} or ${cs}`;
            onError(token, 'TAG_RESOLVE_FAILED', msg, true);
        }
    }
    return tag;
}

exports.composeScalar = composeScalar;


/***/ }),

/***/ 9984:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);
var directives = __nccwpck_require__(1342);
var Document = __nccwpck_require__(3021);
var errors = __nccwpck_require__(1464);
var identity = __nccwpck_require__(1127);
var composeDoc = __nccwpck_require__(3683);
var resolveEnd = __nccwpck_require__(7788);

function getErrorPos(src) {
    if (typeof src === 'number')
        return [src, src + 1];
    if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
    const { offset, source } = src;
    return [offset, offset + (typeof source === 'string' ? source.length : 1)];
}
function parsePrelude(prelude) {
    let comment = '';
    let atComment = false;
    let afterEmptyLine = false;
    for (let i = 0; i < prelude.length; ++i) {
        const source = prelude[i];
        switch (source[0]) {
            case '#':
                comment +=
                    (comment === '' ? '' : afterEmptyLine ? '\n\n' : '\n') +
                        (source.substring(1) || ' ');
                atComment = true;
                afterEmptyLine = false;
                break;
            case '%':
                if (prelude[i + 1]?.[0] !== '#')
                    i += 1;
                atComment = false;
                break;
            default:
                // This may be wrong after doc-end, but in that case it doesn't matter
                if (!atComment)
                    afterEmptyLine = true;
                atComment = false;
        }
    }
    return { comment, afterEmptyLine };
}
/**
 * Compose a stream of CST nodes into a stream of YAML Documents.
 *
 * ```ts
 * import { Composer, Parser } from 'yaml'
 *
 * const src: string = ...
 * const tokens = new Parser().parse(src)
 * const docs = new Composer().compose(tokens)
 * ```
 */
class Composer {
    constructor(options = {}) {
        this.doc = null;
        this.atDirectives = false;
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
        this.onError = (source, code, message, warning) => {
            const pos = getErrorPos(source);
            if (warning)
                this.warnings.push(new errors.YAMLWarning(pos, code, message));
            else
                this.errors.push(new errors.YAMLParseError(pos, code, message));
        };
        // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
        this.directives = new directives.Directives({ version: options.version || '1.2' });
        this.options = options;
    }
    decorate(doc, afterDoc) {
        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
        //console.log({ dc: doc.comment, prelude, comment })
        if (comment) {
            const dc = doc.contents;
            if (afterDoc) {
                doc.comment = doc.comment ? `${doc.comment}\n${comment}` : comment;
            }
            else if (afterEmptyLine || doc.directives.docStart || !dc) {
                doc.commentBefore = comment;
            }
            else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
                let it = dc.items[0];
                if (identity.isPair(it))
                    it = it.key;
                const cb = it.commentBefore;
                it.commentBefore = cb ? `${comment}\n${cb}` : comment;
            }
            else {
                const cb = dc.commentBefore;
                dc.commentBefore = cb ? `${comment}\n${cb}` : comment;
            }
        }
        if (afterDoc) {
            for (let i = 0; i < this.errors.length; ++i)
                doc.errors.push(this.errors[i]);
            for (let i = 0; i < this.warnings.length; ++i)
                doc.warnings.push(this.warnings[i]);
        }
        else {
            doc.errors = this.errors;
            doc.warnings = this.warnings;
        }
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
    }
    /**
     * Current stream status information.
     *
     * Mostly useful at the end of input for an empty stream.
     */
    streamInfo() {
        return {
            comment: parsePrelude(this.prelude).comment,
            directives: this.directives,
            errors: this.errors,
            warnings: this.warnings
        };
    }
    /**
     * Compose tokens into documents.
     *
     * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
     * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
     */
    *compose(tokens, forceDoc = false, endOffset = -1) {
        for (const token of tokens)
            yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
    }
    /** Advance the composer by one CST token. */
    *next(token) {
        if (node_process.env.LOG_STREAM)
            console.dir(token, { depth: null });
        switch (token.type) {
            case 'directive':
                this.directives.add(token.source, (offset, message, warning) => {
                    const pos = getErrorPos(token);
                    pos[0] += offset;
                    this.onError(pos, 'BAD_DIRECTIVE', message, warning);
                });
                this.prelude.push(token.source);
                this.atDirectives = true;
                break;
            case 'document': {
                const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
                if (this.atDirectives && !doc.directives.docStart)
                    this.onError(token, 'MISSING_CHAR', 'Missing directives-end/doc-start indicator line');
                this.decorate(doc, false);
                if (this.doc)
                    yield this.doc;
                this.doc = doc;
                this.atDirectives = false;
                break;
            }
            case 'byte-order-mark':
            case 'space':
                break;
            case 'comment':
            case 'newline':
                this.prelude.push(token.source);
                break;
            case 'error': {
                const msg = token.source
                    ? `${token.message}: ${JSON.stringify(token.source)}`
                    : token.message;
                const error = new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', msg);
                if (this.atDirectives || !this.doc)
                    this.errors.push(error);
                else
                    this.doc.errors.push(error);
                break;
            }
            case 'doc-end': {
                if (!this.doc) {
                    const msg = 'Unexpected doc-end without preceding document';
                    this.errors.push(new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', msg));
                    break;
                }
                this.doc.directives.docEnd = true;
                const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
                this.decorate(this.doc, true);
                if (end.comment) {
                    const dc = this.doc.comment;
                    this.doc.comment = dc ? `${dc}\n${end.comment}` : end.comment;
                }
                this.doc.range[2] = end.offset;
                break;
            }
            default:
                this.errors.push(new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', `Unsupported token ${token.type}`));
        }
    }
    /**
     * Call at end of input to yield any remaining document.
     *
     * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
     * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
     */
    *end(forceDoc = false, endOffset = -1) {
        if (this.doc) {
            this.decorate(this.doc, true);
            yield this.doc;
            this.doc = null;
        }
        else if (forceDoc) {
            const opts = Object.assign({ _directives: this.directives }, this.options);
            const doc = new Document.Document(undefined, opts);
            if (this.atDirectives)
                this.onError(endOffset, 'MISSING_CHAR', 'Missing directives-end indicator line');
            doc.range = [0, endOffset, endOffset];
            this.decorate(doc, false);
            yield doc;
        }
    }
}

exports.Composer = Composer;


/***/ }),

/***/ 7103:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);
var resolveProps = __nccwpck_require__(4631);
var utilContainsNewline = __nccwpck_require__(9499);
var utilFlowIndentCheck = __nccwpck_require__(4051);
var utilMapIncludes = __nccwpck_require__(1187);

const startColMsg = 'All mapping items must start at the same column';
function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
    const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
    const map = new NodeClass(ctx.schema);
    if (ctx.atRoot)
        ctx.atRoot = false;
    let offset = bm.offset;
    let commentEnd = null;
    for (const collItem of bm.items) {
        const { start, key, sep, value } = collItem;
        // key properties
        const keyProps = resolveProps.resolveProps(start, {
            indicator: 'explicit-key-ind',
            next: key ?? sep?.[0],
            offset,
            onError,
            parentIndent: bm.indent,
            startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
            if (key) {
                if (key.type === 'block-seq')
                    onError(offset, 'BLOCK_AS_IMPLICIT_KEY', 'A block sequence may not be used as an implicit map key');
                else if ('indent' in key && key.indent !== bm.indent)
                    onError(offset, 'BAD_INDENT', startColMsg);
            }
            if (!keyProps.anchor && !keyProps.tag && !sep) {
                commentEnd = keyProps.end;
                if (keyProps.comment) {
                    if (map.comment)
                        map.comment += '\n' + keyProps.comment;
                    else
                        map.comment = keyProps.comment;
                }
                continue;
            }
            if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) {
                onError(key ?? start[start.length - 1], 'MULTILINE_IMPLICIT_KEY', 'Implicit keys need to be on a single line');
            }
        }
        else if (keyProps.found?.indent !== bm.indent) {
            onError(offset, 'BAD_INDENT', startColMsg);
        }
        // key value
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key
            ? composeNode(ctx, key, keyProps, onError)
            : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
            onError(keyStart, 'DUPLICATE_KEY', 'Map keys must be unique');
        // value properties
        const valueProps = resolveProps.resolveProps(sep ?? [], {
            indicator: 'map-value-ind',
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: bm.indent,
            startOnNewline: !key || key.type === 'block-scalar'
        });
        offset = valueProps.end;
        if (valueProps.found) {
            if (implicitKey) {
                if (value?.type === 'block-map' && !valueProps.hasNewline)
                    onError(offset, 'BLOCK_AS_IMPLICIT_KEY', 'Nested mappings are not allowed in compact mappings');
                if (ctx.options.strict &&
                    keyProps.start < valueProps.found.offset - 1024)
                    onError(keyNode.range, 'KEY_OVER_1024_CHARS', 'The : indicator must be at most 1024 chars after the start of an implicit block mapping key');
            }
            // value value
            const valueNode = value
                ? composeNode(ctx, value, valueProps, onError)
                : composeEmptyNode(ctx, offset, sep, null, valueProps, onError);
            if (ctx.schema.compat)
                utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
            offset = valueNode.range[2];
            const pair = new Pair.Pair(keyNode, valueNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            map.items.push(pair);
        }
        else {
            // key with no value
            if (implicitKey)
                onError(keyNode.range, 'MISSING_CHAR', 'Implicit map keys need to be followed by map values');
            if (valueProps.comment) {
                if (keyNode.comment)
                    keyNode.comment += '\n' + valueProps.comment;
                else
                    keyNode.comment = valueProps.comment;
            }
            const pair = new Pair.Pair(keyNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            map.items.push(pair);
        }
    }
    if (commentEnd && commentEnd < offset)
        onError(commentEnd, 'IMPOSSIBLE', 'Map comment with trailing content');
    map.range = [bm.offset, offset, commentEnd ?? offset];
    return map;
}

exports.resolveBlockMap = resolveBlockMap;


/***/ }),

/***/ 8913:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

function resolveBlockScalar(ctx, scalar, onError) {
    const start = scalar.offset;
    const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
    if (!header)
        return { value: '', type: null, comment: '', range: [start, start, start] };
    const type = header.mode === '>' ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;
    const lines = scalar.source ? splitLines(scalar.source) : [];
    // determine the end of content & start of chomping
    let chompStart = lines.length;
    for (let i = lines.length - 1; i >= 0; --i) {
        const content = lines[i][1];
        if (content === '' || content === '\r')
            chompStart = i;
        else
            break;
    }
    // shortcut for empty contents
    if (chompStart === 0) {
        const value = header.chomp === '+' && lines.length > 0
            ? '\n'.repeat(Math.max(1, lines.length - 1))
            : '';
        let end = start + header.length;
        if (scalar.source)
            end += scalar.source.length;
        return { value, type, comment: header.comment, range: [start, end, end] };
    }
    // find the indentation level to trim from start
    let trimIndent = scalar.indent + header.indent;
    let offset = scalar.offset + header.length;
    let contentStart = 0;
    for (let i = 0; i < chompStart; ++i) {
        const [indent, content] = lines[i];
        if (content === '' || content === '\r') {
            if (header.indent === 0 && indent.length > trimIndent)
                trimIndent = indent.length;
        }
        else {
            if (indent.length < trimIndent) {
                const message = 'Block scalars with more-indented leading empty lines must use an explicit indentation indicator';
                onError(offset + indent.length, 'MISSING_CHAR', message);
            }
            if (header.indent === 0)
                trimIndent = indent.length;
            contentStart = i;
            if (trimIndent === 0 && !ctx.atRoot) {
                const message = 'Block scalar values in collections must be indented';
                onError(offset, 'BAD_INDENT', message);
            }
            break;
        }
        offset += indent.length + content.length + 1;
    }
    // include trailing more-indented empty lines in content
    for (let i = lines.length - 1; i >= chompStart; --i) {
        if (lines[i][0].length > trimIndent)
            chompStart = i + 1;
    }
    let value = '';
    let sep = '';
    let prevMoreIndented = false;
    // leading whitespace is kept intact
    for (let i = 0; i < contentStart; ++i)
        value += lines[i][0].slice(trimIndent) + '\n';
    for (let i = contentStart; i < chompStart; ++i) {
        let [indent, content] = lines[i];
        offset += indent.length + content.length + 1;
        const crlf = content[content.length - 1] === '\r';
        if (crlf)
            content = content.slice(0, -1);
        /* istanbul ignore if already caught in lexer */
        if (content && indent.length < trimIndent) {
            const src = header.indent
                ? 'explicit indentation indicator'
                : 'first line';
            const message = `Block scalar lines must not be less indented than their ${src}`;
            onError(offset - content.length - (crlf ? 2 : 1), 'BAD_INDENT', message);
            indent = '';
        }
        if (type === Scalar.Scalar.BLOCK_LITERAL) {
            value += sep + indent.slice(trimIndent) + content;
            sep = '\n';
        }
        else if (indent.length > trimIndent || content[0] === '\t') {
            // more-indented content within a folded block
            if (sep === ' ')
                sep = '\n';
            else if (!prevMoreIndented && sep === '\n')
                sep = '\n\n';
            value += sep + indent.slice(trimIndent) + content;
            sep = '\n';
            prevMoreIndented = true;
        }
        else if (content === '') {
            // empty line
            if (sep === '\n')
                value += '\n';
            else
                sep = '\n';
        }
        else {
            value += sep + content;
            sep = ' ';
            prevMoreIndented = false;
        }
    }
    switch (header.chomp) {
        case '-':
            break;
        case '+':
            for (let i = chompStart; i < lines.length; ++i)
                value += '\n' + lines[i][0].slice(trimIndent);
            if (value[value.length - 1] !== '\n')
                value += '\n';
            break;
        default:
            value += '\n';
    }
    const end = start + header.length + scalar.source.length;
    return { value, type, comment: header.comment, range: [start, end, end] };
}
function parseBlockScalarHeader({ offset, props }, strict, onError) {
    /* istanbul ignore if should not happen */
    if (props[0].type !== 'block-scalar-header') {
        onError(props[0], 'IMPOSSIBLE', 'Block scalar header not found');
        return null;
    }
    const { source } = props[0];
    const mode = source[0];
    let indent = 0;
    let chomp = '';
    let error = -1;
    for (let i = 1; i < source.length; ++i) {
        const ch = source[i];
        if (!chomp && (ch === '-' || ch === '+'))
            chomp = ch;
        else {
            const n = Number(ch);
            if (!indent && n)
                indent = n;
            else if (error === -1)
                error = offset + i;
        }
    }
    if (error !== -1)
        onError(error, 'UNEXPECTED_TOKEN', `Block scalar header includes extra characters: ${source}`);
    let hasSpace = false;
    let comment = '';
    let length = source.length;
    for (let i = 1; i < props.length; ++i) {
        const token = props[i];
        switch (token.type) {
            case 'space':
                hasSpace = true;
            // fallthrough
            case 'newline':
                length += token.source.length;
                break;
            case 'comment':
                if (strict && !hasSpace) {
                    const message = 'Comments must be separated from other tokens by white space characters';
                    onError(token, 'MISSING_CHAR', message);
                }
                length += token.source.length;
                comment = token.source.substring(1);
                break;
            case 'error':
                onError(token, 'UNEXPECTED_TOKEN', token.message);
                length += token.source.length;
                break;
            /* istanbul ignore next should not happen */
            default: {
                const message = `Unexpected token in block scalar header: ${token.type}`;
                onError(token, 'UNEXPECTED_TOKEN', message);
                const ts = token.source;
                if (ts && typeof ts === 'string')
                    length += ts.length;
            }
        }
    }
    return { mode, indent, chomp, comment, length };
}
/** @returns Array of lines split up as `[indent, content]` */
function splitLines(source) {
    const split = source.split(/\n( *)/);
    const first = split[0];
    const m = first.match(/^( *)/);
    const line0 = m?.[1]
        ? [m[1], first.slice(m[1].length)]
        : ['', first];
    const lines = [line0];
    for (let i = 1; i < split.length; i += 2)
        lines.push([split[i], split[i + 1]]);
    return lines;
}

exports.resolveBlockScalar = resolveBlockScalar;


/***/ }),

/***/ 334:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var YAMLSeq = __nccwpck_require__(2223);
var resolveProps = __nccwpck_require__(4631);
var utilFlowIndentCheck = __nccwpck_require__(4051);

function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
    const NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq;
    const seq = new NodeClass(ctx.schema);
    if (ctx.atRoot)
        ctx.atRoot = false;
    if (ctx.atKey)
        ctx.atKey = false;
    let offset = bs.offset;
    let commentEnd = null;
    for (const { start, value } of bs.items) {
        const props = resolveProps.resolveProps(start, {
            indicator: 'seq-item-ind',
            next: value,
            offset,
            onError,
            parentIndent: bs.indent,
            startOnNewline: true
        });
        if (!props.found) {
            if (props.anchor || props.tag || value) {
                if (value?.type === 'block-seq')
                    onError(props.end, 'BAD_INDENT', 'All sequence items must start at the same column');
                else
                    onError(offset, 'MISSING_CHAR', 'Sequence item without - indicator');
            }
            else {
                commentEnd = props.end;
                if (props.comment)
                    seq.comment = props.comment;
                continue;
            }
        }
        const node = value
            ? composeNode(ctx, value, props, onError)
            : composeEmptyNode(ctx, props.end, start, null, props, onError);
        if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
        offset = node.range[2];
        seq.items.push(node);
    }
    seq.range = [bs.offset, offset, commentEnd ?? offset];
    return seq;
}

exports.resolveBlockSeq = resolveBlockSeq;


/***/ }),

/***/ 7788:
/***/ ((__unused_webpack_module, exports) => {



function resolveEnd(end, offset, reqSpace, onError) {
    let comment = '';
    if (end) {
        let hasSpace = false;
        let sep = '';
        for (const token of end) {
            const { source, type } = token;
            switch (type) {
                case 'space':
                    hasSpace = true;
                    break;
                case 'comment': {
                    if (reqSpace && !hasSpace)
                        onError(token, 'MISSING_CHAR', 'Comments must be separated from other tokens by white space characters');
                    const cb = source.substring(1) || ' ';
                    if (!comment)
                        comment = cb;
                    else
                        comment += sep + cb;
                    sep = '';
                    break;
                }
                case 'newline':
                    if (comment)
                        sep += source;
                    hasSpace = true;
                    break;
                default:
                    onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${type} at node end`);
            }
            offset += source.length;
        }
    }
    return { comment, offset };
}

exports.resolveEnd = resolveEnd;


/***/ }),

/***/ 3142:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var resolveEnd = __nccwpck_require__(7788);
var resolveProps = __nccwpck_require__(4631);
var utilContainsNewline = __nccwpck_require__(9499);
var utilMapIncludes = __nccwpck_require__(1187);

const blockMsg = 'Block collections are not allowed within flow collections';
const isBlock = (token) => token && (token.type === 'block-map' || token.type === 'block-seq');
function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
    const isMap = fc.start.source === '{';
    const fcName = isMap ? 'flow map' : 'flow sequence';
    const NodeClass = (tag?.nodeClass ?? (isMap ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq));
    const coll = new NodeClass(ctx.schema);
    coll.flow = true;
    const atRoot = ctx.atRoot;
    if (atRoot)
        ctx.atRoot = false;
    if (ctx.atKey)
        ctx.atKey = false;
    let offset = fc.offset + fc.start.source.length;
    for (let i = 0; i < fc.items.length; ++i) {
        const collItem = fc.items[i];
        const { start, key, sep, value } = collItem;
        const props = resolveProps.resolveProps(start, {
            flow: fcName,
            indicator: 'explicit-key-ind',
            next: key ?? sep?.[0],
            offset,
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
        });
        if (!props.found) {
            if (!props.anchor && !props.tag && !sep && !value) {
                if (i === 0 && props.comma)
                    onError(props.comma, 'UNEXPECTED_TOKEN', `Unexpected , in ${fcName}`);
                else if (i < fc.items.length - 1)
                    onError(props.start, 'UNEXPECTED_TOKEN', `Unexpected empty item in ${fcName}`);
                if (props.comment) {
                    if (coll.comment)
                        coll.comment += '\n' + props.comment;
                    else
                        coll.comment = props.comment;
                }
                offset = props.end;
                continue;
            }
            if (!isMap && ctx.options.strict && utilContainsNewline.containsNewline(key))
                onError(key, // checked by containsNewline()
                'MULTILINE_IMPLICIT_KEY', 'Implicit keys of flow sequence pairs need to be on a single line');
        }
        if (i === 0) {
            if (props.comma)
                onError(props.comma, 'UNEXPECTED_TOKEN', `Unexpected , in ${fcName}`);
        }
        else {
            if (!props.comma)
                onError(props.start, 'MISSING_CHAR', `Missing , between ${fcName} items`);
            if (props.comment) {
                let prevItemComment = '';
                loop: for (const st of start) {
                    switch (st.type) {
                        case 'comma':
                        case 'space':
                            break;
                        case 'comment':
                            prevItemComment = st.source.substring(1);
                            break loop;
                        default:
                            break loop;
                    }
                }
                if (prevItemComment) {
                    let prev = coll.items[coll.items.length - 1];
                    if (identity.isPair(prev))
                        prev = prev.value ?? prev.key;
                    if (prev.comment)
                        prev.comment += '\n' + prevItemComment;
                    else
                        prev.comment = prevItemComment;
                    props.comment = props.comment.substring(prevItemComment.length + 1);
                }
            }
        }
        if (!isMap && !sep && !props.found) {
            // item is a value in a seq
            // → key & sep are empty, start does not include ? or :
            const valueNode = value
                ? composeNode(ctx, value, props, onError)
                : composeEmptyNode(ctx, props.end, sep, null, props, onError);
            coll.items.push(valueNode);
            offset = valueNode.range[2];
            if (isBlock(value))
                onError(valueNode.range, 'BLOCK_IN_FLOW', blockMsg);
        }
        else {
            // item is a key+value pair
            // key value
            ctx.atKey = true;
            const keyStart = props.end;
            const keyNode = key
                ? composeNode(ctx, key, props, onError)
                : composeEmptyNode(ctx, keyStart, start, null, props, onError);
            if (isBlock(key))
                onError(keyNode.range, 'BLOCK_IN_FLOW', blockMsg);
            ctx.atKey = false;
            // value properties
            const valueProps = resolveProps.resolveProps(sep ?? [], {
                flow: fcName,
                indicator: 'map-value-ind',
                next: value,
                offset: keyNode.range[2],
                onError,
                parentIndent: fc.indent,
                startOnNewline: false
            });
            if (valueProps.found) {
                if (!isMap && !props.found && ctx.options.strict) {
                    if (sep)
                        for (const st of sep) {
                            if (st === valueProps.found)
                                break;
                            if (st.type === 'newline') {
                                onError(st, 'MULTILINE_IMPLICIT_KEY', 'Implicit keys of flow sequence pairs need to be on a single line');
                                break;
                            }
                        }
                    if (props.start < valueProps.found.offset - 1024)
                        onError(valueProps.found, 'KEY_OVER_1024_CHARS', 'The : indicator must be at most 1024 chars after the start of an implicit flow sequence key');
                }
            }
            else if (value) {
                if ('source' in value && value.source?.[0] === ':')
                    onError(value, 'MISSING_CHAR', `Missing space after : in ${fcName}`);
                else
                    onError(valueProps.start, 'MISSING_CHAR', `Missing , or : between ${fcName} items`);
            }
            // value value
            const valueNode = value
                ? composeNode(ctx, value, valueProps, onError)
                : valueProps.found
                    ? composeEmptyNode(ctx, valueProps.end, sep, null, valueProps, onError)
                    : null;
            if (valueNode) {
                if (isBlock(value))
                    onError(valueNode.range, 'BLOCK_IN_FLOW', blockMsg);
            }
            else if (valueProps.comment) {
                if (keyNode.comment)
                    keyNode.comment += '\n' + valueProps.comment;
                else
                    keyNode.comment = valueProps.comment;
            }
            const pair = new Pair.Pair(keyNode, valueNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            if (isMap) {
                const map = coll;
                if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
                    onError(keyStart, 'DUPLICATE_KEY', 'Map keys must be unique');
                map.items.push(pair);
            }
            else {
                const map = new YAMLMap.YAMLMap(ctx.schema);
                map.flow = true;
                map.items.push(pair);
                const endRange = (valueNode ?? keyNode).range;
                map.range = [keyNode.range[0], endRange[1], endRange[2]];
                coll.items.push(map);
            }
            offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
    }
    const expectedEnd = isMap ? '}' : ']';
    const [ce, ...ee] = fc.end;
    let cePos = offset;
    if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
    else {
        const name = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot
            ? `${name} must end with a ${expectedEnd}`
            : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? 'MISSING_CHAR' : 'BAD_INDENT', msg);
        if (ce && ce.source.length !== 1)
            ee.unshift(ce);
    }
    if (ee.length > 0) {
        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        if (end.comment) {
            if (coll.comment)
                coll.comment += '\n' + end.comment;
            else
                coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
    }
    else {
        coll.range = [fc.offset, cePos, cePos];
    }
    return coll;
}

exports.resolveFlowCollection = resolveFlowCollection;


/***/ }),

/***/ 6842:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var resolveEnd = __nccwpck_require__(7788);

function resolveFlowScalar(scalar, strict, onError) {
    const { offset, type, source, end } = scalar;
    let _type;
    let value;
    const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
    switch (type) {
        case 'scalar':
            _type = Scalar.Scalar.PLAIN;
            value = plainValue(source, _onError);
            break;
        case 'single-quoted-scalar':
            _type = Scalar.Scalar.QUOTE_SINGLE;
            value = singleQuotedValue(source, _onError);
            break;
        case 'double-quoted-scalar':
            _type = Scalar.Scalar.QUOTE_DOUBLE;
            value = doubleQuotedValue(source, _onError);
            break;
        /* istanbul ignore next should not happen */
        default:
            onError(scalar, 'UNEXPECTED_TOKEN', `Expected a flow scalar value, but found: ${type}`);
            return {
                value: '',
                type: null,
                comment: '',
                range: [offset, offset + source.length, offset + source.length]
            };
    }
    const valueEnd = offset + source.length;
    const re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
    return {
        value,
        type: _type,
        comment: re.comment,
        range: [offset, valueEnd, re.offset]
    };
}
function plainValue(source, onError) {
    let badChar = '';
    switch (source[0]) {
        /* istanbul ignore next should not happen */
        case '\t':
            badChar = 'a tab character';
            break;
        case ',':
            badChar = 'flow indicator character ,';
            break;
        case '%':
            badChar = 'directive indicator character %';
            break;
        case '|':
        case '>': {
            badChar = `block scalar indicator ${source[0]}`;
            break;
        }
        case '@':
        case '`': {
            badChar = `reserved character ${source[0]}`;
            break;
        }
    }
    if (badChar)
        onError(0, 'BAD_SCALAR_START', `Plain value cannot start with ${badChar}`);
    return unfoldLines(source);
}
function singleQuotedValue(source, onError) {
    if (source[source.length - 1] !== "'" || source.length === 1)
        onError(source.length, 'MISSING_CHAR', "Missing closing 'quote");
    return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
}
function unfoldLines(source) {
    const line = /(.*?)\r?\n/sy;
    let match = line.exec(source);
    if (!match)
        return source;
    /**
     * The negative lookbehinds in these RegExps are to
     * prevent causing a polynomial search time in certain cases.
     *
     * The try-catch is for Safari < 16.4 and other old browsers:
     * https://caniuse.com/js-regexp-lookbehind
     */
    let trimEnd, trimBoth;
    try {
        trimEnd = new RegExp('(?<![ \t])[ \t]+$');
        trimBoth = new RegExp('^[ \t]+|(?<![ \t])[ \t]+$', 'g');
    }
    catch {
        trimEnd = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
    }
    let res = match[1].replace(trimEnd, '');
    let sep = ' ';
    let pos = line.lastIndex;
    while ((match = line.exec(source))) {
        const lm = match[1].replace(trimBoth, '');
        if (lm === '') {
            if (sep === '\n')
                res += sep;
            else
                sep = '\n';
        }
        else {
            res += sep + lm;
            sep = ' ';
        }
        pos = line.lastIndex;
    }
    const last = /[ \t]*(.*)/sy;
    last.lastIndex = pos;
    match = last.exec(source);
    return res + sep + (match?.[1] ?? '');
}
function doubleQuotedValue(source, onError) {
    let res = '';
    for (let i = 1; i < source.length - 1; ++i) {
        const ch = source[i];
        if (ch === '\r' && source[i + 1] === '\n')
            continue;
        if (ch === '\n') {
            const { fold, offset } = foldNewline(source, i);
            res += fold;
            i = offset;
        }
        else if (ch === '\\') {
            let next = source[++i];
            const cc = escapeCodes[next];
            if (cc)
                res += cc;
            else if (next === '\n') {
                // skip escaped newlines, but still trim the following line
                next = source[i + 1];
                while (next === ' ' || next === '\t')
                    next = source[++i + 1];
            }
            else if (next === '\r' && source[i + 1] === '\n') {
                // skip escaped CRLF newlines, but still trim the following line
                next = source[++i + 1];
                while (next === ' ' || next === '\t')
                    next = source[++i + 1];
            }
            else if (next === 'x' || next === 'u' || next === 'U') {
                const length = next === 'x' ? 2 : next === 'u' ? 4 : 8;
                res += parseCharCode(source, i + 1, length, onError);
                i += length;
            }
            else {
                const raw = source.substr(i - 1, 2);
                onError(i - 1, 'BAD_DQ_ESCAPE', `Invalid escape sequence ${raw}`);
                res += raw;
            }
        }
        else if (ch === ' ' || ch === '\t') {
            // trim trailing whitespace
            const wsStart = i;
            let next = source[i + 1];
            while (next === ' ' || next === '\t')
                next = source[++i + 1];
            if (next !== '\n' && !(next === '\r' && source[i + 2] === '\n'))
                res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
        }
        else {
            res += ch;
        }
    }
    if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, 'MISSING_CHAR', 'Missing closing "quote');
    return res;
}
/**
 * Fold a single newline into a space, multiple newlines to N - 1 newlines.
 * Presumes `source[offset] === '\n'`
 */
function foldNewline(source, offset) {
    let fold = '';
    let ch = source[offset + 1];
    while (ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r') {
        if (ch === '\r' && source[offset + 2] !== '\n')
            break;
        if (ch === '\n')
            fold += '\n';
        offset += 1;
        ch = source[offset + 1];
    }
    if (!fold)
        fold = ' ';
    return { fold, offset };
}
const escapeCodes = {
    '0': '\0', // null character
    a: '\x07', // bell character
    b: '\b', // backspace
    e: '\x1b', // escape character
    f: '\f', // form feed
    n: '\n', // line feed
    r: '\r', // carriage return
    t: '\t', // horizontal tab
    v: '\v', // vertical tab
    N: '\u0085', // Unicode next line
    _: '\u00a0', // Unicode non-breaking space
    L: '\u2028', // Unicode line separator
    P: '\u2029', // Unicode paragraph separator
    ' ': ' ',
    '"': '"',
    '/': '/',
    '\\': '\\',
    '\t': '\t'
};
function parseCharCode(source, offset, length, onError) {
    const cc = source.substr(offset, length);
    const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
    const code = ok ? parseInt(cc, 16) : NaN;
    try {
        return String.fromCodePoint(code);
    }
    catch {
        const raw = source.substr(offset - 2, length + 2);
        onError(offset - 2, 'BAD_DQ_ESCAPE', `Invalid escape sequence ${raw}`);
        return raw;
    }
}

exports.resolveFlowScalar = resolveFlowScalar;


/***/ }),

/***/ 4631:
/***/ ((__unused_webpack_module, exports) => {



function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
    let spaceBefore = false;
    let atNewline = startOnNewline;
    let hasSpace = startOnNewline;
    let comment = '';
    let commentSep = '';
    let hasNewline = false;
    let reqSpace = false;
    let tab = null;
    let anchor = null;
    let tag = null;
    let newlineAfterProp = null;
    let comma = null;
    let found = null;
    let start = null;
    for (const token of tokens) {
        if (reqSpace) {
            if (token.type !== 'space' &&
                token.type !== 'newline' &&
                token.type !== 'comma')
                onError(token.offset, 'MISSING_CHAR', 'Tags and anchors must be separated from the next token by white space');
            reqSpace = false;
        }
        if (tab) {
            if (atNewline && token.type !== 'comment' && token.type !== 'newline') {
                onError(tab, 'TAB_AS_INDENT', 'Tabs are not allowed as indentation');
            }
            tab = null;
        }
        switch (token.type) {
            case 'space':
                // At the doc level, tabs at line start may be parsed
                // as leading white space rather than indentation.
                // In a flow collection, only the parser handles indent.
                if (!flow &&
                    (indicator !== 'doc-start' || next?.type !== 'flow-collection') &&
                    token.source.includes('\t')) {
                    tab = token;
                }
                hasSpace = true;
                break;
            case 'comment': {
                if (!hasSpace)
                    onError(token, 'MISSING_CHAR', 'Comments must be separated from other tokens by white space characters');
                const cb = token.source.substring(1) || ' ';
                if (!comment)
                    comment = cb;
                else
                    comment += commentSep + cb;
                commentSep = '';
                atNewline = false;
                break;
            }
            case 'newline':
                if (atNewline) {
                    if (comment)
                        comment += token.source;
                    else if (!found || indicator !== 'seq-item-ind')
                        spaceBefore = true;
                }
                else
                    commentSep += token.source;
                atNewline = true;
                hasNewline = true;
                if (anchor || tag)
                    newlineAfterProp = token;
                hasSpace = true;
                break;
            case 'anchor':
                if (anchor)
                    onError(token, 'MULTIPLE_ANCHORS', 'A node can have at most one anchor');
                if (token.source.endsWith(':'))
                    onError(token.offset + token.source.length - 1, 'BAD_ALIAS', 'Anchor ending in : is ambiguous', true);
                anchor = token;
                start ?? (start = token.offset);
                atNewline = false;
                hasSpace = false;
                reqSpace = true;
                break;
            case 'tag': {
                if (tag)
                    onError(token, 'MULTIPLE_TAGS', 'A node can have at most one tag');
                tag = token;
                start ?? (start = token.offset);
                atNewline = false;
                hasSpace = false;
                reqSpace = true;
                break;
            }
            case indicator:
                // Could here handle preceding comments differently
                if (anchor || tag)
                    onError(token, 'BAD_PROP_ORDER', `Anchors and tags must be after the ${token.source} indicator`);
                if (found)
                    onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${token.source} in ${flow ?? 'collection'}`);
                found = token;
                atNewline =
                    indicator === 'seq-item-ind' || indicator === 'explicit-key-ind';
                hasSpace = false;
                break;
            case 'comma':
                if (flow) {
                    if (comma)
                        onError(token, 'UNEXPECTED_TOKEN', `Unexpected , in ${flow}`);
                    comma = token;
                    atNewline = false;
                    hasSpace = false;
                    break;
                }
            // else fallthrough
            default:
                onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${token.type} token`);
                atNewline = false;
                hasSpace = false;
        }
    }
    const last = tokens[tokens.length - 1];
    const end = last ? last.offset + last.source.length : offset;
    if (reqSpace &&
        next &&
        next.type !== 'space' &&
        next.type !== 'newline' &&
        next.type !== 'comma' &&
        (next.type !== 'scalar' || next.source !== '')) {
        onError(next.offset, 'MISSING_CHAR', 'Tags and anchors must be separated from the next token by white space');
    }
    if (tab &&
        ((atNewline && tab.indent <= parentIndent) ||
            next?.type === 'block-map' ||
            next?.type === 'block-seq'))
        onError(tab, 'TAB_AS_INDENT', 'Tabs are not allowed as indentation');
    return {
        comma,
        found,
        spaceBefore,
        comment,
        hasNewline,
        anchor,
        tag,
        newlineAfterProp,
        end,
        start: start ?? end
    };
}

exports.resolveProps = resolveProps;


/***/ }),

/***/ 9499:
/***/ ((__unused_webpack_module, exports) => {



function containsNewline(key) {
    if (!key)
        return null;
    switch (key.type) {
        case 'alias':
        case 'scalar':
        case 'double-quoted-scalar':
        case 'single-quoted-scalar':
            if (key.source.includes('\n'))
                return true;
            if (key.end)
                for (const st of key.end)
                    if (st.type === 'newline')
                        return true;
            return false;
        case 'flow-collection':
            for (const it of key.items) {
                for (const st of it.start)
                    if (st.type === 'newline')
                        return true;
                if (it.sep)
                    for (const st of it.sep)
                        if (st.type === 'newline')
                            return true;
                if (containsNewline(it.key) || containsNewline(it.value))
                    return true;
            }
            return false;
        default:
            return true;
    }
}

exports.containsNewline = containsNewline;


/***/ }),

/***/ 2599:
/***/ ((__unused_webpack_module, exports) => {



function emptyScalarPosition(offset, before, pos) {
    if (before) {
        pos ?? (pos = before.length);
        for (let i = pos - 1; i >= 0; --i) {
            let st = before[i];
            switch (st.type) {
                case 'space':
                case 'comment':
                case 'newline':
                    offset -= st.source.length;
                    continue;
            }
            // Technically, an empty scalar is immediately after the last non-empty
            // node, but it's more useful to place it after any whitespace.
            st = before[++i];
            while (st?.type === 'space') {
                offset += st.source.length;
                st = before[++i];
            }
            break;
        }
    }
    return offset;
}

exports.emptyScalarPosition = emptyScalarPosition;


/***/ }),

/***/ 4051:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var utilContainsNewline = __nccwpck_require__(9499);

function flowIndentCheck(indent, fc, onError) {
    if (fc?.type === 'flow-collection') {
        const end = fc.end[0];
        if (end.indent === indent &&
            (end.source === ']' || end.source === '}') &&
            utilContainsNewline.containsNewline(fc)) {
            const msg = 'Flow end indicator should be more indented than parent';
            onError(end, 'BAD_INDENT', msg, true);
        }
    }
}

exports.flowIndentCheck = flowIndentCheck;


/***/ }),

/***/ 1187:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

function mapIncludes(ctx, items, search) {
    const { uniqueKeys } = ctx.options;
    if (uniqueKeys === false)
        return false;
    const isEqual = typeof uniqueKeys === 'function'
        ? uniqueKeys
        : (a, b) => a === b || (identity.isScalar(a) && identity.isScalar(b) && a.value === b.value);
    return items.some(pair => isEqual(pair.key, search));
}

exports.mapIncludes = mapIncludes;


/***/ }),

/***/ 3021:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var toJS = __nccwpck_require__(4043);
var Schema = __nccwpck_require__(5840);
var stringifyDocument = __nccwpck_require__(6829);
var anchors = __nccwpck_require__(1596);
var applyReviver = __nccwpck_require__(3661);
var createNode = __nccwpck_require__(2404);
var directives = __nccwpck_require__(1342);

class Document {
    constructor(value, replacer, options) {
        /** A comment before this Document */
        this.commentBefore = null;
        /** A comment immediately after this Document */
        this.comment = null;
        /** Errors encountered during parsing. */
        this.errors = [];
        /** Warnings encountered during parsing. */
        this.warnings = [];
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
        let _replacer = null;
        if (typeof replacer === 'function' || Array.isArray(replacer)) {
            _replacer = replacer;
        }
        else if (options === undefined && replacer) {
            options = replacer;
            replacer = undefined;
        }
        const opt = Object.assign({
            intAsBigInt: false,
            keepSourceTokens: false,
            logLevel: 'warn',
            prettyErrors: true,
            strict: true,
            stringKeys: false,
            uniqueKeys: true,
            version: '1.2'
        }, options);
        this.options = opt;
        let { version } = opt;
        if (options?._directives) {
            this.directives = options._directives.atDocument();
            if (this.directives.yaml.explicit)
                version = this.directives.yaml.version;
        }
        else
            this.directives = new directives.Directives({ version });
        this.setSchema(version, options);
        // @ts-expect-error We can't really know that this matches Contents.
        this.contents =
            value === undefined ? null : this.createNode(value, _replacer, options);
    }
    /**
     * Create a deep copy of this Document and its contents.
     *
     * Custom Node values that inherit from `Object` still refer to their original instances.
     */
    clone() {
        const copy = Object.create(Document.prototype, {
            [identity.NODE_TYPE]: { value: identity.DOC }
        });
        copy.commentBefore = this.commentBefore;
        copy.comment = this.comment;
        copy.errors = this.errors.slice();
        copy.warnings = this.warnings.slice();
        copy.options = Object.assign({}, this.options);
        if (this.directives)
            copy.directives = this.directives.clone();
        copy.schema = this.schema.clone();
        // @ts-expect-error We can't really know that this matches Contents.
        copy.contents = identity.isNode(this.contents)
            ? this.contents.clone(copy.schema)
            : this.contents;
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /** Adds a value to the document. */
    add(value) {
        if (assertCollection(this.contents))
            this.contents.add(value);
    }
    /** Adds a value to the document. */
    addIn(path, value) {
        if (assertCollection(this.contents))
            this.contents.addIn(path, value);
    }
    /**
     * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
     *
     * If `node` already has an anchor, `name` is ignored.
     * Otherwise, the `node.anchor` value will be set to `name`,
     * or if an anchor with that name is already present in the document,
     * `name` will be used as a prefix for a new unique anchor.
     * If `name` is undefined, the generated anchor will use 'a' as a prefix.
     */
    createAlias(node, name) {
        if (!node.anchor) {
            const prev = anchors.anchorNames(this);
            node.anchor =
                // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
                !name || prev.has(name) ? anchors.findNewAnchor(name || 'a', prev) : name;
        }
        return new Alias.Alias(node.anchor);
    }
    createNode(value, replacer, options) {
        let _replacer = undefined;
        if (typeof replacer === 'function') {
            value = replacer.call({ '': value }, '', value);
            _replacer = replacer;
        }
        else if (Array.isArray(replacer)) {
            const keyToStr = (v) => typeof v === 'number' || v instanceof String || v instanceof Number;
            const asStr = replacer.filter(keyToStr).map(String);
            if (asStr.length > 0)
                replacer = replacer.concat(asStr);
            _replacer = replacer;
        }
        else if (options === undefined && replacer) {
            options = replacer;
            replacer = undefined;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(this, 
        // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
        anchorPrefix || 'a');
        const ctx = {
            aliasDuplicateObjects: aliasDuplicateObjects ?? true,
            keepUndefined: keepUndefined ?? false,
            onAnchor,
            onTagObj,
            replacer: _replacer,
            schema: this.schema,
            sourceObjects
        };
        const node = createNode.createNode(value, tag, ctx);
        if (flow && identity.isCollection(node))
            node.flow = true;
        setAnchors();
        return node;
    }
    /**
     * Convert a key and a value into a `Pair` using the current schema,
     * recursively wrapping all values as `Scalar` or `Collection` nodes.
     */
    createPair(key, value, options = {}) {
        const k = this.createNode(key, null, options);
        const v = this.createNode(value, null, options);
        return new Pair.Pair(k, v);
    }
    /**
     * Removes a value from the document.
     * @returns `true` if the item was found and removed.
     */
    delete(key) {
        return assertCollection(this.contents) ? this.contents.delete(key) : false;
    }
    /**
     * Removes a value from the document.
     * @returns `true` if the item was found and removed.
     */
    deleteIn(path) {
        if (Collection.isEmptyPath(path)) {
            if (this.contents == null)
                return false;
            // @ts-expect-error Presumed impossible if Strict extends false
            this.contents = null;
            return true;
        }
        return assertCollection(this.contents)
            ? this.contents.deleteIn(path)
            : false;
    }
    /**
     * Returns item at `key`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    get(key, keepScalar) {
        return identity.isCollection(this.contents)
            ? this.contents.get(key, keepScalar)
            : undefined;
    }
    /**
     * Returns item at `path`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    getIn(path, keepScalar) {
        if (Collection.isEmptyPath(path))
            return !keepScalar && identity.isScalar(this.contents)
                ? this.contents.value
                : this.contents;
        return identity.isCollection(this.contents)
            ? this.contents.getIn(path, keepScalar)
            : undefined;
    }
    /**
     * Checks if the document includes a value with the key `key`.
     */
    has(key) {
        return identity.isCollection(this.contents) ? this.contents.has(key) : false;
    }
    /**
     * Checks if the document includes a value at `path`.
     */
    hasIn(path) {
        if (Collection.isEmptyPath(path))
            return this.contents !== undefined;
        return identity.isCollection(this.contents) ? this.contents.hasIn(path) : false;
    }
    /**
     * Sets a value in this document. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    set(key, value) {
        if (this.contents == null) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = Collection.collectionFromPath(this.schema, [key], value);
        }
        else if (assertCollection(this.contents)) {
            this.contents.set(key, value);
        }
    }
    /**
     * Sets a value in this document. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    setIn(path, value) {
        if (Collection.isEmptyPath(path)) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = value;
        }
        else if (this.contents == null) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = Collection.collectionFromPath(this.schema, Array.from(path), value);
        }
        else if (assertCollection(this.contents)) {
            this.contents.setIn(path, value);
        }
    }
    /**
     * Change the YAML version and schema used by the document.
     * A `null` version disables support for directives, explicit tags, anchors, and aliases.
     * It also requires the `schema` option to be given as a `Schema` instance value.
     *
     * Overrides all previously set schema options.
     */
    setSchema(version, options = {}) {
        if (typeof version === 'number')
            version = String(version);
        let opt;
        switch (version) {
            case '1.1':
                if (this.directives)
                    this.directives.yaml.version = '1.1';
                else
                    this.directives = new directives.Directives({ version: '1.1' });
                opt = { resolveKnownTags: false, schema: 'yaml-1.1' };
                break;
            case '1.2':
            case 'next':
                if (this.directives)
                    this.directives.yaml.version = version;
                else
                    this.directives = new directives.Directives({ version });
                opt = { resolveKnownTags: true, schema: 'core' };
                break;
            case null:
                if (this.directives)
                    delete this.directives;
                opt = null;
                break;
            default: {
                const sv = JSON.stringify(version);
                throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
            }
        }
        // Not using `instanceof Schema` to allow for duck typing
        if (options.schema instanceof Object)
            this.schema = options.schema;
        else if (opt)
            this.schema = new Schema.Schema(Object.assign(opt, options));
        else
            throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
    }
    // json & jsonArg are only used from toJSON()
    toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        const ctx = {
            anchors: new Map(),
            doc: this,
            keep: !json,
            mapAsMap: mapAsMap === true,
            mapKeyWarned: false,
            maxAliasCount: typeof maxAliasCount === 'number' ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? '', ctx);
        if (typeof onAnchor === 'function')
            for (const { count, res } of ctx.anchors.values())
                onAnchor(res, count);
        return typeof reviver === 'function'
            ? applyReviver.applyReviver(reviver, { '': res }, '', res)
            : res;
    }
    /**
     * A JSON representation of the document `contents`.
     *
     * @param jsonArg Used by `JSON.stringify` to indicate the array index or
     *   property name.
     */
    toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
    }
    /** A YAML representation of the document. */
    toString(options = {}) {
        if (this.errors.length > 0)
            throw new Error('Document with errors cannot be stringified');
        if ('indent' in options &&
            (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
            const s = JSON.stringify(options.indent);
            throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
    }
}
function assertCollection(contents) {
    if (identity.isCollection(contents))
        return true;
    throw new Error('Expected a YAML collection as document contents');
}

exports.Document = Document;


/***/ }),

/***/ 1596:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var visit = __nccwpck_require__(204);

/**
 * Verify that the input string is a valid anchor.
 *
 * Will throw on errors.
 */
function anchorIsValid(anchor) {
    if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
    }
    return true;
}
function anchorNames(root) {
    const anchors = new Set();
    visit.visit(root, {
        Value(_key, node) {
            if (node.anchor)
                anchors.add(node.anchor);
        }
    });
    return anchors;
}
/** Find a new anchor name with the given `prefix` and a one-indexed suffix. */
function findNewAnchor(prefix, exclude) {
    for (let i = 1; true; ++i) {
        const name = `${prefix}${i}`;
        if (!exclude.has(name))
            return name;
    }
}
function createNodeAnchors(doc, prefix) {
    const aliasObjects = [];
    const sourceObjects = new Map();
    let prevAnchors = null;
    return {
        onAnchor: (source) => {
            aliasObjects.push(source);
            prevAnchors ?? (prevAnchors = anchorNames(doc));
            const anchor = findNewAnchor(prefix, prevAnchors);
            prevAnchors.add(anchor);
            return anchor;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
            for (const source of aliasObjects) {
                const ref = sourceObjects.get(source);
                if (typeof ref === 'object' &&
                    ref.anchor &&
                    (identity.isScalar(ref.node) || identity.isCollection(ref.node))) {
                    ref.node.anchor = ref.anchor;
                }
                else {
                    const error = new Error('Failed to resolve repeated object (this should not happen)');
                    error.source = source;
                    throw error;
                }
            }
        },
        sourceObjects
    };
}

exports.anchorIsValid = anchorIsValid;
exports.anchorNames = anchorNames;
exports.createNodeAnchors = createNodeAnchors;
exports.findNewAnchor = findNewAnchor;


/***/ }),

/***/ 3661:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Applies the JSON.parse reviver algorithm as defined in the ECMA-262 spec,
 * in section 24.5.1.1 "Runtime Semantics: InternalizeJSONProperty" of the
 * 2021 edition: https://tc39.es/ecma262/#sec-json.parse
 *
 * Includes extensions for handling Map and Set objects.
 */
function applyReviver(reviver, obj, key, val) {
    if (val && typeof val === 'object') {
        if (Array.isArray(val)) {
            for (let i = 0, len = val.length; i < len; ++i) {
                const v0 = val[i];
                const v1 = applyReviver(reviver, val, String(i), v0);
                // eslint-disable-next-line @typescript-eslint/no-array-delete
                if (v1 === undefined)
                    delete val[i];
                else if (v1 !== v0)
                    val[i] = v1;
            }
        }
        else if (val instanceof Map) {
            for (const k of Array.from(val.keys())) {
                const v0 = val.get(k);
                const v1 = applyReviver(reviver, val, k, v0);
                if (v1 === undefined)
                    val.delete(k);
                else if (v1 !== v0)
                    val.set(k, v1);
            }
        }
        else if (val instanceof Set) {
            for (const v0 of Array.from(val)) {
                const v1 = applyReviver(reviver, val, v0, v0);
                if (v1 === undefined)
                    val.delete(v0);
                else if (v1 !== v0) {
                    val.delete(v0);
                    val.add(v1);
                }
            }
        }
        else {
            for (const [k, v0] of Object.entries(val)) {
                const v1 = applyReviver(reviver, val, k, v0);
                if (v1 === undefined)
                    delete val[k];
                else if (v1 !== v0)
                    val[k] = v1;
            }
        }
    }
    return reviver.call(obj, key, val);
}

exports.applyReviver = applyReviver;


/***/ }),

/***/ 2404:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);

const defaultTagPrefix = 'tag:yaml.org,2002:';
function findTagObject(value, tagName, tags) {
    if (tagName) {
        const match = tags.filter(t => t.tag === tagName);
        const tagObj = match.find(t => !t.format) ?? match[0];
        if (!tagObj)
            throw new Error(`Tag ${tagName} not found`);
        return tagObj;
    }
    return tags.find(t => t.identify?.(value) && !t.format);
}
function createNode(value, tagName, ctx) {
    if (identity.isDocument(value))
        value = value.contents;
    if (identity.isNode(value))
        return value;
    if (identity.isPair(value)) {
        const map = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
        map.items.push(value);
        return map;
    }
    if (value instanceof String ||
        value instanceof Number ||
        value instanceof Boolean ||
        (typeof BigInt !== 'undefined' && value instanceof BigInt) // not supported everywhere
    ) {
        // https://tc39.es/ecma262/#sec-serializejsonproperty
        value = value.valueOf();
    }
    const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
    // Detect duplicate references to the same object & use Alias nodes for all
    // after first. The `ref` wrapper allows for circular references to resolve.
    let ref = undefined;
    if (aliasDuplicateObjects && value && typeof value === 'object') {
        ref = sourceObjects.get(value);
        if (ref) {
            ref.anchor ?? (ref.anchor = onAnchor(value));
            return new Alias.Alias(ref.anchor);
        }
        else {
            ref = { anchor: null, node: null };
            sourceObjects.set(value, ref);
        }
    }
    if (tagName?.startsWith('!!'))
        tagName = defaultTagPrefix + tagName.slice(2);
    let tagObj = findTagObject(value, tagName, schema.tags);
    if (!tagObj) {
        if (value && typeof value.toJSON === 'function') {
            // eslint-disable-next-line @typescript-eslint/no-unsafe-call
            value = value.toJSON();
        }
        if (!value || typeof value !== 'object') {
            const node = new Scalar.Scalar(value);
            if (ref)
                ref.node = node;
            return node;
        }
        tagObj =
            value instanceof Map
                ? schema[identity.MAP]
                : Symbol.iterator in Object(value)
                    ? schema[identity.SEQ]
                    : schema[identity.MAP];
    }
    if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
    }
    const node = tagObj?.createNode
        ? tagObj.createNode(ctx.schema, value, ctx)
        : typeof tagObj?.nodeClass?.from === 'function'
            ? tagObj.nodeClass.from(ctx.schema, value, ctx)
            : new Scalar.Scalar(value);
    if (tagName)
        node.tag = tagName;
    else if (!tagObj.default)
        node.tag = tagObj.tag;
    if (ref)
        ref.node = node;
    return node;
}

exports.createNode = createNode;


/***/ }),

/***/ 1342:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var visit = __nccwpck_require__(204);

const escapeChars = {
    '!': '%21',
    ',': '%2C',
    '[': '%5B',
    ']': '%5D',
    '{': '%7B',
    '}': '%7D'
};
const escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, ch => escapeChars[ch]);
class Directives {
    constructor(yaml, tags) {
        /**
         * The directives-end/doc-start marker `---`. If `null`, a marker may still be
         * included in the document's stringified representation.
         */
        this.docStart = null;
        /** The doc-end marker `...`.  */
        this.docEnd = false;
        this.yaml = Object.assign({}, Directives.defaultYaml, yaml);
        this.tags = Object.assign({}, Directives.defaultTags, tags);
    }
    clone() {
        const copy = new Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
    }
    /**
     * During parsing, get a Directives instance for the current document and
     * update the stream state according to the current version's spec.
     */
    atDocument() {
        const res = new Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
            case '1.1':
                this.atNextDocument = true;
                break;
            case '1.2':
                this.atNextDocument = false;
                this.yaml = {
                    explicit: Directives.defaultYaml.explicit,
                    version: '1.2'
                };
                this.tags = Object.assign({}, Directives.defaultTags);
                break;
        }
        return res;
    }
    /**
     * @param onError - May be called even if the action was successful
     * @returns `true` on success
     */
    add(line, onError) {
        if (this.atNextDocument) {
            this.yaml = { explicit: Directives.defaultYaml.explicit, version: '1.1' };
            this.tags = Object.assign({}, Directives.defaultTags);
            this.atNextDocument = false;
        }
        const parts = line.trim().split(/[ \t]+/);
        const name = parts.shift();
        switch (name) {
            case '%TAG': {
                if (parts.length !== 2) {
                    onError(0, '%TAG directive should contain exactly two parts');
                    if (parts.length < 2)
                        return false;
                }
                const [handle, prefix] = parts;
                this.tags[handle] = prefix;
                return true;
            }
            case '%YAML': {
                this.yaml.explicit = true;
                if (parts.length !== 1) {
                    onError(0, '%YAML directive should contain exactly one part');
                    return false;
                }
                const [version] = parts;
                if (version === '1.1' || version === '1.2') {
                    this.yaml.version = version;
                    return true;
                }
                else {
                    const isValid = /^\d+\.\d+$/.test(version);
                    onError(6, `Unsupported YAML version ${version}`, isValid);
                    return false;
                }
            }
            default:
                onError(0, `Unknown directive ${name}`, true);
                return false;
        }
    }
    /**
     * Resolves a tag, matching handles to those defined in %TAG directives.
     *
     * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
     *   `'!local'` tag, or `null` if unresolvable.
     */
    tagName(source, onError) {
        if (source === '!')
            return '!'; // non-specific tag
        if (source[0] !== '!') {
            onError(`Not a valid tag: ${source}`);
            return null;
        }
        if (source[1] === '<') {
            const verbatim = source.slice(2, -1);
            if (verbatim === '!' || verbatim === '!!') {
                onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
                return null;
            }
            if (source[source.length - 1] !== '>')
                onError('Verbatim tags must end with a >');
            return verbatim;
        }
        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
            onError(`The ${source} tag has no suffix`);
        const prefix = this.tags[handle];
        if (prefix) {
            try {
                return prefix + decodeURIComponent(suffix);
            }
            catch (error) {
                onError(String(error));
                return null;
            }
        }
        if (handle === '!')
            return source; // local tag
        onError(`Could not resolve tag: ${source}`);
        return null;
    }
    /**
     * Given a fully resolved tag, returns its printable string form,
     * taking into account current tag prefixes and defaults.
     */
    tagString(tag) {
        for (const [handle, prefix] of Object.entries(this.tags)) {
            if (tag.startsWith(prefix))
                return handle + escapeTagName(tag.substring(prefix.length));
        }
        return tag[0] === '!' ? tag : `!<${tag}>`;
    }
    toString(doc) {
        const lines = this.yaml.explicit
            ? [`%YAML ${this.yaml.version || '1.2'}`]
            : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
            const tags = {};
            visit.visit(doc.contents, (_key, node) => {
                if (identity.isNode(node) && node.tag)
                    tags[node.tag] = true;
            });
            tagNames = Object.keys(tags);
        }
        else
            tagNames = [];
        for (const [handle, prefix] of tagEntries) {
            if (handle === '!!' && prefix === 'tag:yaml.org,2002:')
                continue;
            if (!doc || tagNames.some(tn => tn.startsWith(prefix)))
                lines.push(`%TAG ${handle} ${prefix}`);
        }
        return lines.join('\n');
    }
}
Directives.defaultYaml = { explicit: false, version: '1.2' };
Directives.defaultTags = { '!!': 'tag:yaml.org,2002:' };

exports.Directives = Directives;


/***/ }),

/***/ 1464:
/***/ ((__unused_webpack_module, exports) => {



class YAMLError extends Error {
    constructor(name, pos, code, message) {
        super();
        this.name = name;
        this.code = code;
        this.message = message;
        this.pos = pos;
    }
}
class YAMLParseError extends YAMLError {
    constructor(pos, code, message) {
        super('YAMLParseError', pos, code, message);
    }
}
class YAMLWarning extends YAMLError {
    constructor(pos, code, message) {
        super('YAMLWarning', pos, code, message);
    }
}
const prettifyError = (src, lc) => (error) => {
    if (error.pos[0] === -1)
        return;
    error.linePos = error.pos.map(pos => lc.linePos(pos));
    const { line, col } = error.linePos[0];
    error.message += ` at line ${line}, column ${col}`;
    let ci = col - 1;
    let lineStr = src
        .substring(lc.lineStarts[line - 1], lc.lineStarts[line])
        .replace(/[\n\r]+$/, '');
    // Trim to max 80 chars, keeping col position near the middle
    if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = '…' + lineStr.substring(trimStart);
        ci -= trimStart - 1;
    }
    if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + '…';
    // Include previous line in context if pointing at line start
    if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        // Regexp won't match if start is trimmed
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
            prev = prev.substring(0, 79) + '…\n';
        lineStr = prev + lineStr;
    }
    if (/[^ ]/.test(lineStr)) {
        let count = 1;
        const end = error.linePos[1];
        if (end?.line === line && end.col > col) {
            count = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = ' '.repeat(ci) + '^'.repeat(count);
        error.message += `:\n\n${lineStr}\n${pointer}\n`;
    }
};

exports.YAMLError = YAMLError;
exports.YAMLParseError = YAMLParseError;
exports.YAMLWarning = YAMLWarning;
exports.prettifyError = prettifyError;


/***/ }),

/***/ 8815:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

var __webpack_unused_export__;


var composer = __nccwpck_require__(9984);
var Document = __nccwpck_require__(3021);
var Schema = __nccwpck_require__(5840);
var errors = __nccwpck_require__(1464);
var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var cst = __nccwpck_require__(3461);
var lexer = __nccwpck_require__(361);
var lineCounter = __nccwpck_require__(6628);
var parser = __nccwpck_require__(3456);
var publicApi = __nccwpck_require__(4047);
var visit = __nccwpck_require__(204);



__webpack_unused_export__ = composer.Composer;
__webpack_unused_export__ = Document.Document;
__webpack_unused_export__ = Schema.Schema;
__webpack_unused_export__ = errors.YAMLError;
__webpack_unused_export__ = errors.YAMLParseError;
__webpack_unused_export__ = errors.YAMLWarning;
__webpack_unused_export__ = Alias.Alias;
__webpack_unused_export__ = identity.isAlias;
__webpack_unused_export__ = identity.isCollection;
__webpack_unused_export__ = identity.isDocument;
exports.jh = identity.isMap;
exports.Ll = identity.isNode;
__webpack_unused_export__ = identity.isPair;
exports.jn = identity.isScalar;
__webpack_unused_export__ = identity.isSeq;
__webpack_unused_export__ = Pair.Pair;
__webpack_unused_export__ = Scalar.Scalar;
__webpack_unused_export__ = YAMLMap.YAMLMap;
__webpack_unused_export__ = YAMLSeq.YAMLSeq;
__webpack_unused_export__ = cst;
__webpack_unused_export__ = lexer.Lexer;
exports.HN = lineCounter.LineCounter;
exports.iX = parser.Parser;
exports.qg = publicApi.parse;
__webpack_unused_export__ = publicApi.parseAllDocuments;
exports.Tp = publicApi.parseDocument;
__webpack_unused_export__ = publicApi.stringify;
exports.YR = visit.visit;
__webpack_unused_export__ = visit.visitAsync;


/***/ }),

/***/ 7249:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);

function debug(logLevel, ...messages) {
    if (logLevel === 'debug')
        console.log(...messages);
}
function warn(logLevel, warning) {
    if (logLevel === 'debug' || logLevel === 'warn') {
        if (typeof node_process.emitWarning === 'function')
            node_process.emitWarning(warning);
        else
            console.warn(warning);
    }
}

exports.debug = debug;
exports.warn = warn;


/***/ }),

/***/ 4065:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var anchors = __nccwpck_require__(1596);
var visit = __nccwpck_require__(204);
var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);
var toJS = __nccwpck_require__(4043);

class Alias extends Node.NodeBase {
    constructor(source) {
        super(identity.ALIAS);
        this.source = source;
        Object.defineProperty(this, 'tag', {
            set() {
                throw new Error('Alias nodes cannot have tags');
            }
        });
    }
    /**
     * Resolve the value of this alias within `doc`, finding the last
     * instance of the `source` anchor before this node.
     */
    resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
            throw new ReferenceError('Alias resolution is disabled');
        let nodes;
        if (ctx?.aliasResolveCache) {
            nodes = ctx.aliasResolveCache;
        }
        else {
            nodes = [];
            visit.visit(doc, {
                Node: (_key, node) => {
                    if (identity.isAlias(node) || identity.hasAnchor(node))
                        nodes.push(node);
                }
            });
            if (ctx)
                ctx.aliasResolveCache = nodes;
        }
        let found = undefined;
        for (const node of nodes) {
            if (node === this)
                break;
            if (node.anchor === this.source)
                found = node;
        }
        if (found && ctx) {
            const { anchors, doc, maxAliasCount } = ctx;
            let data = anchors.get(found);
            if (!data) {
                // Resolve anchors for Node.prototype.toJS()
                toJS.toJS(found, null, ctx);
                data = anchors.get(found);
            }
            /* istanbul ignore if */
            if (data?.res === undefined) {
                const msg = 'This should not happen: Alias anchor was not resolved?';
                throw new ReferenceError(msg);
            }
            if (maxAliasCount >= 0) {
                data.count += 1;
                if (data.aliasCount === 0)
                    data.aliasCount = getAliasCount(doc, found, anchors);
                if (data.count * data.aliasCount > maxAliasCount) {
                    const msg = 'Excessive alias count indicates a resource exhaustion attack';
                    throw new ReferenceError(msg);
                }
            }
        }
        return found;
    }
    toJSON(_arg, ctx) {
        if (!ctx)
            return { source: this.source };
        const source = this.resolve(ctx.doc, ctx);
        if (!source) {
            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
    }
    toString(ctx, _onComment, _onChompKeep) {
        const src = `*${this.source}`;
        if (ctx) {
            anchors.anchorIsValid(this.source);
            if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
                const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
                throw new Error(msg);
            }
            if (ctx.implicitKey)
                return `${src} `;
        }
        return src;
    }
}
function getAliasCount(doc, node, anchors) {
    if (identity.isAlias(node)) {
        const source = node.resolve(doc);
        const anchor = anchors && source && anchors.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
    }
    else if (identity.isCollection(node)) {
        let count = 0;
        for (const item of node.items) {
            const c = getAliasCount(doc, item, anchors);
            if (c > count)
                count = c;
        }
        return count;
    }
    else if (identity.isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors);
        const vc = getAliasCount(doc, node.value, anchors);
        return Math.max(kc, vc);
    }
    return 1;
}

exports.Alias = Alias;


/***/ }),

/***/ 101:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);

function collectionFromPath(schema, path, value) {
    let v = value;
    for (let i = path.length - 1; i >= 0; --i) {
        const k = path[i];
        if (typeof k === 'number' && Number.isInteger(k) && k >= 0) {
            const a = [];
            a[k] = v;
            v = a;
        }
        else {
            v = new Map([[k, v]]);
        }
    }
    return createNode.createNode(v, undefined, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
            throw new Error('This should not happen, please report a bug.');
        },
        schema,
        sourceObjects: new Map()
    });
}
// Type guard is intentionally a little wrong so as to be more useful,
// as it does not cover untypable empty non-string iterables (e.g. []).
const isEmptyPath = (path) => path == null ||
    (typeof path === 'object' && !!path[Symbol.iterator]().next().done);
class Collection extends Node.NodeBase {
    constructor(type, schema) {
        super(type);
        Object.defineProperty(this, 'schema', {
            value: schema,
            configurable: true,
            enumerable: false,
            writable: true
        });
    }
    /**
     * Create a copy of this collection.
     *
     * @param schema - If defined, overwrites the original's schema
     */
    clone(schema) {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (schema)
            copy.schema = schema;
        copy.items = copy.items.map(it => identity.isNode(it) || identity.isPair(it) ? it.clone(schema) : it);
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /**
     * Adds a value to the collection. For `!!map` and `!!omap` the value must
     * be a Pair instance or a `{ key, value }` object, which may not have a key
     * that already exists in the map.
     */
    addIn(path, value) {
        if (isEmptyPath(path))
            this.add(value);
        else {
            const [key, ...rest] = path;
            const node = this.get(key, true);
            if (identity.isCollection(node))
                node.addIn(rest, value);
            else if (node === undefined && this.schema)
                this.set(key, collectionFromPath(this.schema, rest, value));
            else
                throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
    }
    /**
     * Removes a value from the collection.
     * @returns `true` if the item was found and removed.
     */
    deleteIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
            return this.delete(key);
        const node = this.get(key, true);
        if (identity.isCollection(node))
            return node.deleteIn(rest);
        else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
    }
    /**
     * Returns item at `key`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    getIn(path, keepScalar) {
        const [key, ...rest] = path;
        const node = this.get(key, true);
        if (rest.length === 0)
            return !keepScalar && identity.isScalar(node) ? node.value : node;
        else
            return identity.isCollection(node) ? node.getIn(rest, keepScalar) : undefined;
    }
    hasAllNullValues(allowScalar) {
        return this.items.every(node => {
            if (!identity.isPair(node))
                return false;
            const n = node.value;
            return (n == null ||
                (allowScalar &&
                    identity.isScalar(n) &&
                    n.value == null &&
                    !n.commentBefore &&
                    !n.comment &&
                    !n.tag));
        });
    }
    /**
     * Checks if the collection includes a value with the key `key`.
     */
    hasIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
            return this.has(key);
        const node = this.get(key, true);
        return identity.isCollection(node) ? node.hasIn(rest) : false;
    }
    /**
     * Sets a value in this collection. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    setIn(path, value) {
        const [key, ...rest] = path;
        if (rest.length === 0) {
            this.set(key, value);
        }
        else {
            const node = this.get(key, true);
            if (identity.isCollection(node))
                node.setIn(rest, value);
            else if (node === undefined && this.schema)
                this.set(key, collectionFromPath(this.schema, rest, value));
            else
                throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
    }
}

exports.Collection = Collection;
exports.collectionFromPath = collectionFromPath;
exports.isEmptyPath = isEmptyPath;


/***/ }),

/***/ 6673:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var applyReviver = __nccwpck_require__(3661);
var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);

class NodeBase {
    constructor(type) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: type });
    }
    /** Create a copy of this node.  */
    clone() {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /** A plain JavaScript representation of this node. */
    toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity.isDocument(doc))
            throw new TypeError('A document argument is required');
        const ctx = {
            anchors: new Map(),
            doc,
            keep: true,
            mapAsMap: mapAsMap === true,
            mapKeyWarned: false,
            maxAliasCount: typeof maxAliasCount === 'number' ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, '', ctx);
        if (typeof onAnchor === 'function')
            for (const { count, res } of ctx.anchors.values())
                onAnchor(res, count);
        return typeof reviver === 'function'
            ? applyReviver.applyReviver(reviver, { '': res }, '', res)
            : res;
    }
}

exports.NodeBase = NodeBase;


/***/ }),

/***/ 7165:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var stringifyPair = __nccwpck_require__(9748);
var addPairToJSMap = __nccwpck_require__(7104);
var identity = __nccwpck_require__(1127);

function createPair(key, value, ctx) {
    const k = createNode.createNode(key, undefined, ctx);
    const v = createNode.createNode(value, undefined, ctx);
    return new Pair(k, v);
}
class Pair {
    constructor(key, value = null) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR });
        this.key = key;
        this.value = value;
    }
    clone(schema) {
        let { key, value } = this;
        if (identity.isNode(key))
            key = key.clone(schema);
        if (identity.isNode(value))
            value = value.clone(schema);
        return new Pair(key, value);
    }
    toJSON(_, ctx) {
        const pair = ctx?.mapAsMap ? new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
    }
    toString(ctx, onComment, onChompKeep) {
        return ctx?.doc
            ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep)
            : JSON.stringify(this);
    }
}

exports.Pair = Pair;
exports.createPair = createPair;


/***/ }),

/***/ 3301:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);
var toJS = __nccwpck_require__(4043);

const isScalarValue = (value) => !value || (typeof value !== 'function' && typeof value !== 'object');
class Scalar extends Node.NodeBase {
    constructor(value) {
        super(identity.SCALAR);
        this.value = value;
    }
    toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
    }
    toString() {
        return String(this.value);
    }
}
Scalar.BLOCK_FOLDED = 'BLOCK_FOLDED';
Scalar.BLOCK_LITERAL = 'BLOCK_LITERAL';
Scalar.PLAIN = 'PLAIN';
Scalar.QUOTE_DOUBLE = 'QUOTE_DOUBLE';
Scalar.QUOTE_SINGLE = 'QUOTE_SINGLE';

exports.Scalar = Scalar;
exports.isScalarValue = isScalarValue;


/***/ }),

/***/ 4454:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyCollection = __nccwpck_require__(1212);
var addPairToJSMap = __nccwpck_require__(7104);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);

function findPair(items, key) {
    const k = identity.isScalar(key) ? key.value : key;
    for (const it of items) {
        if (identity.isPair(it)) {
            if (it.key === key || it.key === k)
                return it;
            if (identity.isScalar(it.key) && it.key.value === k)
                return it;
        }
    }
    return undefined;
}
class YAMLMap extends Collection.Collection {
    static get tagName() {
        return 'tag:yaml.org,2002:map';
    }
    constructor(schema) {
        super(identity.MAP, schema);
        this.items = [];
    }
    /**
     * A generic collection parsing method that can be extended
     * to other node classes that inherit from YAMLMap
     */
    static from(schema, obj, ctx) {
        const { keepUndefined, replacer } = ctx;
        const map = new this(schema);
        const add = (key, value) => {
            if (typeof replacer === 'function')
                value = replacer.call(obj, key, value);
            else if (Array.isArray(replacer) && !replacer.includes(key))
                return;
            if (value !== undefined || keepUndefined)
                map.items.push(Pair.createPair(key, value, ctx));
        };
        if (obj instanceof Map) {
            for (const [key, value] of obj)
                add(key, value);
        }
        else if (obj && typeof obj === 'object') {
            for (const key of Object.keys(obj))
                add(key, obj[key]);
        }
        if (typeof schema.sortMapEntries === 'function') {
            map.items.sort(schema.sortMapEntries);
        }
        return map;
    }
    /**
     * Adds a value to the collection.
     *
     * @param overwrite - If not set `true`, using a key that is already in the
     *   collection will throw. Otherwise, overwrites the previous value.
     */
    add(pair, overwrite) {
        let _pair;
        if (identity.isPair(pair))
            _pair = pair;
        else if (!pair || typeof pair !== 'object' || !('key' in pair)) {
            // In TypeScript, this never happens.
            _pair = new Pair.Pair(pair, pair?.value);
        }
        else
            _pair = new Pair.Pair(pair.key, pair.value);
        const prev = findPair(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
            if (!overwrite)
                throw new Error(`Key ${_pair.key} already set`);
            // For scalars, keep the old node & its comments and anchors
            if (identity.isScalar(prev.value) && Scalar.isScalarValue(_pair.value))
                prev.value.value = _pair.value;
            else
                prev.value = _pair.value;
        }
        else if (sortEntries) {
            const i = this.items.findIndex(item => sortEntries(_pair, item) < 0);
            if (i === -1)
                this.items.push(_pair);
            else
                this.items.splice(i, 0, _pair);
        }
        else {
            this.items.push(_pair);
        }
    }
    delete(key) {
        const it = findPair(this.items, key);
        if (!it)
            return false;
        const del = this.items.splice(this.items.indexOf(it), 1);
        return del.length > 0;
    }
    get(key, keepScalar) {
        const it = findPair(this.items, key);
        const node = it?.value;
        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? undefined;
    }
    has(key) {
        return !!findPair(this.items, key);
    }
    set(key, value) {
        this.add(new Pair.Pair(key, value), true);
    }
    /**
     * @param ctx - Conversion context, originally set in Document#toJS()
     * @param {Class} Type - If set, forces the returned collection type
     * @returns Instance of Type, Map, or Object
     */
    toJSON(_, ctx, Type) {
        const map = Type ? new Type() : ctx?.mapAsMap ? new Map() : {};
        if (ctx?.onCreate)
            ctx.onCreate(map);
        for (const item of this.items)
            addPairToJSMap.addPairToJSMap(ctx, map, item);
        return map;
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        for (const item of this.items) {
            if (!identity.isPair(item))
                throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        }
        if (!ctx.allNullValues && this.hasAllNullValues(false))
            ctx = Object.assign({}, ctx, { allNullValues: true });
        return stringifyCollection.stringifyCollection(this, ctx, {
            blockItemPrefix: '',
            flowChars: { start: '{', end: '}' },
            itemIndent: ctx.indent || '',
            onChompKeep,
            onComment
        });
    }
}

exports.YAMLMap = YAMLMap;
exports.findPair = findPair;


/***/ }),

/***/ 2223:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var stringifyCollection = __nccwpck_require__(1212);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var toJS = __nccwpck_require__(4043);

class YAMLSeq extends Collection.Collection {
    static get tagName() {
        return 'tag:yaml.org,2002:seq';
    }
    constructor(schema) {
        super(identity.SEQ, schema);
        this.items = [];
    }
    add(value) {
        this.items.push(value);
    }
    /**
     * Removes a value from the collection.
     *
     * `key` must contain a representation of an integer for this to succeed.
     * It may be wrapped in a `Scalar`.
     *
     * @returns `true` if the item was found and removed.
     */
    delete(key) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
    }
    get(key, keepScalar) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            return undefined;
        const it = this.items[idx];
        return !keepScalar && identity.isScalar(it) ? it.value : it;
    }
    /**
     * Checks if the collection includes a value with the key `key`.
     *
     * `key` must contain a representation of an integer for this to succeed.
     * It may be wrapped in a `Scalar`.
     */
    has(key) {
        const idx = asItemIndex(key);
        return typeof idx === 'number' && idx < this.items.length;
    }
    /**
     * Sets a value in this collection. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     *
     * If `key` does not contain a representation of an integer, this will throw.
     * It may be wrapped in a `Scalar`.
     */
    set(key, value) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            throw new Error(`Expected a valid index, not ${key}.`);
        const prev = this.items[idx];
        if (identity.isScalar(prev) && Scalar.isScalarValue(value))
            prev.value = value;
        else
            this.items[idx] = value;
    }
    toJSON(_, ctx) {
        const seq = [];
        if (ctx?.onCreate)
            ctx.onCreate(seq);
        let i = 0;
        for (const item of this.items)
            seq.push(toJS.toJS(item, String(i++), ctx));
        return seq;
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        return stringifyCollection.stringifyCollection(this, ctx, {
            blockItemPrefix: '- ',
            flowChars: { start: '[', end: ']' },
            itemIndent: (ctx.indent || '') + '  ',
            onChompKeep,
            onComment
        });
    }
    static from(schema, obj, ctx) {
        const { replacer } = ctx;
        const seq = new this(schema);
        if (obj && Symbol.iterator in Object(obj)) {
            let i = 0;
            for (let it of obj) {
                if (typeof replacer === 'function') {
                    const key = obj instanceof Set ? it : String(i++);
                    it = replacer.call(obj, key, it);
                }
                seq.items.push(createNode.createNode(it, undefined, ctx));
            }
        }
        return seq;
    }
}
function asItemIndex(key) {
    let idx = identity.isScalar(key) ? key.value : key;
    if (idx && typeof idx === 'string')
        idx = Number(idx);
    return typeof idx === 'number' && Number.isInteger(idx) && idx >= 0
        ? idx
        : null;
}

exports.YAMLSeq = YAMLSeq;


/***/ }),

/***/ 7104:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var log = __nccwpck_require__(7249);
var merge = __nccwpck_require__(452);
var stringify = __nccwpck_require__(2148);
var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);

function addPairToJSMap(ctx, map, { key, value }) {
    if (identity.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map, value);
    // TODO: Should drop this special case for bare << handling
    else if (merge.isMergeKey(ctx, key))
        merge.addMergeToJSMap(ctx, map, value);
    else {
        const jsKey = toJS.toJS(key, '', ctx);
        if (map instanceof Map) {
            map.set(jsKey, toJS.toJS(value, jsKey, ctx));
        }
        else if (map instanceof Set) {
            map.add(jsKey);
        }
        else {
            const stringKey = stringifyKey(key, jsKey, ctx);
            const jsValue = toJS.toJS(value, stringKey, ctx);
            if (stringKey in map)
                Object.defineProperty(map, stringKey, {
                    value: jsValue,
                    writable: true,
                    enumerable: true,
                    configurable: true
                });
            else
                map[stringKey] = jsValue;
        }
    }
    return map;
}
function stringifyKey(key, jsKey, ctx) {
    if (jsKey === null)
        return '';
    // eslint-disable-next-line @typescript-eslint/no-base-to-string
    if (typeof jsKey !== 'object')
        return String(jsKey);
    if (identity.isNode(key) && ctx?.doc) {
        const strCtx = stringify.createStringifyContext(ctx.doc, {});
        strCtx.anchors = new Set();
        for (const node of ctx.anchors.keys())
            strCtx.anchors.add(node.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key.toString(strCtx);
        if (!ctx.mapKeyWarned) {
            let jsonStr = JSON.stringify(strKey);
            if (jsonStr.length > 40)
                jsonStr = jsonStr.substring(0, 36) + '..."';
            log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
            ctx.mapKeyWarned = true;
        }
        return strKey;
    }
    return JSON.stringify(jsKey);
}

exports.addPairToJSMap = addPairToJSMap;


/***/ }),

/***/ 1127:
/***/ ((__unused_webpack_module, exports) => {



const ALIAS = Symbol.for('yaml.alias');
const DOC = Symbol.for('yaml.document');
const MAP = Symbol.for('yaml.map');
const PAIR = Symbol.for('yaml.pair');
const SCALAR = Symbol.for('yaml.scalar');
const SEQ = Symbol.for('yaml.seq');
const NODE_TYPE = Symbol.for('yaml.node.type');
const isAlias = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === ALIAS;
const isDocument = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === DOC;
const isMap = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === MAP;
const isPair = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === PAIR;
const isScalar = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === SCALAR;
const isSeq = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === SEQ;
function isCollection(node) {
    if (node && typeof node === 'object')
        switch (node[NODE_TYPE]) {
            case MAP:
            case SEQ:
                return true;
        }
    return false;
}
function isNode(node) {
    if (node && typeof node === 'object')
        switch (node[NODE_TYPE]) {
            case ALIAS:
            case MAP:
            case SCALAR:
            case SEQ:
                return true;
        }
    return false;
}
const hasAnchor = (node) => (isScalar(node) || isCollection(node)) && !!node.anchor;

exports.ALIAS = ALIAS;
exports.DOC = DOC;
exports.MAP = MAP;
exports.NODE_TYPE = NODE_TYPE;
exports.PAIR = PAIR;
exports.SCALAR = SCALAR;
exports.SEQ = SEQ;
exports.hasAnchor = hasAnchor;
exports.isAlias = isAlias;
exports.isCollection = isCollection;
exports.isDocument = isDocument;
exports.isMap = isMap;
exports.isNode = isNode;
exports.isPair = isPair;
exports.isScalar = isScalar;
exports.isSeq = isSeq;


/***/ }),

/***/ 4043:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

/**
 * Recursively convert any node or its contents to native JavaScript
 *
 * @param value - The input value
 * @param arg - If `value` defines a `toJSON()` method, use this
 *   as its first argument
 * @param ctx - Conversion context, originally set in Document#toJS(). If
 *   `{ keep: true }` is not set, output should be suitable for JSON
 *   stringification.
 */
function toJS(value, arg, ctx) {
    // eslint-disable-next-line @typescript-eslint/no-unsafe-return
    if (Array.isArray(value))
        return value.map((v, i) => toJS(v, String(i), ctx));
    if (value && typeof value.toJSON === 'function') {
        // eslint-disable-next-line @typescript-eslint/no-unsafe-call
        if (!ctx || !identity.hasAnchor(value))
            return value.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: undefined };
        ctx.anchors.set(value, data);
        ctx.onCreate = res => {
            data.res = res;
            delete ctx.onCreate;
        };
        const res = value.toJSON(arg, ctx);
        if (ctx.onCreate)
            ctx.onCreate(res);
        return res;
    }
    if (typeof value === 'bigint' && !ctx?.keep)
        return Number(value);
    return value;
}

exports.toJS = toJS;


/***/ }),

/***/ 110:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var resolveBlockScalar = __nccwpck_require__(8913);
var resolveFlowScalar = __nccwpck_require__(6842);
var errors = __nccwpck_require__(1464);
var stringifyString = __nccwpck_require__(3069);

function resolveAsScalar(token, strict = true, onError) {
    if (token) {
        const _onError = (pos, code, message) => {
            const offset = typeof pos === 'number' ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
            if (onError)
                onError(offset, code, message);
            else
                throw new errors.YAMLParseError([offset, offset + 1], code, message);
        };
        switch (token.type) {
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
            case 'block-scalar':
                return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
    }
    return null;
}
/**
 * Create a new scalar token with `value`
 *
 * Values that represent an actual string but may be parsed as a different type should use a `type` other than `'PLAIN'`,
 * as this function does not support any schema operations and won't check for such conflicts.
 *
 * @param value The string representation of the value, which will have its content properly indented.
 * @param context.end Comments and whitespace after the end of the value, or after the block scalar header. If undefined, a newline will be added.
 * @param context.implicitKey Being within an implicit key may affect the resolved type of the token's value.
 * @param context.indent The indent level of the token.
 * @param context.inFlow Is this scalar within a flow collection? This may affect the resolved type of the token's value.
 * @param context.offset The offset position of the token.
 * @param context.type The preferred type of the scalar token. If undefined, the previous type of the `token` will be used, defaulting to `'PLAIN'`.
 */
function createScalarToken(value, context) {
    const { implicitKey = false, indent, inFlow = false, offset = -1, type = 'PLAIN' } = context;
    const source = stringifyString.stringifyString({ type, value }, {
        implicitKey,
        indent: indent > 0 ? ' '.repeat(indent) : '',
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
    });
    const end = context.end ?? [
        { type: 'newline', offset: -1, indent, source: '\n' }
    ];
    switch (source[0]) {
        case '|':
        case '>': {
            const he = source.indexOf('\n');
            const head = source.substring(0, he);
            const body = source.substring(he + 1) + '\n';
            const props = [
                { type: 'block-scalar-header', offset, indent, source: head }
            ];
            if (!addEndtoBlockProps(props, end))
                props.push({ type: 'newline', offset: -1, indent, source: '\n' });
            return { type: 'block-scalar', offset, indent, props, source: body };
        }
        case '"':
            return { type: 'double-quoted-scalar', offset, indent, source, end };
        case "'":
            return { type: 'single-quoted-scalar', offset, indent, source, end };
        default:
            return { type: 'scalar', offset, indent, source, end };
    }
}
/**
 * Set the value of `token` to the given string `value`, overwriting any previous contents and type that it may have.
 *
 * Best efforts are made to retain any comments previously associated with the `token`,
 * though all contents within a collection's `items` will be overwritten.
 *
 * Values that represent an actual string but may be parsed as a different type should use a `type` other than `'PLAIN'`,
 * as this function does not support any schema operations and won't check for such conflicts.
 *
 * @param token Any token. If it does not include an `indent` value, the value will be stringified as if it were an implicit key.
 * @param value The string representation of the value, which will have its content properly indented.
 * @param context.afterKey In most cases, values after a key should have an additional level of indentation.
 * @param context.implicitKey Being within an implicit key may affect the resolved type of the token's value.
 * @param context.inFlow Being within a flow collection may affect the resolved type of the token's value.
 * @param context.type The preferred type of the scalar token. If undefined, the previous type of the `token` will be used, defaulting to `'PLAIN'`.
 */
function setScalarValue(token, value, context = {}) {
    let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
    let indent = 'indent' in token ? token.indent : null;
    if (afterKey && typeof indent === 'number')
        indent += 2;
    if (!type)
        switch (token.type) {
            case 'single-quoted-scalar':
                type = 'QUOTE_SINGLE';
                break;
            case 'double-quoted-scalar':
                type = 'QUOTE_DOUBLE';
                break;
            case 'block-scalar': {
                const header = token.props[0];
                if (header.type !== 'block-scalar-header')
                    throw new Error('Invalid block scalar header');
                type = header.source[0] === '>' ? 'BLOCK_FOLDED' : 'BLOCK_LITERAL';
                break;
            }
            default:
                type = 'PLAIN';
        }
    const source = stringifyString.stringifyString({ type, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? ' '.repeat(indent) : '',
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
    });
    switch (source[0]) {
        case '|':
        case '>':
            setBlockScalarValue(token, source);
            break;
        case '"':
            setFlowScalarValue(token, source, 'double-quoted-scalar');
            break;
        case "'":
            setFlowScalarValue(token, source, 'single-quoted-scalar');
            break;
        default:
            setFlowScalarValue(token, source, 'scalar');
    }
}
function setBlockScalarValue(token, source) {
    const he = source.indexOf('\n');
    const head = source.substring(0, he);
    const body = source.substring(he + 1) + '\n';
    if (token.type === 'block-scalar') {
        const header = token.props[0];
        if (header.type !== 'block-scalar-header')
            throw new Error('Invalid block scalar header');
        header.source = head;
        token.source = body;
    }
    else {
        const { offset } = token;
        const indent = 'indent' in token ? token.indent : -1;
        const props = [
            { type: 'block-scalar-header', offset, indent, source: head }
        ];
        if (!addEndtoBlockProps(props, 'end' in token ? token.end : undefined))
            props.push({ type: 'newline', offset: -1, indent, source: '\n' });
        for (const key of Object.keys(token))
            if (key !== 'type' && key !== 'offset')
                delete token[key];
        Object.assign(token, { type: 'block-scalar', indent, props, source: body });
    }
}
/** @returns `true` if last token is a newline */
function addEndtoBlockProps(props, end) {
    if (end)
        for (const st of end)
            switch (st.type) {
                case 'space':
                case 'comment':
                    props.push(st);
                    break;
                case 'newline':
                    props.push(st);
                    return true;
            }
    return false;
}
function setFlowScalarValue(token, source, type) {
    switch (token.type) {
        case 'scalar':
        case 'double-quoted-scalar':
        case 'single-quoted-scalar':
            token.type = type;
            token.source = source;
            break;
        case 'block-scalar': {
            const end = token.props.slice(1);
            let oa = source.length;
            if (token.props[0].type === 'block-scalar-header')
                oa -= token.props[0].source.length;
            for (const tok of end)
                tok.offset += oa;
            delete token.props;
            Object.assign(token, { type, source, end });
            break;
        }
        case 'block-map':
        case 'block-seq': {
            const offset = token.offset + source.length;
            const nl = { type: 'newline', offset, indent: token.indent, source: '\n' };
            delete token.items;
            Object.assign(token, { type, source, end: [nl] });
            break;
        }
        default: {
            const indent = 'indent' in token ? token.indent : -1;
            const end = 'end' in token && Array.isArray(token.end)
                ? token.end.filter(st => st.type === 'space' ||
                    st.type === 'comment' ||
                    st.type === 'newline')
                : [];
            for (const key of Object.keys(token))
                if (key !== 'type' && key !== 'offset')
                    delete token[key];
            Object.assign(token, { type, indent, source, end });
        }
    }
}

exports.createScalarToken = createScalarToken;
exports.resolveAsScalar = resolveAsScalar;
exports.setScalarValue = setScalarValue;


/***/ }),

/***/ 1733:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Stringify a CST document, token, or collection item
 *
 * Fair warning: This applies no validation whatsoever, and
 * simply concatenates the sources in their logical order.
 */
const stringify = (cst) => 'type' in cst ? stringifyToken(cst) : stringifyItem(cst);
function stringifyToken(token) {
    switch (token.type) {
        case 'block-scalar': {
            let res = '';
            for (const tok of token.props)
                res += stringifyToken(tok);
            return res + token.source;
        }
        case 'block-map':
        case 'block-seq': {
            let res = '';
            for (const item of token.items)
                res += stringifyItem(item);
            return res;
        }
        case 'flow-collection': {
            let res = token.start.source;
            for (const item of token.items)
                res += stringifyItem(item);
            for (const st of token.end)
                res += st.source;
            return res;
        }
        case 'document': {
            let res = stringifyItem(token);
            if (token.end)
                for (const st of token.end)
                    res += st.source;
            return res;
        }
        default: {
            let res = token.source;
            if ('end' in token && token.end)
                for (const st of token.end)
                    res += st.source;
            return res;
        }
    }
}
function stringifyItem({ start, key, sep, value }) {
    let res = '';
    for (const st of start)
        res += st.source;
    if (key)
        res += stringifyToken(key);
    if (sep)
        for (const st of sep)
            res += st.source;
    if (value)
        res += stringifyToken(value);
    return res;
}

exports.stringify = stringify;


/***/ }),

/***/ 7715:
/***/ ((__unused_webpack_module, exports) => {



const BREAK = Symbol('break visit');
const SKIP = Symbol('skip children');
const REMOVE = Symbol('remove item');
/**
 * Apply a visitor to a CST document or item.
 *
 * Walks through the tree (depth-first) starting from the root, calling a
 * `visitor` function with two arguments when entering each item:
 *   - `item`: The current item, which included the following members:
 *     - `start: SourceToken[]` – Source tokens before the key or value,
 *       possibly including its anchor or tag.
 *     - `key?: Token | null` – Set for pair values. May then be `null`, if
 *       the key before the `:` separator is empty.
 *     - `sep?: SourceToken[]` – Source tokens between the key and the value,
 *       which should include the `:` map value indicator if `value` is set.
 *     - `value?: Token` – The value of a sequence item, or of a map pair.
 *   - `path`: The steps from the root to the current node, as an array of
 *     `['key' | 'value', number]` tuples.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this token, continue with
 *      next sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current item, then continue with the next one
 *   - `number`: Set the index of the next step. This is useful especially if
 *     the index of the current token has changed.
 *   - `function`: Define the next visitor for this item. After the original
 *     visitor is called on item entry, next visitors are called after handling
 *     a non-empty `key` and when exiting the item.
 */
function visit(cst, visitor) {
    if ('type' in cst && cst.type === 'document')
        cst = { start: cst.start, value: cst.value };
    _visit(Object.freeze([]), cst, visitor);
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visit.BREAK = BREAK;
/** Do not visit the children of the current item */
visit.SKIP = SKIP;
/** Remove the current item */
visit.REMOVE = REMOVE;
/** Find the item at `path` from `cst` as the root */
visit.itemAtPath = (cst, path) => {
    let item = cst;
    for (const [field, index] of path) {
        const tok = item?.[field];
        if (tok && 'items' in tok) {
            item = tok.items[index];
        }
        else
            return undefined;
    }
    return item;
};
/**
 * Get the immediate parent collection of the item at `path` from `cst` as the root.
 *
 * Throws an error if the collection is not found, which should never happen if the item itself exists.
 */
visit.parentCollection = (cst, path) => {
    const parent = visit.itemAtPath(cst, path.slice(0, -1));
    const field = path[path.length - 1][0];
    const coll = parent?.[field];
    if (coll && 'items' in coll)
        return coll;
    throw new Error('Parent collection not found');
};
function _visit(path, item, visitor) {
    let ctrl = visitor(item, path);
    if (typeof ctrl === 'symbol')
        return ctrl;
    for (const field of ['key', 'value']) {
        const token = item[field];
        if (token && 'items' in token) {
            for (let i = 0; i < token.items.length; ++i) {
                const ci = _visit(Object.freeze(path.concat([[field, i]])), token.items[i], visitor);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    token.items.splice(i, 1);
                    i -= 1;
                }
            }
            if (typeof ctrl === 'function' && field === 'key')
                ctrl = ctrl(item, path);
        }
    }
    return typeof ctrl === 'function' ? ctrl(item, path) : ctrl;
}

exports.visit = visit;


/***/ }),

/***/ 3461:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var cstScalar = __nccwpck_require__(110);
var cstStringify = __nccwpck_require__(1733);
var cstVisit = __nccwpck_require__(7715);

/** The byte order mark */
const BOM = '\u{FEFF}';
/** Start of doc-mode */
const DOCUMENT = '\x02'; // C0: Start of Text
/** Unexpected end of flow-mode */
const FLOW_END = '\x18'; // C0: Cancel
/** Next token is a scalar value */
const SCALAR = '\x1f'; // C0: Unit Separator
/** @returns `true` if `token` is a flow or block collection */
const isCollection = (token) => !!token && 'items' in token;
/** @returns `true` if `token` is a flow or block scalar; not an alias */
const isScalar = (token) => !!token &&
    (token.type === 'scalar' ||
        token.type === 'single-quoted-scalar' ||
        token.type === 'double-quoted-scalar' ||
        token.type === 'block-scalar');
/* istanbul ignore next */
/** Get a printable representation of a lexer token */
function prettyToken(token) {
    switch (token) {
        case BOM:
            return '<BOM>';
        case DOCUMENT:
            return '<DOC>';
        case FLOW_END:
            return '<FLOW_END>';
        case SCALAR:
            return '<SCALAR>';
        default:
            return JSON.stringify(token);
    }
}
/** Identify the type of a lexer token. May return `null` for unknown tokens. */
function tokenType(source) {
    switch (source) {
        case BOM:
            return 'byte-order-mark';
        case DOCUMENT:
            return 'doc-mode';
        case FLOW_END:
            return 'flow-error-end';
        case SCALAR:
            return 'scalar';
        case '---':
            return 'doc-start';
        case '...':
            return 'doc-end';
        case '':
        case '\n':
        case '\r\n':
            return 'newline';
        case '-':
            return 'seq-item-ind';
        case '?':
            return 'explicit-key-ind';
        case ':':
            return 'map-value-ind';
        case '{':
            return 'flow-map-start';
        case '}':
            return 'flow-map-end';
        case '[':
            return 'flow-seq-start';
        case ']':
            return 'flow-seq-end';
        case ',':
            return 'comma';
    }
    switch (source[0]) {
        case ' ':
        case '\t':
            return 'space';
        case '#':
            return 'comment';
        case '%':
            return 'directive-line';
        case '*':
            return 'alias';
        case '&':
            return 'anchor';
        case '!':
            return 'tag';
        case "'":
            return 'single-quoted-scalar';
        case '"':
            return 'double-quoted-scalar';
        case '|':
        case '>':
            return 'block-scalar-header';
    }
    return null;
}

exports.createScalarToken = cstScalar.createScalarToken;
exports.resolveAsScalar = cstScalar.resolveAsScalar;
exports.setScalarValue = cstScalar.setScalarValue;
exports.stringify = cstStringify.stringify;
exports.visit = cstVisit.visit;
exports.BOM = BOM;
exports.DOCUMENT = DOCUMENT;
exports.FLOW_END = FLOW_END;
exports.SCALAR = SCALAR;
exports.isCollection = isCollection;
exports.isScalar = isScalar;
exports.prettyToken = prettyToken;
exports.tokenType = tokenType;


/***/ }),

/***/ 361:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var cst = __nccwpck_require__(3461);

/*
START -> stream

stream
  directive -> line-end -> stream
  indent + line-end -> stream
  [else] -> line-start

line-end
  comment -> line-end
  newline -> .
  input-end -> END

line-start
  doc-start -> doc
  doc-end -> stream
  [else] -> indent -> block-start

block-start
  seq-item-start -> block-start
  explicit-key-start -> block-start
  map-value-start -> block-start
  [else] -> doc

doc
  line-end -> line-start
  spaces -> doc
  anchor -> doc
  tag -> doc
  flow-start -> flow -> doc
  flow-end -> error -> doc
  seq-item-start -> error -> doc
  explicit-key-start -> error -> doc
  map-value-start -> doc
  alias -> doc
  quote-start -> quoted-scalar -> doc
  block-scalar-header -> line-end -> block-scalar(min) -> line-start
  [else] -> plain-scalar(false, min) -> doc

flow
  line-end -> flow
  spaces -> flow
  anchor -> flow
  tag -> flow
  flow-start -> flow -> flow
  flow-end -> .
  seq-item-start -> error -> flow
  explicit-key-start -> flow
  map-value-start -> flow
  alias -> flow
  quote-start -> quoted-scalar -> flow
  comma -> flow
  [else] -> plain-scalar(true, 0) -> flow

quoted-scalar
  quote-end -> .
  [else] -> quoted-scalar

block-scalar(min)
  newline + peek(indent < min) -> .
  [else] -> block-scalar(min)

plain-scalar(is-flow, min)
  scalar-end(is-flow) -> .
  peek(newline + (indent < min)) -> .
  [else] -> plain-scalar(min)
*/
function isEmpty(ch) {
    switch (ch) {
        case undefined:
        case ' ':
        case '\n':
        case '\r':
        case '\t':
            return true;
        default:
            return false;
    }
}
const hexDigits = new Set('0123456789ABCDEFabcdef');
const tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
const flowIndicatorChars = new Set(',[]{}');
const invalidAnchorChars = new Set(' ,[]{}\n\r\t');
const isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
/**
 * Splits an input string into lexical tokens, i.e. smaller strings that are
 * easily identifiable by `tokens.tokenType()`.
 *
 * Lexing starts always in a "stream" context. Incomplete input may be buffered
 * until a complete token can be emitted.
 *
 * In addition to slices of the original input, the following control characters
 * may also be emitted:
 *
 * - `\x02` (Start of Text): A document starts with the next token
 * - `\x18` (Cancel): Unexpected end of flow-mode (indicates an error)
 * - `\x1f` (Unit Separator): Next token is a scalar value
 * - `\u{FEFF}` (Byte order mark): Emitted separately outside documents
 */
class Lexer {
    constructor() {
        /**
         * Flag indicating whether the end of the current buffer marks the end of
         * all input
         */
        this.atEnd = false;
        /**
         * Explicit indent set in block scalar header, as an offset from the current
         * minimum indent, so e.g. set to 1 from a header `|2+`. Set to -1 if not
         * explicitly set.
         */
        this.blockScalarIndent = -1;
        /**
         * Block scalars that include a + (keep) chomping indicator in their header
         * include trailing empty lines, which are otherwise excluded from the
         * scalar's contents.
         */
        this.blockScalarKeep = false;
        /** Current input */
        this.buffer = '';
        /**
         * Flag noting whether the map value indicator : can immediately follow this
         * node within a flow context.
         */
        this.flowKey = false;
        /** Count of surrounding flow collection levels. */
        this.flowLevel = 0;
        /**
         * Minimum level of indentation required for next lines to be parsed as a
         * part of the current scalar value.
         */
        this.indentNext = 0;
        /** Indentation level of the current line. */
        this.indentValue = 0;
        /** Position of the next \n character. */
        this.lineEndPos = null;
        /** Stores the state of the lexer if reaching the end of incpomplete input */
        this.next = null;
        /** A pointer to `buffer`; the current position of the lexer. */
        this.pos = 0;
    }
    /**
     * Generate YAML tokens from the `source` string. If `incomplete`,
     * a part of the last line may be left as a buffer for the next call.
     *
     * @returns A generator of lexical tokens
     */
    *lex(source, incomplete = false) {
        if (source) {
            if (typeof source !== 'string')
                throw TypeError('source is not a string');
            this.buffer = this.buffer ? this.buffer + source : source;
            this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? 'stream';
        while (next && (incomplete || this.hasChars(1)))
            next = yield* this.parseNext(next);
    }
    atLineEnd() {
        let i = this.pos;
        let ch = this.buffer[i];
        while (ch === ' ' || ch === '\t')
            ch = this.buffer[++i];
        if (!ch || ch === '#' || ch === '\n')
            return true;
        if (ch === '\r')
            return this.buffer[i + 1] === '\n';
        return false;
    }
    charAt(n) {
        return this.buffer[this.pos + n];
    }
    continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
            let indent = 0;
            while (ch === ' ')
                ch = this.buffer[++indent + offset];
            if (ch === '\r') {
                const next = this.buffer[indent + offset + 1];
                if (next === '\n' || (!next && !this.atEnd))
                    return offset + indent + 1;
            }
            return ch === '\n' || indent >= this.indentNext || (!ch && !this.atEnd)
                ? offset + indent
                : -1;
        }
        if (ch === '-' || ch === '.') {
            const dt = this.buffer.substr(offset, 3);
            if ((dt === '---' || dt === '...') && isEmpty(this.buffer[offset + 3]))
                return -1;
        }
        return offset;
    }
    getLine() {
        let end = this.lineEndPos;
        if (typeof end !== 'number' || (end !== -1 && end < this.pos)) {
            end = this.buffer.indexOf('\n', this.pos);
            this.lineEndPos = end;
        }
        if (end === -1)
            return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === '\r')
            end -= 1;
        return this.buffer.substring(this.pos, end);
    }
    hasChars(n) {
        return this.pos + n <= this.buffer.length;
    }
    setNext(state) {
        this.buffer = this.buffer.substring(this.pos);
        this.pos = 0;
        this.lineEndPos = null;
        this.next = state;
        return null;
    }
    peek(n) {
        return this.buffer.substr(this.pos, n);
    }
    *parseNext(next) {
        switch (next) {
            case 'stream':
                return yield* this.parseStream();
            case 'line-start':
                return yield* this.parseLineStart();
            case 'block-start':
                return yield* this.parseBlockStart();
            case 'doc':
                return yield* this.parseDocument();
            case 'flow':
                return yield* this.parseFlowCollection();
            case 'quoted-scalar':
                return yield* this.parseQuotedScalar();
            case 'block-scalar':
                return yield* this.parseBlockScalar();
            case 'plain-scalar':
                return yield* this.parsePlainScalar();
        }
    }
    *parseStream() {
        let line = this.getLine();
        if (line === null)
            return this.setNext('stream');
        if (line[0] === cst.BOM) {
            yield* this.pushCount(1);
            line = line.substring(1);
        }
        if (line[0] === '%') {
            let dirEnd = line.length;
            let cs = line.indexOf('#');
            while (cs !== -1) {
                const ch = line[cs - 1];
                if (ch === ' ' || ch === '\t') {
                    dirEnd = cs - 1;
                    break;
                }
                else {
                    cs = line.indexOf('#', cs + 1);
                }
            }
            while (true) {
                const ch = line[dirEnd - 1];
                if (ch === ' ' || ch === '\t')
                    dirEnd -= 1;
                else
                    break;
            }
            const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
            yield* this.pushCount(line.length - n); // possible comment
            this.pushNewline();
            return 'stream';
        }
        if (this.atLineEnd()) {
            const sp = yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - sp);
            yield* this.pushNewline();
            return 'stream';
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
    }
    *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
            return this.setNext('line-start');
        if (ch === '-' || ch === '.') {
            if (!this.atEnd && !this.hasChars(4))
                return this.setNext('line-start');
            const s = this.peek(3);
            if ((s === '---' || s === '...') && isEmpty(this.charAt(3))) {
                yield* this.pushCount(3);
                this.indentValue = 0;
                this.indentNext = 0;
                return s === '---' ? 'doc' : 'stream';
            }
        }
        this.indentValue = yield* this.pushSpaces(false);
        if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
            this.indentNext = this.indentValue;
        return yield* this.parseBlockStart();
    }
    *parseBlockStart() {
        const [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
            return this.setNext('block-start');
        if ((ch0 === '-' || ch0 === '?' || ch0 === ':') && isEmpty(ch1)) {
            const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
            this.indentNext = this.indentValue + 1;
            this.indentValue += n;
            return 'block-start';
        }
        return 'doc';
    }
    *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
            return this.setNext('doc');
        let n = yield* this.pushIndicators();
        switch (line[n]) {
            case '#':
                yield* this.pushCount(line.length - n);
            // fallthrough
            case undefined:
                yield* this.pushNewline();
                return yield* this.parseLineStart();
            case '{':
            case '[':
                yield* this.pushCount(1);
                this.flowKey = false;
                this.flowLevel = 1;
                return 'flow';
            case '}':
            case ']':
                // this is an error
                yield* this.pushCount(1);
                return 'doc';
            case '*':
                yield* this.pushUntil(isNotAnchorChar);
                return 'doc';
            case '"':
            case "'":
                return yield* this.parseQuotedScalar();
            case '|':
            case '>':
                n += yield* this.parseBlockScalarHeader();
                n += yield* this.pushSpaces(true);
                yield* this.pushCount(line.length - n);
                yield* this.pushNewline();
                return yield* this.parseBlockScalar();
            default:
                return yield* this.parsePlainScalar();
        }
    }
    *parseFlowCollection() {
        let nl, sp;
        let indent = -1;
        do {
            nl = yield* this.pushNewline();
            if (nl > 0) {
                sp = yield* this.pushSpaces(false);
                this.indentValue = indent = sp;
            }
            else {
                sp = 0;
            }
            sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
            return this.setNext('flow');
        if ((indent !== -1 && indent < this.indentNext && line[0] !== '#') ||
            (indent === 0 &&
                (line.startsWith('---') || line.startsWith('...')) &&
                isEmpty(line[3]))) {
            // Allowing for the terminal ] or } at the same (rather than greater)
            // indent level as the initial [ or { is technically invalid, but
            // failing here would be surprising to users.
            const atFlowEndMarker = indent === this.indentNext - 1 &&
                this.flowLevel === 1 &&
                (line[0] === ']' || line[0] === '}');
            if (!atFlowEndMarker) {
                // this is an error
                this.flowLevel = 0;
                yield cst.FLOW_END;
                return yield* this.parseLineStart();
            }
        }
        let n = 0;
        while (line[n] === ',') {
            n += yield* this.pushCount(1);
            n += yield* this.pushSpaces(true);
            this.flowKey = false;
        }
        n += yield* this.pushIndicators();
        switch (line[n]) {
            case undefined:
                return 'flow';
            case '#':
                yield* this.pushCount(line.length - n);
                return 'flow';
            case '{':
            case '[':
                yield* this.pushCount(1);
                this.flowKey = false;
                this.flowLevel += 1;
                return 'flow';
            case '}':
            case ']':
                yield* this.pushCount(1);
                this.flowKey = true;
                this.flowLevel -= 1;
                return this.flowLevel ? 'flow' : 'doc';
            case '*':
                yield* this.pushUntil(isNotAnchorChar);
                return 'flow';
            case '"':
            case "'":
                this.flowKey = true;
                return yield* this.parseQuotedScalar();
            case ':': {
                const next = this.charAt(1);
                if (this.flowKey || isEmpty(next) || next === ',') {
                    this.flowKey = false;
                    yield* this.pushCount(1);
                    yield* this.pushSpaces(true);
                    return 'flow';
                }
            }
            // fallthrough
            default:
                this.flowKey = false;
                return yield* this.parsePlainScalar();
        }
    }
    *parseQuotedScalar() {
        const quote = this.charAt(0);
        let end = this.buffer.indexOf(quote, this.pos + 1);
        if (quote === "'") {
            while (end !== -1 && this.buffer[end + 1] === "'")
                end = this.buffer.indexOf("'", end + 2);
        }
        else {
            // double-quote
            while (end !== -1) {
                let n = 0;
                while (this.buffer[end - 1 - n] === '\\')
                    n += 1;
                if (n % 2 === 0)
                    break;
                end = this.buffer.indexOf('"', end + 1);
            }
        }
        // Only looking for newlines within the quotes
        const qb = this.buffer.substring(0, end);
        let nl = qb.indexOf('\n', this.pos);
        if (nl !== -1) {
            while (nl !== -1) {
                const cs = this.continueScalar(nl + 1);
                if (cs === -1)
                    break;
                nl = qb.indexOf('\n', cs);
            }
            if (nl !== -1) {
                // this is an error caused by an unexpected unindent
                end = nl - (qb[nl - 1] === '\r' ? 2 : 1);
            }
        }
        if (end === -1) {
            if (!this.atEnd)
                return this.setNext('quoted-scalar');
            end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? 'flow' : 'doc';
    }
    *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i = this.pos;
        while (true) {
            const ch = this.buffer[++i];
            if (ch === '+')
                this.blockScalarKeep = true;
            else if (ch > '0' && ch <= '9')
                this.blockScalarIndent = Number(ch) - 1;
            else if (ch !== '-')
                break;
        }
        return yield* this.pushUntil(ch => isEmpty(ch) || ch === '#');
    }
    *parseBlockScalar() {
        let nl = this.pos - 1; // may be -1 if this.pos === 0
        let indent = 0;
        let ch;
        loop: for (let i = this.pos; (ch = this.buffer[i]); ++i) {
            switch (ch) {
                case ' ':
                    indent += 1;
                    break;
                case '\n':
                    nl = i;
                    indent = 0;
                    break;
                case '\r': {
                    const next = this.buffer[i + 1];
                    if (!next && !this.atEnd)
                        return this.setNext('block-scalar');
                    if (next === '\n')
                        break;
                } // fallthrough
                default:
                    break loop;
            }
        }
        if (!ch && !this.atEnd)
            return this.setNext('block-scalar');
        if (indent >= this.indentNext) {
            if (this.blockScalarIndent === -1)
                this.indentNext = indent;
            else {
                this.indentNext =
                    this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
            }
            do {
                const cs = this.continueScalar(nl + 1);
                if (cs === -1)
                    break;
                nl = this.buffer.indexOf('\n', cs);
            } while (nl !== -1);
            if (nl === -1) {
                if (!this.atEnd)
                    return this.setNext('block-scalar');
                nl = this.buffer.length;
            }
        }
        // Trailing insufficiently indented tabs are invalid.
        // To catch that during parsing, we include them in the block scalar value.
        let i = nl + 1;
        ch = this.buffer[i];
        while (ch === ' ')
            ch = this.buffer[++i];
        if (ch === '\t') {
            while (ch === '\t' || ch === ' ' || ch === '\r' || ch === '\n')
                ch = this.buffer[++i];
            nl = i - 1;
        }
        else if (!this.blockScalarKeep) {
            do {
                let i = nl - 1;
                let ch = this.buffer[i];
                if (ch === '\r')
                    ch = this.buffer[--i];
                const lastChar = i; // Drop the line if last char not more indented
                while (ch === ' ')
                    ch = this.buffer[--i];
                if (ch === '\n' && i >= this.pos && i + 1 + indent > lastChar)
                    nl = i;
                else
                    break;
            } while (true);
        }
        yield cst.SCALAR;
        yield* this.pushToIndex(nl + 1, true);
        return yield* this.parseLineStart();
    }
    *parsePlainScalar() {
        const inFlow = this.flowLevel > 0;
        let end = this.pos - 1;
        let i = this.pos - 1;
        let ch;
        while ((ch = this.buffer[++i])) {
            if (ch === ':') {
                const next = this.buffer[i + 1];
                if (isEmpty(next) || (inFlow && flowIndicatorChars.has(next)))
                    break;
                end = i;
            }
            else if (isEmpty(ch)) {
                let next = this.buffer[i + 1];
                if (ch === '\r') {
                    if (next === '\n') {
                        i += 1;
                        ch = '\n';
                        next = this.buffer[i + 1];
                    }
                    else
                        end = i;
                }
                if (next === '#' || (inFlow && flowIndicatorChars.has(next)))
                    break;
                if (ch === '\n') {
                    const cs = this.continueScalar(i + 1);
                    if (cs === -1)
                        break;
                    i = Math.max(i, cs - 2); // to advance, but still account for ' #'
                }
            }
            else {
                if (inFlow && flowIndicatorChars.has(ch))
                    break;
                end = i;
            }
        }
        if (!ch && !this.atEnd)
            return this.setNext('plain-scalar');
        yield cst.SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? 'flow' : 'doc';
    }
    *pushCount(n) {
        if (n > 0) {
            yield this.buffer.substr(this.pos, n);
            this.pos += n;
            return n;
        }
        return 0;
    }
    *pushToIndex(i, allowEmpty) {
        const s = this.buffer.slice(this.pos, i);
        if (s) {
            yield s;
            this.pos += s.length;
            return s.length;
        }
        else if (allowEmpty)
            yield '';
        return 0;
    }
    *pushIndicators() {
        let n = 0;
        loop: while (true) {
            switch (this.charAt(0)) {
                case '!':
                    n += yield* this.pushTag();
                    n += yield* this.pushSpaces(true);
                    continue loop;
                case '&':
                    n += yield* this.pushUntil(isNotAnchorChar);
                    n += yield* this.pushSpaces(true);
                    continue loop;
                case '-': // this is an error
                case '?': // this is an error outside flow collections
                case ':': {
                    const inFlow = this.flowLevel > 0;
                    const ch1 = this.charAt(1);
                    if (isEmpty(ch1) || (inFlow && flowIndicatorChars.has(ch1))) {
                        if (!inFlow)
                            this.indentNext = this.indentValue + 1;
                        else if (this.flowKey)
                            this.flowKey = false;
                        n += yield* this.pushCount(1);
                        n += yield* this.pushSpaces(true);
                        continue loop;
                    }
                }
            }
            break loop;
        }
        return n;
    }
    *pushTag() {
        if (this.charAt(1) === '<') {
            let i = this.pos + 2;
            let ch = this.buffer[i];
            while (!isEmpty(ch) && ch !== '>')
                ch = this.buffer[++i];
            return yield* this.pushToIndex(ch === '>' ? i + 1 : i, false);
        }
        else {
            let i = this.pos + 1;
            let ch = this.buffer[i];
            while (ch) {
                if (tagChars.has(ch))
                    ch = this.buffer[++i];
                else if (ch === '%' &&
                    hexDigits.has(this.buffer[i + 1]) &&
                    hexDigits.has(this.buffer[i + 2])) {
                    ch = this.buffer[(i += 3)];
                }
                else
                    break;
            }
            return yield* this.pushToIndex(i, false);
        }
    }
    *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === '\n')
            return yield* this.pushCount(1);
        else if (ch === '\r' && this.charAt(1) === '\n')
            return yield* this.pushCount(2);
        else
            return 0;
    }
    *pushSpaces(allowTabs) {
        let i = this.pos - 1;
        let ch;
        do {
            ch = this.buffer[++i];
        } while (ch === ' ' || (allowTabs && ch === '\t'));
        const n = i - this.pos;
        if (n > 0) {
            yield this.buffer.substr(this.pos, n);
            this.pos = i;
        }
        return n;
    }
    *pushUntil(test) {
        let i = this.pos;
        let ch = this.buffer[i];
        while (!test(ch))
            ch = this.buffer[++i];
        return yield* this.pushToIndex(i, false);
    }
}

exports.Lexer = Lexer;


/***/ }),

/***/ 6628:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Tracks newlines during parsing in order to provide an efficient API for
 * determining the one-indexed `{ line, col }` position for any offset
 * within the input.
 */
class LineCounter {
    constructor() {
        this.lineStarts = [];
        /**
         * Should be called in ascending order. Otherwise, call
         * `lineCounter.lineStarts.sort()` before calling `linePos()`.
         */
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        /**
         * Performs a binary search and returns the 1-indexed { line, col }
         * position of `offset`. If `line === 0`, `addNewLine` has never been
         * called or `offset` is before the first known newline.
         */
        this.linePos = (offset) => {
            let low = 0;
            let high = this.lineStarts.length;
            while (low < high) {
                const mid = (low + high) >> 1; // Math.floor((low + high) / 2)
                if (this.lineStarts[mid] < offset)
                    low = mid + 1;
                else
                    high = mid;
            }
            if (this.lineStarts[low] === offset)
                return { line: low + 1, col: 1 };
            if (low === 0)
                return { line: 0, col: offset };
            const start = this.lineStarts[low - 1];
            return { line: low, col: offset - start + 1 };
        };
    }
}

exports.LineCounter = LineCounter;


/***/ }),

/***/ 3456:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);
var cst = __nccwpck_require__(3461);
var lexer = __nccwpck_require__(361);

function includesToken(list, type) {
    for (let i = 0; i < list.length; ++i)
        if (list[i].type === type)
            return true;
    return false;
}
function findNonEmptyIndex(list) {
    for (let i = 0; i < list.length; ++i) {
        switch (list[i].type) {
            case 'space':
            case 'comment':
            case 'newline':
                break;
            default:
                return i;
        }
    }
    return -1;
}
function isFlowToken(token) {
    switch (token?.type) {
        case 'alias':
        case 'scalar':
        case 'single-quoted-scalar':
        case 'double-quoted-scalar':
        case 'flow-collection':
            return true;
        default:
            return false;
    }
}
function getPrevProps(parent) {
    switch (parent.type) {
        case 'document':
            return parent.start;
        case 'block-map': {
            const it = parent.items[parent.items.length - 1];
            return it.sep ?? it.start;
        }
        case 'block-seq':
            return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
            return [];
    }
}
/** Note: May modify input array */
function getFirstKeyStartProps(prev) {
    if (prev.length === 0)
        return [];
    let i = prev.length;
    loop: while (--i >= 0) {
        switch (prev[i].type) {
            case 'doc-start':
            case 'explicit-key-ind':
            case 'map-value-ind':
            case 'seq-item-ind':
            case 'newline':
                break loop;
        }
    }
    while (prev[++i]?.type === 'space') {
        /* loop */
    }
    return prev.splice(i, prev.length);
}
function arrayPushArray(target, source) {
    // May exhaust call stack with large `source` array
    if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
    else
        for (let i = 0; i < source.length; ++i)
            target.push(source[i]);
}
function fixFlowSeqItems(fc) {
    if (fc.start.type === 'flow-seq-start') {
        for (const it of fc.items) {
            if (it.sep &&
                !it.value &&
                !includesToken(it.start, 'explicit-key-ind') &&
                !includesToken(it.sep, 'map-value-ind')) {
                if (it.key)
                    it.value = it.key;
                delete it.key;
                if (isFlowToken(it.value)) {
                    if (it.value.end)
                        arrayPushArray(it.value.end, it.sep);
                    else
                        it.value.end = it.sep;
                }
                else
                    arrayPushArray(it.start, it.sep);
                delete it.sep;
            }
        }
    }
}
/**
 * A YAML concrete syntax tree (CST) parser
 *
 * ```ts
 * const src: string = ...
 * for (const token of new Parser().parse(src)) {
 *   // token: Token
 * }
 * ```
 *
 * To use the parser with a user-provided lexer:
 *
 * ```ts
 * function* parse(source: string, lexer: Lexer) {
 *   const parser = new Parser()
 *   for (const lexeme of lexer.lex(source))
 *     yield* parser.next(lexeme)
 *   yield* parser.end()
 * }
 *
 * const src: string = ...
 * const lexer = new Lexer()
 * for (const token of parse(src, lexer)) {
 *   // token: Token
 * }
 * ```
 */
class Parser {
    /**
     * @param onNewLine - If defined, called separately with the start position of
     *   each new line (in `parse()`, including the start of input).
     */
    constructor(onNewLine) {
        /** If true, space and sequence indicators count as indentation */
        this.atNewLine = true;
        /** If true, next token is a scalar value */
        this.atScalar = false;
        /** Current indentation level */
        this.indent = 0;
        /** Current offset since the start of parsing */
        this.offset = 0;
        /** On the same line with a block map key */
        this.onKeyLine = false;
        /** Top indicates the node that's currently being built */
        this.stack = [];
        /** The source of the current token, set in parse() */
        this.source = '';
        /** The type of the current token, set in parse() */
        this.type = '';
        // Must be defined after `next()`
        this.lexer = new lexer.Lexer();
        this.onNewLine = onNewLine;
    }
    /**
     * Parse `source` as a YAML stream.
     * If `incomplete`, a part of the last line may be left as a buffer for the next call.
     *
     * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
     *
     * @returns A generator of tokens representing each directive, document, and other structure.
     */
    *parse(source, incomplete = false) {
        if (this.onNewLine && this.offset === 0)
            this.onNewLine(0);
        for (const lexeme of this.lexer.lex(source, incomplete))
            yield* this.next(lexeme);
        if (!incomplete)
            yield* this.end();
    }
    /**
     * Advance the parser by the `source` of one lexical token.
     */
    *next(source) {
        this.source = source;
        if (node_process.env.LOG_TOKENS)
            console.log('|', cst.prettyToken(source));
        if (this.atScalar) {
            this.atScalar = false;
            yield* this.step();
            this.offset += source.length;
            return;
        }
        const type = cst.tokenType(source);
        if (!type) {
            const message = `Not a YAML token: ${source}`;
            yield* this.pop({ type: 'error', offset: this.offset, message, source });
            this.offset += source.length;
        }
        else if (type === 'scalar') {
            this.atNewLine = false;
            this.atScalar = true;
            this.type = 'scalar';
        }
        else {
            this.type = type;
            yield* this.step();
            switch (type) {
                case 'newline':
                    this.atNewLine = true;
                    this.indent = 0;
                    if (this.onNewLine)
                        this.onNewLine(this.offset + source.length);
                    break;
                case 'space':
                    if (this.atNewLine && source[0] === ' ')
                        this.indent += source.length;
                    break;
                case 'explicit-key-ind':
                case 'map-value-ind':
                case 'seq-item-ind':
                    if (this.atNewLine)
                        this.indent += source.length;
                    break;
                case 'doc-mode':
                case 'flow-error-end':
                    return;
                default:
                    this.atNewLine = false;
            }
            this.offset += source.length;
        }
    }
    /** Call at end of input to push out any remaining constructions */
    *end() {
        while (this.stack.length > 0)
            yield* this.pop();
    }
    get sourceToken() {
        const st = {
            type: this.type,
            offset: this.offset,
            indent: this.indent,
            source: this.source
        };
        return st;
    }
    *step() {
        const top = this.peek(1);
        if (this.type === 'doc-end' && top?.type !== 'doc-end') {
            while (this.stack.length > 0)
                yield* this.pop();
            this.stack.push({
                type: 'doc-end',
                offset: this.offset,
                source: this.source
            });
            return;
        }
        if (!top)
            return yield* this.stream();
        switch (top.type) {
            case 'document':
                return yield* this.document(top);
            case 'alias':
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return yield* this.scalar(top);
            case 'block-scalar':
                return yield* this.blockScalar(top);
            case 'block-map':
                return yield* this.blockMap(top);
            case 'block-seq':
                return yield* this.blockSequence(top);
            case 'flow-collection':
                return yield* this.flowCollection(top);
            case 'doc-end':
                return yield* this.documentEnd(top);
        }
        /* istanbul ignore next should not happen */
        yield* this.pop();
    }
    peek(n) {
        return this.stack[this.stack.length - n];
    }
    *pop(error) {
        const token = error ?? this.stack.pop();
        /* istanbul ignore if should not happen */
        if (!token) {
            const message = 'Tried to pop an empty stack';
            yield { type: 'error', offset: this.offset, source: '', message };
        }
        else if (this.stack.length === 0) {
            yield token;
        }
        else {
            const top = this.peek(1);
            if (token.type === 'block-scalar') {
                // Block scalars use their parent rather than header indent
                token.indent = 'indent' in top ? top.indent : 0;
            }
            else if (token.type === 'flow-collection' && top.type === 'document') {
                // Ignore all indent for top-level flow collections
                token.indent = 0;
            }
            if (token.type === 'flow-collection')
                fixFlowSeqItems(token);
            switch (top.type) {
                case 'document':
                    top.value = token;
                    break;
                case 'block-scalar':
                    top.props.push(token); // error
                    break;
                case 'block-map': {
                    const it = top.items[top.items.length - 1];
                    if (it.value) {
                        top.items.push({ start: [], key: token, sep: [] });
                        this.onKeyLine = true;
                        return;
                    }
                    else if (it.sep) {
                        it.value = token;
                    }
                    else {
                        Object.assign(it, { key: token, sep: [] });
                        this.onKeyLine = !it.explicitKey;
                        return;
                    }
                    break;
                }
                case 'block-seq': {
                    const it = top.items[top.items.length - 1];
                    if (it.value)
                        top.items.push({ start: [], value: token });
                    else
                        it.value = token;
                    break;
                }
                case 'flow-collection': {
                    const it = top.items[top.items.length - 1];
                    if (!it || it.value)
                        top.items.push({ start: [], key: token, sep: [] });
                    else if (it.sep)
                        it.value = token;
                    else
                        Object.assign(it, { key: token, sep: [] });
                    return;
                }
                /* istanbul ignore next should not happen */
                default:
                    yield* this.pop();
                    yield* this.pop(token);
            }
            if ((top.type === 'document' ||
                top.type === 'block-map' ||
                top.type === 'block-seq') &&
                (token.type === 'block-map' || token.type === 'block-seq')) {
                const last = token.items[token.items.length - 1];
                if (last &&
                    !last.sep &&
                    !last.value &&
                    last.start.length > 0 &&
                    findNonEmptyIndex(last.start) === -1 &&
                    (token.indent === 0 ||
                        last.start.every(st => st.type !== 'comment' || st.indent < token.indent))) {
                    if (top.type === 'document')
                        top.end = last.start;
                    else
                        top.items.push({ start: last.start });
                    token.items.splice(-1, 1);
                }
            }
        }
    }
    *stream() {
        switch (this.type) {
            case 'directive-line':
                yield { type: 'directive', offset: this.offset, source: this.source };
                return;
            case 'byte-order-mark':
            case 'space':
            case 'comment':
            case 'newline':
                yield this.sourceToken;
                return;
            case 'doc-mode':
            case 'doc-start': {
                const doc = {
                    type: 'document',
                    offset: this.offset,
                    start: []
                };
                if (this.type === 'doc-start')
                    doc.start.push(this.sourceToken);
                this.stack.push(doc);
                return;
            }
        }
        yield {
            type: 'error',
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML stream`,
            source: this.source
        };
    }
    *document(doc) {
        if (doc.value)
            return yield* this.lineEnd(doc);
        switch (this.type) {
            case 'doc-start': {
                if (findNonEmptyIndex(doc.start) !== -1) {
                    yield* this.pop();
                    yield* this.step();
                }
                else
                    doc.start.push(this.sourceToken);
                return;
            }
            case 'anchor':
            case 'tag':
            case 'space':
            case 'comment':
            case 'newline':
                doc.start.push(this.sourceToken);
                return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
            this.stack.push(bv);
        else {
            yield {
                type: 'error',
                offset: this.offset,
                message: `Unexpected ${this.type} token in YAML document`,
                source: this.source
            };
        }
    }
    *scalar(scalar) {
        if (this.type === 'map-value-ind') {
            const prev = getPrevProps(this.peek(2));
            const start = getFirstKeyStartProps(prev);
            let sep;
            if (scalar.end) {
                sep = scalar.end;
                sep.push(this.sourceToken);
                delete scalar.end;
            }
            else
                sep = [this.sourceToken];
            const map = {
                type: 'block-map',
                offset: scalar.offset,
                indent: scalar.indent,
                items: [{ start, key: scalar, sep }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map;
        }
        else
            yield* this.lineEnd(scalar);
    }
    *blockScalar(scalar) {
        switch (this.type) {
            case 'space':
            case 'comment':
            case 'newline':
                scalar.props.push(this.sourceToken);
                return;
            case 'scalar':
                scalar.source = this.source;
                // block-scalar source includes trailing newline
                this.atNewLine = true;
                this.indent = 0;
                if (this.onNewLine) {
                    let nl = this.source.indexOf('\n') + 1;
                    while (nl !== 0) {
                        this.onNewLine(this.offset + nl);
                        nl = this.source.indexOf('\n', nl) + 1;
                    }
                }
                yield* this.pop();
                break;
            /* istanbul ignore next should not happen */
            default:
                yield* this.pop();
                yield* this.step();
        }
    }
    *blockMap(map) {
        const it = map.items[map.items.length - 1];
        // it.sep is true-ish if pair already has key or : separator
        switch (this.type) {
            case 'newline':
                this.onKeyLine = false;
                if (it.value) {
                    const end = 'end' in it.value ? it.value.end : undefined;
                    const last = Array.isArray(end) ? end[end.length - 1] : undefined;
                    if (last?.type === 'comment')
                        end?.push(this.sourceToken);
                    else
                        map.items.push({ start: [this.sourceToken] });
                }
                else if (it.sep) {
                    it.sep.push(this.sourceToken);
                }
                else {
                    it.start.push(this.sourceToken);
                }
                return;
            case 'space':
            case 'comment':
                if (it.value) {
                    map.items.push({ start: [this.sourceToken] });
                }
                else if (it.sep) {
                    it.sep.push(this.sourceToken);
                }
                else {
                    if (this.atIndentedComment(it.start, map.indent)) {
                        const prev = map.items[map.items.length - 2];
                        const end = prev?.value?.end;
                        if (Array.isArray(end)) {
                            arrayPushArray(end, it.start);
                            end.push(this.sourceToken);
                            map.items.pop();
                            return;
                        }
                    }
                    it.start.push(this.sourceToken);
                }
                return;
        }
        if (this.indent >= map.indent) {
            const atMapIndent = !this.onKeyLine && this.indent === map.indent;
            const atNextItem = atMapIndent &&
                (it.sep || it.explicitKey) &&
                this.type !== 'seq-item-ind';
            // For empty nodes, assign newline-separated not indented empty tokens to following node
            let start = [];
            if (atNextItem && it.sep && !it.value) {
                const nl = [];
                for (let i = 0; i < it.sep.length; ++i) {
                    const st = it.sep[i];
                    switch (st.type) {
                        case 'newline':
                            nl.push(i);
                            break;
                        case 'space':
                            break;
                        case 'comment':
                            if (st.indent > map.indent)
                                nl.length = 0;
                            break;
                        default:
                            nl.length = 0;
                    }
                }
                if (nl.length >= 2)
                    start = it.sep.splice(nl[1]);
            }
            switch (this.type) {
                case 'anchor':
                case 'tag':
                    if (atNextItem || it.value) {
                        start.push(this.sourceToken);
                        map.items.push({ start });
                        this.onKeyLine = true;
                    }
                    else if (it.sep) {
                        it.sep.push(this.sourceToken);
                    }
                    else {
                        it.start.push(this.sourceToken);
                    }
                    return;
                case 'explicit-key-ind':
                    if (!it.sep && !it.explicitKey) {
                        it.start.push(this.sourceToken);
                        it.explicitKey = true;
                    }
                    else if (atNextItem || it.value) {
                        start.push(this.sourceToken);
                        map.items.push({ start, explicitKey: true });
                    }
                    else {
                        this.stack.push({
                            type: 'block-map',
                            offset: this.offset,
                            indent: this.indent,
                            items: [{ start: [this.sourceToken], explicitKey: true }]
                        });
                    }
                    this.onKeyLine = true;
                    return;
                case 'map-value-ind':
                    if (it.explicitKey) {
                        if (!it.sep) {
                            if (includesToken(it.start, 'newline')) {
                                Object.assign(it, { key: null, sep: [this.sourceToken] });
                            }
                            else {
                                const start = getFirstKeyStartProps(it.start);
                                this.stack.push({
                                    type: 'block-map',
                                    offset: this.offset,
                                    indent: this.indent,
                                    items: [{ start, key: null, sep: [this.sourceToken] }]
                                });
                            }
                        }
                        else if (it.value) {
                            map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                        }
                        else if (includesToken(it.sep, 'map-value-ind')) {
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start, key: null, sep: [this.sourceToken] }]
                            });
                        }
                        else if (isFlowToken(it.key) &&
                            !includesToken(it.sep, 'newline')) {
                            const start = getFirstKeyStartProps(it.start);
                            const key = it.key;
                            const sep = it.sep;
                            sep.push(this.sourceToken);
                            // @ts-expect-error type guard is wrong here
                            delete it.key;
                            // @ts-expect-error type guard is wrong here
                            delete it.sep;
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start, key, sep }]
                            });
                        }
                        else if (start.length > 0) {
                            // Not actually at next item
                            it.sep = it.sep.concat(start, this.sourceToken);
                        }
                        else {
                            it.sep.push(this.sourceToken);
                        }
                    }
                    else {
                        if (!it.sep) {
                            Object.assign(it, { key: null, sep: [this.sourceToken] });
                        }
                        else if (it.value || atNextItem) {
                            map.items.push({ start, key: null, sep: [this.sourceToken] });
                        }
                        else if (includesToken(it.sep, 'map-value-ind')) {
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start: [], key: null, sep: [this.sourceToken] }]
                            });
                        }
                        else {
                            it.sep.push(this.sourceToken);
                        }
                    }
                    this.onKeyLine = true;
                    return;
                case 'alias':
                case 'scalar':
                case 'single-quoted-scalar':
                case 'double-quoted-scalar': {
                    const fs = this.flowScalar(this.type);
                    if (atNextItem || it.value) {
                        map.items.push({ start, key: fs, sep: [] });
                        this.onKeyLine = true;
                    }
                    else if (it.sep) {
                        this.stack.push(fs);
                    }
                    else {
                        Object.assign(it, { key: fs, sep: [] });
                        this.onKeyLine = true;
                    }
                    return;
                }
                default: {
                    const bv = this.startBlockValue(map);
                    if (bv) {
                        if (bv.type === 'block-seq') {
                            if (!it.explicitKey &&
                                it.sep &&
                                !includesToken(it.sep, 'newline')) {
                                yield* this.pop({
                                    type: 'error',
                                    offset: this.offset,
                                    message: 'Unexpected block-seq-ind on same line with key',
                                    source: this.source
                                });
                                return;
                            }
                        }
                        else if (atMapIndent) {
                            map.items.push({ start });
                        }
                        this.stack.push(bv);
                        return;
                    }
                }
            }
        }
        yield* this.pop();
        yield* this.step();
    }
    *blockSequence(seq) {
        const it = seq.items[seq.items.length - 1];
        switch (this.type) {
            case 'newline':
                if (it.value) {
                    const end = 'end' in it.value ? it.value.end : undefined;
                    const last = Array.isArray(end) ? end[end.length - 1] : undefined;
                    if (last?.type === 'comment')
                        end?.push(this.sourceToken);
                    else
                        seq.items.push({ start: [this.sourceToken] });
                }
                else
                    it.start.push(this.sourceToken);
                return;
            case 'space':
            case 'comment':
                if (it.value)
                    seq.items.push({ start: [this.sourceToken] });
                else {
                    if (this.atIndentedComment(it.start, seq.indent)) {
                        const prev = seq.items[seq.items.length - 2];
                        const end = prev?.value?.end;
                        if (Array.isArray(end)) {
                            arrayPushArray(end, it.start);
                            end.push(this.sourceToken);
                            seq.items.pop();
                            return;
                        }
                    }
                    it.start.push(this.sourceToken);
                }
                return;
            case 'anchor':
            case 'tag':
                if (it.value || this.indent <= seq.indent)
                    break;
                it.start.push(this.sourceToken);
                return;
            case 'seq-item-ind':
                if (this.indent !== seq.indent)
                    break;
                if (it.value || includesToken(it.start, 'seq-item-ind'))
                    seq.items.push({ start: [this.sourceToken] });
                else
                    it.start.push(this.sourceToken);
                return;
        }
        if (this.indent > seq.indent) {
            const bv = this.startBlockValue(seq);
            if (bv) {
                this.stack.push(bv);
                return;
            }
        }
        yield* this.pop();
        yield* this.step();
    }
    *flowCollection(fc) {
        const it = fc.items[fc.items.length - 1];
        if (this.type === 'flow-error-end') {
            let top;
            do {
                yield* this.pop();
                top = this.peek(1);
            } while (top?.type === 'flow-collection');
        }
        else if (fc.end.length === 0) {
            switch (this.type) {
                case 'comma':
                case 'explicit-key-ind':
                    if (!it || it.sep)
                        fc.items.push({ start: [this.sourceToken] });
                    else
                        it.start.push(this.sourceToken);
                    return;
                case 'map-value-ind':
                    if (!it || it.value)
                        fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
                    else if (it.sep)
                        it.sep.push(this.sourceToken);
                    else
                        Object.assign(it, { key: null, sep: [this.sourceToken] });
                    return;
                case 'space':
                case 'comment':
                case 'newline':
                case 'anchor':
                case 'tag':
                    if (!it || it.value)
                        fc.items.push({ start: [this.sourceToken] });
                    else if (it.sep)
                        it.sep.push(this.sourceToken);
                    else
                        it.start.push(this.sourceToken);
                    return;
                case 'alias':
                case 'scalar':
                case 'single-quoted-scalar':
                case 'double-quoted-scalar': {
                    const fs = this.flowScalar(this.type);
                    if (!it || it.value)
                        fc.items.push({ start: [], key: fs, sep: [] });
                    else if (it.sep)
                        this.stack.push(fs);
                    else
                        Object.assign(it, { key: fs, sep: [] });
                    return;
                }
                case 'flow-map-end':
                case 'flow-seq-end':
                    fc.end.push(this.sourceToken);
                    return;
            }
            const bv = this.startBlockValue(fc);
            /* istanbul ignore else should not happen */
            if (bv)
                this.stack.push(bv);
            else {
                yield* this.pop();
                yield* this.step();
            }
        }
        else {
            const parent = this.peek(2);
            if (parent.type === 'block-map' &&
                ((this.type === 'map-value-ind' && parent.indent === fc.indent) ||
                    (this.type === 'newline' &&
                        !parent.items[parent.items.length - 1].sep))) {
                yield* this.pop();
                yield* this.step();
            }
            else if (this.type === 'map-value-ind' &&
                parent.type !== 'flow-collection') {
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                fixFlowSeqItems(fc);
                const sep = fc.end.splice(1, fc.end.length);
                sep.push(this.sourceToken);
                const map = {
                    type: 'block-map',
                    offset: fc.offset,
                    indent: fc.indent,
                    items: [{ start, key: fc, sep }]
                };
                this.onKeyLine = true;
                this.stack[this.stack.length - 1] = map;
            }
            else {
                yield* this.lineEnd(fc);
            }
        }
    }
    flowScalar(type) {
        if (this.onNewLine) {
            let nl = this.source.indexOf('\n') + 1;
            while (nl !== 0) {
                this.onNewLine(this.offset + nl);
                nl = this.source.indexOf('\n', nl) + 1;
            }
        }
        return {
            type,
            offset: this.offset,
            indent: this.indent,
            source: this.source
        };
    }
    startBlockValue(parent) {
        switch (this.type) {
            case 'alias':
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return this.flowScalar(this.type);
            case 'block-scalar-header':
                return {
                    type: 'block-scalar',
                    offset: this.offset,
                    indent: this.indent,
                    props: [this.sourceToken],
                    source: ''
                };
            case 'flow-map-start':
            case 'flow-seq-start':
                return {
                    type: 'flow-collection',
                    offset: this.offset,
                    indent: this.indent,
                    start: this.sourceToken,
                    items: [],
                    end: []
                };
            case 'seq-item-ind':
                return {
                    type: 'block-seq',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [this.sourceToken] }]
                };
            case 'explicit-key-ind': {
                this.onKeyLine = true;
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                start.push(this.sourceToken);
                return {
                    type: 'block-map',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, explicitKey: true }]
                };
            }
            case 'map-value-ind': {
                this.onKeyLine = true;
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                return {
                    type: 'block-map',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, key: null, sep: [this.sourceToken] }]
                };
            }
        }
        return null;
    }
    atIndentedComment(start, indent) {
        if (this.type !== 'comment')
            return false;
        if (this.indent <= indent)
            return false;
        return start.every(st => st.type === 'newline' || st.type === 'space');
    }
    *documentEnd(docEnd) {
        if (this.type !== 'doc-mode') {
            if (docEnd.end)
                docEnd.end.push(this.sourceToken);
            else
                docEnd.end = [this.sourceToken];
            if (this.type === 'newline')
                yield* this.pop();
        }
    }
    *lineEnd(token) {
        switch (this.type) {
            case 'comma':
            case 'doc-start':
            case 'doc-end':
            case 'flow-seq-end':
            case 'flow-map-end':
            case 'map-value-ind':
                yield* this.pop();
                yield* this.step();
                break;
            case 'newline':
                this.onKeyLine = false;
            // fallthrough
            case 'space':
            case 'comment':
            default:
                // all other values are errors
                if (token.end)
                    token.end.push(this.sourceToken);
                else
                    token.end = [this.sourceToken];
                if (this.type === 'newline')
                    yield* this.pop();
        }
    }
}

exports.Parser = Parser;


/***/ }),

/***/ 4047:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var composer = __nccwpck_require__(9984);
var Document = __nccwpck_require__(3021);
var errors = __nccwpck_require__(1464);
var log = __nccwpck_require__(7249);
var identity = __nccwpck_require__(1127);
var lineCounter = __nccwpck_require__(6628);
var parser = __nccwpck_require__(3456);

function parseOptions(options) {
    const prettyErrors = options.prettyErrors !== false;
    const lineCounter$1 = options.lineCounter || (prettyErrors && new lineCounter.LineCounter()) || null;
    return { lineCounter: lineCounter$1, prettyErrors };
}
/**
 * Parse the input as a stream of YAML documents.
 *
 * Documents should be separated from each other by `...` or `---` marker lines.
 *
 * @returns If an empty `docs` array is returned, it will be of type
 *   EmptyStream and contain additional stream information. In
 *   TypeScript, you should use `'empty' in docs` as a type guard for it.
 */
function parseAllDocuments(source, options = {}) {
    const { lineCounter, prettyErrors } = parseOptions(options);
    const parser$1 = new parser.Parser(lineCounter?.addNewLine);
    const composer$1 = new composer.Composer(options);
    const docs = Array.from(composer$1.compose(parser$1.parse(source)));
    if (prettyErrors && lineCounter)
        for (const doc of docs) {
            doc.errors.forEach(errors.prettifyError(source, lineCounter));
            doc.warnings.forEach(errors.prettifyError(source, lineCounter));
        }
    if (docs.length > 0)
        return docs;
    return Object.assign([], { empty: true }, composer$1.streamInfo());
}
/** Parse an input string into a single YAML.Document */
function parseDocument(source, options = {}) {
    const { lineCounter, prettyErrors } = parseOptions(options);
    const parser$1 = new parser.Parser(lineCounter?.addNewLine);
    const composer$1 = new composer.Composer(options);
    // `doc` is always set by compose.end(true) at the very latest
    let doc = null;
    for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
        if (!doc)
            doc = _doc;
        else if (doc.options.logLevel !== 'silent') {
            doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), 'MULTIPLE_DOCS', 'Source contains multiple documents; please use YAML.parseAllDocuments()'));
            break;
        }
    }
    if (prettyErrors && lineCounter) {
        doc.errors.forEach(errors.prettifyError(source, lineCounter));
        doc.warnings.forEach(errors.prettifyError(source, lineCounter));
    }
    return doc;
}
function parse(src, reviver, options) {
    let _reviver = undefined;
    if (typeof reviver === 'function') {
        _reviver = reviver;
    }
    else if (options === undefined && reviver && typeof reviver === 'object') {
        options = reviver;
    }
    const doc = parseDocument(src, options);
    if (!doc)
        return null;
    doc.warnings.forEach(warning => log.warn(doc.options.logLevel, warning));
    if (doc.errors.length > 0) {
        if (doc.options.logLevel !== 'silent')
            throw doc.errors[0];
        else
            doc.errors = [];
    }
    return doc.toJS(Object.assign({ reviver: _reviver }, options));
}
function stringify(value, replacer, options) {
    let _replacer = null;
    if (typeof replacer === 'function' || Array.isArray(replacer)) {
        _replacer = replacer;
    }
    else if (options === undefined && replacer) {
        options = replacer;
    }
    if (typeof options === 'string')
        options = options.length;
    if (typeof options === 'number') {
        const indent = Math.round(options);
        options = indent < 1 ? undefined : indent > 8 ? { indent: 8 } : { indent };
    }
    if (value === undefined) {
        const { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
            return undefined;
    }
    if (identity.isDocument(value) && !_replacer)
        return value.toString(options);
    return new Document.Document(value, _replacer, options).toString(options);
}

exports.parse = parse;
exports.parseAllDocuments = parseAllDocuments;
exports.parseDocument = parseDocument;
exports.stringify = stringify;


/***/ }),

/***/ 5840:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var map = __nccwpck_require__(7451);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var tags = __nccwpck_require__(18);

const sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
class Schema {
    constructor({ compat, customTags, merge, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat)
            ? tags.getTags(compat, 'compat')
            : compat
                ? tags.getTags(null, compat)
                : null;
        this.name = (typeof schema === 'string' && schema) || 'core';
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity.MAP, { value: map.map });
        Object.defineProperty(this, identity.SCALAR, { value: string.string });
        Object.defineProperty(this, identity.SEQ, { value: seq.seq });
        // Used by createMap()
        this.sortMapEntries =
            typeof sortMapEntries === 'function'
                ? sortMapEntries
                : sortMapEntries === true
                    ? sortMapEntriesByKey
                    : null;
    }
    clone() {
        const copy = Object.create(Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
    }
}

exports.Schema = Schema;


/***/ }),

/***/ 7451:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var YAMLMap = __nccwpck_require__(4454);

const map = {
    collection: 'map',
    default: true,
    nodeClass: YAMLMap.YAMLMap,
    tag: 'tag:yaml.org,2002:map',
    resolve(map, onError) {
        if (!identity.isMap(map))
            onError('Expected a mapping for this tag');
        return map;
    },
    createNode: (schema, obj, ctx) => YAMLMap.YAMLMap.from(schema, obj, ctx)
};

exports.map = map;


/***/ }),

/***/ 3632:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

const nullTag = {
    identify: value => value == null,
    createNode: () => new Scalar.Scalar(null),
    default: true,
    tag: 'tag:yaml.org,2002:null',
    test: /^(?:~|[Nn]ull|NULL)?$/,
    resolve: () => new Scalar.Scalar(null),
    stringify: ({ source }, ctx) => typeof source === 'string' && nullTag.test.test(source)
        ? source
        : ctx.options.nullStr
};

exports.nullTag = nullTag;


/***/ }),

/***/ 1706:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var YAMLSeq = __nccwpck_require__(2223);

const seq = {
    collection: 'seq',
    default: true,
    nodeClass: YAMLSeq.YAMLSeq,
    tag: 'tag:yaml.org,2002:seq',
    resolve(seq, onError) {
        if (!identity.isSeq(seq))
            onError('Expected a sequence for this tag');
        return seq;
    },
    createNode: (schema, obj, ctx) => YAMLSeq.YAMLSeq.from(schema, obj, ctx)
};

exports.seq = seq;


/***/ }),

/***/ 6464:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyString = __nccwpck_require__(3069);

const string = {
    identify: value => typeof value === 'string',
    default: true,
    tag: 'tag:yaml.org,2002:str',
    resolve: str => str,
    stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
    }
};

exports.string = string;


/***/ }),

/***/ 3959:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

const boolTag = {
    identify: value => typeof value === 'boolean',
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
    resolve: str => new Scalar.Scalar(str[0] === 't' || str[0] === 'T'),
    stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
            const sv = source[0] === 't' || source[0] === 'T';
            if (value === sv)
                return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
    }
};

exports.boolTag = boolTag;


/***/ }),

/***/ 8405:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var stringifyNumber = __nccwpck_require__(8689);

const floatNaN = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
    resolve: str => str.slice(-3).toLowerCase() === 'nan'
        ? NaN
        : str[0] === '-'
            ? Number.NEGATIVE_INFINITY
            : Number.POSITIVE_INFINITY,
    stringify: stringifyNumber.stringifyNumber
};
const floatExp = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'EXP',
    test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
    resolve: str => parseFloat(str),
    stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
    }
};
const float = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
    resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str));
        const dot = str.indexOf('.');
        if (dot !== -1 && str[str.length - 1] === '0')
            node.minFractionDigits = str.length - dot - 1;
        return node;
    },
    stringify: stringifyNumber.stringifyNumber
};

exports.float = float;
exports.floatExp = floatExp;
exports.floatNaN = floatNaN;


/***/ }),

/***/ 9874:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

const intIdentify = (value) => typeof value === 'bigint' || Number.isInteger(value);
const intResolve = (str, offset, radix, { intAsBigInt }) => (intAsBigInt ? BigInt(str) : parseInt(str.substring(offset), radix));
function intStringify(node, radix, prefix) {
    const { value } = node;
    if (intIdentify(value) && value >= 0)
        return prefix + value.toString(radix);
    return stringifyNumber.stringifyNumber(node);
}
const intOct = {
    identify: value => intIdentify(value) && value >= 0,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'OCT',
    test: /^0o[0-7]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 8, opt),
    stringify: node => intStringify(node, 8, '0o')
};
const int = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    test: /^[-+]?[0-9]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
    stringify: stringifyNumber.stringifyNumber
};
const intHex = {
    identify: value => intIdentify(value) && value >= 0,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'HEX',
    test: /^0x[0-9a-fA-F]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
    stringify: node => intStringify(node, 16, '0x')
};

exports.int = int;
exports.intHex = intHex;
exports.intOct = intOct;


/***/ }),

/***/ 896:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var bool = __nccwpck_require__(3959);
var float = __nccwpck_require__(8405);
var int = __nccwpck_require__(9874);

const schema = [
    map.map,
    seq.seq,
    string.string,
    _null.nullTag,
    bool.boolTag,
    int.intOct,
    int.int,
    int.intHex,
    float.floatNaN,
    float.floatExp,
    float.float
];

exports.schema = schema;


/***/ }),

/***/ 3559:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var map = __nccwpck_require__(7451);
var seq = __nccwpck_require__(1706);

function intIdentify(value) {
    return typeof value === 'bigint' || Number.isInteger(value);
}
const stringifyJSON = ({ value }) => JSON.stringify(value);
const jsonScalars = [
    {
        identify: value => typeof value === 'string',
        default: true,
        tag: 'tag:yaml.org,2002:str',
        resolve: str => str,
        stringify: stringifyJSON
    },
    {
        identify: value => value == null,
        createNode: () => new Scalar.Scalar(null),
        default: true,
        tag: 'tag:yaml.org,2002:null',
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
    },
    {
        identify: value => typeof value === 'boolean',
        default: true,
        tag: 'tag:yaml.org,2002:bool',
        test: /^true$|^false$/,
        resolve: str => str === 'true',
        stringify: stringifyJSON
    },
    {
        identify: intIdentify,
        default: true,
        tag: 'tag:yaml.org,2002:int',
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
    },
    {
        identify: value => typeof value === 'number',
        default: true,
        tag: 'tag:yaml.org,2002:float',
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: str => parseFloat(str),
        stringify: stringifyJSON
    }
];
const jsonError = {
    default: true,
    tag: '',
    test: /^/,
    resolve(str, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str)}`);
        return str;
    }
};
const schema = [map.map, seq.seq].concat(jsonScalars, jsonError);

exports.schema = schema;


/***/ }),

/***/ 18:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var bool = __nccwpck_require__(3959);
var float = __nccwpck_require__(8405);
var int = __nccwpck_require__(9874);
var schema = __nccwpck_require__(896);
var schema$1 = __nccwpck_require__(3559);
var binary = __nccwpck_require__(6083);
var merge = __nccwpck_require__(452);
var omap = __nccwpck_require__(303);
var pairs = __nccwpck_require__(8385);
var schema$2 = __nccwpck_require__(5913);
var set = __nccwpck_require__(1528);
var timestamp = __nccwpck_require__(6752);

const schemas = new Map([
    ['core', schema.schema],
    ['failsafe', [map.map, seq.seq, string.string]],
    ['json', schema$1.schema],
    ['yaml11', schema$2.schema],
    ['yaml-1.1', schema$2.schema]
]);
const tagsByName = {
    binary: binary.binary,
    bool: bool.boolTag,
    float: float.float,
    floatExp: float.floatExp,
    floatNaN: float.floatNaN,
    floatTime: timestamp.floatTime,
    int: int.int,
    intHex: int.intHex,
    intOct: int.intOct,
    intTime: timestamp.intTime,
    map: map.map,
    merge: merge.merge,
    null: _null.nullTag,
    omap: omap.omap,
    pairs: pairs.pairs,
    seq: seq.seq,
    set: set.set,
    timestamp: timestamp.timestamp
};
const coreKnownTags = {
    'tag:yaml.org,2002:binary': binary.binary,
    'tag:yaml.org,2002:merge': merge.merge,
    'tag:yaml.org,2002:omap': omap.omap,
    'tag:yaml.org,2002:pairs': pairs.pairs,
    'tag:yaml.org,2002:set': set.set,
    'tag:yaml.org,2002:timestamp': timestamp.timestamp
};
function getTags(customTags, schemaName, addMergeTag) {
    const schemaTags = schemas.get(schemaName);
    if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge.merge)
            ? schemaTags.concat(merge.merge)
            : schemaTags.slice();
    }
    let tags = schemaTags;
    if (!tags) {
        if (Array.isArray(customTags))
            tags = [];
        else {
            const keys = Array.from(schemas.keys())
                .filter(key => key !== 'yaml11')
                .map(key => JSON.stringify(key))
                .join(', ');
            throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
    }
    if (Array.isArray(customTags)) {
        for (const tag of customTags)
            tags = tags.concat(tag);
    }
    else if (typeof customTags === 'function') {
        tags = customTags(tags.slice());
    }
    if (addMergeTag)
        tags = tags.concat(merge.merge);
    return tags.reduce((tags, tag) => {
        const tagObj = typeof tag === 'string' ? tagsByName[tag] : tag;
        if (!tagObj) {
            const tagName = JSON.stringify(tag);
            const keys = Object.keys(tagsByName)
                .map(key => JSON.stringify(key))
                .join(', ');
            throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        if (!tags.includes(tagObj))
            tags.push(tagObj);
        return tags;
    }, []);
}

exports.coreKnownTags = coreKnownTags;
exports.getTags = getTags;


/***/ }),

/***/ 6083:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_buffer = __nccwpck_require__(181);
var Scalar = __nccwpck_require__(3301);
var stringifyString = __nccwpck_require__(3069);

const binary = {
    identify: value => value instanceof Uint8Array, // Buffer inherits from Uint8Array
    default: false,
    tag: 'tag:yaml.org,2002:binary',
    /**
     * Returns a Buffer in node and an Uint8Array in browsers
     *
     * To use the resulting buffer as an image, you'll want to do something like:
     *
     *   const blob = new Blob([buffer], { type: 'image/jpeg' })
     *   document.querySelector('#photo').src = URL.createObjectURL(blob)
     */
    resolve(src, onError) {
        if (typeof node_buffer.Buffer === 'function') {
            return node_buffer.Buffer.from(src, 'base64');
        }
        else if (typeof atob === 'function') {
            // On IE 11, atob() can't handle newlines
            const str = atob(src.replace(/[\n\r]/g, ''));
            const buffer = new Uint8Array(str.length);
            for (let i = 0; i < str.length; ++i)
                buffer[i] = str.charCodeAt(i);
            return buffer;
        }
        else {
            onError('This environment does not support reading binary tags; either Buffer or atob is required');
            return src;
        }
    },
    stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
            return '';
        const buf = value; // checked earlier by binary.identify()
        let str;
        if (typeof node_buffer.Buffer === 'function') {
            str =
                buf instanceof node_buffer.Buffer
                    ? buf.toString('base64')
                    : node_buffer.Buffer.from(buf.buffer).toString('base64');
        }
        else if (typeof btoa === 'function') {
            let s = '';
            for (let i = 0; i < buf.length; ++i)
                s += String.fromCharCode(buf[i]);
            str = btoa(s);
        }
        else {
            throw new Error('This environment does not support writing binary tags; either Buffer or btoa is required');
        }
        type ?? (type = Scalar.Scalar.BLOCK_LITERAL);
        if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
            const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
            const n = Math.ceil(str.length / lineWidth);
            const lines = new Array(n);
            for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
                lines[i] = str.substr(o, lineWidth);
            }
            str = lines.join(type === Scalar.Scalar.BLOCK_LITERAL ? '\n' : ' ');
        }
        return stringifyString.stringifyString({ comment, type, value: str }, ctx, onComment, onChompKeep);
    }
};

exports.binary = binary;


/***/ }),

/***/ 8398:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

function boolStringify({ value, source }, ctx) {
    const boolObj = value ? trueTag : falseTag;
    if (source && boolObj.test.test(source))
        return source;
    return value ? ctx.options.trueStr : ctx.options.falseStr;
}
const trueTag = {
    identify: value => value === true,
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
    resolve: () => new Scalar.Scalar(true),
    stringify: boolStringify
};
const falseTag = {
    identify: value => value === false,
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
    resolve: () => new Scalar.Scalar(false),
    stringify: boolStringify
};

exports.falseTag = falseTag;
exports.trueTag = trueTag;


/***/ }),

/***/ 5782:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var stringifyNumber = __nccwpck_require__(8689);

const floatNaN = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
    resolve: (str) => str.slice(-3).toLowerCase() === 'nan'
        ? NaN
        : str[0] === '-'
            ? Number.NEGATIVE_INFINITY
            : Number.POSITIVE_INFINITY,
    stringify: stringifyNumber.stringifyNumber
};
const floatExp = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'EXP',
    test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
    resolve: (str) => parseFloat(str.replace(/_/g, '')),
    stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
    }
};
const float = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
    resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str.replace(/_/g, '')));
        const dot = str.indexOf('.');
        if (dot !== -1) {
            const f = str.substring(dot + 1).replace(/_/g, '');
            if (f[f.length - 1] === '0')
                node.minFractionDigits = f.length;
        }
        return node;
    },
    stringify: stringifyNumber.stringifyNumber
};

exports.float = float;
exports.floatExp = floatExp;
exports.floatNaN = floatNaN;


/***/ }),

/***/ 873:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

const intIdentify = (value) => typeof value === 'bigint' || Number.isInteger(value);
function intResolve(str, offset, radix, { intAsBigInt }) {
    const sign = str[0];
    if (sign === '-' || sign === '+')
        offset += 1;
    str = str.substring(offset).replace(/_/g, '');
    if (intAsBigInt) {
        switch (radix) {
            case 2:
                str = `0b${str}`;
                break;
            case 8:
                str = `0o${str}`;
                break;
            case 16:
                str = `0x${str}`;
                break;
        }
        const n = BigInt(str);
        return sign === '-' ? BigInt(-1) * n : n;
    }
    const n = parseInt(str, radix);
    return sign === '-' ? -1 * n : n;
}
function intStringify(node, radix, prefix) {
    const { value } = node;
    if (intIdentify(value)) {
        const str = value.toString(radix);
        return value < 0 ? '-' + prefix + str.substr(1) : prefix + str;
    }
    return stringifyNumber.stringifyNumber(node);
}
const intBin = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'BIN',
    test: /^[-+]?0b[0-1_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 2, opt),
    stringify: node => intStringify(node, 2, '0b')
};
const intOct = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'OCT',
    test: /^[-+]?0[0-7_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 1, 8, opt),
    stringify: node => intStringify(node, 8, '0')
};
const int = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    test: /^[-+]?[0-9][0-9_]*$/,
    resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
    stringify: stringifyNumber.stringifyNumber
};
const intHex = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'HEX',
    test: /^[-+]?0x[0-9a-fA-F_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
    stringify: node => intStringify(node, 16, '0x')
};

exports.int = int;
exports.intBin = intBin;
exports.intHex = intHex;
exports.intOct = intOct;


/***/ }),

/***/ 452:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);

// If the value associated with a merge key is a single mapping node, each of
// its key/value pairs is inserted into the current mapping, unless the key
// already exists in it. If the value associated with the merge key is a
// sequence, then this sequence is expected to contain mapping nodes and each
// of these nodes is merged in turn according to its order in the sequence.
// Keys in mapping nodes earlier in the sequence override keys specified in
// later mapping nodes. -- http://yaml.org/type/merge.html
const MERGE_KEY = '<<';
const merge = {
    identify: value => value === MERGE_KEY ||
        (typeof value === 'symbol' && value.description === MERGE_KEY),
    default: 'key',
    tag: 'tag:yaml.org,2002:merge',
    test: /^<<$/,
    resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
    }),
    stringify: () => MERGE_KEY
};
const isMergeKey = (ctx, key) => (merge.identify(key) ||
    (identity.isScalar(key) &&
        (!key.type || key.type === Scalar.Scalar.PLAIN) &&
        merge.identify(key.value))) &&
    ctx?.doc.schema.tags.some(tag => tag.tag === merge.tag && tag.default);
function addMergeToJSMap(ctx, map, value) {
    const source = resolveAliasValue(ctx, value);
    if (identity.isSeq(source))
        for (const it of source.items)
            mergeValue(ctx, map, it);
    else if (Array.isArray(source))
        for (const it of source)
            mergeValue(ctx, map, it);
    else
        mergeValue(ctx, map, source);
}
function mergeValue(ctx, map, value) {
    const source = resolveAliasValue(ctx, value);
    if (!identity.isMap(source))
        throw new Error('Merge sources must be maps or map aliases');
    const srcMap = source.toJSON(null, ctx, Map);
    for (const [key, value] of srcMap) {
        if (map instanceof Map) {
            if (!map.has(key))
                map.set(key, value);
        }
        else if (map instanceof Set) {
            map.add(key);
        }
        else if (!Object.prototype.hasOwnProperty.call(map, key)) {
            Object.defineProperty(map, key, {
                value,
                writable: true,
                enumerable: true,
                configurable: true
            });
        }
    }
    return map;
}
function resolveAliasValue(ctx, value) {
    return ctx && identity.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
}

exports.addMergeToJSMap = addMergeToJSMap;
exports.isMergeKey = isMergeKey;
exports.merge = merge;


/***/ }),

/***/ 303:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var pairs = __nccwpck_require__(8385);

class YAMLOMap extends YAMLSeq.YAMLSeq {
    constructor() {
        super();
        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
        this.tag = YAMLOMap.tag;
    }
    /**
     * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
     * but TypeScript won't allow widening the signature of a child method.
     */
    toJSON(_, ctx) {
        if (!ctx)
            return super.toJSON(_);
        const map = new Map();
        if (ctx?.onCreate)
            ctx.onCreate(map);
        for (const pair of this.items) {
            let key, value;
            if (identity.isPair(pair)) {
                key = toJS.toJS(pair.key, '', ctx);
                value = toJS.toJS(pair.value, key, ctx);
            }
            else {
                key = toJS.toJS(pair, '', ctx);
            }
            if (map.has(key))
                throw new Error('Ordered maps must not include duplicate keys');
            map.set(key, value);
        }
        return map;
    }
    static from(schema, iterable, ctx) {
        const pairs$1 = pairs.createPairs(schema, iterable, ctx);
        const omap = new this();
        omap.items = pairs$1.items;
        return omap;
    }
}
YAMLOMap.tag = 'tag:yaml.org,2002:omap';
const omap = {
    collection: 'seq',
    identify: value => value instanceof Map,
    nodeClass: YAMLOMap,
    default: false,
    tag: 'tag:yaml.org,2002:omap',
    resolve(seq, onError) {
        const pairs$1 = pairs.resolvePairs(seq, onError);
        const seenKeys = [];
        for (const { key } of pairs$1.items) {
            if (identity.isScalar(key)) {
                if (seenKeys.includes(key.value)) {
                    onError(`Ordered maps must not include duplicate keys: ${key.value}`);
                }
                else {
                    seenKeys.push(key.value);
                }
            }
        }
        return Object.assign(new YAMLOMap(), pairs$1);
    },
    createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
};

exports.YAMLOMap = YAMLOMap;
exports.omap = omap;


/***/ }),

/***/ 8385:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);
var YAMLSeq = __nccwpck_require__(2223);

function resolvePairs(seq, onError) {
    if (identity.isSeq(seq)) {
        for (let i = 0; i < seq.items.length; ++i) {
            let item = seq.items[i];
            if (identity.isPair(item))
                continue;
            else if (identity.isMap(item)) {
                if (item.items.length > 1)
                    onError('Each pair must have its own sequence indicator');
                const pair = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
                if (item.commentBefore)
                    pair.key.commentBefore = pair.key.commentBefore
                        ? `${item.commentBefore}\n${pair.key.commentBefore}`
                        : item.commentBefore;
                if (item.comment) {
                    const cn = pair.value ?? pair.key;
                    cn.comment = cn.comment
                        ? `${item.comment}\n${cn.comment}`
                        : item.comment;
                }
                item = pair;
            }
            seq.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);
        }
    }
    else
        onError('Expected a sequence for this tag');
    return seq;
}
function createPairs(schema, iterable, ctx) {
    const { replacer } = ctx;
    const pairs = new YAMLSeq.YAMLSeq(schema);
    pairs.tag = 'tag:yaml.org,2002:pairs';
    let i = 0;
    if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
            if (typeof replacer === 'function')
                it = replacer.call(iterable, String(i++), it);
            let key, value;
            if (Array.isArray(it)) {
                if (it.length === 2) {
                    key = it[0];
                    value = it[1];
                }
                else
                    throw new TypeError(`Expected [key, value] tuple: ${it}`);
            }
            else if (it && it instanceof Object) {
                const keys = Object.keys(it);
                if (keys.length === 1) {
                    key = keys[0];
                    value = it[key];
                }
                else {
                    throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
                }
            }
            else {
                key = it;
            }
            pairs.items.push(Pair.createPair(key, value, ctx));
        }
    return pairs;
}
const pairs = {
    collection: 'seq',
    default: false,
    tag: 'tag:yaml.org,2002:pairs',
    resolve: resolvePairs,
    createNode: createPairs
};

exports.createPairs = createPairs;
exports.pairs = pairs;
exports.resolvePairs = resolvePairs;


/***/ }),

/***/ 5913:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var binary = __nccwpck_require__(6083);
var bool = __nccwpck_require__(8398);
var float = __nccwpck_require__(5782);
var int = __nccwpck_require__(873);
var merge = __nccwpck_require__(452);
var omap = __nccwpck_require__(303);
var pairs = __nccwpck_require__(8385);
var set = __nccwpck_require__(1528);
var timestamp = __nccwpck_require__(6752);

const schema = [
    map.map,
    seq.seq,
    string.string,
    _null.nullTag,
    bool.trueTag,
    bool.falseTag,
    int.intBin,
    int.intOct,
    int.int,
    int.intHex,
    float.floatNaN,
    float.floatExp,
    float.float,
    binary.binary,
    merge.merge,
    omap.omap,
    pairs.pairs,
    set.set,
    timestamp.intTime,
    timestamp.floatTime,
    timestamp.timestamp
];

exports.schema = schema;


/***/ }),

/***/ 1528:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);

class YAMLSet extends YAMLMap.YAMLMap {
    constructor(schema) {
        super(schema);
        this.tag = YAMLSet.tag;
    }
    add(key) {
        let pair;
        if (identity.isPair(key))
            pair = key;
        else if (key &&
            typeof key === 'object' &&
            'key' in key &&
            'value' in key &&
            key.value === null)
            pair = new Pair.Pair(key.key, null);
        else
            pair = new Pair.Pair(key, null);
        const prev = YAMLMap.findPair(this.items, pair.key);
        if (!prev)
            this.items.push(pair);
    }
    /**
     * If `keepPair` is `true`, returns the Pair matching `key`.
     * Otherwise, returns the value of that Pair's key.
     */
    get(key, keepPair) {
        const pair = YAMLMap.findPair(this.items, key);
        return !keepPair && identity.isPair(pair)
            ? identity.isScalar(pair.key)
                ? pair.key.value
                : pair.key
            : pair;
    }
    set(key, value) {
        if (typeof value !== 'boolean')
            throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap.findPair(this.items, key);
        if (prev && !value) {
            this.items.splice(this.items.indexOf(prev), 1);
        }
        else if (!prev && value) {
            this.items.push(new Pair.Pair(key));
        }
    }
    toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        if (this.hasAllNullValues(true))
            return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
        else
            throw new Error('Set items must all have null values');
    }
    static from(schema, iterable, ctx) {
        const { replacer } = ctx;
        const set = new this(schema);
        if (iterable && Symbol.iterator in Object(iterable))
            for (let value of iterable) {
                if (typeof replacer === 'function')
                    value = replacer.call(iterable, value, value);
                set.items.push(Pair.createPair(value, null, ctx));
            }
        return set;
    }
}
YAMLSet.tag = 'tag:yaml.org,2002:set';
const set = {
    collection: 'map',
    identify: value => value instanceof Set,
    nodeClass: YAMLSet,
    default: false,
    tag: 'tag:yaml.org,2002:set',
    createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
    resolve(map, onError) {
        if (identity.isMap(map)) {
            if (map.hasAllNullValues(true))
                return Object.assign(new YAMLSet(), map);
            else
                onError('Set items must all have null values');
        }
        else
            onError('Expected a mapping for this tag');
        return map;
    }
};

exports.YAMLSet = YAMLSet;
exports.set = set;


/***/ }),

/***/ 6752:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

/** Internal types handle bigint as number, because TS can't figure it out. */
function parseSexagesimal(str, asBigInt) {
    const sign = str[0];
    const parts = sign === '-' || sign === '+' ? str.substring(1) : str;
    const num = (n) => asBigInt ? BigInt(n) : Number(n);
    const res = parts
        .replace(/_/g, '')
        .split(':')
        .reduce((res, p) => res * num(60) + num(p), num(0));
    return (sign === '-' ? num(-1) * res : res);
}
/**
 * hhhh:mm:ss.sss
 *
 * Internal types handle bigint as number, because TS can't figure it out.
 */
function stringifySexagesimal(node) {
    let { value } = node;
    let num = (n) => n;
    if (typeof value === 'bigint')
        num = n => BigInt(n);
    else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
    let sign = '';
    if (value < 0) {
        sign = '-';
        value *= num(-1);
    }
    const _60 = num(60);
    const parts = [value % _60]; // seconds, including ms
    if (value < 60) {
        parts.unshift(0); // at least one : is required
    }
    else {
        value = (value - parts[0]) / _60;
        parts.unshift(value % _60); // minutes
        if (value >= 60) {
            value = (value - parts[0]) / _60;
            parts.unshift(value); // hours
        }
    }
    return (sign +
        parts
            .map(n => String(n).padStart(2, '0'))
            .join(':')
            .replace(/000000\d*$/, '') // % 60 may introduce error
    );
}
const intTime = {
    identify: value => typeof value === 'bigint' || Number.isInteger(value),
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'TIME',
    test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
    resolve: (str, _onError, { intAsBigInt }) => parseSexagesimal(str, intAsBigInt),
    stringify: stringifySexagesimal
};
const floatTime = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'TIME',
    test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
    resolve: str => parseSexagesimal(str, false),
    stringify: stringifySexagesimal
};
const timestamp = {
    identify: value => value instanceof Date,
    default: true,
    tag: 'tag:yaml.org,2002:timestamp',
    // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
    // may be omitted altogether, resulting in a date format. In such a case, the time part is
    // assumed to be 00:00:00Z (start of day, UTC).
    test: RegExp('^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})' + // YYYY-Mm-Dd
        '(?:' + // time is optional
        '(?:t|T|[ \\t]+)' + // t | T | whitespace
        '([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)' + // Hh:Mm:Ss(.ss)?
        '(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?' + // Z | +5 | -03:30
        ')?$'),
    resolve(str) {
        const match = str.match(timestamp.test);
        if (!match)
            throw new Error('!!timestamp expects a date, starting with yyyy-mm-dd');
        const [, year, month, day, hour, minute, second] = match.map(Number);
        const millisec = match[7] ? Number((match[7] + '00').substr(1, 3)) : 0;
        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match[8];
        if (tz && tz !== 'Z') {
            let d = parseSexagesimal(tz, false);
            if (Math.abs(d) < 30)
                d *= 60;
            date -= 60000 * d;
        }
        return new Date(date);
    },
    stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, '') ?? ''
};

exports.floatTime = floatTime;
exports.intTime = intTime;
exports.timestamp = timestamp;


/***/ }),

/***/ 4475:
/***/ ((__unused_webpack_module, exports) => {



const FOLD_FLOW = 'flow';
const FOLD_BLOCK = 'block';
const FOLD_QUOTED = 'quoted';
/**
 * Tries to keep input at up to `lineWidth` characters, splitting only on spaces
 * not followed by newlines or spaces unless `mode` is `'quoted'`. Lines are
 * terminated with `\n` and started with `indent`.
 */
function foldFlowLines(text, indent, mode = 'flow', { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
    if (!lineWidth || lineWidth < 0)
        return text;
    if (lineWidth < minContentWidth)
        minContentWidth = 0;
    const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
    if (text.length <= endStep)
        return text;
    const folds = [];
    const escapedFolds = {};
    let end = lineWidth - indent.length;
    if (typeof indentAtStart === 'number') {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
            folds.push(0);
        else
            end = lineWidth - indentAtStart;
    }
    let split = undefined;
    let prev = undefined;
    let overflow = false;
    let i = -1;
    let escStart = -1;
    let escEnd = -1;
    if (mode === FOLD_BLOCK) {
        i = consumeMoreIndentedLines(text, i, indent.length);
        if (i !== -1)
            end = i + endStep;
    }
    for (let ch; (ch = text[(i += 1)]);) {
        if (mode === FOLD_QUOTED && ch === '\\') {
            escStart = i;
            switch (text[i + 1]) {
                case 'x':
                    i += 3;
                    break;
                case 'u':
                    i += 5;
                    break;
                case 'U':
                    i += 9;
                    break;
                default:
                    i += 1;
            }
            escEnd = i;
        }
        if (ch === '\n') {
            if (mode === FOLD_BLOCK)
                i = consumeMoreIndentedLines(text, i, indent.length);
            end = i + indent.length + endStep;
            split = undefined;
        }
        else {
            if (ch === ' ' &&
                prev &&
                prev !== ' ' &&
                prev !== '\n' &&
                prev !== '\t') {
                // space surrounded by non-space can be replaced with newline + indent
                const next = text[i + 1];
                if (next && next !== ' ' && next !== '\n' && next !== '\t')
                    split = i;
            }
            if (i >= end) {
                if (split) {
                    folds.push(split);
                    end = split + endStep;
                    split = undefined;
                }
                else if (mode === FOLD_QUOTED) {
                    // white-space collected at end may stretch past lineWidth
                    while (prev === ' ' || prev === '\t') {
                        prev = ch;
                        ch = text[(i += 1)];
                        overflow = true;
                    }
                    // Account for newline escape, but don't break preceding escape
                    const j = i > escEnd + 1 ? i - 2 : escStart - 1;
                    // Bail out if lineWidth & minContentWidth are shorter than an escape string
                    if (escapedFolds[j])
                        return text;
                    folds.push(j);
                    escapedFolds[j] = true;
                    end = j + endStep;
                    split = undefined;
                }
                else {
                    overflow = true;
                }
            }
        }
        prev = ch;
    }
    if (overflow && onOverflow)
        onOverflow();
    if (folds.length === 0)
        return text;
    if (onFold)
        onFold();
    let res = text.slice(0, folds[0]);
    for (let i = 0; i < folds.length; ++i) {
        const fold = folds[i];
        const end = folds[i + 1] || text.length;
        if (fold === 0)
            res = `\n${indent}${text.slice(0, end)}`;
        else {
            if (mode === FOLD_QUOTED && escapedFolds[fold])
                res += `${text[fold]}\\`;
            res += `\n${indent}${text.slice(fold + 1, end)}`;
        }
    }
    return res;
}
/**
 * Presumes `i + 1` is at the start of a line
 * @returns index of last newline in more-indented block
 */
function consumeMoreIndentedLines(text, i, indent) {
    let end = i;
    let start = i + 1;
    let ch = text[start];
    while (ch === ' ' || ch === '\t') {
        if (i < start + indent) {
            ch = text[++i];
        }
        else {
            do {
                ch = text[++i];
            } while (ch && ch !== '\n');
            end = i;
            start = i + 1;
            ch = text[start];
        }
    }
    return end;
}

exports.FOLD_BLOCK = FOLD_BLOCK;
exports.FOLD_FLOW = FOLD_FLOW;
exports.FOLD_QUOTED = FOLD_QUOTED;
exports.foldFlowLines = foldFlowLines;


/***/ }),

/***/ 2148:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var anchors = __nccwpck_require__(1596);
var identity = __nccwpck_require__(1127);
var stringifyComment = __nccwpck_require__(9799);
var stringifyString = __nccwpck_require__(3069);

function createStringifyContext(doc, options) {
    const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: 'PLAIN',
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: 'false',
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: 'null',
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: 'true',
        verifyAliasOrder: true
    }, doc.schema.toStringOptions, options);
    let inFlow;
    switch (opt.collectionStyle) {
        case 'block':
            inFlow = false;
            break;
        case 'flow':
            inFlow = true;
            break;
        default:
            inFlow = null;
    }
    return {
        anchors: new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? ' ' : '',
        indent: '',
        indentStep: typeof opt.indent === 'number' ? ' '.repeat(opt.indent) : '  ',
        inFlow,
        options: opt
    };
}
function getTagObject(tags, item) {
    if (item.tag) {
        const match = tags.filter(t => t.tag === item.tag);
        if (match.length > 0)
            return match.find(t => t.format === item.format) ?? match[0];
    }
    let tagObj = undefined;
    let obj;
    if (identity.isScalar(item)) {
        obj = item.value;
        let match = tags.filter(t => t.identify?.(obj));
        if (match.length > 1) {
            const testMatch = match.filter(t => t.test);
            if (testMatch.length > 0)
                match = testMatch;
        }
        tagObj =
            match.find(t => t.format === item.format) ?? match.find(t => !t.format);
    }
    else {
        obj = item;
        tagObj = tags.find(t => t.nodeClass && obj instanceof t.nodeClass);
    }
    if (!tagObj) {
        const name = obj?.constructor?.name ?? (obj === null ? 'null' : typeof obj);
        throw new Error(`Tag not resolved for ${name} value`);
    }
    return tagObj;
}
// needs to be called before value stringifier to allow for circular anchor refs
function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
    if (!doc.directives)
        return '';
    const props = [];
    const anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
    if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
    }
    const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
    if (tag)
        props.push(doc.directives.tagString(tag));
    return props.join(' ');
}
function stringify(item, ctx, onComment, onChompKeep) {
    if (identity.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
    if (identity.isAlias(item)) {
        if (ctx.doc.directives)
            return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
            throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        }
        else {
            if (ctx.resolvedAliases)
                ctx.resolvedAliases.add(item);
            else
                ctx.resolvedAliases = new Set([item]);
            item = item.resolve(ctx.doc);
        }
    }
    let tagObj = undefined;
    const node = identity.isNode(item)
        ? item
        : ctx.doc.createNode(item, { onTagObj: o => (tagObj = o) });
    tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
    const props = stringifyProps(node, tagObj, ctx);
    if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
    const str = typeof tagObj.stringify === 'function'
        ? tagObj.stringify(node, ctx, onComment, onChompKeep)
        : identity.isScalar(node)
            ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep)
            : node.toString(ctx, onComment, onChompKeep);
    if (!props)
        return str;
    return identity.isScalar(node) || str[0] === '{' || str[0] === '['
        ? `${props} ${str}`
        : `${props}\n${ctx.indent}${str}`;
}

exports.createStringifyContext = createStringifyContext;
exports.stringify = stringify;


/***/ }),

/***/ 1212:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyCollection(collection, ctx, options) {
    const flow = ctx.inFlow ?? collection.flow;
    const stringify = flow ? stringifyFlowCollection : stringifyBlockCollection;
    return stringify(collection, ctx, options);
}
function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
    const { indent, options: { commentString } } = ctx;
    const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
    let chompKeep = false; // flag for the preceding node's status
    const lines = [];
    for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
            if (!chompKeep && item.spaceBefore)
                lines.push('');
            addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
            if (item.comment)
                comment = item.comment;
        }
        else if (identity.isPair(item)) {
            const ik = identity.isNode(item.key) ? item.key : null;
            if (ik) {
                if (!chompKeep && ik.spaceBefore)
                    lines.push('');
                addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
            }
        }
        chompKeep = false;
        let str = stringify.stringify(item, itemCtx, () => (comment = null), () => (chompKeep = true));
        if (comment)
            str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        if (chompKeep && comment)
            chompKeep = false;
        lines.push(blockItemPrefix + str);
    }
    let str;
    if (lines.length === 0) {
        str = flowChars.start + flowChars.end;
    }
    else {
        str = lines[0];
        for (let i = 1; i < lines.length; ++i) {
            const line = lines[i];
            str += line ? `\n${indent}${line}` : '\n';
        }
    }
    if (comment) {
        str += '\n' + stringifyComment.indentComment(commentString(comment), indent);
        if (onComment)
            onComment();
    }
    else if (chompKeep && onChompKeep)
        onChompKeep();
    return str;
}
function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
    const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
    itemIndent += indentStep;
    const itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: true,
        type: null
    });
    let reqNewline = false;
    let linesAtValue = 0;
    const lines = [];
    for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
            if (item.spaceBefore)
                lines.push('');
            addCommentBefore(ctx, lines, item.commentBefore, false);
            if (item.comment)
                comment = item.comment;
        }
        else if (identity.isPair(item)) {
            const ik = identity.isNode(item.key) ? item.key : null;
            if (ik) {
                if (ik.spaceBefore)
                    lines.push('');
                addCommentBefore(ctx, lines, ik.commentBefore, false);
                if (ik.comment)
                    reqNewline = true;
            }
            const iv = identity.isNode(item.value) ? item.value : null;
            if (iv) {
                if (iv.comment)
                    comment = iv.comment;
                if (iv.commentBefore)
                    reqNewline = true;
            }
            else if (item.value == null && ik?.comment) {
                comment = ik.comment;
            }
        }
        if (comment)
            reqNewline = true;
        let str = stringify.stringify(item, itemCtx, () => (comment = null));
        reqNewline || (reqNewline = lines.length > linesAtValue || str.includes('\n'));
        if (i < items.length - 1) {
            str += ',';
        }
        else if (ctx.options.trailingComma) {
            if (ctx.options.lineWidth > 0) {
                reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) +
                    (str.length + 2) >
                    ctx.options.lineWidth);
            }
            if (reqNewline) {
                str += ',';
            }
        }
        if (comment)
            str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        lines.push(str);
        linesAtValue = lines.length;
    }
    const { start, end } = flowChars;
    if (lines.length === 0) {
        return start + end;
    }
    else {
        if (!reqNewline) {
            const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
            reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
            let str = start;
            for (const line of lines)
                str += line ? `\n${indentStep}${indent}${line}` : '\n';
            return `${str}\n${indent}${end}`;
        }
        else {
            return `${start}${fcPadding}${lines.join(' ')}${fcPadding}${end}`;
        }
    }
}
function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
    if (comment && chompKeep)
        comment = comment.replace(/^\n+/, '');
    if (comment) {
        const ic = stringifyComment.indentComment(commentString(comment), indent);
        lines.push(ic.trimStart()); // Avoid double indent on first line
    }
}

exports.stringifyCollection = stringifyCollection;


/***/ }),

/***/ 9799:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Stringifies a comment.
 *
 * Empty comment lines are left empty,
 * lines consisting of a single space are replaced by `#`,
 * and all other lines are prefixed with a `#`.
 */
const stringifyComment = (str) => str.replace(/^(?!$)(?: $)?/gm, '#');
function indentComment(comment, indent) {
    if (/^\n+$/.test(comment))
        return comment.substring(1);
    return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
}
const lineComment = (str, indent, comment) => str.endsWith('\n')
    ? indentComment(comment, indent)
    : comment.includes('\n')
        ? '\n' + indentComment(comment, indent)
        : (str.endsWith(' ') ? '' : ' ') + comment;

exports.indentComment = indentComment;
exports.lineComment = lineComment;
exports.stringifyComment = stringifyComment;


/***/ }),

/***/ 6829:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyDocument(doc, options) {
    const lines = [];
    let hasDirectives = options.directives === true;
    if (options.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
            lines.push(dir);
            hasDirectives = true;
        }
        else if (doc.directives.docStart)
            hasDirectives = true;
    }
    if (hasDirectives)
        lines.push('---');
    const ctx = stringify.createStringifyContext(doc, options);
    const { commentString } = ctx.options;
    if (doc.commentBefore) {
        if (lines.length !== 1)
            lines.unshift('');
        const cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ''));
    }
    let chompKeep = false;
    let contentComment = null;
    if (doc.contents) {
        if (identity.isNode(doc.contents)) {
            if (doc.contents.spaceBefore && hasDirectives)
                lines.push('');
            if (doc.contents.commentBefore) {
                const cs = commentString(doc.contents.commentBefore);
                lines.push(stringifyComment.indentComment(cs, ''));
            }
            // top-level block scalars need to be indented if followed by a comment
            ctx.forceBlockIndent = !!doc.comment;
            contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? undefined : () => (chompKeep = true);
        let body = stringify.stringify(doc.contents, ctx, () => (contentComment = null), onChompKeep);
        if (contentComment)
            body += stringifyComment.lineComment(body, '', commentString(contentComment));
        if ((body[0] === '|' || body[0] === '>') &&
            lines[lines.length - 1] === '---') {
            // Top-level block scalars with a preceding doc marker ought to use the
            // same line for their header.
            lines[lines.length - 1] = `--- ${body}`;
        }
        else
            lines.push(body);
    }
    else {
        lines.push(stringify.stringify(doc.contents, ctx));
    }
    if (doc.directives?.docEnd) {
        if (doc.comment) {
            const cs = commentString(doc.comment);
            if (cs.includes('\n')) {
                lines.push('...');
                lines.push(stringifyComment.indentComment(cs, ''));
            }
            else {
                lines.push(`... ${cs}`);
            }
        }
        else {
            lines.push('...');
        }
    }
    else {
        let dc = doc.comment;
        if (dc && chompKeep)
            dc = dc.replace(/^\n+/, '');
        if (dc) {
            if ((!chompKeep || contentComment) && lines[lines.length - 1] !== '')
                lines.push('');
            lines.push(stringifyComment.indentComment(commentString(dc), ''));
        }
    }
    return lines.join('\n') + '\n';
}

exports.stringifyDocument = stringifyDocument;


/***/ }),

/***/ 8689:
/***/ ((__unused_webpack_module, exports) => {



function stringifyNumber({ format, minFractionDigits, tag, value }) {
    if (typeof value === 'bigint')
        return String(value);
    const num = typeof value === 'number' ? value : Number(value);
    if (!isFinite(num))
        return isNaN(num) ? '.nan' : num < 0 ? '-.inf' : '.inf';
    let n = Object.is(value, -0) ? '-0' : JSON.stringify(value);
    if (!format &&
        minFractionDigits &&
        (!tag || tag === 'tag:yaml.org,2002:float') &&
        /^-?\d/.test(n) &&
        !n.includes('e')) {
        let i = n.indexOf('.');
        if (i < 0) {
            i = n.length;
            n += '.';
        }
        let d = minFractionDigits - (n.length - i - 1);
        while (d-- > 0)
            n += '0';
    }
    return n;
}

exports.stringifyNumber = stringifyNumber;


/***/ }),

/***/ 9748:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
    const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
    let keyComment = (identity.isNode(key) && key.comment) || null;
    if (simpleKeys) {
        if (keyComment) {
            throw new Error('With simple keys, key nodes cannot have comments');
        }
        if (identity.isCollection(key) || (!identity.isNode(key) && typeof key === 'object')) {
            const msg = 'With simple keys, collection cannot be used as a key value';
            throw new Error(msg);
        }
    }
    let explicitKey = !simpleKeys &&
        (!key ||
            (keyComment && value == null && !ctx.inFlow) ||
            identity.isCollection(key) ||
            (identity.isScalar(key)
                ? key.type === Scalar.Scalar.BLOCK_FOLDED || key.type === Scalar.Scalar.BLOCK_LITERAL
                : typeof key === 'object'));
    ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
    });
    let keyCommentDone = false;
    let chompKeep = false;
    let str = stringify.stringify(key, ctx, () => (keyCommentDone = true), () => (chompKeep = true));
    if (!explicitKey && !ctx.inFlow && str.length > 1024) {
        if (simpleKeys)
            throw new Error('With simple keys, single line scalar must not span more than 1024 characters');
        explicitKey = true;
    }
    if (ctx.inFlow) {
        if (allNullValues || value == null) {
            if (keyCommentDone && onComment)
                onComment();
            return str === '' ? '?' : explicitKey ? `? ${str}` : str;
        }
    }
    else if ((allNullValues && !simpleKeys) || (value == null && explicitKey)) {
        str = `? ${str}`;
        if (keyComment && !keyCommentDone) {
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        }
        else if (chompKeep && onChompKeep)
            onChompKeep();
        return str;
    }
    if (keyCommentDone)
        keyComment = null;
    if (explicitKey) {
        if (keyComment)
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        str = `? ${str}\n${indent}:`;
    }
    else {
        str = `${str}:`;
        if (keyComment)
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
    }
    let vsb, vcb, valueComment;
    if (identity.isNode(value)) {
        vsb = !!value.spaceBefore;
        vcb = value.commentBefore;
        valueComment = value.comment;
    }
    else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value && typeof value === 'object')
            value = doc.createNode(value);
    }
    ctx.implicitKey = false;
    if (!explicitKey && !keyComment && identity.isScalar(value))
        ctx.indentAtStart = str.length + 1;
    chompKeep = false;
    if (!indentSeq &&
        indentStep.length >= 2 &&
        !ctx.inFlow &&
        !explicitKey &&
        identity.isSeq(value) &&
        !value.flow &&
        !value.tag &&
        !value.anchor) {
        // If indentSeq === false, consider '- ' as part of indentation where possible
        ctx.indent = ctx.indent.substring(2);
    }
    let valueCommentDone = false;
    const valueStr = stringify.stringify(value, ctx, () => (valueCommentDone = true), () => (chompKeep = true));
    let ws = ' ';
    if (keyComment || vsb || vcb) {
        ws = vsb ? '\n' : '';
        if (vcb) {
            const cs = commentString(vcb);
            ws += `\n${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === '' && !ctx.inFlow) {
            if (ws === '\n' && valueComment)
                ws = '\n\n';
        }
        else {
            ws += `\n${ctx.indent}`;
        }
    }
    else if (!explicitKey && identity.isCollection(value)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf('\n');
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
            let hasPropsLine = false;
            if (hasNewline && (vs0 === '&' || vs0 === '!')) {
                let sp0 = valueStr.indexOf(' ');
                if (vs0 === '&' &&
                    sp0 !== -1 &&
                    sp0 < nl0 &&
                    valueStr[sp0 + 1] === '!') {
                    sp0 = valueStr.indexOf(' ', sp0 + 1);
                }
                if (sp0 === -1 || nl0 < sp0)
                    hasPropsLine = true;
            }
            if (!hasPropsLine)
                ws = `\n${ctx.indent}`;
        }
    }
    else if (valueStr === '' || valueStr[0] === '\n') {
        ws = '';
    }
    str += ws + valueStr;
    if (ctx.inFlow) {
        if (valueCommentDone && onComment)
            onComment();
    }
    else if (valueComment && !valueCommentDone) {
        str += stringifyComment.lineComment(str, ctx.indent, commentString(valueComment));
    }
    else if (chompKeep && onChompKeep) {
        onChompKeep();
    }
    return str;
}

exports.stringifyPair = stringifyPair;


/***/ }),

/***/ 3069:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var foldFlowLines = __nccwpck_require__(4475);

const getFoldOptions = (ctx, isBlock) => ({
    indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
    lineWidth: ctx.options.lineWidth,
    minContentWidth: ctx.options.minContentWidth
});
// Also checks for lines starting with %, as parsing the output as YAML 1.1 will
// presume that's starting a new document.
const containsDocumentMarker = (str) => /^(%|---|\.\.\.)/m.test(str);
function lineLengthOverLimit(str, lineWidth, indentLength) {
    if (!lineWidth || lineWidth < 0)
        return false;
    const limit = lineWidth - indentLength;
    const strLen = str.length;
    if (strLen <= limit)
        return false;
    for (let i = 0, start = 0; i < strLen; ++i) {
        if (str[i] === '\n') {
            if (i - start > limit)
                return true;
            start = i + 1;
            if (strLen - start <= limit)
                return false;
        }
    }
    return true;
}
function doubleQuotedString(value, ctx) {
    const json = JSON.stringify(value);
    if (ctx.options.doubleQuotedAsJSON)
        return json;
    const { implicitKey } = ctx;
    const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
    const indent = ctx.indent || (containsDocumentMarker(value) ? '  ' : '');
    let str = '';
    let start = 0;
    for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
        if (ch === ' ' && json[i + 1] === '\\' && json[i + 2] === 'n') {
            // space before newline needs to be escaped to not be folded
            str += json.slice(start, i) + '\\ ';
            i += 1;
            start = i;
            ch = '\\';
        }
        if (ch === '\\')
            switch (json[i + 1]) {
                case 'u':
                    {
                        str += json.slice(start, i);
                        const code = json.substr(i + 2, 4);
                        switch (code) {
                            case '0000':
                                str += '\\0';
                                break;
                            case '0007':
                                str += '\\a';
                                break;
                            case '000b':
                                str += '\\v';
                                break;
                            case '001b':
                                str += '\\e';
                                break;
                            case '0085':
                                str += '\\N';
                                break;
                            case '00a0':
                                str += '\\_';
                                break;
                            case '2028':
                                str += '\\L';
                                break;
                            case '2029':
                                str += '\\P';
                                break;
                            default:
                                if (code.substr(0, 2) === '00')
                                    str += '\\x' + code.substr(2);
                                else
                                    str += json.substr(i, 6);
                        }
                        i += 5;
                        start = i + 1;
                    }
                    break;
                case 'n':
                    if (implicitKey ||
                        json[i + 2] === '"' ||
                        json.length < minMultiLineLength) {
                        i += 1;
                    }
                    else {
                        // folding will eat first newline
                        str += json.slice(start, i) + '\n\n';
                        while (json[i + 2] === '\\' &&
                            json[i + 3] === 'n' &&
                            json[i + 4] !== '"') {
                            str += '\n';
                            i += 2;
                        }
                        str += indent;
                        // space after newline needs to be escaped to not be folded
                        if (json[i + 2] === ' ')
                            str += '\\';
                        i += 1;
                        start = i + 1;
                    }
                    break;
                default:
                    i += 1;
            }
    }
    str = start ? str + json.slice(start) : json;
    return implicitKey
        ? str
        : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
}
function singleQuotedString(value, ctx) {
    if (ctx.options.singleQuote === false ||
        (ctx.implicitKey && value.includes('\n')) ||
        /[ \t]\n|\n[ \t]/.test(value) // single quoted string can't have leading or trailing whitespace around newline
    )
        return doubleQuotedString(value, ctx);
    const indent = ctx.indent || (containsDocumentMarker(value) ? '  ' : '');
    const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&\n${indent}`) + "'";
    return ctx.implicitKey
        ? res
        : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
}
function quotedString(value, ctx) {
    const { singleQuote } = ctx.options;
    let qs;
    if (singleQuote === false)
        qs = doubleQuotedString;
    else {
        const hasDouble = value.includes('"');
        const hasSingle = value.includes("'");
        if (hasDouble && !hasSingle)
            qs = singleQuotedString;
        else if (hasSingle && !hasDouble)
            qs = doubleQuotedString;
        else
            qs = singleQuote ? singleQuotedString : doubleQuotedString;
    }
    return qs(value, ctx);
}
// The negative lookbehind avoids a polynomial search,
// but isn't supported yet on Safari: https://caniuse.com/js-regexp-lookbehind
let blockEndNewlines;
try {
    blockEndNewlines = new RegExp('(^|(?<!\n))\n+(?!\n|$)', 'g');
}
catch {
    blockEndNewlines = /\n+(?!\n|$)/g;
}
function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
    const { blockQuote, commentString, lineWidth } = ctx.options;
    // 1. Block can't end in whitespace unless the last line is non-empty.
    // 2. Strings consisting of only whitespace are best rendered explicitly.
    if (!blockQuote || /\n[\t ]+$/.test(value)) {
        return quotedString(value, ctx);
    }
    const indent = ctx.indent ||
        (ctx.forceBlockIndent || containsDocumentMarker(value) ? '  ' : '');
    const literal = blockQuote === 'literal'
        ? true
        : blockQuote === 'folded' || type === Scalar.Scalar.BLOCK_FOLDED
            ? false
            : type === Scalar.Scalar.BLOCK_LITERAL
                ? true
                : !lineLengthOverLimit(value, lineWidth, indent.length);
    if (!value)
        return literal ? '|\n' : '>\n';
    // determine chomping from whitespace at value end
    let chomp;
    let endStart;
    for (endStart = value.length; endStart > 0; --endStart) {
        const ch = value[endStart - 1];
        if (ch !== '\n' && ch !== '\t' && ch !== ' ')
            break;
    }
    let end = value.substring(endStart);
    const endNlPos = end.indexOf('\n');
    if (endNlPos === -1) {
        chomp = '-'; // strip
    }
    else if (value === end || endNlPos !== end.length - 1) {
        chomp = '+'; // keep
        if (onChompKeep)
            onChompKeep();
    }
    else {
        chomp = ''; // clip
    }
    if (end) {
        value = value.slice(0, -end.length);
        if (end[end.length - 1] === '\n')
            end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent}`);
    }
    // determine indent indicator from whitespace at value start
    let startWithSpace = false;
    let startEnd;
    let startNlPos = -1;
    for (startEnd = 0; startEnd < value.length; ++startEnd) {
        const ch = value[startEnd];
        if (ch === ' ')
            startWithSpace = true;
        else if (ch === '\n')
            startNlPos = startEnd;
        else
            break;
    }
    let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
    if (start) {
        value = value.substring(start.length);
        start = start.replace(/\n+/g, `$&${indent}`);
    }
    const indentSize = indent ? '2' : '1'; // root is at -1
    // Leading | or > is added later
    let header = (startWithSpace ? indentSize : '') + chomp;
    if (comment) {
        header += ' ' + commentString(comment.replace(/ ?[\r\n]+/g, ' '));
        if (onComment)
            onComment();
    }
    if (!literal) {
        const foldedValue = value
            .replace(/\n+/g, '\n$&')
            .replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, '$1$2') // more-indented lines aren't folded
            //                ^ more-ind. ^ empty     ^ capture next empty lines only at end of indent
            .replace(/\n+/g, `$&${indent}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== 'folded' && type !== Scalar.Scalar.BLOCK_FOLDED) {
            foldOptions.onOverflow = () => {
                literalFallback = true;
            };
        }
        const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
            return `>${header}\n${indent}${body}`;
    }
    value = value.replace(/\n+/g, `$&${indent}`);
    return `|${header}\n${indent}${start}${value}${end}`;
}
function plainString(item, ctx, onComment, onChompKeep) {
    const { type, value } = item;
    const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
    if ((implicitKey && value.includes('\n')) ||
        (inFlow && /[[\]{},]/.test(value))) {
        return quotedString(value, ctx);
    }
    if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        // not allowed:
        // - '-' or '?'
        // - start with an indicator character (except [?:-]) or /[?-] /
        // - '\n ', ': ' or ' \n' anywhere
        // - '#' not preceded by a non-space char
        // - end with ' ' or ':'
        return implicitKey || inFlow || !value.includes('\n')
            ? quotedString(value, ctx)
            : blockString(item, ctx, onComment, onChompKeep);
    }
    if (!implicitKey &&
        !inFlow &&
        type !== Scalar.Scalar.PLAIN &&
        value.includes('\n')) {
        // Where allowed & type not set explicitly, prefer block style for multiline strings
        return blockString(item, ctx, onComment, onChompKeep);
    }
    if (containsDocumentMarker(value)) {
        if (indent === '') {
            ctx.forceBlockIndent = true;
            return blockString(item, ctx, onComment, onChompKeep);
        }
        else if (implicitKey && indent === indentStep) {
            return quotedString(value, ctx);
        }
    }
    const str = value.replace(/\n+/g, `$&\n${indent}`);
    // Verify that output will be parsed as a string, as e.g. plain numbers and
    // booleans get parsed with those types in v1.2 (e.g. '42', 'true' & '0.9e-3'),
    // and others in v1.1.
    if (actualString) {
        const test = (tag) => tag.default && tag.tag !== 'tag:yaml.org,2002:str' && tag.test?.test(str);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
            return quotedString(value, ctx);
    }
    return implicitKey
        ? str
        : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
}
function stringifyString(item, ctx, onComment, onChompKeep) {
    const { implicitKey, inFlow } = ctx;
    const ss = typeof item.value === 'string'
        ? item
        : Object.assign({}, item, { value: String(item.value) });
    let { type } = item;
    if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
        // force double quotes on control characters & unpaired surrogates
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
            type = Scalar.Scalar.QUOTE_DOUBLE;
    }
    const _stringify = (_type) => {
        switch (_type) {
            case Scalar.Scalar.BLOCK_FOLDED:
            case Scalar.Scalar.BLOCK_LITERAL:
                return implicitKey || inFlow
                    ? quotedString(ss.value, ctx) // blocks are not valid inside flow containers
                    : blockString(ss, ctx, onComment, onChompKeep);
            case Scalar.Scalar.QUOTE_DOUBLE:
                return doubleQuotedString(ss.value, ctx);
            case Scalar.Scalar.QUOTE_SINGLE:
                return singleQuotedString(ss.value, ctx);
            case Scalar.Scalar.PLAIN:
                return plainString(ss, ctx, onComment, onChompKeep);
            default:
                return null;
        }
    };
    let res = _stringify(type);
    if (res === null) {
        const { defaultKeyType, defaultStringType } = ctx.options;
        const t = (implicitKey && defaultKeyType) || defaultStringType;
        res = _stringify(t);
        if (res === null)
            throw new Error(`Unsupported default string type ${t}`);
    }
    return res;
}

exports.stringifyString = stringifyString;


/***/ }),

/***/ 204:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

const BREAK = Symbol('break visit');
const SKIP = Symbol('skip children');
const REMOVE = Symbol('remove node');
/**
 * Apply a visitor to an AST node or document.
 *
 * Walks through the tree (depth-first) starting from `node`, calling a
 * `visitor` function with three arguments:
 *   - `key`: For sequence values and map `Pair`, the node's index in the
 *     collection. Within a `Pair`, `'key'` or `'value'`, correspondingly.
 *     `null` for the root node.
 *   - `node`: The current node.
 *   - `path`: The ancestry of the current node.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this node, continue with next
 *     sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current node, then continue with the next one
 *   - `Node`: Replace the current node, then continue by visiting it
 *   - `number`: While iterating the items of a sequence or map, set the index
 *     of the next step. This is useful especially if the index of the current
 *     node has changed.
 *
 * If `visitor` is a single function, it will be called with all values
 * encountered in the tree, including e.g. `null` values. Alternatively,
 * separate visitor functions may be defined for each `Map`, `Pair`, `Seq`,
 * `Alias` and `Scalar` node. To define the same visitor function for more than
 * one node type, use the `Collection` (map and seq), `Value` (map, seq & scalar)
 * and `Node` (alias, map, seq & scalar) targets. Of all these, only the most
 * specific defined one will be used for each node.
 */
function visit(node, visitor) {
    const visitor_ = initVisitor(visitor);
    if (identity.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
            node.contents = null;
    }
    else
        visit_(null, node, visitor_, Object.freeze([]));
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visit.BREAK = BREAK;
/** Do not visit the children of the current node */
visit.SKIP = SKIP;
/** Remove the current node */
visit.REMOVE = REMOVE;
function visit_(key, node, visitor, path) {
    const ctrl = callVisitor(key, node, visitor, path);
    if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visit_(key, ctrl, visitor, path);
    }
    if (typeof ctrl !== 'symbol') {
        if (identity.isCollection(node)) {
            path = Object.freeze(path.concat(node));
            for (let i = 0; i < node.items.length; ++i) {
                const ci = visit_(i, node.items[i], visitor, path);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    node.items.splice(i, 1);
                    i -= 1;
                }
            }
        }
        else if (identity.isPair(node)) {
            path = Object.freeze(path.concat(node));
            const ck = visit_('key', node.key, visitor, path);
            if (ck === BREAK)
                return BREAK;
            else if (ck === REMOVE)
                node.key = null;
            const cv = visit_('value', node.value, visitor, path);
            if (cv === BREAK)
                return BREAK;
            else if (cv === REMOVE)
                node.value = null;
        }
    }
    return ctrl;
}
/**
 * Apply an async visitor to an AST node or document.
 *
 * Walks through the tree (depth-first) starting from `node`, calling a
 * `visitor` function with three arguments:
 *   - `key`: For sequence values and map `Pair`, the node's index in the
 *     collection. Within a `Pair`, `'key'` or `'value'`, correspondingly.
 *     `null` for the root node.
 *   - `node`: The current node.
 *   - `path`: The ancestry of the current node.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `Promise`: Must resolve to one of the following values
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this node, continue with next
 *     sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current node, then continue with the next one
 *   - `Node`: Replace the current node, then continue by visiting it
 *   - `number`: While iterating the items of a sequence or map, set the index
 *     of the next step. This is useful especially if the index of the current
 *     node has changed.
 *
 * If `visitor` is a single function, it will be called with all values
 * encountered in the tree, including e.g. `null` values. Alternatively,
 * separate visitor functions may be defined for each `Map`, `Pair`, `Seq`,
 * `Alias` and `Scalar` node. To define the same visitor function for more than
 * one node type, use the `Collection` (map and seq), `Value` (map, seq & scalar)
 * and `Node` (alias, map, seq & scalar) targets. Of all these, only the most
 * specific defined one will be used for each node.
 */
async function visitAsync(node, visitor) {
    const visitor_ = initVisitor(visitor);
    if (identity.isDocument(node)) {
        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
            node.contents = null;
    }
    else
        await visitAsync_(null, node, visitor_, Object.freeze([]));
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visitAsync.BREAK = BREAK;
/** Do not visit the children of the current node */
visitAsync.SKIP = SKIP;
/** Remove the current node */
visitAsync.REMOVE = REMOVE;
async function visitAsync_(key, node, visitor, path) {
    const ctrl = await callVisitor(key, node, visitor, path);
    if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visitAsync_(key, ctrl, visitor, path);
    }
    if (typeof ctrl !== 'symbol') {
        if (identity.isCollection(node)) {
            path = Object.freeze(path.concat(node));
            for (let i = 0; i < node.items.length; ++i) {
                const ci = await visitAsync_(i, node.items[i], visitor, path);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    node.items.splice(i, 1);
                    i -= 1;
                }
            }
        }
        else if (identity.isPair(node)) {
            path = Object.freeze(path.concat(node));
            const ck = await visitAsync_('key', node.key, visitor, path);
            if (ck === BREAK)
                return BREAK;
            else if (ck === REMOVE)
                node.key = null;
            const cv = await visitAsync_('value', node.value, visitor, path);
            if (cv === BREAK)
                return BREAK;
            else if (cv === REMOVE)
                node.value = null;
        }
    }
    return ctrl;
}
function initVisitor(visitor) {
    if (typeof visitor === 'object' &&
        (visitor.Collection || visitor.Node || visitor.Value)) {
        return Object.assign({
            Alias: visitor.Node,
            Map: visitor.Node,
            Scalar: visitor.Node,
            Seq: visitor.Node
        }, visitor.Value && {
            Map: visitor.Value,
            Scalar: visitor.Value,
            Seq: visitor.Value
        }, visitor.Collection && {
            Map: visitor.Collection,
            Seq: visitor.Collection
        }, visitor);
    }
    return visitor;
}
function callVisitor(key, node, visitor, path) {
    if (typeof visitor === 'function')
        return visitor(key, node, path);
    if (identity.isMap(node))
        return visitor.Map?.(key, node, path);
    if (identity.isSeq(node))
        return visitor.Seq?.(key, node, path);
    if (identity.isPair(node))
        return visitor.Pair?.(key, node, path);
    if (identity.isScalar(node))
        return visitor.Scalar?.(key, node, path);
    if (identity.isAlias(node))
        return visitor.Alias?.(key, node, path);
    return undefined;
}
function replaceNode(key, path, node) {
    const parent = path[path.length - 1];
    if (identity.isCollection(parent)) {
        parent.items[key] = node;
    }
    else if (identity.isPair(parent)) {
        if (key === 'key')
            parent.key = node;
        else
            parent.value = node;
    }
    else if (identity.isDocument(parent)) {
        parent.contents = node;
    }
    else {
        const pt = identity.isAlias(parent) ? 'alias' : 'scalar';
        throw new Error(`Cannot replace node with ${pt} parent`);
    }
}

exports.visit = visit;
exports.visitAsync = visitAsync;


/***/ }),

/***/ 5194:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  E: () => (/* binding */ Octokit)
});

;// CONCATENATED MODULE: ./node_modules/universal-user-agent/index.js
function getUserAgent() {
  if (typeof navigator === "object" && "userAgent" in navigator) {
    return navigator.userAgent;
  }

  if (typeof process === "object" && process.version !== undefined) {
    return `Node.js/${process.version.substr(1)} (${process.platform}; ${
      process.arch
    })`;
  }

  return "<environment undetectable>";
}

;// CONCATENATED MODULE: ./node_modules/before-after-hook/lib/register.js
// @ts-check

function register(state, name, method, options) {
  if (typeof method !== "function") {
    throw new Error("method for before hook must be a function");
  }

  if (!options) {
    options = {};
  }

  if (Array.isArray(name)) {
    return name.reverse().reduce((callback, name) => {
      return register.bind(null, state, name, callback, options);
    }, method)();
  }

  return Promise.resolve().then(() => {
    if (!state.registry[name]) {
      return method(options);
    }

    return state.registry[name].reduce((method, registered) => {
      return registered.hook.bind(null, method, options);
    }, method)();
  });
}

;// CONCATENATED MODULE: ./node_modules/before-after-hook/lib/add.js
// @ts-check

function addHook(state, kind, name, hook) {
  const orig = hook;
  if (!state.registry[name]) {
    state.registry[name] = [];
  }

  if (kind === "before") {
    hook = (method, options) => {
      return Promise.resolve()
        .then(orig.bind(null, options))
        .then(method.bind(null, options));
    };
  }

  if (kind === "after") {
    hook = (method, options) => {
      let result;
      return Promise.resolve()
        .then(method.bind(null, options))
        .then((result_) => {
          result = result_;
          return orig(result, options);
        })
        .then(() => {
          return result;
        });
    };
  }

  if (kind === "error") {
    hook = (method, options) => {
      return Promise.resolve()
        .then(method.bind(null, options))
        .catch((error) => {
          return orig(error, options);
        });
    };
  }

  state.registry[name].push({
    hook: hook,
    orig: orig,
  });
}

;// CONCATENATED MODULE: ./node_modules/before-after-hook/lib/remove.js
// @ts-check

function removeHook(state, name, method) {
  if (!state.registry[name]) {
    return;
  }

  const index = state.registry[name]
    .map((registered) => {
      return registered.orig;
    })
    .indexOf(method);

  if (index === -1) {
    return;
  }

  state.registry[name].splice(index, 1);
}

;// CONCATENATED MODULE: ./node_modules/before-after-hook/index.js
// @ts-check





// bind with array of arguments: https://stackoverflow.com/a/21792913
const bind = Function.bind;
const bindable = bind.bind(bind);

function bindApi(hook, state, name) {
  const removeHookRef = bindable(removeHook, null).apply(
    null,
    name ? [state, name] : [state]
  );
  hook.api = { remove: removeHookRef };
  hook.remove = removeHookRef;
  ["before", "error", "after", "wrap"].forEach((kind) => {
    const args = name ? [state, kind, name] : [state, kind];
    hook[kind] = hook.api[kind] = bindable(addHook, null).apply(null, args);
  });
}

function Singular() {
  const singularHookName = Symbol("Singular");
  const singularHookState = {
    registry: {},
  };
  const singularHook = register.bind(null, singularHookState, singularHookName);
  bindApi(singularHook, singularHookState, singularHookName);
  return singularHook;
}

function Collection() {
  const state = {
    registry: {},
  };

  const hook = register.bind(null, state);
  bindApi(hook, state);

  return hook;
}

/* harmony default export */ const before_after_hook = ({ Singular, Collection });

;// CONCATENATED MODULE: ./node_modules/@octokit/endpoint/dist-bundle/index.js
// pkg/dist-src/defaults.js


// pkg/dist-src/version.js
var VERSION = "0.0.0-development";

// pkg/dist-src/defaults.js
var userAgent = `octokit-endpoint.js/${VERSION} ${getUserAgent()}`;
var DEFAULTS = {
  method: "GET",
  baseUrl: "https://api.github.com",
  headers: {
    accept: "application/vnd.github.v3+json",
    "user-agent": userAgent
  },
  mediaType: {
    format: ""
  }
};

// pkg/dist-src/util/lowercase-keys.js
function lowercaseKeys(object) {
  if (!object) {
    return {};
  }
  return Object.keys(object).reduce((newObj, key) => {
    newObj[key.toLowerCase()] = object[key];
    return newObj;
  }, {});
}

// pkg/dist-src/util/is-plain-object.js
function isPlainObject(value) {
  if (typeof value !== "object" || value === null) return false;
  if (Object.prototype.toString.call(value) !== "[object Object]") return false;
  const proto = Object.getPrototypeOf(value);
  if (proto === null) return true;
  const Ctor = Object.prototype.hasOwnProperty.call(proto, "constructor") && proto.constructor;
  return typeof Ctor === "function" && Ctor instanceof Ctor && Function.prototype.call(Ctor) === Function.prototype.call(value);
}

// pkg/dist-src/util/merge-deep.js
function mergeDeep(defaults, options) {
  const result = Object.assign({}, defaults);
  Object.keys(options).forEach((key) => {
    if (isPlainObject(options[key])) {
      if (!(key in defaults)) Object.assign(result, { [key]: options[key] });
      else result[key] = mergeDeep(defaults[key], options[key]);
    } else {
      Object.assign(result, { [key]: options[key] });
    }
  });
  return result;
}

// pkg/dist-src/util/remove-undefined-properties.js
function removeUndefinedProperties(obj) {
  for (const key in obj) {
    if (obj[key] === void 0) {
      delete obj[key];
    }
  }
  return obj;
}

// pkg/dist-src/merge.js
function merge(defaults, route, options) {
  if (typeof route === "string") {
    let [method, url] = route.split(" ");
    options = Object.assign(url ? { method, url } : { url: method }, options);
  } else {
    options = Object.assign({}, route);
  }
  options.headers = lowercaseKeys(options.headers);
  removeUndefinedProperties(options);
  removeUndefinedProperties(options.headers);
  const mergedOptions = mergeDeep(defaults || {}, options);
  if (options.url === "/graphql") {
    if (defaults && defaults.mediaType.previews?.length) {
      mergedOptions.mediaType.previews = defaults.mediaType.previews.filter(
        (preview) => !mergedOptions.mediaType.previews.includes(preview)
      ).concat(mergedOptions.mediaType.previews);
    }
    mergedOptions.mediaType.previews = (mergedOptions.mediaType.previews || []).map((preview) => preview.replace(/-preview/, ""));
  }
  return mergedOptions;
}

// pkg/dist-src/util/add-query-parameters.js
function addQueryParameters(url, parameters) {
  const separator = /\?/.test(url) ? "&" : "?";
  const names = Object.keys(parameters);
  if (names.length === 0) {
    return url;
  }
  return url + separator + names.map((name) => {
    if (name === "q") {
      return "q=" + parameters.q.split("+").map(encodeURIComponent).join("+");
    }
    return `${name}=${encodeURIComponent(parameters[name])}`;
  }).join("&");
}

// pkg/dist-src/util/extract-url-variable-names.js
var urlVariableRegex = /\{[^{}}]+\}/g;
function removeNonChars(variableName) {
  return variableName.replace(/(?:^\W+)|(?:(?<!\W)\W+$)/g, "").split(/,/);
}
function extractUrlVariableNames(url) {
  const matches = url.match(urlVariableRegex);
  if (!matches) {
    return [];
  }
  return matches.map(removeNonChars).reduce((a, b) => a.concat(b), []);
}

// pkg/dist-src/util/omit.js
function omit(object, keysToOmit) {
  const result = { __proto__: null };
  for (const key of Object.keys(object)) {
    if (keysToOmit.indexOf(key) === -1) {
      result[key] = object[key];
    }
  }
  return result;
}

// pkg/dist-src/util/url-template.js
function encodeReserved(str) {
  return str.split(/(%[0-9A-Fa-f]{2})/g).map(function(part) {
    if (!/%[0-9A-Fa-f]/.test(part)) {
      part = encodeURI(part).replace(/%5B/g, "[").replace(/%5D/g, "]");
    }
    return part;
  }).join("");
}
function encodeUnreserved(str) {
  return encodeURIComponent(str).replace(/[!'()*]/g, function(c) {
    return "%" + c.charCodeAt(0).toString(16).toUpperCase();
  });
}
function encodeValue(operator, value, key) {
  value = operator === "+" || operator === "#" ? encodeReserved(value) : encodeUnreserved(value);
  if (key) {
    return encodeUnreserved(key) + "=" + value;
  } else {
    return value;
  }
}
function isDefined(value) {
  return value !== void 0 && value !== null;
}
function isKeyOperator(operator) {
  return operator === ";" || operator === "&" || operator === "?";
}
function getValues(context, operator, key, modifier) {
  var value = context[key], result = [];
  if (isDefined(value) && value !== "") {
    if (typeof value === "string" || typeof value === "number" || typeof value === "bigint" || typeof value === "boolean") {
      value = value.toString();
      if (modifier && modifier !== "*") {
        value = value.substring(0, parseInt(modifier, 10));
      }
      result.push(
        encodeValue(operator, value, isKeyOperator(operator) ? key : "")
      );
    } else {
      if (modifier === "*") {
        if (Array.isArray(value)) {
          value.filter(isDefined).forEach(function(value2) {
            result.push(
              encodeValue(operator, value2, isKeyOperator(operator) ? key : "")
            );
          });
        } else {
          Object.keys(value).forEach(function(k) {
            if (isDefined(value[k])) {
              result.push(encodeValue(operator, value[k], k));
            }
          });
        }
      } else {
        const tmp = [];
        if (Array.isArray(value)) {
          value.filter(isDefined).forEach(function(value2) {
            tmp.push(encodeValue(operator, value2));
          });
        } else {
          Object.keys(value).forEach(function(k) {
            if (isDefined(value[k])) {
              tmp.push(encodeUnreserved(k));
              tmp.push(encodeValue(operator, value[k].toString()));
            }
          });
        }
        if (isKeyOperator(operator)) {
          result.push(encodeUnreserved(key) + "=" + tmp.join(","));
        } else if (tmp.length !== 0) {
          result.push(tmp.join(","));
        }
      }
    }
  } else {
    if (operator === ";") {
      if (isDefined(value)) {
        result.push(encodeUnreserved(key));
      }
    } else if (value === "" && (operator === "&" || operator === "?")) {
      result.push(encodeUnreserved(key) + "=");
    } else if (value === "") {
      result.push("");
    }
  }
  return result;
}
function parseUrl(template) {
  return {
    expand: expand.bind(null, template)
  };
}
function expand(template, context) {
  var operators = ["+", "#", ".", "/", ";", "?", "&"];
  template = template.replace(
    /\{([^\{\}]+)\}|([^\{\}]+)/g,
    function(_, expression, literal) {
      if (expression) {
        let operator = "";
        const values = [];
        if (operators.indexOf(expression.charAt(0)) !== -1) {
          operator = expression.charAt(0);
          expression = expression.substr(1);
        }
        expression.split(/,/g).forEach(function(variable) {
          var tmp = /([^:\*]*)(?::(\d+)|(\*))?/.exec(variable);
          values.push(getValues(context, operator, tmp[1], tmp[2] || tmp[3]));
        });
        if (operator && operator !== "+") {
          var separator = ",";
          if (operator === "?") {
            separator = "&";
          } else if (operator !== "#") {
            separator = operator;
          }
          return (values.length !== 0 ? operator : "") + values.join(separator);
        } else {
          return values.join(",");
        }
      } else {
        return encodeReserved(literal);
      }
    }
  );
  if (template === "/") {
    return template;
  } else {
    return template.replace(/\/$/, "");
  }
}

// pkg/dist-src/parse.js
function parse(options) {
  let method = options.method.toUpperCase();
  let url = (options.url || "/").replace(/:([a-z]\w+)/g, "{$1}");
  let headers = Object.assign({}, options.headers);
  let body;
  let parameters = omit(options, [
    "method",
    "baseUrl",
    "url",
    "headers",
    "request",
    "mediaType"
  ]);
  const urlVariableNames = extractUrlVariableNames(url);
  url = parseUrl(url).expand(parameters);
  if (!/^http/.test(url)) {
    url = options.baseUrl + url;
  }
  const omittedParameters = Object.keys(options).filter((option) => urlVariableNames.includes(option)).concat("baseUrl");
  const remainingParameters = omit(parameters, omittedParameters);
  const isBinaryRequest = /application\/octet-stream/i.test(headers.accept);
  if (!isBinaryRequest) {
    if (options.mediaType.format) {
      headers.accept = headers.accept.split(/,/).map(
        (format) => format.replace(
          /application\/vnd(\.\w+)(\.v3)?(\.\w+)?(\+json)?$/,
          `application/vnd$1$2.${options.mediaType.format}`
        )
      ).join(",");
    }
    if (url.endsWith("/graphql")) {
      if (options.mediaType.previews?.length) {
        const previewsFromAcceptHeader = headers.accept.match(/(?<![\w-])[\w-]+(?=-preview)/g) || [];
        headers.accept = previewsFromAcceptHeader.concat(options.mediaType.previews).map((preview) => {
          const format = options.mediaType.format ? `.${options.mediaType.format}` : "+json";
          return `application/vnd.github.${preview}-preview${format}`;
        }).join(",");
      }
    }
  }
  if (["GET", "HEAD"].includes(method)) {
    url = addQueryParameters(url, remainingParameters);
  } else {
    if ("data" in remainingParameters) {
      body = remainingParameters.data;
    } else {
      if (Object.keys(remainingParameters).length) {
        body = remainingParameters;
      }
    }
  }
  if (!headers["content-type"] && typeof body !== "undefined") {
    headers["content-type"] = "application/json; charset=utf-8";
  }
  if (["PATCH", "PUT"].includes(method) && typeof body === "undefined") {
    body = "";
  }
  return Object.assign(
    { method, url, headers },
    typeof body !== "undefined" ? { body } : null,
    options.request ? { request: options.request } : null
  );
}

// pkg/dist-src/endpoint-with-defaults.js
function endpointWithDefaults(defaults, route, options) {
  return parse(merge(defaults, route, options));
}

// pkg/dist-src/with-defaults.js
function withDefaults(oldDefaults, newDefaults) {
  const DEFAULTS2 = merge(oldDefaults, newDefaults);
  const endpoint2 = endpointWithDefaults.bind(null, DEFAULTS2);
  return Object.assign(endpoint2, {
    DEFAULTS: DEFAULTS2,
    defaults: withDefaults.bind(null, DEFAULTS2),
    merge: merge.bind(null, DEFAULTS2),
    parse
  });
}

// pkg/dist-src/index.js
var endpoint = withDefaults(null, DEFAULTS);


;// CONCATENATED MODULE: ./node_modules/content-type/dist/index.js
/*!
 * content-type
 * Copyright(c) 2015 Douglas Christopher Wilson
 * MIT Licensed
 */
const SP = 32; // " "
const HTAB = 9; // "\t"
const SEMI = 59; // ";"
const EQ = 61; // "="
const DQUOTE = 34; // '"'
const BSLASH = 92; // "\\"
const COMMA = 44; // ","
const LOWER_CASE = 1;
const OWS = 2;
const SEMI_FLAG = 4;
const COMMA_FLAG = 8;
const TOKEN_FLAG = 16;
const NON_ASCII = 0xff00;
const CASE_FLAGS = LOWER_CASE | NON_ASCII;
/**
 * Character flags used to normalize HTTP field values while scanning.
 * Out-of-range reads intentionally coerce to zero in bitwise expressions.
 */
const CHAR_MAP = new Uint8Array(0x100);
CHAR_MAP[HTAB] |= OWS;
CHAR_MAP[SP] |= OWS;
CHAR_MAP[SEMI] |= SEMI_FLAG;
CHAR_MAP[COMMA] |= COMMA_FLAG;
for (let code = 0x80 /* non-ASCII */; code <= 0xff; code++) {
    CHAR_MAP[code] |= LOWER_CASE;
}
for (const char of "!#$%&'*+-.^_`|~") {
    CHAR_MAP[char.charCodeAt(0)] |= TOKEN_FLAG;
}
for (let code = 0x30 /* 0 */; code <= 0x39 /* 9 */; code++) {
    CHAR_MAP[code] |= TOKEN_FLAG;
}
for (let code = 0x41 /* A */; code <= 0x5a /* Z */; code++) {
    CHAR_MAP[code] |= LOWER_CASE | TOKEN_FLAG;
}
for (let code = 0x61 /* a */; code <= 0x7a /* z */; code++) {
    CHAR_MAP[code] |= TOKEN_FLAG;
}
/**
 * Null object perf optimization. Faster than `Object.create(null)` and `{ __proto__: null }`.
 */
const NullObject = /* @__PURE__ */ (() => {
    const C = function () { };
    C.prototype = Object.create(null);
    return C;
})();
/**
 * Validate a type string against RFC 9110.
 */
function isTypeValid(type, start = 0, end = type.length) {
    let hasSlash = false;
    for (let index = start; index < end; index++) {
        const code = type.charCodeAt(index);
        if (code === 47 /* / */) {
            if (hasSlash || index === start || index >= end - 1)
                return false;
            hasSlash = true;
        }
        else if (!isTokenCode(code)) {
            return false;
        }
    }
    return hasSlash;
}
/**
 * Validate a token against RFC 9110.
 */
function isTokenValid(token, start = 0, end = token.length) {
    if (start >= end)
        return false;
    for (let index = start; index < end; index++) {
        if (!isTokenCode(token.charCodeAt(index)))
            return false;
    }
    return true;
}
/**
 * Check whether a character code belongs to the token production in RFC 9110.
 */
function isTokenCode(code) {
    return (CHAR_MAP[code] & TOKEN_FLAG) !== 0;
}
/**
 * Serialize a parameter value.
 */
function parameterValue(str) {
    const len = str.length;
    if (len === 0)
        return '""';
    let index = 0;
    while (index < len && isTokenCode(str.charCodeAt(index)))
        index++;
    if (index === len)
        return str;
    let result = '"';
    let start = 0;
    while (index < len) {
        const code = str.charCodeAt(index);
        if (code !== HTAB && (code < SP || code === 127 || code > 255)) {
            throw new TypeError(`Invalid parameter value: ${str}`);
        }
        if (code === 34 /* " */ || code === 92 /* \\ */) {
            result += `${str.slice(start, index)}\\`;
            start = index;
        }
        index++;
    }
    return `${result}${str.slice(start)}"`;
}
/**
 * Format an object into a `Content-Type` header.
 */
function format(obj) {
    const { type, parameters } = obj;
    if (!type || !isTypeValid(type)) {
        throw new TypeError(`Invalid type: ${type}`);
    }
    let result = type;
    if (parameters) {
        for (const param of Object.keys(parameters)) {
            if (!isTokenValid(param)) {
                throw new TypeError(`Invalid parameter name: ${param}`);
            }
            result += `; ${param}=${parameterValue(parameters[param])}`;
        }
    }
    return result;
}
/**
 * Parse a `Content-Type` header.
 */
function dist_parse(header, options) {
    const stopFlags = SEMI_FLAG | (options?.comma === true ? COMMA_FLAG : 0);
    const len = header.length;
    let valueStart = options?.start ?? 0;
    while ((CHAR_MAP[header.charCodeAt(valueStart)] & OWS) !== 0) {
        valueStart++;
    }
    let index = valueStart;
    let typeFlags = 0;
    let whitespace = -1;
    let stop = options?.parameters === false ? COMMA_FLAG : 0;
    while (index < len) {
        const code = header.charCodeAt(index);
        const flags = CHAR_MAP[code];
        if ((flags & stopFlags) !== 0) {
            stop |= flags & COMMA_FLAG;
            break;
        }
        if ((flags & OWS) !== 0) {
            if (whitespace === -1)
                whitespace = index;
        }
        else {
            whitespace = -1;
        }
        typeFlags |= (code & NON_ASCII) | flags;
        index++;
    }
    const valueEnd = whitespace === -1 ? index : whitespace;
    const value = header.slice(valueStart, valueEnd);
    const type = (typeFlags & CASE_FLAGS) === 0 ? value : value.toLowerCase();
    if (index === len || stop !== 0) {
        return { type, index, parameters: new NullObject() };
    }
    return parseParameters(header, type, index, len, stopFlags);
}
/**
 * Parses the parameters of a `Content-Type` header starting at the given index.
 */
function parseParameters(header, type, index, len, stopFlags) {
    const parameters = new NullObject();
    parameter: while (index < len) {
        index++; // Skip over ;
        while ((CHAR_MAP[header.charCodeAt(index)] & OWS) !== 0) {
            index++;
        }
        const keyStart = index;
        let keyFlags = 0;
        let keyWhitespace = -1;
        while (index < len) {
            const code = header.charCodeAt(index);
            const flags = CHAR_MAP[code];
            if ((flags & stopFlags) !== 0) {
                if ((flags & COMMA_FLAG) !== 0)
                    break parameter;
                continue parameter;
            }
            if (code === EQ) {
                const keyEnd = keyWhitespace === -1 ? index : keyWhitespace;
                const value = header.slice(keyStart, keyEnd);
                const key = (keyFlags & CASE_FLAGS) === 0 ? value : value.toLowerCase();
                index++;
                while ((CHAR_MAP[header.charCodeAt(index)] & OWS) !== 0) {
                    index++;
                }
                if (index < len && header.charCodeAt(index) === DQUOTE) {
                    const quotedStart = ++index;
                    let escaped = false;
                    while (index < len) {
                        const code = header.charCodeAt(index);
                        if (code === DQUOTE) {
                            if (parameters[key] === undefined) {
                                parameters[key] = escaped
                                    ? unescapeQuotedPairs(header, quotedStart, index)
                                    : header.slice(quotedStart, index);
                            }
                            index++;
                            let stop = 0;
                            // Discard characters between quote and delimiter.
                            while (index < len) {
                                const code = header.charCodeAt(index);
                                const flags = CHAR_MAP[code];
                                if ((flags & stopFlags) !== 0) {
                                    stop = flags & COMMA_FLAG;
                                    break;
                                }
                                index++;
                            }
                            if (stop !== 0)
                                break parameter;
                            continue parameter;
                        }
                        if (code === BSLASH && index + 1 < len) {
                            escaped = true;
                            index += 2;
                            continue;
                        }
                        index++;
                    }
                    continue parameter;
                }
                const valueStart = index;
                let stop = 0;
                let valueWhitespace = -1;
                while (index < len) {
                    const code = header.charCodeAt(index);
                    const flags = CHAR_MAP[code];
                    if ((flags & stopFlags) !== 0) {
                        stop = flags & COMMA_FLAG;
                        break;
                    }
                    if ((flags & OWS) !== 0) {
                        if (valueWhitespace === -1)
                            valueWhitespace = index;
                    }
                    else {
                        valueWhitespace = -1;
                    }
                    index++;
                }
                if (parameters[key] === undefined) {
                    const valueEnd = valueWhitespace === -1 ? index : valueWhitespace;
                    parameters[key] = header.slice(valueStart, valueEnd);
                }
                if (stop !== 0)
                    break parameter;
                continue parameter;
            }
            if ((flags & OWS) !== 0) {
                if (keyWhitespace === -1)
                    keyWhitespace = index;
            }
            else {
                keyWhitespace = -1;
            }
            keyFlags |= (code & NON_ASCII) | flags;
            index++;
        }
    }
    return { type, index, parameters };
}
/**
 * Remove backslashes from quoted pairs in a known-terminated quoted string body.
 */
function unescapeQuotedPairs(str, start, end) {
    let result = "";
    for (let index = start; index < end; index++) {
        if (str.charCodeAt(index) === BSLASH) {
            result += str.slice(start, index);
            start = ++index;
        }
    }
    return result + str.slice(start, end);
}
//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./node_modules/json-with-bigint/json-with-bigint.js
const intRegex = /^-?\d+$/;
const noiseValue = /^-?\d+n+$/; // Noise - strings that match the custom format before being converted to it
const originalStringify = JSON.stringify;
const originalParse = JSON.parse;
const customFormat = /^-?\d+n$/;

const bigIntsStringify = /([\[:])?"(-?\d+)n"($|\s*[,\}\]])/g;
const noiseStringify = /([\[:])?("-?\d+n+)n("$|"\s*[,\}\]])/g;

/**
 * @typedef {(this: any, key: string | number | undefined, value: any) => any} Replacer
 * @typedef {(key: string | number | undefined, value: any, context?: { source: string }) => any} Reviver
 */

/**
 * Checks if a value is unstringifiable according to native JSON.stringify rules.
 *
 * @param {any} val The value to check.
 * @returns {boolean} True if the value is undefined, a function, or a symbol.
 */
const isUnstringifiable = (val) =>
  val === undefined || typeof val === "function" || typeof val === "symbol";

/**
 * Checks if a value is a native JSON.rawJSON object (Node.js 22+).
 *
 * @param {any} val The value to check.
 * @returns {boolean} True if the value is a RawJSON instance.
 */
const isRawJSON = (val) =>
  val !== null &&
  typeof val === "object" &&
  val.constructor &&
  val.constructor.name === "RawJSON";

/**
 * Iteratively converts a JS value to a JSON string.
 * Used as a fallback when the native JSON.stringify hits the Maximum Call Stack size.
 * Fully compliant with JSON formatting (space), replacers, and toJSON behaviors.
 *
 * @param {any} rootValue The value to stringify.
 * @param {Replacer | Array<string | number> | null} [replacer] User's custom replacer function.
 * @param {string | number} [spaceParam] Indentation for pretty-printing.
 * @returns {string | undefined} The generated JSON string.
 */
const stringifyIteratively = (rootValue, replacer, spaceParam) => {
  let space = "";

  if (typeof spaceParam === "number") {
    space = " ".repeat(Math.min(10, Math.max(0, Math.floor(spaceParam))));
  } else if (typeof spaceParam === "string") {
    space = spaceParam.slice(0, 10);
  }

  const isFunctionReplacer = typeof replacer === "function";
  const propertyList = Array.isArray(replacer)
    ? new Set(replacer.map(String))
    : null;

  /**
   * Prepares a value for stringification by resolving toJSON, handling BigInts,
   * applying custom replacers, and unwrapping primitive objects.
   *
   * @param {object|Array} parent The parent object or array holding the value.
   * @param {string} key The key associated with the value.
   * @param {any} val The raw value to process.
   * @returns {any} The processed value ready for stringification.
   */
  const prepareVal = (parent, key, val) => {
    const isObject = val !== null && typeof val === "object";
    const hasToJSON = isObject && typeof val.toJSON === "function";

    if (hasToJSON) {
      val = val.toJSON(key);
    }

    const isNoise = typeof val === "string" && noiseValue.test(val);

    if (isNoise) return val + "n";

    const isBigInt = typeof val === "bigint";

    if (isBigInt) {
      const supportsRawJSON = "rawJSON" in JSON;

      if (supportsRawJSON) return JSON.rawJSON(val.toString());

      return val.toString() + "n";
    }

    if (isFunctionReplacer) {
      val = replacer.call(parent, key, val);
    }

    const isPostReplacerObject = val !== null && typeof val === "object";

    if (isPostReplacerObject) {
      const isPrimitiveWrapper =
        val instanceof Number ||
        val instanceof String ||
        val instanceof Boolean;

      if (isPrimitiveWrapper) {
        val = val.valueOf();
      }
    }

    return val;
  };

  const rootProcessed = prepareVal({ "": rootValue }, "", rootValue);

  if (isUnstringifiable(rootProcessed)) {
    return undefined;
  }

  const isRootPrimitive =
    rootProcessed === null || typeof rootProcessed !== "object";
  const isRootNativeRawJSON = isRawJSON(rootProcessed);

  if (isRootPrimitive || isRootNativeRawJSON) {
    return originalStringify(rootProcessed);
  }

  const chunks = [];
  let level = 0;

  const stack = [
    {
      parent: { "": rootProcessed },
      key: "",
      val: rootProcessed,
      isArray: Array.isArray(rootProcessed),
      keys: Array.isArray(rootProcessed) ? null : Object.keys(rootProcessed),
      index: 0,
      first: true,
    },
  ];

  const visited = new WeakSet([rootProcessed]);

  while (stack.length > 0) {
    const node = stack[stack.length - 1];

    if (node.index === 0) {
      chunks.push(node.isArray ? "[" : "{");
      level++;
    }

    let isDone = false;

    if (node.isArray) {
      if (node.index < node.val.length) {
        if (!node.first) chunks.push(",");

        if (space) chunks.push("\n" + space.repeat(level));

        const childRaw = node.val[node.index];
        const childVal = prepareVal(node.val, String(node.index), childRaw);

        if (isUnstringifiable(childVal)) {
          chunks.push("null");
          node.first = false;
          node.index++;
        } else {
          const isComplexObject =
            childVal !== null && typeof childVal === "object";
          const isNativeRaw = isRawJSON(childVal);

          if (isComplexObject && !isNativeRaw) {
            if (visited.has(childVal)) {
              throw new TypeError("Converting circular structure to JSON");
            }

            visited.add(childVal);

            stack.push({
              parent: node.val,
              key: String(node.index),
              val: childVal,
              isArray: Array.isArray(childVal),
              keys: Array.isArray(childVal) ? null : Object.keys(childVal),
              index: 0,
              first: true,
            });

            node.first = false;
            node.index++;
          } else {
            chunks.push(originalStringify(childVal));
            node.first = false;
            node.index++;
          }
        }
      } else {
        isDone = true;
      }
    } else {
      while (node.index < node.keys.length) {
        const k = node.keys[node.index++];

        const isFilteredOutByArray = propertyList && !propertyList.has(k);

        if (isFilteredOutByArray) continue;

        const childRaw = node.val[k];
        const childVal = prepareVal(node.val, k, childRaw);

        if (isUnstringifiable(childVal)) continue;

        if (!node.first) chunks.push(",");

        if (space) {
          chunks.push("\n" + space.repeat(level) + originalStringify(k) + ": ");
        } else {
          chunks.push(originalStringify(k) + ":");
        }

        const isComplexObject =
          childVal !== null && typeof childVal === "object";
        const isNativeRaw = isRawJSON(childVal);

        if (isComplexObject && !isNativeRaw) {
          if (visited.has(childVal)) {
            throw new TypeError("Converting circular structure to JSON");
          }

          visited.add(childVal);

          stack.push({
            parent: node.val,
            key: k,
            val: childVal,
            isArray: Array.isArray(childVal),
            keys: Array.isArray(childVal) ? null : Object.keys(childVal),
            index: 0,
            first: true,
          });

          node.first = false;

          break; // Stop current loop level to process the newly pushed stack node
        } else {
          chunks.push(originalStringify(childVal));
          node.first = false;
        }
      }

      const isNodeFullyProcessed =
        node.index >= node.keys.length && stack[stack.length - 1] === node;

      if (isNodeFullyProcessed) {
        isDone = true;
      }
    }

    if (isDone) {
      level--;

      if (!node.first && space) chunks.push("\n" + space.repeat(level));

      chunks.push(node.isArray ? "]" : "}");
      visited.delete(node.val);
      stack.pop();
    }
  }

  return chunks.join("");
};

/**
 * Converts a JavaScript value to a JSON string.
 *
 * Supports serialization of BigInt values using two strategies:
 * 1. Custom format "123n" → "123" (universal fallback)
 * 2. Native JSON.rawJSON() (Node.js 22+, fastest) when available
 *
 * All other values are serialized exactly like native JSON.stringify().
 *
 * @param {*} value The value to convert to a JSON string.
 * @param {Replacer | Array<string | number> | null} [replacer]
 * A function that alters the behavior of the stringification process,
 * or an array of strings/numbers to indicate properties to exclude.
 * @param {string | number} [space]
 * A string or number to specify indentation or pretty-printing.
 * @returns {string} The JSON string representation.
 */
const JSONStringify = (value, replacer, space) => {
  try {
    const supportsRawJSON = "rawJSON" in JSON;

    if (supportsRawJSON) {
      return originalStringify(
        value,
        (key, val) => {
          if (typeof val === "bigint") return JSON.rawJSON(val.toString());

          const hasFunctionReplacer = typeof replacer === "function";

          if (hasFunctionReplacer) return replacer(key, val);

          const isKeyInArrayReplacer =
            Array.isArray(replacer) && replacer.includes(key);

          if (isKeyInArrayReplacer) return val;

          return val;
        },
        space,
      );
    }

    if (!value) return originalStringify(value, replacer, space);

    const convertedToCustomJSON = originalStringify(
      value,
      (key, val) => {
        const isNoise = typeof val === "string" && noiseValue.test(val);

        if (isNoise) return val.toString() + "n"; // Mark noise values with additional "n" to offset the deletion of one "n" during the processing

        if (typeof val === "bigint") return val.toString() + "n";

        const hasFunctionReplacer = typeof replacer === "function";

        if (hasFunctionReplacer) return replacer(key, val);

        const isKeyInArrayReplacer =
          Array.isArray(replacer) && replacer.includes(key);

        if (isKeyInArrayReplacer) return val;

        return val;
      },
      space,
    );

    const processedJSON = convertedToCustomJSON.replace(
      bigIntsStringify,
      "$1$2$3",
    ); // Delete one "n" off the end of every BigInt value

    const denoisedJSON = processedJSON.replace(noiseStringify, "$1$2$3"); // Remove one "n" off the end of every noisy string

    return denoisedJSON;
  } catch (error) {
    if (error instanceof RangeError) {
      const convertedJSON = stringifyIteratively(value, replacer, space);

      if (convertedJSON === undefined) return undefined;

      const supportsRawJSON = "rawJSON" in JSON;

      if (supportsRawJSON) return convertedJSON;

      const processedJSON = convertedJSON.replace(bigIntsStringify, "$1$2$3");

      return processedJSON.replace(noiseStringify, "$1$2$3");
    }

    throw error;
  }
};

const featureCache = new Map();

/**
 * Detects if the current JSON.parse implementation supports the context.source feature.
 *
 * Uses toString() fingerprinting to cache results and automatically detect runtime
 * replacements of JSON.parse (polyfills, mocks, etc.).
 *
 * @returns {boolean} true if context.source is supported, false otherwise.
 */
const isContextSourceSupported = () => {
  const parseFingerprint = JSON.parse.toString();

  if (featureCache.has(parseFingerprint)) {
    return featureCache.get(parseFingerprint);
  }

  try {
    const result = JSON.parse(
      "1",
      (_, __, context) => !!context?.source && context.source === "1",
    );
    featureCache.set(parseFingerprint, result);

    return result;
  } catch {
    featureCache.set(parseFingerprint, false);

    return false;
  }
};

/**
 * Reviver function that converts custom-format BigInt strings back to BigInt values.
 * Also handles "noise" strings that accidentally match the BigInt format.
 *
 * @param {string | number | undefined} key The object key.
 * @param {*} value The value being parsed.
 * @param {object} [context] Parse context (if supported by JSON.parse).
 * @param {Reviver} [userReviver] User's custom reviver function.
 * @returns {any} The transformed value.
 */
const convertMarkedBigIntsReviver = (key, value, context, userReviver) => {
  const isCustomFormatBigInt =
    typeof value === "string" && customFormat.test(value);

  if (isCustomFormatBigInt) return BigInt(value.slice(0, -1));

  const isNoiseValue = typeof value === "string" && noiseValue.test(value);
  if (isNoiseValue) return value.slice(0, -1);

  const hasUserReviver = typeof userReviver === "function";

  if (!hasUserReviver) return value;

  return userReviver(key, value, context);
};

/**
 * Fast JSON.parse implementation (~2x faster than classic fallback).
 * Uses JSON.parse's context.source feature to detect integers and convert
 * large numbers directly to BigInt without string manipulation.
 *
 * Does not support legacy custom format from v1 of this library.
 *
 * @param {string} text JSON string to parse.
 * @param {Reviver} [reviver] Transform function to apply to each value.
 * @returns {any} Parsed JavaScript value.
 */
const JSONParseV2 = (text, reviver) => {
  return JSON.parse(text, (key, value, context) => {
    const isNumber = typeof value === "number";
    const isOutOfBounds =
      value > Number.MAX_SAFE_INTEGER || value < Number.MIN_SAFE_INTEGER;
    const isBigNumber = isNumber && isOutOfBounds;
    const isInt = context && intRegex.test(context.source);
    const isBigInt = isBigNumber && isInt;

    if (isBigInt) return BigInt(context.source);

    const hasCustomReviver = typeof reviver === "function";

    if (!hasCustomReviver) return value;

    return reviver(key, value, context);
  });
};

const MAX_INT = Number.MAX_SAFE_INTEGER.toString();
const MAX_DIGITS = MAX_INT.length;
const stringsOrLargeNumbers =
  /"(?:[^"\\]|\\.)*"|-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?/g;
const noiseValueWithQuotes = /^"-?\d+n+"$/; // Noise - strings that match the custom format before being converted to it

/**
 * Iteratively traverses the parsed object bottom-up (post-order),
 * emulating the native JSON.parse reviver behavior.
 * This avoids Call Stack overflows (RangeError) on deeply nested structures.
 *
 * @param {any} parsed The natively parsed JSON object.
 * @param {Reviver} [userReviver] User's custom reviver function.
 * @returns {any} The fully processed object.
 */
const applyReviverIteratively = (parsed, userReviver) => {
  const rootHolder = { "": parsed };
  const stack = [{ parent: rootHolder, key: "", visited: false }];

  while (stack.length > 0) {
    const node = stack[stack.length - 1];

    if (!node.visited) {
      node.visited = true;

      const value = node.parent[node.key];
      const isComplexObject = value !== null && typeof value === "object";

      if (isComplexObject) {
        const keys = Object.keys(value);

        for (let i = keys.length - 1; i >= 0; i--) {
          stack.push({ parent: value, key: keys[i], visited: false });
        }
      }
    } else {
      const { parent, key } = node;
      let value = parent[key];

      if (typeof value === "string") {
        const isCustomFormatBigInt = customFormat.test(value);

        if (isCustomFormatBigInt) {
          value = BigInt(value.slice(0, -1));
        } else {
          const isNoise = noiseValue.test(value);

          if (isNoise) value = value.slice(0, -1);
        }
      }

      const hasUserReviver = typeof userReviver === "function";

      if (hasUserReviver) {
        value = userReviver.call(parent, key, value);
      }

      const isDeleted = value === undefined;

      if (isDeleted) {
        delete parent[key];
      } else {
        parent[key] = value;
      }

      stack.pop();
    }
  }

  return rootHolder[""];
};

/**
 * Pre-processes the JSON string to mark large numbers with an 'n' suffix.
 *
 * @param {string} text The raw JSON string.
 * @returns {string} The serialized string with marked BigInts.
 */
const serializeBigInts = (text) => {
  return text.replace(
    stringsOrLargeNumbers,
    (match, digits, fractional, exponential) => {
      const isString = match[0] === '"';
      const isNoise = isString && noiseValueWithQuotes.test(match);

      if (isNoise) return match.substring(0, match.length - 1) + 'n"'; // Mark noise values with additional "n" to offset the deletion of one "n" during the processing

      const hasFractionalOrExponential = fractional || exponential;

      // With a fixed number of digits, we can correctly use lexicographical comparison to do a numeric comparison
      const isLessThanMaxSafeInt =
        digits &&
        (digits.length < MAX_DIGITS ||
          (digits.length === MAX_DIGITS && digits <= MAX_INT));

      const isStandardValue =
        isString || hasFractionalOrExponential || isLessThanMaxSafeInt;

      if (isStandardValue) return match;

      return '"' + match + 'n"';
    },
  );
};

/**
 * Converts a JSON string into a JavaScript value.
 *
 * Supports parsing of large integers using two strategies:
 * 1. Classic fallback: Marks large numbers with "123n" format, then converts to BigInt
 * 2. Fast path (JSONParseV2): Uses context.source feature (~2x faster) when available
 *
 * All other JSON values are parsed exactly like native JSON.parse().
 *
 * @param {string} text A valid JSON string.
 * @param {Reviver} [reviver]
 * A function that transforms the results. This function is called for each member
 * of the object. If a member contains nested objects, the nested objects are
 * transformed before the parent object is.
 * @returns {any} The parsed JavaScript value.
 * @throws {SyntaxError} If text is not valid JSON.
 */
const JSONParse = (text, reviver) => {
  if (!text) return originalParse(text, reviver);

  try {
    if (isContextSourceSupported()) return JSONParseV2(text, reviver); // Shortcut to a faster (2x) and simpler version

    // Find and mark big numbers with "n"
    const serializedData = serializeBigInts(text);

    return originalParse(serializedData, (key, value, context) =>
      convertMarkedBigIntsReviver(key, value, context, reviver),
    );
  } catch (error) {
    if (error instanceof RangeError) {
      const serializedData = serializeBigInts(text);
      const parsed = originalParse(serializedData);

      return applyReviverIteratively(parsed, reviver);
    }

    throw error;
  }
};



;// CONCATENATED MODULE: ./node_modules/@octokit/request-error/dist-src/index.js
class RequestError extends Error {
  name;
  /**
   * http status code
   */
  status;
  /**
   * Request options that lead to the error.
   */
  request;
  /**
   * Response object if a response was received
   */
  response;
  constructor(message, statusCode, options) {
    super(message, { cause: options.cause });
    this.name = "HttpError";
    this.status = Number.parseInt(statusCode);
    if (Number.isNaN(this.status)) {
      this.status = 0;
    }
    /* v8 ignore else -- @preserve -- Bug with vitest coverage where it sees an else branch that doesn't exist */
    if ("response" in options) {
      this.response = options.response;
    }
    const requestCopy = Object.assign({}, options.request);
    if (options.request.headers.authorization) {
      requestCopy.headers = Object.assign({}, options.request.headers, {
        authorization: options.request.headers.authorization.replace(
          /(?<! ) .*$/,
          " [REDACTED]"
        )
      });
    }
    requestCopy.url = requestCopy.url.replace(/\bclient_secret=\w+/g, "client_secret=[REDACTED]").replace(/\baccess_token=\w+/g, "access_token=[REDACTED]");
    this.request = requestCopy;
  }
}


;// CONCATENATED MODULE: ./node_modules/@octokit/request/dist-bundle/index.js
// pkg/dist-src/index.js


// pkg/dist-src/defaults.js


// pkg/dist-src/version.js
var dist_bundle_VERSION = "10.0.16";

// pkg/dist-src/defaults.js
var defaults_default = {
  headers: {
    "user-agent": `octokit-request.js/${dist_bundle_VERSION} ${getUserAgent()}`
  }
};

// pkg/dist-src/fetch-wrapper.js



// pkg/dist-src/is-plain-object.js
function dist_bundle_isPlainObject(value) {
  if (typeof value !== "object" || value === null) return false;
  if (Object.prototype.toString.call(value) !== "[object Object]") return false;
  const proto = Object.getPrototypeOf(value);
  if (proto === null) return true;
  const Ctor = Object.prototype.hasOwnProperty.call(proto, "constructor") && proto.constructor;
  return typeof Ctor === "function" && Ctor instanceof Ctor && Function.prototype.call(Ctor) === Function.prototype.call(value);
}

// pkg/dist-src/fetch-wrapper.js

var noop = () => "";
async function fetchWrapper(requestOptions) {
  const fetch = requestOptions.request?.fetch || globalThis.fetch;
  if (!fetch) {
    throw new Error(
      "fetch is not set. Please pass a fetch implementation as new Octokit({ request: { fetch }}). Learn more at https://github.com/octokit/octokit.js/#fetch-missing"
    );
  }
  const log = requestOptions.request?.log || console;
  const parseSuccessResponseBody = requestOptions.request?.parseSuccessResponseBody !== false;
  const body = dist_bundle_isPlainObject(requestOptions.body) || Array.isArray(requestOptions.body) ? JSONStringify(requestOptions.body) : requestOptions.body;
  const requestHeaders = Object.fromEntries(
    Object.entries(requestOptions.headers).map(([name, value]) => [
      name,
      String(value)
    ])
  );
  let fetchResponse;
  try {
    fetchResponse = await fetch(requestOptions.url, {
      method: requestOptions.method,
      body,
      redirect: requestOptions.request?.redirect,
      headers: requestHeaders,
      signal: requestOptions.request?.signal,
      // duplex must be set if request.body is ReadableStream or Async Iterables.
      // See https://fetch.spec.whatwg.org/#dom-requestinit-duplex.
      ...requestOptions.body && { duplex: "half" }
    });
  } catch (error) {
    let message = "Unknown Error";
    if (error instanceof Error) {
      if (error.name === "AbortError") {
        error.status = 500;
        throw error;
      }
      message = error.message;
      if (error.name === "TypeError" && "cause" in error) {
        if (error.cause instanceof Error) {
          message = error.cause.message;
        } else if (typeof error.cause === "string") {
          message = error.cause;
        }
      }
    }
    const requestError = new RequestError(message, 500, {
      request: requestOptions
    });
    requestError.cause = error;
    throw requestError;
  }
  const status = fetchResponse.status;
  const url = fetchResponse.url;
  const responseHeaders = {};
  for (const [key, value] of fetchResponse.headers) {
    responseHeaders[key] = value;
  }
  const octokitResponse = {
    url,
    status,
    headers: responseHeaders,
    data: ""
  };
  if ("deprecation" in responseHeaders) {
    const matches = responseHeaders.link && responseHeaders.link.match(/<([^<>]+)>; rel="deprecation"/);
    const deprecationLink = matches && matches.pop();
    log.warn(
      `[@octokit/request] "${requestOptions.method} ${requestOptions.url}" is deprecated. It is scheduled to be removed on ${responseHeaders.sunset}${deprecationLink ? `. See ${deprecationLink}` : ""}`
    );
  }
  if (status === 204 || status === 205) {
    return octokitResponse;
  }
  if (requestOptions.method === "HEAD") {
    if (status < 400) {
      return octokitResponse;
    }
    throw new RequestError(fetchResponse.statusText, status, {
      response: octokitResponse,
      request: requestOptions
    });
  }
  if (status === 304) {
    octokitResponse.data = await getResponseData(fetchResponse);
    throw new RequestError("Not modified", status, {
      response: octokitResponse,
      request: requestOptions
    });
  }
  if (status >= 400) {
    octokitResponse.data = await getResponseData(fetchResponse);
    throw new RequestError(toErrorMessage(octokitResponse.data), status, {
      response: octokitResponse,
      request: requestOptions
    });
  }
  octokitResponse.data = parseSuccessResponseBody ? await getResponseData(fetchResponse) : fetchResponse.body;
  return octokitResponse;
}
async function getResponseData(response) {
  const contentType = response.headers.get("content-type");
  if (!contentType) {
    return response.text().catch(noop);
  }
  const mimetype = dist_parse(contentType);
  if (isJSONResponse(mimetype)) {
    let text = "";
    try {
      text = await response.text();
      return JSONParse(text);
    } catch (err) {
      return text;
    }
  } else if (mimetype.type.startsWith("text/") || // `application/octet-stream` is the canonical "arbitrary binary" type
  // (RFC 2046) and must never be decoded as text, even when the response
  // carries a (misleading) `charset=utf-8` parameter — see #751.
  mimetype.parameters.charset?.toLowerCase() === "utf-8" && mimetype.type !== "application/octet-stream") {
    return response.text().catch(noop);
  } else {
    return response.arrayBuffer().catch(
      /* v8 ignore next -- @preserve */
      () => new ArrayBuffer(0)
    );
  }
}
function isJSONResponse(mimetype) {
  return mimetype.type === "application/json" || mimetype.type === "application/scim+json";
}
function toErrorMessage(data) {
  if (typeof data === "string") {
    return data;
  }
  if (data instanceof ArrayBuffer) {
    return "Unknown error";
  }
  if (typeof data === "object" && data !== null && "message" in data) {
    const objectData = data;
    const suffix = "documentation_url" in objectData ? ` - ${objectData.documentation_url}` : "";
    return Array.isArray(objectData.errors) ? `${objectData.message}: ${objectData.errors.map((v) => JSON.stringify(v)).join(", ")}${suffix}` : `${objectData.message}${suffix}`;
  }
  return `Unknown error: ${JSON.stringify(data)}`;
}

// pkg/dist-src/with-defaults.js
function dist_bundle_withDefaults(oldEndpoint, newDefaults) {
  const endpoint2 = oldEndpoint.defaults(newDefaults);
  const newApi = function(route, parameters) {
    const endpointOptions = endpoint2.merge(route, parameters);
    if (!endpointOptions.request || !endpointOptions.request.hook) {
      return fetchWrapper(endpoint2.parse(endpointOptions));
    }
    const request2 = (route2, parameters2) => {
      return fetchWrapper(
        endpoint2.parse(endpoint2.merge(route2, parameters2))
      );
    };
    Object.assign(request2, {
      endpoint: endpoint2,
      defaults: dist_bundle_withDefaults.bind(null, endpoint2)
    });
    return endpointOptions.request.hook(request2, endpointOptions);
  };
  return Object.assign(newApi, {
    endpoint: endpoint2,
    defaults: dist_bundle_withDefaults.bind(null, endpoint2)
  });
}

// pkg/dist-src/index.js
var request = dist_bundle_withDefaults(endpoint, defaults_default);

/* v8 ignore next -- @preserve */
/* v8 ignore else -- @preserve */

;// CONCATENATED MODULE: ./node_modules/@octokit/graphql/dist-bundle/index.js
// pkg/dist-src/index.js



// pkg/dist-src/version.js
var graphql_dist_bundle_VERSION = "0.0.0-development";

// pkg/dist-src/with-defaults.js


// pkg/dist-src/graphql.js


// pkg/dist-src/error.js
function _buildMessageForResponseErrors(data) {
  return `Request failed due to following response errors:
` + data.errors.map((e) => ` - ${e.message}`).join("\n");
}
var GraphqlResponseError = class extends Error {
  constructor(request2, headers, response) {
    super(_buildMessageForResponseErrors(response));
    this.request = request2;
    this.headers = headers;
    this.response = response;
    this.errors = response.errors;
    this.data = response.data;
    if (Error.captureStackTrace) {
      Error.captureStackTrace(this, this.constructor);
    }
  }
  request;
  headers;
  response;
  name = "GraphqlResponseError";
  errors;
  data;
};

// pkg/dist-src/graphql.js
var NON_VARIABLE_OPTIONS = [
  "method",
  "baseUrl",
  "url",
  "headers",
  "request",
  "query",
  "mediaType",
  "operationName"
];
var FORBIDDEN_VARIABLE_OPTIONS = ["query", "method", "url"];
var GHES_V3_SUFFIX_REGEX = /\/api\/v3\/?$/;
function graphql(request2, query, options) {
  if (options) {
    if (typeof query === "string" && "query" in options) {
      return Promise.reject(
        new Error(`[@octokit/graphql] "query" cannot be used as variable name`)
      );
    }
    for (const key in options) {
      if (!FORBIDDEN_VARIABLE_OPTIONS.includes(key)) continue;
      return Promise.reject(
        new Error(
          `[@octokit/graphql] "${key}" cannot be used as variable name`
        )
      );
    }
  }
  const parsedOptions = typeof query === "string" ? Object.assign({ query }, options) : query;
  const requestOptions = Object.keys(
    parsedOptions
  ).reduce((result, key) => {
    if (NON_VARIABLE_OPTIONS.includes(key)) {
      result[key] = parsedOptions[key];
      return result;
    }
    if (!result.variables) {
      result.variables = {};
    }
    result.variables[key] = parsedOptions[key];
    return result;
  }, {});
  const baseUrl = parsedOptions.baseUrl || request2.endpoint.DEFAULTS.baseUrl;
  if (GHES_V3_SUFFIX_REGEX.test(baseUrl)) {
    requestOptions.url = baseUrl.replace(GHES_V3_SUFFIX_REGEX, "/api/graphql");
  }
  return request2(requestOptions).then((response) => {
    if (response.data.errors) {
      const headers = {};
      for (const key of Object.keys(response.headers)) {
        headers[key] = response.headers[key];
      }
      throw new GraphqlResponseError(
        requestOptions,
        headers,
        response.data
      );
    }
    return response.data.data;
  });
}

// pkg/dist-src/with-defaults.js
function graphql_dist_bundle_withDefaults(request2, newDefaults) {
  const newRequest = request2.defaults(newDefaults);
  const newApi = (query, options) => {
    return graphql(newRequest, query, options);
  };
  return Object.assign(newApi, {
    defaults: graphql_dist_bundle_withDefaults.bind(null, newRequest),
    endpoint: newRequest.endpoint
  });
}

// pkg/dist-src/index.js
var graphql2 = graphql_dist_bundle_withDefaults(request, {
  headers: {
    "user-agent": `octokit-graphql.js/${graphql_dist_bundle_VERSION} ${getUserAgent()}`
  },
  method: "POST",
  url: "/graphql"
});
function withCustomRequest(customRequest) {
  return graphql_dist_bundle_withDefaults(customRequest, {
    method: "POST",
    url: "/graphql"
  });
}

/* v8 ignore if -- @preserve */

;// CONCATENATED MODULE: ./node_modules/@octokit/auth-token/dist-bundle/index.js
// pkg/dist-src/is-jwt.js
var b64url = "(?:[a-zA-Z0-9_-]+)";
var sep = "\\.";
var jwtRE = new RegExp(`^${b64url}${sep}${b64url}${sep}${b64url}$`);
var isJWT = jwtRE.test.bind(jwtRE);

// pkg/dist-src/auth.js
async function auth(token) {
  const isApp = isJWT(token);
  const isInstallation = token.startsWith("v1.") || token.startsWith("ghs_");
  const isUserToServer = token.startsWith("ghu_");
  const tokenType = isApp ? "app" : isInstallation ? "installation" : isUserToServer ? "user-to-server" : "oauth";
  return {
    type: "token",
    token,
    tokenType
  };
}

// pkg/dist-src/with-authorization-prefix.js
function withAuthorizationPrefix(token) {
  if (token.split(/\./).length === 3) {
    return `bearer ${token}`;
  }
  return `token ${token}`;
}

// pkg/dist-src/hook.js
async function hook(token, request, route, parameters) {
  const endpoint = request.endpoint.merge(
    route,
    parameters
  );
  endpoint.headers.authorization = withAuthorizationPrefix(token);
  return request(endpoint);
}

// pkg/dist-src/index.js
var createTokenAuth = function createTokenAuth2(token) {
  if (!token) {
    throw new Error("[@octokit/auth-token] No token passed to createTokenAuth");
  }
  if (typeof token !== "string") {
    throw new Error(
      "[@octokit/auth-token] Token passed to createTokenAuth is not a string"
    );
  }
  token = token.replace(/^(token|bearer) +/i, "");
  return Object.assign(auth.bind(null, token), {
    hook: hook.bind(null, token)
  });
};


;// CONCATENATED MODULE: ./node_modules/@octokit/core/dist-src/version.js
const version_VERSION = "7.0.8";


;// CONCATENATED MODULE: ./node_modules/@octokit/core/dist-src/index.js






const dist_src_noop = () => {
};
const consoleWarn = console.warn.bind(console);
const consoleError = console.error.bind(console);
function createLogger(logger = {}) {
  if (typeof logger.debug !== "function") {
    logger.debug = dist_src_noop;
  }
  if (typeof logger.info !== "function") {
    logger.info = dist_src_noop;
  }
  if (typeof logger.warn !== "function") {
    logger.warn = consoleWarn;
  }
  if (typeof logger.error !== "function") {
    logger.error = consoleError;
  }
  return logger;
}
const userAgentTrail = `octokit-core.js/${version_VERSION} ${getUserAgent()}`;
class Octokit {
  static VERSION = version_VERSION;
  static defaults(defaults) {
    const OctokitWithDefaults = class extends this {
      constructor(...args) {
        const options = args[0] || {};
        if (typeof defaults === "function") {
          super(defaults(options));
          return;
        }
        super(
          Object.assign(
            {},
            defaults,
            options,
            options.userAgent && defaults.userAgent ? {
              userAgent: `${options.userAgent} ${defaults.userAgent}`
            } : null
          )
        );
      }
    };
    return OctokitWithDefaults;
  }
  static plugins = [];
  /**
   * Attach a plugin (or many) to your Octokit instance.
   *
   * @example
   * const API = Octokit.plugin(plugin1, plugin2, plugin3, ...)
   */
  static plugin(...newPlugins) {
    const currentPlugins = this.plugins;
    const NewOctokit = class extends this {
      static plugins = currentPlugins.concat(
        newPlugins.filter((plugin) => !currentPlugins.includes(plugin))
      );
    };
    return NewOctokit;
  }
  constructor(options = {}) {
    const hook = new before_after_hook.Collection();
    const requestDefaults = {
      baseUrl: request.endpoint.DEFAULTS.baseUrl,
      headers: {},
      request: Object.assign({}, options.request, {
        // @ts-ignore internal usage only, no need to type
        hook: hook.bind(null, "request")
      }),
      mediaType: {
        previews: [],
        format: ""
      }
    };
    requestDefaults.headers["user-agent"] = options.userAgent ? `${options.userAgent} ${userAgentTrail}` : userAgentTrail;
    if (options.baseUrl) {
      requestDefaults.baseUrl = options.baseUrl;
    }
    if (options.previews) {
      requestDefaults.mediaType.previews = options.previews;
    }
    if (options.timeZone) {
      requestDefaults.headers["time-zone"] = options.timeZone;
    }
    this.request = request.defaults(requestDefaults);
    this.graphql = withCustomRequest(this.request).defaults(requestDefaults);
    this.log = createLogger(options.log);
    this.hook = hook;
    if (!options.authStrategy) {
      if (!options.auth) {
        this.auth = async () => ({
          type: "unauthenticated"
        });
      } else {
        const auth = createTokenAuth(options.auth);
        hook.wrap("request", auth.hook);
        this.auth = auth;
      }
    } else {
      const { authStrategy, ...otherOptions } = options;
      const auth = authStrategy(
        Object.assign(
          {
            request: this.request,
            log: this.log,
            // we pass the current octokit instance as well as its constructor options
            // to allow for authentication strategies that return a new octokit instance
            // that shares the same internal state as the current one. The original
            // requirement for this was the "event-octokit" authentication strategy
            // of https://github.com/probot/octokit-auth-probot.
            octokit: this,
            octokitOptions: otherOptions
          },
          options.auth
        )
      );
      hook.wrap("request", auth.hook);
      this.auth = auth;
    }
    const classConstructor = this.constructor;
    for (let i = 0; i < classConstructor.plugins.length; ++i) {
      Object.assign(this, classConstructor.plugins[i](this, options));
    }
  }
  // assigned during constructor
  request;
  graphql;
  log;
  hook;
  // TODO: type `octokit.auth` based on passed options.authStrategy
  auth;
}



/***/ }),

/***/ 1138:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  VR: () => (/* binding */ Minimatch)
});

// UNUSED EXPORTS: GLOBSTAR, braceExpand, defaults, escape, filter, match, minimatch, sep, unescape

;// CONCATENATED MODULE: ./node_modules/balanced-match/dist/esm/index.js
const balanced = (a, b, str) => {
    const ma = a instanceof RegExp ? maybeMatch(a, str) : a;
    const mb = b instanceof RegExp ? maybeMatch(b, str) : b;
    const r = ma !== null && mb != null && range(ma, mb, str);
    return (r && {
        start: r[0],
        end: r[1],
        pre: str.slice(0, r[0]),
        body: str.slice(r[0] + ma.length, r[1]),
        post: str.slice(r[1] + mb.length),
    });
};
const maybeMatch = (reg, str) => {
    const m = str.match(reg);
    return m ? m[0] : null;
};
const range = (a, b, str) => {
    let begs, beg, left, right = undefined, result;
    let ai = str.indexOf(a);
    let bi = str.indexOf(b, ai + 1);
    let i = ai;
    if (ai >= 0 && bi > 0) {
        if (a === b) {
            return [ai, bi];
        }
        begs = [];
        left = str.length;
        while (i >= 0 && !result) {
            if (i === ai) {
                begs.push(i);
                ai = str.indexOf(a, i + 1);
            }
            else if (begs.length === 1) {
                const r = begs.pop();
                if (r !== undefined)
                    result = [r, bi];
            }
            else {
                beg = begs.pop();
                if (beg !== undefined && beg < left) {
                    left = beg;
                    right = bi;
                }
                bi = str.indexOf(b, i + 1);
            }
            i = ai < bi && ai >= 0 ? ai : bi;
        }
        if (begs.length && right !== undefined) {
            result = [left, right];
        }
    }
    return result;
};
//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./node_modules/brace-expansion/dist/esm/index.js

const escSlash = '\0SLASH' + Math.random().toFixed(16) + '\0';
const escOpen = '\0OPEN' + Math.random().toFixed(16) + '\0';
const escClose = '\0CLOSE' + Math.random().toFixed(16) + '\0';
const escComma = '\0COMMA' + Math.random().toFixed(16) + '\0';
const escPeriod = '\0PERIOD' + Math.random().toFixed(16) + '\0';
const escSlashPattern = new RegExp(escSlash, 'g');
const escOpenPattern = new RegExp(escOpen, 'g');
const escClosePattern = new RegExp(escClose, 'g');
const escCommaPattern = new RegExp(escComma, 'g');
const escPeriodPattern = new RegExp(escPeriod, 'g');
const slashPattern = /\\\\/g;
const openPattern = /\\{/g;
const closePattern = /\\}/g;
const commaPattern = /\\,/g;
const periodPattern = /\\\./g;
const EXPANSION_MAX = 100_000;
// `EXPANSION_MAX` caps the *number* of expansions, but not their length. An
// input like `'{a,b}'.repeat(1500)` stays under that count - its output is
// truncated to 100k results - while making every result ~1500 characters
// long. The result set, and the intermediate arrays built while combining
// brace sets, then grow large enough to exhaust memory and crash the process
// (CVE-2026-14257). `EXPANSION_MAX_LENGTH` bounds the total number of
// characters the accumulator may hold at any point, so memory stays flat no
// matter how many brace groups are chained. The limit sits well above any
// realistic expansion (100k results hitting `EXPANSION_MAX` measure ~1M
// characters) so legitimate input is unaffected.
const EXPANSION_MAX_LENGTH = 4_000_000;
// `expand_` recurses once per level of brace *nesting* - both when expanding a
// set's comma members and when re-wrapping a set whose body is a single part.
// The CVE-2026-14257 fix made the *tail* iterative (recursion on `m.post`, one
// level per chained group), which left nesting depth unbounded: about 3,100
// levels of `{{{...a,b...}}}` - only ~6KB of input - exhausted the native stack
// and crashed the process. `EXPANSION_MAX_DEPTH` bounds how deep the parser
// will follow nesting. It sits far above any realistic pattern and well below
// the depth at which the stack runs out.
const EXPANSION_MAX_DEPTH = 1_000;
// Bash keeps a quirk where a brace group followed by a comma set still expands
// (`{a},b}`). The parser implements it by rewriting the string and restarting
// the scan, absorbing one `}` per pass. `n` trailing braces therefore cost `n`
// full passes over a string that itself grows by one `escClose` sentinel each
// time - quadratic in `n`, with a ~26x constant from the sentinel's length.
// 128KB of `'{a}' + '}'.repeat(n) + ',z}'` blocked the event loop for 27
// seconds to produce two results. `EXPANSION_MAX_REWRITES` bounds how many
// times the scan may restart. Real `{a},b}` input needs a handful.
const EXPANSION_MAX_REWRITES = 1_000;
// `EXPANSION_MAX_STEPS` bounds the work one `expand` call does, which `max`,
// `maxLength` and `maxDepth` don't: nested sets are rescanned at every level
// and chained groups each rebuild up to `max` results, so 2KB of input could
// block the event loop for over 30 seconds. Each character scanned, result
// built and sequence value generated is a step, and each `expand_` call costs
// `CALL_STEPS` more. Past the budget, the set being expanded and everything
// after it stay literal. A glob needs a few hundred steps, and nesting all the
// way to `EXPANSION_MAX_DEPTH` about 4M.
const EXPANSION_MAX_STEPS = 20_000_000;
// What one `expand_` call costs on top of what it scans and builds. Setting
// one up takes about as long as scanning 16 characters, and a set whose
// results are wrapped to be expanded again makes one call per result, each
// scanning and building next to nothing: 64KB of
// `('{{' + ','.repeat(316) + '}{' + ','.repeat(316) + '}}').repeat(n)` made
// 4M such calls, which spent the budget three times as slowly as anything
// else.
const CALL_STEPS = 16;
function numeric(str) {
    return !isNaN(str) ? parseInt(str, 10) : str.charCodeAt(0);
}
function escapeBraces(str) {
    return str
        .replace(slashPattern, escSlash)
        .replace(openPattern, escOpen)
        .replace(closePattern, escClose)
        .replace(commaPattern, escComma)
        .replace(periodPattern, escPeriod);
}
function unescapeBraces(str) {
    return str
        .replace(escSlashPattern, '\\')
        .replace(escOpenPattern, '{')
        .replace(escClosePattern, '}')
        .replace(escCommaPattern, ',')
        .replace(escPeriodPattern, '.');
}
// Like `target.push(...items)` but doesn't overflow the stack
function pushAll(target, items) {
    for (let i = 0; i < items.length; i++) {
        target.push(items[i]);
    }
}
// `balanced`, run on `masked` (see `maskUnmatchedOpens`), sliced from `str`
// and charged for the characters it walks: up to the group's `}`, or the
// whole string when there is no match or unmatched `{` come first, which
// `unmatched` then flags for masking. Once a call overdraws the budget, it
// and every later one return undefined, so the rest stays literal.
function balancedWithBudget(str, masked, budget) {
    if (budget.remaining < 0) {
        return undefined;
    }
    const r = range('{', '}', masked);
    const unmatched = r !== undefined && masked.indexOf('{') < r[0];
    budget.remaining -= r && !unmatched ? r[1] + 1 : str.length;
    if (!r || budget.remaining < 0) {
        return undefined;
    }
    return {
        end: r[1],
        pre: str.slice(0, r[0]),
        body: str.slice(r[0] + 1, r[1]),
        post: str.slice(r[1] + 1),
        unmatched,
    };
}
// `masked` with every `{` that has no matching `}` swapped for a `\0`, which
// keeps the length, so a scan of it still lines up with the string it was
// made from. Such a `{` is literal either way, but `balanced` only learns that
// one is unmatched by reading to the end of the string, so with one at the
// head of every group (`'{a,{b,c}'.repeat(n)`) each scan read the rest of the
// input. That was quadratic, and once the step budget charged for it, it ran
// out partway through and left the rest literal. A scan of the masked copy
// stops at the group's `}`. It is one pass, charged as such.
function maskUnmatchedOpens(masked, budget) {
    budget.remaining -= masked.length;
    const open = [];
    for (let i = 0; i < masked.length; i++) {
        const c = masked.charCodeAt(i);
        if (c === 0x7b) {
            open.push(i);
        }
        else if (c === 0x7d && open.length) {
            open.pop();
        }
    }
    let out = '';
    let last = 0;
    for (let i = 0; i < open.length; i++) {
        const at = open[i];
        out += masked.slice(last, at) + '\0';
        last = at + 1;
    }
    return out + masked.slice(last);
}
// Whether `str` has a `,` not followed by another `,`, with a `}` after it on
// the same line - what `/,(?!,).*\}/.test(str)` asks, answered in one pass from
// the end. The regex tries every `,` and backtracks through the rest of its
// line from each, which is quadratic, and the `{a},b}` rewrite asks again on
// every pass. Like a scan, it is charged for the whole string and refused if
// that overdraws the budget.
function commaSetFollows(str, budget) {
    budget.remaining -= str.length;
    if (budget.remaining < 0) {
        return false;
    }
    // Whether a `}` follows the current position before the line ends
    let close = false;
    for (let i = str.length - 1; i >= 0; i--) {
        const c = str.charCodeAt(i);
        if (c === 0x7d) {
            close = true;
        }
        else if (c === 0x0a || c === 0x0d || c === 0x2028 || c === 0x2029) {
            // A line terminator, which `.` does not match
            close = false;
        }
        else if (c === 0x2c && close && str.charCodeAt(i + 1) !== 0x2c) {
            return true;
        }
    }
    return false;
}
/**
 * Basically just str.split(","), but handling cases
 * where we have nested braced sections, which should be
 * treated as individual members, like {a,{b,c},d}
 *
 * Returns `undefined` if the step budget runs out before the whole set is
 * split, since splitting what is left on every comma would tear apart the
 * nested sets it still holds.
 */
function parseCommaParts(str, budget) {
    const parts = [];
    // Walk the brace groups iteratively. Recursing on `post` once per group let a
    // chain of them exhaust the stack - the parsing-side counterpart to
    // the `expand_` overflow fixed for CVE-2026-14257, and not something `max` or
    // `maxLength` can bound, since it happens before expansion.
    //
    // The part the next chunk continues
    let carry = '';
    for (;;) {
        // A set's body holds no unmatched `{`, so there is nothing to mask.
        const m = balancedWithBudget(str, str, budget);
        if (budget.remaining < 0) {
            return undefined;
        }
        if (!m) {
            const tail = str.split(',');
            tail[0] = carry + tail[0];
            pushAll(parts, tail);
            return parts;
        }
        const { pre, body, post } = m;
        const p = pre.split(',');
        p[0] = carry + p[0];
        p[p.length - 1] += '{' + body + '}';
        if (!post.length) {
            pushAll(parts, p);
            return parts;
        }
        carry = p.pop();
        pushAll(parts, p);
        str = post;
    }
}
// An option that is left out, or that is NaN, gets its default. Every
// comparison against NaN is false, so a NaN bound would never be reached:
// `{ maxSteps: NaN }` let 15KB of input block the event loop for 16 seconds,
// and `{ maxDepth: NaN }` overflowed the stack again (CVE-2026-102278). Pass
// `Infinity` to lift a bound.
function bound(value, fallback) {
    return value === undefined || isNaN(value) ? fallback : value;
}
function expand(str, options = {}) {
    if (!str) {
        return [];
    }
    const max = bound(options.max, EXPANSION_MAX);
    const maxLength = bound(options.maxLength, EXPANSION_MAX_LENGTH);
    const maxDepth = bound(options.maxDepth, EXPANSION_MAX_DEPTH);
    const maxRewrites = bound(options.maxRewrites, EXPANSION_MAX_REWRITES);
    const maxSteps = bound(options.maxSteps, EXPANSION_MAX_STEPS);
    // I don't know why Bash 4.3 does this, but it does.
    // Anything starting with {} will have the first two bytes preserved
    // but *only* at the top level, so {},a}b will not expand to anything,
    // but a{},b}c will be expanded to [a}c,abc].
    // One could argue that this is a bug in Bash, but since the goal of
    // this module is to match Bash's rules, we escape a leading {}
    if (str.slice(0, 2) === '{}') {
        str = '\\{\\}' + str.slice(2);
    }
    return expand_(escapeBraces(str), max, maxLength, maxDepth, 0, maxRewrites, { remaining: maxSteps }, true).map(unescapeBraces);
}
function embrace(str) {
    return '{' + str + '}';
}
function isPadded(el) {
    return /^-?0\d/.test(el);
}
function lte(i, y) {
    return i <= y;
}
function gte(i, y) {
    return i >= y;
}
// Build `{ acc[a] + pre + values[v] }` for every combination, capping the
// number of results at `max` and the total number of characters at `maxLength`.
// This is the one place output grows, so bounding it here keeps the single
// accumulator - and therefore memory - flat regardless of how many brace groups
// are combined (CVE-2026-14257). Each result built is a step, since `max` and
// `maxLength` bound one combination, not how many brace groups are combined.
function combine(acc, pre, values, max, maxLength, dropEmpties, budget) {
    const out = [];
    let length = 0;
    // Bash drops empty results at the top level, and they don't count against
    // `max`, so `max` bounds the number of *kept* results. Only an empty
    // `acc[a] + pre` can make one, so for those the empty values are skipped
    // without being visited. Visiting them one at a time let a set of empties
    // cost `acc.length * values.length` while keeping nothing.
    let nonEmpty;
    outer: for (let a = 0; a < acc.length; a++) {
        const prefix = acc[a] + pre;
        let vs = values;
        if (dropEmpties && !prefix) {
            if (!nonEmpty)
                nonEmpty = values.filter(v => v);
            vs = nonEmpty;
        }
        for (let v = 0; v < vs.length; v++) {
            if (out.length >= max)
                break outer;
            const expansion = prefix + vs[v];
            if (length + expansion.length > maxLength)
                break outer;
            out.push(expansion);
            length += expansion.length;
        }
    }
    budget.remaining -= out.length;
    return out;
}
// The expansion values of a single numeric (`1..5`) or alphabetic (`a..e..2`)
// sequence body, or `undefined` if the step budget runs out generating them.
function expandSequence(body, isAlphaSequence, max, maxLength, budget) {
    const n = body.split(/\.\./);
    const N = [];
    // A sequence body always splits into two or three parts, but the compiler
    // can't know that.
    /* c8 ignore start */
    if (n[0] === undefined || n[1] === undefined) {
        return N;
    }
    /* c8 ignore stop */
    const x = numeric(n[0]);
    const y = numeric(n[1]);
    const width = Math.max(n[0].length, n[1].length);
    let incr = n.length === 3 && n[2] !== undefined ?
        Math.max(Math.abs(numeric(n[2])), 1)
        : 1;
    let test = lte;
    const reverse = y < x;
    if (reverse) {
        incr *= -1;
        test = gte;
    }
    const pad = n.some(isPadded);
    // A padded value is built a character at a time to `width`, which the input
    // sets, so it costs one step per character: 64KB of
    // `('{' + '0'.repeat(100) + '..99999}').repeat(n)` took 7 seconds charged
    // one step per value.
    const cost = pad ? width : 1;
    let length = 0;
    for (let i = x; test(i, y) && N.length < max; i += incr) {
        // Each value is a step. `max` and `maxLength` bound one sequence, but a
        // chain of them still generated up to `max` values each, however few
        // combining could keep.
        budget.remaining -= cost;
        if (budget.remaining < 0) {
            return undefined;
        }
        let c;
        if (isAlphaSequence) {
            c = String.fromCharCode(i);
            if (c === '\\') {
                c = '';
            }
        }
        else {
            c = String(i);
            if (pad) {
                const need = width - c.length;
                if (need > 0) {
                    const z = new Array(need + 1).join('0');
                    if (i < 0) {
                        c = '-' + z + c.slice(1);
                    }
                    else {
                        c = z + c;
                    }
                }
            }
        }
        if (length + c.length > maxLength)
            break;
        N.push(c);
        length += c.length;
    }
    return N;
}
function expand_(str, max, maxLength, maxDepth, depth, maxRewrites, budget, isTop) {
    // An overdraft here makes the first scan refuse, so `str` stays literal.
    budget.remaining -= CALL_STEPS;
    // Too deeply nested to keep following: treat the rest as literal, the same
    // way a group that cannot expand is already handled. Truncating rather than
    // throwing keeps `expand` total, matching `max` and `maxLength`.
    if (depth > maxDepth) {
        return [str];
    }
    // Consume the string's top-level brace groups left to right, threading a
    // running set of combined prefixes (`acc`). Expanding the tail iteratively -
    // rather than recursing on `m.post` once per group - keeps the native stack
    // depth constant, so deeply chained input (`'{a,b}'.repeat(3000)`) can no
    // longer overflow the stack, and leaves a single accumulator whose size
    // `maxLength` bounds directly (CVE-2026-14257).
    let acc = [''];
    // Bash drops empty results, but only when the *first* top-level group is a
    // comma set - a sequence like `{a..\}` may legitimately yield ''. The drop
    // is on the final strings, so it is applied to whichever `combine` produces
    // them (the one with no brace set left in the tail).
    // How many times the `{a},b}` rewrite below has restarted the scan. Each pass
    // re-reads the whole string, so leaving this unbounded is quadratic.
    let rewrites = 0;
    let dropEmpties = false;
    let firstGroup = true;
    // `str` with its unmatched `{` masked, once a scan has run into them
    let masked = str;
    for (;;) {
        const m = balancedWithBudget(str, masked, budget);
        // No brace set left, or no step budget left to look for one: the rest of
        // the string is literal.
        if (!m) {
            return combine(acc, str, [''], max, maxLength, dropEmpties, budget);
        }
        if (m.unmatched) {
            masked = maskUnmatchedOpens(masked, budget);
        }
        // no need to expand pre, since it is guaranteed to be free of brace-sets
        const pre = m.pre;
        // This set and the rest of the string, literal: for a set that cannot
        // expand, and for one the step budget runs out on. Once it is overdrawn,
        // every set still being expanded, at every level, stays literal like this -
        // otherwise each level above would go on combining, and wrapping and
        // expanding again, results the budget was too small for.
        const literal = () => combine(acc, pre + '{' + m.body + '}' + m.post, [''], max, maxLength, dropEmpties, budget);
        if (/\$$/.test(pre)) {
            acc = combine(acc, pre + '{' + m.body + '}', [''], max, maxLength, dropEmpties && !m.post.length, budget);
            firstGroup = false;
            if (!m.post.length)
                break;
            str = m.post;
            masked = masked.slice(m.end + 1);
            continue;
        }
        const isNumericSequence = /^-?\d+\.\.-?\d+(?:\.\.-?\d+)?$/.test(m.body);
        const isAlphaSequence = /^[a-zA-Z]\.\.[a-zA-Z](?:\.\.-?\d+)?$/.test(m.body);
        const isSequence = isNumericSequence || isAlphaSequence;
        const isOptions = m.body.indexOf(',') >= 0;
        if (!isSequence && !isOptions) {
            // {a},b}
            if (rewrites < maxRewrites && commaSetFollows(m.post, budget)) {
                rewrites++;
                str = m.pre + '{' + m.body + escClose + m.post;
                // Taking a `}` away never gives an unmatched `{` a partner, so what
                // is masked stays unmatched. The `{` it closed can be left without
                // one, and the next scan masks it.
                masked =
                    masked.slice(0, m.end) + escClose + masked.slice(m.end + 1);
                isTop = true;
                continue;
            }
            // Nothing here expands, so the whole remaining string is literal.
            return literal();
        }
        if (firstGroup) {
            dropEmpties = isTop && !isSequence;
            firstGroup = false;
        }
        let values;
        if (isSequence) {
            values = expandSequence(m.body, isAlphaSequence, max, maxLength, budget);
            if (!values) {
                return literal();
            }
        }
        else {
            let n = parseCommaParts(m.body, budget);
            // The step budget ran out partway through the set.
            if (!n) {
                return literal();
            }
            if (n.length === 1 && n[0] !== undefined) {
                // x{{a,b}}y ==> x{a}y x{b}y
                n = expand_(n[0], max, maxLength, maxDepth, depth + 1, maxRewrites, budget, false).map(embrace);
                // The step budget ran out expanding the set's only part.
                if (budget.remaining < 0) {
                    return literal();
                }
                //XXX is this necessary? Can't seem to hit it in tests.
                /* c8 ignore start */
                if (n.length === 1) {
                    const next = combine(acc, pre + n[0], [''], max, maxLength, dropEmpties && !m.post.length, budget);
                    if (budget.remaining < 0) {
                        return literal();
                    }
                    acc = next;
                    if (!m.post.length)
                        break;
                    str = m.post;
                    masked = masked.slice(m.end + 1);
                    continue;
                }
                /* c8 ignore stop */
            }
            // Values that `combine` is going to drop as empty produce no result, so
            // they must not count against `max` - otherwise `{a,,b}` with `max: 2`
            // would stop at `['a', '']` and yield one result instead of two. Skipping
            // them outright keeps `values` bounded while leaving `max` a bound on
            // *kept* results.
            let dropsEmpties = dropEmpties && !m.post.length && !pre;
            for (let d = 0; dropsEmpties && d < acc.length; d++) {
                if (acc[d]) {
                    dropsEmpties = false;
                }
            }
            values = [];
            let valuesLength = 0;
            outer: for (let j = 0; j < n.length; j++) {
                const expanded = expand_(n[j], max, maxLength, maxDepth, depth + 1, maxRewrites, budget, false);
                // The step budget ran out expanding a member.
                if (budget.remaining < 0) {
                    return literal();
                }
                for (let k = 0; k < expanded.length; k++) {
                    const v = expanded[k];
                    if (dropsEmpties && !v)
                        continue;
                    if (values.length >= max ||
                        valuesLength + v.length > maxLength) {
                        break outer;
                    }
                    values.push(v);
                    valuesLength += v.length;
                }
            }
        }
        const next = combine(acc, pre, values, max, maxLength, dropEmpties && !m.post.length, budget);
        // The step budget ran out combining the set's values in.
        if (budget.remaining < 0) {
            return literal();
        }
        acc = next;
        if (!m.post.length)
            break;
        str = m.post;
        masked = masked.slice(m.end + 1);
    }
    return acc;
}

//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./node_modules/@isaacs/nonrecursive-glob-match/dist/esm/numeric-range.js
// One digit, or a class of digits from a to b.
const digit = (a, b) => a === b ?
    { t: 'lit', ch: String(a) }
    : { t: 'class', re: new RegExp(`^[${a}-${b}]$`) };
const prefix = (d, alts) => alts.map(s => [digit(d, d), ...s]);
// The digit strings from a to b, which have the same length.
const fixed = (a, b) => {
    if (!a)
        return [[]];
    let lo = +a[0];
    let hi = +b[0];
    const ra = a.slice(1);
    const rb = b.slice(1);
    if (lo === hi)
        return prefix(lo, fixed(ra, rb));
    const zeros = '0'.repeat(ra.length);
    const nines = '9'.repeat(ra.length);
    const out = [];
    if (ra !== zeros)
        out.push(...prefix(lo++, fixed(ra, nines)));
    const last = rb === nines ? [] : prefix(hi--, fixed(zeros, rb));
    if (lo <= hi) {
        out.push([digit(lo, hi), ...Array.from(ra, () => digit(0, 9))]);
    }
    out.push(...last);
    return out;
};
// The numbers from a to b, where 0 <= a <= b. If width is set, each
// one has leading zeros to make it that many digits.
const nonneg = (a, b, width) => {
    if (width) {
        return fixed(String(a).padStart(width, '0'), String(b).padStart(width, '0'));
    }
    const out = [];
    for (let len = String(a).length; len <= String(b).length; len++) {
        const lo = Math.max(a, len === 1 ? 0 : 10 ** (len - 1));
        const hi = Math.min(b, 10 ** len - 1);
        out.push(...fixed(String(lo), String(hi)));
    }
    return out;
};
/**
 * The strings that the bash brace expansion `{lo..hi}` makes, as
 * the alternatives of an `@(...)` extglob. Each one is a sequence of
 * digits and digit classes, so there are only a few of them, even for
 * a large range.
 *
 * If either end has a leading zero, such as `{01..10}`, each number
 * has leading zeros to make it as long as the longer end, counting a
 * `-` sign. So `{-05..3}` makes `-05` to `-01`, then `000` to `003`.
 *
 * Returns undefined if either end is not a safe integer.
 */
const numericRange = (loStr, hiStr) => {
    let lo = Number(loStr);
    let hi = Number(hiStr);
    if (!Number.isSafeInteger(lo) || !Number.isSafeInteger(hi))
        return;
    if (lo > hi)
        [lo, hi] = [hi, lo];
    const padded = /^-?0\d/.test(loStr) || /^-?0\d/.test(hiStr);
    const width = padded ? Math.max(loStr.length, hiStr.length) : 0;
    const out = [];
    if (lo < 0) {
        const neg = nonneg(Math.max(-hi, 1), -lo, width && width - 1);
        out.push(...neg.map(s => [{ t: 'lit', ch: '-' }, ...s]));
    }
    if (hi >= 0)
        out.push(...nonneg(Math.max(lo, 0), hi, width));
    return out;
};
//# sourceMappingURL=numeric-range.js.map
;// CONCATENATED MODULE: ./node_modules/@isaacs/nonrecursive-glob-match/dist/esm/parse-class.js
// translate the various posix character classes into unicode properties
// this works across all unicode locales
// { <posix class>: [<translation>, negated]
const posixClasses = {
    '[:alnum:]': ['\\p{L}\\p{Nl}\\p{Nd}'],
    '[:alpha:]': ['\\p{L}\\p{Nl}'],
    '[:ascii:]': ['\\x' + '00-\\x' + '7f'],
    '[:blank:]': ['\\p{Zs}\\t'],
    '[:cntrl:]': ['\\p{Cc}'],
    '[:digit:]': ['\\p{Nd}'],
    '[:graph:]': ['\\p{Z}\\p{C}', true],
    '[:lower:]': ['\\p{Ll}'],
    '[:print:]': ['\\p{C}', true],
    '[:punct:]': ['\\p{P}\\p{S}'],
    '[:space:]': ['\\p{Z}\\t\\r\\n\\v\\f'],
    '[:upper:]': ['\\p{Lu}'],
    '[:word:]': ['\\p{L}\\p{Nl}\\p{Nd}\\p{Pc}'],
    '[:xdigit:]': ['A-Fa-f0-9'],
};
// only need to escape a few things inside of brace expressions
// escapes: [ \ ] -
const braceEscape = (s) => s.replace(/[[\]\\-]/g, '\\$&');
const noMatch = /$./;
// Takes a glob string at a posix brace expression. Returns a RegExp
// that tests one character, and the number of glob chars consumed.
// If the class is not closed, consumed is 0, and the `[` must be
// treated as a literal character.
// Out of order ranges are removed. If nothing is left, the RegExp
// is `/$./`, and the rest of the glob is consumed, so that the
// whole glob cannot match.
const parseClass = (glob, position, nocase = false, form) => {
    // normalize one class member, if it stays one code point
    const norm = (c) => {
        const n = form ? c.normalize(form) : c;
        return [...n].length === 1 ? n : c;
    };
    const pos = position;
    /* c8 ignore start */
    if (glob.charAt(pos) !== '[') {
        throw new Error('not in a brace expression');
    }
    /* c8 ignore stop */
    const ranges = [];
    const negs = [];
    let i = pos + 1;
    let sawStart = false;
    let escaping = false;
    let negate = false;
    let endPos = pos;
    let rangeStart = '';
    WHILE: while (i < glob.length) {
        const c = String.fromCodePoint(glob.codePointAt(i));
        if ((c === '!' || c === '^') && i === pos + 1) {
            negate = true;
            i++;
            continue;
        }
        if (c === ']' && sawStart && !escaping) {
            endPos = i + 1;
            break;
        }
        sawStart = true;
        if (c === '\\') {
            if (!escaping) {
                escaping = true;
                i++;
                continue;
            }
            // escaped \ char, fall through and treat like normal char
        }
        if (c === '[' && !escaping) {
            // either a posix class, a collation equivalent, or just a [
            for (const [cls, [unip, neg]] of Object.entries(posixClasses)) {
                if (glob.startsWith(cls, i)) {
                    // invalid, [a-[] is fine, but not [a-[:alpha]]
                    if (rangeStart) {
                        return [noMatch, glob.length - pos];
                    }
                    i += cls.length;
                    if (neg)
                        negs.push(unip);
                    else
                        ranges.push(unip);
                    continue WHILE;
                }
            }
        }
        // now it's just a normal character, effectively
        escaping = false;
        const n = norm(c);
        if (rangeStart) {
            // throw this range away if it's not valid, but others
            // can still match.
            if (n.codePointAt(0) > rangeStart.codePointAt(0)) {
                ranges.push(braceEscape(rangeStart) + '-' + braceEscape(n));
            }
            else if (n === rangeStart) {
                ranges.push(braceEscape(n));
            }
            rangeStart = '';
            i += c.length;
            continue;
        }
        // now might be the start of a range.
        // can be either c-d or c-] or c<more...>] or c] at this point
        if (glob.startsWith('-]', i + c.length)) {
            ranges.push(braceEscape(n + '-'));
            i += c.length + 1;
            continue;
        }
        if (glob.startsWith('-', i + c.length)) {
            rangeStart = n;
            i += c.length + 1;
            continue;
        }
        // not the start of a range, just a single character
        ranges.push(braceEscape(n));
        i += c.length;
    }
    if (endPos < i) {
        // didn't see the end of the class, not a valid class,
        // but might still be valid as a literal match.
        return [noMatch, 0];
    }
    // if we got no ranges and no negates, then we have a range that
    // cannot possibly match anything, and that poisons the whole glob
    if (!ranges.length && !negs.length) {
        return [noMatch, glob.length - pos];
    }
    const sranges = '[' + (negate ? '^' : '') + ranges.join('') + ']';
    const snegs = '[' + (negate ? '' : '^') + negs.join('') + ']';
    const comb = '^' +
        (ranges.length && negs.length ? '(' + sranges + '|' + snegs + ')'
            : ranges.length ? sranges
                : snegs);
    return [new RegExp(comb, nocase ? 'iu' : 'u'), endPos - pos];
};
//# sourceMappingURL=parse-class.js.map
;// CONCATENATED MODULE: ./node_modules/@isaacs/nonrecursive-glob-match/dist/esm/index.js


// the end of the pattern, or of a negated sub-pattern
const MATCH = { t: 'match', id: 0 };
const extTypes = '!?+*@';
const lit = (ch) => ({ t: 'lit', ch });
const reEscape = (s) => s.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&');
// a RegExp that only matches `s`, with unicode case folding
const newFoldRe = (s) => new RegExp(`^${reEscape(s)}$`, 'iu');
// foldRe for one literal char. The same chars are in most patterns,
// so keep them. A RegExp without the `g` or `y` flag has no state to
// share.
const foldCache = new Map();
const foldRe = (ch) => {
    let re = foldCache.get(ch);
    if (!re) {
        re = newFoldRe(ch);
        if (foldCache.size >= 1000)
            foldCache.clear();
        foldCache.set(ch, re);
    }
    return re;
};
const litMatch = (l, c) => {
    if (c === l.ch)
        return true;
    if (!l.re)
        return false;
    const code = c.charCodeAt(0);
    if (code >= 128)
        return l.re.test(c);
    const ascii = (l.ascii ??= new Uint8Array(128));
    ascii[code] ||= l.re.test(c) ? 1 : 2;
    return ascii[code] === 1;
};
const tokenize = (p, nocase, noext, form, mark) => {
    const toks = [];
    for (let i = 0; i < p.length;) {
        const c = String.fromCodePoint(p.codePointAt(i));
        if (mark) {
            // a \ before a range would only escape its first char
            const m = c === '\\' && p.startsWith(mark, i + 1) ? 1 : 0;
            if (m || c === mark) {
                const start = i + m + mark.length;
                const end = p.indexOf(mark, start);
                const r = /^(-?\d+)\.\.(-?\d+)$/.exec(p.slice(start, end));
                const alts = end !== -1 && r && numericRange(r[1], r[2]);
                if (alts) {
                    toks.push({ t: 'ext', type: '@', alts });
                    i = end + mark.length;
                    continue;
                }
            }
        }
        if (c === '\\') {
            // a trailing \ is a literal \
            const e = p.codePointAt(i + 1);
            const ch = e === undefined ? c : String.fromCodePoint(e);
            toks.push(lit(ch));
            i += 1 + ch.length;
            continue;
        }
        if (c === '[') {
            const [re, consumed] = parseClass(p, i, nocase, form);
            if (consumed) {
                toks.push({ t: 'class', re });
                i += consumed;
                continue;
            }
        }
        if (!noext && extTypes.includes(c) && p[i + 1] === '(') {
            toks.push({ t: 'open', type: c });
            i += 2;
            continue;
        }
        toks.push(!noext && c === '|' ? { t: 'bar' }
            : !noext && c === ')' ? { t: 'close' }
                : c === '*' ? { t: 'star' }
                    : c === '?' ? { t: 'any' }
                        : lit(c));
        i += c.length;
    }
    return toks;
};
// map each open token index to the index of its close token
const pair = (toks) => {
    const pairs = new Map();
    const stack = [];
    toks.forEach((tok, i) => {
        if (tok.t === 'open')
            stack.push(i);
        else if (tok.t === 'close' && stack.length)
            pairs.set(stack.pop(), i);
    });
    return pairs;
};
// build the alternatives between start and end. An open token that
// is not closed is never inside a closed extglob, so bar and close
// tokens are only literal at the top level.
const build = (toks, pairs, start, end, top) => {
    let seq = [];
    const alts = [seq];
    for (let i = start; i < end; i++) {
        const tok = toks[i];
        const close = pairs.get(i);
        if (tok.t === 'open' && close !== undefined) {
            const sub = build(toks, pairs, i + 1, close, false);
            seq.push({ t: 'ext', type: tok.type, alts: sub });
            i = close;
        }
        else if (tok.t === 'bar' && !top) {
            alts.push((seq = []));
        }
        else if (tok.t === 'open') {
            seq.push(lit(tok.type), lit('('));
        }
        else if (tok.t === 'bar') {
            seq.push(lit('|'));
        }
        else if (tok.t === 'close') {
            seq.push(lit(')'));
        }
        else {
            seq.push(tok);
        }
    }
    return alts;
};
// normalize each run of literal chars as one string, so that a char
// and the combining marks after it compose (or decompose) together.
// Syntax is already parsed, so a char that normalizes to a syntax
// char (such as full-width `＊` in NFKC) stays a literal.
const normalize = (items, form) => {
    const out = [];
    let run = '';
    const flush = () => {
        for (const ch of run.normalize(form))
            out.push(lit(ch));
        run = '';
    };
    for (const it of items) {
        if (it.t === 'lit') {
            run += it.ch;
            continue;
        }
        flush();
        out.push(it.t === 'ext' ?
            { ...it, alts: it.alts.map(a => normalize(a, form)) }
            : it);
    }
    flush();
    return out;
};
// the start node, and the number of node ids. Ids are dense, from 0
// for the match node.
const compile = (items, nocase) => {
    let id = 1;
    const split = (out) => ({ t: 'split', id: id++, out });
    const seq = (items, next) => items.reduceRight((next, it) => item(it, next), next);
    const item = (it, next) => {
        switch (it.t) {
            case 'lit':
                const re = nocase ? foldRe(it.ch) : undefined;
                return { t: 'lit', id: id++, ch: it.ch, re, next };
            case 'any':
            case 'star':
                return { t: it.t, id: id++, next };
            case 'class':
                return { t: 'class', id: id++, re: it.re, next };
        }
        const alts = (next) => it.alts.map(a => seq(a, next));
        switch (it.type) {
            case '@':
                return split(alts(next));
            case '?':
                return split([next, ...alts(next)]);
            case '!':
                return { t: 'neg', id: id++, sub: split(alts(MATCH)), next };
        }
        // * and +, loop back after each match
        const after = split([]);
        const entry = split(alts(after));
        after.out.push(next, entry);
        return it.type === '*' ? after : entry;
    };
    const start = seq(items, MATCH);
    return [start, id];
};
// one line per node, in the order that a walk from the start
// reaches them. Edges point to node ids. The nodes of a negated
// sub-pattern are indented under their negation.
const show = (start) => {
    const lines = [];
    const seen = new Set();
    const ref = (n) => (n.t === 'match' ? 'match' : String(n.id));
    const walk = (n, indent) => {
        if (n.t === 'match' || seen.has(n))
            return;
        seen.add(n);
        const line = (desc) => lines.push(`${indent}${n.id}: ${desc}`);
        switch (n.t) {
            case 'split':
                line(`split -> ${n.out.map(ref).join(', ')}`);
                for (const o of n.out)
                    walk(o, indent);
                return;
            case 'neg':
                line(`!(${ref(n.sub)}) -> ${ref(n.next)}`);
                walk(n.sub, indent + '  ');
                return walk(n.next, indent);
            case 'lit':
                line(`${JSON.stringify(n.ch)} -> ${ref(n.next)}`);
                break;
            case 'class':
                line(`${n.re} -> ${ref(n.next)}`);
                break;
            default:
                line(`${n.t === 'any' ? '?' : '*'} -> ${ref(n.next)}`);
        }
        walk(n.next, indent);
    };
    walk(start, '');
    return [`start -> ${ref(start)}`, ...lines].join('\n');
};
// The threads at one position in the string. Each node thread is
// only kept once, and runs with the same state are only kept once,
// so that identical threads merge. The match node is not in
// `threads`, because it can not step. It sets `match` instead.
class State {
    // set by the Sim, to mark the nodes that this state has
    gen;
    threads = [];
    match = false;
    runs = [];
    // the sorted ids of the threads, with 0 for a match, once the
    // state is done
    ids = [];
    constructor(gen) {
        this.gen = gen;
    }
    // no threads, so nothing more can match
    get dead() {
        return !this.threads.length && !this.match && !this.runs.length;
    }
}
// true if the two states hold the same threads
const sameState = (a, b) => {
    if (a.ids.length !== b.ids.length)
        return false;
    if (a.runs.length !== b.runs.length)
        return false;
    if (a.ids.some((id, i) => id !== b.ids[i]))
        return false;
    return a.runs.every(r => b.runs.some(o => o.neg === r.neg && sameState(o.state, r.state)));
};
const marks = (size) => ({
    has: new Float64Array(size),
    seen: new Float64Array(size),
    gen: 0,
});
class Sim {
    // `.` and `..` only match literal dots, even with `dot:true`
    dots;
    // the string starts with `.`, and `dot:true` is not set
    dotStart;
    #marks;
    constructor(dots, dotStart, marks) {
        this.dots = dots;
        this.dotStart = dotStart;
        this.#marks = marks;
    }
    state() {
        return new State(++this.#marks.gen);
    }
    // sort the ids of a state, once it has all of its threads
    done(state) {
        state.ids = state.threads.map(n => n.id).sort((a, b) => a - b);
        if (state.match)
            state.ids.unshift(MATCH.id);
        return state;
    }
    // true the first time that the state walks through the node, so
    // that loops in the graph stop
    #visit(state, node) {
        const { seen } = this.#marks;
        if (seen[node.id] === state.gen)
            return false;
        seen[node.id] = state.gen;
        return true;
    }
    #addThread(state, node) {
        const { has } = this.#marks;
        if (has[node.id] === state.gen)
            return false;
        has[node.id] = state.gen;
        state.threads.push(node);
        return true;
    }
    // wildcards only match a leading dot if `dot:true`. In a negated
    // sub-pattern, this does not apply, because the negation itself
    // can not match a leading dot.
    restricted(i, top) {
        return top && (this.dots || (this.dotStart && i === 0));
    }
    add(state, node, i, top) {
        switch (node.t) {
            case 'split':
                if (!this.#visit(state, node))
                    return;
                for (const o of node.out)
                    this.add(state, o, i, top);
                return;
            case 'neg':
                if (!this.#visit(state, node))
                    return;
                const sub = this.state();
                this.add(sub, node.sub, i, false);
                this.done(sub);
                return this.addRun(state, { t: 'run', neg: node, state: sub }, i, top);
            case 'star':
                // a * can not start a dotfile, even if it matches nothing
                if (this.restricted(i, top))
                    return;
                if (this.#addThread(state, node))
                    this.add(state, node.next, i, top);
                return;
            case 'match':
                state.match = true;
                return;
            default:
                this.#addThread(state, node);
        }
    }
    addRun(state, run, i, top) {
        for (const r of state.runs) {
            if (r.neg === run.neg && sameState(r.state, run.state))
                return;
        }
        state.runs.push(run);
        if (!run.state.match) {
            this.add(state, run.neg.next, i, top);
        }
    }
    // the threads after char `c`, at index `i`
    step(state, c, i, top) {
        const next = this.state();
        for (const th of state.threads) {
            switch (th.t) {
                case 'lit':
                    if (litMatch(th, c)) {
                        this.add(next, th.next, i + 1, top);
                    }
                    break;
                case 'any':
                    if (!this.restricted(i, top))
                        this.add(next, th.next, i + 1, top);
                    break;
                case 'class':
                    if (!this.restricted(i, top) && th.re.test(c)) {
                        this.add(next, th.next, i + 1, top);
                    }
                    break;
                case 'star':
                    if (!this.restricted(i, top))
                        this.add(next, th, i + 1, top);
            }
        }
        if (!this.restricted(i, top)) {
            for (const run of state.runs) {
                // a sub-pattern with no threads can not match again, so the
                // run stays the same
                if (run.state.dead) {
                    this.addRun(next, run, i + 1, top);
                    continue;
                }
                const sub = this.step(run.state, c, i, false);
                this.addRun(next, { t: 'run', neg: run.neg, state: sub }, i + 1, top);
            }
        }
        return this.done(next);
    }
}
// A canonical key for the threads in a state. States with the same
// key hold the same threads, so they match the same strings.
const stateKey = (state) => {
    const ids = state.ids.join();
    if (!state.runs.length)
        return ids;
    const runs = state.runs.map(r => `${r.neg.id}(${stateKey(r.state)})`);
    return `${ids}|${runs.sort().join('|')}`;
};
// The cache can hold about this many chars of state keys and
// transitions. When it is full, it is cleared, so that a pattern
// can not use an unbounded amount of memory.
const DFA_BUDGET = 1 << 18;
// A cache of the states that the simulation reaches, built as the
// matcher is used. Each char of a string is then one Map lookup,
// once the states that it leads to are known.
//
// The dot rules only restrict the first char of a dotfile (strings
// that are only `.` or `..` do not use the cache). So a dotfile
// starts at its own state, which takes its first step with the
// restriction, and every other state takes steps without it.
class Dfa {
    #start;
    #states = new Map();
    #size = 0;
    #plain;
    #dotStart;
    #sim;
    #dotSim;
    constructor(start, marks) {
        this.#start = start;
        this.#sim = new Sim(false, false, marks);
        this.#dotSim = new Sim(false, true, marks);
    }
    #make(state) {
        return {
            state,
            match: state.match,
            dead: state.dead,
            next: new Map(),
        };
    }
    #intern(state) {
        const key = stateKey(state);
        const found = this.#states.get(key);
        if (found)
            return found;
        if (this.#size > DFA_BUDGET)
            this.#clear();
        const d = this.#make(state);
        this.#states.set(key, d);
        this.#size += key.length + 1;
        return d;
    }
    #clear() {
        this.#states.clear();
        this.#size = 0;
        this.#plain = undefined;
        this.#dotStart = undefined;
    }
    start(dotStart) {
        if (dotStart) {
            if (this.#dotStart)
                return this.#dotStart;
            const state = this.#dotSim.state();
            this.#dotSim.add(state, this.#start, 0, true);
            return (this.#dotStart = this.#make(this.#dotSim.done(state)));
        }
        if (this.#plain)
            return this.#plain;
        const state = this.#sim.state();
        this.#sim.add(state, this.#start, 0, true);
        return (this.#plain = this.#intern(this.#sim.done(state)));
    }
    // the next state, after a miss in `d.ascii`
    next(d, c) {
        const code = c.charCodeAt(0);
        const found = code < 128 ? undefined : d.next.get(c);
        if (found)
            return found;
        // the dotfile start is not in the cache, so it is never shared
        const n = d === this.#dotStart ?
            this.#intern(this.#dotSim.step(d.state, c, 0, true))
            : this.#intern(this.#sim.step(d.state, c, 1, true));
        if (code < 128) {
            if (!d.ascii) {
                d.ascii = new Array(128);
                this.#size += 128;
            }
            d.ascii[code] = n;
        }
        else {
            d.next.set(c, n);
        }
        this.#size++;
        return n;
    }
}
// the nodes in order, if the graph is a single chain
const linear = (start) => {
    const nodes = [];
    for (let n = start; n.t !== 'match'; n = n.next) {
        if (n.t === 'split' || n.t === 'neg')
            return undefined;
        nodes.push(n);
    }
    return nodes;
};
// Match a chain of nodes. Each node other than `*` matches exactly
// one char, so on a failure it is enough to go back to the last `*`
// and let it match one more char. This takes at most
// nodes.length * chars.length steps.
const testLinear = (nodes, chars, start, end) => {
    let ni = 0;
    let ci = start;
    let starNi = -1;
    let starCi = 0;
    while (ci < end) {
        const n = nodes[ni];
        if (n?.t === 'star') {
            starNi = ni++;
            starCi = ci;
            continue;
        }
        const c = chars[ci];
        if (n &&
            (n.t === 'any' ||
                (n.t === 'lit' && litMatch(n, c)) ||
                (n.t === 'class' && n.re.test(c)))) {
            ni++;
            ci++;
            continue;
        }
        if (starNi === -1)
            return false;
        ni = starNi + 1;
        ci = ++starCi;
    }
    while (nodes[ni]?.t === 'star')
        ni++;
    return ni === nodes.length;
};
// The least and most chars that the items can match. These are only
// bounds: a negation can match a string of any length, so it counts
// as 0 to Infinity.
const lengths = (items) => {
    let min = 0;
    let max = 0;
    for (const it of items) {
        const [lo, hi] = itemLengths(it);
        min += lo;
        max += hi;
    }
    return [min, max];
};
const itemLengths = (it) => {
    if (it.t === 'star')
        return [0, Infinity];
    if (it.t !== 'ext')
        return [1, 1];
    if (it.type === '!')
        return [0, Infinity];
    const alts = it.alts.map(lengths);
    const min = Math.min(...alts.map(a => a[0]));
    const max = Math.max(...alts.map(a => a[1]));
    // a loop of alternatives that only match the empty string is empty
    const loop = max === 0 ? 0 : Infinity;
    return (it.type === '@' ? [min, max]
        : it.type === '?' ? [0, max]
            : it.type === '*' ? [0, loop]
                : [min, loop]);
};
// true if the chars from `start` match the literals
const hasAffix = (lits, chars, start) => {
    for (let j = 0; j < lits.length; j++) {
        if (!litMatch(lits[j], chars[start + j]))
            return false;
    }
    return true;
};
// a `/`, or half of a surrogate pair
const slashOrSurrogate = /[/\ud800-\udfff]/;
const surrogate = /[\ud800-\udfff]/;
// a string can be indexed by code point, unless it has surrogate
// pairs
const codePoints = (s) => surrogate.test(s) ? [...s] : s;
const noSlash = (s) => {
    if (s.includes('/')) {
        throw new Error('can only match a single path portion, got: ' + s);
    }
};
class Matcher {
    pattern;
    options;
    #start;
    // the number of node ids
    #size;
    #marks;
    // the Sim for strings that are only `.` or `..`
    #dotsSim;
    // the string to compare, if the pattern has no magic. With
    // `nocase:true`, the RegExp that folds case is made when it is
    // first used.
    #literal;
    #literalFold = false;
    #literalRe;
    // the nodes between the prefix and suffix, if the graph is a
    // single chain
    #linear;
    // the linear nodes are only `*` and `?`, so the length bounds and
    // the prefix and suffix decide the match
    #wild = false;
    // the least and most chars that a match can have
    #min = 0;
    #max = Infinity;
    // the literals that a match must start and end with. Each one
    // matches exactly one char, and they are distinct items in the
    // pattern, so a string that does not have them can not match.
    #prefix = [];
    #suffix = [];
    // the prefix and suffix as strings, if they do not fold case
    #prefixStr;
    #suffixStr;
    // there is a prefix or suffix to check
    #affix = false;
    #dfa;
    #form;
    constructor(pattern, options = {}) {
        if (pattern.includes('/')) {
            throw new Error('can only match a single path portion, got pattern: ' + pattern);
        }
        this.pattern = pattern;
        this.options = options;
        const { nocase = false, noext = false, normalize: n } = options;
        this.#form = n === true ? 'NFC' : n || undefined;
        // a pattern that is only an empty extglob is a literal string,
        // except for `!()`, which matches any non-empty string
        const literal = /^[?*+@]\(\)$/.test(pattern);
        const toks = tokenize(pattern, nocase, noext || literal, this.#form, options.rangeMark);
        let [items] = build(toks, pair(toks), 0, toks.length, true);
        if (this.#form)
            items = normalize(items, this.#form);
        const [start, size] = compile(items, nocase);
        this.#start = start;
        this.#size = size;
        if (items.every(it => it.t === 'lit')) {
            this.#literal = items.map(it => it.ch).join('');
            this.#literalFold = nocase;
        }
        else {
            const lit = (it) => it.t !== 'lit' ? undefined
                : nocase ? { ch: it.ch, re: foldRe(it.ch) }
                    : { ch: it.ch };
            for (const it of items) {
                const l = lit(it);
                if (!l)
                    break;
                this.#prefix.push(l);
            }
            for (let j = items.length - 1; j >= 0; j--) {
                const l = lit(items[j]);
                if (!l)
                    break;
                this.#suffix.unshift(l);
            }
            this.#affix = !!(this.#prefix.length || this.#suffix.length);
            if (!nocase) {
                this.#prefixStr = this.#prefix.map(l => l.ch).join('');
                this.#suffixStr = this.#suffix.map(l => l.ch).join('');
            }
            this.#linear = linear(this.#start)?.slice(this.#prefix.length, -this.#suffix.length || undefined);
            this.#wild = !!this.#linear?.every(n => n.t === 'star' || n.t === 'any');
            const [min, max] = lengths(items);
            this.#min = min;
            this.#max = max;
        }
    }
    test(s) {
        // The `/` check uses the string as given, so with normalization it
        // is a separate step. Otherwise, one scan finds both a `/` and the
        // surrogate pairs that stop the string being indexed by code point.
        if (this.#form) {
            noSlash(s);
            return this.#test(s.normalize(this.#form));
        }
        if (slashOrSurrogate.test(s)) {
            noSlash(s);
            return this.#test(s, [...s]);
        }
        return this.#test(s, s);
    }
    /**
     * The same as {@link Matcher#test}, but the string is not checked
     * for `/` chars, so the result for a string that has one is not
     * defined. Only use it for a string that is known to be one path
     * portion, such as a part of a path that was split on `/`. It can
     * be faster, because some patterns do not need to look at each char
     * of the string.
     */
    testUnchecked(s) {
        return this.#test(this.#form ? s.normalize(this.#form) : s);
    }
    // Test a string that has no `/`. `chars` indexes it by code point.
    // If it is not given, it is only found if a step needs it.
    #test(s, chars) {
        if (this.#literal !== undefined) {
            return this.#literalFold ?
                (this.#literalRe ??= newFoldRe(this.#literal)).test(s)
                : s === this.#literal;
        }
        // the length check means that the prefix and suffix do not
        // overlap. Without the chars, the length in code points is from
        // half of the UTF-16 length (if each one is a surrogate pair) to
        // all of it, which is often enough to know.
        const min = this.#min;
        const max = this.#max;
        if (chars === undefined) {
            const most = s.length;
            const least = (most + 1) >> 1;
            if (most < min || least > max)
                return false;
            if (least < min || most > max)
                chars = codePoints(s);
        }
        if (chars !== undefined &&
            (chars.length < min || chars.length > max)) {
            return false;
        }
        const prefix = this.#prefix.length;
        if (this.#affix) {
            if (this.#prefixStr !== undefined && this.#suffixStr !== undefined) {
                if (!s.startsWith(this.#prefixStr) ||
                    !s.endsWith(this.#suffixStr)) {
                    return false;
                }
            }
            else {
                chars ??= codePoints(s);
                const end = chars.length - this.#suffix.length;
                if (!hasAffix(this.#prefix, chars, 0) ||
                    !hasAffix(this.#suffix, chars, end)) {
                    return false;
                }
            }
        }
        const dotStart = !this.options.dot && s.startsWith('.');
        if (this.#linear) {
            // `.` and `..` only match literal dots, even with `dot:true`
            if (s === '.' || s === '..')
                return false;
            // only a literal can match the leading dot. A `*` can not
            // start a dotfile, even if it matches nothing.
            if (dotStart && !prefix)
                return false;
            if (this.#wild)
                return true;
            chars ??= codePoints(s);
            const end = chars.length - this.#suffix.length;
            return testLinear(this.#linear, chars, prefix, end);
        }
        chars ??= codePoints(s);
        if (s === '.' || s === '..') {
            this.#marks ??= marks(this.#size);
            const sim = (this.#dotsSim ??= new Sim(true, false, this.#marks));
            const start = sim.state();
            sim.add(start, this.#start, 0, true);
            let state = sim.done(start);
            for (let i = 0; i < chars.length; i++) {
                state = sim.step(state, chars[i], i, true);
            }
            return state.match;
        }
        this.#marks ??= marks(this.#size);
        const dfa = (this.#dfa ??= new Dfa(this.#start, this.#marks));
        let d = dfa.start(dotStart);
        // read char codes from the string, so that a one-char string is
        // only made for a cache miss
        const str = chars === s;
        for (let i = 0; i < chars.length; i++) {
            if (d.dead)
                return false;
            const code = str ? s.charCodeAt(i) : chars[i].charCodeAt(0);
            d = d.ascii?.[code] ?? dfa.next(d, chars[i]);
        }
        return d.match;
    }
    /** a readable listing of the state machine */
    toString() {
        return show(this.#start);
    }
}
//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./node_modules/minimatch/dist/esm/assert-valid-pattern.js
const MAX_PATTERN_LENGTH = 1024 * 64;
const assertValidPattern = (pattern) => {
    if (typeof pattern !== 'string') {
        throw new TypeError('invalid pattern');
    }
    if (pattern.length > MAX_PATTERN_LENGTH) {
        throw new TypeError('pattern is too long');
    }
};
//# sourceMappingURL=assert-valid-pattern.js.map
;// CONCATENATED MODULE: ./node_modules/minimatch/dist/esm/escape.js
/**
 * Escape all magic characters in a glob pattern.
 *
 * If the {@link MinimatchOptions.windowsPathsNoEscape}
 * option is used, then characters are escaped by wrapping in `[]`, because
 * a magic character wrapped in a character class can only be satisfied by
 * that exact character.  In this mode, `\` is _not_ escaped, because it is
 * not interpreted as a magic character, but instead as a path separator.
 *
 * If the {@link MinimatchOptions.magicalBraces} option is used,
 * then braces (`{` and `}`) will be escaped.
 *
 * A leading `#` or `!` is escaped as well, so that the result is never a
 * comment or a negated pattern. In `windowsPathsNoEscape` mode, a leading
 * `!` is written as `@(!)`, because `[!` starts a negated class.
 */
const escape_escape = (s, { windowsPathsNoEscape = false, magicalBraces = false, } = {}) => {
    // don't need to escape +@! because we escape the parens
    // that make those magic, and escaping ! as [!] isn't valid,
    // because [!]] is a valid glob class meaning not ']'.
    // However, at the start of the pattern, '!' negates the pattern and
    // '#' makes it a comment, so the first character is handled below.
    const e = magicalBraces ?
        windowsPathsNoEscape ? s.replace(/[?*()[\]{}]/g, '[$&]')
            : s.replace(/[?*()[\]\\{}]/g, '\\$&')
        : windowsPathsNoEscape ? s.replace(/[?*()[\]]/g, '[$&]')
            : s.replace(/[?*()[\]\\]/g, '\\$&');
    const c = e.charAt(0);
    if (c === '#') {
        return (windowsPathsNoEscape ? '[#]' : '\\#') + e.slice(1);
    }
    if (c === '!') {
        // '[!]' can not be used, because '[!' starts a negated class, and
        // '\' is a path separator in windowsPathsNoEscape mode. '@(!)'
        // matches only '!'. If extglobs are disabled with `noext`, it
        // matches nothing, rather than everything.
        return (windowsPathsNoEscape ? '@(!)' : '\\!') + e.slice(1);
    }
    return e;
};
//# sourceMappingURL=escape.js.map
;// CONCATENATED MODULE: ./node_modules/minimatch/dist/esm/unescape.js
/**
 * Un-escape a string that has been escaped with {@link escape}.
 *
 * If the {@link MinimatchOptions.windowsPathsNoEscape} option is used, then
 * square-bracket escapes are removed, but not backslash escapes.
 *
 * For example, it will turn the string `'[*]'` into `*`, but it will not
 * turn `'\\*'` into `'*'`, because `\` is a path separator in
 * `windowsPathsNoEscape` mode.
 *
 * When `windowsPathsNoEscape` is not set, then both square-bracket escapes and
 * backslash escapes are removed.
 *
 * Slashes (and backslashes in `windowsPathsNoEscape` mode) cannot be escaped
 * or unescaped.
 *
 * When `magicalBraces` is not set, escapes of braces (`{` and `}`) will not be
 * unescaped.
 */
const unescape_unescape = (s, { windowsPathsNoEscape = false, magicalBraces = true, } = {}) => {
    // escape() writes a leading '!' as '@(!)' in windowsPathsNoEscape mode
    if (windowsPathsNoEscape && s.startsWith('@(!)')) {
        return ('!' + unescape_unescape(s.slice(4), { windowsPathsNoEscape, magicalBraces }));
    }
    if (magicalBraces) {
        return windowsPathsNoEscape ?
            s.replace(/\[([^/\\])\]/g, '$1')
            : s
                .replace(/((?!\\).|^)\[([^/\\])\]/g, '$1$2')
                .replace(/\\([^/])/g, '$1');
    }
    return windowsPathsNoEscape ?
        s.replace(/\[([^/\\{}])\]/g, '$1')
        : s
            .replace(/((?!\\).|^)\[([^/\\{}])\]/g, '$1$2')
            .replace(/\\([^/{}])/g, '$1');
};
//# sourceMappingURL=unescape.js.map
;// CONCATENATED MODULE: ./node_modules/minimatch/dist/esm/index.js





const DEFAULT_BRACE_EXPAND_MAX = 100_000;
const DEFAULT_GLOB_STAR_RECURSION_MAX = 200;
// avoid the annoying deprecation flag lol
const AWE_KEY = ('allowWindow' + 'sEscape');
const minimatch = (p, pattern, options) => {
    assertValidPattern(pattern);
    // shortcut: comments match nothing.
    if (!options?.nocomment && pattern.charAt(0) === '#') {
        return false;
    }
    return cachedMinimatch(pattern, options).match(p);
};
// The Minimatch objects that minimatch() used most recently, by options
// and then by pattern. When the cache is full, it becomes the old one,
// and the objects used from the old one are moved back to a new one.
// So it keeps 256 to 512 objects.
// The patterns can come from users, so the cache is also bounded by
// the total weight of the objects (see cacheWeight()), and an object
// that is too heavy is never kept. Otherwise a few unique patterns
// with large brace expansions would fill the heap.
let cache = new Map();
let oldCache = new Map();
let cacheSize = 0;
let cacheTotalWeight = 0;
const cacheMax = 256;
const cacheMaxWeight = 1 << 15;
const cacheMaxEntryWeight = 1 << 12;
// About the memory that a compiled object keeps: the pattern and the
// expanded patterns, of which each row in set is made.
const cacheWeight = (mm) => {
    let w = mm.pattern.length;
    for (const s of mm.globSet) {
        w += s.length + 1;
        if (w > cacheMaxEntryWeight)
            break;
    }
    return w;
};
// tsc fails here if a new option is in neither type. Add it to
// optionsKey() too.
const allOptionsKeyed = true;
void allOptionsKeyed;
// 0, 1 or 2 for undefined, falsy or truthy.
const tri = (v) => v === undefined ? 0
    : v ? 2
        : 1;
// The weight of each boolean option's base-3 digit in the key. The
// weights below 24 are for optimizationLevel (1), platform (3) and
// windowsPathsNoEscape (12). tsc fails here if a boolean option is
// not in the list.
const booleanWeights = new Map(Object.keys({
    nobrace: 0,
    nocomment: 0,
    nonegate: 0,
    noglobstar: 0,
    noext: 0,
    nonull: 0,
    partial: 0,
    dot: 0,
    nocase: 0,
    nocaseMagicOnly: 0,
    magicalBraces: 0,
    matchBase: 0,
    flipNegate: 0,
    preserveMultipleSlashes: 0,
    windowsNoMagicRoot: 0,
}).map((k, i) => [k, 24 * 3 ** i]));
// The cache key for a set of options. It is a number, unless an
// option is set to a value that the number can not show, such as
// normalize or an uncommon platform. Then it is a JSON string.
// The defaults give 0, the same key as no options.
// It only reads the keys that are set, so that the speed does not
// depend on the shape of the options object.
const optionsKey = (o) => {
    let n = 0;
    let wpe = false;
    // inherited keys too, because Minimatch reads them
    // oxlint-disable-next-line guard-for-in
    for (const k in o) {
        const v = o[k];
        switch (k) {
            // the same test as the Minimatch constructor
            case 'windowsPathsNoEscape':
                if (v)
                    wpe = true;
                break;
            case AWE_KEY:
                if (v === false)
                    wpe = true;
                break;
            case 'platform': {
                // the same test as the Minimatch constructor
                const p = v || defaultPlatform;
                if (p === defaultPlatform)
                    break;
                if (p === 'darwin')
                    n += 3;
                else if (p === 'win32')
                    n += 6;
                else if (p === 'linux')
                    n += 9;
                else
                    return JSON.stringify(o);
                break;
            }
            case 'optimizationLevel':
                // The same tests as Minimatch: 1 when undefined, then >= 2,
                // >= 1, or else 0. The default level 1 adds 0.
                if (v === undefined)
                    break;
                n +=
                    v >= 2 ? 1
                        : v >= 1 ? 0
                            : 2;
                break;
            case 'braceExpandMax':
                if (v !== undefined && v !== DEFAULT_BRACE_EXPAND_MAX) {
                    return JSON.stringify(o);
                }
                break;
            case 'maxGlobstarRecursion':
                if (v !== undefined && v !== DEFAULT_GLOB_STAR_RECURSION_MAX) {
                    return JSON.stringify(o);
                }
                break;
            case 'normalize':
                if (v !== undefined)
                    return JSON.stringify(o);
                break;
            default:
                // unknown keys have no weight
                n += (booleanWeights.get(k) ?? 0) * tri(v);
        }
    }
    return wpe ? n + 12 : n;
};
// A copy, so a later change to the options can not change it. Unlike
// a spread, it keeps the inherited keys, which optionsKey() and the
// Minimatch constructor also read.
const copyOptions = (o) => {
    const copy = {};
    // oxlint-disable-next-line guard-for-in
    for (const k in o)
        copy[k] = o[k];
    return copy;
};
const cachedMinimatch = (pattern, options) => {
    const key = options ? optionsKey(options) : 0;
    let mm = cache.get(key)?.get(pattern);
    if (mm)
        return mm;
    mm =
        oldCache.get(key)?.get(pattern) ??
            new Minimatch(pattern, copyOptions(options));
    const weight = cacheWeight(mm);
    // too big to keep, so it is compiled again each time
    if (weight > cacheMaxEntryWeight)
        return mm;
    if (cacheSize >= cacheMax ||
        cacheTotalWeight + weight > cacheMaxWeight) {
        oldCache = cache;
        cache = new Map();
        cacheSize = 0;
        cacheTotalWeight = 0;
    }
    let byPattern = cache.get(key);
    if (!byPattern)
        cache.set(key, (byPattern = new Map()));
    byPattern.set(pattern, mm);
    cacheSize++;
    cacheTotalWeight += weight;
    return mm;
};
/* c8 ignore start */
const defaultPlatform = (typeof process === 'object' && process ?
    process.env?.__MINIMATCH_TESTING_PLATFORM__ || process.platform
    : 'posix');
const path = {
    win32: { sep: '\\' },
    posix: { sep: '/' },
};
/* c8 ignore stop */
const sep = defaultPlatform === 'win32' ? path.win32.sep : path.posix.sep;
minimatch.sep = sep;
const GLOBSTAR = Symbol('globstar **');
minimatch.GLOBSTAR = GLOBSTAR;
const filter = (pattern, options) => {
    let mm;
    return (p) => (mm ??= cachedMinimatch(pattern, options)).match(p);
};
minimatch.filter = filter;
const ext = (a, b = {}) => Object.assign({}, a, b);
const defaults = (def) => {
    if (!def || typeof def !== 'object' || !Object.keys(def).length) {
        return minimatch;
    }
    const orig = minimatch;
    const m = (p, pattern, options = {}) => orig(p, pattern, ext(def, options));
    return Object.assign(m, {
        Minimatch: class Minimatch extends orig.Minimatch {
            constructor(pattern, options = {}) {
                super(pattern, ext(def, options));
            }
            static defaults(options) {
                return orig.defaults(ext(def, options)).Minimatch;
            }
        },
        unescape: (s, options = {}) => orig.unescape(s, ext(def, options)),
        escape: (s, options = {}) => orig.escape(s, ext(def, options)),
        filter: (pattern, options = {}) => orig.filter(pattern, ext(def, options)),
        defaults: (options) => orig.defaults(ext(def, options)),
        braceExpand: (pattern, options = {}) => orig.braceExpand(pattern, ext(def, options)),
        match: (list, pattern, options = {}) => orig.match(list, pattern, ext(def, options)),
        sep: orig.sep,
        GLOBSTAR: GLOBSTAR,
    });
};
minimatch.defaults = defaults;
// Brace expansion:
// a{b,c}d -> abd acd
// a{b,}c -> abc ac
// a{0..3}d -> a0d a1d a2d a3d
// a{b,c{d,e}f}g -> abg acdfg acefg
// a{b,c}d{e,f}g -> abdeg acdeg abdeg abdfg
//
// Invalid sets are not expanded.
// a{2..}b -> a{2..}b
// a{b}c -> a{b}c
const braceExpand = (pattern, options = {}) => {
    assertValidPattern(pattern);
    // Thanks to Yeting Li <https://github.com/yetingli> for
    // improving this regexp to avoid a ReDOS vulnerability.
    if (options.nobrace || !/\{(?:(?!\{).)*\}/.test(pattern)) {
        // shortcut. no need to expand.
        return [pattern];
    }
    // brace-expansion turns each escaped backslash '\\' into a single '\',
    // which then escapes the next character instead, and can turn an
    // escaped magic character (for example '\\\*') into a live one.
    // Double every pair, so an escaped backslash comes back out still
    // escaped. The parity of each run of backslashes is unchanged.
    let p = pattern.replace(/\\\\/g, '\\\\\\\\');
    // brace-expansion does not know about [...] classes. In
    // windowsPathsNoEscape mode, escape() writes a literal brace as '[{]'
    // or '[}]'. Escape the brace for brace-expansion, which removes that
    // backslash again, leaving '[{]' or '[}]'.
    if (options.windowsPathsNoEscape || options[AWE_KEY] === false) {
        p = p.replace(/\[([{}])\]/g, '[\\$1]');
    }
    return expand(p, { max: options.braceExpandMax });
};
minimatch.braceExpand = braceExpand;
// A numeric range with at least this many values is matched as one
// pattern portion, rather than expanded. For a glob walk, that is
// one directory read, in place of a stat for each value.
const RANGE_MIN = 100;
// a {lo..hi} range that is not escaped, and not a ${...} variable
const rangeRe = /(?<![\\$])\{(-?\d+)\.\.(-?\d+)\}/g;
// true if a range mark in this portion is inside a `!(...)`,
// `*(...)` or `+(...)` extglob. Those repeat or negate their
// contents, so one Matcher for the whole range does not match the
// same strings as the union of one pattern per value. For example,
// `*({1..100})` would match `510` as `5` then `10`, and `!({1..100})`
// would not match `5`, but every expanded pattern except `!(5)` does.
// `@(...)` and `?(...)` are fine: they pick one value at most.
const inRepeatOrNegExt = (portion, mark) => {
    const stack = [];
    for (let i = 0; i < portion.length; i++) {
        const c = portion.charAt(i);
        if (c === '\\') {
            i++;
        }
        else if (c === mark) {
            if (stack.some(t => t !== '@' && t !== '?'))
                return true;
        }
        else if (portion.charAt(i + 1) === '(' && '!?+*@'.includes(c)) {
            stack.push(c);
            i++;
        }
        else if (c === ')') {
            stack.pop();
        }
    }
    return false;
};
const match = (list, pattern, options = {}) => {
    const mm = new Minimatch(pattern, options);
    list = list.filter(f => mm.match(f));
    if (mm.options.nonull && !list.length) {
        list.push(pattern);
    }
    return list;
};
minimatch.match = match;
const globMagic = /[?*]|[+@!]\(.*?\)|\[|\]/;
// Index of the `]` that closes the class that starts at `start`,
// or -1 if it is not closed. Posix classes such as `[:alpha:]` are
// not skipped, so this can find a `]` before the real end. That
// only makes a class look less like a literal.
const classEnd = (pattern, start) => {
    let i = start + 1;
    if (pattern.charAt(i) === '!' || pattern.charAt(i) === '^')
        i++;
    let sawStart = false;
    for (; i < pattern.length; i++) {
        const c = pattern.charAt(i);
        if (c === ']' && sawStart)
            return i;
        sawStart = true;
        if (c === '\\')
            i++;
    }
    return -1;
};
// If a path portion pattern has no magic, return the string it
// matches. Otherwise, return undefined. This can report magic for
// a pattern that is in fact literal (eg, `[]`), but never the
// reverse, so a string result is always safe to compare directly.
const literal = (pattern, noext) => {
    if (!noext && (pattern === '+()' || pattern === '@()'))
        return pattern;
    let lit = '';
    for (let i = 0; i < pattern.length; i++) {
        const c = pattern.charAt(i);
        if (c === '\\') {
            // a trailing \ is a literal \
            lit += pattern.charAt(++i) || c;
        }
        else if (c === '*' || c === '?') {
            return undefined;
        }
        else if (c === '[') {
            const close = classEnd(pattern, i);
            if (close === -1) {
                // not closed, so the [ is a literal
                lit += c;
                continue;
            }
            // a class of one char, such as `[*]` or `[\b]`, is a literal
            let body = pattern.slice(i + 1, close);
            if (body.startsWith('\\'))
                body = body.slice(1);
            if ([...body].length !== 1 || '!^'.includes(pattern.charAt(i + 1))) {
                return undefined;
            }
            lit += body;
            i = close;
        }
        else if (!noext &&
            '+@!'.includes(c) &&
            pattern.charAt(i + 1) === '(' &&
            pattern.includes(')', i + 2)) {
            return undefined;
        }
        else {
            lit += c;
        }
    }
    return lit;
};
// The matching engine compiles and walks extglobs recursively, so a
// path portion with very many extglobs (nested, such as `*(*(*(a)))`,
// or in a row, such as `?(a)?(a)?(a)`) can exhaust the call stack.
// Portions with more than this many extglobs are rejected.
const MAX_EXTGLOBS = 256;
// The number of extglob openers, such as `*(`, in a path portion
// pattern. Chars in a class are counted too, so this can be more than
// the number of extglobs, but never less.
const extglobCount = (pattern) => {
    let n = 0;
    for (let i = 0; i < pattern.length - 1; i++) {
        const c = pattern.charAt(i);
        if (c === '\\') {
            i++;
        }
        else if ('+@!?*'.includes(c) && pattern.charAt(i + 1) === '(') {
            n++;
            i++;
        }
    }
    return n;
};
const assertValidExtglobs = (pattern) => {
    if (extglobCount(pattern) > MAX_EXTGLOBS) {
        throw new TypeError('pattern has too many extglobs');
    }
};
// True if the portion pattern has the same meaning as an alternative
// inside `@(...)`. It must not have a `|` or `)` that is not in a
// closed extglob (those are literal at the top level), an extglob
// that is not closed (the `)` of the `@(...)` would close it), or a
// trailing `\` (it would escape the next `|`). A pattern that is
// only an empty extglob, such as `?()`, is literal on its own, but
// not in `@(...)`. Posix classes such as `[:alpha:]` can hide a `]`
// from classEnd, so patterns with them are not merged.
const extSafe = (pattern) => {
    if (/^[?*+@]\(\)$/.test(pattern) || pattern.includes('[:'))
        return false;
    let depth = 0;
    for (let i = 0; i < pattern.length; i++) {
        const c = pattern.charAt(i);
        if (c === '\\') {
            if (++i === pattern.length)
                return false;
        }
        else if (c === '[') {
            const close = classEnd(pattern, i);
            if (close !== -1)
                i = close;
        }
        else if ('+@!?*'.includes(c) && pattern.charAt(i + 1) === '(') {
            depth++;
            i++;
        }
        else if (c === ')') {
            if (!depth--)
                return false;
        }
        else if (c === '|' && !depth) {
            return false;
        }
    }
    return !depth;
};
// The last path that Minimatch#match split, and its parts. A path is
// often tested against many patterns in a row (such as a list of
// ignore patterns), so this saves splitting it again. The parts are
// never changed, so they can be shared.
let lastSplit;
// The last path that Minimatch#match checked before splitting it. If
// the same path is checked again, it is being tested against many
// patterns, so it is split and the parts are kept for the others.
let lastChecked;
// true if a pattern portion that is not ** matches a path portion.
// An empty path portion only matches an empty pattern portion. A path
// portion never has a `/`, so the Matcher does not need to check it.
const portionMatch = (p, f) => typeof p === 'string' ? f === p : f !== '' && p.testUnchecked(f);
// Where the last portion of a row matches in a path: the start of the
// last portion of the path, or of the one before a trailing `/`. -1 if
// it matches neither.
const endIndex = (p, last, lastStart, prev, prevStart) => portionMatch(p, last) ? lastStart
    : prev !== undefined && portionMatch(p, prev) ? prevStart
        : -1;
const isDots = (p) => p === '.' || p === '..';
// a Windows drive letter portion, like `c:`
const isDrive = (p) => typeof p === 'string' && /^[a-z]:$/i.test(p);
// true for the `UNC` portion of a long UNC root, //?/UNC/host/share
const isLongUNC = (p) => typeof p === 'string' && /^unc$/i.test(p);
// The index of the host in a row or split path that starts with a
// Windows UNC root: 2 for `//host/share`, and 4 for
// `//?/UNC/host/share`. Otherwise -1. `//?/c:` is not one.
const uncHost = (p) => {
    if (p[0] !== '' || p[1] !== '')
        return -1;
    const h = p[2] !== '?' ? 2
        : isLongUNC(p[3]) ? 4
            : -1;
    const host = p[h];
    const share = p[h + 1];
    return (h !== -1 &&
        host !== undefined &&
        host !== '' &&
        host !== GLOBSTAR &&
        share !== undefined &&
        share !== '' &&
        share !== GLOBSTAR) ?
        h
        : -1;
};
// true if ** can walk the path portion: not `.` or `..`, and not a
// dotfile unless `dot` is set
const walkable = (p, dot) => !isDots(p) && (dot || !p.startsWith('.'));
// True if a portion of the path from `start` to `end` can not be
// walked by **: one that starts with `.`, or with `dot`, one that is
// `.` or `..`. `start` is the start of a portion, and `end` is the end
// of the path, or just after a separator.
const dotPortion = (f, start, end, dot, sep) => {
    for (let k = start; k < end;) {
        if (f.charCodeAt(k) === 46) {
            if (!dot)
                return true;
            const n = f.charCodeAt(k + 1) === 46 ? k + 2 : k + 1;
            if (n >= end || isSep(f.charCodeAt(n), sep))
                return true;
        }
        // the start of the next portion, after any run of separators
        const s = nextSep(f, k, sep);
        if (s === -1)
            return false;
        k = s + 1;
        while (k < end && isSep(f.charCodeAt(k), sep))
            k++;
    }
    return false;
};
const isSep = (c, sep) => sep === '/' ? c === 47
    : sep === '\\' ? c === 92
        : c === 47 || c === 92;
// the index of the first separator at or after `from`, or -1
const nextSep = (f, from, sep) => {
    if (sep !== 'both')
        return f.indexOf(sep, from);
    const s = f.indexOf('/', from);
    const b = f.indexOf('\\', from);
    return (s === -1 ? b
        : b === -1 ? s
            : Math.min(s, b));
};
// the index of the last separator at or before `from`, or -1
const lastSep = (f, from, sep) => sep !== 'both' ?
    f.lastIndexOf(sep, from)
    : Math.max(f.lastIndexOf('/', from), f.lastIndexOf('\\', from));
// What parse() returns in place of a Matcher while make() builds and
// merges the rows. Most of the Matchers in rows that are merged would
// never be used, so they are only made for the rows that are left.
const PENDING = {};
class Minimatch {
    options;
    set;
    pattern;
    windowsPathsNoEscape;
    nonegate;
    negate;
    comment;
    empty;
    preserveMultipleSlashes;
    partial;
    globSet;
    globParts;
    nocase;
    isWindows;
    platform;
    windowsNoMagicRoot;
    maxGlobstarRecursion;
    // the path can be checked against the last portion, and the string
    // portions, of each row before it is split. See #canMatch.
    #endCheck;
    #literalCheck;
    // level 2 resolves `.` and `..` portions in the path
    #level2;
    // the unicode normalization form, if any
    #form;
    // the string portions of each row in the set
    #literals = [];
    // the rows that #canMatch can match without splitting the path
    #shapes = [];
    // the rows whose last portion can be checked against the path's
    #endRows = [];
    // brace expansion can make the same portion in many rows, so they
    // share one Matcher, and the states that it caches
    #matchers = new Map();
    // parse() returns PENDING in place of a Matcher
    #pending = false;
    // the char that marks numeric ranges in globSet, if any
    #rangeMark;
    // the GlobstarParts of each pattern row, by start index and partial
    #globstarParts = new WeakMap();
    constructor(pattern, options = {}) {
        assertValidPattern(pattern);
        options = options || {};
        this.options = options;
        this.maxGlobstarRecursion =
            options.maxGlobstarRecursion ?? DEFAULT_GLOB_STAR_RECURSION_MAX;
        this.pattern = pattern;
        this.platform = options.platform || defaultPlatform;
        this.isWindows = this.platform === 'win32';
        this.windowsPathsNoEscape =
            !!options.windowsPathsNoEscape || options[AWE_KEY] === false;
        if (this.windowsPathsNoEscape) {
            this.pattern = this.pattern.replace(/\\/g, '/');
        }
        this.preserveMultipleSlashes = !!options.preserveMultipleSlashes;
        this.negate = false;
        this.nonegate = !!options.nonegate;
        this.comment = false;
        this.empty = false;
        this.partial = !!options.partial;
        this.nocase = !!this.options.nocase;
        this.windowsNoMagicRoot =
            options.windowsNoMagicRoot !== undefined ?
                options.windowsNoMagicRoot
                : !!(this.isWindows && this.nocase);
        this.globSet = [];
        this.globParts = [];
        this.set = [];
        this.#endCheck = !this.preserveMultipleSlashes;
        this.#level2 = (options.optimizationLevel ?? 1) >= 2;
        const n = options.normalize;
        this.#form = n === true ? 'NFC' : n || undefined;
        // make the set of Matchers etc.
        this.make();
        // On Windows, the portions of a row up to its drive letter or UNC
        // share are skipped or compared without case, if the path has one
        // too. So the checks only use the portions after it.
        const drives = this.set.map(row => this.#rootIndex(row));
        this.#endRows = this.set.map((row, r) => this.#endCheck && row.length - 1 > drives[r]);
        // with the end check, the last portion is already checked
        this.#literals = this.set.map((row, r) => {
            const end = this.#endRows[r] ? row.length - 1 : row.length;
            const lits = row
                .slice(drives[r] + 1, end)
                .filter((p) => typeof p === 'string' && !!p);
            return [...new Set(lits)];
        });
        this.#literalCheck = this.#literals.some(l => l.length);
        this.#shapes = this.set.map((row, r) => {
            const [p0, p1, p2] = row;
            if (this.#endRows[r] && row.length === 2) {
                if (p0 === GLOBSTAR && p1 !== GLOBSTAR)
                    return 'tail';
            }
            // the basename of a path that is split on / is its last portion,
            // or the one before a trailing /, the same as the end check
            if (this.#endRows[r] &&
                options.matchBase &&
                row.length === 1 &&
                p0 !== GLOBSTAR &&
                p0 !== '') {
                return 'base';
            }
            // the portion must not be a root, or '', which can be a
            // different portion on Windows (where //x paths get an extra '')
            if (!this.#endCheck || drives[r] !== -1)
                return undefined;
            if (row.length === 3 &&
                p0 === GLOBSTAR &&
                p2 === GLOBSTAR &&
                p1 !== GLOBSTAR &&
                p1 !== '' &&
                // the portion between is only matched below this limit
                this.maxGlobstarRecursion > 0) {
                return 'mid';
            }
            if (row.length === 2 &&
                p1 === GLOBSTAR &&
                p0 !== GLOBSTAR &&
                p0 !== '') {
                return 'head';
            }
            return undefined;
        });
    }
    // a string portion of a pattern, normalized if the option is set
    #norm(p) {
        return this.#form ? p.normalize(this.#form) : p;
    }
    // On Windows, the index of the last root portion of a row, as
    // #matchRow finds it: 0 for `c:/...`, 3 for `//?/c:/...` and
    // `//host/share/...`, and 5 for `//?/UNC/host/share/...`. Otherwise
    // -1.
    #rootIndex(row) {
        if (!this.isWindows)
            return -1;
        if (isDrive(row[0]))
            return 0;
        const uncDrive = row[0] === '' && row[1] === '' && row[2] === '?' && isDrive(row[3]);
        if (uncDrive)
            return 3;
        const h = uncHost(row);
        return h === -1 ? -1 : h + 1;
    }
    hasMagic() {
        if (this.options.magicalBraces && this.set.length > 1) {
            return true;
        }
        for (const pattern of this.set) {
            for (const part of pattern) {
                if (typeof part !== 'string')
                    return true;
            }
        }
        return false;
    }
    make() {
        const pattern = this.pattern;
        const options = this.options;
        // empty patterns and comments match nothing.
        if (!options.nocomment && pattern.charAt(0) === '#') {
            this.comment = true;
            return;
        }
        if (!pattern) {
            this.empty = true;
            return;
        }
        // step 1: figure out negation, etc.
        this.parseNegate();
        // step 2: expand braces
        this.globSet = [...new Set(this.#expandBraces())];
        // step 3: now we have a set, so turn each one into a series of
        // path-portion matching patterns.
        // These will be Matchers, except in the case of "**", which is
        // set to the GLOBSTAR object for globstar behavior,
        // and will not contain any / characters
        //
        // First, we preprocess to make the glob pattern sets a bit simpler
        // and deduped.  There are some perf-killing patterns that can cause
        // problems with a glob walk, but we can simplify them down a bit.
        const rawGlobParts = this.globSet.map(s => this.#slashSplit(s));
        this.globParts = this.preprocess(rawGlobParts);
        // glob --> Matchers
        this.#pending = true;
        let set = this.globParts.map((s, _, __) => {
            if (this.isWindows && this.windowsNoMagicRoot) {
                // check if it's a drive or unc path. The root of a long UNC
                // path, //?/UNC/host/share, is 6 portions.
                const n = s[2] === '?' && isLongUNC(s[3]) ? 6 : 4;
                const isUNC = s[0] === '' &&
                    s[1] === '' &&
                    (s[2] === '?' || !globMagic.test(s[2])) &&
                    s.slice(3, n).every(p => !globMagic.test(p));
                const isDrive = /^[a-z]:/i.test(s[0]);
                if (isUNC) {
                    return [
                        ...s.slice(0, n).map(p => this.#norm(p)),
                        ...s.slice(n).map(ss => this.parse(ss)),
                    ];
                }
                else if (isDrive) {
                    return [
                        this.#norm(s[0]),
                        ...s.slice(1).map(ss => this.parse(ss)),
                    ];
                }
            }
            return s.map(ss => this.parse(ss));
        });
        // filter out everything that didn't compile properly.
        this.set = set.filter(s => s.indexOf(false) === -1);
        // do not treat the ? in UNC paths as magic
        if (this.isWindows) {
            for (let i = 0; i < this.set.length; i++) {
                const p = this.set[i];
                if (p[0] === '' &&
                    p[1] === '' &&
                    this.globParts[i][2] === '?' &&
                    (isDrive(p[3]) || isLongUNC(this.globParts[i][3]))) {
                    if (isLongUNC(this.globParts[i][3]))
                        p[3] = 'UNC';
                    p[2] = '?';
                }
            }
        }
        // with noext, `@(...)` would be literal
        if (!options.noext)
            this.mergeRows();
        this.#pending = false;
        this.set.forEach((row, i) => {
            for (let k = 0; k < row.length; k++) {
                if (row[k] === PENDING) {
                    row[k] = this.parse(this.globParts[i][k]);
                }
            }
        });
    }
    // Merge rows that only differ in one portion, where each of them
    // is a Matcher, into one row that matches any of them with
    // `@(a|b|...)`. Then a path is only walked once for all of them,
    // for example with `**/*.{js,ts}`.
    mergeRows() {
        let merged = true;
        while (merged) {
            merged = false;
            // a single row cannot be merged with anything
            if (this.set.length < 2)
                return;
            let keys = this.#mergeKeys();
            const len = Math.max(0, ...this.set.map(r => r.length));
            for (let k = 0; k < len; k++) {
                // the rows that are the same other than at portion k, keyed
                // by the ids of the parts before k and the parts after k,
                // which are at most the number of rows
                const groups = new Map();
                const R = this.set.length + 1;
                this.set.forEach((row, i) => {
                    if (!(row[k] instanceof Matcher || row[k] === PENDING) ||
                        !extSafe(this.globParts[i][k])) {
                        return;
                    }
                    const { pre, suf } = keys[i];
                    const key = pre[k] * R + suf[k + 1];
                    const g = groups.get(key);
                    if (g)
                        g.push(i);
                    else
                        groups.set(key, [i]);
                });
                const drop = new Set();
                for (const g of groups.values()) {
                    if (g.length < 2)
                        continue;
                    const [first, ...rest] = g;
                    const alts = g.map(i => this.globParts[i][k]);
                    const glob = `@(${alts.join('|')})`;
                    // merging is only an optimization, so leave the rows as they
                    // are if the merged portion would have too many extglobs
                    if (extglobCount(glob) > MAX_EXTGLOBS)
                        continue;
                    this.globParts[first][k] = glob;
                    this.set[first][k] = this.parse(glob);
                    for (const i of rest)
                        drop.add(i);
                }
                if (drop.size) {
                    merged = true;
                    this.set = this.set.filter((_, i) => !drop.has(i));
                    this.globParts = this.globParts.filter((_, i) => !drop.has(i));
                    // every merge drops a row, so this happens at most once per row
                    if (this.set.length < 2)
                        return;
                    keys = this.#mergeKeys();
                }
            }
        }
    }
    // For each row, number ids for its prefixes and suffixes, such that
    // pre[k] identifies parts[0..k) and suf[k] identifies parts[k..n).
    // Two rows are the same other than at portion k exactly when they
    // have the same pre[k] and suf[k + 1]. This is linear in the size of
    // the rows, where joining the whole row for every k was quadratic.
    #mergeKeys() {
        const partIds = new Map();
        const ids = this.globParts.map(parts => parts.map(s => {
            let id = partIds.get(s);
            if (id === undefined)
                partIds.set(s, (id = partIds.size));
            return id;
        }));
        // ids are only compared at the same k, so they are numbered per
        // portion, with 0 for the empty prefix or suffix. Then they are
        // at most the number of rows, and id * P + part id is a safe
        // integer key for any set that fits in memory.
        const P = partIds.size;
        const len = Math.max(0, ...ids.map(r => r.length));
        const keys = ids.map(r => ({
            pre: [0],
            suf: new Array(r.length + 1).fill(0),
        }));
        for (let k = 0; k < len; k++) {
            const m = new Map();
            ids.forEach((r, i) => {
                if (k >= r.length)
                    return;
                const { pre } = keys[i];
                const key = pre[k] * P + r[k];
                let id = m.get(key);
                if (id === undefined)
                    m.set(key, (id = m.size + 1));
                pre.push(id);
            });
        }
        for (let k = len - 1; k >= 0; k--) {
            const m = new Map();
            ids.forEach((r, i) => {
                if (k >= r.length)
                    return;
                const { suf } = keys[i];
                const key = suf[k + 1] * P + r[k];
                let id = m.get(key);
                if (id === undefined)
                    m.set(key, (id = m.size + 1));
                suf[k] = id;
            });
        }
        return keys;
    }
    // various transforms to equivalent pattern sets that are
    // faster to process in a filesystem walk.  The goal is to
    // eliminate what we can, and push all ** patterns as far
    // to the right as possible, even if it increases the number
    // of patterns that we have to process.
    preprocess(globParts) {
        // if we're not in globstar mode, then turn ** into *
        if (this.options.noglobstar) {
            for (const partset of globParts) {
                for (let j = 0; j < partset.length; j++) {
                    if (partset[j] === '**') {
                        partset[j] = '*';
                    }
                }
            }
        }
        const { optimizationLevel = 1 } = this.options;
        if (optimizationLevel >= 2) {
            // aggressive optimization for the purpose of fs walking
            globParts = this.firstPhasePreProcess(globParts);
            globParts = this.secondPhasePreProcess(globParts);
        }
        else if (optimizationLevel >= 1) {
            // just basic optimizations to remove some .. parts
            globParts = this.levelOneOptimize(globParts);
        }
        else {
            // just collapse multiple ** portions into one
            globParts = this.adjascentGlobstarOptimize(globParts);
        }
        return globParts;
    }
    // just get rid of adjascent ** portions
    adjascentGlobstarOptimize(globParts) {
        return globParts.map(parts => {
            let gs = -1;
            while (-1 !== (gs = parts.indexOf('**', gs + 1))) {
                let i = gs;
                while (parts[i + 1] === '**') {
                    i++;
                }
                if (i !== gs) {
                    parts.splice(gs, i - gs);
                }
            }
            return parts;
        });
    }
    // get rid of adjascent ** and resolve .. portions
    levelOneOptimize(globParts) {
        return globParts.map(parts => {
            // .. can not remove the root of a Windows path
            const root = this.#rootIndex(parts) + 1;
            parts = parts.reduce((set, part) => {
                const prev = set[set.length - 1];
                if (part === '**' && prev === '**') {
                    return set;
                }
                if (part === '..') {
                    if (set.length > root &&
                        prev &&
                        prev !== '..' &&
                        prev !== '.' &&
                        prev !== '**') {
                        set.pop();
                        return set;
                    }
                }
                set.push(part);
                return set;
            }, []);
            return parts.length === 0 ? [''] : parts;
        });
    }
    // Check the path against each row before it is split. 'no' if no
    // row can match, so it does not need to be split. 'yes' if a row of
    // `**` and one more portion matches. 'maybe' if it must be split to
    // know. None of this applies with partial, where the path can end
    // before the row does.
    //
    // On Windows, `\` is a separator in the path too, and the portions of
    // a row up to its drive letter or UNC share are not checked (see
    // #rootIndex).
    //
    // Each string portion of a row must be a portion of the path, so the
    // path must contain it. Level 2 can only take portions out of the
    // path, so this is still true then.
    //
    // The last portion of a row must match the last portion of the path,
    // or the one before a trailing `/` (as a/* and a/**/* match a/b/).
    // This does not apply to rows that end in **, rows that end in a
    // root, or preserveMultipleSlashes (which can leave more
    // than one '' at the end). At level 2, it does not apply if that
    // portion is `.` or `..`, which can be
    // resolved away. Level 2 only takes other portions out of the
    // middle of the path.
    //
    // A row of `**/x` then matches if the ** can walk the portions
    // before the one that x matches, the same as #matchGlobstar. At
    // level 2, this is only known if none of them are `.` or `..`, so
    // that the path does not change when it is resolved.
    #canMatch(f) {
        const sep = !this.isWindows || !f.includes('\\') ? '/'
            : f.includes('/') ? 'both'
                : '\\';
        // the portions that f.split(/\/+/) would end with, and where they
        // start in f, found when a row needs them. `ends` is 0 until they
        // are found, then 1, or -1 if they can not be used.
        let ends = this.#endCheck ? 0 : -1;
        let last = '';
        let lastStart = 0;
        let prev;
        let prevStart = 0;
        const dot = !!this.options.dot;
        // A string compare is cheaper than includes(), and a Matcher test
        // costs more, so the cheaper check goes first.
        ROWS: for (let r = 0; r < this.set.length; r++) {
            const row = this.set[r];
            const p = row[row.length - 1];
            let end = ends !== -1 && this.#endRows[r] && p !== GLOBSTAR;
            if (end && ends === 0) {
                const i = lastSep(f, f.length, sep);
                lastStart = i + 1;
                last = f.slice(lastStart);
                if (last === '' && i >= 0) {
                    let j = i;
                    while (j > 0 && isSep(f.charCodeAt(j - 1), sep))
                        j--;
                    prevStart = j === 0 ? 0 : lastSep(f, j - 1, sep) + 1;
                    prev = f.slice(prevStart, j);
                }
                const resolves = this.#level2 &&
                    (isDots(last) ||
                        (last === '' && prev !== undefined && isDots(prev)));
                ends = resolves ? -1 : 1;
                end = !resolves;
            }
            let tailStart = -1;
            if (end && typeof p === 'string') {
                tailStart = endIndex(p, last, lastStart, prev, prevStart);
                if (tailStart === -1)
                    continue;
            }
            if (this.#literalCheck) {
                for (const l of this.#literals[r]) {
                    if (!f.includes(l))
                        continue ROWS;
                }
            }
            if (end && typeof p === 'object') {
                tailStart = endIndex(p, last, lastStart, prev, prevStart);
                if (tailStart === -1)
                    continue;
            }
            const shape = this.#shapes[r];
            if (shape === 'base' && end)
                return 'yes';
            if (shape === 'tail' && end) {
                if (this.#level2 && dotPortion(f, 0, tailStart, true, sep)) {
                    return 'maybe';
                }
                if (!dotPortion(f, 0, tailStart, dot, sep))
                    return 'yes';
                continue;
            }
            if (shape === 'mid' || shape === 'head') {
                const m = this.#walk(f, row, shape === 'head', dot, sep);
                if (m !== 'no')
                    return m;
                continue;
            }
            return 'maybe';
        }
        return 'no';
    }
    // Match a row of a known shape against the split path, the same as
    // #matchGlobstar and #matchGlobStarBodySections do. None of these
    // rows have a drive letter, so they start at the first portion.
    #matchShape(file, row, shape) {
        const dot = !!this.options.dot;
        const n = file.length;
        if (shape === 'head') {
            // x, then at least one portion that ** can walk
            if (n < 2 || !portionMatch(row[0], file[0])) {
                return false;
            }
            for (let i = 1; i < n; i++)
                if (!walkable(file[i], dot))
                    return false;
            return true;
        }
        const x = row[1];
        if (shape === 'tail') {
            // x is the last portion, or the one before a trailing ''
            let t = n - 1;
            if (!portionMatch(x, file[t])) {
                if (file[t] !== '' || n === 1 || !portionMatch(x, file[--t])) {
                    return false;
                }
            }
            for (let i = 0; i < t; i++)
                if (!walkable(file[i], dot))
                    return false;
            return true;
        }
        // mid: the first x that ** can walk to, with a portion after it,
        // and ** can walk all of those
        for (let k = 0; k < n; k++) {
            if (portionMatch(x, file[k]) && k + 1 < n) {
                let i = k + 1;
                while (i < n && walkable(file[i], dot))
                    i++;
                if (i === n)
                    return true;
            }
            if (!walkable(file[k], dot))
                return false;
        }
        return false;
    }
    // Match a row of `**/x/**` or `x/**` against the path, the same as
    // #matchGlobstar and #matchGlobStarBodySections do once it is split.
    // x must match a portion (the first one, for `x/**`), the ** before
    // it must be able to walk the portions before that one, and there
    // must be a portion after it, which the ** after it can walk. At
    // level 2, this is only known if no portion is `.` or `..`.
    #walk(f, row, head, dot, sep) {
        if (this.#level2 && dotPortion(f, 0, f.length, true, sep))
            return 'maybe';
        const x = row[head ? 0 : 1];
        // the last portion has none after it, so it can not be x
        let s = 0;
        for (let e = nextSep(f, s, sep); e !== -1; e = nextSep(f, s, sep)) {
            // the start of the next portion
            let next = e + 1;
            while (next < f.length && isSep(f.charCodeAt(next), sep))
                next++;
            const hit = typeof x === 'string' ?
                e - s === x.length && f.startsWith(x, s)
                : e > s && x.testUnchecked(f.slice(s, e));
            if (hit && !dotPortion(f, next, f.length, dot, sep))
                return 'yes';
            if (head || dotPortion(f, s, next, dot, sep))
                return 'no';
            s = next;
        }
        return 'no';
    }
    // the last split, if it was the same path with the same split
    // settings
    #cachedSplit(f) {
        const last = lastSplit;
        return (last?.f === f &&
            last.isWindows === this.isWindows &&
            last.preserveMultipleSlashes === this.preserveMultipleSlashes &&
            last.normalize === this.#form) ?
            last
            : undefined;
    }
    // split a path for match(), and keep the parts for the next call
    #split(f) {
        const { isWindows, preserveMultipleSlashes } = this;
        // windows: need to use /, not \
        let parts = this.#slashSplit(isWindows ? f.split('\\').join('/') : f);
        // normalize each portion, so that a char that normalizes to `/`
        // does not make a new portion
        const normalize = this.#form;
        if (normalize)
            parts = parts.map(p => p.normalize(normalize));
        lastSplit = {
            f,
            isWindows,
            preserveMultipleSlashes,
            normalize,
            parts,
        };
        return lastSplit;
    }
    // resolve `.` and `..` portions of a path, for level 2
    #levelTwoFileOptimize(file) {
        // work on a copy, so that the cached parts do not change
        const parts = [...file];
        let didSomething = false;
        do {
            didSomething = false;
            // <pre>/<e>/<rest> -> <pre>/<rest>
            if (!this.preserveMultipleSlashes) {
                for (let i = 1; i < parts.length - 1; i++) {
                    const p = parts[i];
                    // don't squeeze out UNC patterns
                    if (i === 1 && p === '' && parts[0] === '')
                        continue;
                    if (p === '.' || p === '') {
                        didSomething = true;
                        parts.splice(i, 1);
                        i--;
                    }
                }
                if (parts[0] === '.' &&
                    parts.length === 2 &&
                    (parts[1] === '.' || parts[1] === '')) {
                    didSomething = true;
                    parts.pop();
                }
            }
            // <pre>/<p>/../<rest> -> <pre>/<rest>
            // .. can not remove the root of a Windows path
            const root = this.#rootIndex(parts) + 1;
            let dd = root;
            while (-1 !== (dd = parts.indexOf('..', dd + 1))) {
                const p = parts[dd - 1];
                if (p && p !== '.' && p !== '..' && p !== '**') {
                    didSomething = true;
                    parts.splice(dd - 1, 2);
                    dd = Math.max(dd - 2, root);
                }
            }
        } while (didSomething);
        return parts.length === 0 ? [''] : parts;
    }
    // First phase: single-pattern processing
    // <pre> is 1 or more portions
    // <rest> is 1 or more portions
    // <p> is any portion other than ., .., '', or **
    // <e> is . or ''
    //
    // **/.. is *brutal* for filesystem walking performance, because
    // it effectively resets the recursive walk each time it occurs,
    // and ** cannot be reduced out by a .. pattern part like a regexp
    // or most strings (other than .., ., and '') can be.
    //
    // <pre>/**/../<p>/<p>/<rest> -> {<pre>/../<p>/<p>/<rest>,<pre>/**/<p>/<p>/<rest>}
    // <pre>/<e>/<rest> -> <pre>/<rest>
    // <pre>/<p>/../<rest> -> <pre>/<rest>
    // **/**/<rest> -> **/<rest>
    //
    // **/*/<rest> -> */**/<rest> <== not valid because ** doesn't follow
    // this WOULD be allowed if ** did follow symlinks, or * didn't
    firstPhasePreProcess(globParts) {
        // each **/.. split doubles the patterns, and adds a copy of the
        // whole pattern. Throw if either gets too large. A partial split
        // would match some paths and not others, depending on which rows
        // the pass reached first.
        const { braceExpandMax = DEFAULT_BRACE_EXPAND_MAX } = this.options;
        let splitCells = 0;
        const maxSplitCells = 1_000_000;
        let didSomething = false;
        do {
            didSomething = false;
            // <pre>/**/../<p>/<p>/<rest> -> {<pre>/../<p>/<p>/<rest>,<pre>/**/<p>/<p>/<rest>}
            for (let parts of globParts) {
                let gs = -1;
                while (-1 !== (gs = parts.indexOf('**', gs + 1))) {
                    let gss = gs;
                    while (parts[gss + 1] === '**') {
                        // <pre>/**/**/<rest> -> <pre>/**/<rest>
                        gss++;
                    }
                    // eg, if gs is 2 and gss is 4, that means we have 3 **
                    // parts, and can remove 2 of them.
                    if (gss > gs) {
                        parts.splice(gs + 1, gss - gs);
                    }
                    let next = parts[gs + 1];
                    const p = parts[gs + 2];
                    const p2 = parts[gs + 3];
                    if (next !== '..')
                        continue;
                    if (!p ||
                        p === '.' ||
                        p === '..' ||
                        !p2 ||
                        p2 === '.' ||
                        p2 === '..') {
                        continue;
                    }
                    // Check before changing parts or allocating the new row.
                    const addedCells = parts.length - 1;
                    if (globParts.length >= braceExpandMax ||
                        splitCells + addedCells > maxSplitCells) {
                        throw new RangeError(`optimizationLevel 2: too many patterns from '**/..'`);
                    }
                    didSomething = true;
                    // edit parts in place, and push the new one
                    parts.splice(gs, 1);
                    const other = parts.slice(0);
                    other[gs] = '**';
                    splitCells += addedCells;
                    globParts.push(other);
                    gs--;
                }
                // <pre>/<e>/<rest> -> <pre>/<rest>
                if (!this.preserveMultipleSlashes) {
                    for (let i = 1; i < parts.length - 1; i++) {
                        const p = parts[i];
                        // don't squeeze out UNC patterns
                        if (i === 1 && p === '' && parts[0] === '')
                            continue;
                        if (p === '.' || p === '') {
                            didSomething = true;
                            parts.splice(i, 1);
                            i--;
                        }
                    }
                    if (parts[0] === '.' &&
                        parts.length === 2 &&
                        (parts[1] === '.' || parts[1] === '')) {
                        didSomething = true;
                        parts.pop();
                    }
                }
                // <pre>/<p>/../<rest> -> <pre>/<rest>
                // .. can not remove the root of a Windows path
                const root = this.#rootIndex(parts) + 1;
                let dd = root;
                while (-1 !== (dd = parts.indexOf('..', dd + 1))) {
                    const p = parts[dd - 1];
                    if (p && p !== '.' && p !== '..' && p !== '**') {
                        didSomething = true;
                        const needDot = dd === 1 && parts[dd + 1] === '**';
                        const splin = needDot ? ['.'] : [];
                        parts.splice(dd - 1, 2, ...splin);
                        if (parts.length === 0)
                            parts.push('');
                        dd = Math.max(dd - 2, root);
                    }
                }
            }
        } while (didSomething);
        return globParts;
    }
    // second phase: multi-pattern dedupes
    // {<pre>/<rest>,<pre>/<rest>} -> <pre>/<rest>
    // {<pre>/*/<rest>,<pre>/<p>/<rest>} -> <pre>/*/<rest>
    secondPhasePreProcess(globParts) {
        const keys = new Set();
        const rows = globParts.filter(parts => {
            const key = parts.join('/');
            if (keys.has(key))
                return false;
            keys.add(key);
            return true;
        });
        // A row is covered by another row that has `*` at some positions,
        // and is the same at all others. Collect each distinct set of `*`
        // positions, then look up each row with `*` put at those positions.
        const stars = new Map();
        for (const parts of rows) {
            const s = [];
            for (let i = 0; i < parts.length; i++) {
                if (parts[i] === '*')
                    s.push(i);
            }
            if (s.length)
                stars.set(s.join(','), s);
        }
        // Each row is checked against each set of `*` positions, so skip
        // this if there are too many. The patterns match the same paths
        // either way.
        if (!stars.size || rows.length * stars.size > 100_000)
            return rows;
        const { dot } = this.options;
        return rows.filter(parts => {
            for (const s of stars.values()) {
                if (s[s.length - 1] >= parts.length)
                    continue;
                const c = [...parts];
                let ok = true;
                let changed = false;
                for (const i of s) {
                    const p = parts[i];
                    if (p === '*')
                        continue;
                    if (!p || p === '**' || (!dot && p.startsWith('.'))) {
                        ok = false;
                        break;
                    }
                    c[i] = '*';
                    changed = true;
                }
                if (ok && changed && keys.has(c.join('/')))
                    return false;
            }
            return true;
        });
    }
    parseNegate() {
        if (this.nonegate)
            return;
        const pattern = this.pattern;
        let negate = false;
        let negateOffset = 0;
        for (let i = 0; i < pattern.length && pattern.charAt(i) === '!'; i++) {
            negate = !negate;
            negateOffset++;
        }
        if (negateOffset)
            this.pattern = pattern.slice(negateOffset);
        this.negate = negate;
    }
    // Match the parts of a path against one row of the set. `resolved`
    // is the parts after level 2 resolves `.` and `..` in them, or the
    // same parts below level 2. Set partial to true to test if, for
    // example, "/a/b" matches the start of "/*/b/*/d". Partial means, if
    // you run out of file before you run out of pattern, then that's
    // fine, as long as all the parts match.
    #matchRow(file, resolved, pattern, partial) {
        let fileStartIndex = 0;
        let patternStartIndex = 0;
        // UNC paths like //?/X:/... can match X:/... and vice versa, and
        // //?/UNC/host/share/... can match //host/share/... and vice versa.
        // Drive letters in absolute drive or unc paths, and the host and
        // share of UNC paths, are always compared case-insensitively.
        const fh = this.isWindows ? uncHost(resolved) : -1;
        const ph = fh === -1 ? -1 : uncHost(pattern);
        if (ph !== -1) {
            const host = pattern[ph];
            const share = pattern[ph + 1];
            if (typeof host !== 'string' || typeof share !== 'string') {
                // a host or share with magic is matched as usual
                fileStartIndex = fh;
                patternStartIndex = ph;
            }
            else if (resolved[fh].toLowerCase() === host.toLowerCase() &&
                resolved[fh + 1].toLowerCase() === share.toLowerCase()) {
                fileStartIndex = fh + 2;
                patternStartIndex = ph + 2;
            }
        }
        else if (this.isWindows) {
            const fileDrive = typeof file[0] === 'string' && /^[a-z]:$/i.test(file[0]);
            const fileUNC = !fileDrive &&
                file[0] === '' &&
                file[1] === '' &&
                file[2] === '?' &&
                /^[a-z]:$/i.test(file[3]);
            const patternDrive = typeof pattern[0] === 'string' && /^[a-z]:$/i.test(pattern[0]);
            const patternUNC = !patternDrive &&
                pattern[0] === '' &&
                pattern[1] === '' &&
                pattern[2] === '?' &&
                typeof pattern[3] === 'string' &&
                /^[a-z]:$/i.test(pattern[3]);
            const fdi = fileUNC ? 3
                : fileDrive ? 0
                    : undefined;
            const pdi = patternUNC ? 3
                : patternDrive ? 0
                    : undefined;
            if (typeof fdi === 'number' && typeof pdi === 'number') {
                const [fd, pd] = [
                    file[fdi],
                    pattern[pdi],
                ];
                // the drives match, so start matching after them
                if (fd.toLowerCase() === pd.toLowerCase()) {
                    patternStartIndex = pdi + 1;
                    fileStartIndex = fdi + 1;
                }
            }
        }
        // the drive letters are found in the parts before level 2 resolves
        // them, and the match uses the resolved parts
        file = resolved;
        if (pattern.includes(GLOBSTAR)) {
            return this.#matchGlobstar(file, pattern, partial, fileStartIndex, patternStartIndex);
        }
        return this.#matchOne(file, pattern, partial, fileStartIndex, patternStartIndex);
    }
    #matchGlobstar(file, pattern, partial, fileIndex, patternIndex) {
        const { head, body, tail, segments } = this.#getGlobstarParts(pattern, partial, patternIndex);
        // check the head, from the current file/pattern index.
        if (head.length) {
            const headEnd = fileIndex + head.length;
            if (!this.#matchOne(file, head, partial, fileIndex, 0, headEnd)) {
                return false;
            }
            fileIndex += head.length;
            patternIndex += head.length;
        }
        // now we know the head matches!
        // if the last portion is not empty, it MUST match the end
        // check the tail
        let fileTailMatch = 0;
        if (tail.length) {
            // if head + tail > file, then we cannot possibly match
            if (tail.length + fileIndex > file.length)
                return false;
            // try to match the tail
            let tailStart = file.length - tail.length;
            if (this.#matchOne(file, tail, partial, tailStart, 0)) {
                fileTailMatch = tail.length;
            }
            else {
                // affordance for stuff like a/**/* matching a/b/
                // if the last file portion is '', and there's more to the pattern
                // then try without the '' bit.
                if (file[file.length - 1] !== '' ||
                    fileIndex + tail.length === file.length) {
                    return false;
                }
                tailStart--;
                if (!this.#matchOne(file, tail, partial, tailStart, 0)) {
                    return false;
                }
                fileTailMatch = tail.length + 1;
            }
        }
        // now we know the tail matches!
        // the middle is zero or more portions wrapped in **, possibly
        // containing more ** sections.
        // so a/**/b/**/c/**/d has become **/b/**/c/**
        // if it's empty, it means a/**/b, just verify we have no bad dots
        // if there's no tail, so it ends on /**, then we must have *something*
        // after the head, or it's not a matc
        if (!body.length) {
            let sawSome = !!fileTailMatch;
            for (let i = fileIndex; i < file.length - fileTailMatch; i++) {
                const f = String(file[i]);
                sawSome = true;
                if (f === '.' ||
                    f === '..' ||
                    (!this.options.dot && f.startsWith('.'))) {
                    return false;
                }
            }
            // in partial mode, we just need to get past all file parts
            return partial || sawSome;
        }
        // now we know that there's one or more body sections, which can
        // be matched anywhere from the 0 index (because the head was pruned)
        // through to the length-fileTailMatch index.
        return !!this.#matchGlobStarBodySections(file, segments, file.length - fileTailMatch, fileIndex, 0, partial, 0, !!fileTailMatch, new Set());
    }
    // Split the pattern into head, tail, and middle of ** delimited
    // parts. The tail has to be at the end, and the others just have to
    // be found in order from the head. These only depend on the pattern
    // row, so they are kept for the next path.
    #getGlobstarParts(pattern, partial, patternIndex) {
        let byStart = this.#globstarParts.get(pattern);
        if (!byStart) {
            byStart = [];
            this.#globstarParts.set(pattern, byStart);
        }
        const key = patternIndex * 2 + (partial ? 1 : 0);
        const found = byStart[key];
        if (found)
            return found;
        const firstgs = pattern.indexOf(GLOBSTAR, patternIndex);
        const lastgs = pattern.lastIndexOf(GLOBSTAR);
        const head = pattern.slice(patternIndex, firstgs);
        const body = pattern.slice(firstgs + 1, partial ? undefined : lastgs);
        const tail = partial ? [] : pattern.slice(lastgs + 1);
        // split the body up into sections, and note the number of
        // portions that must come after the start of each one
        const segments = [[[], 0]];
        let current = segments[0];
        let nonGsParts = 0;
        const nonGsPartsSums = [0];
        for (const b of body) {
            if (b === GLOBSTAR) {
                nonGsPartsSums.push(nonGsParts);
                current = [[], 0];
                segments.push(current);
            }
            else {
                current[0].push(b);
                nonGsParts++;
            }
        }
        // the portions in this section and the ones after it
        segments.forEach((b, i) => {
            b[1] = nonGsParts - nonGsPartsSums[i];
        });
        const parts = { head, body, tail, segments };
        byStart[key] = parts;
        return parts;
    }
    // return false for "nope, not matching"
    // return null for "not matching, cannot keep trying"
    #matchGlobStarBodySections(file, 
    // pattern section, and the portions that it and the rest need
    bodySegments, 
    // the end of the file portions that the body can match
    fileLength, fileIndex, bodyIndex, partial, globStarDepth, sawTail, 
    // the places that a walk has already tried, as
    // bodyIndex * (file.length + 1) + fileIndex. A walk from a place
    // does the same no matter how it got there, and it only comes back
    // if it found no match, so a walk that gets to one stops.
    tried) {
        // take the first body segment, and walk from fileIndex to its "after"
        // value at the end
        // If it doesn't match at that position, we increment, until we hit
        // that final possible position, and give up.
        // If it does match, then advance and try to rest.
        // If any of them fail we keep walking forward.
        // this is still a bit recursively painful, but it's more constrained
        // than previous implementations, because we never test something that
        // can't possibly be a valid matching condition.
        const bs = bodySegments[bodyIndex];
        if (!bs) {
            // with partial, the body is the rest of the pattern, so it
            // matches if no portions are left, or only the '' of a trailing
            // / (as a/* matches a/b/). A ** at the end walks them as its own
            // empty section.
            if (partial) {
                return (fileIndex >= fileLength ||
                    (fileIndex === fileLength - 1 && file[fileIndex] === ''));
            }
            // just make sure that there's no bad dots before the tail
            for (let i = fileIndex; i < fileLength; i++) {
                sawTail = true;
                const f = file[i];
                if (f === '.' ||
                    f === '..' ||
                    (!this.options.dot && f.startsWith('.'))) {
                    return false;
                }
            }
            return sawTail;
        }
        // have a non-globstar body section to test, up to the last index
        // where it can start
        const [body, need] = bs;
        // with partial, the path can end before the body does
        const after = partial ? fileLength : fileLength - need;
        while (fileIndex <= after) {
            const key = bodyIndex * (file.length + 1) + fileIndex;
            if (tried.has(key))
                return false;
            tried.add(key);
            const m = this.#matchOne(file, body, partial, fileIndex, 0, fileIndex + body.length);
            // if limit exceeded, no match. intentional false negative,
            // acceptable break in correctness for security.
            if (m && globStarDepth < this.maxGlobstarRecursion) {
                // match! see if the rest match. if so, we're done!
                const sub = this.#matchGlobStarBodySections(file, bodySegments, fileLength, fileIndex + body.length, bodyIndex + 1, partial, globStarDepth + 1, sawTail, tried);
                if (sub !== false) {
                    return sub;
                }
            }
            // the ** does not walk past the last place the body can start
            if (fileIndex === after)
                break;
            const f = file[fileIndex];
            if (f === '.' ||
                f === '..' ||
                (!this.options.dot && f.startsWith('.'))) {
                return false;
            }
            fileIndex++;
        }
        // walked off. no point continuing
        return partial || null;
    }
    #matchOne(file, pattern, partial, fileIndex, patternIndex, 
    // only match the file portions before this index
    fileEnd = file.length) {
        let fi;
        let pi;
        let pl;
        let fl;
        for (fi = fileIndex,
            pi = patternIndex,
            fl = Math.min(fileEnd, file.length),
            pl = pattern.length; fi < fl && pi < pl; fi++, pi++) {
            let p = pattern[pi];
            let f = file[fi];
            // should be impossible.
            /* c8 ignore start */
            if (p === false || p === GLOBSTAR) {
                return false;
            }
            /* c8 ignore stop */
            // something other than **
            // non-magic patterns just have to match exactly
            // patterns with magic have been turned into Matchers.
            if (!portionMatch(p, f))
                return false;
        }
        // Note: ending in / means that we'll get a final ""
        // at the end of the pattern.  This can only match a
        // corresponding "" at the end of the file.
        // If the file ends in /, then it can only match a
        // a pattern that ends in /, unless the pattern just
        // doesn't have any more for it. But, a/b/ should *not*
        // match "a/b/*", even though * can match "", except in
        // partial mode, where it might simply not be reached yet.
        // However, a/b/ should still satisfy a/*
        // now either we fell off the end of the pattern, or we're done.
        if (fi === fl && pi === pl) {
            // ran out of pattern and filename at the same time.
            // an exact hit!
            return true;
        }
        else if (fi === fl) {
            // ran out of file, but still had pattern left.
            // this is ok if we're doing the match as part of
            // a glob fs traversal.
            return partial;
        }
        else if (pi === pl) {
            // ran out of pattern, still have file left.
            // this is only acceptable if we're on the very last
            // empty segment of a file with a trailing slash.
            // a/* should match a/b/
            return fi === fl - 1 && file[fi] === '';
            /* c8 ignore start */
        }
        else {
            // should be unreachable.
            throw new Error('wtf?');
        }
        /* c8 ignore stop */
    }
    braceExpand() {
        return braceExpand(this.pattern, this.options);
    }
    // Expand braces, except numeric ranges such as {0..999} with at
    // least RANGE_MIN values. Each of those stays in its pattern as
    // `<mark>0..999<mark>`, for the Matcher to test. If a range might
    // be inside a [...] class, expand all of them instead.
    #expandBraces() {
        const { pattern } = this;
        if (this.options.nobrace)
            return this.braceExpand();
        let code = 0xe000;
        while (pattern.includes(String.fromCharCode(code))) {
            if (++code > 0xf8ff)
                return this.braceExpand();
        }
        const mark = String.fromCharCode(code);
        let found = false;
        const marked = pattern.replace(rangeRe, (m, lo, hi) => {
            const a = Number(lo);
            const b = Number(hi);
            if (!Number.isSafeInteger(a) ||
                !Number.isSafeInteger(b) ||
                Math.abs(a - b) + 1 < RANGE_MIN) {
                return m;
            }
            found = true;
            return `${mark}${lo}..${hi}${mark}`;
        });
        if (!found)
            return this.braceExpand();
        const set = braceExpand(marked, this.options);
        for (const p of set) {
            for (const portion of p.split('/')) {
                const c = portion.indexOf('[');
                if (c !== -1 && c < portion.lastIndexOf(mark)) {
                    return this.braceExpand();
                }
                if (!this.options.noext && inRepeatOrNegExt(portion, mark)) {
                    return this.braceExpand();
                }
            }
        }
        this.#rangeMark = mark;
        return set;
    }
    parse(pattern) {
        assertValidPattern(pattern);
        const options = this.options;
        // shortcuts
        if (pattern === '**')
            return GLOBSTAR;
        if (pattern === '')
            return '';
        const { nocase, nocaseMagicOnly, noext = false, dot, normalize, } = options;
        const rangeMark = this.#rangeMark;
        const lit = rangeMark && pattern.includes(rangeMark) ?
            undefined
            : literal(pattern, noext);
        // in nocase mode, a literal with cased chars still needs a
        // Matcher, unless nocaseMagicOnly is set.
        if (lit !== undefined &&
            !(nocase &&
                !nocaseMagicOnly &&
                pattern.toUpperCase() !== pattern.toLowerCase())) {
            return this.#norm(lit);
        }
        if (this.#pending)
            return PENDING;
        let m = this.#matchers.get(pattern);
        if (!m) {
            if (!noext)
                assertValidExtglobs(pattern);
            m = new Matcher(pattern, {
                nocase,
                noext,
                dot,
                normalize,
                ...(rangeMark && { rangeMark }),
            });
            this.#matchers.set(pattern, m);
        }
        return m;
    }
    #slashSplit(p) {
        // if p starts with // on windows, we preserve that
        // so that UNC paths aren't broken.  Otherwise, any number of
        // / characters are coalesced into one, unless
        // preserveMultipleSlashes is set to true.
        if (this.preserveMultipleSlashes) {
            return p.split('/');
        }
        else if (this.isWindows && /^\/\/[^/]+/.test(p)) {
            // add an extra '' for the one we lose
            return ['', ...p.split(/\/+/)];
        }
        else {
            return p.split(/\/+/);
        }
    }
    match(f, partial = this.partial) {
        // short-circuit in the case of busted things.
        // comments, etc.
        if (this.comment) {
            return false;
        }
        if (this.empty) {
            return f === '';
        }
        if (f === '/' && partial) {
            return true;
        }
        const options = this.options;
        // treat the test path as a set of pathparts. If it was not just
        // split or checked, check that it can match before splitting it.
        let split = this.#cachedSplit(f);
        if (!split) {
            // the checks look at the path as given, so not if it is
            // normalized
            if (!partial &&
                !this.#form &&
                (this.#endCheck || this.#literalCheck) &&
                lastChecked !== f) {
                lastChecked = f;
                const can = this.#canMatch(f);
                if (can === 'no')
                    return options.flipNegate ? false : this.negate;
                if (can === 'yes')
                    return options.flipNegate ? true : !this.negate;
            }
            split = this.#split(f);
        }
        const ff = split.parts;
        // the parts after level 2 resolves them, kept for the next pattern
        // that tests the same path
        const resolved = this.#level2 ?
            (split.resolved ??= this.#levelTwoFileOptimize(ff))
            : ff;
        // just ONE of the pattern sets in this.set needs to match
        // in order for it to be valid.  If negating, then just one
        // match means that we have failed.
        // Either way, return on the first hit.
        const set = this.set;
        // Find the basename of the path by looking for the last non-empty segment
        let filename = ff[ff.length - 1];
        if (!filename) {
            for (let i = ff.length - 2; !filename && i >= 0; i--) {
                filename = ff[i];
            }
        }
        for (let r = 0; r < set.length; r++) {
            const pattern = set[r];
            const shape = partial ? undefined : this.#shapes[r];
            // level 2 does not change a path of one portion
            const hit = shape === 'base' ?
                portionMatch(pattern[0], filename)
                : shape ? this.#matchShape(resolved, pattern, shape)
                    : options.matchBase && pattern.length === 1 ?
                        this.#matchRow([filename], [filename], pattern, partial)
                        : this.#matchRow(ff, resolved, pattern, partial);
            if (hit) {
                if (options.flipNegate) {
                    return true;
                }
                return !this.negate;
            }
        }
        // didn't get any hits.  this is success if it's a negative
        // pattern, failure otherwise.
        if (options.flipNegate) {
            return false;
        }
        return this.negate;
    }
    static defaults(def) {
        return minimatch.defaults(def).Minimatch;
    }
}
/* c8 ignore start */


/* c8 ignore stop */
minimatch.Minimatch = Minimatch;
minimatch.escape = escape_escape;
minimatch.unescape = unescape_unescape;
//# sourceMappingURL=index.js.map

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
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
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
/******/ var __webpack_exports__ = __nccwpck_require__(5581);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
