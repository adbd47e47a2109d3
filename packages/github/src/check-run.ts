import type { CheckAnnotation, CheckRunRequest } from '@testpipe/core';
import type { GitHubClient } from './octokit.js';

/** GitHub accepts at most 50 annotations per create/update request; more are appended by updates. */
export const ANNOTATIONS_PER_REQUEST = 50;
const MAX_TEXT = 65_535;

/** Where the check run goes; the rest is the host-neutral request the report stage builds. */
export interface CheckRunTarget {
  owner: string;
  repo: string;
}

export interface CheckRunResult {
  id: number;
  url: string;
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

/** Creates a completed check run and delivers every annotation, 50 per request. */
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
  for (const batch of batches.slice(1)) {
    await octokit.rest.checks.update({
      owner: request.owner,
      repo: request.repo,
      check_run_id: data.id,
      output: output(batch),
    });
  }
  return {
    id: data.id,
    url: data.html_url ?? '',
    annotationsSent: annotations.length,
    requests: Math.max(1, batches.length),
  };
}
