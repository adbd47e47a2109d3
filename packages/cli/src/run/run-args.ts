import os from 'node:os';
import type { FailOn } from '@testpipe/core';
import { unknownOptionError } from '../did-you-mean.js';
import { parseFailOn, parseMinPassRate } from '../gate-options.js';
import { OptionCursor } from '../option-cursor.js';
import { UsageError } from '../usage-error.js';

export const RUN_USAGE = `Usage: testpipe run [options]

Runs the whole pipeline on this machine: reads testpipe.yml, plans every suite's shards (balanced with the
timings of an earlier run), runs the shards N at a time (each with its suite's timeout and retries), then
merges the results into one report and gates on it. Suites' working directories are relative to the
current directory, as they are to the repository root in the action.

Writes, into --out:
  results/<shard>/   junit.xml, ctrf.json, attempts/ and output.log (everything the shard printed)
  report/            metrics.json, ctrf-report.json, junit.xml, report.html, timings.json, summary.md

Options:
  --config FILE          the pipeline config (default: testpipe.yml)
  --parallel N           shards running at once (default: the number of CPUs)
  --out DIR              output directory (default: testpipe-out)
  --timings FILE         timings.json to plan with (default: <out>/report/timings.json of an earlier run)
  --suite NAME...        run only these suites (repeatable, or comma-separated)
  --min-pass-rate N      fail when the pass rate is below N percent (default: 100)
  --fail-on WHAT         failures | errors | nothing (default: failures)
  --allow-no-tests       exit 0 when no test ran
  --redact NAME          redact the value of environment variable NAME (a secret) from every file
                         written (each shard's output.log, junit.xml, ctrf.json, attempts/ and the
                         report), as values that tests mask with ::add-mask:: are; repeatable
  --no-progress          plain progress lines even on a terminal

Exit codes: 0 the gate passed, 1 the gate failed (or a shard could not run, or no tests),
2 unusable arguments or config, 3 an output path that cannot be written, 130 interrupted (Ctrl-C; the
finished shards are still reported).`;

export interface RunArgs {
  config: string;
  parallel: number;
  out: string;
  timings?: string;
  suites: string[];
  minPassRate: number;
  failOn: FailOn;
  allowNoTests: boolean;
  progress: boolean;
  /** Names of environment variables whose values are secrets (--redact, repeatable). */
  redactNames: string[];
}

/**
 * `testpipe run` arguments, validated. Throws UsageError naming the bad option. A command with more options
 * (pipeline) reads its own in `more` (true: taken) and names its usage for the did-you-mean.
 */
export function parseRunArgs(
  args: readonly string[],
  options: { usage?: string; more?: (cursor: OptionCursor) => boolean } = {},
): RunArgs {
  const parsed: RunArgs = {
    config: 'testpipe.yml',
    parallel: Math.max(1, os.availableParallelism()),
    out: 'testpipe-out',
    suites: [],
    minPassRate: 100,
    failOn: 'failures',
    allowNoTests: false,
    progress: true,
    redactNames: [],
  };
  for (const cursor = new OptionCursor(args); cursor.next();) {
    const { flag } = cursor;
    const value = () => cursor.value();
    if (options.more?.(cursor)) continue;
    if (flag === '--config') parsed.config = value();
    else if (flag === '--out') parsed.out = value();
    else if (flag === '--timings') parsed.timings = value();
    else if (flag === '--allow-no-tests') parsed.allowNoTests = true;
    else if (flag === '--no-progress') parsed.progress = false;
    else if (flag === '--redact') parsed.redactNames.push(value());
    else if (flag === '--parallel') {
      const raw = value();
      const n = Number(raw);
      if (!Number.isInteger(n) || n < 1 || n > 256)
        throw new UsageError(`--parallel must be a whole number from 1 to 256, got "${raw}".`);
      parsed.parallel = n;
    } else if (flag === '--suite') {
      for (const name of cursor.names()) if (!parsed.suites.includes(name)) parsed.suites.push(name);
    } else if (flag === '--min-pass-rate') parsed.minPassRate = parseMinPassRate(value());
    else if (flag === '--fail-on') parsed.failOn = parseFailOn(value());
    else if (cursor.isOption) throw unknownOptionError(flag, options.usage ?? RUN_USAGE);
    else throw new UsageError(`unexpected argument "${cursor.arg}"; name suites with --suite.`);
  }
  return parsed;
}
