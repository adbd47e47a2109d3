import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const fixturesDir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures');

export function fixtureActionYml(name: string): string {
  return path.join(fixturesDir, name, 'action.yml');
}

/** True once the process no longer exists or is a zombie waiting to be reaped (it can no longer run). */
export function processIsGone(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ESRCH') return true;
    throw error;
  }
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2).startsWith('Z');
  } catch {
    return true;
  }
}

/** Polls until the condition holds or the deadline passes; the caller asserts on the returned value. */
export async function eventually(condition: () => boolean, deadlineMs = 5000): Promise<boolean> {
  const giveUpAt = Date.now() + deadlineMs;
  while (!condition()) {
    if (Date.now() > giveUpAt) return false;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return true;
}

export function grandchildPid(stdout: string): number {
  const match = /^grandchild (\d+)$/m.exec(stdout);
  if (!match?.[1]) throw new Error(`fixture did not report its grandchild's pid:\n${stdout}`);
  return Number(match[1]);
}
