// Predicted against actual on a real run: `testpipe run` (the committed CLI, as users run it) on the demo
// suites twice in one output folder, the second planned from the timings and shard.json the first left.
// Per run: the plan's predicted makespan (its slowest shard), the slowest shard's real clock time, their
// ratio, the run's clock duration, the command's own time and peak RSS (shards are its children).
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHILDREN_DIR, REPO_ROOT } from '../lib/measure.js';

export interface RealRunRow {
  run: number;
  knownShare: number;
  predictedMs: number;
  actualMs: number;
  /** The slowest shard's first attempt: what the plan predicts (retries are not predicted). */
  firstAttemptMs: number;
  wallMs: number;
  commandMs: number;
  maxRssMiB: number;
}

function runCli(args: string[]): Promise<{ ms: number; maxRssMiB: number }> {
  const argv = ['-r', join(CHILDREN_DIR, 'cli-probe.cjs'), join(REPO_ROOT, 'packages', 'cli', 'bin', 'testpipe.js')];
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...argv, ...args], {
      cwd: REPO_ROOT,
      stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
    });
    let probe = '';
    let stderr = '';
    child.stderr!.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-4000)));
    child.stdio[3]!.on('data', (chunk: Buffer) => (probe += chunk.toString()));
    child.on('close', (code) => {
      if (code !== 0 || !probe.trim()) reject(new Error(`testpipe ${args.join(' ')} exited ${code}: ${stderr}`));
      else resolve(JSON.parse(probe.trim()) as { ms: number; maxRssMiB: number });
    });
  });
}

interface PlanFile {
  suites: Array<{ makespanMs: number; knownShare: number; shards: unknown[] }>;
}
interface MetricsFile {
  durationMs: { wall: number };
  shards: Array<{ actualMs: number }>;
}

/** Every shard's first-attempt clock time, from the shard.json each shard wrote (results/seed holds none). */
function firstAttempts(resultsDir: string): number[] {
  const shards = readdirSync(resultsDir).filter((shard) => existsSync(join(resultsDir, shard, 'shard.json')));
  return shards.map((shard) => {
    const record = JSON.parse(readFileSync(join(resultsDir, shard, 'shard.json'), 'utf8')) as {
      firstAttempt: { durationMs: number };
    };
    return record.firstAttempt.durationMs;
  });
}

export async function measureRealRuns(config: string, runs = 2): Promise<RealRunRow[]> {
  const out = mkdtempSync(join(tmpdir(), 'testpipe-bench-shards-'));
  const rows: RealRunRow[] = [];
  try {
    for (let run = 1; run <= runs; run++) {
      const measured = await runCli(['pipeline', '--config', config, '--out', out, '--parallel', '2']);
      const plan = JSON.parse(readFileSync(join(out, 'plan', 'testpipe-plan.json'), 'utf8')) as PlanFile;
      const metrics = JSON.parse(readFileSync(join(out, 'report', 'metrics.json'), 'utf8')) as MetricsFile;
      const units = plan.suites.filter((suite) => suite.shards.length > 0);
      rows.push({
        run,
        knownShare: Math.min(...units.map((suite) => suite.knownShare)),
        predictedMs: Math.max(...units.map((suite) => suite.makespanMs)),
        actualMs: Math.max(...metrics.shards.map((shard) => shard.actualMs)),
        firstAttemptMs: Math.max(...firstAttempts(join(out, 'results'))),
        wallMs: metrics.durationMs.wall,
        commandMs: measured.ms,
        maxRssMiB: measured.maxRssMiB,
      });
    }
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
  return rows;
}

const seconds = (ms: number): string => `${(ms / 1000).toFixed(2)} s`;

export function formatRealRunTable(rows: readonly RealRunRow[]): string {
  const head = [
    'run',
    'known',
    'predicted makespan',
    'actual slowest shard',
    'actual ÷ predicted',
    'slowest first attempt',
    'first attempt ÷ predicted',
    'clock duration',
    'command time',
    'peak RSS',
    'time vs run 1',
  ];
  const body = rows.map((row) => [
    String(row.run),
    `${Math.round(row.knownShare * 100)} %`,
    seconds(row.predictedMs),
    seconds(row.actualMs),
    `${(row.actualMs / row.predictedMs).toFixed(2)}×`,
    seconds(row.firstAttemptMs),
    `${(row.firstAttemptMs / row.predictedMs).toFixed(2)}×`,
    seconds(row.wallMs),
    seconds(row.commandMs),
    `${row.maxRssMiB.toFixed(0)} MiB`,
    `${(row.commandMs / rows[0]!.commandMs).toFixed(2)}×`,
  ]);
  const widths = head.map((cell, column) => Math.max(cell.length, ...body.map((line) => line[column]!.length)));
  const line = (cells: string[]) => cells.map((cell, column) => cell.padStart(widths[column]!)).join('  ');
  return [line(head), widths.map((width) => '-'.repeat(width)).join('  '), ...body.map(line)].join('\n');
}
