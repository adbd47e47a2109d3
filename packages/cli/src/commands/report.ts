import { renderMarkdownReport } from '@testpipe/core';
import { buildReport } from '@testpipe/action-aggregate-report/report-stage';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Command } from '../commands.js';
import { parseFailOn, parseMinPassRate, type FailOnOption } from '../gate-options.js';
import { UsageError } from '../usage-error.js';
import { formatMetrics } from './metrics.js';

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

Exit codes: 0 the gate passed, 1 the gate failed (or no tests), 2 unusable arguments.`;

interface ReportArgs {
  out: string;
  name: string;
  minPassRate: number;
  failOn: FailOnOption;
  previousTimings?: string;
  allowNoTests: boolean;
  paths: string[];
}

function parseArgs(args: string[]): ReportArgs | 'help' {
  const parsed: ReportArgs = {
    out: 'testpipe-report',
    name: 'Test report',
    minPassRate: 100,
    failOn: 'failures',
    allowNoTests: false,
    paths: [],
  };
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i] as string;
    const [flag, inline] =
      arg.startsWith('--') && arg.includes('=')
        ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)]
        : [arg, undefined];
    const value = (): string => {
      const v = inline ?? args[++i];
      if (v === undefined || v === '') throw new UsageError(`${flag} needs a value.`);
      return v;
    };
    if (flag === '-h' || flag === '--help') return 'help';
    else if (flag === '--out') parsed.out = value();
    else if (flag === '--name') parsed.name = value();
    else if (flag === '--previous-timings') parsed.previousTimings = value();
    else if (flag === '--allow-no-tests') parsed.allowNoTests = true;
    else if (flag === '--min-pass-rate') parsed.minPassRate = parseMinPassRate(value());
    else if (flag === '--fail-on') parsed.failOn = parseFailOn(value());
    else if (flag.startsWith('-') && flag !== '-') throw new UsageError(`unknown option "${flag}".`);
    else parsed.paths.push(arg);
  }
  if (parsed.paths.length === 0) throw new UsageError('give at least one report path, directory or glob.');
  return parsed;
}

export const reportCommand: Command = {
  name: 'report',
  summary:
    'merge reports into one verdict and write metrics, CTRF, JUnit, HTML and timings (the aggregate-report stage)',
  async run(args) {
    let parsed: ReportArgs | 'help';
    try {
      parsed = parseArgs(args);
    } catch (error) {
      if (!(error instanceof UsageError)) throw error;
      process.stderr.write(`testpipe report: ${error.message}\n\n${USAGE}\n`);
      return 2;
    }
    if (parsed === 'help') {
      process.stdout.write(`${USAGE}\n`);
      return 0;
    }
    const log = {
      info: (m: string) => process.stderr.write(`${m}\n`),
      warning: (m: string) => process.stderr.write(`warning: ${m}\n`),
    };
    const outputDir = path.resolve(parsed.out);
    const report = await buildReport({
      reportPaths: parsed.paths,
      outputDir,
      reportName: parsed.name,
      minPassRate: parsed.minPassRate,
      failOn: parsed.failOn,
      previousTimings: parsed.previousTimings,
      now: new Date(),
      log,
    });
    const { markdown } = renderMarkdownReport(
      {
        reportName: parsed.name,
        run: report.run,
        metrics: report.metrics,
        status: report.gate.status,
        gate: { minPassRate: parsed.minPassRate, failOn: parsed.failOn, reason: report.gate.reason },
      },
      { target: 'summary' },
    );
    await writeFile(path.join(outputDir, 'summary.md'), markdown);
    process.stdout.write(`${formatMetrics(report.metrics)}\n\n${report.gate.reason}\n`);
    process.stdout.write(`Report: ${report.files.html}\n`);
    if (report.gate.status === 'no-tests') return parsed.allowNoTests ? 0 : 1;
    return report.gate.failStep ? 1 : 0;
  },
};
