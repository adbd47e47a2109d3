import { CORE_VERSION } from '@testpipe/core';
test('loads', async () => {
  const core = await import('@actions/core');
  expect(typeof core.getInput).toBe('function');
  expect(CORE_VERSION).toBe('1.0.0');
});
