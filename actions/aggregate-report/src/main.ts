import * as core from '@actions/core';
import { isUserError } from '@testpipe/core';
import {
  actionsLogger,
  createArtifactStore,
  createGitHubCodeHost,
  lazyGitHubClient,
  readRunContext,
} from '@testpipe/github';
import { runReport } from '@testpipe/stages';
import path from 'node:path';
import { readInputs } from './inputs.js';

export async function run(): Promise<void> {
  try {
    const { token, ...inputs } = readInputs();
    const context = readRunContext();
    const repository = `${context.owner}/${context.repo}`;
    const connection = { token, repository, apiUrl: context.apiUrl, log: actionsLogger };
    const github = lazyGitHubClient(connection);
    const workspace = context.workspace;
    const result = await runReport(
      {
        ...inputs,
        context: {
          repository,
          runId: context.runId,
          headSha: context.headSha,
          pullRequest: context.pullRequest,
          triggeringRun: context.triggeringRun,
          workspace,
          serverUrl: context.serverUrl,
          runUrl: context.runUrl,
          branch: process.env.GITHUB_HEAD_REF || process.env.GITHUB_REF_NAME,
        },
        workDir: process.env.RUNNER_TEMP ?? path.resolve(workspace, inputs.outputDir),
      },
      {
        logger: actionsLogger,
        artifacts: createArtifactStore({ token, repository, octokit: github.octokit }),
        host: createGitHubCodeHost(connection, github),
      },
    );
    if (result.metrics) {
      const { metrics } = result;
      core.setOutput('total', metrics.total);
      core.setOutput('passed', metrics.passed);
      core.setOutput('failed', metrics.failed);
      core.setOutput('errored', metrics.errored);
      core.setOutput('skipped', metrics.skipped);
      core.setOutput('flaky', metrics.flaky);
      core.setOutput('pass-rate', metrics.passRate === null ? '' : metrics.passRate.toFixed(2));
      core.setOutput('duration-ms', metrics.durationMs.wall);
    }
    core.setOutput('status', result.status);
    if (result.files) core.setOutput('report-path', result.files.html);
    if (result.commentUrl) core.setOutput('comment-url', result.commentUrl);
    if (result.checkUrl) core.setOutput('check-url', result.checkUrl);
    if (result.summaryMarkdown) await core.summary.addRaw(result.summaryMarkdown, true).write({ overwrite: false });
    if (result.failure) core.setFailed(result.failure);
  } catch (error) {
    if (isUserError(error)) core.setFailed(error.message);
    else core.setFailed(`aggregate-report failed: ${error instanceof Error ? error.message : String(error)}`);
  }
}
