import { spawn } from 'node:child_process';

export interface CancelTimings {
  /** Wait after SIGINT before SIGTERM; the runner waits 7.5 s. */
  sigintGraceMs?: number;
  /** Wait after SIGTERM before SIGKILL; the runner waits 2.5 s. */
  sigtermGraceMs?: number;
}

export interface StepProcessOptions extends CancelTimings {
  nodePath: string;
  scriptPath: string;
  cwd: string;
  env: Record<string, string>;
  signal?: AbortSignal;
  cancelAfterMs?: number;
  timeoutMs?: number;
  onStdout: (chunk: string) => void;
  onStderr: (chunk: string) => void;
}

export interface StepProcessResult {
  exitCode: number | null;
  signal: NodeJS.Signals | null;
  cancelled: boolean;
  timedOut: boolean;
  /** Signals sent to the process group, in order. */
  signalsSent: NodeJS.Signals[];
}

export const DEFAULT_SIGINT_GRACE_MS = 7500;
export const DEFAULT_SIGTERM_GRACE_MS = 2500;
// After the step exits, how long a grandchild may keep its stdout open before the group is killed.
const STDIO_DRAIN_MS = 2000;

function signalGroup(pid: number, signal: NodeJS.Signals): boolean {
  try {
    process.kill(-pid, signal);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ESRCH') return false;
    throw error;
  }
}

/**
 * Runs `node <script>` in its own process group, as the runner runs a JavaScript action step.
 * Cancelling sends SIGINT, then SIGTERM, then SIGKILL to the whole group, like the runner's cancel.
 */
export function runStepProcess(options: StepProcessOptions): Promise<StepProcessResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(options.nodePath, [options.scriptPath], {
      cwd: options.cwd,
      env: options.env,
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const timers: NodeJS.Timeout[] = [];
    const result: StepProcessResult = {
      exitCode: null,
      signal: null,
      cancelled: false,
      timedOut: false,
      signalsSent: [],
    };
    let exited = false;

    const send = (signal: NodeJS.Signals): void => {
      if (exited || child.pid === undefined) return;
      if (signalGroup(child.pid, signal)) result.signalsSent.push(signal);
    };
    const stop = (reason: 'cancelled' | 'timedOut'): void => {
      if (exited || result.cancelled || result.timedOut) return;
      result[reason] = true;
      send('SIGINT');
      const sigintGraceMs = options.sigintGraceMs ?? DEFAULT_SIGINT_GRACE_MS;
      const sigtermGraceMs = options.sigtermGraceMs ?? DEFAULT_SIGTERM_GRACE_MS;
      timers.push(setTimeout(() => send('SIGTERM'), sigintGraceMs));
      timers.push(setTimeout(() => send('SIGKILL'), sigintGraceMs + sigtermGraceMs));
    };
    const onAbort = (): void => stop('cancelled');

    child.stdout.setEncoding('utf8').on('data', options.onStdout);
    child.stderr.setEncoding('utf8').on('data', options.onStderr);
    if (options.signal?.aborted) onAbort();
    options.signal?.addEventListener('abort', onAbort, { once: true });
    if (options.cancelAfterMs !== undefined) timers.push(setTimeout(onAbort, options.cancelAfterMs));
    if (options.timeoutMs !== undefined) timers.push(setTimeout(() => stop('timedOut'), options.timeoutMs));

    const finish = (): void => {
      for (const timer of timers) clearTimeout(timer);
      options.signal?.removeEventListener('abort', onAbort);
    };
    child.once('error', (error) => {
      finish();
      reject(new Error(`Could not start ${options.nodePath} ${options.scriptPath}: ${error.message}`));
    });
    child.once('exit', (code, signal) => {
      result.exitCode = code;
      result.signal = signal;
      // A grandchild still holding the pipes would keep 'close' from firing: kill what is left of the group.
      const drain = setTimeout(() => {
        if (child.pid !== undefined) signalGroup(child.pid, 'SIGKILL');
        child.stdout.destroy();
        child.stderr.destroy();
      }, STDIO_DRAIN_MS);
      timers.push(drain);
      exited = true;
    });
    child.once('close', () => {
      finish();
      resolve(result);
    });
  });
}
