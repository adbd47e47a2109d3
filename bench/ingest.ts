// Ingest benchmark of the product path: `testpipe metrics --json` and `testpipe report` beside
// fast-xml-parser's DOM parse and a raw byte scan, on synthetic JUnit files of 10 MB, 100 MB and 1 GB.
// Prints a Markdown table and PASS/MISS per target. See README.md.
import { parseArgs } from 'node:util';
import { ensureDataset } from './lib/dataset.js';
import { bestOf, bundleChildren, measureOnce, type Measurement } from './lib/measure.js';
import { measureCliOnce } from './lib/measure-cli.js';
import {
  countMismatches,
  formatTable,
  formatTargets,
  METHODS,
  type BenchMethod,
  type SizeResult,
} from './lib/report-table.js';

interface BenchOptions {
  sizesMiB: number[];
  seed: number;
  runs: number | undefined;
}

function parsePositiveInts(text: string, option: string): number[] {
  const values = text.split(',').map((part) => Number(part.trim()));
  if (values.some((value) => !Number.isInteger(value) || value <= 0)) {
    throw new Error(`--${option} takes positive integers separated by commas (MB, 1024 = 1 GB), got "${text}"`);
  }
  return values;
}

function readOptions(): BenchOptions {
  const { values } = parseArgs({
    options: {
      sizes: { type: 'string', default: '10,100,1024' },
      seed: { type: 'string', default: '42' },
      runs: { type: 'string' },
    },
  });
  return {
    sizesMiB: parsePositiveInts(values.sizes ?? '', 'sizes'),
    seed: parsePositiveInts(values.seed ?? '', 'seed')[0] ?? 42,
    runs: values.runs === undefined ? undefined : parsePositiveInts(values.runs, 'runs')[0],
  };
}

const log = (message: string): void => void process.stderr.write(`${message}\n`);

async function benchSize(sizeMiB: number, options: BenchOptions): Promise<SizeResult> {
  const started = Date.now();
  const dataset = ensureDataset(sizeMiB, options.seed);
  const how = dataset.reused ? 'reused' : `generated in ${((Date.now() - started) / 1000).toFixed(1)} s`;
  log(`${sizeMiB} MB: ${dataset.path} (${dataset.bytes} bytes, ${dataset.testcases} testcases, ${how})`);
  // Large files get one run each: a second 1 GB pass costs minutes and changes little.
  const runs = options.runs ?? (sizeMiB >= 1024 ? 1 : 3);
  await measureOnce('floor', dataset.path); // warm the page cache so every method reads from memory
  const results = {} as Record<BenchMethod, Measurement>;
  for (const method of METHODS) {
    log(`  measuring ${method} (${runs} run${runs > 1 ? 's' : ''}) ...`);
    results[method] = await bestOf(runs, () =>
      method === 'metrics' || method === 'report'
        ? measureCliOnce(method, dataset.path)
        : measureOnce(method, dataset.path),
    );
  }
  return { sizeMiB, bytes: dataset.bytes, testcases: dataset.testcases, results };
}

async function main(): Promise<void> {
  const options = readOptions();
  bundleChildren(log);
  const baseline = await measureOnce('baseline', '-');
  const rows: SizeResult[] = [];
  for (const sizeMiB of options.sizesMiB) rows.push(await benchSize(sizeMiB, options));
  console.log(formatTable(rows));
  console.log('');
  console.log(
    `Times are the best of the runs, measured inside each child (the CLI's from its preload to exit: loading ` +
      `its code, reading, writing); peak RSS is the child's maxRSS and includes node (children run as JS ` +
      `bundled with ncc, no tsx; ${Math.round(baseline.maxRssMiB ?? 0)} MB in an empty child). 1 MB = 1,048,576 bytes.`,
  );
  const mismatches = countMismatches(rows);
  if (mismatches.length > 0) console.log(`\nWarnings:\n${mismatches.map((m) => `- ${m}`).join('\n')}`);
  console.log(`\nTargets:\n${formatTargets(rows)}`);
}

main().catch((error: unknown) => {
  log(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
});
