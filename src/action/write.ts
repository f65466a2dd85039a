/**
 * What the action writes: the log of what each filter matched, the outputs
 * (with the full file lists in a JSON file), the job summary and the pull
 * request's sticky comment. A comment that cannot be written is a warning,
 * never the step's failure.
 */
import { randomUUID } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { commentKey, isGateComment, renderComment } from '../core/comment.js';
import { gateOutputs } from '../core/engine.js';
import { displayPath, messageOf, plural } from '../core/format.js';
import type { EngineSettings } from '../core/settings.js';
import { renderSummary } from '../core/summary.js';
import type { GateReport } from '../core/types.js';
import type { GitHubApi } from '../github/index.js';
import type { ActionInputs } from './inputs.js';
import type { ActionEvent, ActionRuntime } from './runtime.js';

/** Files listed in the log under each filter; the rest are counted (all are in the summary and outputs). */
export const LOGGED_FILES_PER_FILTER = 50;

export function logFilters(report: GateReport, runtime: ActionRuntime): void {
  const { log } = runtime;
  for (const filter of report.filters) {
    log.startGroup(
      `Filter ${filter.name}${filter.trainOn ? ' (train-on)' : ''}: ${plural(filter.files.length, 'file')}`,
    );
    const shown = filter.files.slice(0, LOGGED_FILES_PER_FILTER);
    const lines = shown.map((file) => {
      const old = file.previousFilename ? `${displayPath(file.previousFilename)} → ` : '';
      return `${file.status.padEnd(8)} ${old}${displayPath(file.filename)}`;
    });
    const more = filter.files.length - shown.length;
    if (more > 0) lines.push(`… and ${plural(more, 'more file')} (the outputs list them all)`);
    if (lines.length > 0) log.info(lines.join('\n'));
    log.endGroup();
  }
}

/** Sets every output; the complete file lists go to a JSON file named in files-json-path. */
export function writeOutputs(
  report: GateReport,
  settings: EngineSettings,
  runtime: ActionRuntime,
): void {
  const filesJsonPath = join(runtime.runnerTemp, `ml-change-gate-${randomUUID()}.json`);
  const result = gateOutputs(report, settings, { filesJsonPath });
  writeFileSync(filesJsonPath, result.filesJson);
  for (const name of result.truncated) {
    runtime.log.warning(
      `The ${name}_files output was cut to fit GitHub's output size limit; the full list is in ${filesJsonPath} (output files-json-path).`,
    );
  }
  for (const [name, value] of result.outputs) runtime.setOutput(name, value);
}

export async function writeSummary(
  inputs: ActionInputs,
  report: GateReport,
  runtime: ActionRuntime,
): Promise<void> {
  if (!inputs.summary) return;
  if (!runtime.hasSummary) {
    runtime.log.info('No GITHUB_STEP_SUMMARY file: the job summary is not written.');
    return;
  }
  await runtime.writeSummary(renderSummary(report));
}

/** Keeps the pull request's one gate comment up to date with the verdict. */
export async function writeComment(
  inputs: ActionInputs,
  report: GateReport,
  event: ActionEvent,
  api: GitHubApi,
  runtime: ActionRuntime,
): Promise<void> {
  if (!inputs.comment) return;
  const { log } = runtime;
  if (report.pullRequest === undefined) {
    log.info('comment is true, but this event has no pull request to comment on.');
    return;
  }
  const key = commentKey(event.workflow, event.job);
  const body = renderComment(report, {
    key,
    ...(report.runId !== undefined ? { runId: report.runId } : {}),
  });
  try {
    // Anyone can post a comment with the gate's marker: only one the token's own identity wrote is updated.
    const login = await api.tokenLogin();
    log.debug(`The comment is written as ${login}.`);
    const mine = login.toLowerCase();
    const result = await api.upsertComment(
      report.pullRequest,
      body,
      (c) => c.user.toLowerCase() === mine && isGateComment(c.body, key),
    );
    if (result.kind === 'cannot-write') {
      log.warning(`The pull-request comment was not written: ${result.message}`);
    } else {
      log.info(`Pull-request comment ${result.kind}: ${result.comment.htmlUrl}`);
    }
  } catch (err) {
    log.warning(`The pull-request comment was not written: ${messageOf(err)}`);
  }
}
