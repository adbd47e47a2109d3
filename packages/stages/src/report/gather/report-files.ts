import path from 'node:path';
import { expandReportPaths, REPORT_EXTENSIONS, SHARD_CTRF_FILE } from '@testpipe/core';
import { boundedGlob, type BoundedGlobOptions } from '../../files/bounded-glob.js';

const RAW_REPORT = /\.(xml|trx)$/i;
const REPORT_FILE = new RegExp(`\\.(${REPORT_EXTENSIONS.join('|')})$`, 'i');

/**
 * run-matrix writes `results/<shard>/*.xml` and a `ctrf.json` holding the same tests: reading both
 * would count every test twice. So a `ctrf.json` is dropped when raw XML/TRX reports from the same
 * directory are among the paths; a `ctrf.json` alone (or any other JSON report) is kept.
 */
export function dropShardCtrfBesideRawReports(reportPaths: readonly string[]): string[] {
  const directoriesWithRaw = new Set(
    reportPaths.filter((file) => RAW_REPORT.test(file)).map((file) => path.dirname(path.resolve(file))),
  );
  return reportPaths.filter(
    (file) => path.basename(file) !== SHARD_CTRF_FILE || !directoriesWithRaw.has(path.dirname(path.resolve(file))),
  );
}

/** What a workspace glob may do: leave the workspace (with a warning, or not at all), and how to allow it. */
export type GlobScope = Pick<BoundedGlobOptions, 'what' | 'outside'>;

/** expandReportPaths with every glob walk bounded (entries, time) and checked for leaving cwd. */
function expandBounded(patterns: readonly string[], cwd: string, scope: GlobScope) {
  const walk = (pattern: string, walkCwd: string) =>
    boundedGlob([pattern], {
      ...scope,
      cwd: walkCwd,
      expandDirectories: false,
      narrowHint: 'the folder of your reports (e.g. "test-results/**/*.xml")',
    });
  return expandReportPaths(patterns, { cwd, glob: walk });
}

/** Every report file (.xml, .json, .trx) under a directory, as absolute paths in reading order. */
export async function reportFilesUnder(directory: string): Promise<string[]> {
  const scope: GlobScope = { what: `reports in ${directory}`, outside: { allowed: false } };
  const { paths } = await expandBounded(['.'], directory, scope);
  return paths.map((file) => path.resolve(directory, file));
}

/**
 * Report files a workspace glob (or directory, or file) names, as absolute paths. A glob that
 * could be an artifact name (`testpipe-results-*`) also looks inside directories of that name,
 * which is where actions/download-artifact puts artifacts.
 */
export async function reportFilesInWorkspace(
  pattern: string,
  workspace: string,
  options: { alsoInsideMatchingDirectories: boolean; scope: GlobScope },
): Promise<string[]> {
  const patterns = options.alsoInsideMatchingDirectories
    ? [pattern, `${pattern}/**/*.{${REPORT_EXTENSIONS.join(',')}}`]
    : [pattern];
  const { paths } = await expandBounded(patterns, workspace, options.scope);
  // A name-like glob may also match unrelated files (notes, logs): keep only report extensions then.
  const kept = options.alsoInsideMatchingDirectories ? paths.filter((file) => REPORT_FILE.test(file)) : paths;
  return kept.map((file) => path.resolve(workspace, file));
}
