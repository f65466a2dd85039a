/**
 * End to end: several models in one repository. The built action runs as a
 * process against the loopback GitHub API, with a models input, and hands the
 * workflow a list of models and a matrix.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { startFakeGitHub } from '../helpers/fake-github.js';
import { pullRequestEvent } from '../helpers/events.js';
import { GitRepo } from '../helpers/git-repo.js';
import { runAction, type ActionRun } from '../helpers/run-action.js';

const TOKEN = 'test-token-0123456789';

const FILTERS = `shared:
  - 'src/common/**'
  - 'requirements.txt'
docs: ['docs/**']
`;

const MODELS = `fraud-detector:
  paths: ['src/models/fraud/**', 'data/fraud/**']
  filters: [shared]
  training-hours: 0.75
  gpu-runner: aws-g5.xlarge
churn:
  paths: ['src/models/churn/**', 'data/churn/**']
  filters: [shared]
  training-hours: 2
  gpu-count: 4
ranker:
  paths: ['src/models/ranker/**']
`;

let repo: GitRepo;
const sha: Record<string, string> = {};

beforeAll(() => {
  repo = GitRepo.create('gate-e2e-models-');
  sha.base = repo.commit(
    {
      'src/common/io.py': 'def read(): pass\n',
      'src/models/fraud/train.py': 'fraud\n',
      'src/models/churn/train.py': 'churn\n',
      'src/models/ranker/train.py': 'ranker\n',
      'data/fraud/2025-01.csv': 'a\n',
      'docs/index.md': '# models\n',
      'requirements.txt': 'torch\n',
      '.github/models.yml': MODELS,
    },
    'initial',
  );
  const branch = (name: string, edits: Record<string, string>): void => {
    repo.checkout('main');
    repo.checkout(name, true);
    sha[name] = repo.commit(edits, name);
  };
  branch('fraud-data', { 'data/fraud/2025-02.csv': 'b\n' });
  branch('shared', { 'src/common/io.py': 'def read(): return 1\n' });
  branch('docs', { 'docs/index.md': '# models, documented\n' });
  repo.checkout('main');
});

afterAll(() => repo?.remove());

async function gate(head: string, inputs: Record<string, string> = {}): Promise<ActionRun> {
  const fake = await startFakeGitHub({ repo, token: TOKEN });
  try {
    return await runAction({
      apiUrl: fake.url,
      eventName: 'pull_request',
      payload: pullRequestEvent({ number: 7, base: sha.base ?? '', head }),
      inputs: {
        filters: FILTERS,
        models: MODELS,
        token: TOKEN,
        'gpu-hourly-cost': '2',
        ...inputs,
      },
    });
  } finally {
    await fake.close();
  }
}

function matrix(run: ActionRun): { include: Record<string, string>[] } {
  return JSON.parse(run.outputs.matrix ?? '') as { include: Record<string, string>[] };
}

describe('several models, one gate', () => {
  test.concurrent("a pull request touching one model's data trains only that model", async () => {
    const run = await gate(sha['fraud-data'] ?? '');
    expect(run.code).toBe(0);
    expect(run.outputs['should-train']).toBe('true');
    expect(run.outputs.models).toBe('["fraud-detector"]');
    expect(matrix(run)).toStrictEqual({
      include: [
        {
          model: 'fraud-detector',
          reason: 'its paths matched 1 file (data/fraud/2025-02.csv)',
          'gpu-hours': '0.75',
          cost: '0.75',
        },
      ],
    });
    expect([run.outputs['fraud-detector'], run.outputs.churn, run.outputs.ranker]).toStrictEqual([
      'true',
      'false',
      'false',
    ]);
    // churn: 2 h × 4 runners × $2; ranker: the action-level price, no training time
    expect(run.outputs['estimated-cost']).toBe('0.75');
    expect(run.outputs['cost-avoided']).toBe('');
    expect(run.summary).toContain('| Model | Decision | Why | GPU-hours | Cost |');
    expect(run.summary).toContain(
      '| <code>churn</code> | ⏭️ skips | nothing it trains on changed | 8 avoided | $16.00 avoided |',
    );
  });

  test.concurrent(
    'a change to shared code trains every model that names the shared filter',
    async () => {
      const run = await gate(sha.shared ?? '');
      expect(run.outputs.models).toBe('["fraud-detector","churn"]');
      expect(matrix(run).include.map((m) => [m.model, m['gpu-hours'], m.cost])).toStrictEqual([
        ['fraud-detector', '0.75', '0.75'],
        ['churn', '8', '16.00'],
      ]);
      expect(run.outputs.reason).toMatch(
        /^training 2 of 3 models: fraud-detector \(filter shared matched 1 file \(src\/common\/io\.py\)\); churn/,
      );
      expect(run.outputs['estimated-cost']).toBe('16.75');
    },
  );

  test.concurrent(
    'docs only trains none; the matrix is valid JSON, and the documented if: skips the job',
    async () => {
      const run = await gate(sha.docs ?? '');
      expect(run.code).toBe(0);
      expect(run.outputs['should-train']).toBe('false');
      expect(matrix(run)).toStrictEqual({ include: [] });
      // The README guards the training job with: if: needs.detect-changes.outputs.models != '[]'
      expect(run.outputs.models).toBe('[]');
      expect(run.outputs.reason).toBe(
        'skipped: 1 changed file, none of them what a model trains on (fraud-detector, churn or ranker)',
      );
    },
  );

  test.concurrent('a forced run trains all; force may name models', async () => {
    const all = await gate(sha.docs ?? '', { force: 'true' });
    expect(all.outputs.models).toBe('["fraud-detector","churn","ranker"]');
    const named = await gate(sha.docs ?? '', { force: 'ranker, churn' });
    expect(named.outputs.models).toBe('["churn","ranker"]');
    const unknown = await gate(sha.docs ?? '', { force: 'rankr' });
    expect(unknown.code).toBe(1);
    expect(unknown.errors[0]).toMatch(/Input force names "rankr", which is not a model/);
    expect(unknown.outputs).toStrictEqual({});
  });

  test.concurrent('models from a file in the repository, read at the base', async () => {
    const run = await gate(sha['fraud-data'] ?? '', { models: '.github/models.yml' });
    expect(run.code).toBe(0);
    expect(run.outputs.models).toBe('["fraud-detector"]');
    expect(run.stdout).toContain('Models read from .github/models.yml at');
  });

  test.concurrent('a bad model entry fails the step, naming the model and the key', async () => {
    const run = await gate(sha.docs ?? '', {
      models: "churn:\n  paths: ['src/models/churn/**']\n  gpu-cuont: 4\n",
    });
    expect(run.code).toBe(1);
    expect(run.errors[0]).toMatch(
      /Invalid model "churn" in the models input \(line 1\): the key "gpu-cuont" is not known; allowed keys: paths, filters, gpu-hourly-cost/,
    );
    expect(run.outputs).toStrictEqual({});
  });
});
