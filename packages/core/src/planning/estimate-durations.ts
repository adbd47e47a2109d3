// Expected duration of every unit: its own timing when known, else the fallback chain
// file → directory → suite → default, recording which source each estimate came from.
import { normaliseTestFile } from '../merge/test-identity.js';
import type { Timings } from '../timings/types.js';
import { medianMicros, toMicros } from './micros.js';
import { parseTestKey } from './test-key.js';
import { TimingIndex } from './timing-index.js';
import {
  DEFAULT_UNIT_DURATION_MS,
  type EstimateCounts,
  type EstimateSource,
  type PlanGranularity,
  type PlanUnit,
} from './types.js';

export interface EstimatedUnit {
  id: string;
  micros: number;
  source: EstimateSource;
}

export interface Estimates {
  units: EstimatedUnit[];
  counts: EstimateCounts;
}

/** The file a unit belongs to: given, or the part of a test id before "::", or the id itself by file. */
function unitFile(unit: PlanUnit, granularity: PlanGranularity): string | undefined {
  if (unit.file !== undefined) return normaliseTestFile(unit.file);
  if (granularity === 'file') return normaliseTestFile(unit.id);
  return parseTestKey(unit.id)?.file;
}

function fallbackEstimate(
  file: string | undefined,
  index: TimingIndex,
  suiteMedian: number | undefined,
): [number, EstimateSource] {
  if (file !== undefined) {
    const fromFile = index.fromFile(file);
    if (fromFile !== undefined) return [fromFile, 'file'];
    const fromDirectory = index.fromDirectory(file);
    if (fromDirectory !== undefined) return [fromDirectory, 'directory'];
  }
  if (suiteMedian !== undefined) return [suiteMedian, 'suite'];
  return [toMicros(DEFAULT_UNIT_DURATION_MS), 'default'];
}

/** Keeps the order of `units`. */
export function estimateDurations(
  units: readonly PlanUnit[],
  granularity: PlanGranularity,
  timings: Timings | undefined,
): Estimates {
  const index = new TimingIndex(timings, granularity);
  // By file the unit's file is its key (a given `file` wins over the id, as for the fallbacks).
  const known = units.map((unit) =>
    index.known(granularity === 'file' ? (unitFile(unit, granularity) ?? unit.id) : unit.id),
  );
  const knownValues = known.filter((micros): micros is number => micros !== undefined);
  // "The suite" is the units being planned; with none of them known, everything timings.json holds.
  const suiteMedian = medianMicros(knownValues) ?? index.overallMedian;

  const counts: EstimateCounts = { known: 0, file: 0, directory: 0, suite: 0, default: 0 };
  const estimated = units.map((unit, position): EstimatedUnit => {
    const own = known[position];
    const [micros, source] =
      own === undefined ? fallbackEstimate(unitFile(unit, granularity), index, suiteMedian) : [own, 'known' as const];
    counts[source] += 1;
    return { id: unit.id, micros, source };
  });
  return { units: estimated, counts };
}
