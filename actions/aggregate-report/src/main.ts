import * as core from '@actions/core';
import { type BaseComparison, type HistoryPoint, type MarkdownReportInput } from '@testpipe/core';
import { ConfigurationError, createGitHubClient, uploadDirectoryArtifact, type GitHubClient } from '@testpipe/github';
import path from 'node:path';
import { readConfig, type AggregateReportConfig } from './config.js';
import { findBaseComparison } from './base-comparison.js';
import { gatherResults, findPullRequestForRun } from './gather/index.js';
import { publishComment, publishReportCheckRun, writeJobSummary } from './publish.js';
import { buildReport } from './report-stage.js';
import { readRunContext, type RunContext } from './run-context.js';
import { isForbidden, optionalSideEffect } from './side-effect.js';
import { archiveToS3, readTrend } from './s3-archive.js';

const FORK_ADVICE =
  'The token cannot write to this repository (a pull request from a fork gets a read-only GITHUB_TOKEN). ' +
  'The job summary and report artifact are still written. To comment on fork PRs, run aggregate-report from a ' +
  'companion workflow triggered by `workflow_run` with `run-id: ${{ github.event.workflow_run.id }}` ' +
  '(see the aggregate-report README, "Fork pull requests").';

const log = { info: core.info, warning: core.warning };

/** The PR this report belongs to: the event's own, or for a workflow_run companion the triggering run's. */
async function findPullRequest(
  octokit: GitHubClient,
  config: AggregateReportConfig,
  context: RunContext,
): Promise<{ number: number; baseRef: string } | undefined> {
  if (context.pullRequest) return context.pullRequest;
  const runId = config.runId ?? context.triggeringRun?.id;
  if (runId === undefined) return undefined;
  return optionalSideEffect('Finding the pull request of the workflow run', () =>
    findPullRequestForRun(octokit, { owner: context.owner, repo: context.repo, runId }),
  );
}

export async function run(): Promise<void> {
  try {
    const config = readConfig();
    const context = readRunContext();
    const { octokit, counter } = createGitHubClient(config.token, {
      baseUrl: context.apiUrl,
      log: { debug: core.debug, warning: core.warning },
    });
    const outputDir = path.resolve(context.workspace, config.outputDir);

    const gathered = await gatherResults({
      patterns: config.results,
      workspace: context.workspace,
      downloadDir: path.join(process.env.RUNNER_TEMP ?? outputDir, 'testpipe-results'),
      runId: config.runId,
      token: config.token,
      repository: `${context.owner}/${context.repo}`,
      log,
    });
    for (const problem of gathered.problems) core.warning(problem);

    if (gathered.reportPaths.length === 0) {
      const message = `No test results found for ${config.results.map((r) => `"${r}"`).join(', ')}: check that the test jobs uploaded their results (artifact names) or wrote them where the globs point.`;
      core.setOutput('status', 'no-tests');
      if (config.ifNoResults === 'error') throw new ConfigurationError(message);
      if (config.ifNoResults === 'warn') core.warning(message);
      return;
    }

    const pullRequest = await findPullRequest(octokit, config, context);
    const base = await findBaseComparison(octokit, config, context, pullRequest?.baseRef);
    const history: HistoryPoint[] | undefined = config.s3?.history
      ? await optionalSideEffect('Reading the S3 history', () => readTrend(config, context))
      : undefined;

    const report = await buildReport({
      reportPaths: gathered.reportPaths,
      outputDir,
      reportName: config.reportName,
      minPassRate: config.minPassRate,
      failOn: config.failOn,
      previousTimings: config.previousTimings && path.resolve(context.workspace, config.previousTimings),
      history,
      base: base.run ? { run: base.run, label: base.label } : undefined,
      repositoryUrl: `${context.serverUrl}/${context.owner}/${context.repo}`,
      commitSha: context.headSha || undefined,
      runId: String(context.runId),
      now: new Date(),
      log,
    });
    const { metrics, gate } = report;
    core.setOutput('total', metrics.total);
    core.setOutput('passed', metrics.passed);
    core.setOutput('failed', metrics.failed);
    core.setOutput('errored', metrics.errored);
    core.setOutput('skipped', metrics.skipped);
    core.setOutput('flaky', metrics.flaky);
    core.setOutput('pass-rate', metrics.passRate === null ? '' : metrics.passRate.toFixed(2));
    core.setOutput('duration-ms', metrics.durationMs.wall);
    core.setOutput('status', gate.status);
    core.setOutput('report-path', report.files.html);

    const comparison: BaseComparison | { unavailable: string } = report.comparison ?? {
      unavailable: base.reason ?? 'No base to compare with.',
    };
    const markdownInput: MarkdownReportInput = {
      reportName: config.reportName,
      run: report.run,
      metrics,
      status: gate.status,
      gate: { minPassRate: config.minPassRate, failOn: config.failOn, reason: gate.reason },
      comparison,
      links: {
        blobBaseUrl: context.headSha
          ? `${context.serverUrl}/${context.owner}/${context.repo}/blob/${context.headSha}/`
          : undefined,
        workspace: context.workspace,
        runUrl: context.runUrl,
      },
    };
    const dropped = await writeJobSummary(markdownInput);
    if (dropped.length > 0) core.info(`The job summary was shortened to fit GitHub's limit: ${dropped.join('; ')}.`);

    if (config.reportArtifact) {
      await optionalSideEffect(`Uploading the report artifact "${config.reportArtifact}"`, () =>
        uploadDirectoryArtifact(config.reportArtifact, outputDir, outputDir, config.retentionDays),
      );
    }

    let forbidden = false;
    const issueNumber = pullRequest?.number;
    if (issueNumber !== undefined && config.comment !== 'off') {
      try {
        const comment = await publishComment(octokit, config, context, issueNumber, markdownInput);
        if (comment?.url) core.setOutput('comment-url', comment.url);
      } catch (error) {
        if (isForbidden(error)) {
          forbidden = true;
          core.warning(FORK_ADVICE);
        } else core.warning(`The PR comment was skipped: ${(error as Error).message}`);
      }
    }
    if (config.checkRun && !forbidden && context.headSha) {
      try {
        const check = await publishReportCheckRun(octokit, config, context, markdownInput);
        core.setOutput('check-url', check.url);
      } catch (error) {
        core.warning(isForbidden(error) ? FORK_ADVICE : `The check run was skipped: ${(error as Error).message}`);
      }
    }
    if (config.s3) {
      await optionalSideEffect('Archiving to S3', () => archiveToS3(config, context, outputDir, metrics));
    }
    core.debug(`GitHub API calls: ${counter.total} (${[...counter.byRoute].map(([r, n]) => `${r} ×${n}`).join(', ')})`);
    core.info(gate.reason);
    if (gate.failStep) core.setFailed(gate.reason);
    else if (gate.status === 'no-tests') {
      // Report files were found but held no test that ran: the same policy as finding no files.
      const message = `${gate.reason} Check that the tests were collected (if-no-results: ${config.ifNoResults}).`;
      if (config.ifNoResults === 'error') core.setFailed(message);
      if (config.ifNoResults === 'warn') core.warning(message);
    }
  } catch (error) {
    if (error instanceof ConfigurationError) core.setFailed(error.message);
    else core.setFailed(`aggregate-report failed: ${error instanceof Error ? error.message : String(error)}`);
  }
}
