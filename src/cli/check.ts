/**
 * `check`: the decision for a local change, as the action makes it in CI.
 * Reads the change with git and the filters file, asks the engine, prints.
 */
import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { deadPatterns } from '../core/deps/dead.js';
import { checkGate, evaluate, gateOutputs } from '../core/engine.js';
import { renderSummary } from '../core/summary.js';
import type { ChangeSet } from '../core/types.js';
import {
  GitError,
  currentBranch,
  defaultBranch,
  diffCommits,
  remoteRepository,
  snapshotAt,
} from '../git/index.js';
import type { CheckCommand } from './args.js';
import { changeDependencies } from './dependencies.js';
import { withMeasuredTime } from './history.js';
import { checkRefOption, gitOptions, loadDocuments, repositoryDir, type CliIo } from './io.js';
import { renderCheck } from './text.js';
import { renderExplain } from './text-deps.js';

export async function check(cmd: CheckCommand, io: CliIo): Promise<number> {
  const { filters, models } = await loadDocuments(cmd, io, 'check');
  const dir = await repositoryDir(cmd.repo, io, 'check');
  const opts = gitOptions(dir, io);
  if (cmd.base !== undefined) await checkRefOption(opts, 'base', cmd.base, 'check');
  if (cmd.head !== undefined) await checkRefOption(opts, 'head', cmd.head, 'check');
  const base = cmd.base ?? (await defaultBranch(opts));
  if (base === undefined) {
    throw new GitError(
      'This repository has no default branch to compare with (no origin/HEAD, main or master): give --base REF.',
    );
  }
  const head = cmd.head ?? 'HEAD';
  const diff = await diffCommits(opts, base, head);
  const changeSet: ChangeSet = {
    files: diff.files,
    complete: true,
    source: 'git',
    baseSha: diff.baseSha,
    headSha: diff.headSha,
  };
  const repository = (await remoteRepository(opts)) ?? { serverUrl: '', owner: '', repo: '' };
  const settings = await withMeasuredTime(cmd, dir, io, 'check');
  const dependencies =
    cmd.dependencies === undefined
      ? undefined
      : await changeDependencies(
          opts,
          { settings: cmd.dependencies, filters, trainOn: checkGate(filters, models, settings) },
          // A file the change removed is looked for where the change started: the merge base.
          { ...diff, baseSha: diff.mergeBases[0] ?? diff.baseSha },
        );
  // Without the analysis, the head's files are still listed for patterns that match none.
  const dead =
    dependencies === undefined
      ? deadPatterns(filters, (await snapshotAt(opts, diff.headSha)).files)
      : undefined;
  const report = evaluate({
    changeSet,
    filters,
    ...(models.length > 0 ? { models } : {}),
    ...(dependencies !== undefined ? { dependencies } : {}),
    ...(dead !== undefined ? { deadPatterns: dead } : {}),
    settings,
    context: { repository, eventName: 'local', labels: cmd.labels },
  });
  const filesJsonPath = cmd.filesJson === undefined ? undefined : resolve(io.cwd, cmd.filesJson);
  const result = gateOutputs(
    report,
    settings,
    filesJsonPath === undefined ? {} : { filesJsonPath },
  );
  if (filesJsonPath !== undefined) await writeFile(filesJsonPath, result.filesJson);
  if (cmd.output === 'json') {
    io.stdout(`${JSON.stringify(Object.fromEntries(result.outputs), null, 2)}\n`);
  } else if (cmd.output === 'markdown') {
    io.stdout(renderSummary(report));
  } else {
    const shown = cmd.head ?? (await currentBranch(opts)) ?? head;
    io.stdout(renderCheck(report, { base, head: shown, mergeBases: diff.mergeBases }));
    if (cmd.explain && dependencies !== undefined) io.stdout(renderExplain(dependencies));
  }
  return 0;
}
