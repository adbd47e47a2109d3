// Cold-start benchmark: how long each action bundle (dist/<name>/index.js, post.js) and the CLI take to
// start and fail on their first missing input, beside a bare `node -e 0`, under Node 20 and Node 24.
// Prints a table per runtime and the bundles over 1.5× the bare start. Never a test. See README.md.
// Run: node --import tsx bench/cold-start.ts [--runs N]
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { createRunnerEnv, discoverCommands, type BenchCommand } from './cold-start/commands.js';
import { rssRun, timedRun, type Runtime } from './cold-start/run.js';
import { formatRuntimeTable, formatVerdict, summarize, TARGET_RATIO, type Samples } from './cold-start/table.js';

const REPO_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
/** Installed by scripts/ensure-test-tools.sh (npm package node@24), as the integration tests use it. */
const NODE24 = join(REPO_ROOT, '.tools', 'node24', 'node_modules', 'node', 'bin', 'node');
/** Peak RSS varies little between runs: a few preloaded runs per command are enough. */
const MAX_RSS_RUNS = 5;

const log = (message: string): void => void process.stderr.write(`${message}\n`);

function readRuns(): number {
  const { values } = parseArgs({ options: { runs: { type: 'string', default: '30' } } });
  const runs = Number(values.runs);
  if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs takes a positive integer, got "${values.runs}"`);
  return runs;
}

function versionOf(bin: string): string | undefined {
  const result = spawnSync(bin, ['--version'], { encoding: 'utf8', env: { PATH: process.env.PATH ?? '' } });
  return result.status === 0 ? result.stdout.trim().replace(/^v/, '') : undefined;
}

function findRuntimes(): { runtimes: Runtime[]; notes: string[] } {
  const runtimes: Runtime[] = [{ name: `Node ${process.versions.node}`, bin: process.execPath }];
  const version = existsSync(NODE24) ? versionOf(NODE24) : undefined;
  if (version?.startsWith('24.'))
    return { runtimes: [...runtimes, { name: `Node ${version}`, bin: NODE24 }], notes: [] };
  const found = version ? `is Node ${version}, not 24` : 'is missing';
  return {
    runtimes,
    notes: [
      `Node 24 (${relative(REPO_ROOT, NODE24)}) ${found}: measured ${runtimes[0]?.name} only. ` +
        'Install it with `bash scripts/ensure-test-tools.sh` (npm package node@24).',
    ],
  };
}

interface Measured {
  samples: Map<string, Samples>;
  /** The line showing each command reached its first input error, by label (same on every runtime). */
  evidence: Map<string, string>;
}

/** Interleaved rounds (each runtime: baseline, bundle A, bundle B, ...): machine noise spreads evenly. */
function measureRuntimes(runtimes: Runtime[], commands: BenchCommand[], runs: number): Map<string, Measured> {
  const where = createRunnerEnv();
  const results = new Map<string, Measured>(
    runtimes.map((runtime) => [runtime.name, { samples: new Map(), evidence: new Map() }]),
  );
  const each = (visit: (runtime: Runtime, command: BenchCommand, into: Measured) => void): void => {
    for (const runtime of runtimes) {
      const into = results.get(runtime.name);
      if (into) for (const command of commands) visit(runtime, command, into);
    }
  };
  try {
    // One unmeasured round warms the page cache and checks every command before the long loop.
    each((runtime, command, into) => into.evidence.set(command.label, timedRun(runtime, command, where).evidence));
    for (let round = 1; round <= runs; round++) {
      each((runtime, command, into) => {
        const samples = into.samples.get(command.label) ?? { ms: [], rssMiB: [] };
        samples.ms.push(timedRun(runtime, command, where).ms);
        into.samples.set(command.label, samples);
      });
      if (round % 10 === 0 || round === runs) log(`  timed round ${round}/${runs}`);
    }
    for (let round = 1; round <= Math.min(runs, MAX_RSS_RUNS); round++) {
      each((runtime, command, into) => into.samples.get(command.label)?.rssMiB.push(rssRun(runtime, command, where)));
    }
  } finally {
    where.cleanup();
  }
  return results;
}

function main(): void {
  const runs = readRuns();
  const { runtimes, notes } = findRuntimes();
  const commands = discoverCommands(REPO_ROOT);
  for (const note of notes) log(note);
  log(`cold start: ${commands.length} commands × ${runtimes.length} runtimes × ${runs} runs (+1 warm-up) ...`);
  const measured = measureRuntimes(runtimes, commands, runs);

  const cpu = cpus();
  console.log(
    `Cold start to the first input error (no INPUT_*, runner-like env), ${runs} interleaved runs per command; ` +
      `${cpu.length} CPUs (${cpu[0]?.model.trim() ?? 'unknown'}), load average ${loadavg()[0]?.toFixed(2)}.`,
  );
  for (const note of notes) console.log(note);
  const byRuntime = runtimes.map((runtime) => {
    const into = measured.get(runtime.name);
    return { runtime: runtime.name, rows: into ? summarize(commands, into.samples) : [] };
  });
  for (const { runtime, rows } of byRuntime) {
    console.log(`\n### ${runtime} (${runtimes.find((r) => r.name === runtime)?.bin ?? ''})\n`);
    console.log(formatRuntimeTable(rows));
  }
  const evidence = measured.get(runtimes[0]?.name ?? '')?.evidence ?? new Map<string, string>();
  console.log('\nHow each run ended (checked on every run, every runtime):');
  for (const command of commands) console.log(`- ${command.label}: ${evidence.get(command.label) ?? '?'}`);
  console.log(
    `\nTimes: wall clock from spawn to exit, median and p90 (nearest rank) of ${runs} runs. Peak RSS: highest ` +
      `maxRSS of ${Math.min(runs, MAX_RSS_RUNS)} separate runs. Size: entry + every chunk it can load. ` +
      `1 MB = 1,048,576 bytes. Target: each bundle ≤ ${TARGET_RATIO}× the median of node -e 0.`,
  );
  console.log(`\n${formatVerdict(byRuntime)}`);
}

try {
  main();
} catch (error: unknown) {
  log(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
}
