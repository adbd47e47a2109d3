// Runs one measurement in its own child process, so each peak RSS belongs to one method alone.
import { spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ChildResult } from '../children/report.js';

export type Method = 'ours' | 'fxp' | 'floor' | 'baseline';

export interface Measurement {
  ok: boolean;
  ms?: number;
  testcases?: number;
  maxRssMiB?: number;
  error?: string;
  notes?: string;
  phases?: string;
}

const CHILDREN_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'children');
const REPO_ROOT = join(CHILDREN_DIR, '..', '..');
const CHILD_TIMEOUT_MS = 15 * 60 * 1000;

function lastStderrLine(stderr: string): string {
  const lines = stderr
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
  const fatal = lines.find((line) => /FATAL ERROR|RangeError|Error:/.test(line));
  return fatal ?? lines.at(-1) ?? 'no output';
}

export function measureOnce(method: Method, file: string): Promise<Measurement> {
  const script = join(CHILDREN_DIR, `${method}.ts`);
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', script, file], {
      cwd: REPO_ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-20_000)));
    const timer = setTimeout(() => child.kill('SIGKILL'), CHILD_TIMEOUT_MS);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      const line = stdout.trim().split('\n').at(-1);
      if (code === 0 && line) {
        try {
          resolve(JSON.parse(line) as ChildResult);
          return;
        } catch {
          // fall through to the crash report below
        }
      }
      const how = signal ? `killed by ${signal}` : `exit ${code}`;
      resolve({ ok: false, error: `${how}: ${lastStderrLine(stderr)}` });
    });
  });
}

/** Best (lowest) time over `runs`, highest peak RSS; the first failure wins. */
export async function measure(method: Method, file: string, runs: number): Promise<Measurement> {
  let best: Measurement | undefined;
  let peak = 0;
  for (let i = 0; i < runs; i++) {
    const result = await measureOnce(method, file);
    if (!result.ok) return result;
    peak = Math.max(peak, result.maxRssMiB ?? 0);
    if (!best || (result.ms ?? Infinity) < (best.ms ?? Infinity)) best = result;
  }
  return { ...best, ok: true, maxRssMiB: peak };
}
