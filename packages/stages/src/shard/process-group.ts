// Runs one program in its own session and process group and streams its output lines. On timeout or
// cancel it kills everything the program started (see process-tree.ts): SIGTERM, then SIGKILL after a
// grace period. Once the program exits, whatever it left running (a server a test never stopped, a
// `setsid` daemon holding the output pipe) is killed too, and reported, so the shard ends on time.
import { spawn } from 'node:child_process';
import { createWriteStream, type WriteStream } from 'node:fs';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import { systemClock } from '@testpipe/core';
import { CANCEL_KILL_GRACE_MS } from '../defaults.js';
import { startFailureMessage } from '../runners/find-program.js';
import { ProcessTree, type TrackedProcess } from './process-tree.js';

export interface ProcessGroupOptions {
  file: string;
  args: readonly string[];
  cwd: string;
  env: NodeJS.ProcessEnv;
  timeoutMs: number;
  /** SIGTERM to SIGKILL on timeout and for what the program left running; on cancel at most CANCEL_KILL_GRACE_MS. */
  graceMs: number;
  onLine(line: string): void;
  signal?: AbortSignal;
  /** stdout is also copied here, raw. */
  stdoutFile?: string;
  /** Lines of output kept for messages. */
  tailLines?: number;
}

export interface ProcessGroupResult {
  exitCode: number | null;
  /** Signal that ended the program, if any. */
  exitSignal: NodeJS.Signals | null;
  timedOut: boolean;
  cancelled: boolean;
  /** The program could not be started (ENOENT...). */
  spawnError?: Error;
  /** The last lines it printed, stdout and stderr interleaved as they arrived. */
  tail: string[];
  pid?: number;
  /** Processes still running after the program itself exited, which were killed. */
  strays: TrackedProcess[];
}

/** After the program exits, how long its output may stay open and its descendants may take to end. */
const DRAIN_MS = 1500;
const DRAIN_POLL_MS = 100;

function streamLines(stream: Readable, onLine: (line: string) => void): Promise<void> {
  const lines = createInterface({ input: stream, crlfDelay: Infinity });
  lines.on('line', onLine);
  return new Promise((resolve) => lines.once('close', resolve));
}

/** Polls until `done()` or `ms` have passed. */
async function waitUntil(done: () => boolean, ms: number): Promise<void> {
  const until = systemClock.now() + ms;
  while (!done() && systemClock.now() < until) await systemClock.sleep(DRAIN_POLL_MS);
}

export async function runInProcessGroup(options: ProcessGroupOptions): Promise<ProcessGroupResult> {
  const tailSize = options.tailLines ?? 50;
  const tail: string[] = [];
  const result: ProcessGroupResult = {
    exitCode: null,
    exitSignal: null,
    timedOut: false,
    cancelled: false,
    tail,
    strays: [],
  };
  const onLine = (line: string): void => {
    tail.push(line);
    if (tail.length > tailSize) tail.shift();
    options.onLine(line);
  };
  const tree = new ProcessTree();
  const child = spawn(options.file, options.args, {
    cwd: options.cwd,
    env: { ...options.env, ...tree.environment },
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<void>((resolve) =>
    child.once('exit', (code, signal) => {
      result.exitCode = code;
      result.exitSignal = signal;
      resolve();
    }),
  );
  let outputEnded = false;
  const output = Promise.all([streamLines(child.stdout, onLine), streamLines(child.stderr, onLine)]).then(() => {
    outputEnded = true;
  });
  const copy: WriteStream | undefined = options.stdoutFile ? createWriteStream(options.stdoutFile) : undefined;
  if (copy) child.stdout.pipe(copy);
  const endCopy = (): Promise<unknown> => new Promise((done) => (copy ? copy.end(done) : done(undefined)));
  const spawnError = await new Promise<Error | undefined>((resolve) => {
    child.once('spawn', () => resolve(undefined));
    child.once('error', resolve);
  });
  if (spawnError || child.pid === undefined) {
    result.spawnError = new Error(
      spawnError ? startFailureMessage(spawnError, options.file, options.cwd) : `${options.file} did not start`,
    );
    await endCopy();
    return result;
  }
  child.on('error', () => undefined); // a failed kill of a process already gone
  result.pid = child.pid;
  tree.track(child.pid);

  let programExited = false;
  const timer = setTimeout(
    () => {
      result.timedOut = true;
      void tree.terminate(options.graceMs);
    },
    Math.max(0, options.timeoutMs),
  );
  const onAbort = (): void => {
    if (!programExited) result.cancelled = true;
    void tree.terminate(Math.min(options.graceMs, CANCEL_KILL_GRACE_MS));
  };
  options.signal?.addEventListener('abort', onAbort, { once: true });
  if (options.signal?.aborted) onAbort();

  await exited;
  programExited = true;
  clearTimeout(timer); // the program ended in time, whatever it left behind
  await waitUntil(() => outputEnded && tree.living().length === 0, DRAIN_MS);
  const running = await tree.terminate(options.graceMs);
  if (!result.timedOut && !result.cancelled) result.strays = running.filter((tracked) => tracked.pid !== child.pid);
  await waitUntil(() => outputEnded, DRAIN_MS);
  if (!outputEnded) {
    // Held open by a process no scan could attribute to the program: stop reading rather than wait for it.
    child.stdout.destroy();
    child.stderr.destroy();
  } else await output;
  options.signal?.removeEventListener('abort', onAbort);
  tree.dispose();
  await endCopy();
  return result;
}
