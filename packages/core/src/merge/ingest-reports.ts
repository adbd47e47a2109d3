import { ingestFile, type IngestOptions } from '../ingest/index.js';
import type { TestRun } from '../model.js';
import { collectReports } from './collect-reports.js';

export interface IngestReportsOptions extends IngestOptions {
  /** Directory that relative paths and globs are resolved against; default process.cwd(). */
  cwd?: string;
  /** File extensions picked up under a directory; default xml, json, trx. */
  extensions?: readonly string[];
}

/** Reads report files, directories and globs with the streaming parsers and merges them into one run. */
export function ingestReports(pathsOrGlobs: readonly string[], options: IngestReportsOptions = {}): Promise<TestRun> {
  const { cwd, extensions, shard, ...ingestOptions } = options;
  return collectReports(pathsOrGlobs, { cwd, extensions, shard, ingestOptions }, ingestFile);
}
