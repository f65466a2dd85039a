/**
 * The action's inputs, read once into the engine's settings and the action's
 * own options. Pure given the input getter, so every rule is tested directly;
 * the engine's settings go through the same reader as the command line's flags.
 */
import { quote } from '../core/format.js';
import { readHistoryRuns, readTrainingJob } from '../core/history.js';
import { readDependencySettings, type DependencySettings } from '../core/dependency-settings.js';
import {
  readBoolean,
  readEngineSettings,
  splitList,
  type EngineSettings,
} from '../core/settings.js';
import { InputError } from '../core/types.js';

/** A YAML input: given inline, or the path of a file in the repository. */
export type DocumentSource = { kind: 'inline'; text: string } | { kind: 'file'; path: string };
export type FiltersSource = DocumentSource;

/** Everything the action's inputs say: the engine's settings and how the action runs. */
export interface ActionInputs {
  engine: EngineSettings;
  /** The filters; undefined when only models are given. */
  filters?: DocumentSource;
  /** The models input, when set. */
  models?: DocumentSource;
  token: string;
  base?: string;
  ref?: string;
  /** The name of the training job, whose past runs give the training time when training-hours is empty. */
  trainingJob?: string;
  /** Most past runs the training time is measured over. */
  historyRuns: number;
  /** Most GitHub API requests one run sends (max-api-requests). */
  maxApiRequests: number;
  summary: boolean;
  /** Keep one comment on the pull request up to date with the verdict. */
  comment: boolean;
  workingDirectory?: string;
  /** training-entrypoints, source-roots, dvc-stages: what training depends on. */
  dependencies?: DependencySettings;
}

export type InputGetter = (name: string) => string;

/**
 * As dorny/paths-filter: a single line without `:` is a path to a YAML file
 * in the repository; anything else is the YAML itself. `input` names the
 * input in errors (filters, models).
 */
export function documentSource(input: string, raw: string): DocumentSource {
  const text = raw.trim();
  if (!text.includes('\n') && !text.includes(':')) {
    const path = text.replace(/^\.\//, '');
    if (path.startsWith('/') || path.split('/').includes('..')) {
      throw new InputError(
        input,
        `Input ${input} is the path ${quote(text)}; a ${input} file must be a path inside the repository, relative to its root, without "..".`,
      );
    }
    return { kind: 'file', path };
  }
  return { kind: 'inline', text: raw };
}

/** The filters input as dorny/paths-filter reads it; it may be empty only when models is set. */
export function filtersSource(raw: string, models = false): DocumentSource | undefined {
  if (raw.trim() === '') {
    if (models) return undefined;
    throw new InputError(
      'filters',
      'Input filters is empty; give a YAML mapping of filter name → globs (inline), or the path of a YAML file in the repository (or set models).',
    );
  }
  return documentSource('filters', raw);
}

/** What a base or ref input may be: a commit SHA, a branch or a tag name. */
const REF_PATTERN = /^(?![-/])(?!.*\.\.)(?!.*\/\/)[A-Za-z0-9._/+-]{1,255}$/;
export const ALLOWED_REF =
  'a commit SHA, a branch or a tag name (letters, digits, ".", "_", "-", "+" and "/", not starting with "-" or "/", without ".."), or empty to compare the commits of the event';

/** The base or ref input: empty gives undefined; a value no ref can have is an InputError. */
export function readRefInput(name: 'base' | 'ref', raw: string): string | undefined {
  const value = raw.trim();
  if (value === '') return undefined;
  if (!REF_PATTERN.test(value) || value.endsWith('/') || value.endsWith('.lock')) {
    throw new InputError(name, `Input ${name} is ${quote(value)}; it must be ${ALLOWED_REF}.`);
  }
  return value;
}

export const MAX_API_REQUESTS_DEFAULT = 400;
const MAX_API_REQUESTS_RANGE = [10, 5000] as const;

/** The max-api-requests input: a whole number from 10 to 5000; empty gives the default. */
export function readMaxApiRequests(raw: string): number {
  const value = raw.trim();
  if (value === '') return MAX_API_REQUESTS_DEFAULT;
  const n = /^\d+$/.test(value) ? Number(value) : NaN;
  const [min, max] = MAX_API_REQUESTS_RANGE;
  if (!Number.isSafeInteger(n) || n < min || n > max) {
    throw new InputError(
      'max-api-requests',
      `Input max-api-requests is ${quote(value)}; it must be a whole number from ${min} to ${max} (the GitHub API requests one run may send; GITHUB_TOKEN may send 1,000 an hour per repository).`,
    );
  }
  return n;
}

/** Reads and validates every input of the action. */
export function readActionInputs(get: InputGetter): ActionInputs {
  const modelsText = get('models');
  const models = modelsText.trim() === '' ? undefined : documentSource('models', modelsText);
  const filters = filtersSource(get('filters'), models !== undefined);
  const inputs: ActionInputs = {
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
  if (job !== undefined) inputs.trainingJob = job;
  const base = readRefInput('base', get('base'));
  if (base !== undefined) inputs.base = base;
  const ref = readRefInput('ref', get('ref'));
  if (ref !== undefined) inputs.ref = ref;
  const wd = get('working-directory').trim();
  if (wd) inputs.workingDirectory = wd;
  const dependencies = readDependencySettings(
    splitList(get('training-entrypoints')),
    splitList(get('source-roots')),
    splitList(get('dvc-stages')),
  );
  if (dependencies !== undefined) inputs.dependencies = dependencies;
  return inputs;
}
