/**
 * run(): the orchestration. The only caller of setOutput, setFailed and
 * summary.write; everything it decides comes from the pure modules.
 */
import * as core from '@actions/core';
import * as github from '@actions/github';
import { randomUUID } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { isAbsolute, join, resolve } from 'node:path';
import { collectChangeSet, type ChangeGit } from '../core/changeset.js';
import { commentKey, isGateComment, renderComment } from '../core/comment.js';
import { estimateCost, type CostSettings } from '../core/cost.js';
import { decide, filterReports } from '../core/decision.js';
import { displayPath, plural } from '../core/format.js';
import { EventError, planComparison, type ComparisonPlan } from '../core/events.js';
import { matchFilters, parseFilters, type CompiledFilter } from '../core/filters.js';
import { changedFiles as gitChangedFiles, isGitCheckout } from '../git/index.js';
import { createGitHubApi, GitHubApiError, type GitHubApi } from '../github/index.js';
import { describeHistory, measureHistory, runDuration, withHistory } from '../core/history.js';
import { readInputs, resolveTrainOn, type Settings } from './inputs.js';
import { buildOutputs } from '../core/outputs.js';
import { renderSummary } from '../core/summary.js';
import {
  InputError,
  type ChangeSet,
  type FilterReport,
  type GateReport,
  type HistoryOutcome,
} from '../core/types.js';

interface Checkout {
  dir: string;
}

async function findCheckout(settings: Settings): Promise<Checkout | undefined> {
  const workspace = process.env.GITHUB_WORKSPACE || process.cwd();
  const dir = settings.workingDirectory
    ? isAbsolute(settings.workingDirectory)
      ? settings.workingDirectory
      : resolve(workspace, settings.workingDirectory)
    : workspace;
  if (!existsSync(dir)) {
    if (settings.workingDirectory) {
      throw new InputError(
        'working-directory',
        `Input working-directory is ${JSON.stringify(settings.workingDirectory)}, which does not exist; give the folder of the checkout, or leave it empty when there is none.`,
      );
    }
    return undefined;
  }
  return (await isGitCheckout(dir)) ? { dir } : undefined;
}

/** The API is down or refusing for now (not a wrong token, path or permission). */
function isOutage(err: unknown): err is GitHubApiError {
  return (
    err instanceof GitHubApiError &&
    (err.kind === 'server-error' ||
      err.kind === 'timeout' ||
      err.kind === 'network' ||
      err.kind === 'rate-limited')
  );
}

function messageOf(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

/** Reads a filters file: from the checkout, or through the API at the base. */
async function loadFiltersFile(
  path: string,
  plan: ComparisonPlan,
  base: string | undefined,
  checkout: Checkout | undefined,
  api: GitHubApi,
  eventName: string,
): Promise<CompiledFilter[] | undefined> {
  // Under pull_request_target the pull request must not be able to loosen its own
  // gate: the file is always read from the base commit, never from a checkout.
  if (checkout && eventName !== 'pull_request_target') {
    const full = join(checkout.dir, path);
    if (!existsSync(full)) {
      throw new InputError(
        'filters',
        `Input filters names the file ${JSON.stringify(path)}, which is not in the checkout at ${checkout.dir}.`,
      );
    }
    core.info(`Filters read from ${path} in the checkout.`);
    return parseFilters(readFileSync(full, 'utf8'), path);
  }
  if (plan.kind === 'none' && !plan.unseen) return undefined;
  const at = base ?? plan.head;
  let text: string;
  try {
    text = await api.fileText(path, at);
  } catch (err) {
    if (isOutage(err)) throw err;
    throw new InputError(
      'filters',
      `Input filters names the file ${JSON.stringify(path)}, which could not be read at ${at}: ${messageOf(err)}`,
    );
  }
  core.info(`Filters read from ${path} at ${at} through the API.`);
  return parseFilters(text, path);
}

function logFilters(filters: FilterReport[]): void {
  for (const filter of filters) {
    core.startGroup(
      `Filter ${filter.name}${filter.trainOn ? ' (train-on)' : ''}: ${plural(filter.files.length, 'file')}`,
    );
    for (const file of filter.files) {
      const old = file.previousFilename ? `${displayPath(file.previousFilename)} → ` : '';
      core.info(`${file.status.padEnd(8)} ${old}${displayPath(file.filename)}`);
    }
    core.endGroup();
  }
}

export async function run(): Promise<void> {
  try {
    await gate();
  } catch (err) {
    if (err instanceof InputError || err instanceof EventError) core.setFailed(err.message);
    else
      core.setFailed(`ml-change-gate failed: ${err instanceof Error ? err.message : String(err)}`);
  }
}

async function gate(): Promise<void> {
  const settings = readInputs();
  core.debug(`Settings: ${JSON.stringify({ ...settings, token: settings.token ? '***' : '' })}`);
  const context = github.context;
  const { owner, repo } = context.repo;
  if (!settings.token) {
    throw new InputError(
      'token',
      'Input token is empty; pass a token that can read the repository (the default, github.token, does), e.g. token: ${{ github.token }}.',
    );
  }

  // Inline filters are checked before anything is fetched, so bad input fails fast.
  const inlineFilters =
    settings.filters.kind === 'inline'
      ? parseFilters(settings.filters.text, 'the filters input')
      : undefined;
  if (inlineFilters)
    resolveTrainOn(
      settings.trainOn,
      inlineFilters.map((f) => f.name),
    );

  const plan = planComparison(
    { eventName: context.eventName, payload: context.payload, sha: context.sha, ref: context.ref },
    {
      ...(settings.base ? { base: settings.base } : {}),
      ...(settings.ref ? { ref: settings.ref } : {}),
    },
  );
  core.info(
    `Event ${context.eventName}: ${plan.kind === 'compare' ? plan.description : plan.reason}.`,
  );
  core.debug(`Comparison plan: ${JSON.stringify(plan)}`);

  const api = createGitHubApi({
    token: settings.token,
    owner,
    repo,
    baseUrl: context.apiUrl,
    log: { debug: (m) => core.debug(m), warning: (m) => core.warning(m) },
  });
  const checkout = await findCheckout(settings);
  core.info(
    checkout
      ? `Git checkout found at ${checkout.dir}.`
      : 'No git checkout: using the GitHub API only.',
  );

  // When the API is down before the change could even be asked for, the change
  // is unseen: on-error decides, as for any change set that is not whole.
  let unseen: string | undefined;
  let base: string | undefined;
  if (plan.kind === 'compare') {
    try {
      base = plan.base ?? plan.defaultBranch ?? (await api.defaultBranch());
    } catch (err) {
      if (!isOutage(err)) throw err;
      unseen = `the default branch could not be looked up: ${messageOf(err)}`;
    }
  }

  let filters: CompiledFilter[] = inlineFilters ?? [];
  if (settings.filters.kind === 'file' && unseen === undefined) {
    try {
      filters =
        (await loadFiltersFile(
          settings.filters.path,
          plan,
          base,
          checkout,
          api,
          context.eventName,
        )) ?? [];
    } catch (err) {
      if (!isOutage(err)) throw err;
      unseen = `the filters file could not be read: ${messageOf(err)}`;
    }
  }
  // Without the filters (unreadable for now) train-on cannot be checked against them.
  const trainOn =
    unseen === undefined
      ? resolveTrainOn(
          settings.trainOn,
          filters.map((f) => f.name),
        )
      : (settings.trainOn ?? []);

  let changeSet: ChangeSet;
  if (unseen !== undefined) {
    changeSet = {
      files: [],
      complete: false,
      source: 'none',
      incompleteReason: unseen,
      baseSha: base ?? '',
      headSha: plan.head,
    };
  } else if (plan.kind === 'compare' && base !== undefined) {
    const git: ChangeGit | undefined = checkout
      ? {
          changedFiles: (b, h) =>
            gitChangedFiles(
              {
                cwd: checkout.dir,
                token: settings.token,
                serverUrl: context.serverUrl,
                log: {
                  info: (m) => core.info(m),
                  debug: (m) => core.debug(m),
                  warning: (m) => core.warning(m),
                },
              },
              b,
              h,
            ),
        }
      : undefined;
    changeSet = await collectChangeSet(
      {
        base,
        head: plan.head,
        // The pull request's own file list describes its base and head, not
        // commits chosen with the base and ref inputs.
        ...(plan.pullRequest && !settings.base && !settings.ref
          ? { pullRequest: plan.pullRequest }
          : {}),
      },
      {
        api,
        ...(git ? { git } : {}),
        log: { info: (m) => core.info(m), warning: (m) => core.warning(m) },
      },
    );
  } else {
    changeSet = {
      files: [],
      complete: plan.kind === 'none' && !plan.unseen,
      source: 'none',
      baseSha: '',
      headSha: plan.head,
      ...(plan.kind === 'none' && plan.unseen ? { incompleteReason: plan.reason } : {}),
    };
  }

  const matches = matchFilters(filters, changeSet.files, settings.quantifier);
  const pullRequest = plan.pullRequest;
  const decision = decide({
    matches,
    trainOn,
    force: settings.force,
    ...(settings.forceLabel ? { forceLabel: settings.forceLabel } : {}),
    labels: pullRequest?.labels ?? [],
    changedCount: changeSet.files.length,
    complete: changeSet.complete,
    ...(changeSet.incompleteReason ? { incompleteReason: changeSet.incompleteReason } : {}),
    ...(plan.kind === 'none' && !plan.unseen ? { nothingToCompare: plan.reason } : {}),
    onError: settings.onError,
  });
  const report: GateReport = {
    decision,
    filters: filterReports(matches, trainOn),
    changeSet,
    cost: estimateCost(await costSettings(settings, api, context.runId), decision.shouldTrain),
    repository: { serverUrl: context.serverUrl, owner, repo },
    eventName: context.eventName,
    ...(pullRequest ? { pullRequest: pullRequest.number } : {}),
    ...(Number.isSafeInteger(context.runId) && context.runId > 0 ? { runId: context.runId } : {}),
  };

  logFilters(report.filters);
  core.info(
    `Changed files: ${changeSet.files.length} (source: ${changeSet.source}, complete: ${changeSet.complete}).`,
  );
  if (!changeSet.complete) core.warning(decision.reason);

  if (decision.fail) {
    await writeSummary(settings, report);
    await writeComment(settings, report, api);
    core.setFailed(decision.reason);
    return;
  }

  const filesJsonPath = join(
    process.env.RUNNER_TEMP || tmpdir(),
    `ml-change-gate-${randomUUID()}.json`,
  );
  const result = buildOutputs(report, settings.listFiles, { filesJsonPath });
  writeFileSync(filesJsonPath, result.filesJson);
  for (const name of result.truncated) {
    core.warning(
      `The ${name}_files output was cut to fit GitHub's output size limit; the full list is in ${filesJsonPath} (output files-json-path).`,
    );
  }
  for (const [name, value] of result.outputs) core.setOutput(name, value);
  core.info(`should-train=${decision.shouldTrain}: ${decision.reason}`);
  await writeSummary(settings, report);
  await writeComment(settings, report, api);
}

/**
 * The cost settings, with the training time measured from past runs of
 * training-job when training-hours is empty. Reading them can only warn.
 */
async function costSettings(
  settings: Settings,
  api: GitHubApi,
  runId: number,
): Promise<CostSettings> {
  const jobName = settings.trainingJob;
  if (jobName === undefined) return settings.cost;
  if (settings.cost.trainingHours !== undefined) {
    core.info(
      `training-hours is set, so past runs of job ${JSON.stringify(jobName)} are not read.`,
    );
    return settings.cost;
  }
  let outcome: HistoryOutcome;
  try {
    const answer =
      Number.isSafeInteger(runId) && runId > 0
        ? await api.jobHistory({
            runId,
            samples: settings.historyRuns,
            isSample: (jobs) => runDuration(jobs, jobName) !== undefined,
          })
        : {
            kind: 'failed' as const,
            message: 'GITHUB_RUN_ID is not set: there is no run to start from.',
          };
    if (answer.kind === 'answered') core.info(`Past runs read in ${answer.requests} API requests.`);
    outcome = measureHistory(answer, jobName, settings.historyRuns);
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    outcome = measureHistory({ kind: 'failed', message }, jobName, settings.historyRuns);
  }
  const line = describeHistory(outcome);
  if (outcome.kind === 'permission-missing' || outcome.kind === 'unavailable') core.warning(line);
  else core.info(line);
  return withHistory(settings.cost, outcome);
}

/** Keeps the pull request's one gate comment up to date. A failure is a warning, never the step's. */
async function writeComment(settings: Settings, report: GateReport, api: GitHubApi): Promise<void> {
  if (!settings.comment) return;
  if (report.pullRequest === undefined) {
    core.info('comment is true, but this event has no pull request to comment on.');
    return;
  }
  const key = commentKey(github.context.workflow || '', github.context.job || '');
  const body = renderComment(report, {
    key,
    ...(report.runId !== undefined ? { runId: report.runId } : {}),
  });
  try {
    const result = await api.upsertComment(report.pullRequest, body, (c) =>
      isGateComment(c.body, key),
    );
    if (result.kind === 'cannot-write') {
      core.warning(`The pull-request comment was not written: ${result.message}`);
    } else {
      core.info(`Pull-request comment ${result.kind}: ${result.comment.htmlUrl}`);
    }
  } catch (err) {
    core.warning(
      `The pull-request comment was not written: ${err instanceof Error ? err.message : String(err)}`,
    );
  }
}

async function writeSummary(settings: Settings, report: GateReport): Promise<void> {
  if (!settings.summary) return;
  if (!process.env.GITHUB_STEP_SUMMARY) {
    core.info('No GITHUB_STEP_SUMMARY file: the job summary is not written.');
    return;
  }
  await core.summary.addRaw(renderSummary(report), true).write();
}
