import { stat } from 'node:fs/promises';
import path from 'node:path';
import { escapePath, glob, isDynamicPattern } from 'tinyglobby';

export const REPORT_EXTENSIONS = ['xml', 'json', 'trx'] as const;

export interface ExpandedReportPaths {
  /** Report files, in the order patterns were given, each pattern's matches in `reportOrder`. */
  paths: string[];
  /** Patterns or paths that matched no file. */
  unmatched: string[];
}

const collator = new Intl.Collator('en', { numeric: true });

/**
 * Source order is the fallback order of attempts, so a retry must sort after the run it retries:
 * compare paths without their extension first ("junit" before "junit-retry-1", "retry-2" before
 * "retry-10").
 */
function reportOrder(a: string, b: string): number {
  const stem = (file: string): string => file.slice(0, file.length - path.extname(file).length);
  return collator.compare(stem(a), stem(b)) || collator.compare(a, b);
}

async function kindOf(target: string): Promise<'file' | 'directory' | 'missing'> {
  try {
    return (await stat(target)).isDirectory() ? 'directory' : 'file';
  } catch {
    return 'missing';
  }
}

/** Files a glob matches under cwd, relative to it: tinyglobby's, or a bounded walk (the report stage's). */
export type ReportGlob = (pattern: string, cwd: string) => Promise<string[]>;

const unboundedGlob: ReportGlob = (pattern, cwd) => glob(pattern, { cwd, onlyFiles: true, expandDirectories: false });

/**
 * Expands globs, directories (every report file under them) and plain paths into a list of
 * report files without repeats. Paths stay as the user wrote them (relative to cwd when relative).
 */
export async function expandReportPaths(
  patterns: readonly string[],
  options: { cwd?: string; extensions?: readonly string[]; glob?: ReportGlob } = {},
): Promise<ExpandedReportPaths> {
  const cwd = options.cwd ?? process.cwd();
  const walk = options.glob ?? unboundedGlob;
  const extensions = options.extensions ?? REPORT_EXTENSIONS;
  const underDirectory = extensions.length === 1 ? `**/*.${extensions[0]}` : `**/*.{${extensions.join(',')}}`;
  const seen = new Set<string>();
  const paths: string[] = [];
  const unmatched: string[] = [];
  for (const pattern of patterns) {
    let matches: string[];
    if (isDynamicPattern(pattern)) {
      matches = await walk(pattern, cwd);
    } else {
      const kind = await kindOf(path.resolve(cwd, pattern));
      if (kind === 'directory') {
        const directory = escapePath(pattern.replace(/[\\/]+$/, ''));
        matches = await walk(`${directory}/${underDirectory}`, cwd);
      } else {
        matches = kind === 'file' ? [pattern] : [];
      }
    }
    if (matches.length === 0) unmatched.push(pattern);
    for (const match of matches.sort(reportOrder)) {
      const key = path.resolve(cwd, match);
      if (seen.has(key)) continue;
      seen.add(key);
      paths.push(match);
    }
  }
  return { paths, unmatched };
}

/** run-matrix writes results/<shard>/...: the shard is the segment after the last "results". */
export function inferShardFromPath(reportPath: string): string | undefined {
  const segments = reportPath.split(/[\\/]+/);
  for (let i = segments.length - 3; i >= 0; i--) {
    if (segments[i] === 'results') return segments[i + 1];
  }
  return undefined;
}
