/**
 * The cost block of the job summary and the comment (pure): what the training
 * a change triggers (or avoids) costs, the arithmetic behind it, where the
 * price and the training time came from, the cost limit; with models, a row
 * per model and the totals.
 */
import { clip, link, plural } from './format.js';
import { formatDuration } from './history.js';
import { MAX_MESSAGE_CHARS, code, escapeMarkdown, money } from './markdown.js';
import { formatHours } from './outputs.js';
import type { CostReport, GateReport, HoursSource, ModelReport, PriceSource } from './types.js';

/** Where the training time came from, or why it is unknown: one list item. */
function hoursLine(source: HoursSource): string {
  switch (source.kind) {
    case 'input':
      return '- Training time: the <code>training-hours</code> input';
    case 'measured': {
      const job = code(source.jobName);
      const took = formatDuration(source.medianSeconds);
      return source.runs === 1
        ? `- Training time: the last successful run of ${job}, the only one measured so far: ${took}`
        : `- Training time: median of the last ${source.runs} successful runs of ${job}: ${took}`;
    }
    case 'no-history':
      return source.runsExamined === 0
        ? `- Training time unknown: this workflow has no earlier successful run, so ${code(source.jobName)} has not been measured yet`
        : `- Training time unknown: ${code(source.jobName)} did not run successfully in any of the last ${plural(source.runsExamined, 'successful run', 'successful runs')} of this workflow; it is measured once it has`;
    case 'permission-missing':
      return `- Training time unknown: the token may not read this workflow's runs, so ${code(source.jobName)} could not be measured; give the job the <code>actions: read</code> permission`;
    case 'unavailable':
      return `- Training time unknown: the runs of ${code(source.jobName)} could not be read (${escapeMarkdown(clip(source.message, MAX_MESSAGE_CHARS))})`;
  }
}

/** Where the hourly price came from: one list item. */
function priceLine(source: PriceSource, cost: CostReport): string {
  const price =
    cost.hourlyCost !== undefined ? `${money(cost.hourlyCost, cost.currency)} an hour from ` : '';
  if (source.kind === 'input') {
    const over =
      source.overrides !== undefined ? `, in place of the ${code(source.overrides)} preset` : '';
    return `- Price: ${price}the <code>gpu-hourly-cost</code> input${over}`;
  }
  const url = /^https:\/\/[^\s"'<>`\\]+$/.test(source.url) ? source.url : undefined;
  const read = url !== undefined ? link(url, 'on-demand price') : 'on-demand price';
  return (
    `- Price: ${price}the ${code(source.name)} preset ` +
    `(${escapeMarkdown(clip(source.description, MAX_MESSAGE_CHARS))}); ` +
    `${read} read on ${escapeMarkdown(source.readOn)}, prices change`
  );
}

/** Where the training time and the price came from, one list item each. */
function sourceLines(cost: CostReport): string[] {
  const lines: string[] = [];
  if (cost.hoursSource !== undefined) lines.push(hoursLine(cost.hoursSource));
  if (cost.priceSource !== undefined) lines.push(priceLine(cost.priceSource, cost));
  return lines.length > 0 ? [...lines, ''] : [];
}

function limitLines(report: GateReport): string[] {
  const { decision, cost } = report;
  if (cost.costLimit === undefined || !decision.shouldTrain) return [];
  const limit = money(cost.costLimit, cost.currency);
  if (cost.estimatedCost === undefined) {
    return [
      '> [!NOTE]',
      `> The <code>cost-limit</code> of ${limit} could not be checked: there is no cost estimate, so <code>over-limit</code> is <code>false</code>.`,
      '',
    ];
  }
  const estimate = money(cost.estimatedCost, cost.currency);
  if (cost.overLimit === true) {
    return [
      '> [!WARNING]',
      `> **Over the cost limit:** training this change is estimated at ${estimate}, above the <code>cost-limit</code> of ${limit}, so <code>over-limit</code> is <code>true</code>.`,
      '',
    ];
  }
  return [
    `Within the <code>cost-limit</code> of ${limit}: <code>over-limit</code> is <code>false</code>.`,
    '',
  ];
}

export function costLines(report: GateReport): string[] {
  const { decision, cost } = report;
  if (decision.fail) return [];
  const training = decision.shouldTrain;
  const hours = training
    ? (cost.estimatedGpuHours ?? cost.runGpuHours)
    : (cost.gpuHoursAvoided ?? cost.runGpuHours);
  const amount = training
    ? (cost.estimatedCost ?? cost.runCost)
    : (cost.costAvoided ?? cost.runCost);
  const lead = training ? 'Training this change:' : 'Skipped: avoided';
  const parts: string[] = [];
  if (hours !== undefined) parts.push(`${formatHours(hours)} GPU-hours`);
  if (amount !== undefined) parts.push(`≈ ${money(amount, cost.currency)}`);
  const measured = cost.hoursSource !== undefined && cost.hoursSource.kind !== 'input';
  const priceHint = '<code>gpu-hourly-cost</code> (or <code>gpu-runner</code>)';
  const lines: string[] = [];
  if (parts.length === 0 && measured) {
    // Past runs were to give the training time and did not: say so, invent nothing.
    lines.push('No cost is shown: the training time is not known.', '');
    if (cost.hourlyCost === undefined) {
      lines.push(`<sub>Set ${priceHint} to price a training run.</sub>`, '');
    }
  } else if (parts.length === 0) {
    const missing = [
      cost.hourlyCost === undefined ? priceHint : undefined,
      cost.trainingHours === undefined
        ? '<code>training-hours</code> (or <code>training-job</code>)'
        : undefined,
    ].filter((s): s is string => s !== undefined);
    const inputs = missing.length > 0 ? missing.join(' and ') : '<code>training-hours</code>';
    lines.push(`<sub>Set ${inputs} to see what a training run costs.</sub>`, '');
  } else {
    lines.push(`${lead} ${parts.join(' ')}`, '');
    if (cost.hourlyCost !== undefined && cost.trainingHours !== undefined) {
      const time =
        cost.hoursSource?.kind === 'measured'
          ? `measured training time ${formatHours(cost.trainingHours)} h`
          : `training-hours ${formatHours(cost.trainingHours)}`;
      const price =
        cost.priceSource?.kind === 'preset'
          ? `${code(cost.priceSource.name)} ${money(cost.hourlyCost, cost.currency)} an hour`
          : `gpu-hourly-cost ${money(cost.hourlyCost, cost.currency)}`;
      lines.push(`<sub>${time} × gpu-count ${cost.gpuCount} × ${price}</sub>`, '');
    } else if (cost.hourlyCost === undefined) {
      lines.push(`<sub>Set ${priceHint} to price a training run.</sub>`, '');
    }
  }
  return [...lines, ...limitLines(report), ...sourceLines(cost)];
}

/** GPU-hours and money of one model's run: what it triggers, or what it avoids. */
function modelCost(model: ModelReport): [string, string] {
  const { cost, decision } = model;
  const avoided = decision.shouldTrain ? '' : ' avoided';
  const hours = cost.runGpuHours === undefined ? '—' : `${formatHours(cost.runGpuHours)}${avoided}`;
  const amount =
    cost.runCost === undefined ? '—' : `${money(cost.runCost, cost.currency)}${avoided}`;
  return [hours, amount];
}

/** With models: one row per model (trains or skips, why, GPU-hours, cost), and the totals. */
export function modelLines(report: GateReport): string[] {
  const models = report.models ?? [];
  const lines = [
    '| Model | Decision | Why | GPU-hours | Cost |',
    '| --- | --- | --- | --- | --- |',
  ];
  for (const model of models) {
    const verdict = model.decision.shouldTrain ? '🚀 trains' : '⏭️ skips';
    const why = escapeMarkdown(clip(model.decision.reason, MAX_MESSAGE_CHARS));
    const [hours, amount] = modelCost(model);
    lines.push(`| ${code(model.name)} | ${verdict} | ${why} | ${hours} | ${amount} |`);
  }
  const { cost } = report;
  const trained = models.filter((m) => m.decision.shouldTrain).length;
  const total = (gpu: number | undefined, amount: number | undefined): string =>
    [
      gpu === undefined ? undefined : `${formatHours(gpu)} GPU-hours`,
      amount === undefined ? undefined : `≈ ${money(amount, cost.currency)}`,
    ]
      .filter((s) => s !== undefined)
      .join(' ') || 'cost unknown';
  lines.push(
    '',
    `**Total:** ${trained} of ${plural(models.length, 'model')} ${trained === 1 ? 'trains' : 'train'}: ` +
      `${total(cost.estimatedGpuHours, cost.estimatedCost)}; avoided: ` +
      `${total(cost.gpuHoursAvoided, cost.costAvoided)}`,
    '',
  );
  if (cost.overLimit === true) {
    lines.push(
      '> [!WARNING]',
      '> **Over the cost limit:** a model that trains is estimated above its <code>cost-limit</code>, so <code>over-limit</code> is <code>true</code>.',
      '',
    );
  }
  return lines;
}
