import type { TestResult } from '../model.js';

/** Where to point a reader for a test: its worked-out location, else what its report said. */
export function placeOf(test: Pick<TestResult, 'file' | 'line' | 'location'>): { file?: string; line?: number } {
  if (test.location) return { file: test.location.path, line: test.location.line };
  return { file: test.file, line: test.line };
}
