import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { ingestFile } from '../src/ingest/index.js';
import { collectInto } from '../src/merge/collect-reports.js';
import { ingestReportMetrics, ingestReports } from '../src/merge/ingest-reports.js';
import { InexactListError } from '../src/merge/kept-names.js';
import { RunBuilder } from '../src/merge/run-builder.js';
import { computeMetrics } from '../src/metrics/metrics.js';

const RUNNERS = path.resolve('packages/core/__tests__/fixtures/runners');

const junit = (cases: string[]) =>
  `<?xml version="1.0" encoding="utf-8"?>\n<testsuites><testsuite name="suite">${cases.join('')}</testsuite></testsuites>\n`;
const passed = (name: string, seconds: number) =>
  `<testcase classname="tests.Slow" name="${name}" file="tests/slow.py" time="${seconds.toFixed(3)}"/>`;

let root: string;

beforeAll(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'testpipe-report-metrics-'));
  // 204 tests, each slower than the one before; then a retry file in which every one of t154..t203
  // passes in no time. Kept 3 names, the bounded pass prunes them to t201..t203 at the last test.
  const first = Array.from({ length: 204 }, (_, i) => passed(`t${i}`, i / 100));
  const retries = Array.from({ length: 50 }, (_, i) => passed(`t${154 + i}`, 0));
  await writeFile(path.join(root, 'junit.xml'), junit(first));
  await writeFile(path.join(root, 'junit-retry-1.xml'), junit(retries));
});

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('ingestReportMetrics', () => {
  it('gives the Metrics of computeMetrics(ingestReports()) for every runner fixture', async () => {
    for (const options of [{}, { slowest: 3, maxTestsPerCategory: 1 }, { slowest: 0 }]) {
      const patterns = [RUNNERS];
      const expected = computeMetrics(await ingestReports(patterns), options);
      expect(expected.total).toBeGreaterThan(100);
      expect(await ingestReportMetrics(patterns, options)).toEqual(expected);
    }
  });

  it('reads the reports again in full when the bounded pass cannot list the slowest exactly', async () => {
    const options = { slowest: 3, maxTestsPerCategory: 1, cwd: root };
    // The bounded pass alone refuses: the names it kept (t201..t203) were all retried fast.
    const lean = new RunBuilder({ retain: 'metrics', slowestCandidates: 3, categoryCandidates: 3 });
    await collectInto(lean, ['*.xml'], { cwd: root }, ingestFile);
    expect(() => lean.metrics(options)).toThrow(InexactListError);

    const metrics = await ingestReportMetrics(['*.xml'], { ...options, namesKept: 3 });
    expect(metrics).toEqual(computeMetrics(await ingestReports(['*.xml'], { cwd: root }), options));
    expect(metrics.slowest.map((test) => test.name)).toEqual(['t153', 't152', 't151']);
  });

  it('needs no second read when it keeps enough names, whatever the slowest asked for', async () => {
    const options = { slowest: 3, maxTestsPerCategory: 1, cwd: root };
    const metrics = await ingestReportMetrics(['*.xml'], options);
    expect(metrics.slowest.map((test) => test.name)).toEqual(['t153', 't152', 't151']);
    const all = await ingestReportMetrics(['*.xml'], { ...options, slowest: 1500 });
    expect(all.slowest).toHaveLength(204);
    expect(all).toEqual(computeMetrics(await ingestReports(['*.xml'], { cwd: root }), { ...options, slowest: 1500 }));
  });
});
