// Shard-planning benchmark: predicted makespan / lower bound of planShards (by test and by file)
// beside jest's --shard rule and pytest-split's contiguous chunks, for N = 4..64. Prints a table
// and PASS/MISS per target; then the demo suites run for real twice, predicted against actual.
// Run: node --import tsx bench/shards.ts [--durations PATH] [--seed N] [--config testpipe.yml]
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import type { Timings } from '@testpipe/core';
import { planShards } from '@testpipe/core';
import { withCoreIds } from './shards/core-ids.js';
import { durationChunkGroups, jestShardGroups, lowerBoundOf, makespanOf, type Weighted } from './shards/baselines.js';
import { loadBenchDurations } from './shards/durations.js';
import { formatRealRunTable, measureRealRuns } from './shards/real-run.js';
import { formatShardTable, formatShardTargets, type ShardBenchRow } from './shards/table.js';

const SHARD_COUNTS = [4, 8, 16, 32, 64];
const DEFAULT_DURATIONS = '../shared/timings/nf-metro.test_durations.json';

function filesOf(tests: ReadonlyArray<{ file: string; ms: number }>): Weighted[] {
  const files = new Map<string, number>();
  for (const test of tests) files.set(test.file, (files.get(test.file) ?? 0) + test.ms);
  return [...files].map(([id, ms]) => ({ id, ms }));
}

function timedPlan(units: Weighted[], granularity: 'test' | 'file', timings: Timings, shards: number) {
  const started = performance.now();
  const plan = planShards({ suite: 'bench', units: units.map(({ id }) => ({ id })), granularity, timings, shards });
  return { plan, ms: performance.now() - started };
}

function main(values: { durations: string; seed: string }): void {
  const data = loadBenchDurations(values.durations, Number(values.seed));
  const tests: Weighted[] = data.tests.map(({ id, ms }) => ({ id, ms }));
  const files = filesOf(data.tests);
  const totalS = tests.reduce((sum, test) => sum + test.ms, 0) / 1000;
  console.log(`Shard planning bench: ${data.description}`);
  console.log(`${tests.length} tests, ${files.length} files, ${totalS.toFixed(1)} s in total; no shard overhead.`);
  console.log(
    'Cells: predicted makespan / lower bound, lower bound = max(total / N, longest unit); 1.0000 is optimal.\n',
  );

  const rows: ShardBenchRow[] = SHARD_COUNTS.map((shards) => {
    const byTest = timedPlan(tests, 'test', data.timings, shards);
    const byFile = timedPlan(files, 'file', data.timings, shards);
    if (byTest.plan.knownShare !== 1 || byFile.plan.knownShare !== 1) {
      throw new Error(`bench units did not all match their timings (by test ${byTest.plan.knownShare}).`);
    }
    return {
      shards,
      oursByTest: byTest.plan.ratio,
      oursByFile: byFile.plan.ratio,
      jestShard: makespanOf(jestShardGroups(files, shards)) / lowerBoundOf(files, shards),
      durationChunks: makespanOf(durationChunkGroups(tests, shards)) / lowerBoundOf(tests, shards),
      planMsByTest: byTest.ms,
      planMsByFile: byFile.ms,
    };
  });
  const matched = planShards({
    suite: 'bench',
    units: tests.map(({ id }) => ({ id })),
    granularity: 'test',
    timings: withCoreIds(data.timings),
    shards: 8,
  });
  console.log(formatShardTable(rows));
  console.log(
    `\nTimings re-keyed as core test ids (file::module.Class::name), units as pytest node ids: ` +
      `${matched.estimates.known} of ${tests.length} matched (known share ${matched.knownShare}); ` +
      `by-test ratio at N=8 ${matched.ratio.toFixed(4)}.`,
  );
  console.log(`\n${formatShardTargets(rows)}`);
}

/** The demo suites run for real, twice: how close the plan's prediction is once it has learned. */
async function realRuns(config: string): Promise<void> {
  console.log(
    `\nPredicted against actual: \`testpipe pipeline --config ${config}\` (what npm run demo runs) twice, the second planned from the first.`,
  );
  console.log(formatRealRunTable(await measureRealRuns(config)));
}

const { values } = parseArgs({
  options: {
    durations: { type: 'string', default: DEFAULT_DURATIONS },
    seed: { type: 'string', default: '42' },
    config: { type: 'string', default: 'action-examples/demo/testpipe.yml' },
  },
});
main(values);
await realRuns(values.config);
