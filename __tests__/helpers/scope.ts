/**
 * A test body with its own clean-ups, run when it ends whether it passed or
 * failed (also for tests that run concurrently, where afterEach cannot tell
 * whose resources are whose).
 */
export interface Scope {
  /** Runs `cleanup` when the test ends, the last registered first. */
  after(cleanup: () => unknown): void;
}

/** The test body with a scope of its own; the arguments of `test.each` follow the scope. */
export function scoped<A extends unknown[]>(
  body: (t: Scope, ...args: A) => Promise<void>,
): (...args: A) => Promise<void> {
  return async (...args: A) => {
    const cleanups: (() => unknown)[] = [];
    try {
      await body({ after: (cleanup) => void cleanups.push(cleanup) }, ...args);
    } finally {
      for (const cleanup of cleanups.reverse()) await cleanup();
    }
  };
}
