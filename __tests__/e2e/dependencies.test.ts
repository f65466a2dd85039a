/**
 * End to end: training-entrypoints. The built action runs as a process
 * against the loopback GitHub API; what training imports is read through the
 * API (the tree of the head commit, then the blobs the closure reaches) when
 * there is no checkout, and from git when there is one.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { makeCheckout } from '../helpers/checkout.js';
import { startFakeGitHub, type FakeGitHub } from '../helpers/fake-github.js';
import { pullRequestEvent } from '../helpers/events.js';
import { GitRepo } from '../helpers/git-repo.js';
import { runAction, type ActionRun } from '../helpers/run-action.js';

const TOKEN = 'test-token-0123456789';

/** Written in five minutes, the way a README suggests. */
const FILTERS = `training:
  - train.py
  - requirements.txt
  - configs/**
docs: ['**/*.md']
`;

/** A src/ layout package, a notebook, and a script training never imports. */
const REPO = {
  'pyproject.toml':
    '[project]\nname = "vision"\n\n[tool.setuptools.packages.find]\nwhere = ["src"]\n',
  'train.py':
    'import torch\nfrom vision.models import build\nfrom vision import data as d\n\nif __name__ == "__main__":\n    build()\n',
  'src/vision/__init__.py': '',
  'src/vision/models/__init__.py': 'from .resnet import build\n',
  'src/vision/models/resnet.py':
    'import torch.nn as nn\nfrom ..utils.schedule import cosine\ntry:\n    from ..utils import fast\nexcept ImportError:\n    fast = None\n',
  'src/vision/utils/__init__.py': '',
  'src/vision/utils/schedule.py': 'import math\n\ndef cosine(step):\n    return math.cos(step)\n',
  'src/vision/utils/fast.py': 'X = 1\n',
  'src/vision/utils/legacy.py': 'OLD = 1\n',
  'src/vision/data.py':
    'import importlib\n\ndef load(name):\n    return importlib.import_module(name)\n',
  'scripts/plot.py': 'import matplotlib\nfrom vision.utils import schedule\n',
  'configs/base.yaml': 'lr: 0.1\n',
  'README.md': '# vision\n',
};

let repo: GitRepo;
const sha: Record<string, string> = {};

beforeAll(() => {
  repo = GitRepo.create('gate-e2e-deps-');
  sha.base = repo.commit(REPO, 'initial');
  const branch = (name: string, edits: Record<string, string | null>): void => {
    repo.checkout('main');
    repo.checkout(name, true);
    sha[name] = repo.commit(edits, name);
  };
  branch('schedule', {
    'src/vision/utils/schedule.py': 'import math\n\ndef cosine(s):\n    return 0\n',
  });
  branch('plot', { 'scripts/plot.py': 'import matplotlib.pyplot\n' });
  branch('drop-import', {
    'src/vision/models/resnet.py': 'import torch.nn as nn\nfrom ..utils.schedule import cosine\n',
    'src/vision/utils/fast.py': null,
  });
  branch('delete-fast', { 'src/vision/utils/fast.py': null });
  // Meanwhile main drops the optional import and the module itself.
  repo.checkout('main');
  sha.mainMoved = repo.commit(
    {
      'src/vision/models/resnet.py': 'import torch.nn as nn\nfrom ..utils.schedule import cosine\n',
      'src/vision/utils/fast.py': null,
    },
    'main moves on',
  );
});

afterAll(() => repo?.remove());

interface Gate {
  run: ActionRun;
  fake: FakeGitHub;
}

async function gate(
  head: string,
  inputs: Record<string, string> = {},
  options: { checkout?: boolean; base?: string; setup?: (fake: FakeGitHub) => void } = {},
): Promise<Gate> {
  const fake = await startFakeGitHub({ repo, token: TOKEN });
  const ws = options.checkout === true ? makeCheckout(repo, head) : undefined;
  try {
    options.setup?.(fake);
    const run = await runAction({
      apiUrl: fake.url,
      eventName: 'pull_request',
      payload: pullRequestEvent({ number: 11, base: options.base ?? sha.base ?? '', head }),
      ...(ws !== undefined ? { workspace: ws.dir } : {}),
      inputs: {
        filters: FILTERS,
        token: TOKEN,
        'training-entrypoints': 'train.py',
        ...inputs,
      },
    });
    return { run, fake };
  } finally {
    ws?.remove();
    await fake.close();
  }
}

const trees = (fake: FakeGitHub): number => fake.requestsTo(/\/git\/trees\//).length;
const blobs = (fake: FakeGitHub): number => fake.requestsTo(/\/git\/blobs\//).length;

/** The closure of train.py: itself, the package's __init__ files and the modules it imports. */
const CLOSURE = [
  'train.py',
  'src/vision/__init__.py',
  'src/vision/models/__init__.py',
  'src/vision/data.py',
  'src/vision/models/resnet.py',
  'src/vision/utils/__init__.py',
  'src/vision/utils/schedule.py',
  'src/vision/utils/fast.py',
];

describe('training-entrypoints without a checkout', () => {
  test.concurrent(
    'a change the filter forgot trains, the reason names the chain, read through the API',
    async () => {
      const { run, fake } = await gate(sha.schedule ?? '');
      expect(run.code).toBe(0);
      expect(run.outputs['should-train']).toBe('true');
      expect(run.outputs.reason).toBe(
        'training: src/vision/utils/schedule.py changed; train.py imports src/vision/models/__init__.py, which imports src/vision/models/resnet.py, which imports src/vision/utils/schedule.py',
      );
      expect(run.outputs['dependency-files']).toBe('["src/vision/utils/schedule.py"]');
      expect(run.outputs['closure-size']).toBe(String(CLOSURE.length));
      // One tree; a blob per file reached and pyproject.toml, less one: the two empty
      // __init__.py files are one blob, read once. The base is not read.
      expect(trees(fake)).toBe(1);
      expect(blobs(fake)).toBe(CLOSURE.length);
      expect(run.stdout).toContain(
        `Training dependencies: ${CLOSURE.length} files in the closure of the entry points, 1 changed file among them; read through ${CLOSURE.length + 1} API requests.`,
      );
      // The computed import is a warning with its file and line, never dropped silently.
      expect(run.warnings).toContain(
        'src/vision/data.py line 4: importlib.import_module(name): the module name is computed; the modules it loads are not counted.',
      );
      expect(run.summary).toContain('**Training dependencies:** 8 files');
      expect(run.summary).toContain('**The training filters have drifted:** 7 files');
    },
  );

  test.concurrent('a script training does not import does not train', async () => {
    const { run } = await gate(sha.plot ?? '');
    expect(run.code).toBe(0);
    expect(run.outputs['should-train']).toBe('false');
    expect(run.outputs['dependency-files']).toBe('[]');
    expect(run.outputs['closure-size']).toBe(String(CLOSURE.length));
  });

  test.concurrent('an import the change removed is read at the base, and trains', async () => {
    const { run, fake } = await gate(sha['drop-import'] ?? '');
    expect(run.outputs['should-train']).toBe('true');
    expect(run.outputs['dependency-files']).toBe(
      '["src/vision/models/resnet.py","src/vision/utils/fast.py"]',
    );
    // The base's tree, and only the blobs that differ from the head's (resnet.py, fast.py).
    expect(trees(fake)).toBe(2);
    expect(blobs(fake)).toBe(CLOSURE.length - 1 + 2);
  });

  test.concurrent(
    'the imports a change removed are read where it started, not at the tip main moved on to',
    async () => {
      // The pull request deletes fast.py, which resnet.py imports where the branch started;
      // main has since dropped that import. At the merge base the file is training's.
      const { run } = await gate(sha['delete-fast'] ?? '', {}, { base: sha.mainMoved ?? '' });
      expect(run.code).toBe(0);
      expect(run.outputs['should-train']).toBe('true');
      expect(run.outputs['dependency-files']).toBe('["src/vision/utils/fast.py"]');
    },
  );

  test.concurrent(
    'an entry point missing at the head is not a silent skip: on-error decides',
    async () => {
      const entrypoints = { 'training-entrypoints': 'train.py\nscripts/finetune.py' };
      const trains = await gate(sha.plot ?? '', entrypoints);
      expect(trains.run.outputs['should-train']).toBe('true');
      expect(trains.run.outputs.complete).toBe('false');
      expect(trains.run.outputs.reason).toContain(
        'the entry point scripts/finetune.py is not at the head commit (no such file)',
      );
      const fails = await gate(sha.plot ?? '', { ...entrypoints, 'on-error': 'fail' });
      expect(fails.run.code).toBe(1);
      expect(fails.run.errors[0]).toContain(
        'the entry point scripts/finetune.py is not at the head commit (no such file)',
      );
      expect(fails.run.outputs).toStrictEqual({});
    },
  );

  test.concurrent('a tree the API cut short means the change is not seen whole', async () => {
    const { run } = await gate(
      sha.plot ?? '',
      {},
      {
        setup: (fake) =>
          fake.fail({
            path: /\/git\/trees\//,
            status: 200,
            body: { sha: sha.plot, tree: [], truncated: true },
          }),
      },
    );
    expect(run.outputs['should-train']).toBe('true');
    expect(run.outputs.complete).toBe('false');
    expect(run.outputs.reason).toContain(
      "the API cut the list of the repository's files short (a checkout lists them whole)",
    );
  });

  test.concurrent('a bad entry point fails the step before anything is asked', async () => {
    const { run, fake } = await gate(sha.plot ?? '', { 'training-entrypoints': '../train.py' });
    expect(run.code).toBe(1);
    expect(run.errors[0]).toMatch(/^Input training-entrypoints names "\.\.\/train\.py"; /);
    expect(run.outputs).toStrictEqual({});
    expect(fake.requests).toHaveLength(0);
  });

  test.concurrent('a filter pattern that matches no file is a warning', async () => {
    const { run } = await gate(sha.plot ?? '');
    expect(run.warnings).toContain(
      "The pattern 'requirements.txt' of filter training matches no file at the head commit.",
    );
    expect(run.summary).toContain(
      '- <code>requirements&#46;txt</code> in filter <code>training</code>',
    );
  });

  test.concurrent('without entry points nothing of the repository is read', async () => {
    const { run, fake } = await gate(sha.schedule ?? '', { 'training-entrypoints': '' });
    expect(run.outputs['should-train']).toBe('false');
    expect(run.outputs['dependency-files']).toBeUndefined();
    expect(trees(fake) + blobs(fake)).toBe(0);
  });
});

describe('training-entrypoints with a checkout', () => {
  test.concurrent('reads git, not the API, and decides the same', async () => {
    const api = await gate(sha.schedule ?? '');
    const git = await gate(sha.schedule ?? '', {}, { checkout: true });
    expect(git.run.code).toBe(0);
    expect(trees(git.fake) + blobs(git.fake)).toBe(0);
    expect(git.run.stdout).toContain('1 changed file among them; read with git.');
    for (const name of ['should-train', 'reason', 'dependency-files', 'closure-size']) {
      expect([name, git.run.outputs[name]]).toEqual([name, api.run.outputs[name]]);
    }
  });

  test.concurrent(
    'without entry points, a checkout still lists the patterns that match no file',
    async () => {
      const none = { 'training-entrypoints': '' };
      const git = await gate(sha.plot ?? '', none, { checkout: true });
      expect(git.run.code).toBe(0);
      expect(git.run.warnings).toEqual([
        "The pattern 'requirements.txt' of filter training matches no file at the head commit.",
      ]);
      expect(git.run.summary).toContain(
        '- <code>requirements&#46;txt</code> in filter <code>training</code>',
      );
      // Without a checkout the files of the head would cost the whole tree: nothing is read.
      const api = await gate(sha.plot ?? '', none);
      expect(api.run.code).toBe(0);
      expect(api.run.warnings).toEqual([]);
      expect(trees(api.fake) + blobs(api.fake)).toBe(0);
      expect(api.run.outputs['should-train']).toBe(git.run.outputs['should-train']);
    },
  );

  test.concurrent(
    'a removed import is read from the base commit, fetched when shallow',
    async () => {
      const { run } = await gate(sha['drop-import'] ?? '', {}, { checkout: true });
      expect(run.code).toBe(0);
      expect(run.outputs['dependency-files']).toBe(
        '["src/vision/models/resnet.py","src/vision/utils/fast.py"]',
      );
    },
  );
});
