// Same-named tests in one report file are distinct tests unless the file marks them as reruns.
import { describe, expect, it } from '@jest/globals';
import { RunBuilder } from '../src/merge/run-builder.js';
import { computeMetrics } from '../src/metrics/metrics.js';
import type { AttemptStatus, SourceFile, TestCaseRecord } from '../src/model.js';

function record(name: string, status: AttemptStatus, extra: Partial<TestCaseRecord> = {}): TestCaseRecord {
  const failure = status === 'failed' ? { failure: { message: 'expected 2, got 3' } } : {};
  return { suite: 'math', classname: 'math', name, attempts: [{ status, durationMs: 5, ...failure }], ...extra };
}

function sourceFile(path: string, tests: number): SourceFile {
  return { path, format: 'junit', tests, bytes: 100, errors: [] };
}

/** A jest test.each([1, 2, 3])('adds one') whose first instance fails. */
function addEach(builder: RunBuilder, path: string, statuses: AttemptStatus[]): void {
  for (const status of statuses) builder.add(record('adds one', status), { path });
  builder.add(record('subtracts', 'passed'), { path });
  builder.addFile(sourceFile(path, statuses.length + 1));
}

describe('RunBuilder: same-named tests in one file', () => {
  it('counts each instance as its own test, so a failing instance fails the run', () => {
    const builder = new RunBuilder();
    addEach(builder, 'jest-junit.xml', ['failed', 'passed', 'passed']);
    const run = builder.build();
    expect(run.tests.map((test) => [test.name, test.status, test.attempts.length])).toEqual([
      ['adds one', 'failed', 1],
      ['adds one #2', 'passed', 1],
      ['adds one #3', 'passed', 1],
      ['subtracts', 'passed', 1],
    ]);
    expect(run.tests.map((test) => test.instanceOf)).toEqual([undefined, 'adds one', 'adds one', undefined]);
    const metrics = computeMetrics(run);
    expect([metrics.total, metrics.failed, metrics.flaky]).toEqual([4, 1, 0]);
    expect(run.duplicates).toEqual([]);
  });

  it('says once per file which names repeat, not once per test', () => {
    const builder = new RunBuilder();
    for (let i = 0; i < 235; i++) builder.add(record('dataProvider', 'passed'), { path: 'pulsar.xml' });
    builder.add(record('other', 'passed'), { path: 'pulsar.xml' });
    builder.add(record('other', 'passed'), { path: 'pulsar.xml' });
    builder.addFile(sourceFile('pulsar.xml', 237));
    const run = builder.build();
    expect(run.tests).toHaveLength(237);
    const notes = run.files[0]!.errors;
    expect(notes).toHaveLength(1);
    expect(notes[0]!.kind).toBe('duplicate-test');
    expect(notes[0]!.message).toContain('2 test names repeat in this file');
    expect(notes[0]!.message).toContain('"math::math::dataProvider" ×235');
    expect(notes[0]!.message).toContain('(235 repeats in all)');
    expect(run.duplicates).toEqual([]);
  });

  it('keeps a retry file an attempt of each instance, by position', () => {
    const builder = new RunBuilder();
    addEach(builder, 'results/1/attempts/1/junit.xml', ['failed', 'passed']);
    addEach(builder, 'results/1/attempts/2/junit.xml', ['passed', 'passed']);
    const run = builder.build();
    const byName = Object.fromEntries(run.tests.map((test) => [test.name, [test.status, test.attempts.length]]));
    expect(byName['adds one']).toEqual(['flaky', 2]);
    expect(byName['adds one #2']).toEqual(['passed', 2]);
  });

  it('merges repeats as attempts when the reader recognised a runner that writes reruns that way', () => {
    const builder = new RunBuilder();
    const rerun = { repeatsAreAttempts: true } as const;
    builder.add(record('TestFlaky', 'failed', rerun), { path: 'gotestsum.xml' });
    builder.add(record('TestFlaky', 'passed', rerun), { path: 'gotestsum.xml' });
    const run = builder.build();
    expect(run.tests.map((test) => [test.name, test.status])).toEqual([['TestFlaky', 'flaky']]);
    expect(run.files).toEqual([]);
  });

  it('does not reuse an instance name that a test of the file already has', () => {
    const builder = new RunBuilder();
    builder.add(record('case #2', 'passed'), { path: 'a.xml' });
    builder.add(record('case', 'passed'), { path: 'a.xml' });
    builder.add(record('case', 'failed'), { path: 'a.xml' });
    const run = builder.build();
    expect(run.tests.map((test) => [test.name, test.status])).toEqual([
      ['case', 'passed'],
      ['case #2', 'passed'],
      ['case #3', 'failed'],
    ]);
  });

  it('lists the note among the run-wide notes when the file itself was never added', () => {
    const builder = new RunBuilder();
    builder.add(record('x', 'passed'), { path: 'b.xml' });
    builder.add(record('x', 'failed'), { path: 'b.xml' });
    const run = builder.build();
    expect(run.duplicates.map((note) => [note.path, note.kind])).toEqual([['b.xml', 'duplicate-test']]);
    expect(builder.build().duplicates).toHaveLength(1);
  });

  it("gives the same counts in retain: 'metrics' mode", () => {
    const lean = new RunBuilder({ retain: 'metrics' });
    addEach(lean, 'jest-junit.xml', ['failed', 'passed', 'passed']);
    const metrics = lean.metrics();
    expect([metrics.total, metrics.failed, metrics.passed]).toEqual([4, 1, 3]);
    expect(metrics.files[0]!.errors.map((note) => note.kind)).toEqual(['duplicate-test']);
  });
});

describe('RunBuilder.metrics(): wall clock time', () => {
  it('agrees with computeMetrics when every attempt has a start time, in both modes', () => {
    const records = [
      { name: 'a', at: '2026-01-01T00:00:00.000Z', ms: 1000, path: 'results/1/junit.xml', shard: '1' },
      { name: 'b', at: '2026-01-01T00:00:05.000Z', ms: 2000, path: 'results/2/junit.xml', shard: '2' },
    ];
    for (const retain of ['run', 'metrics'] as const) {
      const builder = new RunBuilder({ retain });
      const full = new RunBuilder();
      for (const r of records) {
        const record: TestCaseRecord = {
          suite: 's',
          name: r.name,
          attempts: [{ status: 'passed', durationMs: r.ms, startedAt: r.at }],
        };
        builder.add(record, { path: r.path, shard: r.shard });
        full.add(structuredClone(record), { path: r.path, shard: r.shard });
      }
      expect(builder.metrics().durationMs.wall).toBe(7000);
      expect(computeMetrics(full.build()).durationMs.wall).toBe(7000);
    }
  });
});
