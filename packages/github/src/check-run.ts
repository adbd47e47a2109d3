import { isRateLimited, type CheckAnnotation, type CheckRunPublished, type CheckRunRequest } from '@testpipe/core';
import type { GitHubClient } from './octokit.js';

/** GitHub accepts at most 50 annotations per create/update request; more are appended by updates. */
export const ANNOTATIONS_PER_REQUEST = 50;
const MAX_TEXT = 65_535;

/** Where the check run goes; the rest is the host-neutral request the report stage builds. */
export interface CheckRunTarget {
  owner: string;
  repo: string;
}

export interface CheckRunResult extends CheckRunPublished {
  id: number;
  /** Annotations GitHub accepted. */
  annotationsSent: number;
  requests: number;
}

function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

function normaliseAnnotation(annotation: CheckAnnotation): CheckAnnotation {
  return {
    ...annotation,
    message: clip(annotation.message || 'failed', MAX_TEXT),
    title: annotation.title === undefined ? undefined : clip(annotation.title, 255),
    raw_details: annotation.raw_details === undefined ? undefined : clip(annotation.raw_details, MAX_TEXT),
  };
}

/** Creates a completed check run and delivers its annotations, 50 per request, saying which batches failed. */
export async function publishCheckRun(
  octokit: GitHubClient,
  request: CheckRunRequest & CheckRunTarget,
): Promise<CheckRunResult> {
  const annotations = request.annotations.map(normaliseAnnotation);
  const batches: CheckAnnotation[][] = [];
  for (let i = 0; i < annotations.length; i += ANNOTATIONS_PER_REQUEST) {
    batches.push(annotations.slice(i, i + ANNOTATIONS_PER_REQUEST));
  }
  const output = (batch: CheckAnnotation[] | undefined) => ({
    title: clip(request.title, 255),
    summary: clip(request.summary, MAX_TEXT),
    ...(batch && batch.length > 0 ? { annotations: batch } : {}),
  });
  const { data } = await octokit.rest.checks.create({
    owner: request.owner,
    repo: request.repo,
    name: request.name,
    head_sha: request.headSha,
    status: 'completed',
    conclusion: request.conclusion,
    ...(request.detailsUrl ? { details_url: request.detailsUrl } : {}),
    output: output(batches[0]),
  });
  // The run exists from here on: a failing batch is reported, never a lost check run.
  let annotationsSent = batches[0]?.length ?? 0;
  const failedBatches: number[] = [];
  let firstFailure: unknown;
  for (const [index, batch] of batches.entries()) {
    if (index === 0) continue;
    // After GitHub gave up on a rate limit, more requests would only be limited too.
    if (firstFailure !== undefined && isRateLimited(firstFailure)) {
      failedBatches.push(index + 1);
      continue;
    }
    try {
      await octokit.rest.checks.update({
        owner: request.owner,
        repo: request.repo,
        check_run_id: data.id,
        output: output(batch),
      });
      annotationsSent += batch.length;
    } catch (error) {
      failedBatches.push(index + 1);
      firstFailure ??= error;
    }
  }
  return {
    id: data.id,
    url: data.html_url ?? '',
    annotationsSent,
    requests: Math.max(1, batches.length),
    ...(failedBatches.length > 0 && {
      undelivered: {
        annotationsDelivered: annotationsSent,
        annotationsTotal: annotations.length,
        failedBatches,
        reason: firstFailure instanceof Error ? firstFailure.message : String(firstFailure),
      },
    }),
  };
}
