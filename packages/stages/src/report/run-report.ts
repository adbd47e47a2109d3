// The report stage: gather every shard's results, merge them into one verdict, write the report files,
// and publish what the ports allow (comment, check run, artifact, S3 archive). Optional side effects that
// fail become warnings: the report itself is never lost.
import path from 'node:path';
import {
  noResultsVerdict,
  renderMarkdownReport,
  Secrets,
  systemClock,
  type ArtifactStore,
  type Clock,
  type CodeHost,
  type CommentMode,
  type FailOn,
  type HistoryPoint,
  type IfNoResults,
  type Logger,
  type MarkdownReportInput,
} from '@testpipe/core';
import { findBaseComparison } from './base-comparison.js';
import { buildReport, type ReportStageResult } from './build-report.js';
import { gatherResults, type OutsideWorkspaceOption, type OutsideWorkspacePolicy } from './gather/index.js';
import { gitTrackedFiles } from './git-tracked-files.js';
import type { CommentWhen } from '../defaults.js';
import { publishToHost } from './publish.js';
import type { ReportContext } from './report-context.js';
import { archiveToS3, readTrend, type S3Settings } from './s3-archive.js';
import { optionalSideEffect } from './side-effect.js';

export interface ReportInput {
  /** Artifact name patterns and/or file globs, directories or paths. */
  results: string[];
  /** Report another run's artifacts (workflow_run companion). */
  runId?: number;
  reportName: string;
  minPassRate: number;
  failOn: FailOn;
  ifNoResults: IfNoResults;
  /** Resolved against the workspace. */
  outputDir: string;
  /** Upload the report directory as this artifact ('' for none); also what base comparisons look for. */
  reportArtifact: string;
  retentionDays?: number;
  /** An earlier timings.json to merge with, resolved against the workspace. */
  previousTimings?: string;
  comment: CommentWhen;
  commentMode: CommentMode;
  checkRun: boolean;
  maxAnnotations: number;
  compareTo?: string;
  s3?: S3Settings;
  pipelineId: string;
  context: ReportContext;
  /** Where artifacts are downloaded. */
  workDir: string;
  /** Secret values (the token, values of the inputs and env vars listed in `redact`): redacted from all output. */
  redact: string[];
  /** Report files that workspace globs reach outside the workspace: read quietly, warn, or refuse. */
  outsideWorkspace: OutsideWorkspacePolicy;
  /** How the user sets that policy, for messages (the CLI's flag); default the action input. */
  outsideWorkspaceOption?: OutsideWorkspaceOption;
}

export interface ReportPorts {
  logger: Logger;
  clock?: Clock;
  artifacts?: ArtifactStore;
  host?: CodeHost;
  /** Hides a value in the log (the runner's `::add-mask::`); values tests masked are found while reading. */
  maskInLog?: (value: string) => void;
}

export interface ReportResult extends Partial<ReportStageResult> {
  status: 'passed' | 'failed' | 'no-tests';
  /** Set when the step must fail: the one line to fail it with. */
  failure?: string;
  /** The job summary (summary.md for the CLI). */
  summaryMarkdown?: string;
  commentUrl?: string;
  checkUrl?: string;
}

/** The PR this report belongs to: the event's own, or for a workflow_run companion the triggering run's. */
async function findPullRequest(input: ReportInput, ports: ReportPorts) {
  const { context } = input;
  if (context.pullRequest) return context.pullRequest;
  const runId = input.runId ?? context.triggeringRun?.id;
  if (runId === undefined || !ports.host) return undefined;
  const host = ports.host;
  return optionalSideEffect(ports.logger, 'Finding the pull request of the workflow run', () =>
    host.findPullRequestForRun(runId),
  );
}

export async function runReport(input: ReportInput, ports: ReportPorts): Promise<ReportResult> {
  const { logger, host, artifacts } = ports;
  const clock = ports.clock ?? systemClock;
  const { context } = input;
  const outputDir = path.resolve(context.workspace, input.outputDir);

  const gathered = await gatherResults({
    patterns: input.results,
    workspace: context.workspace,
    downloadDir: path.join(input.workDir, 'testpipe-results'),
    runId: input.runId,
    artifacts,
    outsideWorkspace: input.outsideWorkspace,
    ...(input.outsideWorkspaceOption && { outsideWorkspaceOption: input.outsideWorkspaceOption }),
    log: logger,
  });
  for (const problem of gathered.problems) logger.warning(problem);
  if (gathered.reportPaths.length === 0) {
    const message = `No test results found for ${input.results.map((r) => `"${r}"`).join(', ')}: check that the test jobs uploaded their results (artifact names) or wrote them where the globs point.`;
    return { status: 'no-tests', ...noResults(input.ifNoResults, message, logger) };
  }

  const pullRequest = await findPullRequest(input, ports);
  const base = await findBaseComparison(host, {
    compareTo: input.compareTo,
    pullRequestBase: pullRequest?.baseRef,
    reportArtifact: input.reportArtifact,
    runId: context.runId,
    downloadDir: input.workDir,
  });
  const s3 = input.s3;
  const history: HistoryPoint[] | undefined = s3?.history
    ? await optionalSideEffect(logger, 'Reading the S3 history', () => readTrend(s3, input.pipelineId, context, logger))
    : undefined;

  const now = new Date(clock.now());
  const report = await buildReport({
    reportPaths: gathered.reportPaths,
    outputDir,
    reportName: input.reportName,
    minPassRate: input.minPassRate,
    failOn: input.failOn,
    previousTimings: input.previousTimings && path.resolve(context.workspace, input.previousTimings),
    history,
    base: base.run ? { run: base.run, label: base.label } : undefined,
    repositoryUrl: context.serverUrl && context.repository ? `${context.serverUrl}/${context.repository}` : undefined,
    commitSha: context.headSha || undefined,
    runId: context.runId === undefined ? undefined : String(context.runId),
    now,
    log: logger,
    secrets: secretsOf(input.redact, logger),
    maskInLog: ports.maskInLog,
    tracked: await gitTrackedFiles(context.workspace),
    roots: [context.workspace],
  });
  const { metrics, gate } = report;
  const markdownInput: MarkdownReportInput = {
    reportName: input.reportName,
    run: report.run,
    metrics,
    status: gate.status,
    gate: { minPassRate: input.minPassRate, failOn: input.failOn, reason: gate.reason },
    // Outside GitHub there is no base to compare with and nothing to link to.
    ...(host && {
      comparison: report.comparison ?? { unavailable: base.reason ?? 'No base to compare with.' },
      links: {
        blobBaseUrl:
          context.headSha && context.serverUrl
            ? `${context.serverUrl}/${context.repository}/blob/${context.headSha}/`
            : undefined,
        workspace: context.workspace,
        runUrl: context.runUrl,
        // The run page until the report artifact is uploaded and its own page is known.
        reportUrl: context.runUrl,
      },
    }),
  };
  // Uploaded before anything is rendered: the comment, summary and check run link the artifact.
  if (input.reportArtifact && artifacts) {
    const artifactId = await optionalSideEffect(logger, `Uploading the report artifact "${input.reportArtifact}"`, () =>
      artifacts.uploadDirectory(input.reportArtifact, outputDir, { retentionDays: input.retentionDays }),
    );
    const reportUrl = artifactUrl(context, artifactId);
    if (reportUrl && markdownInput.links) markdownInput.links.reportUrl = reportUrl;
  }
  const summary = renderMarkdownReport(markdownInput, { target: 'summary' });
  if (summary.dropped.length > 0) {
    logger.info(`The job summary was shortened to fit GitHub's limit: ${summary.dropped.join('; ')}.`);
  }
  const result: ReportResult = { ...report, status: gate.status, summaryMarkdown: summary.markdown };

  if (host) {
    const headSha = context.headSha;
    const published = await publishToHost(
      host,
      {
        comment: { when: input.comment, mode: input.commentMode },
        issueNumber: pullRequest?.number,
        checkRun:
          input.checkRun && headSha
            ? {
                headSha,
                workspace: context.workspace,
                maxAnnotations: input.maxAnnotations,
                detailsUrl: context.runUrl,
              }
            : undefined,
      },
      markdownInput,
      logger,
    );
    Object.assign(result, published);
  }
  if (s3) {
    await optionalSideEffect(logger, 'Archiving to S3', () =>
      archiveToS3(s3, input.pipelineId, context, outputDir, metrics, logger, now),
    );
  }
  if (host) logger.debug(host.describeApiCalls());
  logger.info(gate.reason);
  if (gate.failStep) return { ...result, failure: gate.reason };
  if (gate.status === 'no-tests') {
    // Report files were found but held no test that ran: the same policy as finding no files.
    const message = `${gate.reason} Check that the tests were collected (if-no-results: ${input.ifNoResults}).`;
    return { ...result, ...noResults(input.ifNoResults, message, logger) };
  }
  return result;
}

/** The page of artifact `id` of this run: `<server>/<owner>/<repo>/actions/runs/<run>/artifacts/<id>`. */
function artifactUrl(context: ReportContext, id: number | undefined): string | undefined {
  if (!id || id <= 0 || !context.serverUrl || !context.repository || context.runId === undefined) return undefined;
  return `${context.serverUrl.replace(/\/+$/, '')}/${context.repository}/actions/runs/${context.runId}/artifacts/${id}`;
}

function noResults(policy: IfNoResults, message: string, logger: Logger): { failure?: string } {
  const verdict = noResultsVerdict(policy, message);
  if (verdict.warning) logger.warning(verdict.warning);
  return verdict.failure === undefined ? {} : { failure: verdict.failure };
}

/** The secrets to redact; a value too short to redact safely is named by its length, never shown. */
function secretsOf(values: readonly string[], logger: Logger): Secrets {
  const secrets = new Secrets();
  for (const value of values) {
    if (secrets.add(value) === 'too-short') {
      logger.warning(
        `A value listed in "redact" has only ${value.trim().length} characters: it is not redacted, as text that short would be starred everywhere.`,
      );
    }
  }
  return secrets;
}
