import { describe, expect, test } from '@jest/globals';
import { deadPatternWarning, deadPatterns } from '../../../src/core/deps/dead.js';
import { parseFilters } from '../../../src/core/filters/index.js';

const FILES = [
  'src/training/train.py',
  'config/training.yaml',
  'requirements-gpu.txt',
  'data/a.csv',
];

describe('deadPatterns', () => {
  test('the positive patterns that match no file, per filter', () => {
    const filters = parseFilters(
      `
training:
  - 'src/training/**'
  - 'requirements.txt'
  - '!src/training/**/*.md'
  - 'config/training*.yaml'
data:
  - added|modified: 'data/**'
  - added: 'datasets/**'
  - deleted: 'old/**'
  - 'data/{x,y}.parquet'
`,
      'the filters input',
    );
    expect(deadPatterns(filters, FILES)).toEqual([
      { filter: 'training', pattern: 'requirements.txt' },
      { filter: 'data', pattern: 'datasets/**' },
      { filter: 'data', pattern: 'data/{x,y}.parquet' },
    ]);
  });

  test('odd paths are matched as the filters match them', () => {
    const filters = parseFilters("odd: ['weird//path.py', './x.py']", 'the filters input');
    expect(deadPatterns(filters, ['weird//path.py', 'x.py'])).toEqual([]);
  });

  test('the warning', () => {
    expect(deadPatternWarning({ filter: 'training', pattern: 'requirements.txt' })).toBe(
      "the pattern 'requirements.txt' of filter training matches no file at the head commit",
    );
    expect(deadPatternWarning({ filter: 'data', pattern: 'a\nb' }, 'abc1234')).toBe(
      "the pattern 'a\\nb' of filter data matches no file at abc1234",
    );
  });
});
