import { isAbsolute, relative } from 'node:path';

/**
 * A result's file as discovery names it: relative to the suite's working directory, with `/`. An absolute
 * path inside it is made relative; one outside it stays absolute (it is no unit of the suite).
 */
export function localFile(file: string, cwd: string): string {
  const local = isAbsolute(file) ? relative(cwd, file) : file;
  return (local.startsWith('..') || isAbsolute(local) ? file : local).replace(/\\/g, '/');
}
