// The two reference rules the planner is compared with, written from their documented behaviour.
import { createHash } from 'node:crypto';

export interface Weighted {
  id: string;
  ms: number;
}

/** Predicted wall time of the slowest group. */
export function makespanOf(groups: readonly Weighted[][]): number {
  return groups.reduce(
    (max, group) =>
      Math.max(
        max,
        group.reduce((sum, unit) => sum + unit.ms, 0),
      ),
    0,
  );
}

/**
 * jest --shard=k/N: test files ordered by a hash of their path, then cut into contiguous groups
 * of ceil(count / N) files each, whatever the files' durations.
 */
export function jestShardGroups(files: readonly Weighted[], shardCount: number): Weighted[][] {
  const hashed = files
    .map((file) => ({ file, hash: createHash('sha1').update(file.id).digest('hex') }))
    .sort((a, b) => (a.hash < b.hash ? -1 : a.hash > b.hash ? 1 : 0));
  const size = Math.ceil(files.length / shardCount);
  return Array.from({ length: shardCount }, (_, index) =>
    hashed.slice(index * size, (index + 1) * size).map((entry) => entry.file),
  );
}

/**
 * pytest-split's contiguous chunks: tests in collection order, each placed in the chunk its
 * starting time falls in when the total is cut into N equal spans of total / N.
 */
export function durationChunkGroups(tests: readonly Weighted[], shardCount: number): Weighted[][] {
  const total = tests.reduce((sum, test) => sum + test.ms, 0);
  const span = total / shardCount;
  const groups: Weighted[][] = Array.from({ length: shardCount }, () => []);
  let before = 0;
  for (const test of tests) {
    const index = span === 0 ? 0 : Math.min(shardCount - 1, Math.floor(before / span));
    groups[index]!.push(test);
    before += test.ms;
  }
  return groups;
}

/** The same bound the planner reports, without overhead: max(total / N, longest unit). */
export function lowerBoundOf(units: readonly Weighted[], shardCount: number): number {
  const total = units.reduce((sum, unit) => sum + unit.ms, 0);
  const longest = units.reduce((max, unit) => Math.max(max, unit.ms), 0);
  return Math.max(total / shardCount, longest);
}
