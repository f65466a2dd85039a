/** Refs as the user gives them: checked before git sees them, and named in messages. */
import { GitError } from './errors.js';

/** A full commit SHA (SHA-1 or SHA-256). */
export const FULL_SHA = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/i;

/** Refuses a ref git could read as an option, a range or a path. */
export function checkRef(ref: string, role: string): void {
  // Never let a ref be read as an option, a range or a path.
  // eslint-disable-next-line no-control-regex
  if (ref === '' || ref.startsWith('-') || ref.includes('..') || /[\s:\x00-\x1f\x7f]/.test(ref)) {
    throw new GitError(
      `The ${role} ref ${JSON.stringify(ref)} is not a commit SHA, branch or tag name git can use.`,
    );
  }
}

/** `ref` for a message, with the commit it names when that is not the ref itself. */
export function describeRef(ref: string, sha?: string): string {
  if (!sha || sha === ref) return ref;
  return `${ref} (${sha.slice(0, 12)})`;
}
