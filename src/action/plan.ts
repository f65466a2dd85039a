/**
 * Plans whose commits the event does not name, resolved through the API: a
 * comment on a pull request (its base and head), and a manual or scheduled
 * run of a branch (since the commit of the last successful run of this
 * workflow there; of the last training, when the training job is named).
 * What cannot be found leaves the change unseen, for on-error to decide.
 */
import type { ComparisonPlan, ResolvedPlan } from '../core/events.js';
import { messageOf } from '../core/format.js';
import { GitHubApiError, type GitHubApi } from '../github/index.js';
import type { ActionLog } from './runtime.js';

export interface PlanRequest {
  plan: ComparisonPlan;
  api: GitHubApi;
  /** The run the gate runs in (GITHUB_RUN_ID). */
  runId: number;
  /** The training job, whose last success marks the last training. */
  trainingJob?: string;
  historyRuns: number;
  log: ActionLog;
}

function unseen(head: string, reason: string): ResolvedPlan {
  return { kind: 'none', unseen: true, reason, head };
}

async function sinceLastRun(
  request: PlanRequest,
  head: string,
  branch: string,
  description: string,
): Promise<ResolvedPlan> {
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
  } catch (err) {
    if (!(err instanceof GitHubApiError)) throw err;
    return unseen(head, `${what} could not be looked up: ${messageOf(err)}`);
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

export async function resolvePlan(request: PlanRequest): Promise<ResolvedPlan> {
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
      } catch (err) {
        if (!(err instanceof GitHubApiError)) throw err;
        return unseen('', `pull request #${plan.number} could not be read: ${messageOf(err)}`);
      }
    }
    case 'compare': {
      if (plan.runOn === undefined || plan.base !== undefined) return plan;
      // A run of a branch against the default branch: when they are the same branch,
      // there is nothing to compare it with but the last run.
      let defaultBranch = plan.defaultBranch;
      try {
        defaultBranch ??= await api.defaultBranch();
      } catch (err) {
        if (!(err instanceof GitHubApiError)) throw err;
        return unseen(plan.head, `the default branch could not be looked up: ${messageOf(err)}`);
      }
      if (defaultBranch !== plan.runOn) return { ...plan, defaultBranch };
      return sinceLastRun(
        request,
        plan.head,
        plan.runOn,
        plan.description.replace(/ against the default branch$/, ', since the last successful run'),
      );
    }
  }
}
