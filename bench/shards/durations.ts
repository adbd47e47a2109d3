// The bench's data: nf-metro's real pytest-split durations when shared/ is beside the clone,
// else a seeded heavy-tailed (log-normal) stand-in, and the output says which one was used.
import { existsSync, readFileSync } from 'node:fs';
import { parseTimings, type Timings } from '@testpipe/core';
import { createRandom } from '../lib/prng.js';

export interface BenchDurations {
  /** Where the numbers came from, printed above the table. */
  description: string;
  /** Node id → ms, in collection order (the file's key order). */
  tests: Array<{ id: string; file: string; ms: number }>;
  timings: Timings;
}

function fileOf(nodeId: string): string {
  const separator = nodeId.indexOf('::');
  return separator > 0 ? nodeId.slice(0, separator) : nodeId;
}

function fromSecondsMap(json: Record<string, number>, description: string, source: string): BenchDurations {
  const tests = Object.entries(json).map(([id, seconds]) => ({ id, file: fileOf(id), ms: seconds * 1000 }));
  return { description, tests, timings: parseTimings(json, source) };
}

/** Box–Muller on the seeded PRNG: a standard normal draw. */
function normal(next: () => number): number {
  const u = 1 - next();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * next());
}

/** ~23,000 tests in 130 files; per-test and per-file log-normal factors give a few very heavy files. */
function syntheticSeconds(seed: number): Record<string, number> {
  const random = createRandom(seed);
  const json: Record<string, number> = {};
  for (let file = 0; file < 130; file++) {
    const path = `tests/${['unit', 'integration', 'render'][file % 3]}/test_${String(file).padStart(3, '0')}.py`;
    const fileFactor = Math.exp(1.2 * normal(random.next));
    const count = random.int(20, 340);
    for (let test = 0; test < count; test++) {
      json[`${path}::test_case_${test}[p${random.int(0, 9)}]`] =
        0.02 * fileFactor * Math.exp(1.1 * normal(random.next));
    }
  }
  return json;
}

export function loadBenchDurations(path: string, seed: number): BenchDurations {
  if (existsSync(path)) {
    const json = JSON.parse(readFileSync(path, 'utf8')) as Record<string, number>;
    return fromSecondsMap(json, `real data: ${path}`, path);
  }
  return fromSecondsMap(
    syntheticSeconds(seed),
    `SYNTHETIC data (${path} not found): log-normal durations, seed ${seed}`,
    `synthetic-seed-${seed}`,
  );
}
