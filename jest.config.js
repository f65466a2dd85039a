// @ts-check
/**
 * Jest runs the TypeScript tests as ES modules (the project is "type": "module",
 * so `npm test` starts Node with --experimental-vm-modules). @swc/jest only
 * transpiles: `npm run typecheck` is the one type check.
 */

/** @type {import('jest').Config} */
export default {
  testEnvironment: 'node',
  roots: ['<rootDir>/__tests__'],
  testMatch: ['**/*.test.ts'],
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: {
    '^.+\\.ts$': [
      '@swc/jest',
      {
        jsc: {
          parser: { syntax: 'typescript' },
          target: 'es2022',
          experimental: { keepImportAttributes: true },
        },
        module: { type: 'es6' },
      },
    ],
  },
  // End-to-end tests start the bundle, git and a loopback API many times over.
  testTimeout: 180_000,
  // Coverage is part of `npm test`, so the thresholds hold in CI; `npm run test:unit`
  // (or --coverage=false) leaves it out for a quick run of a few files.
  collectCoverage: true,
  coverageProvider: 'v8',
  collectCoverageFrom: ['src/**/*.ts'],
  coverageReporters: ['text-summary', 'lcov'],
  // The pure core's coverage (all its files together), which can only go up.
  coverageThreshold: {
    './src/core/': { lines: 97, statements: 97, functions: 98, branches: 90 },
  },
};
