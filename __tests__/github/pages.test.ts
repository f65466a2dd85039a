import { describe, expect, it } from '@jest/globals';
import { lastPage, PAGES_AT_ONCE, pageReader } from '../../src/github/pages.js';

describe('lastPage', () => {
  it('reads the page number of rel="last"', () => {
    const link =
      '<https://api.github.com/repositories/1/pulls/7/files?per_page=100&page=2>; rel="next", ' +
      '<https://api.github.com/repositories/1/pulls/7/files?per_page=100&page=25>; rel="last"';
    expect(lastPage(link)).toBe(25);
  });

  it('is undefined without a last page or with a page that is no number', () => {
    expect(lastPage(undefined)).toBeUndefined();
    expect(lastPage('<https://x/y?page=2>; rel="next"')).toBeUndefined();
    expect(lastPage('<https://x/y?page=abc>; rel="last"')).toBeUndefined();
  });
});

describe('pageReader', () => {
  it('asks for the pages it is told of together, at most PAGES_AT_ONCE at a time, each once', async () => {
    let inFlight = 0;
    let most = 0;
    const asked: number[] = [];
    const answers = new Map<number, () => void>();
    const reader = pageReader(async (n) => {
      asked.push(n);
      inFlight += 1;
      most = Math.max(most, inFlight);
      await new Promise<void>((resolve) => answers.set(n, resolve));
      inFlight -= 1;
      return `page ${n}`;
    });
    const first = reader.page(1);
    answers.get(1)?.();
    expect(await first).toBe('page 1');
    reader.prefetch(2, 20);
    await new Promise((resolve) => setImmediate(resolve));
    // Pages 2 to 9 are all in flight before any of them has been answered.
    expect(asked).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    const read: string[] = [];
    for (let n = 2; n <= 20; n++) {
      const answer = reader.page(n);
      await new Promise((resolve) => setImmediate(resolve));
      answers.get(n)?.();
      read.push(await answer);
      await new Promise((resolve) => setImmediate(resolve));
    }
    expect(read).toEqual(Array.from({ length: 19 }, (_, i) => `page ${i + 2}`));
    expect(most).toBe(PAGES_AT_ONCE);
    expect(asked.sort((a, b) => a - b)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
  });

  it('leaves no unhandled rejection for a page started and never read', async () => {
    const reader = pageReader(async (n) => {
      if (n === 3) throw new Error('no page 3');
      return n;
    });
    reader.prefetch(2, 3);
    expect(await reader.page(2)).toBe(2);
    await expect(reader.page(3)).rejects.toThrow('no page 3');
  });
});
