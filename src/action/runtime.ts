/**
 * What the action reads from and writes to the runner, behind one interface:
 * inputs, the event, the runner's folders, the log, outputs, the step's
 * failure and the job summary. `actionsRuntime()` is the real one, over
 * the runner's workflow commands (commands.ts) and variables; tests pass their own.
 */
import * as core from './commands.js';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { EventError } from '../core/events.js';

export interface ActionLog {
  info(message: string): void;
  warning(message: string): void;
  debug(message: string): void;
  startGroup(title: string): void;
  endGroup(): void;
}

/** The event the workflow runs for, and where it runs. */
export interface ActionEvent {
  eventName: string;
  payload: unknown;
  /** GITHUB_SHA */
  sha: string;
  /** GITHUB_REF */
  ref: string;
  owner: string;
  repo: string;
  /** GITHUB_API_URL */
  apiUrl: string;
  /** GITHUB_SERVER_URL */
  serverUrl: string;
  /** GITHUB_RUN_ID (NaN when unset). */
  runId: number;
  /** The workflow's name and the job's id (for the comment's key). */
  workflow: string;
  job: string;
}

export interface ActionRuntime {
  /** An input as the runner passes it (empty when not set). */
  input(name: string): string;
  /** The event; read after the inputs, so bad input fails before the event is looked at. */
  event(): ActionEvent;
  /** GITHUB_WORKSPACE (or the current folder). */
  workspace: string;
  /** RUNNER_TEMP, where the full file lists are written. */
  runnerTemp: string;
  /** Whether the runner gave a job summary file (GITHUB_STEP_SUMMARY). */
  hasSummary: boolean;
  log: ActionLog;
  setSecret(value: string): void;
  setOutput(name: string, value: string): void;
  setFailed(message: string): void;
  writeSummary(markdown: string): Promise<void>;
}

/**
 * The event file the runner wrote, read (not yet parsed) when the runtime is
 * made. GITHUB_EVENT_PATH is then taken out of the environment: @actions/github
 * (loaded when a proxy is set) parses that file as it loads and would end the
 * process with a stack trace on a file that is not JSON; the gate parses it
 * itself, after its inputs, and says what is wrong.
 */
function takeEventFile(env: NodeJS.ProcessEnv): { path: string; text?: string; error?: string } {
  const path = env.GITHUB_EVENT_PATH ?? '';
  delete env.GITHUB_EVENT_PATH;
  if (path === '') return { path };
  try {
    return { path, text: readFileSync(path, 'utf8') };
  } catch (err) {
    return { path, error: err instanceof Error ? err.message : String(err) };
  }
}

/** The payload of the event file; an EventError when it cannot be read or is not a JSON object. */
export function parseEventFile(file: { path: string; text?: string; error?: string }): unknown {
  if (file.path === '') return {};
  if (file.text === undefined) {
    throw new EventError(
      `The event file GITHUB_EVENT_PATH (${file.path}) cannot be read: ${file.error ?? 'no such file'}. The runner writes it; run the gate as a step of a GitHub Actions job.`,
    );
  }
  let payload: unknown;
  try {
    payload = JSON.parse(file.text);
  } catch (err) {
    throw new EventError(
      `The event file GITHUB_EVENT_PATH (${file.path}) is not JSON (${err instanceof Error ? err.message : String(err)}); it must hold the event payload as a JSON object.`,
    );
  }
  if (typeof payload !== 'object' || payload === null || Array.isArray(payload)) {
    throw new EventError(
      `The event file GITHUB_EVENT_PATH (${file.path}) holds ${Array.isArray(payload) ? 'an array' : String(payload === null ? 'null' : typeof payload)}; it must hold the event payload as a JSON object.`,
    );
  }
  return payload;
}

/** owner/name from GITHUB_REPOSITORY, else from the payload's repository. */
function repositoryOf(variable: string, payload: unknown): { owner: string; repo: string } {
  const repository = (
    payload as {
      repository?: { full_name?: unknown; name?: unknown; owner?: { login?: unknown } };
    }
  ).repository;
  const fullName =
    typeof repository?.full_name === 'string'
      ? repository.full_name
      : typeof repository?.owner?.login === 'string' && typeof repository.name === 'string'
        ? `${repository.owner.login}/${repository.name}`
        : '';
  const slug = variable || fullName;
  const match = /^([^/\s]+)\/([^/\s]+)$/.exec(slug);
  if (!match) {
    throw new EventError(
      `GITHUB_REPOSITORY is ${JSON.stringify(variable)}; it must name the repository as owner/name (the runner sets it).`,
    );
  }
  return { owner: match[1] ?? '', repo: match[2] ?? '' };
}

/** The runner, through its workflow commands and variables. */
export function actionsRuntime(): ActionRuntime {
  const env = process.env;
  const eventFile = takeEventFile(env);
  return {
    input: (name) => core.getInput(name),
    event: () => readEvent(env, eventFile),
    workspace: process.env.GITHUB_WORKSPACE || process.cwd(),
    runnerTemp: process.env.RUNNER_TEMP || tmpdir(),
    hasSummary: Boolean(process.env.GITHUB_STEP_SUMMARY),
    log: {
      info: (m) => core.info(m),
      warning: (m) => core.warning(m),
      debug: (m) => core.debug(m),
      startGroup: (t) => core.startGroup(t),
      endGroup: () => core.endGroup(),
    },
    setSecret: (value) => core.setSecret(value),
    setOutput: (name, value) => core.setOutput(name, value),
    setFailed: (message) => core.setFailed(message),
    writeSummary: (markdown) => core.appendSummary(markdown),
  };
}

/**
 * The event as the runner describes it: its variables, and the payload of the
 * event file (an EventError when that is not a JSON object).
 */
export function readEvent(
  env: NodeJS.ProcessEnv = process.env,
  eventFile = takeEventFile(env),
): ActionEvent {
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
