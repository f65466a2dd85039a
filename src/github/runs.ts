/**
 * Past workflow runs: the workflow of a run, its newest successful runs, the
 * jobs of a run, and the search through them for the durations of a job.
 */
import type { RunJobs, WorkflowJob } from '../core/types.js';
import { badResponse, GitHubApiError } from './errors.js';
import { count, isRecord, mapJobs, text } from './map.js';
import type { Transport } from './transport.js';
import type { GitHubApi } from './types.js';

const JOBS_PER_PAGE = 100;

export type RunCalls = Pick<
  GitHubApi,
  'workflowOfRun' | 'successfulRuns' | 'runJobs' | 'jobHistory'
>;

export function runCalls(t: Transport): RunCalls {
  const { slug } = t;
  const actionsRead =
    (what: string) =>
    (answer: string): string =>
      `GitHub refused ${what} (${answer}). The token most likely lacks the actions: read permission: add "actions: read" to the job's permissions, or set training-hours instead of measuring past runs.`;

  const workflowOfRun = (runId: number): Promise<number> =>
    t.run(
      {
        action: `reading workflow run ${runId} in ${slug}`,
        notFound: (answer) =>
          `GitHub found no workflow run ${runId} in ${slug} (${answer}): GITHUB_RUN_ID may belong to another repository, or the token cannot see this one.`,
        permission: 'actions: read',
        forbidden: actionsRead(`reading workflow run ${runId} in ${slug}`),
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

  const successfulRuns = (workflowId: number, wanted: number): Promise<number[]> =>
    t.run(
      {
        action: `listing the successful runs of workflow ${workflowId} in ${slug}`,
        notFound: (answer) =>
          `GitHub found no workflow ${workflowId} in ${slug} (${answer}), or the token cannot see it.`,
        permission: 'actions: read',
        forbidden: actionsRead(`listing the runs of workflow ${workflowId} in ${slug}`),
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

  const runJobs = (runId: number): Promise<WorkflowJob[]> =>
    t.run(
      {
        action: `listing the jobs of workflow run ${runId} in ${slug}`,
        notFound: (answer) => `GitHub found no workflow run ${runId} in ${slug} (${answer}).`,
        permission: 'actions: read',
        forbidden: actionsRead(`listing the jobs of workflow run ${runId} in ${slug}`),
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

  const jobHistory: GitHubApi['jobHistory'] = async (request) => {
    const budget = request.maxRequests ?? request.samples + 2;
    let spent = 0;
    try {
      if (budget < 3) return { kind: 'answered', runs: [], requests: 0 };
      const workflowId = await workflowOfRun(request.runId);
      spent += 1;
      // As many runs as the budget can read the jobs of, and one more: the
      // current run may be listed (a re-run of a successful run).
      const ids = await successfulRuns(workflowId, budget - 2 + 1);
      spent += 1;
      const runs: RunJobs[] = [];
      let samples = 0;
      for (const runId of ids) {
        if (samples >= request.samples || spent >= budget) break;
        if (runId === request.runId) continue;
        const jobs = await runJobs(runId);
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
  };

  return { workflowOfRun, successfulRuns, runJobs, jobHistory };
}

/** The ids of the successful runs listed, newest first. */
function successfulRunIds(data: unknown, action: string): number[] {
  if (!isRecord(data) || !Array.isArray(data.workflow_runs)) {
    throw badResponse(action, 'the list of workflow runs is missing');
  }
  const ids: number[] = [];
  for (const entry of data.workflow_runs) {
    if (!isRecord(entry)) throw badResponse(action, 'a workflow run is not an object');
    const id = count(entry.id);
    if (id === undefined) throw badResponse(action, 'a workflow run has no id');
    const conclusion = text(entry.conclusion);
    if (conclusion === undefined || conclusion === 'success') ids.push(id);
  }
  return ids;
}
