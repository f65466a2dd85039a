import { describe, expect, test } from '@jest/globals';
import { ofKind } from '../helpers/expect.js';
import fc from 'fast-check';
import {
  describeHistory,
  formatDuration,
  isTrainingJob,
  measureHistory,
  median,
  runDuration,
  trainingDurations,
  withHistory,
} from '../../src/core/history.js';
import type { RunJobs, WorkflowJob } from '../../src/core/types.js';

const T0 = Date.parse('2026-11-20T10:00:00Z');

/** A completed job that took `minutes`. */
function job(
  name: string,
  minutes: number,
  conclusion: WorkflowJob['conclusion'] = 'success',
): WorkflowJob {
  return {
    name,
    status: 'completed',
    conclusion,
    startedAt: new Date(T0).toISOString(),
    completedAt: new Date(T0 + minutes * 60_000).toISOString(),
  };
}

function skippedJob(name: string): WorkflowJob {
  // GitHub reports a skipped job as completed, skipped, with equal start and end times.
  const at = new Date(T0).toISOString();
  return { name, status: 'completed', conclusion: 'skipped', startedAt: at, completedAt: at };
}

/** A run with the gate's job and a training job. */
function run(runId: number, training: WorkflowJob): RunJobs {
  return { runId, jobs: [job('detect-changes', 0.5), training] };
}

describe('median', () => {
  test('odd count: the middle value', () => {
    expect(median([46, 12, 90])).toBe(46);
    expect(median([7])).toBe(7);
  });

  test('even count: the mean of the two middle values', () => {
    expect(median([40, 50, 44, 46])).toBe(45);
    expect(median([1, 2])).toBe(1.5);
  });

  test('no values: no median', () => {
    expect(median([])).toBeUndefined();
  });

  test('lies between the smallest and largest value, and is one of them for odd counts', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 100_000 }), { minLength: 1 }), (values) => {
        const m = median(values) ?? NaN;
        expect(m >= Math.min(...values) && m <= Math.max(...values)).toBeTruthy();
        if (values.length % 2 === 1) expect(values).toContain(m);
        const below = values.filter((v) => v < m).length;
        const above = values.filter((v) => v > m).length;
        expect(below <= values.length / 2 && above <= values.length / 2).toBeTruthy();
      }),
    );
  });
});

describe('which job is the training job', () => {
  test('its exact name, or a matrix job of that name', () => {
    expect(isTrainingJob(job('train', 1), 'train')).toBeTruthy();
    expect(isTrainingJob(job('train (a100, 2)', 1), 'train')).toBeTruthy();
    expect(isTrainingJob(job('Train model', 1), ' Train model ')).toBeTruthy();
    expect(isTrainingJob(job('train-eval', 1), 'train')).toBeFalsy();
    expect(isTrainingJob(job('pretrain', 1), 'train')).toBeFalsy();
    // names are case-sensitive
    expect(isTrainingJob(job('Train', 1), 'train')).toBeFalsy();
    expect(isTrainingJob(job('call / train', 1), 'train')).toBeFalsy();
  });
});

describe('runDuration', () => {
  test('the time from start to completion of a successful training job', () => {
    expect(runDuration(run(1, job('train', 46)).jobs, 'train')).toBe(46 * 60);
  });

  test('a skipped, failed, cancelled or unfinished training job gives nothing', () => {
    expect(runDuration(run(1, skippedJob('train')).jobs, 'train')).toBeUndefined();
    expect(runDuration(run(1, job('train', 30, 'failure')).jobs, 'train')).toBeUndefined();
    expect(runDuration(run(1, job('train', 30, 'cancelled')).jobs, 'train')).toBeUndefined();
    const running: WorkflowJob = { ...job('train', 30), status: 'in_progress', conclusion: null };
    expect(runDuration([running], 'train')).toBeUndefined();
  });

  test('missing or impossible times give nothing', () => {
    const noEnd = job('train', 30);
    delete noEnd.completedAt;
    expect(runDuration([noEnd], 'train')).toBeUndefined();
    const backwards = { ...job('train', 30), completedAt: new Date(T0 - 1000).toISOString() };
    expect(runDuration([backwards], 'train')).toBeUndefined();
    expect(runDuration([{ ...job('train', 30), startedAt: 'yesterday' }], 'train')).toBeUndefined();
  });

  test('a run without the job gives nothing', () => {
    expect(runDuration([job('lint', 3)], 'train')).toBeUndefined();
    expect(runDuration([], 'train')).toBeUndefined();
  });

  test('a matrix: the longest of its jobs, and only when all of them succeeded', () => {
    const jobs = [job('train (t4)', 50), job('train (a100)', 20), job('lint', 90)];
    expect(runDuration(jobs, 'train')).toBe(50 * 60);
    expect(runDuration([...jobs, skippedJob('train (h100)')], 'train')).toBeUndefined();
  });
});

describe('trainingDurations', () => {
  test('in the order given, skipping runs without a sample, at most maxRuns', () => {
    const runs = [
      run(10, job('train', 40)),
      run(9, skippedJob('train')),
      run(8, job('train', 50)),
      run(7, job('train', 60)),
    ];
    expect(trainingDurations(runs, 'train', 2)).toStrictEqual([40 * 60, 50 * 60]);
    expect(trainingDurations(runs, 'train', 10)).toStrictEqual([40 * 60, 50 * 60, 60 * 60]);
  });
});

describe('measureHistory', () => {
  const runs = [
    run(18, job('train', 46)),
    run(17, skippedJob('train')),
    run(16, job('train', 44)),
    run(15, job('train', 52)),
    run(14, skippedJob('train')),
    run(13, job('train', 46)),
    run(12, job('train', 90)),
    run(11, job('train', 40)),
    run(10, job('train', 50)),
    run(9, job('train', 45)),
  ];

  test('the median of the successful training jobs, and how many there were', () => {
    expect(measureHistory({ kind: 'answered', runs, requests: 12 }, 'train', 10)).toStrictEqual({
      kind: 'measured',
      jobName: 'train',
      runs: 8,
      medianSeconds: 46 * 60,
      runsExamined: 10,
    });
  });

  test('only the newest maxRuns samples count', () => {
    const outcome = ofKind(
      measureHistory({ kind: 'answered', runs, requests: 12 }, 'train', 3),
      'measured',
    );
    expect(outcome.runs).toBe(3);
    // median of 46, 44 and 52
    expect(outcome.medianSeconds).toBe(46 * 60);
  });

  test('no successful training job: no history, with the runs looked at', () => {
    expect(
      measureHistory(
        {
          kind: 'answered',
          runs: [run(2, skippedJob('train')), run(1, skippedJob('train'))],
          requests: 4,
        },
        'train',
        10,
      ),
    ).toStrictEqual({ kind: 'no-history', jobName: 'train', runsExamined: 2 });
    expect(measureHistory({ kind: 'answered', runs: [], requests: 2 }, 'train', 10)).toStrictEqual({
      kind: 'no-history',
      jobName: 'train',
      runsExamined: 0,
    });
  });

  test('a refusal and a failure are outcomes, not exceptions', () => {
    expect(measureHistory({ kind: 'forbidden', message: '403' }, 'train', 10)).toStrictEqual({
      kind: 'permission-missing',
      jobName: 'train',
      message: '403',
    });
    expect(measureHistory({ kind: 'failed', message: 'timeout' }, 'train', 10)).toStrictEqual({
      kind: 'unavailable',
      jobName: 'train',
      message: 'timeout',
    });
  });
});

describe('withHistory', () => {
  test('a measured median becomes the training time, in hours', () => {
    const outcome = {
      kind: 'measured' as const,
      jobName: 'train',
      runs: 8,
      medianSeconds: 46 * 60,
      runsExamined: 10,
    };
    const cost = withHistory({ gpuCount: 2, currency: 'USD', hourlyCost: 3.12 }, outcome);
    // 46 minutes: 0.77 h, rounded once so that every figure shown agrees
    expect(cost.trainingHours).toBe(0.77);
    expect(cost.hoursSource).toStrictEqual(outcome);
    expect(cost.hourlyCost).toBe(3.12);
    expect(cost.gpuCount).toBe(2);
  });

  test('without a measurement there is no training time at all', () => {
    const outcome = { kind: 'no-history' as const, jobName: 'train', runsExamined: 3 };
    const cost = withHistory(
      { gpuCount: 1, currency: 'USD', hourlyCost: 3.12, trainingHours: 9 },
      outcome,
    );
    expect('trainingHours' in cost).toBe(false);
    expect(cost.hoursSource).toStrictEqual(outcome);
    expect(cost.hourlyCost).toBe(3.12);
  });
});

describe('words', () => {
  test('durations', () => {
    expect(formatDuration(46 * 60)).toBe('46 min');
    expect(formatDuration(46 * 60 + 29)).toBe('46 min');
    expect(formatDuration(92 * 60)).toBe('1 h 32 min');
    expect(formatDuration(120 * 60 + 10)).toBe('2 h');
    expect(formatDuration(40)).toBe('40 s');
  });

  test('each outcome says where the time came from, or why it is unknown', () => {
    expect(
      describeHistory({
        kind: 'measured',
        jobName: 'train',
        runs: 8,
        medianSeconds: 2760,
        runsExamined: 10,
      }),
    ).toBe(
      'Training time: median of job "train" in the last 8 successful runs where it ran: 46 min.',
    );
    expect(describeHistory({ kind: 'no-history', jobName: 'train', runsExamined: 0 })).toMatch(
      /no earlier successful run/,
    );
    expect(describeHistory({ kind: 'no-history', jobName: 'train', runsExamined: 4 })).toMatch(
      /any of the last 4 successful runs/,
    );
    expect(describeHistory({ kind: 'permission-missing', jobName: 'train', message: 'x' })).toMatch(
      /actions: read/,
    );
  });
});
