import path from 'node:path';
import type { IngestError, SourceFile, TestCaseRecord, TestRun } from '../model.js';
import { expandReportPaths, inferShardFromPath } from './report-paths.js';
import { RunBuilder } from './run-builder.js';

/** The shape of ingest/ingestFile, taken as a parameter so merging does not depend on one parser. */
export type ReportIngester<O extends { shard?: string }> = (
  path: string,
  onTest: (record: TestCaseRecord) => void,
  options?: O,
) => Promise<SourceFile>;

export interface CollectReportsOptions<O> {
  /** Directory that relative paths and globs are resolved against; default process.cwd(). */
  cwd?: string;
  /** File extensions picked up under a directory; default xml, json, trx. */
  extensions?: readonly string[];
  /** Shard of every file; when absent, inferred per file from a results/<shard>/ segment. */
  shard?: string;
  /** Passed to the ingester for each file. */
  ingestOptions?: O;
}

const UNREADABLE_CODES = new Set(['ENOENT', 'EACCES', 'EISDIR', 'EPERM', 'ENOTDIR', 'EMFILE']);

function failedFile(reportPath: string, error: unknown, testsRead: number): SourceFile {
  const code = (error as { code?: unknown } | null)?.code;
  const detail = error instanceof Error ? error.message : String(error);
  const kind: IngestError['kind'] = typeof code === 'string' && UNREADABLE_CODES.has(code) ? 'unreadable' : 'malformed';
  const message =
    kind === 'unreadable'
      ? `Could not read ${reportPath}: ${detail}. Check that the file exists and is readable.`
      : `Could not parse ${reportPath}: ${detail}. The ${testsRead} test(s) read before the problem are kept.`;
  return {
    path: reportPath,
    format: 'unknown',
    tests: testsRead,
    bytes: 0,
    errors: [{ path: reportPath, message, kind }],
  };
}

/**
 * Reads every report the patterns name into one merged run. A file that cannot be read or
 * parsed is listed in run.files with its error; every other file still counts.
 */
export async function collectReports<O extends { shard?: string }>(
  patterns: readonly string[],
  options: CollectReportsOptions<O>,
  ingest: ReportIngester<O>,
): Promise<TestRun> {
  const builder = new RunBuilder();
  await collectInto(builder, patterns, options, ingest);
  return builder.build();
}

/** Adds every record and file of the reports the patterns name to `builder` (see collectReports). */
export async function collectInto<O extends { shard?: string }>(
  builder: RunBuilder,
  patterns: readonly string[],
  options: CollectReportsOptions<O>,
  ingest: ReportIngester<O>,
): Promise<void> {
  const cwd = options.cwd ?? process.cwd();
  const { paths, unmatched } = await expandReportPaths(patterns, { cwd, extensions: options.extensions });
  for (const pattern of unmatched) {
    const message = `No report file matches "${pattern}" (resolved from ${cwd}). Check the path and that the test step wrote its results there.`;
    builder.addFile({
      path: pattern,
      format: 'unknown',
      tests: 0,
      bytes: 0,
      errors: [{ path: pattern, message, kind: 'unreadable' }],
    });
  }
  for (const reportPath of paths) {
    const shard = options.shard ?? inferShardFromPath(reportPath);
    const source = shard === undefined ? { path: reportPath } : { path: reportPath, shard };
    const absolutePath = path.resolve(cwd, reportPath);
    let testsRead = 0;
    const onTest = (record: TestCaseRecord): void => {
      testsRead++;
      // Name the file as the user gave it, not by the absolute path the parser was handed.
      for (const attempt of record.attempts) if (attempt.source === absolutePath) attempt.source = reportPath;
      builder.add(record, source);
    };
    const ingestOptions = { ...options.ingestOptions, ...(shard === undefined ? {} : { shard }) } as O;
    try {
      const file = await ingest(absolutePath, onTest, ingestOptions);
      builder.addFile({ ...file, path: reportPath });
    } catch (error) {
      builder.addFile(failedFile(reportPath, error, testsRead));
    }
  }
}
