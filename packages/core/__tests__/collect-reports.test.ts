import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { collectReports, type ReportIngester } from '../src/merge/collect-reports.js';
import { expandReportPaths, inferShardFromPath } from '../src/merge/report-paths.js';
import type { TestCaseRecord } from '../src/model.js';

// A stand-in parser for the shape of ingest/ingestFile: a file holds a JSON array of records.
const readJsonRecords: ReportIngester<{ shard?: string }> = async (reportPath, onTest, options) => {
  const text = await readFile(reportPath, 'utf8');
  const records = JSON.parse(text) as TestCaseRecord[];
  for (const record of records) {
    onTest({
      ...record,
      attempts: record.attempts.map((a) => ({ ...a, ...(options?.shard ? { shard: options.shard } : {}) })),
    });
  }
  return {
    path: reportPath,
    format: 'json-records',
    tests: records.length,
    bytes: (await stat(reportPath)).size,
    errors: [],
  };
};

function records(...entries: Array<[name: string, status: 'passed' | 'failed']>): string {
  return JSON.stringify(entries.map(([name, status]) => ({ suite: 'S', name, attempts: [{ status, durationMs: 5 }] })));
}

let root: string;

beforeAll(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'testpipe-collect-'));
  await mkdir(path.join(root, 'results/shard-1/retry-1'), { recursive: true });
  await mkdir(path.join(root, 'results/shard-2'), { recursive: true });
  await writeFile(path.join(root, 'results/shard-1/junit.json'), records(['a', 'failed'], ['b', 'passed']));
  await writeFile(path.join(root, 'results/shard-1/retry-1/junit.json'), records(['a', 'passed']));
  await writeFile(path.join(root, 'results/shard-2/junit.json'), records(['c', 'passed']));
  await writeFile(path.join(root, 'results/shard-2/broken.json'), '[{"suite":"S","name":"d","attempts":[');
  await writeFile(path.join(root, 'results/shard-2/notes.txt'), 'not a report');
});

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('expandReportPaths', () => {
  it('expands directories to report files, globs to matches, and lists what matched nothing', async () => {
    const expanded = await expandReportPaths(['results/shard-1', 'results/*/junit.json', 'missing/*.xml', 'nope.xml'], {
      cwd: root,
    });
    expect(expanded.paths).toEqual([
      'results/shard-1/junit.json',
      'results/shard-1/retry-1/junit.json',
      'results/shard-2/junit.json',
    ]);
    expect(expanded.unmatched).toEqual(['missing/*.xml', 'nope.xml']);
  });
});

describe('inferShardFromPath', () => {
  it('takes the segment after results/ when a file sits under it', () => {
    expect(inferShardFromPath('results/shard-1/retry-1/junit.xml')).toBe('shard-1');
    expect(inferShardFromPath('/w/out/results/3/TEST-a.xml')).toBe('3');
    expect(inferShardFromPath('results/junit.xml')).toBeUndefined();
    expect(inferShardFromPath('reports/junit.xml')).toBeUndefined();
  });
});

describe('collectReports', () => {
  it('merges every readable file, infers shards, and lists broken or missing inputs with their errors', async () => {
    const run = await collectReports(['results', 'absent/**/*.xml'], { cwd: root }, readJsonRecords);
    expect(run.tests.map((test) => [test.name, test.status, test.attempts.map((a) => a.shard)])).toEqual([
      ['a', 'flaky', ['shard-1', 'shard-1']],
      ['b', 'passed', ['shard-1']],
      ['c', 'passed', ['shard-2']],
    ]);
    const problems = run.files.filter((file) => file.errors.length > 0);
    expect(problems.map((file) => [file.path, file.errors[0]!.kind])).toEqual([
      ['absent/**/*.xml', 'unreadable'],
      ['results/shard-2/broken.json', 'malformed'],
    ]);
    expect(run.files.filter((file) => file.errors.length === 0).map((file) => file.path)).toEqual([
      'results/shard-1/junit.json',
      'results/shard-1/retry-1/junit.json',
      'results/shard-2/junit.json',
    ]);
  });

  it('uses the given shard over the path and reports a file the reader may not open as unreadable', async () => {
    const deniedReader: ReportIngester<{ shard?: string }> = async (reportPath, onTest, options) => {
      if (reportPath.endsWith('broken.json')) {
        throw Object.assign(new Error(`EACCES: permission denied, open '${reportPath}'`), { code: 'EACCES' });
      }
      return readJsonRecords(reportPath, onTest, options);
    };
    const run = await collectReports(['results/shard-2/*.json'], { cwd: root, shard: 'linux' }, deniedReader);
    expect(run.tests.map((test) => [test.name, test.attempts[0]!.shard])).toEqual([['c', 'linux']]);
    const denied = run.files.find((file) => file.path === 'results/shard-2/broken.json');
    expect(denied?.errors.map((error) => error.kind)).toEqual(['unreadable']);
    expect(denied?.errors[0]!.message).toContain('Check that the file exists and is readable');
  });
});
