import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { memoryStateProvider, runnerStateProvider } from '@testpipe/github';

describe('StateProvider', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'testpipe-state-'));
  });
  afterEach(async () => {
    delete process.env.GITHUB_STATE;
    delete process.env.STATE_teardown;
    await rm(dir, { recursive: true, force: true });
  });

  test('the runner variant writes GITHUB_STATE in main and reads STATE_<name> in post', async () => {
    const stateFile = path.join(dir, 'state');
    await writeFile(stateFile, '');
    process.env.GITHUB_STATE = stateFile;
    runnerStateProvider.save('teardown', { stateKey: 'testpipe/o/r/1-1/e2e.tfstate', vars: ['a.tfvars'] });
    const written = await readFile(stateFile, 'utf8');
    expect(written).toMatch(/^teardown<<ghadelimiter_/);
    // The runner hands the saved value to the post step as STATE_teardown.
    process.env.STATE_teardown = written.split('\n')[1];
    expect(runnerStateProvider.read('teardown')).toEqual({
      stateKey: 'testpipe/o/r/1-1/e2e.tfstate',
      vars: ['a.tfvars'],
    });
    expect(runnerStateProvider.read('missing')).toBeUndefined();
  });

  test('the memory variant keeps values for the same process only, as copies', () => {
    const state = memoryStateProvider();
    const value = { dir: 'infra' };
    state.save('teardown', value);
    value.dir = 'changed';
    expect(state.read('teardown')).toEqual({ dir: 'infra' });
    expect(memoryStateProvider().read('teardown')).toBeUndefined();
  });
});
