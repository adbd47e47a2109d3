// Every test a shard reports belongs to its testpipe.yml suite, and names its file as discovery does
// (relative to the suite's working directory), so the report's suites are the config's and timings
// recorded from results match the units the next plan discovers.
import type { TestCaseRecord } from '@testpipe/core';
import type { SuiteConfig } from '../pipeline-config/index.js';
import type { TestUnit } from '../runners/index.js';
import { localFile } from '../runners/local-file.js';

/**
 * The runner's own suite (a file, `pytest`, a package) stays visible as the classname when there is none;
 * `unitOf` names the unit of a record that has no file (go: its package).
 */
export function recordInSuite(
  record: TestCaseRecord,
  suiteName: string,
  cwd: string,
  unitOf?: (record: TestCaseRecord) => string | undefined,
): TestCaseRecord {
  const file = record.file ?? unitOf?.(record);
  const inSuite: TestCaseRecord = { ...record, suite: suiteName };
  if (record.classname === undefined && record.suite !== suiteName) inSuite.classname = record.suite;
  if (file !== undefined) inSuite.file = localFile(file, cwd);
  return inSuite;
}

/** A shard of one file unit (a command, a package): every result without a file belongs to that unit. */
export function onlyUnitOf(
  suite: SuiteConfig,
  units: readonly TestUnit[],
): ((record: TestCaseRecord) => string | undefined) | undefined {
  const [only, ...others] = units;
  if (only === undefined || others.length > 0 || suite.granularity !== 'file') return undefined;
  const unit = only.file ?? only.id;
  return () => unit;
}
