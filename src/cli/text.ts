/**
 * What the command line prints (pure): the verdict and table of `check`, the
 * event list and totals of `backtest`, and the backtest's JSON object.
 * Names and subjects are shown through `displayPath`, so no control
 * character reaches the terminal.
 */
import type { BacktestResult, BacktestTotals, ModelTally } from '../core/backtest.js';
import { clip, displayPath, formatCount, listSome } from '../core/format.js';
import { formatHours } from '../core/outputs.js';
import {
  eventLabel,
  formatGpuHours,
  formatMoney,
  formatPercent,
  period,
  runPriceNote,
  utcDay,
} from '../core/report.js';
import type { ChangedFile, GateReport } from '../core/types.js';
import { deadPatternText, dependencyText } from './text-deps.js';

/** Pads cells to column widths; the last column is left unpadded. */
export function table(
  rows: readonly (readonly string[])[],
  right: readonly number[] = [],
): string[] {
  const widths: number[] = [];
  for (const row of rows) {
    row.forEach((cell, i) => {
      widths[i] = Math.max(widths[i] ?? 0, Array.from(cell).length);
    });
  }
  return rows.map((row) =>
    row
      .map((cell, i) => {
        if (i === row.length - 1 && !right.includes(i)) return cell;
        const pad = ' '.repeat((widths[i] ?? 0) - Array.from(cell).length);
        return right.includes(i) ? pad + cell : cell + pad;
      })
      .join('  ')
      .trimEnd(),
  );
}

function fileText(file: ChangedFile): string {
  const previous = file.previousFilename;
  return previous !== undefined && previous !== file.filename
    ? `${displayPath(previous)} → ${displayPath(file.filename)}`
    : displayPath(file.filename);
}

export interface CheckContext {
  /** The refs as the user gave them (or as defaulted). */
  base: string;
  head: string;
  /** The merge bases the change was listed from. */
  mergeBases: readonly string[];
}

/** `check` for a terminal: the verdict, what was compared, the cost, and a table of the filters. */
export function renderCheck(report: GateReport, context: CheckContext): string {
  const { decision, changeSet, cost, filters } = report;
  const lines: string[] = [];
  lines.push(
    decision.shouldTrain
      ? 'should-train: true  (training runs)'
      : 'should-train: false  (training skipped)',
    `reason:       ${displayPath(decision.reason)}`,
  );
  const bases = context.mergeBases.map((sha) => sha.slice(0, 7)).join(', ');
  lines.push(
    `compared:     ${displayPath(context.head)} (${changeSet.headSha.slice(0, 7)}) against ` +
      `${displayPath(context.base)} (${changeSet.baseSha.slice(0, 7)}), from the merge base ${bases}: ` +
      `${formatCount(changeSet.files.length)} changed ${changeSet.files.length === 1 ? 'file' : 'files'}`,
  );
  if (cost.runGpuHours !== undefined) {
    const hours = formatHours(decision.shouldTrain ? cost.runGpuHours : 0);
    const money =
      cost.runCost === undefined
        ? ''
        : `, ${formatMoney(decision.shouldTrain ? cost.runCost : 0, cost.currency)}`;
    const avoided =
      decision.shouldTrain || cost.runCost === undefined
        ? decision.shouldTrain
          ? ''
          : ` (avoids ${formatHours(cost.runGpuHours)} GPU-hours)`
        : ` (avoids ${formatHours(cost.runGpuHours)} GPU-hours, ${formatMoney(cost.runCost, cost.currency)})`;
    lines.push(`cost:         ${hours} GPU-hours${money}${avoided}`);
  }
  lines.push('');
  if (report.models !== undefined) {
    const rows = [['MODEL', 'GATE', 'GPU-HOURS', 'COST', 'WHY']];
    for (const model of report.models) {
      const { cost: run, decision: verdict } = model;
      const avoided = verdict.shouldTrain ? '' : ' avoided';
      rows.push([
        displayPath(model.name),
        verdict.shouldTrain ? 'train' : 'skip',
        run.runGpuHours === undefined ? '-' : `${formatHours(run.runGpuHours)}${avoided}`,
        run.runCost === undefined ? '-' : `${formatMoney(run.runCost, run.currency)}${avoided}`,
        displayPath(verdict.reason),
      ]);
    }
    lines.push(...table(rows), '');
  }
  if (filters.length === 0) {
    lines.push('No filters are defined.');
  } else {
    const rows = [['FILTER', 'TRAIN-ON', 'FILES', 'MATCHED FILES']];
    for (const filter of filters) {
      rows.push([
        displayPath(filter.name),
        filter.trainOn ? 'yes' : 'no',
        formatCount(filter.files.length),
        filter.files.length === 0 ? '-' : listSome(filter.files.map(fileText)),
      ]);
    }
    lines.push(...table(rows, [2]));
  }
  if (report.dependencies !== undefined) lines.push(...dependencyText(report.dependencies));
  else lines.push(...deadPatternText(report.deadPatterns ?? []));
  return `${lines.join('\n')}\n`;
}

export interface BacktestContext {
  branch: string;
  window: string;
  /** What decides, in words: the filters file and train-on, or the models file. */
  decidedBy: string;
  /** Widest the title column may be. */
  titleWidth?: number;
}

function totalsRows(t: BacktestTotals): string[][] {
  const rows = [
    ['', 'WITHOUT THE GATE', 'WITH THE GATE', 'SAVED'],
    [
      'Training runs',
      formatCount(t.events),
      formatCount(t.trained),
      `${formatCount(t.skipped)} (${formatPercent(t.savedPercent)})`,
    ],
  ];
  if (
    t.gpuHoursWithoutGate !== undefined &&
    t.gpuHoursWithGate !== undefined &&
    t.gpuHoursSaved !== undefined
  ) {
    rows.push([
      'GPU-hours',
      formatGpuHours(t.gpuHoursWithoutGate),
      formatGpuHours(t.gpuHoursWithGate),
      formatGpuHours(t.gpuHoursSaved),
    ]);
  }
  if (t.costWithoutGate !== undefined && t.costWithGate !== undefined && t.saved !== undefined) {
    rows.push([
      `Cost (${t.currency})`,
      formatMoney(t.costWithoutGate, t.currency),
      formatMoney(t.costWithGate, t.currency),
      formatMoney(t.saved, t.currency),
    ]);
  }
  return rows;
}

/** Each model's trainings, and its cost with and without the gate. */
function modelRows(models: readonly ModelTally[], currency: string): string[][] {
  const rows = [['MODEL', 'TRAINED', 'GPU-HOURS', 'COST WITH GATE', 'SAVED']];
  for (const m of models) {
    rows.push([
      displayPath(m.name),
      formatCount(m.trained),
      m.gpuHoursWithGate === undefined ? '-' : formatGpuHours(m.gpuHoursWithGate),
      m.costWithGate === undefined ? '-' : formatMoney(m.costWithGate, currency),
      m.saved === undefined ? '-' : formatMoney(m.saved, currency),
    ]);
  }
  return rows;
}

/** The totals with and without the gate, as a table. */
export function totalsTable(t: BacktestTotals): string[] {
  return table(totalsRows(t), [1, 2, 3]);
}

/** `backtest` for a terminal: every event, oldest first, then the totals. */
export function renderBacktest(result: BacktestResult, context: BacktestContext): string {
  const t = result.totals;
  const lines: string[] = [];
  const when = period(t);
  lines.push(
    `Backtest of ${displayPath(context.branch)}: ${formatCount(t.events)} CI ${t.events === 1 ? 'event' : 'events'}` +
      (when === undefined ? '' : `, ${when}`) +
      ` (${formatCount(t.merges)} ${t.merges === 1 ? 'merge' : 'merges'}, ${formatCount(t.singleParentCommits)} single-parent ${t.singleParentCommits === 1 ? 'commit' : 'commits'})`,
    `Window: ${context.window}. ${displayPath(context.decidedBy)}.`,
    '',
  );
  if (t.events === 0) {
    lines.push(
      'No first-parent commits in the window: nothing to replay. Widen it with --last N or --since DATE.',
    );
    return `${lines.join('\n')}\n`;
  }
  const width = Math.max(20, context.titleWidth ?? 60);
  const models = result.models !== undefined;
  const rows = [
    ['DATE', 'COMMIT', 'EVENT', 'GATE', models ? 'MODELS TRAINED' : 'FILTERS MATCHED', 'TITLE'],
  ];
  for (const event of result.events) {
    const names = models ? (event.models ?? []) : [...event.filters];
    // A change to a file training imports: `imports` among the filters that matched.
    if ((event.dependencyFiles ?? []).length > 0) names.push('imports');
    rows.push([
      utcDay(event.date),
      event.sha.slice(0, 7),
      eventLabel(event),
      event.shouldTrain ? 'train' : 'skip',
      names.length > 0 ? names.map(displayPath).join(',') : '-',
      clip(displayPath(event.title), width),
    ]);
  }
  lines.push(...table(rows), '');
  if (result.models !== undefined)
    lines.push(...table(modelRows(result.models, t.currency), [1, 2, 3, 4]), '');
  lines.push(...totalsTable(t), '');
  if (t.dependencyOnly !== undefined) {
    lines.push(
      `Through what training imports: ${formatCount(t.dependencyOnly)} ${t.dependencyOnly === 1 ? 'event' : 'events'} trained that the filters alone would have skipped; what training depends on changed at ${formatCount(t.closureChanges ?? 0)} ${t.closureChanges === 1 ? 'event' : 'events'}.`,
      '',
    );
  }
  lines.push(runPriceNote(t));
  return `${lines.join('\n')}\n`;
}

/** A figure without binary-fraction noise (1.2000000000000002 → 1.2), or null. */
function exact(n: number | undefined): number | null {
  return n === undefined ? null : Number(n.toPrecision(12));
}

/** The backtest as one JSON object; figures that need a price or a training time are null without them. */
export function backtestJson(
  result: BacktestResult,
  context: {
    branch: string;
    tip: string;
    window: { last: number } | { since: string };
    filtersFile: string | null;
    modelsFile: string | null;
    trainOn: readonly string[];
    shallow: boolean;
    renamesSkipped: boolean;
  },
): Record<string, unknown> {
  const t = result.totals;
  return {
    branch: context.branch,
    tip: context.tip,
    window: context.window,
    filtersFile: context.filtersFile,
    modelsFile: context.modelsFile,
    trainOn: context.trainOn,
    from: t.from ?? null,
    to: t.to ?? null,
    events: t.events,
    trained: t.trained,
    skipped: t.skipped,
    merges: t.merges,
    singleParentCommits: t.singleParentCommits,
    currency: t.currency,
    gpuCount: t.gpuCount,
    gpuHourlyCost: exact(t.hourlyCost),
    trainingHours: exact(t.trainingHours),
    runGpuHours: exact(t.runGpuHours),
    runCost: exact(t.runCost),
    gpuHoursWithGate: t.gpuHoursWithGate ?? null,
    gpuHoursWithoutGate: t.gpuHoursWithoutGate ?? null,
    gpuHoursSaved: t.gpuHoursSaved ?? null,
    costWithGate: t.costWithGate ?? null,
    costWithoutGate: t.costWithoutGate ?? null,
    saved: t.saved ?? null,
    savedPercent: t.savedPercent,
    ...(t.dependencyOnly !== undefined
      ? { dependencyOnly: t.dependencyOnly, closureChanges: t.closureChanges ?? 0 }
      : {}),
    shallow: context.shallow,
    renamesSkipped: context.renamesSkipped,
    filters: result.filters,
    perEvent: result.events.map((e) => ({
      sha: e.sha,
      date: e.date,
      subject: e.subject,
      title: e.title,
      kind: e.kind,
      pullRequest: e.pullRequest ?? null,
      changed: e.changed,
      shouldTrain: e.shouldTrain,
      reason: e.reason,
      filters: e.filters,
      ...(e.models !== undefined ? { models: e.models } : {}),
      ...(e.dependencyFiles !== undefined
        ? {
            dependencyFiles: e.dependencyFiles,
            closureSize: e.closureSize ?? null,
            closureChanged: e.closureChanged ?? false,
          }
        : {}),
    })),
    ...(result.models !== undefined
      ? {
          models: result.models.map((m) => ({
            name: m.name,
            trained: m.trained,
            runGpuHours: exact(m.runGpuHours),
            runCost: exact(m.runCost),
            gpuHoursWithGate: m.gpuHoursWithGate ?? null,
            gpuHoursWithoutGate: m.gpuHoursWithoutGate ?? null,
            costWithGate: m.costWithGate ?? null,
            costWithoutGate: m.costWithoutGate ?? null,
            saved: m.saved ?? null,
          })),
        }
      : {}),
  };
}
