import type { CheckAnnotation } from '../render/markdown/annotations.js';

export type CommentMode = 'update' | 'recreate' | 'hide-previous';

export interface CommentRequest {
  issueNumber: number;
  /** One comment per report name on a pull request. */
  reportName: string;
  body: string;
  mode: CommentMode;
  /** A digest of what matters in the body: an existing comment with the same digest is left alone. */
  digest?: string;
  /** When false, only an existing comment is updated. */
  createIfMissing: boolean;
}

export interface CheckRunRequest {
  headSha: string;
  name: string;
  conclusion: 'success' | 'failure' | 'neutral';
  title: string;
  summary: string;
  annotations: CheckAnnotation[];
  detailsUrl?: string;
}

export type BaseReportLookup = { runId: number; ctrfPath: string } | { unavailable: string };

/** A check run that exists; `undelivered` says which annotation batches could not be added to it. */
export interface CheckRunPublished {
  url: string;
  undelivered?: {
    annotationsDelivered: number;
    annotationsTotal: number;
    /** 1-based numbers of the batches (of 50) that failed, the first one sent with the create. */
    failedBatches: number[];
    /** Why the first failed batch failed. */
    reason: string;
  };
}

/**
 * What the report stage asks of the code host (GitHub, bound in @testpipe/github): the pull request of a
 * run, the base branch's last report, the sticky comment and the check run.
 */
export interface CodeHost {
  findPullRequestForRun(runId: number): Promise<{ number: number; baseRef: string } | undefined>;
  /** Downloads the newest report artifact `artifactName` of `branch` (never `excludeRunId`) into `downloadDir`. */
  findBaseReport(request: {
    branch: string;
    artifactName: string;
    excludeRunId?: number;
    downloadDir: string;
  }): Promise<BaseReportLookup>;
  upsertComment(request: CommentRequest): Promise<{ url?: string }>;
  publishCheckRun(request: CheckRunRequest): Promise<CheckRunPublished>;
  /** One line for the debug log: how many API calls were made, by route. */
  describeApiCalls(): string;
}

interface HostError {
  status?: number;
  message?: string;
  response?: { headers?: Record<string, string | number | undefined> };
}

/**
 * The host's answer when it asks us to slow down (GitHub: 429, or 403 with `retry-after`,
 * `x-ratelimit-remaining: 0` or a message naming a rate limit). Never a permission problem.
 */
export function isRateLimited(error: unknown): boolean {
  const { status, message, response } = (error ?? {}) as HostError;
  if (status === 429) return true;
  if (status !== 403) return false;
  const headers = response?.headers ?? {};
  return (
    headers['retry-after'] !== undefined ||
    String(headers['x-ratelimit-remaining']) === '0' ||
    /\brate limit/i.test(message ?? '')
  );
}

/** The host's answer when a token may not write (a fork PR's read-only GITHUB_TOKEN), not a rate limit. */
export function isForbidden(error: unknown): boolean {
  return (error as HostError | undefined)?.status === 403 && !isRateLimited(error);
}
