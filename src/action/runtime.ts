/**
 * What the action reads from and writes to the runner, behind one interface:
 * inputs, the event, the runner's folders, the log, outputs, the step's
 * failure and the job summary. `actionsRuntime()` is the real one, over
 * the runner's workflow commands (commands.ts) and variables; tests pass their own.
 */
import * as core from './commands.js';
import { existsSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';

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

/** The runner, through its workflow commands and variables. */
export function actionsRuntime(): ActionRuntime {
  return {
    input: (name) => core.getInput(name),
    event: readEvent,
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
 * The event as the runner describes it (what @actions/github's context reads,
 * without loading octokit and its plugins for it).
 */
export function readEvent(env: NodeJS.ProcessEnv = process.env): ActionEvent {
  let payload: unknown = {};
  const eventPath = env.GITHUB_EVENT_PATH;
  if (eventPath) {
    if (existsSync(eventPath)) payload = JSON.parse(readFileSync(eventPath, 'utf8')) as unknown;
    else process.stdout.write(`GITHUB_EVENT_PATH ${eventPath} does not exist\n`);
  }
  let owner: string | undefined;
  let repo: string | undefined;
  if (env.GITHUB_REPOSITORY) {
    [owner, repo] = env.GITHUB_REPOSITORY.split('/');
  } else {
    const repository = (payload as { repository?: { name?: string; owner?: { login?: string } } })
      .repository;
    owner = repository?.owner?.login;
    repo = repository?.name;
    if (owner === undefined || repo === undefined) {
      throw new Error(
        "the repository is not known: GITHUB_REPOSITORY is not set (it is, like 'owner/repo', on GitHub's runners) and the event names none",
      );
    }
  }
  return {
    eventName: env.GITHUB_EVENT_NAME ?? '',
    payload,
    sha: env.GITHUB_SHA ?? '',
    ref: env.GITHUB_REF ?? '',
    owner: owner ?? '',
    repo: repo ?? '',
    apiUrl: env.GITHUB_API_URL ?? 'https://api.github.com',
    serverUrl: env.GITHUB_SERVER_URL ?? 'https://github.com',
    runId: parseInt(env.GITHUB_RUN_ID ?? '', 10),
    workflow: env.GITHUB_WORKFLOW || '',
    job: env.GITHUB_JOB || '',
  };
}
