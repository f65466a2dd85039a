import { describe, expect, it, jest, beforeAll, afterAll } from '@jest/globals';
import { mkdirSync, mkdtempSync, realpathSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const workTreeTop = jest.fn(async (dir: string): Promise<string | undefined> => dir);
jest.unstable_mockModule('../../src/git/index.js', () => ({ workTreeTop }));
const { findCheckout } = await import('../../src/action/checkout.js');

describe('findCheckout', () => {
  let work: string;
  beforeAll(() => {
    work = realpathSync(mkdtempSync(join(tmpdir(), 'gate-checkout-')));
  });
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('starts no git process for a folder without a .git of its own', async () => {
    const plain = join(work, 'plain');
    mkdirSync(plain);
    workTreeTop.mockClear();
    expect(await findCheckout(undefined, plain)).toBeUndefined();
    expect(workTreeTop).not.toHaveBeenCalled();
  });

  it('asks git about a folder with a .git, and uses it only as the top level of its work tree', async () => {
    const repo = join(work, 'repo');
    mkdirSync(join(repo, '.git'), { recursive: true });
    workTreeTop.mockClear();
    expect(await findCheckout(undefined, repo)).toEqual({ dir: repo });
    expect(workTreeTop).toHaveBeenCalledWith(repo);
    workTreeTop.mockResolvedValueOnce(work);
    expect(await findCheckout(undefined, repo)).toBeUndefined();
  });
});
