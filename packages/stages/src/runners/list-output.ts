// Runs a runner's list command (argument array, no shell) and returns its output for discovery.
import { spawn } from 'node:child_process';
import { UserError } from '@testpipe/core';
import { startFailureMessage } from './find-program.js';

/** Discovery failed: the message says which command, how it ended and what it printed. */
export class DiscoveryError extends UserError {
  override readonly name = 'DiscoveryError';
}

export interface ListOptions {
  cwd: string;
  env?: Record<string, string>;
  /** Exit codes that still mean "listed" (pytest exits 5 when nothing was collected). */
  okExitCodes?: number[];
  timeoutMs?: number;
}

function tail(text: string, lines = 20): string {
  return text.trimEnd().split('\n').slice(-lines).join('\n');
}

/** stdout of `file args`; throws DiscoveryError when it cannot run or fails. */
export function listOutput(file: string, args: readonly string[], options: ListOptions): Promise<string> {
  const shown = [file, ...args].map((arg) => JSON.stringify(arg)).join(' ');
  return new Promise((resolve, reject) => {
    const child = spawn(file, args, {
      cwd: options.cwd,
      env: { ...process.env, ...options.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    // Not spawn's own `timeout` option: its timer outlives a program that never started (ENOENT), and
    // holds the process open for the whole timeout.
    const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 10 * 60_000);
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', (error: NodeJS.ErrnoException) => {
      clearTimeout(timer);
      reject(
        new DiscoveryError(`cannot run ${shown} in ${options.cwd}: ${startFailureMessage(error, file, options.cwd)}`),
      );
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      if (code !== null && (code === 0 || options.okExitCodes?.includes(code))) return resolve(stdout);
      const ended = signal ? `was killed by ${signal}` : `exited with code ${code}`;
      const output = tail(`${stdout}\n${stderr}`);
      reject(
        new DiscoveryError(
          `listing tests with ${shown} in ${options.cwd} ${ended}; fix the error below and re-run:\n${output}`,
        ),
      );
    });
  });
}

export function nonEmptyLines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
}
