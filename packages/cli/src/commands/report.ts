import type { CommentMode } from '@testpipe/core';
import { COMMENT_WHEN, REPORT_DEFAULTS, type CommentWhen } from '@testpipe/stages/defaults';
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
  --comment WHEN         the GitLab merge-request note: always | on-failure | on-change | off
                         (default: always in a merge-request pipeline with a token, else off).
                         on-failure posts only when the tests fail (and keeps an earlier note
                         up to date); on-change edits the note only when the verdict or the
                         failing tests change
  --comment-mode MODE    update (edit the one note in place) | recreate (delete it, post anew
                         at the bottom) (default: update)

GitLab merge requests: in a merge-request pipeline (CI_MERGE_REQUEST_IID and CI_PROJECT_ID set),
the report is posted as one sticky note on the merge request, updated on every run, through
CI_API_V4_URL (default https://gitlab.com/api/v4). Set TESTPIPE_GITLAB_TOKEN (else GITLAB_TOKEN) to a
project access token with the api scope, as a masked CI/CD variable; CI_JOB_TOKEN cannot write notes.
A note that cannot be posted is a warning: the report files and the exit code are unaffected.

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
  comment?: CommentWhen;
  commentMode?: CommentMode;
  paths: string[];
}

/** GitLab cannot collapse a note, so `hide-previous` (GitHub's) is not offered here. */
const GITLAB_COMMENT_MODES = ['update', 'recreate'] as const satisfies readonly CommentMode[];

function parseChoice<T extends string>(flag: string, raw: string, choices: readonly T[]): T {
  if (!(choices as readonly string[]).includes(raw)) {
    throw new UsageError(`${flag} must be one of ${choices.join(', ')}, got "${raw}".`);
  }
  return raw as T;
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
    else if (flag === '--comment') parsed.comment = parseChoice(flag, value(), COMMENT_WHEN);
    else if (flag === '--comment-mode') parsed.commentMode = parseChoice(flag, value(), GITLAB_COMMENT_MODES);
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
    const { runReport, localReportInput, finishLocalReport, terminalLogger, valuesToRedact, gitlabPublishing } =
      await import('../local-report.js');
    const logger = terminalLogger({ info: process.stderr, debug: options.debug });
    const redact = valuesToRedact(parsed.redactNames, process.env);
    for (const name of redact.unset) logger.warning(`--redact ${name}: the environment has no value for ${name}.`);
    const gitlab = gitlabPublishing(process.env, {
      comment: parsed.comment,
      commentMode: parsed.commentMode,
      log: logger,
    });
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
        gitlab,
      }),
      { logger, host: gitlab?.host },
    );
    await finishLocalReport(result, outputDir);
    if (result.files) process.stdout.write(`Report: ${result.files.html}\n`);
    return result.failure ? 1 : 0;
  },
};
