import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
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
} from '../src/history.js';
import type { RunJobs, WorkflowJob } from '../src/types.js';

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
    assert.equal(median([46, 12, 90]), 46);
    assert.equal(median([7]), 7);
  });

  test('even count: the mean of the two middle values', () => {
    assert.equal(median([40, 50, 44, 46]), 45);
    assert.equal(median([1, 2]), 1.5);
  });

  test('no values: no median', () => {
    assert.equal(median([]), undefined);
  });

  test('lies between the smallest and largest value, and is one of them for odd counts', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 100_000 }), { minLength: 1 }), (values) => {
        const m = median(values) ?? NaN;
        assert.ok(m >= Math.min(...values) && m <= Math.max(...values));
        if (values.length % 2 === 1) assert.ok(values.includes(m));
        const below = values.filter((v) => v < m).length;
        const above = values.filter((v) => v > m).length;
        assert.ok(below <= values.length / 2 && above <= values.length / 2);
      }),
    );
  });
});

describe('which job is the training job', () => {
  test('its exact name, or a matrix job of that name', () => {
    assert.ok(isTrainingJob(job('train', 1), 'train'));
    assert.ok(isTrainingJob(job('train (a100, 2)', 1), 'train'));
    assert.ok(isTrainingJob(job('Train model', 1), ' Train model '));
    assert.ok(!isTrainingJob(job('train-eval', 1), 'train'));
    assert.ok(!isTrainingJob(job('pretrain', 1), 'train'));
    assert.ok(!isTrainingJob(job('Train', 1), 'train'), 'names are case-sensitive');
    assert.ok(!isTrainingJob(job('call / train', 1), 'train'));
  });
});

describe('runDuration', () => {
  test('the time from start to completion of a successful training job', () => {
    assert.equal(runDuration(run(1, job('train', 46)).jobs, 'train'), 46 * 60);
  });

  test('a skipped, failed, cancelled or unfinished training job gives nothing', () => {
    assert.equal(runDuration(run(1, skippedJob('train')).jobs, 'train'), undefined);
    assert.equal(runDuration(run(1, job('train', 30, 'failure')).jobs, 'train'), undefined);
    assert.equal(runDuration(run(1, job('train', 30, 'cancelled')).jobs, 'train'), undefined);
    const running: WorkflowJob = { ...job('train', 30), status: 'in_progress', conclusion: null };
    assert.equal(runDuration([running], 'train'), undefined);
  });

  test('missing or impossible times give nothing', () => {
    const noEnd = job('train', 30);
    delete noEnd.completedAt;
    assert.equal(runDuration([noEnd], 'train'), undefined);
    const backwards = { ...job('train', 30), completedAt: new Date(T0 - 1000).toISOString() };
    assert.equal(runDuration([backwards], 'train'), undefined);
    assert.equal(
      runDuration([{ ...job('train', 30), startedAt: 'yesterday' }], 'train'),
      undefined,
    );
  });

  test('a run without the job gives nothing', () => {
    assert.equal(runDuration([job('lint', 3)], 'train'), undefined);
    assert.equal(runDuration([], 'train'), undefined);
  });

  test('a matrix: the longest of its jobs, and only when all of them succeeded', () => {
    const jobs = [job('train (t4)', 50), job('train (a100)', 20), job('lint', 90)];
    assert.equal(runDuration(jobs, 'train'), 50 * 60);
    assert.equal(runDuration([...jobs, skippedJob('train (h100)')], 'train'), undefined);
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
    assert.deepEqual(trainingDurations(runs, 'train', 2), [40 * 60, 50 * 60]);
    assert.deepEqual(trainingDurations(runs, 'train', 10), [40 * 60, 50 * 60, 60 * 60]);
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
    assert.deepEqual(measureHistory({ kind: 'answered', runs, requests: 12 }, 'train', 10), {
      kind: 'measured',
      jobName: 'train',
      runs: 8,
      medianSeconds: 46 * 60,
      runsExamined: 10,
    });
  });

  test('only the newest maxRuns samples count', () => {
    const outcome = measureHistory({ kind: 'answered', runs, requests: 12 }, 'train', 3);
    assert.equal(outcome.kind, 'measured');
    assert.ok(outcome.kind === 'measured');
    assert.equal(outcome.runs, 3);
    assert.equal(outcome.medianSeconds, 46 * 60, 'median of 46, 44 and 52');
  });

  test('no successful training job: no history, with the runs looked at', () => {
    assert.deepEqual(
      measureHistory(
        {
          kind: 'answered',
          runs: [run(2, skippedJob('train')), run(1, skippedJob('train'))],
          requests: 4,
        },
        'train',
        10,
      ),
      { kind: 'no-history', jobName: 'train', runsExamined: 2 },
    );
    assert.deepEqual(measureHistory({ kind: 'answered', runs: [], requests: 2 }, 'train', 10), {
      kind: 'no-history',
      jobName: 'train',
      runsExamined: 0,
    });
  });

  test('a refusal and a failure are outcomes, not exceptions', () => {
    assert.deepEqual(measureHistory({ kind: 'forbidden', message: '403' }, 'train', 10), {
      kind: 'permission-missing',
      jobName: 'train',
      message: '403',
    });
    assert.deepEqual(measureHistory({ kind: 'failed', message: 'timeout' }, 'train', 10), {
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
    assert.equal(cost.trainingHours, 46 / 60);
    assert.deepEqual(cost.hoursSource, outcome);
    assert.equal(cost.hourlyCost, 3.12);
    assert.equal(cost.gpuCount, 2);
  });

  test('without a measurement there is no training time at all', () => {
    const outcome = { kind: 'no-history' as const, jobName: 'train', runsExamined: 3 };
    const cost = withHistory(
      { gpuCount: 1, currency: 'USD', hourlyCost: 3.12, trainingHours: 9 },
      outcome,
    );
    assert.equal('trainingHours' in cost, false);
    assert.deepEqual(cost.hoursSource, outcome);
    assert.equal(cost.hourlyCost, 3.12);
  });
});

describe('words', () => {
  test('durations', () => {
    assert.equal(formatDuration(46 * 60), '46 min');
    assert.equal(formatDuration(46 * 60 + 29), '46 min');
    assert.equal(formatDuration(92 * 60), '1 h 32 min');
    assert.equal(formatDuration(120 * 60 + 10), '2 h');
    assert.equal(formatDuration(40), '40 s');
  });

  test('each outcome says where the time came from, or why it is unknown', () => {
    assert.equal(
      describeHistory({
        kind: 'measured',
        jobName: 'train',
        runs: 8,
        medianSeconds: 2760,
        runsExamined: 10,
      }),
      'Training time: median of job "train" in the last 8 successful runs where it ran: 46 min.',
    );
    assert.match(
      describeHistory({ kind: 'no-history', jobName: 'train', runsExamined: 0 }),
      /no earlier successful run/,
    );
    assert.match(
      describeHistory({ kind: 'no-history', jobName: 'train', runsExamined: 4 }),
      /any of the last 4 successful runs/,
    );
    assert.match(
      describeHistory({ kind: 'permission-missing', jobName: 'train', message: 'x' }),
      /actions: read/,
    );
  });
});
