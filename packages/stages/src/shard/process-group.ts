// Runs one program in its own process group, streams its output lines, and on timeout or cancel
// kills the whole group: SIGTERM, then SIGKILL after a grace period. Leftover processes (a server
// a test started and never stopped) are killed the same way when the program exits.
import { spawn } from 'node:child_process';
import { createWriteStream, type WriteStream } from 'node:fs';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';

export interface ProcessGroupOptions {
  file: string;
  args: readonly string[];
  cwd: string;
  env: NodeJS.ProcessEnv;
  timeoutMs: number;
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
}

function signalGroup(pgid: number, signal: NodeJS.Signals): boolean {
  try {
    process.kill(-pgid, signal);
    return true;
  } catch {
    return false; // ESRCH: the group is gone
  }
}

function groupAlive(pgid: number): boolean {
  return signalGroup(pgid, 0 as unknown as NodeJS.Signals);
}

const delay = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** SIGTERM the group, wait up to graceMs for it to go, then SIGKILL whatever is left. */
async function terminateGroup(pgid: number, graceMs: number): Promise<void> {
  if (!signalGroup(pgid, 'SIGTERM')) return;
  const pollMs = 50;
  for (let waited = 0; waited < graceMs; waited += pollMs) {
    if (!groupAlive(pgid)) return;
    await delay(pollMs);
  }
  signalGroup(pgid, 'SIGKILL');
  for (let waited = 0; waited < 2000 && groupAlive(pgid); waited += pollMs) await delay(pollMs);
}

function streamLines(stream: Readable, onLine: (line: string) => void): Promise<void> {
  const lines = createInterface({ input: stream, crlfDelay: Infinity });
  lines.on('line', onLine);
  return new Promise((resolve) => lines.once('close', resolve));
}

export function runInProcessGroup(options: ProcessGroupOptions): Promise<ProcessGroupResult> {
  const tailSize = options.tailLines ?? 50;
  const tail: string[] = [];
  const onLine = (line: string): void => {
    tail.push(line);
    if (tail.length > tailSize) tail.shift();
    options.onLine(line);
  };
  return new Promise((resolve) => {
    const child = spawn(options.file, options.args, {
      cwd: options.cwd,
      env: options.env,
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const result: ProcessGroupResult = { exitCode: null, exitSignal: null, timedOut: false, cancelled: false, tail };
    if (child.pid !== undefined) result.pid = child.pid;
    let copy: WriteStream | undefined;
    if (options.stdoutFile) {
      copy = createWriteStream(options.stdoutFile);
      child.stdout.pipe(copy);
    }
    let stopping: Promise<void> | undefined;
    const stop = (): Promise<void> =>
      (stopping ??= child.pid ? terminateGroup(child.pid, options.graceMs) : Promise.resolve());
    const timer = setTimeout(
      () => {
        result.timedOut = true;
        void stop();
      },
      Math.max(0, options.timeoutMs),
    );
    const onAbort = (): void => {
      result.cancelled = true;
      void stop();
    };
    options.signal?.addEventListener('abort', onAbort, { once: true });
    if (options.signal?.aborted) onAbort();
    const outputDone = Promise.all([streamLines(child.stdout, onLine), streamLines(child.stderr, onLine)]);
    let finished = false;
    const finish = async (): Promise<void> => {
      if (finished) return;
      finished = true;
      clearTimeout(timer);
      options.signal?.removeEventListener('abort', onAbort);
      await stop(); // leftovers of a finished run, or the rest of a killed one
      if (copy) await new Promise((done) => copy.end(done));
      resolve(result);
    };
    child.once('error', (error) => {
      result.spawnError = error;
      void finish();
    });
    child.once('exit', (code, signal) => {
      result.exitCode = code;
      result.exitSignal = signal;
      void stop(); // a leftover holding stdout open would otherwise keep the shard waiting
    });
    child.once('close', () => void outputDone.then(finish));
  });
}
