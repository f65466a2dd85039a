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

/** A quantity with as many decimals as it has, up to four: `0.75`, `2`, `1.006`. */
function exactly(n: number): string {
  return String(Number(n.toFixed(4)));
}

/** A price as given, to the cent or finer: `$3.12`, `$1.006`. */
function price(amount: number, currency: string): string {
  const decimals = (exactly(amount).split('.')[1] ?? '').length;
  if (decimals <= 2) return money(amount, currency);
  try {
    return new Intl.NumberFormat('en-US', {
      style: 'currency',
      currency,
      minimumFractionDigits: decimals,
      maximumFractionDigits: decimals,
    }).format(amount);
  } catch {
    return `${exactly(amount)} ${escapeMarkdown(clip(currency, 16))}`;
  }
}

/** Where the training time came from, or why it is unknown. */
function hoursLine(source: HoursSource, hours: number | undefined): string {
  const shown = hours === undefined ? '' : `${exactly(hours)} h (${formatDuration(hours * 3600)})`;
  switch (source.kind) {
    case 'input':
      return `- Training time ${shown}: the <code>training-hours</code> input`;
    case 'measured': {
      const job = code(source.jobName);
      return source.runs === 1
        ? `- Training time ${shown}: the last successful run of ${job}, the only one measured so far`
        : `- Training time ${shown}: the median of the last ${source.runs} successful runs of ${job}`;
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

/** Where the hourly price came from. */
function priceLine(source: PriceSource, cost: CostReport): string {
  const each =
    cost.hourlyCost !== undefined ? ` ${price(cost.hourlyCost, cost.currency)} an hour` : '';
  if (source.kind === 'input') {
    const over =
      source.overrides !== undefined ? `, in place of the ${code(source.overrides)} preset` : '';
    return `- Price${each}: the <code>gpu-hourly-cost</code> input${over}`;
  }
  const url = /^https:\/\/[^\s"'<>`\\]+$/.test(source.url) ? source.url : undefined;
  const read = url !== undefined ? link(url, 'on-demand price') : 'on-demand price';
  return (
    `- Price${each}: the ${code(source.name)} preset ` +
    `(${escapeMarkdown(clip(source.description, MAX_MESSAGE_CHARS))}); ` +
    `${read} read on ${escapeMarkdown(source.readOn)}, prices change`
  );
}

/** The cost limit, checked against what training this change costs. */
function limitLines(report: GateReport): string[] {
  const { decision, cost } = report;
  if (cost.costLimit === undefined || !decision.shouldTrain) return [];
  const limit = money(cost.costLimit, cost.currency);
  if (cost.estimatedCost === undefined) {
    return [
      `- Cost limit ${limit}: not checked, there is no cost estimate, so <code>over-limit</code> is <code>false</code>`,
    ];
  }
  if (cost.overLimit === true) {
    return [
      `- Cost limit ${limit}: **over it**, so <code>over-limit</code> is <code>true</code>`,
      '',
      '> [!WARNING]',
      `> **Over the cost limit:** training this change is estimated at ${money(cost.estimatedCost, cost.currency)}, above the <code>cost-limit</code> of ${limit}, so <code>over-limit</code> is <code>true</code>.`,
    ];
  }
  return [`- Cost limit ${limit}: within it, so <code>over-limit</code> is <code>false</code>`];
}

/** The first line of the cost block: what training the change takes, or what skipping it avoids. */
function costHeadline(cost: CostReport, training: boolean): string {
  const hours = cost.runGpuHours;
  const amount = cost.runCost;
  const what = training ? 'training this change takes' : 'skipping this change avoids';
  const priceHint = '<code>gpu-hourly-cost</code> (or <code>gpu-runner</code>)';
  if (hours === undefined) {
    const measured = cost.hoursSource !== undefined && cost.hoursSource.kind !== 'input';
    if (measured) return '**Cost:** not shown: the training time is not known.';
    const missing = [
      cost.hourlyCost === undefined ? priceHint : undefined,
      '<code>training-hours</code> (or <code>training-job</code>)',
    ].filter((s): s is string => s !== undefined);
    return `**Cost:** set ${missing.join(' and ')} to see what a training run costs.`;
  }
  const figures = `${formatHours(hours)} GPU-hours${amount === undefined ? '' : ` ≈ ${money(amount, cost.currency)}`}`;
  const unpriced = amount === undefined ? `; set ${priceHint} to price it` : '';
  return `**Cost:** ${what} **${figures}**${unpriced}`;
}

/** The arithmetic a reviewer can check: hours × runners × price = cost. */
function arithmetic(cost: CostReport): string[] {
  if (cost.trainingHours === undefined) return [];
  const runners = plural(cost.gpuCount, 'runner');
  if (cost.hourlyCost === undefined || cost.runCost === undefined) {
    return [
      `- ${exactly(cost.trainingHours)} h × ${runners} = ${formatHours(cost.runGpuHours ?? 0)} GPU-hours`,
    ];
  }
  return [
    `- ${exactly(cost.trainingHours)} h × ${runners} × ${price(cost.hourlyCost, cost.currency)} an hour = ${money(cost.runCost, cost.currency)}`,
  ];
}

/** The cost block: one labelled paragraph, the arithmetic, and where each number came from. */
export function costLines(report: GateReport): string[] {
  const { decision, cost } = report;
  if (decision.fail) return [];
  const items = [
    ...arithmetic(cost),
    ...(cost.hoursSource !== undefined ? [hoursLine(cost.hoursSource, cost.trainingHours)] : []),
    ...(cost.priceSource !== undefined ? [priceLine(cost.priceSource, cost)] : []),
    ...limitLines(report),
  ];
  return [
    costHeadline(cost, decision.shouldTrain),
    '',
    ...items,
    ...(items.length > 0 ? [''] : []),
  ];
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
