/**
 * Training times measured from past runs of the training jobs, where
 * training-hours is not given: the action's training-job, and each model's
 * own training-job. The past runs are read once for all of them. Reading them
 * can only warn: without a measurement the cost shows no invented figure.
 */
import type { CostSettings } from '../core/cost.js';
import {
  describeHistory,
  measuredHours,
  withHistory as withMeasuredTime,
} from '../core/history.js';
import type { CompiledModel } from '../core/models.js';
import { measureTrainingTimes, type GitHubApi } from '../github/index.js';
import type { ActionLog } from './runtime.js';

export interface HistoryRequest {
  cost: CostSettings;
  models: readonly CompiledModel[];
  trainingJob: string | undefined;
  historyRuns: number;
  /** The run the gate runs in (GITHUB_RUN_ID): its workflow's past runs are read. */
  runId: number;
  api: GitHubApi;
  log: ActionLog;
}

export interface Measured {
  cost: CostSettings;
  models: CompiledModel[];
}

export async function withHistory(request: HistoryRequest): Promise<Measured> {
  const { cost, trainingJob, historyRuns, runId, api, log } = request;
  const measureAction = trainingJob !== undefined && cost.trainingHours === undefined;
  if (trainingJob !== undefined && !measureAction) {
    log.info(
      `training-hours is set, so past runs of job ${JSON.stringify(trainingJob)} are not read.`,
    );
  }
  const modelJobs = request.models.filter(
    (m) => m.trainingJob !== undefined && m.cost.trainingHours === undefined,
  );
  const jobNames = [
    ...new Set([
      ...(measureAction ? [trainingJob] : []),
      ...modelJobs.map((m) => m.trainingJob as string),
    ]),
  ];
  if (jobNames.length === 0) return { cost, models: [...request.models] };
  const { outcomes, requests } = await measureTrainingTimes(api, {
    jobNames,
    samples: historyRuns,
    runId,
  });
  if (requests !== undefined) log.info(`Past runs read in ${requests} API requests.`);
  for (const outcome of outcomes.values()) {
    const line = describeHistory(outcome);
    if (outcome.kind === 'permission-missing' || outcome.kind === 'unavailable') log.warning(line);
    else log.info(line);
  }
  const measuredCost = (base: CostSettings, job: string): CostSettings => {
    const outcome = outcomes.get(job);
    return outcome === undefined ? base : withMeasuredTime(base, outcome);
  };
  return {
    cost: measureAction ? measuredCost(cost, trainingJob) : cost,
    models: request.models.map((m) => {
      const outcome = m.trainingJob === undefined ? undefined : outcomes.get(m.trainingJob);
      if (!modelJobs.includes(m) || outcome === undefined) return m;
      // The model's own measurement, or no training time: never the action's in its place.
      const hours = measuredHours(outcome);
      return { ...m, cost: { ...m.cost, trainingHours: hours, hoursSource: outcome } };
    }),
  };
}
