// Starts one child as the runner would (`<node> <bundle>`, runner-like env, no INPUT_*) and times it
// from spawn to exit. Peak-RSS runs are separate: only they preload max-rss.cjs, so the timed runs
// start exactly the command measured.
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import type { BenchCommand, RunnerEnv, RunOutput } from './commands.js';

export interface Runtime {
  /** e.g. "Node 20.20.2" */
  name: string;
  bin: string;
}

const MAX_RSS_PRELOAD = join(dirname(fileURLToPath(import.meta.url)), 'max-rss.cjs');
const CHILD_TIMEOUT_MS = 60_000;

function spawnChild(runtime: Runtime, args: string[], where: RunnerEnv, rssPipe: boolean): RunOutput & { fd3: string } {
  const result = spawnSync(runtime.bin, args, {
    cwd: where.cwd,
    env: where.env,
    stdio: rssPipe ? ['ignore', 'pipe', 'pipe', 'pipe'] : ['ignore', 'pipe', 'pipe'],
    timeout: CHILD_TIMEOUT_MS,
    encoding: 'utf8',
  });
  if (result.error) throw new Error(`${runtime.bin} ${args.join(' ')}: ${result.error.message}`);
  const output = result.output as unknown as (string | null)[];
  return {
    code: result.status,
    signal: result.signal,
    stdout: result.stdout ?? '',
    stderr: result.stderr ?? '',
    fd3: output[3] ?? '',
  };
}

/** Wall time in ms from spawn to exit; throws (via command.check) unless the run ended as expected. */
export function timedRun(runtime: Runtime, command: BenchCommand, where: RunnerEnv): { ms: number; evidence: string } {
  const started = performance.now();
  const run = spawnChild(runtime, command.args, where, false);
  const ms = performance.now() - started;
  return { ms, evidence: checked(runtime, command, run) };
}

/** Peak RSS in MiB of one run under the max-rss.cjs preload; throws unless the run ended as expected. */
export function rssRun(runtime: Runtime, command: BenchCommand, where: RunnerEnv): number {
  const run = spawnChild(runtime, ['-r', MAX_RSS_PRELOAD, ...command.args], where, true);
  checked(runtime, command, run);
  const kib = Number(run.fd3.trim());
  if (!Number.isFinite(kib) || kib <= 0) throw new Error(`${command.label} under ${runtime.name}: no maxRSS reported`);
  return kib / 1024;
}

function checked(runtime: Runtime, command: BenchCommand, run: RunOutput): string {
  try {
    return command.check(run);
  } catch (error) {
    throw new Error(`${runtime.name}: ${error instanceof Error ? error.message : String(error)}`);
  }
}
