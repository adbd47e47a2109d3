// The @actions/* packages are ESM-only since @actions/core 3; this proves jest loads them as ESM.
test('ESM-only @actions packages load under jest', async () => {
  const core = await import('@actions/core');
  const github = await import('@actions/github');
  expect(typeof core.getInput).toBe('function');
  expect(typeof github.getOctokit).toBe('function');
});
