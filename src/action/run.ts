/**
 * The action: reads its inputs and the event into the engine's settings, a
 * change set and the filters, asks the engine for the verdict, and writes the
 * outputs, the job summary and the comment. The only caller of setOutput and
 * setFailed; every decision comes from the engine.
 */
import { checkGate, evaluate, type GateContext } from '../core/engine.js';
import { EventError, planComparison, type ResolvedPlan } from '../core/events.js';
import { parseFilters } from '../core/filters/index.js';
import { messageOf } from '../core/format.js';
import { parseModels } from '../core/models.js';
import type { EngineSettings } from '../core/settings.js';
import { InputError } from '../core/types.js';
import { createGitHubApi } from '../github/index.js';
import type { DependencyReport } from '../core/dependencies.js';
import type { DeadPattern } from '../core/deps/dead.js';
import type { GitOptions } from '../git/index.js';
import type { GitHubApi } from '../github/index.js';
import { observeChange, type InlineDocuments, type Observed } from './change.js';
import { resolvePlan } from './plan.js';
import { checkoutGit, findCheckout } from './checkout.js';
import { checkRefInputs } from './refs.js';
import { checkoutDeadPatterns, dependencyReport } from './dependencies.js';
import { withHistory } from './history.js';
import { readActionInputs, type ActionInputs } from './inputs.js';
import type { ActionEvent, ActionLog, ActionRuntime } from './runtime.js';
import { logFilters, writeComment, writeOutputs, writeSummary } from './write.js';

/** Runs the gate; any failure fails the step with a message that says what to do. */
export async function runAction(runtime: ActionRuntime): Promise<void> {
  try {
    await gate(runtime);
  } catch (err) {
    if (err instanceof InputError || err instanceof EventError) runtime.setFailed(err.message);
    else runtime.setFailed(`ml-change-gate failed: ${messageOf(err)}`);
  }
}

/** The inputs, with the token masked before anything else is read or logged. */
function readInputs(runtime: ActionRuntime): ActionInputs {
  const token = runtime.input('token').trim();
  if (token) runtime.setSecret(token);
  const inputs = readActionInputs((name) => runtime.input(name));
  runtime.log.debug(`Inputs: ${JSON.stringify({ ...inputs, token: inputs.token ? '***' : '' })}`);
  if (!inputs.token) {
    throw new InputError(
      'token',
      'Input token is empty; pass a token that can read the repository (the default, github.token, does), e.g. token: ${{ github.token }}.',
    );
  }
  return inputs;
}

/**
 * What training depends on, when the inputs ask; else, with a checkout, the
 * filter patterns that match no file at the head.
 */
async function readDependencies(request: {
  inputs: ActionInputs;
  observed: Observed;
  trainOn: readonly string[];
  head: string;
  git: GitOptions | undefined;
  api: GitHubApi;
  log: ActionLog;
}): Promise<{ dependencies?: DependencyReport; deadPatterns?: DeadPattern[] }> {
  const { inputs, observed, head, git, log } = request;
  if (head === '') return {};
  if (inputs.dependencies !== undefined) {
    const dependencies = await dependencyReport({
      settings: inputs.dependencies,
      changeSet: observed.changeSet,
      filters: observed.filters,
      trainOn: request.trainOn,
      ...(git !== undefined ? { git } : {}),
      api: request.api,
      log,
    });
    return { dependencies };
  }
  if (git === undefined || !observed.filtersKnown) return {};
  const deadPatterns = await checkoutDeadPatterns(git, head, observed.filters, log);
  return deadPatterns !== undefined ? { deadPatterns } : {};
}

/** Who and what the verdict is about, for the summary and the comment. */
function gateContext(event: ActionEvent, resolved: ResolvedPlan): GateContext {
  const pullRequest = resolved.pullRequest;
  return {
    repository: { serverUrl: event.serverUrl, owner: event.owner, repo: event.repo },
    eventName: event.eventName,
    ...(pullRequest ? { pullRequest: pullRequest.number, labels: pullRequest.labels } : {}),
    ...(Number.isSafeInteger(event.runId) && event.runId > 0 ? { runId: event.runId } : {}),
    ...(resolved.kind === 'none' && !resolved.unseen ? { nothingToCompare: resolved.reason } : {}),
  };
}

async function gate(runtime: ActionRuntime): Promise<void> {
  const { log } = runtime;
  const inputs = readInputs(runtime);

  // Inline filters and models are checked before anything is fetched, so bad input fails fast.
  const inline: InlineDocuments = {};
  if (inputs.filters?.kind === 'inline') {
    inline.filters = parseFilters(inputs.filters.text, 'the filters input');
  }
  if (inputs.models?.kind === 'inline') {
    inline.models = parseModels(inputs.models.text, 'the models input');
  }
  if (inputs.filters?.kind !== 'file' && inputs.models?.kind !== 'file') {
    checkGate(inline.filters ?? [], inline.models ?? [], inputs.engine);
  }

  const event = runtime.event();
  const plan = planComparison(
    { eventName: event.eventName, payload: event.payload, sha: event.sha, ref: event.ref },
    {
      ...(inputs.base ? { base: inputs.base } : {}),
      ...(inputs.ref ? { ref: inputs.ref } : {}),
    },
  );
  log.info(`Event ${event.eventName}: ${plan.kind === 'none' ? plan.reason : plan.description}.`);

  const api = createGitHubApi({
    token: inputs.token,
    owner: event.owner,
    repo: event.repo,
    baseUrl: event.apiUrl,
    maxRequests: inputs.maxApiRequests,
    log: { debug: (m) => log.debug(m), warning: (m) => log.warning(m) },
  });
  await checkRefInputs(inputs, api, `${event.owner}/${event.repo}`, log);
  const checkout = await findCheckout(inputs.workingDirectory, runtime.workspace, log);
  log.info(
    checkout
      ? `Git checkout found at ${checkout.dir}.`
      : 'No git checkout: using the GitHub API only.',
  );

  const resolved = await resolvePlan({
    plan,
    api,
    runId: event.runId,
    ...(inputs.trainingJob !== undefined ? { trainingJob: inputs.trainingJob } : {}),
    historyRuns: inputs.historyRuns,
    log,
  });
  log.debug(`Comparison plan: ${JSON.stringify(resolved)}`);
  const observed = await observeChange({
    plan: resolved,
    inputs,
    inline,
    event,
    checkout,
    api,
    log,
  });
  const { changeSet } = observed;
  const measured = await withHistory({
    cost: inputs.engine.cost,
    models: observed.models,
    trainingJob: inputs.trainingJob,
    historyRuns: inputs.historyRuns,
    runId: event.runId,
    api,
    log,
  });
  const settings: EngineSettings = { ...inputs.engine, cost: measured.cost };
  // Without the filters (unreadable for now) train-on cannot be checked against them;
  // the change set is then incomplete, and on-error decides.
  if (!observed.filtersKnown) delete settings.trainOn;

  const { dependencies, deadPatterns } = await readDependencies({
    inputs,
    observed,
    trainOn: checkGate(observed.filters, measured.models, settings),
    head: resolved.kind === 'compare' ? changeSet.headSha : '',
    git:
      checkout !== undefined
        ? checkoutGit(checkout, { token: inputs.token, serverUrl: event.serverUrl, log })
        : undefined,
    api,
    log,
  });
  const report = evaluate({
    changeSet,
    filters: observed.filters,
    models: measured.models,
    ...(dependencies !== undefined ? { dependencies } : {}),
    ...(deadPatterns !== undefined ? { deadPatterns } : {}),
    settings,
    context: gateContext(event, resolved),
  });
  const { decision } = report;

  logFilters(report, runtime);
  log.info(
    `Changed files: ${changeSet.files.length} (source: ${changeSet.source}, complete: ${changeSet.complete}).`,
  );
  if (!changeSet.complete) log.warning(decision.reason);

  if (decision.fail) {
    await writeSummary(inputs, report, runtime);
    await writeComment(inputs, report, event, api, runtime);
    runtime.setFailed(decision.reason);
    return;
  }
  writeOutputs(report, settings, runtime);
  log.debug(`GitHub API requests sent: ${api.requestCount()} of at most ${inputs.maxApiRequests}.`);
  log.info(`should-train=${decision.shouldTrain}: ${decision.reason}`);
  await writeSummary(inputs, report, runtime);
  await writeComment(inputs, report, event, api, runtime);
}
