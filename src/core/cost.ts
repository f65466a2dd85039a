/**
 * GPU-hour and money estimates. Pure.
 * estimated-cost = gpu-hourly-cost × training-hours × gpu-count.
 */
import type { CostReport, HoursSource, PriceSource } from './types.js';

export interface CostSettings {
  /** Price of one hour of the training runner (or of one GPU priced per hour). */
  hourlyCost?: number;
  /** Where hourlyCost came from: the gpu-hourly-cost input or a gpu-runner preset. */
  priceSource?: PriceSource;
  /** Expected length of one training run, in hours. */
  trainingHours?: number;
  /** Where trainingHours came from: the training-hours input or past runs (or why it is unknown). */
  hoursSource?: HoursSource;
  /** Runners (or GPUs priced per hour) one training run occupies. */
  gpuCount: number;
  currency: string;
  /** The cost-limit input: the most the triggered training may cost before over-limit is true. */
  costLimit?: number;
}

/**
 * Rounds to `digits` decimals as decimal arithmetic does, so 1.005 → 1.01
 * (not 1.00 as binary fractions would give). Every figure shown is rounded so.
 */
export function roundDecimal(n: number, digits: number): number {
  if (!Number.isFinite(n) || Math.abs(n) >= 1e15) return n;
  const text = String(Math.abs(n));
  if (text.includes('e'))
    return Math.sign(n) * (Math.round(Math.abs(n) * 10 ** digits) / 10 ** digits);
  // Shifting through the decimal string avoids binary rounding errors such as 1.005 → 1.00.
  const shifted = Math.round(Number(`${text}e${digits}`));
  return Math.sign(n) * Number(`${shifted}e-${digits}`);
}

export function estimateCost(settings: CostSettings, shouldTrain: boolean): CostReport {
  const report: CostReport = { currency: settings.currency, gpuCount: settings.gpuCount };
  if (settings.hourlyCost !== undefined) report.hourlyCost = settings.hourlyCost;
  if (settings.priceSource !== undefined) report.priceSource = settings.priceSource;
  if (settings.hoursSource !== undefined) report.hoursSource = settings.hoursSource;
  if (settings.costLimit !== undefined) {
    report.costLimit = settings.costLimit;
    report.overLimit = false;
  }
  if (settings.trainingHours === undefined) return report;
  report.trainingHours = settings.trainingHours;
  const gpuHours = settings.trainingHours * settings.gpuCount;
  report.runGpuHours = gpuHours;
  report.estimatedGpuHours = shouldTrain ? gpuHours : 0;
  report.gpuHoursAvoided = shouldTrain ? 0 : gpuHours;
  if (settings.hourlyCost !== undefined) {
    const cost = settings.hourlyCost * gpuHours;
    report.runCost = cost;
    report.estimatedCost = shouldTrain ? cost : 0;
    report.costAvoided = shouldTrain ? 0 : cost;
    // Compared as shown (to the cent), so a cost shown equal to the limit is not over it.
    if (settings.costLimit !== undefined) {
      report.overLimit = roundDecimal(report.estimatedCost, 2) > settings.costLimit;
    }
  }
  return report;
}
