/**
 * A commit's files, read from git for the dependency analysis: the list of
 * files with their blob ids (`git ls-tree`), and contents read on demand,
 * the files asked for at the same time in one `git cat-file --batch`.
 */
import { resolveRef } from './diff.js';
import { GitError } from './errors.js';
import { Session, type GitOptions } from './session.js';

/** A commit's files, and their text on demand. */
export interface TreeSnapshot {
  /** The commit, resolved. */
  readonly commit: string;
  /** Every file (blob) of the commit, repository-relative. */
  readonly files: readonly string[];
  /** A file's text; undefined when the commit has no such file. */
  read(path: string): Promise<string | undefined>;
  /** The blob id of a file: its content's identity. */
  contentKey(path: string): string | undefined;
}

/**
 * Parses `git ls-tree -r -z` output: blobs only (no submodules, no symbolic
 * links). Each record is `mode type id<TAB>path`; read in one pass by position,
 * so that a tree of 100,000 files costs no array per file.
 */
export function parseTree(output: string): Map<string, string> {
  const blobs = new Map<string, string>();
  for (let at = 0; at < output.length;) {
    const nul = output.indexOf('\0', at);
    const end = nul < 0 ? output.length : nul;
    if (end > at) {
      const tab = output.indexOf('\t', at);
      const typeAt = output.indexOf(' ', at) + 1;
      const idAt = typeAt > 0 ? output.indexOf(' ', typeAt) + 1 : 0;
      if (tab < 0 || tab > end || typeAt === 0 || idAt === 0 || idAt > tab) {
        throw new GitError(`git ls-tree printed ${JSON.stringify(output.slice(at, at + 80))}.`);
      }
      const blob = idAt - typeAt === 5 && output.startsWith('blob', typeAt);
      const link = typeAt - at === 7 && output.startsWith('120000', at);
      if (blob && !link) blobs.set(output.slice(tab + 1, end), output.slice(idAt, tab));
    }
    at = end + 1;
  }
  return blobs;
}

/** Splits `git cat-file --batch` output into each object's content, by id. */
export function parseBatch(output: Buffer): Map<string, Buffer> {
  const objects = new Map<string, Buffer>();
  let at = 0;
  while (at < output.length) {
    const end = output.indexOf(10, at);
    if (end < 0) break;
    const header = output.subarray(at, end).toString('utf8');
    const [id, type, size] = header.split(' ');
    if (type === 'missing' || id === undefined) {
      at = end + 1;
      continue;
    }
    const length = Number(size);
    if (!Number.isSafeInteger(length)) {
      throw new GitError(`git cat-file printed ${JSON.stringify(header.slice(0, 80))}.`);
    }
    objects.set(id, output.subarray(end + 1, end + 1 + length));
    at = end + 1 + length + 1;
  }
  return objects;
}

/**
 * Where snapshots are read: git options (a session opened and closed for
 * each read) or an open session, which a history of many commits shares so
 * that git is set up once.
 */
export type TreeSource = GitOptions | Session;

function withSession<T>(source: TreeSource, work: (session: Session) => Promise<T>): Promise<T> {
  return source instanceof Session ? work(source) : Session.with(source, work);
}

/** Runs `work` with one session for all the snapshots it reads; closed after it. */
export function withTreeSession<T>(
  opts: GitOptions,
  work: (source: TreeSource) => Promise<T>,
): Promise<T> {
  return Session.with(opts, work);
}

/** Reads blobs in one git process. */
async function readBlobs(source: TreeSource, ids: readonly string[]): Promise<Map<string, Buffer>> {
  return withSession(source, async (session) => {
    const chunks: Buffer[] = [];
    const out = await session.run(['cat-file', '--batch'], {
      input: Buffer.from(`${ids.join('\n')}\n`),
      onStdout: (chunk) => chunks.push(chunk),
    });
    if (out.exitCode !== 0) throw session.error('git could not read the files.', out);
    return parseBatch(Buffer.concat(chunks));
  });
}

/** Texts by blob id, to share between the snapshots of several commits. */
export type BlobTexts = Map<string, Promise<string | undefined>>;

/**
 * The files of commit `ref`, their text read as the analysis asks for it;
 * `texts` shares what was read with other snapshots (a history's commits
 * mostly hold the same blobs). `known`: `ref` is the full id of a commit
 * the repository is known to have (from its own log), so it is not resolved.
 */
export async function snapshotAt(
  source: TreeSource,
  ref: string,
  texts: BlobTexts = new Map(),
  known = false,
): Promise<TreeSnapshot> {
  const { commit, blobs } = await withSession(source, async (session) => {
    const sha = known ? ref : await resolveRef(session, ref, 'requested', 1);
    const out = await session.run(['ls-tree', '-r', '-z', '--full-tree', sha]);
    if (out.exitCode !== 0) throw session.error(`git could not list the files of ${sha}.`, out);
    return { commit: sha, blobs: parseTree(out.stdout) };
  });
  let pending: {
    id: string;
    resolve: (text: string | undefined) => void;
    fail: (err: unknown) => void;
  }[] = [];
  const flush = (): void => {
    const batch = pending;
    pending = [];
    readBlobs(
      source,
      batch.map((p) => p.id),
    ).then(
      (objects) => {
        for (const p of batch) p.resolve(objects.get(p.id)?.toString('utf8'));
      },
      (err: unknown) => {
        for (const p of batch) p.fail(err);
      },
    );
  };
  return {
    commit,
    files: [...blobs.keys()],
    contentKey: (path) => blobs.get(path),
    read: (path) => {
      const id = blobs.get(path);
      if (id === undefined) return Promise.resolve(undefined);
      let text = texts.get(id);
      if (text === undefined) {
        // Files asked for in the same turn are read together.
        text = new Promise((resolve, fail) => {
          if (pending.length === 0) setImmediate(flush);
          pending.push({ id, resolve, fail });
        });
        texts.set(id, text);
      }
      return text;
    },
  };
}
