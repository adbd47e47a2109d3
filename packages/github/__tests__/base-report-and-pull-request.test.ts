import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { jest } from '@jest/globals';
import { ingestReports, toCtrfReport } from '@testpipe/core';
import type { GitHubClient } from '@testpipe/github';
import {
  startArtifactService,
  startGitHubApiServer,
  type ArtifactService,
  type GitHubApiServer,
} from '@testpipe/testkit';
import { findBaseReport, findPullRequestForRun, type FindBaseReportInput } from '../src/index.js';

// @actions/github (under both @testpipe/github and @actions/artifact) reads GITHUB_API_URL once, when
// first loaded: @testpipe/github is imported only after the stand-in's URL is in the environment.
const ENV_KEYS = ['ACTIONS_RUNTIME_TOKEN', 'ACTIONS_RESULTS_URL', 'GITHUB_SERVER_URL', 'GITHUB_API_URL'];
const TOKEN = 'ghs_gatherbase';
const OWNER = 'acme';
const REPO = 'widgets';
const REPOSITORY = `${OWNER}/${REPO}`;
const REPORT_ARTIFACT = 'testpipe-report';
const savedEnv = new Map<string, string | undefined>();
const DAY_MS = 24 * 3600 * 1000;

let github: GitHubApiServer;
let artifacts: ArtifactService;
let octokit: GitHubClient;
let workDir: string;

async function ctrfReportOf(names: string[]): Promise<string> {
  const file = path.join(workDir, 'base.xml');
  const cases = names.map((name) => `<testcase classname="base" name="${name}" time="0.5"/>`).join('');
  await writeFile(file, `<testsuite name="base">${cases}</testsuite>`);
  return JSON.stringify(toCtrfReport(await ingestReports([file]), undefined, { toolName: 'jest' }));
}

/** A completed run on `branch` that uploaded the report artifact with these files (none when `files` is undefined). */
function runWithReport(options: {
  branch: string;
  event?: string;
  createdAt: string;
  conclusion?: string;
  files?: Record<string, string>;
  expiresAt?: Date;
}) {
  const run = github.addWorkflowRun({
    repo: REPOSITORY,
    headBranch: options.branch,
    event: options.event ?? 'push',
    conclusion: options.conclusion ?? 'success',
    createdAt: options.createdAt,
  });
  if (options.files !== undefined) {
    const record = artifacts.seedArtifact(run.id, REPORT_ARTIFACT, options.files, { expiresAt: options.expiresAt });
    const mirrored = github.addArtifactFrom(REPOSITORY, record);
    return { run, artifactId: mirrored.id };
  }
  return { run, artifactId: undefined };
}

function baseInput(branch: string, overrides: Partial<FindBaseReportInput> = {}): FindBaseReportInput {
  return {
    owner: OWNER,
    repo: REPO,
    branch,
    artifactName: REPORT_ARTIFACT,
    downloadDir: path.join(workDir, 'base'),
    token: TOKEN,
    ...overrides,
  };
}

beforeAll(async () => {
  for (const key of ENV_KEYS) savedEnv.set(key, process.env[key]);
  github = await startGitHubApiServer({ tokens: [{ token: TOKEN, kind: 'installation' }], repos: [REPOSITORY] });
  artifacts = await startArtifactService();
  github.attachArtifactService(artifacts);
  process.env.GITHUB_API_URL = github.url;
  Object.assign(process.env, artifacts.envFor(1, 'aggregate'));
  const { createGitHubClient } = await import('@testpipe/github');
  octokit = (await createGitHubClient(TOKEN, { baseUrl: github.url })).octokit;
});

afterAll(async () => {
  await Promise.all([github.close(), artifacts.close()]);
  for (const [key, value] of savedEnv) {
    if (value === undefined) delete process.env[key];
    else process.env[key] = value;
  }
});

beforeEach(async () => {
  jest.spyOn(process.stdout, 'write').mockImplementation(() => true);
  workDir = await mkdtemp(path.join(tmpdir(), 'testpipe-gather-base-'));
});

afterEach(async () => {
  jest.restoreAllMocks();
  await rm(workDir, { recursive: true, force: true });
  github.assertNoInvalidRequests();
});

describe('findPullRequestForRun', () => {
  it("finds a fork PR, whose run lists no pull requests, by the run's head commit", async () => {
    const sha = 'f0f0f0f0'.repeat(5);
    github.addPullRequest({
      repo: REPOSITORY,
      number: 42,
      head: { ref: 'patch-1', sha, repo: 'contributor/widgets' },
      base: { ref: 'main' },
    });
    github.addPullRequest({ repo: REPOSITORY, number: 41, head: { ref: 'other', sha: 'a1'.repeat(20) } });
    const run = github.addWorkflowRun({ repo: REPOSITORY, event: 'pull_request', headBranch: 'patch-1', headSha: sha });

    const found = await findPullRequestForRun(octokit, { owner: OWNER, repo: REPO, runId: run.id });

    expect(found).toEqual({ number: 42, baseRef: 'main', foundBy: 'head-commit' });
  });

  it('falls back to the open PR from the head branch when the PR has moved past the run’s commit', async () => {
    github.addPullRequest({
      repo: REPOSITORY,
      number: 43,
      head: { ref: 'feature/login', sha: 'b2'.repeat(20) },
      base: { ref: 'develop' },
    });
    const run = github.addWorkflowRun({
      repo: REPOSITORY,
      event: 'pull_request',
      headBranch: 'feature/login',
      headSha: 'c3'.repeat(20),
    });

    const found = await findPullRequestForRun(octokit, { owner: OWNER, repo: REPO, runId: run.id });

    expect(found).toEqual({ number: 43, baseRef: 'develop', foundBy: 'head-branch' });
  });

  it('returns undefined for a run no open PR belongs to', async () => {
    github.addPullRequest({
      repo: REPOSITORY,
      number: 44,
      state: 'closed',
      head: { ref: 'old-work', sha: 'd4'.repeat(20) },
    });
    const run = github.addWorkflowRun({ repo: REPOSITORY, headBranch: 'old-work', headSha: 'd4'.repeat(20) });

    await expect(findPullRequestForRun(octokit, { owner: OWNER, repo: REPO, runId: run.id })).resolves.toBeUndefined();
  });
});

describe('findBaseReport', () => {
  it('downloads the report of the newest push run on the base branch that still has one, and loads it', async () => {
    const files = { 'ctrf-report.json': await ctrfReportOf(['login', 'logout']), 'metrics.json': '{}' };
    const chosen = runWithReport({ branch: 'main', createdAt: '2026-03-01T10:00:00Z', files });
    runWithReport({ branch: 'main', createdAt: '2026-02-01T10:00:00Z', files: { 'ctrf-report.json': '{}' } });
    runWithReport({
      branch: 'main',
      createdAt: '2026-03-02T10:00:00Z',
      files: { 'ctrf-report.json': '{}' },
      expiresAt: new Date(Date.now() - DAY_MS),
    });
    runWithReport({ branch: 'main', createdAt: '2026-03-03T10:00:00Z', event: 'schedule', files: { 'x.json': '{}' } });
    runWithReport({ branch: 'main', createdAt: '2026-03-04T10:00:00Z', conclusion: 'cancelled', files: {} });
    runWithReport({ branch: 'feature', createdAt: '2026-03-05T10:00:00Z', files: { 'ctrf-report.json': '{}' } });
    const current = runWithReport({
      branch: 'main',
      createdAt: '2026-03-06T10:00:00Z',
      files: { 'ctrf-report.json': '{}' },
    });

    const found = await findBaseReport(octokit, baseInput('main', { excludeRunId: current.run.id }));

    expect(found).toEqual({
      runId: chosen.run.id,
      artifactId: chosen.artifactId,
      ctrfPath: path.join(workDir, 'base', `base-report-${chosen.run.id}`, 'ctrf-report.json'),
    });
    const baseRun = await ingestReports([(found as { ctrfPath: string }).ctrfPath]);
    expect(baseRun.tests.map((test) => [test.name, test.status]).sort()).toEqual([
      ['login', 'passed'],
      ['logout', 'passed'],
    ]);
    expect(github.requestCount('GET /repos/{owner}/{repo}/actions/artifacts/{artifact_id}/{archive_format}')).toBe(1);
  });

  it('says why there is no base: no runs, no report artifact, only an expired one, no ctrf-report.json in it', async () => {
    runWithReport({ branch: 'no-artifacts', createdAt: '2026-01-01T00:00:00Z' });
    runWithReport({
      branch: 'expired',
      createdAt: '2026-01-01T00:00:00Z',
      files: { 'ctrf-report.json': '{}' },
      expiresAt: new Date(Date.now() - DAY_MS),
    });
    const withoutCtrf = runWithReport({
      branch: 'no-ctrf',
      createdAt: '2026-01-01T00:00:00Z',
      files: { 'a.txt': 'x' },
    });

    const reasons = [];
    for (const branch of ['release', 'no-artifacts', 'expired', 'no-ctrf']) {
      reasons.push(await findBaseReport(octokit, baseInput(branch)));
    }

    expect(reasons).toEqual([
      { unavailable: 'no completed workflow run on acme/widgets@release' },
      {
        unavailable:
          'none of the 1 latest completed runs on acme/widgets@no-artifacts has a "testpipe-report" artifact',
      },
      {
        unavailable: expect.stringMatching(
          /^the "testpipe-report" artifact of run \d+ on acme\/widgets@expired has expired/,
        ),
      },
      { unavailable: `the "testpipe-report" artifact of run ${withoutCtrf.run.id} holds no ctrf-report.json` },
    ]);
  });
});
