// Real runner output, one fixture folder per JUnit dialect (fixtures/runners/<runner>/, produced by
// scripts/fixtures/<runner>/gen.sh; see fixtures/runners/README.md). Each folder's expected.json holds
// the counts per DESIGN "Counting tests", worked out from the runner's own console summary
// (summary.txt): every report file in the folder is ingested, merged, and must give those counts,
// keep the failure messages, keep the unicode and XML-special test names intact, and read cleanly.
import { describe, expect, it } from '@jest/globals';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ingestFile } from '../src/ingest/index.js';
import { RunBuilder } from '../src/merge/index.js';
import { computeMetrics, type StatusCounts } from '../src/metrics/index.js';
import type { SourceFile, TestAttempt, TestRun } from '../src/model.js';

const HERE = dirname(fileURLToPath(import.meta.url));
const RUNNERS_DIR = join(HERE, 'fixtures', 'runners');

interface Expected {
  runner: string;
  console: string;
  counts: StatusCounts;
  mapping: string;
  /** Each must appear in a failing attempt's failure message, body, stdout or stderr. */
  failureMessages: string[];
  /** Each must appear, as is, within some test's name. */
  names: string[];
  /**
   * Notes the reports must get, in order (each a substring of one): where the report is ambiguous and
   * the reader says what it assumed. Without it, every report must read without any note.
   */
  notes?: string[];
}

const fixtures = readdirSync(RUNNERS_DIR, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

function expectedOf(fixture: string): Expected {
  return JSON.parse(readFileSync(join(RUNNERS_DIR, fixture, 'expected.json'), 'utf8')) as Expected;
}

function reportsOf(fixture: string): string[] {
  return readdirSync(join(RUNNERS_DIR, fixture))
    .filter((file) => file.endsWith('.xml'))
    .sort()
    .map((file) => join(RUNNERS_DIR, fixture, file));
}

async function ingestFixture(fixture: string): Promise<{ run: TestRun; files: SourceFile[] }> {
  const builder = new RunBuilder();
  const files: SourceFile[] = [];
  for (const reportPath of reportsOf(fixture)) {
    const file = await ingestFile(reportPath, (record) => builder.add(record, { path: reportPath }));
    files.push(file);
    builder.addFile(file);
  }
  return { run: builder.build(), files };
}

function failingText(attempt: TestAttempt): string {
  if (attempt.status !== 'failed' && attempt.status !== 'errored') return '';
  const { failure, stdout, stderr } = attempt;
  return [failure?.type, failure?.message, failure?.body, stdout, stderr].filter(Boolean).join('\n');
}

function countsOf(run: TestRun): StatusCounts {
  const counts: StatusCounts = { total: 0, passed: 0, failed: 0, errored: 0, skipped: 0, flaky: 0 };
  for (const test of run.tests) {
    counts.total++;
    counts[test.status]++;
  }
  return counts;
}

describe('JUnit dialects from real runners', () => {
  it('has fixtures', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(10);
    for (const fixture of fixtures) expect(reportsOf(fixture).length).toBeGreaterThan(0);
  });

  describe.each(fixtures)('%s', (fixture) => {
    const expected = expectedOf(fixture);

    it(`reads every report without errors (${expected.runner})`, async () => {
      const { run, files } = await ingestFixture(fixture);
      const notes = files.flatMap((file) => file.errors.map((error) => `${error.kind}: ${error.message}`));
      expect(notes).toEqual((expected.notes ?? []).map((note) => expect.stringContaining(note)));
      for (const file of files) {
        expect(file.format).not.toBe('unknown');
        expect(file.tests).toBeGreaterThan(0);
      }
      expect(run.duplicates).toEqual([]);
    });

    it(`counts as the runner's summary does: ${expected.console}`, async () => {
      const { run } = await ingestFixture(fixture);
      expect(countsOf(run)).toEqual(expected.counts);
      const metrics = computeMetrics(run);
      const { total, passed, failed, errored, skipped, flaky } = metrics;
      expect({ total, passed, failed, errored, skipped, flaky }).toEqual(expected.counts);
    });

    it('keeps the failure messages', async () => {
      const { run } = await ingestFixture(fixture);
      const texts = run.tests.flatMap((test) => test.attempts.map(failingText)).filter((text) => text !== '');
      for (const message of expected.failureMessages) {
        expect({ message, found: texts.some((text) => text.includes(message)) }).toEqual({ message, found: true });
      }
    });

    it('keeps unicode and XML-special test names intact', async () => {
      const { run } = await ingestFixture(fixture);
      const names = run.tests.map((test) => test.name);
      for (const name of expected.names) {
        expect({ name, found: names.some((n) => n.includes(name)) ? name : names }).toEqual({ name, found: name });
      }
    });
  });
});
