import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { GetObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { ingestReports, toCtrfReport } from '@testpipe/core';
import {
  pushEvent,
  S3RVER_ACCESS_KEY,
  S3RVER_SECRET_KEY,
  startLocalS3,
  workflowRunEvent,
  type LocalS3,
} from '@testpipe/testkit';
import {
  errors,
  junitSuite,
  REPOSITORY,
  removeDir,
  runReport,
  startWorld,
  tempWorkspace,
  warnings,
  writeFiles,
  type CaseSpec,
  type World,
} from './action-helpers.js';

let world: World;
let workspace: string | undefined;

beforeAll(async () => {
  world = await startWorld();
});

afterAll(async () => {
  await world.close();
});

afterEach(async () => {
  await removeDir(workspace);
  workspace = undefined;
  world.github.assertNoInvalidRequests();
});

function shardCases(shard: number, count: number, failing = 0): CaseSpec[] {
  return Array.from({ length: count }, (_, i) => ({
    classname: `shard${shard}.Spec`,
    name: `case ${i}`,
    file: `test/shard${shard}.test.ts`,
    line: 10 + i,
    outcome: i < failing ? ('fail' as const) : ('pass' as const),
  }));
}

/** What run-matrix uploads per shard: results/<shard>/junit.xml and the same tests as ctrf.json beside it. */
async function shardArtifactFiles(shard: number, cases: CaseSpec[]): Promise<Record<string, string>> {
  const xml = junitSuite(`shard ${shard}`, cases);
  const dir = await mkdtemp(path.join(tmpdir(), 'testpipe-shard-'));
  try {
    const file = path.join(dir, 'junit.xml');
    await writeFile(file, xml);
    const ctrf = toCtrfReport(await ingestReports([file]), undefined, { toolName: 'jest' });
    return { [`results/${shard}/junit.xml`]: xml, [`results/${shard}/ctrf.json`]: JSON.stringify(ctrf) };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** The zip of an artifact names its files in plain text (local headers and central directory). */
function zipEntryNames(zip: Buffer | Uint8Array): string {
  return Buffer.from(zip).toString('latin1');
}

describe('aggregate-report reading the artifacts of the run', () => {
  it('merges testpipe-results-* (ctrf.json beside junit.xml not counted twice), ignores coverage, uploads testpipe-report', async () => {
    const runId = 4100001;
    world.artifacts.seedArtifact(runId, 'testpipe-results-1', await shardArtifactFiles(1, shardCases(1, 4, 1)));
    world.artifacts.seedArtifact(runId, 'testpipe-results-2', await shardArtifactFiles(2, shardCases(2, 3)));
    world.artifacts.seedArtifact(runId, 'coverage', {
      'coverage/coverage-summary.json': JSON.stringify({ total: { lines: { pct: 91 } } }),
      'coverage/junit-like.xml': junitSuite('not tests', shardCases(9, 5, 5)),
    });
    workspace = await tempWorkspace();

    const result = await runReport(world, {
      runId,
      workspace,
      event: pushEvent({ after: '5a5a'.repeat(10) }),
      inputs: { 'fail-on': 'nothing' },
    });

    expect({ exit: result.exitCode, errors: errors(result), warnings: warnings(result) }).toEqual({
      exit: 0,
      errors: [],
      warnings: [],
    });
    expect(result.outputs).toMatchObject({
      total: '7',
      passed: '6',
      failed: '1',
      'pass-rate': '85.71',
      status: 'failed',
    });
    expect(result.stdout).toContain('Found 2 report file(s) in 2 artifact(s) of this run');

    const report = world.artifacts.artifacts(runId).find((a) => a.name === 'testpipe-report');
    expect(report).toMatchObject({ finalized: true });
    expect(world.artifacts.artifacts(runId).map((a) => a.name)).toEqual([
      'testpipe-results-1',
      'testpipe-results-2',
      'coverage',
      'testpipe-report',
    ]);
    const zip = zipEntryNames(world.artifacts.blobOf(report!.id)!.content);
    for (const name of ['metrics.json', 'ctrf-report.json', 'junit.xml', 'report.html', 'timings.json']) {
      expect(zip).toContain(name);
    }
    const [check] = world.github.state.checkRuns(REPOSITORY).filter((c) => c.headSha === '5a5a'.repeat(10));
    expect(check?.annotations.map((a) => [a.path, a.startLine])).toEqual([['test/shard1.test.ts', 10]]);
  }, 120_000);

  it('workflow_run companion: reads the artifacts of run-id, finds its fork PR and comments there', async () => {
    const testedRunId = 4200001;
    const companionRunId = 4200002;
    const headSha = '4f4f'.repeat(10);
    world.github.addPullRequest({
      repo: REPOSITORY,
      number: 21,
      head: { ref: 'patch-1', sha: headSha, repo: 'outside-contributor/demo-app' },
      base: { ref: 'main' },
    });
    world.github.addWorkflowRun({
      repo: REPOSITORY,
      id: testedRunId,
      event: 'pull_request',
      headBranch: 'patch-1',
      headSha,
      conclusion: 'failure',
    });
    for (const [shard, cases] of [
      [1, shardCases(1, 3, 1)],
      [2, shardCases(2, 2)],
    ] as const) {
      const seeded = world.artifacts.seedArtifact(
        testedRunId,
        `testpipe-results-${shard}`,
        await shardArtifactFiles(shard, [...cases]),
      );
      world.github.addArtifactFrom(REPOSITORY, seeded);
    }
    workspace = await tempWorkspace();

    const result = await runReport(world, {
      runId: companionRunId,
      workspace,
      event: workflowRunEvent({ runId: testedRunId, headBranch: 'patch-1', headSha }),
      inputs: { 'run-id': testedRunId, 'min-pass-rate': 75 },
    });

    expect({ exit: result.exitCode, errors: errors(result), warnings: warnings(result) }).toEqual({
      exit: 0,
      errors: [],
      warnings: [],
    });
    expect(result.outputs).toMatchObject({ total: '5', failed: '1', 'pass-rate': '80.00', status: 'passed' });
    expect(result.stdout).toContain(`in 2 artifact(s) of run ${testedRunId}`);
    const comments = world.github.state.commentsOn(REPOSITORY, 21);
    expect(comments).toHaveLength(1);
    expect(comments[0]!.body).toContain('<!-- testpipe-report: Test report -->');
    expect(comments[0]!.body).toContain('case 0');
    expect(result.outputs['comment-url']).toContain('/pull/21#issuecomment-');
    const checks = world.github.state.checkRuns(REPOSITORY).filter((c) => c.headSha === headSha);
    expect(checks).toHaveLength(1);
    expect(world.github.requestCount('GET /repos/{owner}/{repo}/actions/runs/{run_id}/artifacts')).toBeGreaterThan(0);
    // The companion's own report goes to its own run, not the tested one.
    expect(world.artifacts.artifacts(companionRunId).map((a) => a.name)).toEqual(['testpipe-report']);
  }, 120_000);
});

describe('aggregate-report archiving to S3', () => {
  let s3: LocalS3;

  beforeAll(async () => {
    s3 = await startLocalS3({ bucket: 'reports' });
  });

  afterAll(async () => {
    await s3.close();
  });

  const credentials = { AWS_ACCESS_KEY_ID: S3RVER_ACCESS_KEY, AWS_SECRET_ACCESS_KEY: S3RVER_SECRET_KEY };

  it('two runs: history.jsonl holds both, and the second report.html draws the trend', async () => {
    workspace = await tempWorkspace();
    await writeFiles(workspace, { 'results/junit.xml': junitSuite('app', shardCases(1, 4, 1)) });
    const inputs = {
      results: 'results/*.xml',
      's3-bucket': s3.bucket,
      's3-endpoint': s3.endpoint,
      history: true,
      'fail-on': 'nothing',
      'check-run': false,
      'report-artifact': '',
    };

    const first = await runReport(world, { runId: 4300001, workspace, inputs, env: credentials });
    expect({ exit: first.exitCode, warnings: warnings(first), errors: errors(first) }).toEqual({
      exit: 0,
      warnings: [],
      errors: [],
    });
    await writeFiles(workspace, { 'results/junit.xml': junitSuite('app', shardCases(1, 4)) });
    const second = await runReport(world, { runId: 4300002, workspace, inputs, env: credentials });
    expect({ exit: second.exitCode, warnings: warnings(second), errors: errors(second) }).toEqual({
      exit: 0,
      warnings: [],
      errors: [],
    });

    const client = new S3Client(s3.clientConfig);
    try {
      const read = async (key: string) =>
        (await client.send(new GetObjectCommand({ Bucket: s3.bucket, Key: key }))).Body!.transformToString('utf8');
      const lines = (await read(`testpipe/${REPOSITORY}/history.jsonl`)).trim().split('\n');
      expect(lines).toHaveLength(2);
      expect(lines.map((line) => (JSON.parse(line) as { runId: string }).runId)).toEqual(['4300001', '4300002']);
      const metrics = JSON.parse(await read(`testpipe/${REPOSITORY}/4300002-1/metrics.json`)) as { passRate: number };
      expect(metrics.passRate).toBe(100);
      expect(second.stdout).toContain(`s3://${s3.bucket}/testpipe/${REPOSITORY}/4300002-1/`);
    } finally {
      client.destroy();
    }
    const { readFile } = await import('node:fs/promises');
    const html = await readFile(second.outputs['report-path']!, 'utf8');
    expect(html).toContain('id="trend"');
    expect(html).toContain('last 2 runs');
  }, 120_000);

  it('an unreachable bucket is a warning; outputs and exit code are those of the report', async () => {
    // A port nobody listens on: bind, read it, close.
    const closedPort = await new Promise<number>((resolve) => {
      const server = createServer();
      server.listen(0, '127.0.0.1', () => {
        const { port } = server.address() as { port: number };
        server.close(() => resolve(port));
      });
    });
    workspace = await tempWorkspace();
    await writeFiles(workspace, { 'results/junit.xml': junitSuite('app', shardCases(1, 4)) });

    const result = await runReport(world, {
      runId: 4400001,
      workspace,
      env: credentials,
      inputs: {
        results: 'results/*.xml',
        's3-bucket': 'reports',
        's3-endpoint': `http://127.0.0.1:${closedPort}`,
        'check-run': false,
        'report-artifact': '',
      },
    });

    expect({ exit: result.exitCode, outcome: result.outcome, errors: errors(result) }).toEqual({
      exit: 0,
      outcome: 'success',
      errors: [],
    });
    expect(result.outputs).toMatchObject({ total: '4', passed: '4', status: 'passed', 'pass-rate': '100.00' });
    const warned = warnings(result);
    expect(warned).toHaveLength(1);
    expect(warned[0]).toMatch(/^Archiving to S3 was skipped: /);
    expect(warned[0]).toContain('reports');
    expect(result.summary).toContain('Test report: passed');
  }, 120_000);
});
