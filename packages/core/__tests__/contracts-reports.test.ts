// The report contracts: metrics.json (read by notify and the gate) and the CTRF documents
// (ctrf-report.json, each shard's ctrf.json), including the CTRF ingest path's version rule.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {
  CONTRACT_VERSIONS,
  ContractVersionError,
  CTRF_REPORT_FILE,
  METRICS_FILE,
  parseCtrfDocument,
  parseMetrics,
  readCtrfFile,
  readMetricsFile,
  SHARD_CTRF_FILE,
  writeJsonContract,
  type CtrfDocument,
} from '../src/contracts/index.js';
import { ingestFile } from '../src/ingest/index.js';
import { computeMetrics } from '../src/metrics/metrics.js';
import type { AttemptStatus, FailureCategory, TestCaseRecord, TestResult, TestRun, TestStatus } from '../src/model.js';
import { toCtrfReport, type CtrfReport } from '../src/writers/ctrf-report.js';
import { REMOVE, spoiled, thrown } from './contract-helpers.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'testpipe-contract-reports-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

function test(suite: string, name: string, statuses: AttemptStatus[], category?: FailureCategory): TestResult {
  const last = statuses.at(-1)!;
  const flaky = last === 'passed' && statuses.some((s) => s === 'failed' || s === 'errored');
  const status: TestStatus = flaky ? 'flaky' : last;
  return {
    id: `${suite}.spec.ts::${name}`,
    suite,
    name,
    file: `${suite}.spec.ts`,
    attempts: statuses.map((s, i) => ({ status: s, durationMs: 10 * (i + 1), shard: 'api-1' })),
    status,
    flaky,
    durationMs: 10 * statuses.length,
    ...(category ? { category } : {}),
  };
}

function sampleRun(): TestRun {
  return {
    tests: [
      test('api', 'passes', ['passed']),
      test('api', 'fails', ['failed', 'failed'], 'test-logic'),
      test('api', 'times out', ['errored'], 'timeout'),
      test('ui', 'skips', ['skipped']),
      test('ui', 'flakes', ['failed', 'passed'], 'environment'),
    ],
    files: [{ path: 'results/api-1/junit.xml', format: 'junit', tests: 5, bytes: 900, errors: [] }],
    duplicates: [],
  };
}

describe(METRICS_FILE, () => {
  const metrics = computeMetrics(sampleRun());

  it('round-trips what computeMetrics writes, schemaVersion included', async () => {
    expect(metrics.schemaVersion).toBe(CONTRACT_VERSIONS.metrics.current);
    const file = path.join(dir, METRICS_FILE);
    await writeJsonContract(file, metrics);
    expect(await readMetricsFile(file)).toEqual(metrics);
  });

  it('reads a run in which no test ran (passRate null)', () => {
    const empty = computeMetrics({ tests: [], files: [], duplicates: [] });
    expect(parseMetrics(JSON.parse(JSON.stringify(empty)), METRICS_FILE).passRate).toBeNull();
  });

  it.each([
    [['passRate'], '97', 'passRate must be a number from 0 to 100 (found string)'],
    [['passRate'], 100, 'passRate is 100, but the counts give 50'],
    [['passRate'], null, 'passRate is null, but the counts give 50'],
    [['failed'], 0, 'total is 5, but passed + failed + errored + skipped + flaky = 4'],
    [['errored'], 1.5, 'errored must be an integer >= 0 (found number)'],
    [['durationMs', 'wall'], REMOVE, 'durationMs.wall is missing (must be a number >= 0)'],
    [['durationMs', 'perShard', 'api-1'], -3, 'durationMs.perShard["api-1"] must be a number >= 0 (found number)'],
    [['perSuite', 'ui', 'skipped'], 0, 'perSuite.ui.total is 2, but passed + failed + errored + skipped + flaky = 1'],
    [['flakyTests', 0, 'attempts'], '2', 'flakyTests[0].attempts must be an integer >= 0 (found string)'],
    [['flakyTests', 0, 'category'], 'network', 'flakyTests[0].category must be one of'],
    [['slowest', 0, 'status'], 'ok', 'slowest[0].status must be one of'],
    [['categories', 'timeout'], REMOVE, 'categories.timeout is missing (must be an object)'],
    [['categories', 'data', 'tests'], [1], 'categories.data.tests[0] must be a string (found number)'],
    [['files', 0, 'errors'], null, 'files[0].errors must be an array (found null)'],
  ])('names the field path of %j', (at, replacement, problem) => {
    const json: unknown = JSON.parse(JSON.stringify(metrics));
    expect(thrown(() => parseMetrics(spoiled(json, at, replacement), 'report/metrics.json')).message).toContain(
      `report/metrics.json: ${problem}`,
    );
  });

  it('refuses a newer major with the message naming the version, and says where JSON breaks', async () => {
    const error = thrown(() => parseMetrics({ ...metrics, schemaVersion: 2 }, METRICS_FILE));
    expect(error).toBeInstanceOf(ContractVersionError);
    expect(error.message).toBe(
      'metrics.json has schemaVersion 2; this testpipe (1.0.0) reads version 1. ' +
        'Update the testpipe actions/CLI to a version that writes schemaVersion 2.',
    );
    const file = path.join(dir, 'truncated-metrics.json');
    await writeFile(file, JSON.stringify(metrics).slice(0, 40));
    await expect(readMetricsFile(file)).rejects.toThrow(`${file} is not valid JSON`);
  });
});

describe('CTRF documents', () => {
  const run = sampleRun();
  const report = toCtrfReport(run, computeMetrics(run), { toolName: 'jest', toolVersion: '30.0.0' });

  it("record testpipe's contract version in CTRF's top-level extension point", () => {
    expect(report.extra).toEqual({ testpipeSchemaVersion: CONTRACT_VERSIONS.ctrf.current });
    // What testpipe writes is a CTRF document as the contract types it.
    const document: CtrfDocument = report;
    expect(document.reportFormat).toBe('CTRF');
  });

  it('round-trip through ctrf-report.json (compact) and a shard ctrf.json (indented)', async () => {
    const merged = path.join(dir, CTRF_REPORT_FILE);
    await writeJsonContract(merged, report, { compact: true });
    expect(await readCtrfFile(merged)).toEqual(report);
    const shard = path.join(dir, 'results', 'api-1', SHARD_CTRF_FILE);
    await writeJsonContract(shard, report);
    expect(await readCtrfFile(shard)).toEqual(report);
  });

  it.each([
    [['reportFormat'], REMOVE, 'reportFormat is missing (must be "CTRF")'],
    [['specVersion'], '1.0', 'specVersion must be MAJOR.MINOR.PATCH (found "1.0")'],
    [['results', 'tool', 'name'], 3, 'results.tool.name must be a string (found number)'],
    [['results', 'summary', 'pending'], REMOVE, 'results.summary.pending is missing (must be an integer >= 0)'],
    [['results', 'tests', 2, 'status'], 'broken', 'results.tests[2].status must be one of'],
    [['results', 'tests', 1, 'duration'], '5', 'results.tests[1].duration must be a number >= 0 (found string)'],
    [['extra'], 'v1', 'extra must be an object'],
    [['extra', 'testpipeSchemaVersion'], '1', 'extra.testpipeSchemaVersion must be a positive integer (found "1")'],
  ])('name the field path of %j', (at, replacement, problem) => {
    expect(thrown(() => parseCtrfDocument(spoiled(report, at, replacement), CTRF_REPORT_FILE)).message).toContain(
      `${CTRF_REPORT_FILE}: ${problem}`,
    );
  });

  it("refuse a newer testpipe major and read another tool's CTRF (no testpipe version)", () => {
    const newer = spoiled(report, ['extra', 'testpipeSchemaVersion'], 2);
    expect(thrown(() => parseCtrfDocument(newer, SHARD_CTRF_FILE)).message).toBe(
      'ctrf.json has extra.testpipeSchemaVersion 2; this testpipe (1.0.0) reads version 1. ' +
        'Update the testpipe actions/CLI to a version that writes extra.testpipeSchemaVersion 2.',
    );
    const foreign = spoiled(report, ['extra'], REMOVE) as CtrfReport;
    expect(parseCtrfDocument(foreign, CTRF_REPORT_FILE)).toBe(foreign);
    const otherExtra = spoiled(report, ['extra'], { buildUrl: 'https://ci.example/1' });
    expect(parseCtrfDocument(otherExtra, CTRF_REPORT_FILE)).toBe(otherExtra);
  });
});

describe('CTRF ingest', () => {
  async function ingest(name: string, document: unknown): Promise<{ file: string; records: TestCaseRecord[] }> {
    const file = path.join(dir, 'ingest', name);
    await writeJsonContract(file, document);
    const records: TestCaseRecord[] = [];
    const source = await ingestFile(file, (record) => records.push(record));
    expect(source.errors).toEqual([]);
    expect(source.tests).toBe(records.length);
    return { file, records };
  }

  const run = sampleRun();
  const report = toCtrfReport(run, undefined, { toolName: 'jest' });

  it('reads a testpipe document of the current version', async () => {
    const { records } = await ingest('current.json', report);
    expect(records.map((record) => record.name)).toEqual(run.tests.map((t) => t.name));
    expect(records.find((record) => record.name === 'flakes')?.attempts.map((a) => a.status)).toEqual([
      'failed',
      'passed',
    ]);
  });

  it('refuses a document whose testpipe schema version has a newer major, naming the file', async () => {
    const file = path.join(dir, 'ingest', 'newer', SHARD_CTRF_FILE);
    await writeJsonContract(file, spoiled(report, ['extra', 'testpipeSchemaVersion'], 2));
    const outcome = ingestFile(file, () => undefined);
    await expect(outcome).rejects.toThrow(ContractVersionError);
    await expect(outcome).rejects.toThrow(`${file} has extra.testpipeSchemaVersion 2; this testpipe (1.0.0) reads`);
  });

  it("reads another tool's CTRF as before: no testpipe version, no reportFormat, retries as a count", async () => {
    const mocha = {
      results: {
        tool: { name: 'mocha' },
        summary: { tests: 2, passed: 1, failed: 1, pending: 0, skipped: 0, other: 0, start: 1, stop: 2 },
        tests: [
          { name: 'passes', status: 'passed', duration: 3 },
          { name: 'fails', status: 'failed', duration: 4, retries: 1, message: 'boom' },
        ],
      },
      extra: { branch: 'main' },
    };
    const { records } = await ingest('mocha.json', mocha);
    expect(records.map((record) => [record.suite, record.name, record.attempts.map((a) => a.status)])).toEqual([
      ['mocha', 'passes', ['passed']],
      ['mocha', 'fails', ['failed', 'failed']],
    ]);
  });
});
