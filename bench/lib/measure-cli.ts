// Runs one `testpipe metrics --json <file>` or `testpipe report <file> --out <dir>` in its own child:
// the CLI's own main (children/cli.ts, bundled), preloaded with children/cli-probe.cjs, which reports
// the time and peak RSS on fd 3. The command's stdout goes to a file, as `> metrics.json` would.
import { spawn } from 'node:child_process';
import { closeSync, mkdirSync, openSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { BUNDLE_DIR, CHILDREN_DIR, REPO_ROOT, lastStderrLine, type Measurement } from './measure.js';

export type CliCommand = 'metrics' | 'report';

const OUT_DIR = join(REPO_ROOT, 'bench', '.data', 'out');
const CHILD_TIMEOUT_MS = 15 * 60 * 1000;
/** `report` exits 1 when the gate fails (the data has failing tests); anything else is a failure. */
const ACCEPTED_EXIT: Record<CliCommand, number[]> = { metrics: [0], report: [0, 1] };

interface ProbeLine {
  ms: number;
  maxRssMiB: number;
  exitCode: number;
}

function argvFor(command: CliCommand, file: string, outDir: string): string[] {
  return command === 'metrics' ? ['metrics', '--json', file] : ['report', file, '--out', outDir];
}

/** The `total` of the metrics.json the command wrote: the tests it counted. */
function countedTests(command: CliCommand, stdoutFile: string, outDir: string): number | undefined {
  const metricsFile = command === 'metrics' ? stdoutFile : join(outDir, 'metrics.json');
  try {
    return (JSON.parse(readFileSync(metricsFile, 'utf8')) as { total?: number }).total;
  } catch {
    return undefined;
  }
}

export function measureCliOnce(command: CliCommand, file: string): Promise<Measurement> {
  const outDir = join(OUT_DIR, `${command}-report`);
  const stdoutFile = join(OUT_DIR, `${command}.stdout`);
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(OUT_DIR, { recursive: true });
  const stdoutFd = openSync(stdoutFile, 'w');
  const args = ['-r', join(CHILDREN_DIR, 'cli-probe.cjs'), join(BUNDLE_DIR, 'index.js'), 'cli'];
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [...args, ...argvFor(command, file, outDir)], {
      cwd: REPO_ROOT,
      stdio: ['ignore', stdoutFd, 'pipe', 'pipe'],
    });
    closeSync(stdoutFd);
    let stderr = '';
    let probe = '';
    child.stderr!.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-20_000)));
    child.stdio[3]!.on('data', (chunk: Buffer) => (probe += chunk.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), CHILD_TIMEOUT_MS);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      if (code === null || !ACCEPTED_EXIT[command].includes(code) || !probe.trim()) {
        const how = signal ? `killed by ${signal}` : `exit ${code}`;
        resolve({ ok: false, error: `${how}: ${lastStderrLine(stderr)}` });
        return;
      }
      const { ms, maxRssMiB } = JSON.parse(probe.trim()) as ProbeLine;
      resolve({ ok: true, ms, maxRssMiB, testcases: countedTests(command, stdoutFile, outDir) });
    });
  });
}
