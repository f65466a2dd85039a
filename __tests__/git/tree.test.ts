import { describe, expect, it } from '@jest/globals';
import { GitError } from '../../src/git/errors.js';
import { parseTree } from '../../src/git/tree.js';

const A = 'a'.repeat(40);
const B = 'b'.repeat(40);
const C = 'c'.repeat(40);

describe('parseTree', () => {
  it('keeps blobs by path, with spaces and tabs in names, and leaves out links and submodules', () => {
    const output = [
      `100644 blob ${A}\tsrc/train.py`,
      `100755 blob ${B}\tbin/run me\twith tab.sh`,
      `120000 blob ${C}\tlink`,
      `160000 commit ${C}\tvendor/lib`,
      '',
    ].join('\0');
    expect([...parseTree(output)]).toEqual([
      ['src/train.py', A],
      ['bin/run me\twith tab.sh', B],
    ]);
  });

  it('reads an empty tree and 100,000 files', () => {
    expect(parseTree('').size).toBe(0);
    const many = Array.from({ length: 100_000 }, (_, i) => `100644 blob ${A}\tf/${i}.py\0`).join(
      '',
    );
    const blobs = parseTree(many);
    expect(blobs.size).toBe(100_000);
    expect(blobs.get('f/99999.py')).toBe(A);
  });

  it('refuses a record it cannot read', () => {
    expect(() => parseTree(`100644 blob ${A} no-tab\0`)).toThrow(GitError);
    expect(() => parseTree(`100644-blob-${A}\tpath\0`)).toThrow(GitError);
  });
});
