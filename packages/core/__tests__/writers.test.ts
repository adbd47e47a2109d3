import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { ingestReports } from '../src/merge/ingest-reports.js';
import { RunBuilder } from '../src/merge/run-builder.js';
import { computeMetrics } from '../src/metrics/metrics.js';
import type { AttemptStatus, TestAttempt, TestRun } from '../src/model.js';
import { toCtrfReport } from '../src/writers/ctrf-report.js';
import { writeMergedJUnit } from '../src/writers/junit-writer.js';
import { toXmlSafe } from '../src/writers/xml-text.js';

function attempt(status: AttemptStatus, durationMs: number, extra: Partial<TestAttempt> = {}): TestAttempt {
  return { status, durationMs, ...extra };
}

const HOSTILE_NAME = 'renders <b>&amp; "quoted" \'x\'\u0001 \ud800 ]]> ok';

function sampleRun(): TestRun {
  const builder = new RunBuilder();
  const add = (suite: string, name: string, attempts: TestAttempt[]) =>
    builder.add(
      { suite, classname: `${suite}.Spec`, name, file: `${suite}.spec.ts`, line: 7, attempts },
      { path: 'r.xml', shard: '1' },
    );
  add('ui', HOSTILE_NAME, [attempt('passed', 12, { stdout: '\u001b[32mgreen\u001b[0m line\nsecond' })]);
  add('ui', 'fails twice', [
    attempt('failed', 5, { failure: { type: 'AssertionError', message: 'first\nline two', body: 'at a <b>' } }),
    attempt('failed', 6, { failure: { type: 'AssertionError', message: 'expected 1 to equal 2', body: 'at b & c' } }),
  ]);
  add('ui', 'errors', [
    attempt('errored', 9, { failure: { type: 'Error', message: 'connect ECONNREFUSED 127.0.0.1:5432' } }),
  ]);
  add('api', 'skipped one', [attempt('skipped', 0, { failure: { message: 'not on linux' } })]);
  add('api', 'flaky one', [
    attempt('failed', 40, {
      failure: { message: 'Timeout of 2000ms exceeded' },
      stdout: 'try 1',
      startedAt: '2026-03-01T10:00:00.000Z',
    }),
    attempt('errored', 41, { failure: { message: 'socket hang up' }, startedAt: '2026-03-01T10:00:01.000Z' }),
    attempt('passed', 42, { startedAt: '2026-03-01T10:00:02.000Z' }),
  ]);
  return builder.build();
}

async function junitText(run: TestRun, batchSize?: number): Promise<{ xml: string; chunks: number }> {
  const chunks: string[] = [];
  const sink = new Writable({
    highWaterMark: 1,
    write(chunk: Buffer, _encoding, done) {
      chunks.push(chunk.toString('utf8'));
      setImmediate(done);
    },
  });
  await writeMergedJUnit(run, sink, batchSize === undefined ? {} : { batchSize });
  return { xml: chunks.join(''), chunks: chunks.length };
}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '',
  parseAttributeValue: false,
  htmlEntities: true,
  isArray: (name) =>
    ['testsuite', 'testcase', 'flakyFailure', 'flakyError', 'rerunFailure', 'rerunError'].includes(name),
});

type Parsed = {
  testsuites: Record<string, string> & {
    testsuite: Array<Record<string, string> & { testcase: Array<Record<string, unknown>> }>;
  };
};

describe('writeMergedJUnit', () => {
  const run = sampleRun();
  const metrics = computeMetrics(run);
  let parsed: Parsed;
  let xml: string;

  beforeAll(async () => {
    xml = (await junitText(run)).xml;
    parsed = parser.parse(xml) as Parsed;
  });

  it('writes well-formed XML 1.0 despite markup, quotes, control characters and lone surrogates in names', () => {
    expect(XMLValidator.validate(xml)).toBe(true);
    expect([xml.includes('\u0001'), xml.includes('\u001b')]).toEqual([false, false]);
    const names = parsed.testsuites.testsuite.flatMap((suite) => suite.testcase.map((testcase) => testcase.name));
    expect(names).toContain(toXmlSafe(HOSTILE_NAME));
    expect(toXmlSafe(HOSTILE_NAME)).toBe('renders <b>&amp; "quoted" \'x\'\ufffd \ufffd ]]> ok');
  });

  it('reads back with the same counts as the metrics, overall and per suite', () => {
    const root = parsed.testsuites;
    expect([root.tests, root.failures, root.errors, root.skipped].map(Number)).toEqual([
      metrics.total,
      metrics.failed,
      metrics.errored,
      metrics.skipped,
    ]);
    const testcases = root.testsuite.flatMap((suite) => suite.testcase);
    const count = (key: string) => testcases.filter((testcase) => key in testcase).length;
    expect([testcases.length, count('failure'), count('error'), count('skipped')]).toEqual([5, 1, 1, 1]);
    expect(testcases.filter((t) => 'flakyFailure' in t || 'flakyError' in t)).toHaveLength(metrics.flaky);
    for (const suite of root.testsuite) {
      const expected = metrics.perSuite[suite.name ?? '']!;
      expect([suite.tests, suite.failures, suite.errors, suite.skipped].map(Number)).toEqual([
        expected.total,
        expected.failed,
        expected.errored,
        expected.skipped,
      ]);
      expect(Number(suite.time)).toBeCloseTo(expected.durationMs / 1000, 3);
    }
  });

  it('keeps earlier attempts as Surefire rerun and flaky children, with messages and output intact', () => {
    const testcases = parsed.testsuites.testsuite.flatMap((suite) => suite.testcase);
    const byName = (name: string) => testcases.find((testcase) => testcase.name === name)!;
    const failed = byName('fails twice');
    expect(failed).toMatchObject({ classname: 'ui.Spec', file: 'ui.spec.ts', line: '7', time: '0.006' });
    expect(failed.failure).toMatchObject({
      message: 'expected 1 to equal 2',
      type: 'AssertionError',
      '#text': 'at b & c',
    });
    expect(failed.rerunFailure).toEqual([
      { message: 'first\nline two', type: 'AssertionError', stackTrace: 'at a <b>' },
    ]);
    const flaky = byName('flaky one');
    expect(flaky.flakyFailure).toEqual([{ message: 'Timeout of 2000ms exceeded', 'system-out': 'try 1' }]);
    expect(flaky.flakyError).toEqual([{ message: 'socket hang up' }]);
    expect(byName('skipped one').skipped).toEqual({ message: 'not on linux' });
    expect(byName(toXmlSafe(HOSTILE_NAME))['system-out']).toBe('green line\nsecond');
  });

  it('writes a big suite in bounded batches and every testcase arrives', async () => {
    const builder = new RunBuilder();
    for (let i = 0; i < 1_200; i++) {
      builder.add(
        { suite: 'big', name: `case ${i}`, attempts: [attempt(i % 10 === 0 ? 'failed' : 'passed', 1)] },
        { path: 'b.xml' },
      );
    }
    const { xml: bigXml, chunks } = await junitText(builder.build(), 100);
    const big = parser.parse(bigXml) as Parsed;
    expect(big.testsuites.testsuite[0]!.testcase).toHaveLength(1_200);
    expect(big.testsuites.testsuite[0]!.failures).toBe('120');
    expect(chunks).toBeGreaterThanOrEqual(12);
  });

  it('keeps attribute values that read as booleans ("true" names and messages)', async () => {
    const builder = new RunBuilder();
    const skipped: TestAttempt = { status: 'skipped', durationMs: 0, failure: { message: 'true' } };
    builder.add({ suite: 'node', classname: 'true', name: 'true', attempts: [skipped] }, { path: 'n.xml' });
    const { xml: text } = await junitText(builder.build(), 100);
    expect(XMLValidator.validate(text)).toBe(true);
    expect(text).toContain('<testcase name="true" classname="true"');
    expect(text).toContain('<skipped message="true"');
  });

  describe('through the project parser', () => {
    let dir: string;
    beforeAll(async () => {
      dir = await mkdtemp(path.join(os.tmpdir(), 'testpipe-junit-'));
    });
    afterAll(async () => {
      await rm(dir, { recursive: true, force: true });
    });

    it('written to a path and read back by ingestReports gives the same test ids, statuses and attempts', async () => {
      const file = path.join(dir, 'merged.xml');
      await writeMergedJUnit(run, file);
      expect(XMLValidator.validate(await readFile(file, 'utf8'))).toBe(true);
      const reread = await ingestReports([file]);
      expect(reread.files.flatMap((f) => f.errors)).toEqual([]);
      const summary = (r: TestRun) => r.tests.map((t) => [toXmlSafe(t.id), t.status, t.attempts.length]).sort();
      expect(summary(reread)).toEqual(summary(run));
      const rereadMetrics = computeMetrics(reread);
      expect([
        rereadMetrics.total,
        rereadMetrics.passed,
        rereadMetrics.failed,
        rereadMetrics.errored,
        rereadMetrics.skipped,
        rereadMetrics.flaky,
      ]).toEqual([metrics.total, metrics.passed, metrics.failed, metrics.errored, metrics.skipped, metrics.flaky]);
    });
  });
});

const SUMMARY_KEYS = [
  'tests',
  'passed',
  'failed',
  'skipped',
  'pending',
  'other',
  'flaky',
  'suites',
  'start',
  'stop',
  'duration',
  'extra',
];
const TEST_KEYS = [
  'name',
  'status',
  'duration',
  'start',
  'stop',
  'suite',
  'message',
  'trace',
  'snippet',
  'ai',
  'line',
  'rawStatus',
  'tags',
  'labels',
  'type',
  'filePath',
  'retries',
  'retryAttempts',
  'flaky',
  'stdout',
  'stderr',
  'threadId',
  'browser',
  'device',
  'screenshot',
  'attachments',
  'parameters',
  'steps',
  'insights',
  'extra',
  'id',
];

describe('toCtrfReport', () => {
  const run = sampleRun();
  const metrics = computeMetrics(run);
  const report = toCtrfReport(run, metrics, { toolName: 'jest', toolVersion: '30.0.0' });

  it('summarises with CTRF statuses: errored counts as failed, flaky as passed', () => {
    expect(report).toMatchObject({
      reportFormat: 'CTRF',
      specVersion: '0.0.0',
      results: { tool: { name: 'jest', version: '30.0.0' } },
    });
    expect(report.results.summary).toMatchObject({
      tests: 5,
      passed: 2,
      failed: 2,
      skipped: 1,
      pending: 0,
      other: 0,
      flaky: 1,
      suites: 2,
      extra: { errored: 1, passRate: metrics.passRate },
    });
    const byName = new Map(report.results.tests.map((test) => [test.name, test]));
    expect(byName.get('errors')).toMatchObject({
      status: 'failed',
      rawStatus: 'errored',
      message: 'connect ECONNREFUSED 127.0.0.1:5432',
    });
    expect(byName.get('flaky one')).toMatchObject({
      status: 'passed',
      flaky: true,
      retries: 2,
      suite: ['api'],
      filePath: 'api.spec.ts',
      line: 7,
    });
    expect(byName.get('flaky one')!.message).toBeUndefined();
    expect(byName.get('flaky one')!.retryAttempts!.map((a) => [a.attempt, a.status, a.message])).toEqual([
      [1, 'failed', 'Timeout of 2000ms exceeded'],
      [2, 'failed', 'socket hang up'],
    ]);
    expect(byName.get('fails twice')).toMatchObject({
      status: 'failed',
      message: 'expected 1 to equal 2',
      trace: 'at b & c',
    });
    expect(byName.get('fails twice')!.extra).toMatchObject({ classname: 'ui.Spec', category: 'test-logic' });
    expect(byName.get('fails twice')!.extra.attempts).toHaveLength(2);
    expect(byName.get(HOSTILE_NAME)!.stdout).toEqual(['\u001b[32mgreen\u001b[0m line', 'second']);
  });

  it('takes start and stop from attempt start times when not given, and meta overrides them', () => {
    expect(report.results.summary.start).toBe(Date.parse('2026-03-01T10:00:00.000Z'));
    expect(report.results.summary.stop).toBe(Date.parse('2026-03-01T10:00:02.000Z') + 42);
    const given = toCtrfReport(run, undefined, { toolName: 'jest', start: 1000, stop: 5000 });
    expect([given.results.summary.start, given.results.summary.stop]).toEqual([1000, 5000]);
    expect(given.results.summary.tests).toBe(5);
    expect(given.results.summary.extra.passRate).toBe(metrics.passRate);
  });

  it('uses only fields the CTRF schema allows, with integer durations, and survives JSON', () => {
    for (const key of Object.keys(report.results.summary)) expect(SUMMARY_KEYS).toContain(key);
    for (const test of report.results.tests) {
      for (const key of Object.keys(test)) expect(TEST_KEYS).toContain(key);
      expect(Number.isInteger(test.duration)).toBe(true);
      expect(test.suite.length).toBeGreaterThan(0);
    }
    expect(JSON.parse(JSON.stringify(report))).toEqual(report);
  });

  it('read back by ingestReports gives the same ids, classnames, statuses and attempts (what a base comparison matches on)', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'testpipe-ctrf-'));
    try {
      const file = path.join(dir, 'ctrf-report.json');
      await writeFile(file, JSON.stringify(report));
      const reread = await ingestReports([file]);
      // Ids, final statuses (errored survives through rawStatus) and the number of attempts.
      const summary = (r: TestRun) =>
        r.tests.map((t) => [t.id, t.classname, t.status, t.attempts.map((a) => a.status)]).sort();
      expect(summary(reread)).toEqual(summary(run));
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('reports file errors and duplicates in results.extra only when there are some', () => {
    expect(report.results.extra).toBeUndefined();
    const withProblems: TestRun = {
      ...run,
      files: [
        {
          path: 'x.xml',
          format: 'unknown',
          tests: 0,
          bytes: 0,
          errors: [{ path: 'x.xml', kind: 'malformed', message: 'bad' }],
        },
      ],
    };
    expect(toCtrfReport(withProblems, undefined, { toolName: 't' }).results.extra).toEqual({
      fileErrors: [{ path: 'x.xml', kind: 'malformed', message: 'bad' }],
      duplicates: [],
    });
  });
});
