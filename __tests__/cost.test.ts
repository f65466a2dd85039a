import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { estimateCost, roundDecimal } from '../src/cost.js';

describe('estimateCost', () => {
  test('training: cost = hourly × hours × count, nothing avoided', () => {
    const r = estimateCost(
      { hourlyCost: 1.6, trainingHours: 0.75, gpuCount: 1, currency: 'USD' },
      true,
    );
    assert.equal(roundDecimal(r.estimatedCost ?? NaN, 2), 1.2);
    assert.equal(r.estimatedGpuHours, 0.75);
    assert.equal(r.costAvoided, 0);
    assert.equal(r.gpuHoursAvoided, 0);
  });

  test('skipped: nothing spent, the run cost is avoided', () => {
    const r = estimateCost(
      { hourlyCost: 3.12, trainingHours: 2, gpuCount: 4, currency: 'EUR' },
      false,
    );
    assert.equal(r.estimatedCost, 0);
    assert.equal(r.estimatedGpuHours, 0);
    assert.equal(roundDecimal(r.costAvoided ?? NaN, 2), 24.96);
    assert.equal(r.gpuHoursAvoided, 8);
    assert.equal(r.currency, 'EUR');
  });

  test('unknown figures stay undefined rather than being invented', () => {
    const noHours = estimateCost({ hourlyCost: 1.6, gpuCount: 1, currency: 'USD' }, true);
    assert.equal(noHours.estimatedCost, undefined);
    assert.equal(noHours.estimatedGpuHours, undefined);
    const noPrice = estimateCost({ trainingHours: 1.5, gpuCount: 2, currency: 'USD' }, true);
    assert.equal(noPrice.estimatedGpuHours, 3);
    assert.equal(noPrice.estimatedCost, undefined);
  });

  test('roundDecimal rounds half-cents up despite binary fractions', () => {
    assert.equal(roundDecimal(1.005, 2), 1.01);
    assert.equal(roundDecimal(1.6 * 0.75, 2), 1.2);
  });
});

describe('sources and the cost limit', () => {
  const t4 = {
    kind: 'preset' as const,
    name: 'github-gpu-t4',
    description: 'T4',
    url: 'https://docs.github.com/en/billing/reference/actions-runner-pricing',
    readOn: '2026-01-01',
  };

  test('the sources are carried into the report', () => {
    const hoursSource = {
      kind: 'measured' as const,
      jobName: 'train',
      runs: 8,
      medianSeconds: 2760,
      runsExamined: 10,
    };
    const r = estimateCost(
      {
        hourlyCost: 3.12,
        priceSource: t4,
        trainingHours: 2760 / 3600,
        hoursSource,
        gpuCount: 1,
        currency: 'USD',
      },
      true,
    );
    assert.deepEqual(r.priceSource, t4);
    assert.deepEqual(r.hoursSource, hoursSource);
    assert.equal(roundDecimal(r.estimatedCost ?? NaN, 2), 2.39);
  });

  test('over the limit only when the estimate, to the cent, is above it', () => {
    const at = (costLimit: number, shouldTrain = true) =>
      estimateCost(
        { hourlyCost: 1.6, trainingHours: 0.75, gpuCount: 1, currency: 'USD', costLimit },
        shouldTrain,
      );
    assert.equal(at(1.19).overLimit, true);
    assert.equal(at(1.2).overLimit, false, '1.6 × 0.75 is 1.2000000000000002, shown as 1.20');
    assert.equal(at(5).overLimit, false);
    assert.equal(at(0).overLimit, true);
    assert.equal(at(0, false).overLimit, false, 'a skipped run costs nothing');
    assert.equal(at(1.19).costLimit, 1.19);
  });

  test('without a limit there is no over-limit; without an estimate it is false', () => {
    const none = estimateCost(
      { hourlyCost: 1.6, trainingHours: 0.75, gpuCount: 1, currency: 'USD' },
      true,
    );
    assert.equal(none.overLimit, undefined);
    const noHours = estimateCost(
      { hourlyCost: 1.6, gpuCount: 1, currency: 'USD', costLimit: 0 },
      true,
    );
    assert.equal(noHours.overLimit, false);
    assert.equal(noHours.estimatedCost, undefined);
  });
});
