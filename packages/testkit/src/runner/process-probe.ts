// For tests that start real processes: is one still running, wait for it to go, and kill what a failed
// test left behind. Linux's /proc tells a zombie (exited, not yet reaped by init) from a running process.
import { readFile } from 'node:fs/promises';

/** Running: it exists and is not a zombie. */
export async function isProcessRunning(pid: number): Promise<boolean> {
  try {
    process.kill(pid, 0);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ESRCH') return false;
  }
  const stat = await readFile(`/proc/${pid}/stat`, 'utf8').catch(() => undefined);
  if (stat === undefined) return process.platform !== 'linux';
  return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) !== 'Z';
}

/** Polls until none of `pids` runs, or `timeoutMs` passes; resolves to those still running. */
export async function waitForProcessesGone(pids: readonly number[], timeoutMs = 30_000): Promise<number[]> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const running: number[] = [];
    for (const pid of pids) if (await isProcessRunning(pid)) running.push(pid);
    if (running.length === 0 || Date.now() >= until) return running;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** SIGKILLs each pid that still runs (cleanup after a test, whatever it left). */
export async function killProcesses(pids: readonly number[]): Promise<void> {
  for (const pid of pids) {
    if (!(await isProcessRunning(pid))) continue;
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // gone meanwhile
    }
  }
}

/** Polls until `check` resolves to a value other than undefined, or throws after `timeoutMs`. */
export async function pollFor<T>(what: string, check: () => Promise<T | undefined>, timeoutMs = 60_000): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() >= until) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
