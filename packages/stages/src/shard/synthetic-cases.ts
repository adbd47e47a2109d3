// Test cases testpipe adds when the runner could not report for itself: a timeout, a cancel, a run
// that ended before any test ran, a runner that died mid-file. They make the report say what happened.
import type { TestCaseRecord } from '@testpipe/core';
import { formatDurationSetting } from '@testpipe/core';

interface ShardIdentity {
  suite: string;
  shard: string;
  commandLine: string;
  tail: readonly string[];
}

function lastOutput(tail: readonly string[]): string {
  return tail.length ? `\n\nlast output:\n${tail.join('\n')}` : '';
}

function errored(identity: ShardIdentity, name: string, type: string, message: string): TestCaseRecord {
  return {
    suite: identity.suite,
    classname: identity.shard,
    name,
    attempts: [
      {
        status: 'errored',
        durationMs: 0,
        failure: { type, message, body: `${message}\ncommand: ${identity.commandLine}${lastOutput(identity.tail)}` },
      },
    ],
  };
}

/** Categorised as `timeout` by core's classifier (type TimeoutError, "timed out after"). */
export function timedOutCase(identity: ShardIdentity, timeoutMs: number, durationMs: number): TestCaseRecord {
  const limit = formatDurationSetting(timeoutMs);
  const record = errored(
    identity,
    `${identity.shard} timed out`,
    'TimeoutError',
    `shard ${identity.shard} timed out after ${limit} (suite timeout ${limit}); the whole process group was killed. ` +
      `The last output shows the test that was running: fix the hang or raise timeout for suite ${identity.suite} in testpipe.yml`,
  );
  record.attempts[0]!.durationMs = durationMs;
  return record;
}

export function cancelledCase(identity: ShardIdentity): TestCaseRecord {
  return errored(
    identity,
    `${identity.shard} cancelled`,
    'Cancelled',
    `shard ${identity.shard} was cancelled; its process group was killed`,
  );
}

/** The runner ended (or could not start) without reporting a single test. */
export function didNotRunCase(identity: ShardIdentity, how: string): TestCaseRecord {
  return errored(
    identity,
    `${identity.shard} did not run`,
    'RunnerError',
    `${how} before any test ran (no JUnit results). Run the command locally to see the error`,
  );
}

/** The runner died while running `file` (a test called process.exit): the tests it had left did not run. */
export function crashedFileCase(file: string, how: string, tail: readonly string[]): TestCaseRecord {
  const message =
    `${how} while running ${file}: its later tests and files did not run (does a test call process.exit, ` +
    'or run out of memory?)';
  return {
    suite: file,
    classname: file,
    name: 'Test file crashed',
    file,
    attempts: [
      {
        status: 'errored',
        durationMs: 0,
        failure: { type: 'RunnerCrash', message, body: `${message}${lastOutput(tail)}` },
      },
    ],
  };
}
