import { describe, expect, test } from '@jest/globals';
import { withHistory } from '../../src/action/history.js';
import { parseModels } from '../../src/core/models.js';
import type { WorkflowJob } from '../../src/core/types.js';
import type { GitHubApi, JobHistoryRequest } from '../../src/github/index.js';

const T0 = Date.parse('2026-11-20T10:00:00Z');

function job(name: string, minutes: number): WorkflowJob {
  return {
    name,
    status: 'completed',
    conclusion: 'success',
    startedAt: new Date(T0).toISOString(),
    completedAt: new Date(T0 + minutes * 60_000).toISOString(),
  };
}

/** An API whose past runs hold `train (fraud)` and `train (churn)` jobs; it counts the reads. */
function api(): { api: GitHubApi; reads: JobHistoryRequest[] } {
  const reads: JobHistoryRequest[] = [];
  const runs = [
    { runId: 11, jobs: [job('train (fraud)', 30), job('train (churn)', 120)] },
    { runId: 12, jobs: [job('train (fraud)', 50)] },
  ];
  const fake = {
    jobHistory: async (request: JobHistoryRequest) => {
      reads.push(request);
      return { kind: 'answered' as const, runs, requests: 4 };
    },
    requestCount: () => 4,
  };
  return { api: fake as unknown as GitHubApi, reads };
}

const log = {
  info: () => undefined,
  warning: () => undefined,
  debug: () => undefined,
  startGroup: () => undefined,
  endGroup: () => undefined,
};

describe('training times of the models, measured from past runs', () => {
  test('each model gets its own job measured; the runs are read once for all of them', async () => {
    const models = parseModels(
      'fraud:\n  paths: [a]\n  training-job: train (fraud)\nchurn:\n  paths: [b]\n  training-job: train (churn)\nranker:\n  paths: [c]\n  training-hours: 3\n  training-job: train (ranker)\n',
      'the models input',
    );
    const { api: fake, reads } = api();
    const measured = await withHistory({
      cost: { gpuCount: 1, currency: 'USD', trainingHours: 1, hoursSource: { kind: 'input' } },
      models,
      trainingJob: undefined,
      historyRuns: 10,
      runId: 900,
      api: fake,
      log,
    });
    expect(reads.length).toBe(1);
    // median of 30 and 50 minutes; 120 minutes; ranker's own training-hours win over its job
    expect(measured.models.map((m) => m.cost.trainingHours)).toStrictEqual([0.67, 2, 3]);
    expect(measured.models[0]?.cost.hoursSource).toMatchObject({ kind: 'measured', runs: 2 });
    expect(measured.cost.trainingHours).toBe(1);
  });

  test('a model whose job never ran has no training time, not the action-level one', async () => {
    const models = parseModels(
      'new:\n  paths: [a]\n  training-job: train (new)\n',
      'the models input',
    );
    const measured = await withHistory({
      cost: { gpuCount: 1, currency: 'USD', trainingHours: 1, hoursSource: { kind: 'input' } },
      models,
      trainingJob: undefined,
      historyRuns: 10,
      runId: 900,
      api: api().api,
      log,
    });
    expect(measured.models[0]?.cost.trainingHours).toBeUndefined();
    expect(measured.models[0]?.cost.hoursSource).toMatchObject({ kind: 'no-history' });
  });
});
