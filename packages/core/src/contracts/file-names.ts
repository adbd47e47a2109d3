// The names of the files that pass between stages (DESIGN "Data contracts"). Code imports these
// instead of writing the names as string literals, so a rename is one change.

/** Per-test and per-file durations: written by aggregate-report, read by the run-matrix plan. */
export const TIMINGS_FILE = 'timings.json';

/** The plan artifact: written by the run-matrix plan job, read by each shard job. */
export const PLAN_FILE = 'testpipe-plan.json';

/** Written by provision, read by seed, run-matrix and teardown. */
export const ENV_FILE = 'env.json';

/** What provision created and teardown kept or destroyed, for people to read. */
export const AUDIT_FILE = 'audit.json';

// aggregate-report's output directory.
export const MERGED_JUNIT_FILE = 'junit.xml';
export const CTRF_REPORT_FILE = 'ctrf-report.json';
export const METRICS_FILE = 'metrics.json';
export const HTML_REPORT_FILE = 'report.html';
export const SUMMARY_FILE = 'summary.md';

// One shard's results: results/<shard>/...
export const SHARD_CTRF_FILE = 'ctrf.json';
export const SHARD_JUNIT_FILE = 'junit.xml';
export const SHARD_OUTPUT_LOG = 'output.log';
/** What the shard really took (contracts/shard-record.ts). */
export const SHARD_RECORD_FILE = 'shard.json';
/** Directory of the raw reports of each attempt, kept as the runner wrote them. */
export const SHARD_ATTEMPTS_DIR = 'attempts';
