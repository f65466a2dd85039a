// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

/** Processes are started with an argument array (execFile/spawn), never through a shell. */
const NO_SHELL = ['child_process', 'node:child_process'].map((name) => ({
  name,
  importNames: ['exec', 'execSync'],
  message: 'Start processes with an argument array (execFile/spawn), never a shell.',
}));

/** What each ring of src/ may not import (see docs/architecture.md). */
const RINGS = {
  core: {
    paths: [
      'fs',
      'node:fs',
      'fs/promises',
      'node:fs/promises',
      'child_process',
      'node:child_process',
      'process',
      'node:process',
    ].map((name) => ({
      name,
      message:
        'src/core is pure: it reads no files, starts no processes and sees no process state; the front ends pass it what it needs.',
    })),
    patterns: [
      {
        group: ['@actions/*', '@octokit/*'],
        message:
          'src/core is pure: only src/action (and src/github for the API) use @actions and @octokit.',
      },
      {
        group: ['**/action/*', '**/cli/*', '**/github/*', '**/git/*'],
        message:
          'src/core imports only src/core: the shell rings depend on the core, never the other way round.',
      },
    ],
  },
  notGitHub: {
    patterns: [{ group: ['@octokit/*'], message: 'Only src/github talks to the GitHub API.' }],
  },
  notGit: {
    paths: ['child_process', 'node:child_process'].map((name) => ({
      name,
      message: 'Only src/git starts processes (git); everything else asks it.',
    })),
  },
};

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', '.tmp/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts', '**/*.js', '**/*.mjs'],
    languageOptions: {
      ecmaVersion: 2023,
      sourceType: 'module',
      globals: { ...globals.node },
    },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      // No dynamic code: nothing the gate runs is built from strings.
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
      'no-restricted-syntax': [
        'error',
        {
          selector: 'ImportExpression[source.type!="Literal"]',
          message: 'Dynamic import() of a computed module name is not allowed.',
        },
        {
          selector: 'CallExpression[callee.name="require"][arguments.0.type!="Literal"]',
          message: 'require() of a computed module name is not allowed.',
        },
      ],
      'no-restricted-imports': ['error', { paths: NO_SHELL }],
    },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: RINGS.core.paths, patterns: RINGS.core.patterns },
      ],
      'no-restricted-globals': [
        'error',
        {
          name: 'process',
          message: 'src/core is pure: take what you need from process as an argument.',
        },
      ],
    },
  },
  {
    files: ['src/**/*.ts'],
    ignores: ['src/core/**', 'src/github/**', 'src/git/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [...NO_SHELL, ...RINGS.notGit.paths], patterns: RINGS.notGitHub.patterns },
      ],
    },
  },
  {
    files: ['src/github/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { paths: [...NO_SHELL, ...RINGS.notGit.paths] }] },
  },
  {
    files: ['src/git/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: NO_SHELL, patterns: RINGS.notGitHub.patterns }],
    },
  },
  {
    files: ['src/git/**/*.ts'],
    ignores: ['src/git/runner.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: ['child_process', 'node:child_process'].map((name) => ({
            name,
            message: 'Only src/git/runner.ts starts git; the rest of src/git asks a GitRunner.',
          })),
          patterns: RINGS.notGitHub.patterns,
        },
      ],
    },
  },
);
