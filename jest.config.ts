import type { Config } from 'jest';

// TypeScript tests run as native ESM (node --experimental-vm-modules, see package.json "test").
const config: Config = {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  testPathIgnorePatterns: ['/node_modules/', '/dist/'],
  testMatch: ['**/__tests__/**/*.test.ts'],
  moduleNameMapper: {
    '^@testpipe/(core|stages|github|testkit)$': '<rootDir>/packages/$1/src/index.ts',
    // The light entries an action's start path imports (package.json "exports").
    '^@testpipe/(core|stages|github)/([\\w-]+)$': '<rootDir>/packages/$1/src/$2.ts',
    '^(\\.{1,2}/.*)\\.js$': '$1',
  },
  transform: {
    '^.+\\.ts$': ['ts-jest', { useESM: true, tsconfig: '<rootDir>/tsconfig.json' }],
  },
  testTimeout: 60_000,
  maxWorkers: 2,
};

export default config;
