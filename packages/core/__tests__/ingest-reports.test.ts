import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { ingestReports } from '../src/merge/ingest-reports.js';
import { computeMetrics } from '../src/metrics/metrics.js';

const junit = (cases: string) =>
  `<?xml version="1.0" encoding="utf-8"?>\n<testsuites><testsuite name="pytest" tests="0">${cases}</testsuite></testsuites>\n`;
const passed = (name: string) =>
  `<testcase classname="tests.test_orders" name="${name}" file="tests/test_orders.py" time="0.010"/>`;
const failed = (name: string, message: string) =>
  `<testcase classname="tests.test_orders" name="${name}" file="tests/test_orders.py" time="0.020"><failure message="${message}">trace</failure></testcase>`;

let root: string;

beforeAll(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'testpipe-ingest-'));
  await mkdir(path.join(root, 'results/shard-1'), { recursive: true });
  await mkdir(path.join(root, 'results/shard-2'), { recursive: true });
  // shard 1: test_pay fails, then passes in a retry file; test_rerun is repeated in one file with nothing marking a rerun: two tests.
  await writeFile(
    path.join(root, 'results/shard-1/junit.xml'),
    junit(
      failed('test_pay', 'assert 1 == 2') +
        passed('test_list') +
        failed('test_rerun', 'connect ECONNREFUSED 127.0.0.1:5432') +
        passed('test_rerun'),
    ),
  );
  await writeFile(path.join(root, 'results/shard-1/junit-retry-1.xml'), junit(passed('test_pay')));
  // shard 2 also ran test_list: a duplicate, not a retry.
  await writeFile(
    path.join(root, 'results/shard-2/junit.xml'),
    junit(passed('test_list') + failed('test_db', 'Timeout of 2000ms exceeded')),
  );
  await writeFile(
    path.join(root, 'results/shard-2/truncated.xml'),
    '<testsuites><testsuite name="x"><testcase name="half"',
  );
  await writeFile(path.join(root, 'results/shard-2/package.json'), '{"name":"not-a-report"}');
});

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('ingestReports (with the project parsers)', () => {
  it('merges shards, retry files and rerun duplicates, reports duplicates and lists broken files', async () => {
    const run = await ingestReports(['results'], { cwd: root });
    expect(run.tests.map((t) => [t.name, t.status, t.attempts.map((a) => a.shard)])).toEqual([
      ['test_db', 'failed', ['shard-2']],
      ['test_list', 'passed', ['shard-1', 'shard-2']],
      ['test_pay', 'flaky', ['shard-1', 'shard-1']],
      ['test_rerun', 'failed', ['shard-1']],
      ['test_rerun #2', 'passed', ['shard-1']],
    ]);
    expect(run.duplicates.map((d) => d.path)).toEqual(['results/shard-2/junit.xml']);
    const broken = run.files.filter((file) => file.errors.length > 0).map((file) => file.path);
    expect(broken).toEqual(expect.arrayContaining(['results/shard-2/truncated.xml', 'results/shard-2/package.json']));
    const shard1 = run.files.find((file) => file.path === 'results/shard-1/junit.xml')!;
    expect(shard1.errors.map((error) => error.kind)).toEqual(['duplicate-test']);
    expect(run.files.filter((file) => file.errors.length === 0).map((file) => file.path)).toEqual([
      'results/shard-1/junit-retry-1.xml',
      'results/shard-2/junit.xml',
    ]);
    const metrics = computeMetrics(run);
    expect(metrics).toMatchObject({ total: 5, passed: 2, failed: 2, flaky: 1, passRate: 60 });
    expect(metrics.categories.timeout.count).toBe(1);
    expect(metrics.flakyTests.map((t) => [t.name, t.category])).toEqual([['test_pay', 'test-logic']]);
    expect(metrics.categories.environment.count).toBe(1);
  });
});
