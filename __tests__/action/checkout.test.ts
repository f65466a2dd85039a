import { describe, expect, it, jest, beforeAll, afterAll } from '@jest/globals';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const isGitCheckout = jest.fn(async (_dir: string) => true);
jest.unstable_mockModule('../../src/git/index.js', () => ({ isGitCheckout }));
const { findCheckout } = await import('../../src/action/checkout.js');

describe('findCheckout', () => {
  let work: string;
  beforeAll(() => {
    work = mkdtempSync(join(tmpdir(), 'gate-checkout-'));
  });
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('starts no git process for a folder with no .git in it or above it', async () => {
    const plain = join(work, 'plain');
    mkdirSync(plain);
    isGitCheckout.mockClear();
    expect(await findCheckout(undefined, plain)).toBeUndefined();
    expect(isGitCheckout).not.toHaveBeenCalled();
  });

  it('asks git about a folder with .git in it or above it', async () => {
    const repo = join(work, 'repo');
    mkdirSync(join(repo, '.git'), { recursive: true });
    mkdirSync(join(repo, 'sub'));
    isGitCheckout.mockClear();
    expect(await findCheckout('sub', repo)).toEqual({ dir: join(repo, 'sub') });
    expect(isGitCheckout).toHaveBeenCalledWith(join(repo, 'sub'));
  });
});
