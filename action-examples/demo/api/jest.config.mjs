// The api suite's own jest config, so the repository's root jest.config.ts (its TypeScript tests) is not used.
// The tests are native ES modules: the suite runs jest with NODE_OPTIONS=--experimental-vm-modules.
export default {
  testEnvironment: 'node',
  testMatch: ['<rootDir>/**/*.test.mjs'],
  moduleFileExtensions: ['mjs', 'js', 'json'],
  transform: {},
  testTimeout: 20_000,
};
