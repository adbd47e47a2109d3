// Every measurement child prints exactly one JSON line on stdout, read by bench/lib/measure.ts.
export interface ChildReport {
  ok: boolean;
  /** Wall time of the measured work only (not process start-up). */
  ms?: number;
  /** Test cases the measured method saw. */
  testcases?: number;
  error?: string;
  /** Problems worth a warning under the table (wrong counts, ingest errors). */
  notes?: string;
}

export interface ChildResult extends ChildReport {
  /** Peak resident set size of the whole child process, from process.resourceUsage().maxRSS. */
  maxRssMiB: number;
}

export function reportAndExit(report: ChildReport): never {
  const result: ChildResult = { ...report, maxRssMiB: process.resourceUsage().maxRSS / 1024 };
  process.stdout.write(`${JSON.stringify(result)}\n`, () => process.exit(0));
  // Keep the event loop waiting for the write callback above.
  return undefined as never;
}

export function errorMessage(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}

export function fileArgument(): string {
  const path = process.argv[2];
  if (!path) throw new Error('usage: <child>.ts <junit-file>');
  return path;
}
