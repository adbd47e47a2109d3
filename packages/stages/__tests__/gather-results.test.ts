import { mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { jest } from '@jest/globals';
import { ingestReports, toCtrfReport } from '@testpipe/core';
import { createArtifactStore } from '@testpipe/github';
import {
  startArtifactService,
  startGitHubApiServer,
  type ArtifactService,
  type GitHubApiServer,
} from '@testpipe/testkit';
import { gatherResults, type GatherResultsInput } from '../src/report/gather/index.js';

// The real @actions/artifact client against the artifact service and GitHub REST stand-ins. It reads
// ACTIONS_* from process.env per call, and GITHUB_API_URL when @actions/github is first loaded, so
// nothing in this file imports @actions/github before the stand-in's URL is in the environment.
const ENV_KEYS = ['ACTIONS_RUNTIME_TOKEN', 'ACTIONS_RESULTS_URL', 'GITHUB_SERVER_URL', 'GITHUB_API_URL'];
const TOKEN = 'ghs_gatherresults';
const REPOSITORY = 'acme/widgets';
const savedEnv = new Map<string, string | undefined>();

let github: GitHubApiServer;
let artifacts: ArtifactService;
let workDir: string;
let nextRunId = 5000;

function junitXml(suite: string, names: string[]): string {
  const cases = names.map((name) => `    <testcase classname="${suite}" name="${name}" time="0.01"/>`).join('\n');
  return `<?xml version="1.0"?>\n<testsuites>\n  <testsuite name="${suite}" tests="${names.length}">\n${cases}\n  </testsuite>\n</testsuites>\n`;
}

/** The ctrf.json run-matrix writes beside a shard's JUnit files: the same tests, normalized. */
async function shardCtrf(xml: string): Promise<string> {
  const file = path.join(workDir, `shard-${Math.random().toString(36).slice(2)}.xml`);
  await writeFile(file, xml);
  return JSON.stringify(toCtrfReport(await ingestReports([file]), undefined, { toolName: 'jest' }));
}

async function writeTree(root: string, files: Record<string, string>): Promise<void> {
  for (const [name, content] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(root, name)), { recursive: true });
    await writeFile(path.join(root, name), content);
  }
}

async function exists(file: string): Promise<boolean> {
  return stat(file).then(
    () => true,
    () => false,
  );
}

/** Makes this process look like a step of a job in run `runId`. */
function actAsRun(runId: number): void {
  Object.assign(process.env, artifacts.envFor(runId, 'aggregate'));
}

function input(
  overrides: Partial<GatherResultsInput>,
): GatherResultsInput & { log: { info: jest.Mock; warning: jest.Mock } } {
  return {
    patterns: ['testpipe-results-*'],
    workspace: path.join(workDir, 'workspace'),
    downloadDir: path.join(workDir, 'downloads'),
    artifacts: createArtifactStore({ token: TOKEN, repository: REPOSITORY }),
    log: { info: jest.fn(), warning: jest.fn() },
    ...overrides,
  } as GatherResultsInput & { log: { info: jest.Mock; warning: jest.Mock } };
}

beforeAll(async () => {
  for (const key of ENV_KEYS) savedEnv.set(key, process.env[key]);
  github = await startGitHubApiServer({ tokens: [{ token: TOKEN, kind: 'installation' }], repos: [REPOSITORY] });
  artifacts = await startArtifactService();
  github.attachArtifactService(artifacts);
  process.env.GITHUB_API_URL = github.url;
});

afterAll(async () => {
  await Promise.all([github.close(), artifacts.close()]);
  for (const [key, value] of savedEnv) {
    if (value === undefined) delete process.env[key];
    else process.env[key] = value;
  }
});

beforeEach(async () => {
  // @actions/core prints each step of the client to stdout.
  jest.spyOn(process.stdout, 'write').mockImplementation(() => true);
  workDir = await mkdtemp(path.join(tmpdir(), 'testpipe-gather-'));
  await mkdir(path.join(workDir, 'workspace'));
  nextRunId += 1;
});

afterEach(async () => {
  jest.restoreAllMocks();
  await rm(workDir, { recursive: true, force: true });
  github.assertNoInvalidRequests();
});

describe('gatherResults from the current run', () => {
  it('downloads the artifacts matching a pattern into <downloadDir>/<name>/ and reads their JUnit, not the ctrf.json beside it', async () => {
    const runId = nextRunId;
    const shardOne = junitXml('math', ['adds', 'subtracts']);
    const shardTwo = junitXml('strings', ['joins']);
    artifacts.seedArtifact(runId, 'testpipe-results-1', {
      'results/1/junit.xml': shardOne,
      'results/1/ctrf.json': await shardCtrf(shardOne),
    });
    artifacts.seedArtifact(runId, 'testpipe-results-2', {
      'results/2/junit.xml': shardTwo,
      'results/2/ctrf.json': await shardCtrf(shardTwo),
    });
    artifacts.seedArtifact(runId, 'coverage', { 'coverage.xml': '<coverage/>' });
    artifacts.seedArtifact(nextRunId + 1000, 'testpipe-results-9', { 'results/9/junit.xml': junitXml('other', ['x']) });
    actAsRun(runId);

    const request = input({});
    const gathered = await gatherResults(request);

    const downloads = request.downloadDir;
    expect(gathered.problems).toEqual([]);
    expect(gathered.reportPaths).toEqual([
      path.join(downloads, 'testpipe-results-1', 'results', '1', 'junit.xml'),
      path.join(downloads, 'testpipe-results-2', 'results', '2', 'junit.xml'),
    ]);
    expect(gathered.artifacts.map(({ name, files }) => ({ name, files: files.length }))).toEqual([
      { name: 'testpipe-results-1', files: 1 },
      { name: 'testpipe-results-2', files: 1 },
    ]);
    // The ctrf.json files were downloaded, and left out on purpose; the other artifact never was.
    expect(await exists(path.join(downloads, 'testpipe-results-1', 'results', '1', 'ctrf.json'))).toBe(true);
    expect(await exists(path.join(downloads, 'coverage'))).toBe(false);

    const run = await ingestReports(gathered.reportPaths);
    expect(run.tests.map((test) => [test.name, test.attempts.length, test.attempts[0]?.shard])).toEqual(
      expect.arrayContaining([
        ['adds', 1, '1'],
        ['subtracts', 1, '1'],
        ['joins', 1, '2'],
      ]),
    );
    expect(run.tests).toHaveLength(3);
    // The current run's artifacts come from the results service, not the REST API.
    expect(github.requestCount()).toBe(0);
  });

  it('reads an artifact that holds only a ctrf.json, and reports an artifact with no report in it', async () => {
    const runId = nextRunId;
    const xml = junitXml('api', ['lists', 'creates']);
    artifacts.seedArtifact(runId, 'testpipe-results-normalized', { 'results/n/ctrf.json': await shardCtrf(xml) });
    artifacts.seedArtifact(runId, 'testpipe-results-empty', { 'README.txt': 'nothing here' });
    actAsRun(runId);

    const gathered = await gatherResults(input({}));

    expect(gathered.reportPaths.map((file) => path.relative(workDir, file))).toEqual([
      path.join('downloads', 'testpipe-results-normalized', 'results', 'n', 'ctrf.json'),
    ]);
    expect(gathered.problems).toEqual(['Artifact "testpipe-results-empty" holds no .xml, .json or .trx report']);
    expect((await ingestReports(gathered.reportPaths)).tests.map((test) => test.name).sort()).toEqual([
      'creates',
      'lists',
    ]);
  });
});

describe('gatherResults from workspace files', () => {
  it('expands file globs, reads a directory a name-like entry names when no artifact matches, and names entries that matched nothing', async () => {
    actAsRun(nextRunId);
    const request = input({ patterns: ['reports/**/*.xml', 'downloaded', 'missing/*.xml', 'no-such-artifact-*'] });
    const downloadedXml = junitXml('ui', ['renders']);
    await writeTree(request.workspace, {
      'reports/unit/junit.xml': junitXml('unit', ['one']),
      'reports/notes.txt': 'not a report',
      'elsewhere/junit.xml': junitXml('elsewhere', ['ignored']),
      'downloaded/results/3/junit.xml': downloadedXml,
      'downloaded/results/3/ctrf.json': await shardCtrf(downloadedXml),
    });

    const gathered = await gatherResults(request);

    expect(gathered.reportPaths).toEqual([
      path.join(request.workspace, 'reports', 'unit', 'junit.xml'),
      path.join(request.workspace, 'downloaded', 'results', '3', 'junit.xml'),
    ]);
    expect(gathered.artifacts).toEqual([]);
    expect(gathered.problems).toEqual([
      'results entry "missing/*.xml" matched no file in the workspace',
      'results entry "no-such-artifact-*" matched no artifact of this run and no report file in the workspace',
    ]);
  });

  it('still reads file globs when the artifacts cannot be listed (no runtime token, e.g. outside Actions)', async () => {
    delete process.env.ACTIONS_RUNTIME_TOKEN;
    const request = input({ patterns: ['testpipe-results-*', 'reports/*.xml'] });
    await writeTree(request.workspace, { 'reports/junit.xml': junitXml('unit', ['one']) });

    const gathered = await gatherResults(request);

    expect(gathered.reportPaths).toEqual([path.join(request.workspace, 'reports', 'junit.xml')]);
    expect(gathered.problems).toEqual([
      expect.stringMatching(/^Could not list the artifacts of this run: .*ACTIONS_RUNTIME_TOKEN/),
      'results entry "testpipe-results-*" matched no artifact of this run and no report file in the workspace',
    ]);
  });
});

describe('gatherResults for a workflow_run companion', () => {
  it("reads the other run's artifacts through the REST API and its zip redirect, not the current run's", async () => {
    const currentRunId = nextRunId;
    const testedRun = github.addWorkflowRun({ repo: REPOSITORY, event: 'pull_request', headBranch: 'patch-1' });
    const xml = junitXml('fork', ['works']);
    const otherRunArtifacts: Record<string, Record<string, string>> = {
      'testpipe-results-a': { 'results/a/junit.xml': xml, 'results/a/ctrf.json': await shardCtrf(xml) },
      'build-logs': { 'log.xml': '<log/>' },
    };
    for (const [name, files] of Object.entries(otherRunArtifacts)) {
      github.addArtifactFrom(REPOSITORY, artifacts.seedArtifact(testedRun.id, name, files));
    }
    artifacts.seedArtifact(currentRunId, 'testpipe-results-current', { 'results/c/junit.xml': junitXml('c', ['no']) });
    actAsRun(currentRunId);

    const request = input({ runId: testedRun.id });
    const gathered = await gatherResults(request);

    expect(gathered.problems).toEqual([]);
    expect(gathered.reportPaths).toEqual([
      path.join(request.downloadDir, 'testpipe-results-a', 'results', 'a', 'junit.xml'),
    ]);
    expect(await readFile(gathered.reportPaths[0] ?? '', 'utf8')).toBe(xml);
    expect(github.requestCount('GET /repos/{owner}/{repo}/actions/runs/{run_id}/artifacts')).toBe(1);
    expect(github.requestCount('GET /repos/{owner}/{repo}/actions/artifacts/{artifact_id}/{archive_format}')).toBe(1);
  });
});
