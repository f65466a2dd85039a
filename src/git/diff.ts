/**
 * The action's diff engine: the files a change touched, listed with git in the
 * workflow's checkout.
 *
 * Shallow checkouts (actions/checkout's default `fetch-depth: 1`) lack the base
 * commit and the merge base; they are fetched from the remote by SHA, deepening
 * in bounded steps until the merge base is known to be the right one.
 */
import type { ChangedFile } from '../core/types.js';
import { GitError } from './errors.js';
import { parseNameStatusZ } from './parse.js';
import { FULL_SHA, checkRef, describeRef } from './refs.js';
import { Session, type GitOptions } from './session.js';

/** The result of comparing two commits. */
export interface GitDiff {
  files: ChangedFile[];
  /** The base, resolved to a commit SHA. */
  baseSha: string;
  /** The head, resolved to a commit SHA. */
  headSha: string;
  /** The merge bases the files were listed from (one, or more after criss-cross merges). */
  mergeBases: string[];
}

/** A ref to resolve, and its role in messages (`base`, `head`, `requested`). */
interface RefItem {
  ref: string;
  role: string;
}

/** History fetched with a commit that is missing from a shallow checkout. */
const FIRST_DEPTH = 50;
/** Further history fetched, step by step, before fetching all of it. */
const DEEPEN_STEPS = [200, 1000] as const;

/**
 * The files changed between the merge base of `base` and `head`, and `head`
 * (what `git diff base...head` shows), with renames detected. Missing commits
 * are fetched from the remote.
 */
export async function changedFiles(
  opts: GitOptions,
  base: string,
  head: string,
): Promise<ChangedFile[]> {
  return (await diffCommits(opts, base, head)).files;
}

/** As `changedFiles`, with the commits that were compared. */
export async function diffCommits(opts: GitOptions, base: string, head: string): Promise<GitDiff> {
  return Session.with(opts, async (session) => {
    const [baseSha, headSha] = (await resolveRefs(
      session,
      [
        { ref: base, role: 'base' },
        { ref: head, role: 'head' },
      ],
      FIRST_DEPTH,
    )) as [string, string];
    const mergeBases = await findMergeBases(session, baseSha, headSha, base, head);
    // One merge base (the usual case): git lists each change once.
    if (mergeBases.length === 1) {
      const files = await listChanges(session, mergeBases[0] as string, headSha);
      return { files, baseSha, headSha, mergeBases };
    }
    const seen = new Set<string>();
    const files: ChangedFile[] = [];
    for (const mergeBase of mergeBases) {
      for (const file of await listChanges(session, mergeBase, headSha)) {
        const key = `${file.status}\0${file.filename}\0${file.previousFilename ?? ''}`;
        if (!seen.has(key)) {
          seen.add(key);
          files.push(file);
        }
      }
    }
    return { files, baseSha, headSha, mergeBases };
  });
}

/**
 * The commit SHA `ref` (a SHA, branch or tag) names, fetching it from the
 * remote when the checkout lacks it, with `depth` commits of history when the
 * checkout is shallow.
 */
export async function resolveRef(
  session: Session,
  ref: string,
  role: string,
  depth: number,
): Promise<string> {
  const [sha] = await resolveRefs(session, [{ ref, role }], depth);
  return sha as string;
}

/** The commit `ref` names in the checkout, if it has it. */
async function resolveLocal(session: Session, ref: string): Promise<string | undefined> {
  const candidates = [ref];
  if (!FULL_SHA.test(ref) && !ref.startsWith('refs/')) {
    candidates.push(`refs/remotes/${session.remote}/${ref}`);
  }
  for (const candidate of candidates) {
    const out = await session.run(['rev-parse', '--verify', '--quiet', `${candidate}^{commit}`]);
    if (out.exitCode === 0) return out.stdout.trim();
  }
  return undefined;
}

/**
 * Resolves refs (SHAs, branch or tag names) to commit SHAs, fetching the
 * ones the checkout lacks from the remote. `depth` limits the history
 * fetched with them when the checkout is shallow.
 */
async function resolveRefs(session: Session, items: RefItem[], depth: number): Promise<string[]> {
  for (const { ref, role } of items) checkRef(ref, role);
  const shas: (string | undefined)[] = [];
  for (const { ref } of items) shas.push(await resolveLocal(session, ref));
  const missing = items.filter((_, i) => shas[i] === undefined);
  if (missing.length === 0) return shas as string[];

  const shallow = await session.shallowCommits();
  const depthOptions = shallow.size > 0 ? [`--depth=${depth}`] : [];
  const depthNote = depthOptions.length > 0 ? ` (${depth} commits of history)` : '';

  // Missing SHAs are fetched together, by SHA.
  const missingShas = missing.filter((item) => FULL_SHA.test(item.ref));
  if (missingShas.length > 0) {
    // A commit the checkout has without its parents gets the same history
    // in the same fetch: the merge base is usually within reach of both.
    const cutShort =
      depth > 1 ? shas.filter((sha): sha is string => sha !== undefined && shallow.has(sha)) : [];
    await fetchShas(session, missingShas, cutShort, depthOptions, depthNote);
  }

  for (let i = 0; i < items.length; i++) {
    const item = items[i];
    if (item === undefined || shas[i] !== undefined) continue;
    if (FULL_SHA.test(item.ref)) {
      const sha = await resolveLocal(session, item.ref);
      if (sha === undefined) {
        throw new GitError(
          `The ${item.role} commit ${item.ref} was fetched from ${session.remote} but is not a commit.`,
        );
      }
      shas[i] = sha;
      continue;
    }
    shas[i] = await fetchNamed(session, item, depthOptions, depthNote);
  }
  return shas as string[];
}

/** Fetches the missing commits `items` name by SHA, in one fetch with the `cutShort` commits. */
async function fetchShas(
  session: Session,
  items: RefItem[],
  cutShort: string[],
  depthOptions: string[],
  depthNote: string,
): Promise<void> {
  const named = items.map((item) => `${item.role} commit ${item.ref}`).join(' and the ');
  const why = `The checkout lacks the ${named}`;
  session.log?.info(`Fetching the ${named} from ${session.remote}${depthNote}.`);
  const refs = [...new Set([...items.map((item) => item.ref.toLowerCase()), ...cutShort])];
  const out = await session.fetch(depthOptions, refs, why);
  if (out.exitCode !== 0) {
    throw session.error(
      `${why}, and fetching it from ${session.remote} failed: it may have been force-pushed away ` +
        'or deleted, may never have existed, or the checkout may have no access to the remote.',
      out,
    );
  }
}

/** Fetches a branch or tag name the checkout lacks; the commit the remote resolves it to. */
async function fetchNamed(
  session: Session,
  item: RefItem,
  depthOptions: string[],
  depthNote: string,
): Promise<string> {
  // The remote resolves the name as a branch or tag; the commit lands in FETCH_HEAD.
  const why = `The checkout has no ${item.role} branch or tag ${JSON.stringify(item.ref)}`;
  session.log?.info(`Fetching the ${item.role} ${item.ref} from ${session.remote}${depthNote}.`);
  const out = await session.fetch(depthOptions, [item.ref], why);
  if (out.exitCode !== 0) {
    throw session.error(
      `${why}, and fetching it from ${session.remote} failed: there is no branch or tag of that ` +
        'name there (an abbreviated SHA cannot be fetched; give the full SHA).',
      out,
    );
  }
  const fetched = await session.run(['rev-parse', '--verify', '--quiet', 'FETCH_HEAD^{commit}']);
  if (fetched.exitCode !== 0) {
    throw new GitError(
      `The ${item.role} branch or tag ${item.ref} on ${session.remote} does not name a commit.`,
    );
  }
  return fetched.stdout.trim();
}

async function mergeBasesInCheckout(
  session: Session,
  baseSha: string,
  headSha: string,
): Promise<string[]> {
  const out = await session.run(['merge-base', '--all', baseSha, headSha]);
  if (out.exitCode === 1 && out.stdout.trim() === '') return [];
  if (out.exitCode !== 0) {
    throw session.error(`git could not compute the merge base of ${baseSha} and ${headSha}.`, out);
  }
  return out.stdout.split('\n').filter((line) => line !== '');
}

/**
 * In a shallow checkout a merge base is only certain when no commit between
 * it and the tips has its parents cut off: otherwise the real merge base may
 * be hidden behind the cut, and an older common ancestor found instead.
 */
async function historyComplete(
  session: Session,
  tips: string[],
  mergeBases: string[],
  shallow: Set<string>,
): Promise<boolean> {
  const out = await session.must(
    ['rev-list', ...tips, '--not', ...mergeBases],
    'git could not list the commits between the merge base and the compared commits.',
  );
  return !out.split('\n').some((sha) => sha !== '' && shallow.has(sha));
}

/**
 * The merge bases of two commits the checkout has, deepening a shallow
 * checkout's history step by step until they are certain.
 */
async function findMergeBases(
  session: Session,
  baseSha: string,
  headSha: string,
  base: string,
  head: string,
): Promise<string[]> {
  const pair = `the base ${describeRef(base, baseSha)} and the head ${describeRef(head, headSha)}`;
  for (let step = 0; ; step++) {
    const mergeBases = await mergeBasesInCheckout(session, baseSha, headSha);
    const shallow = await session.shallowCommits();
    if (shallow.size === 0) {
      if (mergeBases.length > 0) return mergeBases;
      throw new GitError(
        `${pair} have no common history, so there is no merge base to compare from.`,
      );
    }
    if (
      mergeBases.length > 0 &&
      (await historyComplete(session, [baseSha, headSha], mergeBases, shallow))
    ) {
      return mergeBases;
    }
    const deepen = DEEPEN_STEPS[step];
    if (deepen === undefined && step > DEEPEN_STEPS.length) {
      // All history of both commits was fetched and the answer is still open.
      if (mergeBases.length > 0) return mergeBases;
      throw new GitError(
        `${pair} have no common history, so there is no merge base to compare from.`,
      );
    }
    const why =
      `The shallow checkout's history is too short to find where ${pair} diverge` +
      (session.fetchCount > 0 ? ' after fetching more of it' : '');
    session.log?.info(
      deepen === undefined
        ? `Fetching the whole history of both commits from ${session.remote} to find where they diverge.`
        : `Fetching ${deepen} more commits of history from ${session.remote} to find where the base and head diverge.`,
    );
    const options = deepen === undefined ? ['--unshallow'] : [`--deepen=${deepen}`];
    const out = await session.fetch(options, [baseSha, headSha], why);
    if (out.exitCode !== 0) {
      throw session.error(`${why}, and fetching more of it from ${session.remote} failed.`, out);
    }
  }
}

/** The files changed from `from` to `to`, with renames detected. */
async function listChanges(session: Session, from: string, to: string): Promise<ChangedFile[]> {
  const out = await session.run([
    'diff',
    '--name-status',
    '-z',
    '-M',
    '--no-ext-diff',
    '--no-textconv',
    '--no-color',
    '--ignore-submodules=none',
    from,
    to,
    '--',
  ]);
  if (out.exitCode !== 0) {
    throw session.error(`git could not list the files changed from ${from} to ${to}.`, out);
  }
  if (/rename detection was skipped/i.test(out.stderr)) {
    session.log?.info(
      'Too many files changed for git to look for renames by content: a moved and edited file is listed as deleted and added.',
    );
  }
  return parseNameStatusZ(out.stdout);
}
