import type { TestTiming, Timings } from './types.js';
import { TimingsFormatError } from './timings-format-error.js';

/** pytest-split's `.test_durations`: `{ "<node id>": seconds }`. */
export function isPytestSplitDurations(json: Record<string, unknown>): boolean {
  const values = Object.values(json);
  return values.length > 0 && !('schemaVersion' in json) && values.every((value) => typeof value === 'number');
}

/**
 * Converts pytest-split durations so a project can start from the timings it already has.
 * Keys stay pytest node ids; the file is the part before the first "::".
 */
export function fromPytestSplitDurations(json: Record<string, unknown>, source: string): Timings {
  const tests: Record<string, TestTiming> = {};
  const files: Timings['files'] = {};
  for (const nodeId of Object.keys(json).sort()) {
    const seconds = json[nodeId];
    if (typeof seconds !== 'number' || !Number.isFinite(seconds) || seconds < 0) {
      throw new TimingsFormatError(source, nodeId, 'must be a non-negative number of seconds');
    }
    const separator = nodeId.indexOf('::');
    const file = separator > 0 ? nodeId.slice(0, separator) : nodeId;
    const durationMs = Math.round(seconds * 1_000_000) / 1000;
    tests[nodeId] = { file, suite: file, durationMs, samples: 1, lastSeen: 1 };
    const entry = (files[file] ??= { durationMs: 0, tests: 0, samples: 1, lastSeen: 1 });
    entry.durationMs = Math.round((entry.durationMs + durationMs) * 1000) / 1000;
    entry.tests += 1;
  }
  return {
    schemaVersion: 1,
    // pytest-split records no time; the epoch says "unknown" without inventing one.
    updatedAt: new Date(0).toISOString(),
    runs: 1,
    tests,
    files,
    importedFrom: 'pytest-split',
  };
}
