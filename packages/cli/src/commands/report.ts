import { REPORT_DEFAULTS } from '@testpipe/stages/defaults';
import path from 'node:path';
import type { Command } from '../commands.js';
import { unknownOptionError } from '../did-you-mean.js';
import { parseFailOn, parseMinPassRate } from '../gate-options.js';
import { OptionCursor } from '../option-cursor.js';
import { UsageError } from '../usage-error.js';

const USAGE = `Usage: testpipe report [options] <report paths, directories or globs...>

Merges every report into one verdict and writes, into --out: metrics.json, ctrf-report.json, junit.xml,
report.html, timings.json and summary.md (the job-summary Markdown). Same files as the aggregate-report action.

Options:
  --out DIR              output directory (default: testpipe-report)
  --name NAME            report name (default: Test report)
  --min-pass-rate N      fail when the pass rate is below N percent (default: 100)
  --fail-on WHAT         failures | errors | nothing (default: failures)
  --previous-timings F   an earlier timings.json to merge with
  --allow-no-tests       exit 0 when no test ran
  --redact NAME          redact the value of environment variable NAME (a secret) from every file
                         written, as values that tests mask with ::add-mask:: are; repeatable
  --allow-outside-workspace
                         walk globs that leave the current directory ('/**/*.xml', '../x/*.xml');
                         without it they are refused. Files and directories named as they are
                         are always read. Every glob walk is bounded (entries visited, time).

Exit codes: 0 the gate passed, 1 the gate failed (or no tests), 2 unusable arguments, 3 an output path
that cannot be written.`;

interface ReportArgs {
  out: string;
  name: string;
  minPassRate: number;
  failOn: ReturnType<typeof parseFailOn>;
  previousTimings?: string;
  allowNoTests: boolean;
  redactNames: string[];
  allowOutsideWorkspace: boolean;
  paths: string[];
}

function parseArgs(args: string[]): ReportArgs {
  const parsed: ReportArgs = {
    out: REPORT_DEFAULTS['output-dir'],
    name: REPORT_DEFAULTS['report-name'],
    minPassRate: REPORT_DEFAULTS['min-pass-rate'],
    failOn: REPORT_DEFAULTS['fail-on'],
    allowNoTests: false,
    redactNames: [],
    allowOutsideWorkspace: false,
    paths: [],
  };
  for (const cursor = new OptionCursor(args); cursor.next();) {
    const { flag } = cursor;
    const value = () => cursor.value();
    if (flag === '--out') parsed.out = value();
    else if (flag === '--name') parsed.name = value();
    else if (flag === '--previous-timings') parsed.previousTimings = value();
    else if (flag === '--allow-no-tests') parsed.allowNoTests = true;
    else if (flag === '--redact') parsed.redactNames.push(value());
    else if (flag === '--allow-outside-workspace') parsed.allowOutsideWorkspace = true;
    else if (flag === '--min-pass-rate') parsed.minPassRate = parseMinPassRate(value());
    else if (flag === '--fail-on') parsed.failOn = parseFailOn(value());
    else if (cursor.isOption) throw unknownOptionError(flag, USAGE);
    else parsed.paths.push(cursor.arg);
  }
  if (parsed.paths.length === 0) throw new UsageError('give at least one report path, directory or glob.');
  return parsed;
}

export const reportCommand: Command = {
  name: 'report',
  usage: USAGE,
  async run(args, options) {
    const parsed = parseArgs(args);
    const outputDir = path.resolve(parsed.out);
    // The stage loads only once the arguments are usable.
    const { runReport, localReportInput, finishLocalReport, terminalLogger, valuesToRedact } =
      await import('../local-report.js');
    const logger = terminalLogger({ info: process.stderr, debug: options.debug });
    const redact = valuesToRedact(parsed.redactNames, process.env);
    for (const name of redact.unset) logger.warning(`--redact ${name}: the environment has no value for ${name}.`);
    const result = await runReport(
      localReportInput({
        results: parsed.paths,
        outputDir,
        reportName: parsed.name,
        minPassRate: parsed.minPassRate,
        failOn: parsed.failOn,
        allowNoTests: parsed.allowNoTests,
        previousTimings: parsed.previousTimings,
        redact: redact.values,
        outsideWorkspace: parsed.allowOutsideWorkspace ? 'allow' : 'refuse-globs',
      }),
      { logger },
    );
    await finishLocalReport(result, outputDir);
    if (result.files) process.stdout.write(`Report: ${result.files.html}\n`);
    return result.failure ? 1 : 0;
  },
};
