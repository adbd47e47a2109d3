// Seed benchmark: rows/s of the seed stage (runSeed, what the action and `testpipe seed` call) loading a
// generated data set with COPY FROM STDIN vs multi-row INSERT, at 10k, 100k and 1M rows, into a real
// PostgreSQL (Debian's, started as the tests start it). Each case runs in its own child process, so its
// peak RSS is its own. Prints a Markdown table. Never a test.
// Run: node --import tsx bench/seed.ts [--sizes 10000,100000,1000000]
import { spawnSync } from 'node:child_process';
import { mkdtemp, rm, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const SELF = fileURLToPath(import.meta.url);
const TARGET_ROWS_PER_SECOND = 100_000;

const MIGRATION = `CREATE TABLE customers (
  id bigint PRIMARY KEY,
  name text NOT NULL,
  email text NOT NULL,
  tier text NOT NULL,
  balance numeric(12, 2) NOT NULL,
  signed_up date NOT NULL
);
`;

function datasetsYml(rows: number): string {
  return `seed: 7
datasets:
  bench:
    version: v1
    tables:
      customers:
        rows: ${rows}
        columns:
          id: sequence
          name: name
          email: email
          tier: { choice: [free, pro, team] }
          balance: { money: [0, 10000] }
          signed_up: { date: [-730, 0] }
`;
}

interface CaseResult {
  ms: number;
  /** The data set step alone (truncate, generate, write, record), inside the same runSeed call. */
  loadMs: number;
  maxRssKiB: number;
  rows: number;
  checksum: string;
}

/** Child: one runSeed call into an empty database; prints its timing as JSON. */
async function child(method: 'copy' | 'insert', root: string, url: string): Promise<void> {
  const { Secrets, nullLogger, systemClock } = await import('@testpipe/core');
  const { runSeed } = await import('@testpipe/stages');
  // The stage's own step timings, through the Logger port: how long each group (health, migrations, load) took.
  const steps: Record<string, number> = {};
  const logger = {
    ...nullLogger,
    group: async <T>(name: string, body: () => Promise<T>): Promise<T> => {
      const t0 = performance.now();
      try {
        return await body();
      } finally {
        steps[name.split(' ')[0]!] = performance.now() - t0;
      }
    },
  };
  const started = performance.now();
  const result = await runSeed(
    {
      databaseUrl: url,
      databaseUrlName: 'database-url',
      databaseCreatedByPipeline: true,
      waitFor: '',
      timeoutMs: 30_000,
      checkWritable: false,
      migrations: 'migrations',
      allowDrift: false,
      validateOnly: false,
      datasets: 'datasets.yml',
      mask: true,
      force: false,
      loadMethod: method,
      junitPath: 'seed.xml',
      rootDir: root,
    },
    { logger, clock: systemClock, secrets: new Secrets() },
  );
  const ms = performance.now() - started;
  if (result.error) throw result.error;
  const out: CaseResult = {
    ms,
    loadMs: steps.Data ?? Number.NaN,
    maxRssKiB: process.resourceUsage().maxRSS,
    rows: result.seeded!.tables[0]!.rows,
    checksum: result.seeded!.checksum,
  };
  process.stdout.write(`${JSON.stringify(out)}\n`);
}

async function parent(sizes: number[]): Promise<void> {
  const { startLocalPostgres, createTestDatabase } = await import('@testpipe/testkit');
  const server = await startLocalPostgres();
  const rows: string[][] = [];
  try {
    for (const size of sizes) {
      let baseline: number | undefined;
      const checksums = new Set<string>();
      for (const method of ['insert', 'copy'] as const) {
        const root = await mkdtemp(path.join(tmpdir(), 'testpipe-bench-seed-'));
        await mkdir(path.join(root, 'migrations'));
        await writeFile(path.join(root, 'migrations', 'V1__customers.sql'), MIGRATION);
        await writeFile(path.join(root, 'datasets.yml'), datasetsYml(size));
        const url = await createTestDatabase(server, 'bench');
        process.stderr.write(`${method} ${size} rows...\n`);
        const run = spawnSync(process.execPath, ['--import', 'tsx', SELF, '--child', method, root, url], {
          encoding: 'utf8',
          maxBuffer: 1 << 20,
        });
        await rm(root, { recursive: true, force: true });
        if (run.status !== 0) throw new Error(`${method} ${size} failed:\n${run.stderr}`);
        const result = JSON.parse(run.stdout.trim().split('\n').at(-1)!) as CaseResult;
        checksums.add(result.checksum);
        const perSecond = (ms: number) => Math.round(result.rows / (ms / 1000)).toLocaleString('en-US');
        baseline ??= result.loadMs;
        rows.push([
          size.toLocaleString('en-US'),
          method === 'copy' ? 'COPY (pg-copy-streams)' : 'multi-row INSERT (baseline)',
          `${(result.ms / 1000).toFixed(2)} s`,
          perSecond(result.ms),
          `${(result.loadMs / 1000).toFixed(2)} s`,
          perSecond(result.loadMs),
          `${(result.maxRssKiB / 1024).toFixed(0)} MiB`,
          `${(baseline / result.loadMs).toFixed(2)}×`,
        ]);
      }
      if (checksums.size !== 1) throw new Error(`COPY and INSERT wrote different data at ${size} rows`);
    }
  } finally {
    await server.close();
  }
  const header = [
    'rows',
    'method',
    'runSeed time',
    'rows/s (runSeed)',
    'load step',
    'rows/s (load)',
    'peak RSS',
    'load speed vs INSERT',
  ];
  const lines = [header, header.map(() => '---'), ...rows].map((cells) => `| ${cells.join(' | ')} |`);
  process.stdout.write(
    `${lines.join('\n')}\n\nTarget: ≥ ${TARGET_ROWS_PER_SECOND.toLocaleString('en-US')} rows/s with COPY.\n`,
  );
}

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { child: { type: 'string' }, sizes: { type: 'string', default: '10000,100000,1000000' } },
});
if (values.child) await child(values.child as 'copy' | 'insert', positionals[0]!, positionals[1]!);
else await parent(values.sizes.split(',').map(Number));
