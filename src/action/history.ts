/**
 * The training time measured from past runs of the training job, when
 * training-hours is empty and training-job is set. Reading them can only warn:
 * without a measurement the cost shows no invented figure.
 */
import type { CostSettings } from '../core/cost.js';
import { describeHistory, withHistory } from '../core/history.js';
import { measureTrainingTime, type GitHubApi } from '../github/index.js';
import type { ActionLog } from './runtime.js';

export interface HistoryRequest {
  cost: CostSettings;
  trainingJob: string | undefined;
  historyRuns: number;
  /** The run the gate runs in (GITHUB_RUN_ID): its workflow's past runs are read. */
  runId: number;
  api: GitHubApi;
  log: ActionLog;
}

export async function costWithHistory(request: HistoryRequest): Promise<CostSettings> {
  const { cost, trainingJob: jobName, historyRuns, runId, api, log } = request;
  if (jobName === undefined) return cost;
  if (cost.trainingHours !== undefined) {
    log.info(`training-hours is set, so past runs of job ${JSON.stringify(jobName)} are not read.`);
    return cost;
  }
  const { outcome, requests } = await measureTrainingTime(api, {
    jobName,
    samples: historyRuns,
    runId,
  });
  if (requests !== undefined) log.info(`Past runs read in ${requests} API requests.`);
  const line = describeHistory(outcome);
  if (outcome.kind === 'permission-missing' || outcome.kind === 'unavailable') log.warning(line);
  else log.info(line);
  return withHistory(cost, outcome);
}
