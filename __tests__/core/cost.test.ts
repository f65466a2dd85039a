import { describe, expect, test } from '@jest/globals';
import { estimateCost, roundDecimal } from '../../src/core/cost.js';

describe('estimateCost', () => {
  test('training: cost = hourly × hours × count, nothing avoided', () => {
    const r = estimateCost(
      { hourlyCost: 1.6, trainingHours: 0.75, gpuCount: 1, currency: 'USD' },
      true,
    );
    expect(roundDecimal(r.estimatedCost ?? NaN, 2)).toBe(1.2);
    expect(r.estimatedGpuHours).toBe(0.75);
    expect(r.costAvoided).toBe(0);
    expect(r.gpuHoursAvoided).toBe(0);
  });

  test('skipped: nothing spent, the run cost is avoided', () => {
    const r = estimateCost(
      { hourlyCost: 3.12, trainingHours: 2, gpuCount: 4, currency: 'EUR' },
      false,
    );
    expect(r.estimatedCost).toBe(0);
    expect(r.estimatedGpuHours).toBe(0);
    expect(roundDecimal(r.costAvoided ?? NaN, 2)).toBe(24.96);
    expect(r.gpuHoursAvoided).toBe(8);
    expect(r.currency).toBe('EUR');
  });

  test('unknown figures stay undefined rather than being invented', () => {
    const noHours = estimateCost({ hourlyCost: 1.6, gpuCount: 1, currency: 'USD' }, true);
    expect(noHours.estimatedCost).toBeUndefined();
    expect(noHours.estimatedGpuHours).toBeUndefined();
    const noPrice = estimateCost({ trainingHours: 1.5, gpuCount: 2, currency: 'USD' }, true);
    expect(noPrice.estimatedGpuHours).toBe(3);
    expect(noPrice.estimatedCost).toBeUndefined();
  });

  test('roundDecimal rounds half-cents up despite binary fractions', () => {
    expect(roundDecimal(1.005, 2)).toBe(1.01);
    expect(roundDecimal(1.6 * 0.75, 2)).toBe(1.2);
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
    expect(r.priceSource).toStrictEqual(t4);
    expect(r.hoursSource).toStrictEqual(hoursSource);
    expect(roundDecimal(r.estimatedCost ?? NaN, 2)).toBe(2.39);
  });

  test('over the limit only when the estimate, to the cent, is above it', () => {
    const at = (costLimit: number, shouldTrain = true) =>
      estimateCost(
        { hourlyCost: 1.6, trainingHours: 0.75, gpuCount: 1, currency: 'USD', costLimit },
        shouldTrain,
      );
    expect(at(1.19).overLimit).toBe(true);
    // 1.6 × 0.75 is 1.2000000000000002, shown as 1.20
    expect(at(1.2).overLimit).toBe(false);
    expect(at(5).overLimit).toBe(false);
    expect(at(0).overLimit).toBe(true);
    // a skipped run costs nothing
    expect(at(0, false).overLimit).toBe(false);
    expect(at(1.19).costLimit).toBe(1.19);
  });

  test('without a limit there is no over-limit; without an estimate it is false', () => {
    const none = estimateCost(
      { hourlyCost: 1.6, trainingHours: 0.75, gpuCount: 1, currency: 'USD' },
      true,
    );
    expect(none.overLimit).toBeUndefined();
    const noHours = estimateCost(
      { hourlyCost: 1.6, gpuCount: 1, currency: 'USD', costLimit: 0 },
      true,
    );
    expect(noHours.overLimit).toBe(false);
    expect(noHours.estimatedCost).toBeUndefined();
  });
});
