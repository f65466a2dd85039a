import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { estimateCost, roundTo2 } from '../src/cost.js';

describe('estimateCost', () => {
  test('training: cost = hourly × hours × count, nothing avoided', () => {
    const r = estimateCost(
      { hourlyCost: 1.6, trainingHours: 0.75, gpuCount: 1, currency: 'USD' },
      true,
    );
    assert.equal(roundTo2(r.estimatedCost ?? NaN), 1.2);
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
    assert.equal(roundTo2(r.costAvoided ?? NaN), 24.96);
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

  test('roundTo2 rounds half-cents up despite binary fractions', () => {
    assert.equal(roundTo2(1.005), 1.01);
    assert.equal(roundTo2(1.6 * 0.75), 1.2);
  });
});
