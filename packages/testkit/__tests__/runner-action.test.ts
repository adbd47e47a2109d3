import { runAction } from '../src/runner/index.js';
import { fixtureActionYml } from './runner-test-helpers.js';

const SECRET = 'pw-Zq81-secret-value';

describe('runAction: main then post', () => {
  test("main's state reaches post as STATE_<name>, with main's exported env", async () => {
    const { main, post, postSkipped } = await runAction({ actionYml: fixtureActionYml('state-and-post') });
    expect(main.outcome).toBe('success');
    expect(main.state).toEqual({ 'pipeline-id': '5550001-2', resources: 'db\nqueue' });
    expect(postSkipped).toBe(false);
    expect(post?.outcome).toBe('success');
    expect(post?.outputs).toEqual({
      'pipeline-id': '5550001-2',
      resources: 'db\nqueue',
      'from-main': 'exported-by-main',
    });
  });

  test('a core.setSecret value never appears in the returned stdout or stderr of either step', async () => {
    const { main, post } = await runAction({ actionYml: fixtureActionYml('state-and-post') });
    // The raw streams prove the fixture really printed the secret, so the masked ones are a real check.
    expect(main.rawStdout).toContain(`connecting with password ${SECRET}`);
    expect(main.rawStderr).toContain(SECRET);
    expect(post?.rawStdout).toContain(SECRET);
    for (const text of [main.stdout, main.stderr, post?.stdout, post?.stderr]) expect(text).not.toContain(SECRET);
    expect(main.stdout).toContain('connecting with password ***');
    expect(main.stdout).toContain('::add-mask::***');
    expect(main.stderr).toContain('stderr also sees ***');
    expect(post?.stdout).toContain('post still must not print ***');
    expect(main.maskedValues).toContain(SECRET);
  });

  test('post runs after a failed main under the default post-if: always()', async () => {
    const { main, post } = await runAction({
      actionYml: fixtureActionYml('state-and-post'),
      inputs: { 'fail-main': 'true' },
    });
    expect(main).toMatchObject({ outcome: 'failure', exitCode: 1 });
    expect(main.annotations).toContainEqual({ level: 'error', message: 'main failed on purpose' });
    expect(post?.outcome).toBe('success');
    expect(post?.outputs['pipeline-id']).toBe('5550001-2');
  });

  test('post-if: success() skips post after a failed main, and runs it after a successful one', async () => {
    const failed = await runAction({ actionYml: fixtureActionYml('post-if-success'), inputs: { 'fail-main': 'true' } });
    expect(failed.main.outcome).toBe('failure');
    expect(failed.postSkipped).toBe(true);
    expect(failed.post).toBeUndefined();

    const succeeded = await runAction({ actionYml: fixtureActionYml('post-if-success') });
    expect(succeeded.postSkipped).toBe(false);
    expect(succeeded.post?.outputs['pipeline-id']).toBe('5550001-2');
  });

  test('an action without post runs main only', async () => {
    const { main, post, postSkipped } = await runAction({ actionYml: fixtureActionYml('broken-delimiter') });
    expect(main.outputs).toEqual({});
    expect(post).toBeUndefined();
    expect(postSkipped).toBe(false);
  });
});
