/**
 * What the action reads from and writes to the runner, behind one interface:
 * inputs, the event, the runner's folders, the log, outputs, the step's
 * failure and the job summary. `actionsRuntime()` is the real one, over
 * @actions/core and @actions/github; tests pass their own.
 */
import * as core from '@actions/core';
import * as github from '@actions/github';
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

/** The runner as @actions/core and @actions/github see it. */
export function actionsRuntime(): ActionRuntime {
  return {
    input: (name) => core.getInput(name),
    event: () => {
      const { context } = github;
      const { owner, repo } = context.repo;
      return {
        eventName: context.eventName,
        payload: context.payload,
        sha: context.sha,
        ref: context.ref,
        owner,
        repo,
        apiUrl: context.apiUrl,
        serverUrl: context.serverUrl,
        runId: context.runId,
        workflow: context.workflow || '',
        job: context.job || '',
      };
    },
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
    writeSummary: async (markdown) => {
      await core.summary.addRaw(markdown, true).write();
    },
  };
}
