// Built once per plan from timings.json: exact keys, a (file, name) index for pytest node ids that
// were timed under core test ids, and the per-file and per-directory samples the estimates fall back on.
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

function pushTo<K>(map: Map<K, number[]>, key: K, value: number): void {
  const values = map.get(key);
  if (values) values.push(value);
  else map.set(key, [value]);
}

function medians(samples: Map<string, number[]>): Map<string, number> {
  const result = new Map<string, number>();
  for (const [key, values] of samples) result.set(key, medianMicros(values)!);
  return result;
}

/** Durations in microseconds looked up by unit; every method is deterministic whatever the key order. */
export class TimingIndex {
  private readonly exact = new Map<string, number>();
  private readonly byFileAndName = new Map<string, Candidate[]>();
  /** File granularity: a file's test durations summed, for files timings.files does not list. */
  private readonly testSumByFile = new Map<string, number>();
  private readonly fileMedians: Map<string, number>;
  private readonly directoryMedians: Map<string, number>;
  /** Median of every timed entry of this granularity: the suite estimate when no unit is known. */
  readonly overallMedian: number | undefined;

  constructor(
    timings: Timings | undefined,
    private readonly granularity: PlanGranularity,
  ) {
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
        if (file !== undefined) this.testSumByFile.set(file, (this.testSumByFile.get(file) ?? 0) + micros);
        continue;
      }
      this.exact.set(key, micros);
      if (test) this.addCandidate({ key, test, micros });
      if (file !== undefined) addSample(file, micros);
    }
    if (granularity === 'file') {
      const files = new Map<string, number>(this.testSumByFile);
      for (const [file, entry] of Object.entries(timings?.files ?? {})) {
        const micros = toMicros(entry.durationMs);
        this.exact.set(normaliseTestFile(file), micros);
        files.set(normaliseTestFile(file), micros);
      }
      for (const [file, micros] of files) addSample(file, micros);
    }
    for (const candidates of this.byFileAndName.values()) {
      candidates.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    }
    this.fileMedians = medians(fileSamples);
    this.directoryMedians = medians(directorySamples);
    this.overallMedian = medianMicros(all);
  }

  private addCandidate(candidate: Candidate): void {
    const slot = `${candidate.test.file}\0${candidate.test.name}`;
    const candidates = this.byFileAndName.get(slot);
    if (candidates) candidates.push(candidate);
    else this.byFileAndName.set(slot, [candidate]);
  }

  /** The unit's own timing: exact key, else (test granularity) the same test under the other spelling. */
  known(id: string): number | undefined {
    const key = this.granularity === 'file' ? normaliseTestFile(id) : id;
    const exact = this.exact.get(key);
    if (exact !== undefined || this.granularity === 'file') return exact;
    const test = parseTestKey(id);
    if (!test) return undefined;
    const candidates = this.byFileAndName.get(`${test.file}\0${test.name}`) ?? [];
    return candidates.find((candidate) => isSameTest(test, candidate.test))?.micros;
  }

  /** Test granularity: median of the file's timed tests. File granularity: the sum of its timed tests. */
  fromFile(file: string): number | undefined {
    return this.granularity === 'file' ? this.testSumByFile.get(file) : this.fileMedians.get(file);
  }

  /** Median over the nearest parent directory that has timed entries. */
  fromDirectory(file: string): number | undefined {
    for (const directory of ancestorDirectories(file)) {
      const median = this.directoryMedians.get(directory);
      if (median !== undefined) return median;
    }
    return undefined;
  }
}
