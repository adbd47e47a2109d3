import { readFileSync } from 'node:fs';

/** What the aggregate-report needs to know about the workflow run it is part of. */
export interface RunContext {
  owner: string;
  repo: string;
  eventName: string;
  runId: number;
  /** Commit the check run is attached to: the PR head, not the merge commit. */
  headSha: string;
  pullRequest?: { number: number; baseRef: string; fromFork: boolean };
  /** For workflow_run companions: the run whose results are reported. */
  triggeringRun?: { id: number; headSha: string; headBranch?: string };
  workspace: string;
  serverUrl: string;
  apiUrl: string;
  runUrl: string;
}

interface EventPayload {
  pull_request?: {
    number: number;
    base: { ref: string; repo?: { full_name?: string } };
    head: { sha: string; repo?: { full_name?: string; fork?: boolean } };
  };
  workflow_run?: { id: number; head_sha: string; head_branch?: string };
}

/** Reads the runner's environment and event payload (GITHUB_EVENT_PATH) once. */
export function readRunContext(env: NodeJS.ProcessEnv = process.env): RunContext {
  const [owner = '', repo = ''] = (env.GITHUB_REPOSITORY ?? '/').split('/');
  let payload: EventPayload = {};
  if (env.GITHUB_EVENT_PATH) {
    try {
      payload = JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, 'utf8')) as EventPayload;
    } catch {
      payload = {};
    }
  }
  const pr = payload.pull_request;
  const serverUrl = env.GITHUB_SERVER_URL ?? 'https://github.com';
  const runId = Number(env.GITHUB_RUN_ID ?? 0);
  return {
    owner,
    repo,
    eventName: env.GITHUB_EVENT_NAME ?? '',
    runId,
    headSha: pr?.head.sha ?? payload.workflow_run?.head_sha ?? env.GITHUB_SHA ?? '',
    pullRequest: pr
      ? {
          number: pr.number,
          baseRef: pr.base.ref,
          fromFork: Boolean(pr.head.repo?.fork) || pr.head.repo?.full_name !== `${owner}/${repo}`,
        }
      : undefined,
    triggeringRun: payload.workflow_run
      ? {
          id: payload.workflow_run.id,
          headSha: payload.workflow_run.head_sha,
          headBranch: payload.workflow_run.head_branch,
        }
      : undefined,
    workspace: env.GITHUB_WORKSPACE ?? process.cwd(),
    serverUrl,
    apiUrl: env.GITHUB_API_URL ?? 'https://api.github.com',
    runUrl: `${serverUrl}/${owner}/${repo}/actions/runs/${runId}`,
  };
}
