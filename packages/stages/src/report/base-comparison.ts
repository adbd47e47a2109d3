import path from 'node:path';
import { ingestReports, type CodeHost, type TestRun } from '@testpipe/core';

export type BaseLookup =
  { run: TestRun; label: string; reason?: undefined } | { run?: undefined; label?: undefined; reason: string };

export interface BaseComparisonRequest {
  /** `compare-to`: a branch, or 'none'. */
  compareTo?: string;
  /** The pull request's base branch, when there is one. */
  pullRequestBase?: string;
  /** The report artifact earlier runs uploaded. */
  reportArtifact: string;
  runId?: number;
  downloadDir: string;
}

/** The base branch's latest report, or one line saying why there is nothing to compare with. */
export async function findBaseComparison(
  host: CodeHost | undefined,
  request: BaseComparisonRequest,
): Promise<BaseLookup> {
  if (request.compareTo === 'none') return { reason: 'comparison is turned off (compare-to: none).' };
  const branch = request.compareTo ?? request.pullRequestBase;
  if (!branch) return { reason: 'this is not a pull request and compare-to is not set.' };
  if (!request.reportArtifact) return { reason: 'report-artifact is empty, so no earlier report can be found.' };
  if (!host) return { reason: 'earlier reports are only found in GitHub Actions.' };
  try {
    const found = await host.findBaseReport({
      branch,
      artifactName: request.reportArtifact,
      excludeRunId: request.runId,
      downloadDir: path.join(request.downloadDir, 'testpipe-base-report'),
    });
    if ('unavailable' in found) return { reason: found.unavailable };
    return { run: await ingestReports([found.ctrfPath]), label: `${branch} (run ${found.runId})` };
  } catch (error) {
    return { reason: `reading the ${branch} report failed (${(error as Error).message}).` };
  }
}
