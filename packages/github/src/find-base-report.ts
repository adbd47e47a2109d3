import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { CTRF_REPORT_FILE, expandReportPaths, type BaseReportLookup } from '@testpipe/core';
import { createArtifactStore } from './artifact-store.js';
import type { GitHubClient } from './octokit.js';

/** How many of the newest runs on the base branch are asked for the report artifact. */
export const MAX_BASE_RUNS_INSPECTED = 10;

/**
 * Conclusions of runs whose report is whole: a failed run still uploaded its report (tests failed);
 * a cancelled or timed-out one may have stopped halfway.
 */
const REPORTING_CONCLUSIONS = new Set(['success', 'failure', 'neutral']);

export interface FindBaseReportInput {
  owner: string;
  repo: string;
  branch: string;
  /** Name of the report artifact (the `report-artifact` input). */
  artifactName: string;
  /** The current run, never its own base. */
  excludeRunId?: number;
  downloadDir: string;
  token: string;
}

export type BaseReport = (BaseReportLookup & { runId: number; artifactId: number }) | { unavailable: string };

interface CandidateRun {
  id: number;
  event: string;
  createdAt: string;
}

async function candidateRuns(octokit: GitHubClient, input: FindBaseReportInput): Promise<CandidateRun[]> {
  const { data } = await octokit.rest.actions.listWorkflowRunsForRepo({
    owner: input.owner,
    repo: input.repo,
    branch: input.branch,
    status: 'completed',
    per_page: 50,
  });
  return (
    data.workflow_runs
      .filter((run) => run.id !== input.excludeRunId && REPORTING_CONCLUSIONS.has(run.conclusion ?? ''))
      .map((run) => ({ id: run.id, event: run.event, createdAt: run.created_at }))
      // Pushes first (what the branch is), then scheduled or manual runs; newest first within each.
      .sort(
        (a, b) =>
          Number(b.event === 'push') - Number(a.event === 'push') ||
          b.createdAt.localeCompare(a.createdAt) ||
          b.id - a.id,
      )
      .slice(0, MAX_BASE_RUNS_INSPECTED)
  );
}

/**
 * Finds the report of the newest completed run on the base branch that still has an unexpired
 * report artifact, downloads it and returns its ctrf-report.json; otherwise says why there is none.
 */
export async function findBaseReport(octokit: GitHubClient, input: FindBaseReportInput): Promise<BaseReport> {
  const where = `${input.owner}/${input.repo}@${input.branch}`;
  let runs: CandidateRun[];
  try {
    runs = await candidateRuns(octokit, input);
  } catch (error) {
    return { unavailable: `the workflow runs of ${where} could not be listed: ${(error as Error).message}` };
  }
  if (runs.length === 0) return { unavailable: `no completed workflow run on ${where}` };

  let found: { runId: number; artifactId: number } | { expiredIn?: number };
  try {
    found = await newestReportArtifact(octokit, input, runs);
  } catch (error) {
    return { unavailable: `the artifacts of ${where} could not be listed: ${(error as Error).message}` };
  }
  if ('artifactId' in found) return downloadBaseReport(input, found.runId, found.artifactId);
  return {
    unavailable:
      found.expiredIn === undefined
        ? `none of the ${runs.length} latest completed runs on ${where} has a "${input.artifactName}" artifact`
        : `the "${input.artifactName}" artifact of run ${found.expiredIn} on ${where} has expired, and no newer run has one`,
  };
}

/** The first run (in the given order) with an unexpired report artifact, or the newest run whose one expired. */
async function newestReportArtifact(
  octokit: GitHubClient,
  input: FindBaseReportInput,
  runs: CandidateRun[],
): Promise<{ runId: number; artifactId: number } | { expiredIn?: number }> {
  let expiredIn: number | undefined;
  for (const run of runs) {
    const { data } = await octokit.rest.actions.listWorkflowRunArtifacts({
      owner: input.owner,
      repo: input.repo,
      run_id: run.id,
      name: input.artifactName,
    });
    const named = data.artifacts.filter((artifact) => artifact.name === input.artifactName);
    const artifact = named.find((candidate) => !candidate.expired);
    if (artifact !== undefined) return { runId: run.id, artifactId: artifact.id };
    if (named.length > 0) expiredIn ??= run.id;
  }
  return { expiredIn };
}

async function downloadBaseReport(input: FindBaseReportInput, runId: number, artifactId: number): Promise<BaseReport> {
  const directory = path.join(input.downloadDir, `base-report-${runId}`);
  try {
    await mkdir(directory, { recursive: true });
    await createArtifactStore({ token: input.token, repository: `${input.owner}/${input.repo}` }).download(
      artifactId,
      directory,
      runId,
    );
  } catch (error) {
    return {
      unavailable: `the "${input.artifactName}" artifact of run ${runId} could not be downloaded: ${(error as Error).message}`,
    };
  }
  const { paths } = await expandReportPaths(['.'], { cwd: directory });
  const found = paths.find((file) => path.basename(file) === CTRF_REPORT_FILE);
  const ctrfPath = found === undefined ? undefined : path.resolve(directory, found);
  if (ctrfPath === undefined) {
    return { unavailable: `the "${input.artifactName}" artifact of run ${runId} holds no ${CTRF_REPORT_FILE}` };
  }
  return { runId, artifactId, ctrfPath };
}
