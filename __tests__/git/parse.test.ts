import { describe, expect, it } from '@jest/globals';
import { GitError } from '../../src/git/errors.js';
import {
  FIRST_PARENT_LOG_FORMAT,
  parseFirstParentLog,
  parseNameStatusZ,
} from '../../src/git/parse.js';

describe('parseNameStatusZ', () => {
  it('reads every status, with both paths of renames and copies', () => {
    const out = [
      'A',
      'new.txt',
      'M',
      'src/training/train.py',
      'D',
      'gone.txt',
      'T',
      'link',
      'R087',
      'src/training/old.py',
      'lib/old.py',
      'C100',
      'a.txt',
      'b.txt',
      '',
    ].join('\0');
    expect(parseNameStatusZ(out)).toStrictEqual([
      { filename: 'new.txt', status: 'added' },
      { filename: 'src/training/train.py', status: 'modified' },
      { filename: 'gone.txt', status: 'deleted' },
      { filename: 'link', status: 'changed' },
      { filename: 'lib/old.py', status: 'renamed', previousFilename: 'src/training/old.py' },
      { filename: 'b.txt', status: 'copied', previousFilename: 'a.txt' },
    ]);
  });

  it('keeps names with newlines, tabs, quotes and leading dashes as they are', () => {
    const names = ['a\nb.txt', 'tab\there', '"quoted"', '-n', 'R100', 'M'];
    const out = names.map((n) => `A\0${n}\0`).join('') + 'R050\0x\ny\0-z\0';
    expect(parseNameStatusZ(out)).toStrictEqual([
      ...names.map((filename) => ({ filename, status: 'added' })),
      { filename: '-z', status: 'renamed', previousFilename: 'x\ny' },
    ]);
  });

  it('reports statuses a two-commit diff never prints as modified rather than dropping them', () => {
    expect(parseNameStatusZ('U\0u.txt\0X\0x.txt\0B\0b.txt\0')).toStrictEqual([
      { filename: 'u.txt', status: 'modified' },
      { filename: 'x.txt', status: 'modified' },
      { filename: 'b.txt', status: 'modified' },
    ]);
  });

  it('reads nothing from empty output', () => {
    expect(parseNameStatusZ('')).toStrictEqual([]);
  });

  it('rejects output it cannot read completely', () => {
    expect(() => parseNameStatusZ('M\0a.txt')).toThrow(GitError); // cut short
    expect(() => parseNameStatusZ('R100\0only-one\0')).toThrow(GitError);
    expect(() => parseNameStatusZ('M\0')).toThrow(GitError);
    expect(() => parseNameStatusZ('M\0\0')).toThrow(GitError);
    expect(() => parseNameStatusZ('M a.txt\0')).toThrow(GitError); // not -z output
    expect(() => parseNameStatusZ('\0a.txt\0')).toThrow(GitError);
  });
});

describe('parseFirstParentLog', () => {
  const A = 'a'.repeat(40);
  const B = 'b'.repeat(40);
  const C = 'c'.repeat(40);

  it('reads each commit with its parents, date, subject, body and files', () => {
    const out = [
      `\x01${A}`,
      `${B} ${C}`,
      '2025-03-02T10:00:00+01:00',
      'Merge pull request #7 from acme/x',
      '\nAdd early stopping\n\nLonger text.\n',
      '\nM',
      'src/training/train.py',
      'R087',
      'src/training/utils.py',
      'src/common/utils.py',
      `\x01${B}`,
      C,
      '2025-03-01T09:00:00Z',
      'empty',
      '',
      `\x01${C}`,
      '',
      '2025-02-28T09:00:00Z',
      'root',
      '',
      '\nA',
      'README.md',
      'D',
      'gone.txt',
      '',
    ].join('\0');
    expect(parseFirstParentLog(out)).toStrictEqual([
      {
        sha: A,
        parents: [B, C],
        date: '2025-03-02T10:00:00+01:00',
        subject: 'Merge pull request #7 from acme/x',
        description: 'Add early stopping',
        files: [
          { filename: 'src/training/train.py', status: 'modified' },
          {
            filename: 'src/common/utils.py',
            status: 'renamed',
            previousFilename: 'src/training/utils.py',
          },
        ],
      },
      {
        sha: B,
        parents: [C],
        date: '2025-03-01T09:00:00Z',
        subject: 'empty',
        description: '',
        files: [],
      },
      {
        sha: C,
        parents: [],
        date: '2025-02-28T09:00:00Z',
        subject: 'root',
        description: '',
        files: [
          { filename: 'README.md', status: 'added' },
          { filename: 'gone.txt', status: 'deleted' },
        ],
      },
    ]);
  });

  it('reads fields by position, so a file name may hold the start-of-commit byte and newlines', () => {
    const tricky = `\x01${B}`;
    const out = [
      `\x01${A}`,
      '',
      '2025-03-01T00:00:00Z',
      's',
      '',
      '\nA',
      tricky,
      'M',
      'a\nb',
      'A',
      'M',
      '',
    ].join('\0');
    const [commit] = parseFirstParentLog(out);
    expect(commit?.files).toStrictEqual([
      { filename: tricky, status: 'added' },
      { filename: 'a\nb', status: 'modified' },
      { filename: 'M', status: 'added' },
    ]);
  });

  it('reads nothing from empty output and rejects output it cannot read completely', () => {
    expect(parseFirstParentLog('')).toStrictEqual([]);
    const good = [`\x01${A}`, '', '2025-03-01T00:00:00Z', 's', '', '\nM', 'a.txt', ''].join('\0');
    expect(parseFirstParentLog(good).length).toBe(1);
    expect(() => parseFirstParentLog(good.slice(0, -1))).toThrow(GitError); // cut short
    expect(() => parseFirstParentLog(`${A}\0\0d\0s\0\0`)).toThrow(GitError); // no marker
    expect(() => parseFirstParentLog(`\x01${A}\0\0`)).toThrow(GitError); // no date
    expect(() => parseFirstParentLog(`\x01${A}\0xyz\x002025-03-01T00:00:00Z\0s\0\0`)).toThrow(
      GitError,
    );
    expect(() => parseFirstParentLog(`\x01${A}\0\0yesterday\0s\0\0`)).toThrow(GitError);
    expect(() => parseFirstParentLog(good.replace('\nM', 'modified'))).toThrow(GitError);
    expect(() => parseFirstParentLog(good.replace('\nM\0a.txt\0', '\nR100\0a.txt\0'))).toThrow(
      GitError,
    );
  });

  it('is the format the reader asks git for', () => {
    expect(FIRST_PARENT_LOG_FORMAT).toBe('%x01%H%x00%P%x00%cI%x00%s%x00%b');
  });
});
