/**
 * The error of the dependency analysis: input it cannot read (an empty entry
 * point, a dvc.yaml it cannot expand, a parameters file it cannot parse),
 * with the file it is about when there is one. The caller turns it into a
 * failure; the analysis never guesses past it.
 */
export class DepsError extends Error {
  /** The repository file the error is about, when there is one. */
  readonly file: string | undefined;

  constructor(message: string, file?: string) {
    super(file === undefined ? message : `${file}: ${message}`);
    this.name = 'DepsError';
    this.file = file;
  }
}
