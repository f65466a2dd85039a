/**
 * Past workflow runs: the workflow of a run, its newest successful runs, the
 * jobs of a run, and the search through them for the durations of a job.
 */
import { messageOf } from '../core/format.js';
import { isTrainingJob, measureHistory, runDuration, type HistoryAnswer } from '../core/history.js';
import type { HistoryOutcome, RunJobs, WorkflowJob } from '../core/types.js';
import { badResponse, GitHubApiError } from './errors.js';
import { count, isRecord, mapJobs, text } from './map.js';
import type { Transport } from './transport.js';
import type { GitHubApi, JobHistoryRequest, LastRun, LastRunRequest } from './types.js';

const JOBS_PER_PAGE = 100;

export type RunCalls = Pick<
  GitHubApi,
  'workflowOfRun' | 'successfulRuns' | 'runJobs' | 'jobHistory' | 'lastRun'
>;

export function runCalls(t: Transport): RunCalls {
  return {
    workflowOfRun: (runId) => workflowOfRun(t, runId),
    successfulRuns: (workflowId, wanted) => successfulRuns(t, workflowId, wanted),
    runJobs: (runId) => runJobs(t, runId),
    jobHistory: (request) => jobHistory(t, request),
    lastRun: (request) => lastRun(t, request),
  };
}

function actionsRead(what: string) {
  return (answer: string): string =>
    `GitHub refused ${what} (${answer}). The token most likely lacks the actions: read permission: add "actions: read" to the job's permissions, or set training-hours instead of measuring past runs.`;
}

function workflowOfRun(t: Transport, runId: number): Promise<number> {
  return t.run(
    {
      action: `reading workflow run ${runId} in ${t.slug}`,
      notFound: (answer) =>
        `GitHub found no workflow run ${runId} in ${t.slug} (${answer}): GITHUB_RUN_ID may belong to another repository.`,
      permission: 'actions: read',
      forbidden: actionsRead(`reading workflow run ${runId} in ${t.slug}`),
    },
    async (call) => {
      const { data } = await t.request(call, 'GET /repos/{owner}/{repo}/actions/runs/{run_id}', {
        run_id: runId,
      });
      const id = isRecord(data) ? count(data.workflow_id) : undefined;
      if (id === undefined) throw badResponse(call.op.action, 'the run has no workflow_id');
      return id;
    },
  );
}

function successfulRuns(
  t: Transport,
  workflowId: number | string,
  wanted: number,
): Promise<number[]> {
  return t.run(
    {
      action: `listing the successful runs of workflow ${workflowId} in ${t.slug}`,
      notFound: (answer) => `GitHub found no workflow ${workflowId} in ${t.slug} (${answer}).`,
      permission: 'actions: read',
      forbidden: actionsRead(`listing the runs of workflow ${workflowId} in ${t.slug}`),
    },
    async (call) => {
      const { data } = await t.request(
        call,
        'GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}/runs',
        {
          workflow_id: workflowId,
          status: 'success',
          exclude_pull_requests: true,
          per_page: Math.max(1, Math.min(100, Math.floor(wanted))),
        },
      );
      return successfulRunIds(data, call.op.action);
    },
  );
}

/** The ids of the successful runs listed, newest first. */
function successfulRunIds(data: unknown, action: string): number[] {
  return successfulRunList(data, action).map((run) => run.runId);
}

/** The successful runs listed, newest first, with the commit each ran on. */
function successfulRunList(data: unknown, action: string): LastRun[] {
  if (!isRecord(data) || !Array.isArray(data.workflow_runs)) {
    throw badResponse(action, 'the list of workflow runs is missing');
  }
  const runs: LastRun[] = [];
  for (const entry of data.workflow_runs) {
    if (!isRecord(entry)) throw badResponse(action, 'a workflow run is not an object');
    const id = count(entry.id);
    if (id === undefined) throw badResponse(action, 'a workflow run has no id');
    const conclusion = text(entry.conclusion);
    const headSha = text(entry.head_sha)?.toLowerCase() ?? '';
    if (conclusion === undefined || conclusion === 'success') runs.push({ runId: id, headSha });
  }
  return runs;
}

/**
 * The last successful run of the current run's workflow on a branch, and its
 * commit: with a job named, the last one in which that job succeeded (the
 * last training), reading the jobs of at most `maxRuns` runs.
 */
async function lastRun(t: Transport, request: LastRunRequest): Promise<LastRun | undefined> {
  const { runId, branch, jobName } = request;
  const maxRuns = request.maxRuns ?? 10;
  const workflowId = await workflowOfRun(t, runId);
  const runs = await t.run(
    {
      action: `listing the successful runs of workflow ${workflowId} on ${branch} in ${t.slug}`,
      notFound: (answer) => `GitHub found no workflow ${workflowId} in ${t.slug} (${answer}).`,
      permission: 'actions: read',
      forbidden: actionsRead(`listing the runs of workflow ${workflowId} in ${t.slug}`),
    },
    async (call) => {
      const { data } = await t.request(
        call,
        'GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}/runs',
        {
          workflow_id: workflowId,
          status: 'success',
          branch,
          per_page: Math.min(100, maxRuns + 1),
        },
      );
      return successfulRunList(data, call.op.action).filter(
        (run) => run.runId !== runId && run.headSha !== '',
      );
    },
  );
  if (jobName === undefined) return runs[0];
  for (const run of runs.slice(0, maxRuns)) {
    const jobs = await runJobs(t, run.runId);
    if (jobs.some((job) => isTrainingJob(job, jobName) && job.conclusion === 'success')) return run;
  }
  return undefined;
}

function runJobs(t: Transport, runId: number): Promise<WorkflowJob[]> {
  return t.run(
    {
      action: `listing the jobs of workflow run ${runId} in ${t.slug}`,
      notFound: (answer) => `GitHub found no workflow run ${runId} in ${t.slug} (${answer}).`,
      permission: 'actions: read',
      forbidden: actionsRead(`listing the jobs of workflow run ${runId} in ${t.slug}`),
    },
    async (call) => {
      const { data } = await t.request(
        call,
        'GET /repos/{owner}/{repo}/actions/runs/{run_id}/jobs',
        { run_id: runId, filter: 'latest', per_page: JOBS_PER_PAGE },
      );
      return mapJobs(data, call.op.action);
    },
  );
}

/**
 * The jobs of the newest successful runs of the current run's workflow, within
 * the request budget. Every API failure is an answer, not an exception.
 */
async function jobHistory(t: Transport, request: JobHistoryRequest): Promise<HistoryAnswer> {
  const named = request.workflow;
  const budget = request.maxRequests ?? request.samples + (named === undefined ? 2 : 1);
  let spent = 0;
  try {
    if (budget < (named === undefined ? 3 : 2)) return { kind: 'answered', runs: [], requests: 0 };
    let workflowId: number | string;
    if (named !== undefined) workflowId = named;
    else if (request.runId !== undefined) {
      workflowId = await workflowOfRun(t, request.runId);
      spent += 1;
    } else {
      return { kind: 'failed', message: 'there is no run or workflow to read past runs of.' };
    }
    // As many runs as the budget can read the jobs of, and one more: the
    // current run may be listed (a re-run of a successful run).
    const ids = await successfulRuns(t, workflowId, budget - spent - 1 + 1);
    spent += 1;
    const runs: RunJobs[] = [];
    let samples = 0;
    for (const runId of ids) {
      if (samples >= request.samples || spent >= budget) break;
      if (runId === request.runId) continue;
      const jobs = await runJobs(t, runId);
      spent += 1;
      runs.push({ runId, jobs });
      if (request.isSample(jobs)) samples += 1;
    }
    return { kind: 'answered', runs, requests: spent };
  } catch (err) {
    if (!(err instanceof GitHubApiError)) throw err;
    return err.kind === 'forbidden'
      ? { kind: 'forbidden', message: err.message }
      : { kind: 'failed', message: err.message };
  }
}

/** Which past runs to measure jobs in: those of the run's workflow, or of a workflow named. */
export interface TrainingTimeRequest {
  jobNames: readonly string[];
  /** Most runs the medians are taken over. */
  samples: number;
  runId?: number;
  workflow?: number | string;
}

/**
 * The training times measured from past successful runs of the training jobs,
 * read once for all of them: each job's median duration, or why there is none,
 * and the API calls it took (when the runs could be read). Never throws for an
 * API failure.
 */
export async function measureTrainingTimes(
  api: Pick<GitHubApi, 'jobHistory'>,
  request: TrainingTimeRequest,
): Promise<{ outcomes: Map<string, HistoryOutcome>; requests?: number }> {
  const { jobNames, samples, runId, workflow } = request;
  let answer: HistoryAnswer;
  if (
    workflow === undefined &&
    !(runId !== undefined && Number.isSafeInteger(runId) && runId > 0)
  ) {
    answer = {
      kind: 'failed',
      message: 'GITHUB_RUN_ID is not set: there is no run to start from.',
    };
  } else {
    try {
      answer = await api.jobHistory({
        ...(workflow !== undefined ? { workflow } : { runId: runId as number }),
        samples,
        isSample: (jobs) => jobNames.some((name) => runDuration(jobs, name) !== undefined),
      });
    } catch (err) {
      answer = { kind: 'failed', message: messageOf(err) };
    }
  }
  const outcomes = new Map(jobNames.map((name) => [name, measureHistory(answer, name, samples)]));
  return answer.kind === 'answered' ? { outcomes, requests: answer.requests } : { outcomes };
}
