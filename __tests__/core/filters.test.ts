import { describe, expect, test } from '@jest/globals';
import { defined } from '../helpers/expect.js';
import fc from 'fast-check';
import { minimatch } from 'minimatch';
import {
  RESERVED_OUTPUT_NAMES,
  matchFilters,
  parseFilters,
  type CompiledFilter,
} from '../../src/core/filters/index.js';
import {
  InputError,
  type ChangeStatus,
  type ChangedFile,
  type PredicateQuantifier,
} from '../../src/core/types.js';

const INPUT = 'the filters input';
const FILE = '.github/filters.yml';

function change(filename: string, status: ChangeStatus = 'modified'): ChangedFile {
  return { filename, status };
}

function renamed(previousFilename: string, filename: string): ChangedFile {
  return { filename, status: 'renamed', previousFilename };
}

/** Filter name → the file names it matched. */
function matchedNames(
  filters: readonly CompiledFilter[],
  files: readonly ChangedFile[],
  quantifier: PredicateQuantifier = 'some',
): Record<string, string[]> {
  const result: Record<string, string[]> = {};
  for (const match of matchFilters(filters, files, quantifier)) {
    result[match.name] = match.files.map((f) => f.filename);
  }
  return result;
}

function match(
  yaml: string,
  files: readonly ChangedFile[],
  quantifier: PredicateQuantifier = 'some',
): Record<string, string[]> {
  return matchedNames(parseFilters(yaml, INPUT), files, quantifier);
}

/** Parses `yaml`, expecting an InputError for the `filters` input; returns its message. */
function parseError(yaml: string, origin = INPUT): string {
  try {
    parseFilters(yaml, origin);
  } catch (caught) {
    expect(caught).toBeInstanceOf(InputError);
    const error = caught as InputError;
    expect(error.input).toBe('filters');
    expect(error.message).toContain(origin);
    return error.message;
  }
  throw new Error(`expected ${JSON.stringify(yaml)} to be refused`);
}

/** A pull request of a typical ML repository. */
const ML_CHANGES: ChangedFile[] = [
  change('src/training/train.py'),
  change('src/training/README.md'),
  change('src/common/io.py'),
  change('config/training-resnet.yaml'),
  change('data/training/shard-0001.parquet', 'added'),
  change('docs/README.md'),
  change('notebooks/explore.ipynb'),
  change('.github/workflows/ci.yml'),
  change('tests/fixtures/tiny-dataset.csv'),
  change('requirements.txt'),
];

describe('parseFilters: the dorny/paths-filter grammar', () => {
  test('anchors and nested lists are flattened, filters kept in definition order', () => {
    const yaml = [
      'shared: &shared',
      "  - 'requirements.txt'",
      "  - 'src/common/**'",
      'training: &training',
      '  - *shared',
      "  - 'src/training/**'",
      "  - 'config/training-*.yaml'",
      'data:',
      "  - 'data/training/**'",
      'ml:',
      '  - *training',
      "  - ['data/**', ['notebooks/**']]",
      '',
    ].join('\n');
    const filters = parseFilters(yaml, INPUT);
    expect(filters.map((f) => f.name)).toStrictEqual(['shared', 'training', 'data', 'ml']);
    expect(matchedNames(filters, ML_CHANGES)).toStrictEqual({
      shared: ['src/common/io.py', 'requirements.txt'],
      training: [
        'src/training/train.py',
        'src/training/README.md',
        'src/common/io.py',
        'config/training-resnet.yaml',
        'requirements.txt',
      ],
      data: ['data/training/shard-0001.parquet'],
      ml: [
        'src/training/train.py',
        'src/training/README.md',
        'src/common/io.py',
        'config/training-resnet.yaml',
        'data/training/shard-0001.parquet',
        'notebooks/explore.ipynb',
        'requirements.txt',
      ],
    });
  });

  test('a filter may be a single glob string', () => {
    expect(match("docs: 'docs/**'\nnotebooks: notebooks/*.ipynb\n", ML_CHANGES)).toStrictEqual({
      docs: ['docs/README.md'],
      notebooks: ['notebooks/explore.ipynb'],
    });
  });

  test('change-type keys only take part for files with one of those statuses', () => {
    const yaml = [
      'new-data:',
      "  - added|modified: 'data/training/**'",
      'removed-code:',
      "  - deleted: ['src/training/**', 'config/**']",
      'spaced:',
      "  - ' Added | COPIED ': 'src/**'",
      '',
    ].join('\n');
    const files = [
      change('data/training/shard-0001.parquet', 'added'),
      change('data/training/shard-0002.parquet', 'modified'),
      change('data/training/shard-0003.parquet', 'deleted'),
      change('data/training/shard-0004.parquet', 'renamed'),
      change('src/training/old_loss.py', 'deleted'),
      change('src/training/train.py', 'modified'),
      change('config/training-old.yaml', 'deleted'),
      { filename: 'src/training/train_v2.py', status: 'copied' as const },
    ];
    expect(match(yaml, files)).toStrictEqual({
      // a rename is its new path added, as in dorny/paths-filter
      'new-data': [
        'data/training/shard-0001.parquet',
        'data/training/shard-0002.parquet',
        'data/training/shard-0004.parquet',
      ],
      'removed-code': ['src/training/old_loss.py', 'config/training-old.yaml'],
      spaced: ['src/training/train_v2.py'],
    });
  });

  test('a mapping of change types may be the whole value of a filter, several keys at once', () => {
    const yaml = "data:\n  added: 'data/**'\n  deleted|renamed: ['data/**']\n";
    const files = [
      change('data/training/shard-0001.parquet', 'added'),
      change('data/training/shard-0002.parquet', 'modified'),
      change('data/training/shard-0003.parquet', 'deleted'),
    ];
    expect(match(yaml, files).data).toStrictEqual([
      'data/training/shard-0001.parquet',
      'data/training/shard-0003.parquet',
    ]);
  });

  test('a leading ./ is dropped and !( starts an extglob, not an exclusion', () => {
    const yaml = "training: ['./src/training/**']\nnot-markdown: ['!(*.md)']\n";
    const files = [change('src/training/train.py'), change('README.md'), change('setup.py')];
    expect(match(yaml, files)).toStrictEqual({
      training: ['src/training/train.py'],
      'not-markdown': ['setup.py'],
    });
  });

  test("a leading !( over whole paths is one pattern, as in dorny's picomatch: every file but those", () => {
    const yaml = [
      'not-frontend:',
      "  - '!(**/*.tsx|**/*.less)'",
      'code-or-config:',
      "  - '@(src/**|config/*.yaml)'",
      'then-excluded:',
      "  - '!(**/*.tsx|**/*.less)'",
      "  - '!docs/**'",
      '',
    ].join('\n');
    const files = [
      change('src/app/page.tsx'),
      change('src/app/theme.less'),
      change('theme.less'),
      change('src/training/train.py'),
      change('config/train.yaml'),
      change('config/deep/train.yaml'),
      change('docs/guide.md'),
      change('README.md'),
    ];
    const expected = {
      'not-frontend': [
        'src/training/train.py',
        'config/train.yaml',
        'config/deep/train.yaml',
        'docs/guide.md',
        'README.md',
      ],
      'code-or-config': [
        'src/app/page.tsx',
        'src/app/theme.less',
        'src/training/train.py',
        'config/train.yaml',
      ],
      'then-excluded': [
        'src/training/train.py',
        'config/train.yaml',
        'config/deep/train.yaml',
        'README.md',
      ],
    };
    expect(match(yaml, files)).toStrictEqual(expected);
  });

  test('a "/" inside an extglob group that is not the whole pattern is refused', () => {
    const message = parseError("odd:\n  - 'src/!(training/**|eval/**)/x.py'\n");
    expect(message).toMatch(/"\/" inside an extglob group/);
    expect(message).toMatch(/src\/!\(training/);
  });

  test('a # in a quoted pattern is an ordinary character', () => {
    expect(match("odd: ['data/#raw/**']\n", [change('data/#raw/a.csv')]).odd).toStrictEqual([
      'data/#raw/a.csv',
    ]);
  });

  test('a merge key works inside a change-type rule, a byte order mark and CRLF are accepted', () => {
    const yaml =
      "\uFEFFnew-files: &new {added: 'data/**'}\r\n" +
      "data-and-config:\r\n  - {<<: *new, 'added|modified': 'config/**'}\r\n";
    const files = [
      change('data/training/shard-0001.parquet', 'added'),
      change('data/training/shard-0002.parquet', 'modified'),
      change('config/training-resnet.yaml', 'modified'),
    ];
    expect(match(yaml, files)).toStrictEqual({
      'new-files': ['data/training/shard-0001.parquet'],
      'data-and-config': ['data/training/shard-0001.parquet', 'config/training-resnet.yaml'],
    });
  });

  test('compiled rules expose the patterns and change types as written', () => {
    const filter = defined(
      parseFilters("training:\n  - 'src/**'\n  - added: '!src/x/**'\n", INPUT)[0],
    );
    expect(filter.line).toBe(1);
    expect(
      filter.rules.map((r) => ({
        statuses: r.statuses === undefined ? undefined : [...r.statuses],
        patterns: r.patterns.map((p) => [p.source, p.exclude, p.glob]),
      })),
    ).toStrictEqual([
      { statuses: undefined, patterns: [['src/**', false, 'src/**']] },
      { statuses: ['added'], patterns: [['!src/x/**', true, 'src/x/**']] },
    ]);
    const pattern = filter.rules[0]?.patterns[0];
    expect(pattern?.matches('src/training/train.py')).toBe(true);
    expect(pattern?.matches('src//train.py')).toBe(true);
    expect(pattern?.matches('docs/src/train.py')).toBe(false);
  });
});

describe('matchFilters: some (last matching pattern wins)', () => {
  const yaml = [
    'training:',
    "  - 'src/training/**'",
    "  - '!src/training/**/*.md'",
    "  - 'src/training/CHANGELOG.md'",
    '',
  ].join('\n');

  test('! excludes, and a later pattern includes again', () => {
    const files = [
      change('src/training/train.py'),
      change('src/training/README.md'),
      change('src/training/docs/losses.md'),
      change('src/training/CHANGELOG.md'),
      change('docs/README.md'),
    ];
    expect(match(yaml, files).training).toStrictEqual([
      'src/training/train.py',
      'src/training/CHANGELOG.md',
    ]);
  });

  test('an exclusion does not include what it does not match', () => {
    // A filter of `src/**` and `!**/*.md` must not match a notebook outside src/.
    const files = [
      change('src/serve.py'),
      change('src/README.md'),
      change('notebooks/explore.ipynb'),
    ];
    expect(match("code: ['src/**', '!**/*.md']\n", files).code).toStrictEqual(['src/serve.py']);
  });

  test('an exclusion written before an inclusion is overridden by it', () => {
    const files = [change('docs/README.md'), change('src/training/train.py')];
    expect(match("all: ['!docs/**', '**']\n", files).all).toStrictEqual([
      'docs/README.md',
      'src/training/train.py',
    ]);
  });

  test('an exclusion keyed by change type only excludes files of that type', () => {
    const yaml = "data:\n  - 'data/**'\n  - deleted: '!data/**'\n";
    const files = [
      change('data/training/shard-0001.parquet', 'deleted'),
      change('data/training/shard-0002.parquet', 'modified'),
    ];
    expect(match(yaml, files).data).toStrictEqual(['data/training/shard-0002.parquet']);
  });

  test('dotfiles and dot-folders are matched by wildcards', () => {
    const yaml = "ci: ['**/*.yml']\neverything: '**'\ngithub: ['.github/**']\ntop: ['*']\n";
    const files = [
      change('.github/workflows/ci.yml'),
      change('.dvc/config'),
      change('.env'),
      change('src/.hidden/train.py'),
    ];
    expect(match(yaml, files)).toStrictEqual({
      ci: ['.github/workflows/ci.yml'],
      everything: ['.github/workflows/ci.yml', '.dvc/config', '.env', 'src/.hidden/train.py'],
      github: ['.github/workflows/ci.yml'],
      top: ['.env'],
    });
  });

  test('a file that no pattern matches is not included', () => {
    expect(match("training: ['src/training/**']\n", ML_CHANGES.slice(2)).training).toStrictEqual(
      [],
    );
  });

  test('files are listed in the order given, filters in definition order', () => {
    const files = [change('b/2.py'), change('a/1.py'), change('b/1.py')];
    const result = matchFilters(
      parseFilters("z: ['**/*.py']\na: ['b/**']\n", INPUT),
      files,
      'some',
    );
    expect(result.map((m) => [m.name, m.files.map((f) => f.filename)])).toStrictEqual([
      ['z', ['b/2.py', 'a/1.py', 'b/1.py']],
      ['a', ['b/2.py', 'b/1.py']],
    ]);
  });
});

describe('matchFilters: every (as dorny/paths-filter)', () => {
  test('a file must satisfy every rule; a ! rule holds when its glob does not match', () => {
    const yaml = "python-code: ['**/*.py', '!tests/**']\n";
    const files = [
      change('src/training/train.py'),
      change('tests/fixtures/make_dataset.py'),
      change('docs/README.md'),
    ];
    expect(match(yaml, files, 'every')['python-code']).toStrictEqual(['src/training/train.py']);
  });

  test('every requires all positive globs where some requires one', () => {
    const yaml = "training-py: ['src/training/**', '**/*.py']\n";
    const files = [
      change('src/training/train.py'),
      change('src/training/README.md'),
      change('scripts/export.py'),
    ];
    expect(match(yaml, files, 'every')['training-py']).toStrictEqual(['src/training/train.py']);
    expect(match(yaml, files, 'some')['training-py']).toStrictEqual([
      'src/training/train.py',
      'src/training/README.md',
      'scripts/export.py',
    ]);
  });

  test('a change-type rule holds only for its statuses; its list matches when any glob does', () => {
    const yaml = "new-inputs:\n  - added|modified: ['data/**', 'config/**']\n  - '!**/*.md'\n";
    const files = [
      change('data/training/shard-0001.parquet', 'added'),
      change('config/training-resnet.yaml', 'modified'),
      change('data/training/shard-0002.parquet', 'deleted'),
      change('config/README.md', 'added'),
      change('src/training/train.py', 'added'),
    ];
    expect(match(yaml, files, 'every')['new-inputs']).toStrictEqual([
      'data/training/shard-0001.parquet',
      'config/training-resnet.yaml',
    ]);
  });
});

describe('matchFilters: renamed and copied files', () => {
  const yaml = "training: ['src/training/**']\n";

  test('moving a file out of a filter counts for it', () => {
    const moved = renamed('src/training/losses.py', 'src/legacy/losses.py');
    const result = matchFilters(parseFilters(yaml, INPUT), [moved], 'some');
    expect(result[0]?.files.length).toBe(1);
    expect(result[0]?.files[0]).toBe(moved);
  });

  test('moving a file into a filter counts for it', () => {
    const moved = renamed('scratch/augment.py', 'src/training/augment.py');
    expect(match(yaml, [moved]).training).toStrictEqual(['src/training/augment.py']);
  });

  test('a file renamed within a filter is listed once', () => {
    const moved = renamed('src/training/a.py', 'src/training/b.py');
    expect(match(yaml, [moved]).training).toStrictEqual(['src/training/b.py']);
  });

  test('a rename unrelated to the filter does not count', () => {
    const moved = renamed('docs/old.md', 'docs/new.md');
    expect(match(yaml, [moved]).training).toStrictEqual([]);
  });

  test('the old path counts even when the new path is excluded', () => {
    const yaml2 = "training: ['src/**', '!src/archive/**']\n";
    const moved = renamed('src/training/old.py', 'src/archive/old.py');
    expect(match(yaml2, [moved]).training).toStrictEqual(['src/archive/old.py']);
  });

  test('both paths are tried under every as well', () => {
    const moved = renamed('src/training/train.py', 'attic/train.py');
    expect(match("t: ['src/**', '**/*.py']\n", [moved], 'every').t).toStrictEqual([
      'attic/train.py',
    ]);
  });

  test('under change types, a rename is its new path added and its old path deleted, as in dorny/paths-filter', () => {
    const within = renamed('data/training/part-0000.csv', 'data/training/2025/part-0000.csv');
    const outOf = renamed('data/training/part-0001.csv', 'archive/part-0001.csv');
    const into = renamed('incoming/part-0002.csv', 'data/training/part-0002.csv');
    const filters = [
      'grown:',
      "  - 'added|modified': 'data/**'",
      'shrunk:',
      "  - deleted: 'data/**'",
      'moved:',
      "  - renamed: 'data/**'",
      'changed:',
      "  - modified: 'data/**'",
      '',
    ].join('\n');
    expect(match(filters, [within, outOf, into])).toStrictEqual({
      grown: ['data/training/2025/part-0000.csv', 'data/training/part-0002.csv'],
      shrunk: ['data/training/2025/part-0000.csv', 'archive/part-0001.csv'],
      moved: [
        'data/training/2025/part-0000.csv',
        'archive/part-0001.csv',
        'data/training/part-0002.csv',
      ],
      changed: [],
    });
    // the same under every
    expect(match(filters, [within, outOf, into], 'every')).toStrictEqual({
      grown: ['data/training/2025/part-0000.csv', 'data/training/part-0002.csv'],
      shrunk: ['data/training/2025/part-0000.csv', 'archive/part-0001.csv'],
      moved: [
        'data/training/2025/part-0000.csv',
        'archive/part-0001.csv',
        'data/training/part-0002.csv',
      ],
      changed: [],
    });
  });

  test('a copy is its new path added; its source is not deleted', () => {
    const copied: ChangedFile = {
      filename: 'data/training/part-0003.csv',
      status: 'copied',
      previousFilename: 'data/seed/part-0003.csv',
    };
    const filters = "grown:\n  - added: 'data/training/**'\nshrunk:\n  - deleted: 'data/**'\n";
    expect(match(filters, [copied])).toStrictEqual({
      grown: ['data/training/part-0003.csv'],
      shrunk: [],
    });
  });

  test('a copied file with a previous path counts at both paths', () => {
    const copied: ChangedFile = {
      filename: 'experiments/train_copy.py',
      status: 'copied',
      previousFilename: 'src/training/train.py',
    };
    expect(match(yaml, [copied]).training).toStrictEqual(['experiments/train_copy.py']);
  });
});

describe('parseFilters: invalid YAML', () => {
  test('a syntax error says where and what, and names the origin', () => {
    const message = parseError("training:\n  - 'src/training/**'\n  - \"data/**\n", FILE);
    expect(message).toMatch(/Invalid YAML in \.github\/filters\.yml at line \d+, column \d+: /);
  });

  test('an unquoted !pattern is explained', () => {
    const message = parseError("training:\n  - 'src/**'\n  - !src/**/*.md\n");
    expect(message).toMatch(/line 3, column 5/);
    expect(message).toMatch(/must be quoted/);
    expect(message).toMatch(/!src\/\*\*\/\*\.md/);
  });

  test('a duplicate key is refused with its line', () => {
    const message = parseError("training: 'src/**'\ndata: 'data/**'\ntraining: 'config/**'\n");
    expect(message).toMatch(/line 3, column 1/);
    expect(message).toMatch(/unique/);
    expect(message).toMatch(/may appear only once/);
  });

  test('a duplicate change-type key is refused', () => {
    expect(parseError("d:\n  - added: 'a/**'\n    added: 'b/**'\n")).toMatch(/unique/);
  });

  test('a tab used for indentation is refused', () => {
    expect(parseError("training:\n\t- 'src/**'\n")).toMatch(/line 2.*[Tt]ab/);
  });

  test('a merge key at the top level is refused with an alternative', () => {
    const message = parseError("base: &base {added: 'x/**'}\n<<: *base\n");
    expect(message).toMatch(/line 2/);
    expect(message).toMatch(/"<<" merge key cannot add filters at the top level/);
    expect(message).toMatch(/anchor and alias/);
  });

  test('several documents are refused', () => {
    expect(parseError("a: 'x'\n---\nb: 'y'\n")).toMatch(/multiple documents/);
  });

  test('an alias without an anchor is refused', () => {
    const message = parseError("training:\n  - *shared\n  - 'src/**'\n");
    expect(message).toMatch(/Invalid filter "training"/);
    expect(message).toMatch(/shared/);
    expect(message).toMatch(/define the anchor/);
  });

  test('alias expansion bombs are refused, not expanded', () => {
    const lines = ["a0: &a0 ['x/**']"];
    for (let i = 1; i <= 9; i++) {
      lines.push(`a${i}: &a${i} [${Array.from({ length: 9 }, () => `*a${i - 1}`).join(', ')}]`);
    }
    const message = parseError(`${lines.join('\n')}\n`);
    expect(message).toMatch(/aliases/);
    expect(message).toMatch(/more than 100/);
  });

  test('a list that contains itself is refused', () => {
    expect(parseError("a: &loop ['x/**', *loop]\n")).toMatch(/refers to itself/);
  });

  test('absurdly deep nesting is refused before it can exhaust the stack', () => {
    const depth = 5000;
    expect(parseError(`a: ${'['.repeat(depth)}${']'.repeat(depth)}\n`)).toMatch(/levels deep/);
    expect(parseError(`${'? '.repeat(depth)}x\n`)).toMatch(/levels deep/);
  });
});

describe('parseFilters: invalid filter files', () => {
  test.each([
    ['training:\n  - src/training/**\n    - config/**\n', 2, 3, 'src/training/** - config/**'],
    ['training:\n  - src/**\n   - config/**\n', 2, 3, 'src/** - config/**'],
    ['data:\n  - added|modified: data/**\n      data2/**\n', 2, 3, 'data/** data2/**'],
  ])(
    'a list item indented under the one above is refused, naming both lines: %j',
    (yaml, first, last, joined) => {
      const message = parseError(yaml);
      expect(message).toContain(`line ${first}`);
      expect(message).toContain(`goes on over line ${last}`);
      expect(message).toContain(JSON.stringify(joined));
      expect(message).toMatch(/give every list item the same indentation/);
    },
  );

  test.each(['', '   \n', '# nothing here\n', '~\n', '---\n'])(
    'an empty document (%j) is refused',
    (text) => {
      const message = parseError(text);
      expect(message).toMatch(/empty|no filters/);
      expect(message).toMatch(/mapping of filter name to globs/);
    },
  );

  test('a root that is not a mapping is refused, saying what it is', () => {
    expect(parseError("- 'src/**'\n- 'data/**'\n")).toMatch(
      /document is a list.*must be a mapping/,
    );
    expect(parseError('src/training/**\n')).toMatch(/document is "src\/training\/\*\*"/);
    expect(parseError('42\n')).toMatch(/document is the number 42/);
    expect(parseError('{}\n')).toMatch(/mapping is empty/);
  });

  test.each<[string, RegExp]>([
    ['training:\n', /filter "training".*no patterns \(its value is empty\)/],
    ['training: ~\n', /filter "training".*no patterns/],
    ['training: 42\n', /filter "training".*the number 42 \(put quotes around it/],
    ['training: true\n', /filter "training".*the boolean true/],
    ['training: []\n', /filter "training".*no patterns/],
    ['training: [[], [[]]]\n', /filter "training".*no patterns/],
    ['training: {}\n', /filter "training".*empty mapping/],
    ['training: !!binary aGVsbG8=\n', /filter "training".*binary data/],
  ])(
    'a filter with an empty, numeric or boolean value (%j) is refused, naming the filter',
    (yaml, expected) => {
      const message = parseError(yaml);
      expect(message).toMatch(expected);
      expect(message).toMatch(/must be a glob such as 'src\/training\/\*\*', or a list of globs/);
    },
  );

  test('a pattern that is not text is refused', () => {
    const message = parseError("data:\n  - 'data/**'\n  - 2024\n");
    expect(message).toMatch(/filter "data" in the filters input \(line 1\)/);
    expect(message).toMatch(/a pattern is the number 2024 \(put quotes around it/);
  });

  test('an empty glob string is refused', () => {
    expect(parseError("training: ['src/**', '']\n")).toMatch(/filter "training".*empty text ""/);
    expect(parseError("training: '   '\n")).toMatch(/filter "training".*empty text " {3}"/);
    expect(parseError("training: ['src/**', '!']\n")).toMatch(/"!" has nothing after "!"/);
  });

  test('a filter without a positive pattern is refused', () => {
    const message = parseError("not-docs:\n  - '!docs/**'\n  - '!**/*.md'\n");
    expect(message).toMatch(/filter "not-docs"/);
    expect(message).toMatch(/every pattern starts with "!" \(for example "!docs\/\*\*"\)/);
    expect(message).toMatch(/at least one pattern that includes files/);
  });

  test('an unknown change type is named and the allowed ones listed', () => {
    const message = parseError("data:\n  - added|updated: 'data/**'\n");
    expect(message).toMatch(/filter "data"/);
    expect(message).toMatch(/change type "updated" \(in the key "added\|updated"\) is not known/);
    expect(message).toMatch(/added, modified, deleted, renamed, copied, changed/);
  });

  test('a change-type key without a type, or with a bad value, is refused', () => {
    expect(parseError("d:\n  - '|': 'x/**'\n")).toMatch(
      /names no change type.*Allowed change types/,
    );
    expect(parseError('d:\n  - added:\n')).toMatch(/"added" rule has no patterns/);
    expect(parseError("d:\n  - added: {x: 'y'}\n")).toMatch(/"added" rule's value is a mapping/);
    expect(parseError("d:\n  - added: [{deleted: 'y'}]\n")).toMatch(/cannot be nested/);
    expect(parseError("d:\n  - 7: 'x'\n")).toMatch(/change-type key is the number 7/);
  });

  test('patterns that can never match a changed path are refused', () => {
    expect(parseError("training: ['/src/training/**']\n")).toMatch(
      /"\/src\/training\/\*\*" starts with "\/".*write "src\/training\/\*\*"/,
    );
    expect(parseError("training: ['src/training/']\n")).toMatch(
      /ends with "\/".*write "src\/training\/\*\*"/,
    );
    expect(parseError('training: |\n  src/training/**\n  config/**\n')).toMatch(
      /contains a line break.*its own list item/,
    );
    expect(parseError("training: ['src/** ']\n")).toMatch(/ends with a space/);
    expect(parseError("training: ['./']\n")).toMatch(/names the repository root/);
  });

  test('a brace expansion too large to match exactly is refused', () => {
    const message = parseError(`data: ['${'{a,b}'.repeat(11)}']\n`);
    expect(message).toMatch(/expands its \{\.\.\.\} braces to more than 1000 globs/);
  });

  test('filter names with whitespace or control characters are refused', () => {
    expect(parseError("'my filter': 'src/**'\n")).toMatch(/"my filter" contains whitespace/);
    expect(parseError('"tab\\tname": \'src/**\'\n')).toMatch(/"tab\\tname" contains whitespace/);
    expect(parseError('"bell\\a": \'src/**\'\n')).toMatch(/"bell\\u0007" contains/);
    expect(parseError("'': 'src/**'\n")).toMatch(/filter name is empty/);
    expect(parseError("? ['a', 'b']\n: 'src/**'\n")).toMatch(/filter name is a list/);
  });

  test.each([
    ['should-train=false', "'should-train=false': 'src/**'\n"],
    ['x<<EOF', "'x<<EOF': 'src/**'\n"],
    ['quote"d', "'quote\"d': 'src/**'\n"],
    ['-dash', "'-dash': 'src/**'\n"],
    ['semi;colon', "'semi;colon': 'src/**'\n"],
    ['long', `${'a'.repeat(101)}: 'src/**'\n`],
  ])(
    'a filter name that would break the output file (%s) is refused with the pattern',
    (_, yaml) => {
      const message = parseError(yaml);
      expect(message).toMatch(/cannot be an output name/);
      expect(message).toContain('^[A-Za-z0-9_][A-Za-z0-9_./-]{0,99}$');
    },
  );

  test('names of letters, digits, _, -, . and / are accepted', () => {
    const filters = parseFilters("data-prep: 'a/**'\nml/bert_v2.1: 'b/**'\n_x: 'c/**'\n", 'test');
    expect(filters.map((f) => f.name)).toStrictEqual(['data-prep', 'ml/bert_v2.1', '_x']);
  });

  test('at most 500 filters: more fail, naming the limit, before the YAML is composed', () => {
    const many = (n: number): string =>
      Array.from({ length: n }, (_, i) => `f${i}: 'src/${i}/**'\n`).join('');
    expect(parseFilters(many(500), 'test')).toHaveLength(500);
    expect(parseError(many(501))).toMatch(/about 501 filters, more than the 500 allowed/);
    // 100,000 names: refused from the syntax tree, without the quadratic duplicate-key check
    expect(parseError(many(100_000))).toMatch(/more than the 500 allowed/);
    expect(parseError(`{${Array.from({ length: 501 }, (_, i) => `f${i}: a`).join(', ')}}`)).toMatch(
      /more than the 500 allowed/,
    );
  });

  test('the reserved output names are exactly the gate outputs', () => {
    expect([...RESERVED_OUTPUT_NAMES].sort()).toStrictEqual([
      'base-sha',
      'changed-count',
      'changes',
      'closure-size',
      'complete',
      'cost-avoided',
      'dependency-files',
      'diff-source',
      'estimated-cost',
      'estimated-gpu-hours',
      'files-json-path',
      'head-sha',
      'over-limit',
      'reason',
      'should-train',
    ]);
  });

  test.each([...RESERVED_OUTPUT_NAMES, 'Should-Train', 'REASON'])(
    'the name %s, one of the gate outputs in any letter case, is refused',
    (name) => {
      const message = parseError(`${name}: 'src/**'\n`);
      expect(message).toMatch(new RegExp(`"${name}" is one of the gate's own outputs`));
    },
  );

  test.each(['training_count', 'data_files', 'x_COUNT'])(
    'the name %s, ending like the per-filter outputs, is refused',
    (name) => {
      const message = parseError(`${name}: 'src/**'\n`);
      expect(message).toMatch(new RegExp(`"${name}" ends in "_(count|files)"`, 'i'));
    },
  );

  test('names that differ only in letter case are refused', () => {
    const message = parseError("Training: 'src/**'\ntraining: 'config/**'\n");
    expect(message).toMatch(/filter "training" in the filters input \(line 2\)/);
    expect(message).toMatch(/same name as filter "Training" \(line 1\) apart from letter case/);
  });

  test('numbers and booleans used as names become text', () => {
    const filters = parseFilters("2024: 'data/2024/**'\n", INPUT);
    expect(filters.map((f) => f.name)).toStrictEqual(['2024']);
  });
});

describe('parseFilters: random input', () => {
  /** Fails the property unless `text` parses or is refused with an InputError naming the origin. */
  function parsesOrRefuses(text: string): boolean {
    try {
      const filters = parseFilters(text, FILE);
      return filters.length > 0 && filters.every((f) => f.rules.length > 0);
    } catch (error) {
      return error instanceof InputError && error.message.includes(FILE);
    }
  }

  const yamlToken = fc.constantFrom(
    ':',
    ': ',
    '-',
    '- ',
    '[',
    ']',
    '{',
    '}',
    ',',
    '&a ',
    '*a',
    '&b',
    '*b',
    '!',
    '!!str ',
    '!!binary ',
    '!!set ',
    '|',
    '>',
    '? ',
    "'",
    '"',
    '\n',
    '\n  ',
    '\n    ',
    '\t',
    ' ',
    '#',
    '~',
    '---',
    '<<',
    '<<: *a',
    '\\',
    '\u0000',
    'training',
    'added|modified',
    'deleted',
    'nope',
    'src/training/**',
    '!docs/**',
    '**',
    '{1..5}',
    '42',
    'true',
  );

  test('arbitrary strings parse or are refused with an InputError', () => {
    fc.assert(fc.property(fc.string({ maxLength: 300 }), parsesOrRefuses), { numRuns: 3000 });
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 200 }), parsesOrRefuses), {
      numRuns: 1000,
    });
  });

  test('strings of YAML tokens parse or are refused with an InputError', () => {
    const text = fc.array(yamlToken, { maxLength: 80 }).map((tokens) => tokens.join(''));
    fc.assert(fc.property(text, parsesOrRefuses), { numRuns: 10000 });
  });

  test('well-formed filter files with random globs parse or are refused', () => {
    const glob = fc.constantFrom(
      'src/**',
      '!src/**/*.md',
      '**/*.py',
      '',
      '!',
      '/abs',
      'dir/',
      '{a,b}/**',
      '[ab]*',
      '!(x)',
      'data/#raw/**',
    );
    const item = fc.oneof(
      glob.map((g) => `'${g}'`),
      fc
        .tuple(fc.constantFrom('added', 'added|deleted', 'nope', ''), glob)
        .map(([k, g]) => `{'${k}': '${g}'}`),
    );
    const file = fc
      .array(
        fc.tuple(fc.constantFrom('training', 'data', 'reason', 'x_files', 'a b'), fc.array(item)),
        {
          maxLength: 5,
        },
      )
      .map((entries) =>
        entries.map(([name, items]) => `${name}: [${items.join(', ')}]`).join('\n'),
      );
    fc.assert(fc.property(file, parsesOrRefuses), { numRuns: 3000 });
  });
});

describe('matchFilters agrees with minimatch', () => {
  test('a one-glob filter includes exactly the paths minimatch matches with dot: true', () => {
    const segment = fc.constantFrom(
      'src',
      'training',
      'data',
      '.github',
      'train.py',
      '*',
      '**',
      '*.py',
      '*.md',
      '?',
      '[st]*',
      '{src,data}',
      'shard-{1..3}.parquet',
      'shard-{1..300}.parquet',
      '+(a|b)',
      '@(train|eval).py',
      '\\*',
    );
    const pathSegment = fc.constantFrom(
      'src',
      'training',
      'data',
      '.github',
      'train.py',
      'eval.py',
      'README.md',
      '.py',
      'shard-2.parquet',
      'shard-250.parquet',
      'a',
      'ab',
      '*',
      '',
      '.',
      '..',
    );
    const glob = fc.array(segment, { minLength: 1, maxLength: 5 }).map((s) => s.join('/'));
    const paths = fc.array(
      fc.array(pathSegment, { minLength: 1, maxLength: 6 }).map((s) => s.join('/')),
      { minLength: 1, maxLength: 20 },
    );
    fc.assert(
      fc.property(glob, paths, (g, ps) => {
        const filters = parseFilters(`f: ['${g.replace(/'/g, "''")}']\n`, INPUT);
        const files = ps.map((p) => change(p));
        const got = matchFilters(filters, files, 'some')[0]?.files.map((f) => f.filename);
        const want = ps.filter((p) => minimatch(p, g, { dot: true }));
        expect(got).toStrictEqual(want);
      }),
      { numRuns: 5000 },
    );
  });
});

describe('matchFilters: scale', () => {
  test('100,000 files against 10 filters of 10 globs', () => {
    const areas = [
      'training',
      'serving',
      'data',
      'eval',
      'features',
      'infra',
      'docs',
      'notebooks',
      'config',
      'tests',
    ];
    const yaml = areas
      .map((a) =>
        [
          `${a}:`,
          `  - 'src/${a}/**'`,
          `  - '!src/${a}/**/*.md'`,
          `  - 'config/${a}-*.yaml'`,
          `  - '${a}/**/*.py'`,
          `  - '**/${a}.md'`,
          `  - 'requirements-${a}.txt'`,
          `  - 'pipelines/{${a},shared}/**'`,
          `  - '.github/workflows/${a}*.yml'`,
          `  - 'data/${a}/shard-*.parquet'`,
          `  - added|modified: 'models/${a}/**'`,
        ].join('\n'),
      )
      .join('\n');
    const filters = parseFilters(yaml, INPUT);
    const files: ChangedFile[] = [];
    for (let i = 0; i < 100_000; i++) {
      const area = areas[i % areas.length] ?? 'training';
      const kind = Math.floor(i / areas.length) % 4;
      const filename =
        kind === 0
          ? `src/${area}/module_${i}.py`
          : kind === 1
            ? `src/${area}/notes_${i}.md`
            : kind === 2
              ? `data/${area}/shard-${i}.parquet`
              : `notebooks/scratch/${i}.ipynb`;
      files.push(change(filename));
    }
    const result = matchFilters(filters, files, 'some');
    // Each area gets 10,000 files: half of them .py or .parquet (matched), a quarter .md
    // (excluded), a quarter notebooks (no pattern).
    expect(result.map((m) => [m.name, m.files.length])).toStrictEqual(areas.map((a) => [a, 5_000]));
  });
});
