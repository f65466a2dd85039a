/**
 * Paged lists whose length is known from the first answer: GitHub's `Link`
 * header names the last page, so the pages after the first are asked for
 * together (a few at a time) instead of one after another, and read in order.
 * Each request is still retried, and waits out rate limits, on its own.
 */

/** The number of the page a Link header names as `rel="last"`; undefined when it names none. */
export function lastPage(link: unknown): number | undefined {
  if (typeof link !== 'string') return undefined;
  const match = /<([^>]*)>\s*;\s*rel="last"/.exec(link);
  if (!match) return undefined;
  try {
    const page = Number(
      new URL(match[1] as string, 'https://api.github.com').searchParams.get('page'),
    );
    return Number.isSafeInteger(page) && page > 0 ? page : undefined;
  } catch {
    return undefined;
  }
}

/** Requests in flight at once for one list: well under what GitHub's secondary rate limit allows. */
export const PAGES_AT_ONCE = 8;

/** Runs at most `limit` of the calls it is given at once, the rest in order. */
export function limited(limit: number): <T>(call: () => Promise<T>) => Promise<T> {
  let running = 0;
  const waiting: (() => void)[] = [];
  return async (call) => {
    if (running >= limit) await new Promise<void>((resolve) => waiting.push(resolve));
    running += 1;
    try {
      return await call();
    } finally {
      running -= 1;
      waiting.shift()?.();
    }
  };
}

/**
 * Pages by number, each asked for once: `prefetch(from, to)` starts those
 * pages, at most PAGES_AT_ONCE in flight; `page(n)` is the answer of page n,
 * asked for now when it was not started before. A page started but never
 * read does not leave an unhandled rejection behind.
 */
export function pageReader<T>(
  fetchPage: (page: number) => Promise<T>,
  limit = PAGES_AT_ONCE,
): { page(n: number): Promise<T>; prefetch(from: number, to: number): void } {
  const started = new Map<number, Promise<T>>();
  const slot = limited(limit);
  const page = (n: number): Promise<T> => {
    let answer = started.get(n);
    if (answer === undefined) {
      answer = slot(() => fetchPage(n));
      answer.catch(() => undefined);
      started.set(n, answer);
    }
    return answer;
  };
  return {
    page,
    prefetch: (from, to) => {
      for (let n = from; n <= to; n++) void page(n);
    },
  };
}
