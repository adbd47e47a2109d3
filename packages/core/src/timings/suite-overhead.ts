// What a suite's shards cost beyond their tests: per shard, the first attempt's clock time minus its
// tests' summed durations. Over shards with different file counts, a least-squares line splits that gap
// into a fixed start-up per shard and a setup per file; with one shard (or equal counts) the gap is
// spread over its files when it has several, else it is start-up. Negative parts are clamped to 0.
import type { ShardRecord } from '../contracts/shard-record.js';
import type { SuiteOverhead } from './types.js';

interface Sample {
  files: number;
  gapMs: number;
}

function fit(samples: readonly Sample[]): { shardStartMs: number; perFileMs: number } {
  const n = samples.length;
  const meanFiles = samples.reduce((sum, s) => sum + s.files, 0) / n;
  const meanGap = samples.reduce((sum, s) => sum + s.gapMs, 0) / n;
  let covariance = 0;
  let variance = 0;
  for (const s of samples) {
    covariance += (s.files - meanFiles) * (s.gapMs - meanGap);
    variance += (s.files - meanFiles) ** 2;
  }
  if (variance > 0) {
    const perFileMs = Math.max(0, covariance / variance);
    return { shardStartMs: Math.max(0, meanGap - perFileMs * meanFiles), perFileMs };
  }
  if (meanFiles >= 2) return { shardStartMs: 0, perFileMs: meanGap / meanFiles };
  return { shardStartMs: meanGap, perFileMs: 0 };
}

/** This run's overheads by suite; shards that ran no test teach nothing and are left out. */
export function measureSuiteOverheads(
  records: readonly ShardRecord[],
): Map<string, { shardStartMs: number; perFileMs: number }> {
  const bySuite = new Map<string, Sample[]>();
  for (const record of records) {
    if (record.units === 0 || record.firstAttempt.durationMs === 0) continue;
    const gapMs = Math.max(0, record.firstAttempt.durationMs - record.firstAttempt.testsMs);
    const samples = bySuite.get(record.suite) ?? [];
    samples.push({ files: Math.max(1, record.files), gapMs });
    bySuite.set(record.suite, samples);
  }
  return new Map([...bySuite].map(([suite, samples]) => [suite, fit(samples)]));
}

/** Round to the millisecond, as every duration in timings.json. */
const ms = (value: number): number => Math.round(value);

/** Merges this run's overheads into the previous ones by moving average (`average`). */
export function mergeSuiteOverheads(
  previous: Record<string, SuiteOverhead> | undefined,
  measured: ReadonlyMap<string, { shardStartMs: number; perFileMs: number }>,
  average: (before: number | undefined, current: number) => number,
): Record<string, SuiteOverhead> | undefined {
  if (!previous && measured.size === 0) return undefined;
  const merged: Record<string, SuiteOverhead> = { ...previous };
  for (const [suite, now] of measured) {
    const before = previous?.[suite];
    merged[suite] = {
      shardStartMs: ms(average(before?.shardStartMs, now.shardStartMs)),
      perFileMs: ms(average(before?.perFileMs, now.perFileMs)),
      samples: (before?.samples ?? 0) + 1,
    };
  }
  return merged;
}
