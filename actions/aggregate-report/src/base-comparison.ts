import type { TestRun } from '@testpipe/core';
import type { GitHubClient } from '@testpipe/github';
import path from 'node:path';
import type { AggregateReportConfig } from './config.js';
import { findBaseReport, loadBaseRun } from './gather/index.js';
import type { RunContext } from './run-context.js';

export type BaseLookup =
  { run: TestRun; label: string; reason?: undefined } | { run?: undefined; label?: undefined; reason: string };

/** The base branch's latest report, or one line saying why there is nothing to compare with. */
export async function findBaseComparison(
  octokit: GitHubClient,
  config: AggregateReportConfig,
  context: RunContext,
  pullRequestBase?: string,
): Promise<BaseLookup> {
  if (config.compareTo === 'none') return { reason: 'comparison is turned off (compare-to: none).' };
  const branch = config.compareTo ?? pullRequestBase;
  if (!branch) return { reason: 'this is not a pull request and compare-to is not set.' };
  if (!config.reportArtifact) return { reason: 'report-artifact is empty, so no earlier report can be found.' };
  try {
    const found = await findBaseReport(octokit, {
      owner: context.owner,
      repo: context.repo,
      branch,
      artifactName: config.reportArtifact,
      excludeRunId: context.runId,
      downloadDir: path.join(process.env.RUNNER_TEMP ?? context.workspace, 'testpipe-base-report'),
      token: config.token,
    });
    if ('unavailable' in found) return { reason: found.unavailable };
    return { run: await loadBaseRun(found.ctrfPath), label: `${branch} (run ${found.runId})` };
  } catch (error) {
    return { reason: `reading the ${branch} report failed (${(error as Error).message}).` };
  }
}
