/**
 * For the tests of src/github: a client of a fake GitHub that records the
 * waits it asks for instead of sleeping, and the lines it logs; and the
 * repository most of those tests ask about.
 */
import {
  createGitHubApi,
  type ApiOptions,
  type GitHubApi,
  type RetrySettings,
} from '../../src/github/index.js';
import type { FakeGitHub } from './fake-github.js';
import type { GitRepo } from './git-repo.js';

export const TOKEN = 'ghs_TestToken0123456789abcdefSECRET';

/** What clients made with it asked for and said. */
export interface Recorder {
  /** Every wait asked for, in milliseconds, in order. */
  waits: number[];
  /** Every debug and warning line. */
  lines: string[];
  warnings: string[];
  /** Forgets the waits (the lines are kept, for the check that none holds the token). */
  clearWaits(): void;
}

export function recorder(): Recorder {
  const rec: Recorder = {
    waits: [],
    lines: [],
    warnings: [],
    clearWaits: () => {
      rec.waits.length = 0;
    },
  };
  return rec;
}

/** A client of acme/models on the fake, logging and sleeping into `rec`. */
export function testClient(
  fake: FakeGitHub,
  rec: Recorder,
  retry: RetrySettings = {},
  overrides: Partial<ApiOptions> = {},
): GitHubApi {
  return createGitHubApi({
    token: TOKEN,
    owner: 'acme',
    repo: 'models',
    baseUrl: fake.url,
    log: {
      debug: (m) => rec.lines.push(m),
      warning: (m) => {
        rec.lines.push(m);
        rec.warnings.push(m);
      },
    },
    retry: {
      sleep: async (ms) => {
        rec.waits.push(ms);
      },
      ...retry,
    },
    ...overrides,
  });
}

/** Files named `${dir}/f0000.txt` … for one wide commit. */
export function manyFiles(dir: string, n: number): Record<string, string> {
  const files: Record<string, string> = {};
  for (let i = 0; i < n; i++) files[`${dir}/f${String(i).padStart(4, '0')}.txt`] = `${dir} ${i}\n`;
  return files;
}

/**
 * A models repository: a root commit (tagged v0, and branch release/1.0), a
 * `feature` branch that changes training code (a modification, an addition, a
 * deletion and a rename), and `main` moved on after the branch point. With
 * `wide`, branches of 250, 301 and 3,001 added files and a `history` of 120
 * empty commits on top of main. Returns the SHAs by name.
 */
export function buildModels(repo: GitRepo, wide = false): Record<string, string> {
  const sha: Record<string, string> = {};
  sha.root = repo.commit(
    {
      'README.md': 'models\n',
      'src/training/train.py': 'print("train")\n',
      'src/training/old_loss.py': 'loss = 1\n',
      'config/training.yaml': 'lr: 0.1\n',
      'data/training/labels.csv': 'a,b\n',
      'docs/guide.md': 'guide\n',
    },
    'initial layout',
  );
  repo.git('tag', 'v0');
  repo.git('branch', 'release/1.0');

  repo.checkout('feature', true);
  repo.commit(
    {
      'src/training/train.py': 'print("train harder")\n',
      'data/training/labels.csv': null,
      'src/training/model.py': 'model = "ünïcode"\n',
    },
    'change training',
  );
  sha.featureRename = repo.rename('src/training/old_loss.py', 'src/losses/loss.py');
  sha.feature = repo.head();

  // main moves on after the branch point: three-dot must not show this file.
  repo.checkout('main');
  sha.main = repo.commit({ 'docs/guide.md': 'guide, revised\n' }, 'docs on main');
  if (!wide) return sha;

  for (const [branch, n] of [
    ['wide250', 250],
    ['wide301', 301],
    ['wide3001', 3001],
  ] as const) {
    repo.checkout('main');
    repo.checkout(branch, true);
    sha[branch] = repo.commitMany(manyFiles(branch, n), `${n} files`);
  }

  repo.checkout('main');
  repo.checkout('history', true);
  for (let i = 0; i < 120; i++) repo.git('commit', '-q', '--allow-empty', '-m', `step ${i}`);
  sha.history = repo.head();
  repo.checkout('main');
  return sha;
}
