// Built once per plan from timings.json. Exact keys are indexed up front; the rest (a (file, name)
// index for pytest node ids timed under core test ids, and the per-file and per-directory samples
// the estimates fall back on) only when some unit misses, so a fully timed suite pays for none of it.
import { normaliseTestFile } from '../merge/test-identity.js';
import type { Timings } from '../timings/types.js';
import { medianMicros, toMicros } from './micros.js';
import { ancestorDirectories, isSameTest, parseTestKey, type TestKey } from './test-key.js';
import type { PlanGranularity } from './types.js';

interface Candidate {
  key: string;
  test: TestKey;
  micros: number;
}

interface Fallbacks {
  byFileAndName: Map<string, Candidate[]>;
  /** File granularity: a file's test durations summed, for files timings.files does not list. */
  testSumByFile: Map<string, number>;
  fileMedians: Map<string, number>;
  directoryMedians: Map<string, number>;
  /** Median of every timed entry of this granularity. */
  overallMedian: number | undefined;
}

function pushTo<V>(map: Map<string, V[]>, key: string, value: V): void {
  const values = map.get(key);
  if (values) values.push(value);
  else map.set(key, [value]);
}

function medians(samples: Map<string, number[]>): Map<string, number> {
  const result = new Map<string, number>();
  for (const [key, values] of samples) result.set(key, medianMicros(values)!);
  return result;
}

const slotOf = (test: TestKey): string => `${test.file}\0${test.name}`;

function buildFallbacks(timings: Timings | undefined, granularity: PlanGranularity): Fallbacks {
  const byFileAndName = new Map<string, Candidate[]>();
  const testSumByFile = new Map<string, number>();
  const fileSamples = new Map<string, number[]>();
  const directorySamples = new Map<string, number[]>();
  const all: number[] = [];
  const addSample = (file: string, micros: number): void => {
    if (granularity === 'test') pushTo(fileSamples, file, micros);
    for (const directory of ancestorDirectories(file)) pushTo(directorySamples, directory, micros);
    all.push(micros);
  };

  for (const [key, entry] of Object.entries(timings?.tests ?? {})) {
    const micros = toMicros(entry.durationMs);
    const test = parseTestKey(key);
    const file = entry.file === undefined ? test?.file : normaliseTestFile(entry.file);
    if (granularity === 'file') {
      if (file !== undefined) testSumByFile.set(file, (testSumByFile.get(file) ?? 0) + micros);
      continue;
    }
    if (test) pushTo(byFileAndName, slotOf(test), { key, test, micros });
    if (file !== undefined) addSample(file, micros);
  }
  if (granularity === 'file') {
    const files = new Map<string, number>(testSumByFile);
    for (const [file, entry] of Object.entries(timings?.files ?? {}))
      files.set(normaliseTestFile(file), toMicros(entry.durationMs));
    for (const [file, micros] of files) addSample(file, micros);
  }
  for (const candidates of byFileAndName.values()) {
    candidates.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  }
  return {
    byFileAndName,
    testSumByFile,
    fileMedians: medians(fileSamples),
    directoryMedians: medians(directorySamples),
    overallMedian: medianMicros(all),
  };
}

/** Durations in microseconds looked up by unit; every answer is independent of the timings' key order. */
export class TimingIndex {
  private readonly exact = new Map<string, number>();
  private built: Fallbacks | undefined;

  constructor(
    private readonly timings: Timings | undefined,
    private readonly granularity: PlanGranularity,
  ) {
    if (granularity === 'test') {
      for (const [key, entry] of Object.entries(timings?.tests ?? {})) this.exact.set(key, toMicros(entry.durationMs));
    } else {
      for (const [file, entry] of Object.entries(timings?.files ?? {})) {
        this.exact.set(normaliseTestFile(file), toMicros(entry.durationMs));
      }
    }
  }

  private get fallbacks(): Fallbacks {
    return (this.built ??= buildFallbacks(this.timings, this.granularity));
  }

  /** The unit's own timing: exact key, else (by test) the same test under the other spelling. */
  known(key: string): number | undefined {
    const exact = this.exact.get(this.granularity === 'file' ? normaliseTestFile(key) : key);
    if (exact !== undefined || this.granularity === 'file') return exact;
    const test = parseTestKey(key);
    if (!test) return undefined;
    const candidates = this.fallbacks.byFileAndName.get(slotOf(test)) ?? [];
    return candidates.find((candidate) => isSameTest(test, candidate.test))?.micros;
  }

  /** By test: median of the file's timed tests. By file: the sum of its timed tests. */
  fromFile(file: string): number | undefined {
    const { testSumByFile, fileMedians } = this.fallbacks;
    return this.granularity === 'file' ? testSumByFile.get(file) : fileMedians.get(file);
  }

  /** Median over the nearest parent directory that has timed entries. */
  fromDirectory(file: string): number | undefined {
    for (const directory of ancestorDirectories(file)) {
      const median = this.fallbacks.directoryMedians.get(directory);
      if (median !== undefined) return median;
    }
    return undefined;
  }

  get overallMedian(): number | undefined {
    return this.fallbacks.overallMedian;
  }
}
