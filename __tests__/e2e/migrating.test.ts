/**
 * End to end, docs/migrating.md: the dorny/paths-filter filter file the guide
 * shows (the fenced block after its `<!-- migrating-test: dorny filter file -->`
 * marker) runs through the built action on a pull request, inline and as a
 * file, and gives the per-filter outputs the guide promises a dorny user; the
 * differences the guide states (renames, `!` in the default mode) hold too.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { pullRequestEvent } from '../helpers/events.js';
import { startFakeGitHub } from '../helpers/fake-github.js';
import { GitRepo } from '../helpers/git-repo.js';
import { runAction, type ActionRun } from '../helpers/run-action.js';

const TOKEN = 'test-token-0123456789';
const GUIDE = resolve(fileURLToPath(new URL('.', import.meta.url)), '../../docs/migrating.md');
const MARKER = '<!-- migrating-test: dorny filter file -->';

/** The first fenced YAML block after the marker line of a Markdown text. */
function markedYamlBlock(markdown: string, marker: string): string {
  const lines = markdown.split('\n');
  const at = lines.findIndex((line) => line.trim() === marker);
  if (at < 0) throw new Error(`no line ${marker} in the guide`);
  const open = lines.findIndex((line, i) => i > at && /^```ya?ml\s*$/.test(line));
  if (open < 0 || lines.slice(at + 1, open).some((line) => line.trim() !== '')) {
    throw new Error(`${marker} must be followed by a fenced yaml block`);
  }
  const close = lines.findIndex((line, i) => i > open && /^```\s*$/.test(line));
  if (close < 0) throw new Error(`the yaml block after ${marker} is not closed`);
  return lines.slice(open + 1, close).join('\n') + '\n';
}

const FILTERS = markedYamlBlock(readFileSync(GUIDE, 'utf8'), MARKER);

let repo: GitRepo;
const sha: Record<string, string> = {};

async function gate(head: string, inputs: Record<string, string>, number = 1): Promise<ActionRun> {
  const fake = await startFakeGitHub({ repo, token: TOKEN });
  try {
    return await runAction({
      eventName: 'pull_request',
      payload: pullRequestEvent({ number, base: sha.base!, head }),
      apiUrl: fake.url,
      sha: 'f'.repeat(40),
      inputs: { token: TOKEN, ...inputs },
    });
  } finally {
    await fake.close();
  }
}

beforeAll(() => {
  repo = GitRepo.create();
  sha.base = repo.commit(
    {
      'src/common/utils.py': 'def helper(): pass\n',
      'src/training/train.py': 'def train(): pass\n',
      'src/training/losses.py': 'def loss(): pass\n',
      'src/serving/app.py': 'app = None\n',
      'config/training-resnet.yaml': 'lr: 0.1\n',
      'data/training/shard-0000.csv': 'x,y\n0,0\n1,1\n2,2\n3,3\n',
      'docs/guide.md': '# guide\n',
      'requirements.txt': 'torch==2.5\n',
      'pkg/a.ts': 'export {};\n',
      'pkg/README.md': '# pkg\n',
      '.github/filters.yaml': FILTERS,
    },
    'initial',
  );

  // The pull request of the guide's table.
  repo.checkout('pr', true);
  sha.pr = repo.commit(
    {
      'src/training/train.py': 'def train(): return 1\n',
      'docs/guide.md': '# guide v2\n',
      // unlike the deleted shard, so that git and the API see no rename
      'data/training/shard-0002.csv': 'id,label,weight\n7,cat,0.5\n',
      'data/training/shard-0000.csv': null,
    },
    'train on a new shard',
  );

  // The rename of the guide's "Renames" table.
  repo.checkout('main');
  repo.checkout('move', true);
  sha.move = repo.rename('src/training/losses.py', 'src/common/losses.py');

  // A shard replaced by a near copy under another name: git and GitHub see a rename.
  repo.checkout('main');
  repo.checkout('reshard', true);
  sha.reshard = repo.commit(
    {
      'data/training/shard-0000.csv': null,
      'data/training/shard-0001.csv': 'x,y\n0,0\n1,1\n2,2\n3,4\n',
    },
    'reshard',
  );

  // Code and Markdown under pkg/, Markdown elsewhere: the `!` example.
  repo.checkout('main');
  repo.checkout('pkg', true);
  sha.pkg = repo.commit(
    {
      'pkg/a.ts': 'export const a = 1;\n',
      'pkg/README.md': '# pkg v2\n',
      'docs/guide.md': '# 3\n',
    },
    'pkg',
  );
  repo.checkout('main');
});

afterAll(() => {
  repo?.remove();
});

test('the guide has the filter file, with the filters its table names', () => {
  expect(FILTERS).toMatch(/^shared: &shared\n/);
  for (const name of ['shared', 'training', 'data', 'docs', 'serving']) {
    expect(FILTERS).toMatch(new RegExp(`^${name}:`, 'm'));
  }
});

describe("the guide's dorny/paths-filter filter file, unchanged", () => {
  /** The outputs a dorny/paths-filter user expects, as the guide's table lists them. */
  function expectDornyOutputs(run: ActionRun): void {
    expect(run.code).toBe(0);
    expect(run.errors).toStrictEqual([]);
    const o = run.outputs;
    expect(o.changes).toBe('["training","data","docs"]');
    expect([o.shared, o.shared_count]).toStrictEqual(['false', '0']);
    expect([o.training, o.training_count]).toStrictEqual(['true', '1']);
    expect([o.data, o.data_count]).toStrictEqual(['true', '1']);
    expect([o.docs, o.docs_count]).toStrictEqual(['true', '1']);
    expect([o.serving, o.serving_count]).toStrictEqual(['false', '0']);
    expect(o['should-train']).toBe('true');
    expect(o.complete).toBe('true');
    expect(o['changed-count']).toBe('4');
  }

  test.concurrent('inline, with list-files: json', async () => {
    const run = await gate(sha.pr!, { filters: FILTERS, 'list-files': 'json' });
    expectDornyOutputs(run);
    expect(JSON.parse(run.outputs.training_files ?? '')).toStrictEqual(['src/training/train.py']);
    expect(JSON.parse(run.outputs.data_files ?? '')).toStrictEqual([
      'data/training/shard-0002.csv',
    ]);
    expect(JSON.parse(run.outputs.docs_files ?? '')).toStrictEqual(['docs/guide.md']);
    expect(JSON.parse(run.outputs.shared_files ?? '')).toStrictEqual([]);
  });

  test.concurrent('as a file in the repository, with list-files: csv', async () => {
    const run = await gate(sha.pr!, { filters: '.github/filters.yaml', 'list-files': 'csv' });
    expectDornyOutputs(run);
    expect(run.outputs.training_files).toBe('src/training/train.py');
    expect(run.outputs.data_files).toBe('data/training/shard-0002.csv');
    expect(run.outputs.serving_files).toBe('');
  });

  test.concurrent('with list-files: none there are no _files outputs, as in dorny', async () => {
    const run = await gate(sha.pr!, { filters: FILTERS });
    expectDornyOutputs(run);
    expect(Object.keys(run.outputs).filter((name) => name.endsWith('_files'))).toStrictEqual([]);
  });
});

describe('the differences the guide states', () => {
  test.concurrent('a rename counts once, at both paths, and lists its new path', async () => {
    const run = await gate(
      sha.move!,
      { filters: "training: 'src/training/**'\n", 'list-files': 'json' },
      2,
    );
    expect(run.code).toBe(0);
    expect(run.outputs.training).toBe('true');
    expect(run.outputs.training_count).toBe('1');
    expect(JSON.parse(run.outputs.training_files ?? '')).toStrictEqual(['src/common/losses.py']);
  });

  test.concurrent(
    'under change types a rename is added at its new path and deleted at its old one, as in dorny',
    async () => {
      const filters = (key: string) => `data:\n  - ${key}: 'data/training/**'\n`;
      const runs = await Promise.all(
        ['added|modified', 'deleted', 'renamed', 'modified'].map((key) =>
          gate(sha.reshard!, { filters: filters(key) }, 5),
        ),
      );
      expect(runs.map((run) => run.outputs.data)).toStrictEqual(['true', 'true', 'true', 'false']);
      expect(runs[0]?.outputs.data_count).toBe('1');
    },
  );

  test.concurrent.each(['some', 'every'])(
    "'!' excludes with predicate-quantifier: %s",
    async (quantifier) => {
      const run = await gate(
        sha.pkg!,
        {
          filters: "backend:\n  - 'pkg/**'\n  - '!**/*.md'\n",
          'predicate-quantifier': quantifier,
          'list-files': 'json',
        },
        3,
      );
      expect(run.code).toBe(0);
      expect(run.outputs.backend).toBe('true');
      expect(JSON.parse(run.outputs.backend_files ?? '')).toStrictEqual(['pkg/a.ts']);
    },
  );

  test.concurrent('a filter of exclusions alone is refused', async () => {
    const run = await gate(sha.pkg!, { filters: "other: '!src/**'\n" }, 4);
    expect(run.code).not.toBe(0);
    expect(run.errors.join('\n')).toMatch(/other/);
    expect(run.outputs).toStrictEqual({});
  });
});
