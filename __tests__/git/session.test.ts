import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, realpathSync } from 'node:fs';
import { join } from 'node:path';
import { changedFiles } from '../../src/git/diff.js';
import { GitError } from '../../src/git/errors.js';
import { fileAt, isGitCheckout } from '../../src/git/local.js';
import { createGitRunner, type GitRunOptions, type GitRunner } from '../../src/git/runner.js';
import { NO_PROGRAMS_CONFIG, Session, redactSecrets } from '../../src/git/session.js';
import { defined, rejectionOf } from '../helpers/expect.js';
import {
  newRepo,
  options,
  recordingServer,
  setUpGitTests,
  tempDir,
  wrapGit,
} from '../helpers/git-fixtures.js';

setUpGitTests();

describe('authentication', () => {
  const token = 'ghs_TopSecretToken123';
  const encoded = Buffer.from(`x-access-token:${token}`).toString('base64');

  it.each([
    ['the git installed', undefined],
    ['git 2.30.0 reported', '2.30.0'],
  ] as const)(
    'sends the token as one header, never in arguments or messages (%s)',
    async (_git, version) => {
      const { url, auth } = await recordingServer();
      const repo = newRepo();
      const head = repo.commit({ 'a.txt': '1\n' });
      repo.git('remote', 'add', 'origin', `${url}/owner/repo.git`);
      // What actions/checkout leaves behind with persist-credentials.
      repo.git('config', `http.${url}/.extraheader`, 'AUTHORIZATION: basic b2xkOm9sZA==');
      const wrapper = wrapGit(version);
      try {
        const error = await rejectionOf(
          changedFiles(options(repo.dir, { token, serverUrl: url }), 'a'.repeat(40), head),
          GitError,
        );
        expect(error.message).toMatch(/fetching it from origin failed/);
        expect(error.message).not.toContain(token);
        expect(error.message).not.toContain(encoded);
      } finally {
        wrapper.restore();
      }
      // git contacted the server
      expect(auth.length).toBeGreaterThan(0);
      for (const values of auth) expect(values).toStrictEqual([`basic ${encoded}`]);
      expect(wrapper.argv()).toContain('fetch');
      expect(!wrapper.argv().includes(token) && !wrapper.argv().includes(encoded)).toBeTruthy();
      // the header went through the environment
      expect(wrapper.env()).toContain(encoded);
    },
  );

  it('uses the checkout credentials when no token is given', async () => {
    const { url, auth } = await recordingServer();
    const repo = newRepo();
    const head = repo.commit({ 'a.txt': '1\n' });
    repo.git('remote', 'add', 'origin', `${url}/owner/repo.git`);
    repo.git('config', `http.${url}/.extraheader`, 'AUTHORIZATION: basic b2xkOm9sZA==');
    await expect(changedFiles(options(repo.dir), 'b'.repeat(40), head)).rejects.toThrow(GitError);
    expect(auth.length).toBeGreaterThan(0);
    for (const values of auth) expect(values).toStrictEqual(['basic b2xkOm9sZA==']);
  });

  it('never waits for a password', async () => {
    const { url, auth } = await recordingServer(401);
    const repo = newRepo();
    const head = repo.commit({ 'a.txt': '1\n' });
    repo.git('remote', 'add', 'origin', `${url.replace('://', '://someone@')}/owner/repo.git`);
    await expect(changedFiles(options(repo.dir), 'c'.repeat(40), head)).rejects.toThrow(
      /terminal prompts disabled/,
    );
    expect(auth.length).toBeGreaterThan(0);
  });

  it('keeps tokens and URL credentials out of messages', () => {
    expect(
      redactSecrets(
        "fatal: unable to access 'https://user:hunter2@example.com/o/r.git/': tok3n and dG9r",
        ['tok3n', 'dG9r', ''],
      ),
    ).toBe("fatal: unable to access 'https://***@example.com/o/r.git/': *** and ***");
    expect(redactSecrets('https://example.com/a@b and git@host:x', [])).toBe(
      'https://example.com/a@b and git@host:x',
    );
  });
});

describe('a checkout owned by another user', () => {
  const isRoot = process.getuid?.() === 0;
  let restoreEnv = (): void => {};
  beforeAll(() => {
    if (!isRoot) {
      // Without root to chown, git's own switch makes every repository look foreign.
      process.env.GIT_TEST_ASSUME_DIFFERENT_OWNER = '1';
      restoreEnv = () => delete process.env.GIT_TEST_ASSUME_DIFFERENT_OWNER;
    }
  });
  afterAll(() => restoreEnv());

  function foreignRepo(): { dir: string; base: string; head: string } {
    const repo = newRepo();
    const base = repo.commit({ 'sub/a.txt': '1\n', 'config.yaml': 'training: src/**\n' });
    const head = repo.commit({ 'sub/a.txt': '2\n' });
    if (isRoot) execFileSync('chown', ['-R', 'nobody', repo.dir]);
    return { dir: repo.dir, base, head };
  }

  function plainGitRefuses(dir: string): void {
    expect(() =>
      execFileSync('git', ['rev-parse', 'HEAD'], {
        cwd: dir,
        env: { ...process.env },
        stdio: 'pipe',
      }),
    ).toThrow(/dubious ownership/);
  }

  it.each([
    ['the git installed', undefined],
    ['git 2.35.1 reported', '2.35.1'],
    ['git 2.30.0 reported', '2.30.0'],
  ] as const)('works where plain git refuses (%s)', async (_git, version) => {
    const { dir, base, head } = foreignRepo();
    plainGitRefuses(dir);
    const wrapper = wrapGit(version);
    try {
      expect(await isGitCheckout(dir)).toBe(true);
      expect(await changedFiles(options(dir), base, head)).toStrictEqual([
        { filename: 'sub/a.txt', status: 'modified' },
      ]);
      expect(await fileAt(options(dir), base, 'config.yaml')).toBe('training: src/**\n');
    } finally {
      wrapper.restore();
    }
    plainGitRefuses(dir); // nothing was written to the user's config
    const env = wrapper.env();
    if (!version) {
      // git 2.38 and later take safe.directory from the environment.
      expect(env).toMatch(/^GIT_CONFIG_KEY_\d+=safe\.directory$/m);
      expect(env).not.toContain('ml-change-gate-git-');
    } else {
      // Older git reads safe.directory from a temporary global config only.
      const name = version === '2.30.0' ? 'HOME' : 'GIT_CONFIG_GLOBAL';
      const file = env
        .split('\n')
        .find((line) => line.startsWith(`${name}=`) && line.includes('ml-change-gate-git-'))
        ?.slice(name.length + 1);
      // the temporary config is removed
      expect(existsSync(defined(file))).toBe(false);
      expect(env).not.toMatch(/GIT_CONFIG_KEY_\d+=safe\.directory/);
    }
    // only the folder git is run in is marked safe, never those above it
    expect(await isGitCheckout(join(dir, 'sub'))).toBe(false);
  });

  it('still fails for a folder that is not a checkout at all', async () => {
    const dir = tempDir('gate-plain-');
    mkdirSync(join(dir, 'x'));
    expect(await isGitCheckout(join(dir, 'x'))).toBe(false);
  });
});

describe('a machine without git', () => {
  it('fails with a GitError saying git could not be started, and is no checkout', async () => {
    const repo = newRepo();
    const head = repo.commit({ 'a.txt': '1\n' });
    const oldPath = process.env.PATH;
    process.env.PATH = tempDir('gate-no-git-');
    try {
      const error = await rejectionOf(
        changedFiles(options(repo.dir, { token: 'ghs_NotInMessages' }), head, head),
        GitError,
      );
      expect(error.message).toMatch(/^git could not be started \(is it installed and on PATH\?\)/);
      expect(await isGitCheckout(repo.dir)).toBe(false);
    } finally {
      process.env.PATH = oldPath;
    }
  });
});

describe('Session', () => {
  /** The real runner, recording the arguments and environment of every command. */
  function recordingRunner(): { runner: GitRunner; calls: [string[], GitRunOptions][] } {
    const real = createGitRunner();
    const calls: [string[], GitRunOptions][] = [];
    return {
      calls,
      runner: {
        run: (args, runOptions) => {
          calls.push([[...args], runOptions]);
          return real.run(args, runOptions);
        },
      },
    };
  }

  it('asks a runner for the git version once, however many sessions it serves', async () => {
    const repo = newRepo();
    repo.commit({ 'a.txt': '1\n' });
    const { runner, calls } = recordingRunner();
    for (let i = 0; i < 3; i++) {
      await Session.with(
        options(repo.dir),
        (session) => session.must(['status'], 'failed'),
        runner,
      );
    }
    const asked = calls.filter(([args]) => args.at(-1) === 'version');
    expect(asked).toHaveLength(1);
    expect(calls.filter(([args]) => args.at(-1) === 'status')).toHaveLength(3);
  });

  it('runs every command through the runner it is given, with stable config and the token in the environment only', async () => {
    const repo = newRepo();
    const head = repo.commit({ 'a.txt': '1\n' });
    const token = 'ghs_OnlyInTheEnvironment';
    const { runner, calls } = recordingRunner();
    const files = await Session.with(
      options(repo.dir, { token }),
      async (session) => {
        expect(session.supports(2, 0)).toBe(true);
        return session.must(['diff', '--name-only', `${head}~0`, head], 'diff failed');
      },
      runner,
    );
    expect(files).toBe('');
    const configArgs = 12 + NO_PROGRAMS_CONFIG.length * 2;
    expect(calls.map(([args]) => args.slice(configArgs))).toStrictEqual([
      ['version'],
      ['diff', '--name-only', `${head}~0`, head],
    ]);
    for (const [args, runOptions] of calls) {
      expect(args.slice(0, 12)).toStrictEqual([
        '-c',
        'core.quotePath=false',
        '-c',
        'color.ui=false',
        '-c',
        'diff.relative=false',
        '-c',
        'diff.ignoreSubmodules=none',
        '-c',
        'gc.auto=0',
        '-c',
        'maintenance.auto=false',
      ]);
      // then the config that keeps any setting of the repository from starting a program
      expect(args.slice(12, configArgs)).toStrictEqual(
        NO_PROGRAMS_CONFIG.flatMap((c) => ['-c', c]),
      );
      expect(args.slice(12, configArgs)).toContain('core.hooksPath=/dev/null');
      expect(args.join(' ')).not.toContain(token);
      expect(runOptions.cwd).toBe(realpathSync(repo.dir));
      expect(runOptions.env.GIT_TERMINAL_PROMPT).toBe('0');
    }
    const env = defined(calls[1])[1].env;
    const encoded = Buffer.from(`x-access-token:${token}`).toString('base64');
    expect(Object.values(env)).toContain(`AUTHORIZATION: basic ${encoded}`);
  });
});
