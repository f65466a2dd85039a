/**
 * `--training-job`: the training time measured from past runs of the job in a
 * workflow of the repository's GitHub remote, as the action's training-job
 * input measures it in its own workflow. Needs a token in GITHUB_TOKEN (or
 * GH_TOKEN) that may read Actions; a given --training-hours wins.
 */
import { describeHistory, withHistory } from '../core/history.js';
import type { EngineSettings } from '../core/settings.js';
import { remoteRepository } from '../git/index.js';
import { createGitHubApi, measureTrainingTimes } from '../github/index.js';
import { UsageError, type EngineOptions } from './args.js';
import { gitOptions, type CliIo } from './io.js';

/** The REST API root of a GitHub server: api.github.com, or /api/v3 of GitHub Enterprise Server. */
function apiUrlOf(serverUrl: string): string {
  return serverUrl === 'https://github.com' ? 'https://api.github.com' : `${serverUrl}/api/v3`;
}

export async function withMeasuredTime(
  cmd: EngineOptions,
  dir: string,
  io: CliIo,
  command: string,
): Promise<EngineSettings> {
  const { history, settings } = cmd;
  if (history === undefined) return settings;
  if (settings.cost.trainingHours !== undefined) {
    io.stderr(
      `--training-hours is set, so past runs of job ${JSON.stringify(history.jobName)} are not read.\n`,
    );
    return settings;
  }
  const token = io.env.GITHUB_TOKEN || io.env.GH_TOKEN;
  if (!token) {
    throw new UsageError(
      '--training-job reads past runs through the GitHub API: set GITHUB_TOKEN to a token that may read Actions (gh auth token gives one), or give --training-hours.',
      command,
    );
  }
  const remote = await remoteRepository(gitOptions(dir, io));
  if (remote === undefined) {
    throw new UsageError(
      "--training-job reads past runs of the repository's GitHub remote, and origin is not one.",
      command,
    );
  }
  const api = createGitHubApi({
    token,
    owner: remote.owner,
    repo: remote.repo,
    baseUrl: io.env.GITHUB_API_URL || apiUrlOf(remote.serverUrl),
  });
  const { outcomes } = await measureTrainingTimes(api, {
    jobNames: [history.jobName],
    samples: history.runs,
    workflow: history.workflow,
  });
  const outcome = outcomes.get(history.jobName);
  if (outcome === undefined) return settings;
  io.stderr(`${describeHistory(outcome)}\n`);
  return { ...settings, cost: withHistory(settings.cost, outcome) };
}
