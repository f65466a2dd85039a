/** The errors git answers with, in plain words. */

/** Git could not answer; the message says what failed, in plain words. */
export class GitError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'GitError';
  }
}

/** A ref given by the user names no commit in the repository. */
export class UnknownRefError extends GitError {
  readonly ref: string;
  constructor(ref: string, message: string) {
    super(message);
    this.name = 'UnknownRefError';
    this.ref = ref;
  }
}
