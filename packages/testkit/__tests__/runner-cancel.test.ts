import { runAction, runStep, type StepResult } from '../src/runner/index.js';
import { eventually, fixtureActionYml, grandchildPid, processIsGone } from './runner-test-helpers.js';

function cancelWhenReady(controller: AbortController) {
  return (line: string) => {
    if (line === 'ready') controller.abort();
  };
}

describe('cancelling a running step', () => {
  let result: StepResult | undefined;
  afterEach(() => {
    // Never leave a fixture's grandchild behind, even when an assertion failed.
    const pid = result ? /^grandchild (\d+)$/m.exec(result.rawStdout)?.[1] : undefined;
    if (pid && !processIsGone(Number(pid))) process.kill(Number(pid), 'SIGKILL');
    result = undefined;
  });

  test('SIGINT reaches an action that traps it and exits; its process group dies with it', async () => {
    const controller = new AbortController();
    result = await runStep({
      actionYml: fixtureActionYml('cancel-graceful'),
      signal: controller.signal,
      onLine: cancelWhenReady(controller),
    });
    expect(result).toMatchObject({ cancelled: true, outcome: 'cancelled', exitCode: 0, signalsSent: ['SIGINT'] });
    expect(result.outputs).toEqual({ 'stopped-by': 'SIGINT' });
    const pid = grandchildPid(result.stdout);
    expect(await eventually(() => processIsGone(pid))).toBe(true);
  });

  test('an action ignoring SIGINT and SIGTERM gets SIGTERM after the grace period, then SIGKILL', async () => {
    const controller = new AbortController();
    result = await runStep({
      actionYml: fixtureActionYml('cancel-stubborn'),
      signal: controller.signal,
      onLine: cancelWhenReady(controller),
      sigintGraceMs: 300,
      sigtermGraceMs: 300,
    });
    expect(result).toMatchObject({
      cancelled: true,
      outcome: 'cancelled',
      exitCode: null,
      signal: 'SIGKILL',
      signalsSent: ['SIGINT', 'SIGTERM', 'SIGKILL'],
    });
    expect(result.stdout).toContain('ignoring SIGINT\nignoring SIGTERM\n');
    const pid = grandchildPid(result.stdout);
    expect(await eventually(() => processIsGone(pid))).toBe(true);
  });

  test('timeoutMs stops the step the same way and fails it as timed out', async () => {
    result = await runStep({ actionYml: fixtureActionYml('cancel-graceful'), timeoutMs: 1500 });
    // The fixture may not have installed its SIGINT handler yet when the timeout fires; either way it stops.
    expect(result).toMatchObject({ timedOut: true, cancelled: false, outcome: 'failure' });
    expect(result.signalsSent[0]).toBe('SIGINT');
    expect(result.annotations).toContainEqual({ level: 'error', message: 'The action has timed out.' });
  });

  test('cancelAfterMs cancels a running step', async () => {
    result = await runStep({ actionYml: fixtureActionYml('cancel-graceful'), cancelAfterMs: 1000 });
    expect(result).toMatchObject({ cancelled: true, outcome: 'cancelled' });
    expect(result.signalsSent[0]).toBe('SIGINT');
  });

  test('a cancelled main is followed by post under the default always()', async () => {
    const controller = new AbortController();
    const run = await runAction({
      actionYml: fixtureActionYml('cancel-then-post'),
      signal: controller.signal,
      onLine: cancelWhenReady(controller),
    });
    result = run.main;
    expect(run.main.outcome).toBe('cancelled');
    expect(run.post).toMatchObject({ outcome: 'success', cancelled: false, outputs: { 'post-ran': 'yes' } });
  });
});
