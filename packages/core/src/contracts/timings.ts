// timings.json: written by aggregate-report, read by the run-matrix plan. The schema is parseTimings';
// this adds the contract's version rule, so a file from a newer testpipe says which version to use.
import { parseTimings } from '../timings/parse-timings.js';
import type { Timings } from '../timings/types.js';
import { isJsonObject } from './fields.js';
import { readJsonContract } from './json-file.js';
import { checkSchemaVersion, CONTRACT_VERSIONS } from './versions.js';

const _timingsVersion: Timings['schemaVersion'] = CONTRACT_VERSIONS.timings.current;

/**
 * parseTimings with the version rule of every contract. A file without schemaVersion goes to parseTimings
 * as it is: pytest-split's `.test_durations` has none.
 */
export function parseTimingsContract(value: unknown, source: string): Timings {
  if (isJsonObject(value) && value.schemaVersion !== undefined) {
    checkSchemaVersion(value.schemaVersion, source, CONTRACT_VERSIONS.timings);
  }
  return parseTimings(value, source);
}

export function readTimingsFile(file: string): Promise<Timings> {
  return readJsonContract(file, parseTimingsContract);
}
