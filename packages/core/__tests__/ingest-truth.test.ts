// Every reader tells the truth: when a report is ambiguous it is read the way that shows a failure, and
// a note says what was assumed (DESIGN "Conventions", "Counting tests"). Hand-written reports in
// fixtures/truth/, one per case; counts are per record (before merging), by each record's last attempt.
import { describe, expect, it } from '@jest/globals';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ingestFile } from '../src/ingest/index.js';
import type { AttemptStatus, SourceFile, TestCaseRecord } from '../src/model.js';

const TRUTH_DIR = join(dirname(fileURLToPath(import.meta.url)), 'fixtures', 'truth');

type Counts = Record<AttemptStatus, number>;

async function read(fixture: string): Promise<{ records: TestCaseRecord[]; file: SourceFile }> {
  const records: TestCaseRecord[] = [];
  const file = await ingestFile(join(TRUTH_DIR, fixture), (record) => records.push(record));
  return { records, file };
}

function statusOf(record: TestCaseRecord): AttemptStatus {
  return record.attempts[record.attempts.length - 1]!.status;
}

function countsOf(records: TestCaseRecord[]): Counts {
  const counts: Counts = { passed: 0, failed: 0, errored: 0, skipped: 0 };
  for (const record of records) counts[statusOf(record)]++;
  return counts;
}

function byName(records: TestCaseRecord[], name: string): TestCaseRecord {
  const found = records.find((record) => record.name === name);
  if (found === undefined) throw new Error(`no record named ${name}: ${records.map((r) => r.name).join(', ')}`);
  return found;
}

/** The notes, each expected to contain the matching substring, in order. */
function expectNotes(file: SourceFile, notes: string[]): void {
  expect(file.errors.map((error) => error.message)).toEqual(notes.map((note) => expect.stringContaining(note)));
  for (const error of file.errors) expect(error.kind).toBe('malformed');
}

describe('NUnit 2 <test-results>', () => {
  it('reads every result word: failure, error, cancelled, not runnable, ignored, skipped, inconclusive', async () => {
    const { records, file } = await read('nunit2-results.xml');
    expect(file).toMatchObject({ format: 'nunit', tests: 10 });
    expect(countsOf(records)).toEqual({ passed: 3, failed: 1, errored: 3, skipped: 3 });
    expectNotes(file, []);
    const failed = byName(records, 'Ledger.AccountTests.RejectsOverdraft');
    expect(failed).toMatchObject({ suite: 'AccountTests', classname: 'Ledger.AccountTests' });
    expect(failed.attempts[0]).toMatchObject({
      status: 'failed',
      durationMs: 12,
      failure: { message: 'Expected: -10\n  But was:  0', body: expect.stringContaining('AccountTests.cs:line 31') },
    });
    expect(statusOf(byName(records, 'Ledger.AccountTests.TalksToBank'))).toBe('errored');
    expect(statusOf(byName(records, 'Ledger.AccountTests.Cancelled'))).toBe('errored');
    expect(statusOf(byName(records, 'Ledger.AccountTests.BadSignature'))).toBe('errored');
    expect(statusOf(byName(records, 'Ledger.AccountTests.Maybe'))).toBe('skipped');
    expect(byName(records, 'Ledger.AccountTests.Later').attempts[0]).toMatchObject({
      status: 'skipped',
      failure: { message: 'waiting for the new bank API' },
    });
    // Dots inside the arguments are not class separators; the ParameterizedTest suite is not the suite.
    expect(byName(records, 'Ledger.AccountTests.Rounds(1.5m,"a.b")')).toMatchObject({
      suite: 'AccountTests',
      classname: 'Ledger.AccountTests',
    });
  });

  it('reads NUnit 2.2 files without a result attribute: 1 failure of 4 is exactly 1 failed', async () => {
    const { records, file } = await read('nunit2-one-failure-of-four.xml');
    expect(countsOf(records)).toEqual({ passed: 2, failed: 1, errored: 0, skipped: 1 });
    expect(byName(records, 'Shop.CartTests.Pays')).toMatchObject({
      suite: 'CartTests',
      classname: 'Shop.CartTests',
      attempts: [{ status: 'failed', failure: { message: 'expected 2 but was 1' } }],
    });
    expectNotes(file, []);
  });

  it('reads contradicting attributes, a failure under Ignored and an unknown result as failed, with notes', async () => {
    const { records, file } = await read('nunit2-contradictions.xml');
    expect(countsOf(records)).toEqual({ passed: 1, failed: 4, errored: 0, skipped: 0 });
    expect(statusOf(byName(records, 'Odd.OddTests.Fine'))).toBe('passed');
    expect(byName(records, '(unnamed test 5 in OddTests)').attempts[0]!.failure).toEqual({
      message: 'nameless but failing',
    });
    expectNotes(file, [
      'test-case "Odd.OddTests.SaysSuccessButFalse" has result "Success" but success="False" (line 7, column 11); read as failed',
      'test-case "Odd.OddTests.IgnoredWithFailure" has result "Ignored" but a <failure> at line 9, column 13; read as failed',
      'test-case "Odd.OddTests.UnknownResult" has result "Exploded", which this reader does not know',
      'test-case without a name attribute at line 13, column 11; read as "(unnamed test 5 in OddTests)"',
    ]);
  });

  it('counts an assembly that lists no test-case as its totals declare', async () => {
    const { records, file } = await read('nunit2-declared-only.xml');
    expect(countsOf(records)).toEqual({ passed: 2, failed: 1, errored: 1, skipped: 1 });
    expect(records.map((r) => [r.suite, r.name, statusOf(r)])).toEqual([
      ['Billing.Tests.dll', '(declared test 1 of 5)', 'failed'],
      ['Billing.Tests.dll', '(declared test 2 of 5)', 'errored'],
      ['Billing.Tests.dll', '(declared test 3 of 5)', 'skipped'],
      ['Billing.Tests.dll', '(declared test 4 of 5)', 'passed'],
      ['Billing.Tests.dll', '(declared test 5 of 5)', 'passed'],
    ]);
    expectNotes(file, [
      'test-results "C:\\build\\Billing.Tests.dll" declares 5 tests but lists none; counted as declared: ' +
        '1 failed, 1 errored, 1 skipped, 2 passed',
    ]);
  });
});

describe('JUnit', () => {
  it('never reads a testcase with a failing result element as skipped, in any order', async () => {
    const { records, file } = await read('junit-several-results.xml');
    expect(countsOf(records)).toEqual({ passed: 1, failed: 4, errored: 2, skipped: 0 });
    expect(records.map((r) => [r.name, statusOf(r)])).toEqual([
      ['skipped then failure', 'failed'],
      ['failure then skipped', 'failed'],
      ['failure then error', 'failed'],
      ['error then failure', 'errored'],
      ['skipped, skipped, error', 'errored'],
      ['status fail and skipped', 'failed'],
      ['passes', 'passed'],
    ]);
    expect(byName(records, 'skipped then failure').attempts[0]!.failure).toEqual({
      type: 'AssertionError',
      message: 'expected 3 items',
      body: 'at cart.js:10',
    });
    expectNotes(file, [
      'testcase "skipped then failure" has both <skipped> and <failure> (line 6, column 7); read as failed',
      'testcase "failure then skipped" has both <skipped> and <failure> (line 10, column 7); read as failed',
      'testcase "skipped, skipped, error" has both <skipped> and <error> (line 23, column 7); read as errored',
      'testcase "status fail and skipped" has both <skipped> and status="fail"; read as failed',
    ]);
  });

  it('keeps testcases without a name under a name made of suite and position', async () => {
    const { records, file } = await read('junit-unnamed.xml');
    expect(file.tests).toBe(4);
    expect(records.map((r) => [r.suite, r.classname, r.name, statusOf(r)])).toEqual([
      ['payments', undefined, '(unnamed test 1 in payments)', 'failed'],
      ['payments', undefined, '(unnamed test 2 in payments)', 'errored'],
      ['payments', 'payments.Refund', '(unnamed test 3 in payments)', 'passed'],
      ['payments', 'payments.Refund', 'refunds', 'passed'],
    ]);
    expect(records[0]!.attempts[0]!.failure).toEqual({
      type: 'AssertionError',
      message: 'declined',
      body: 'card declined',
    });
    expectNotes(file, [
      'testcase without a name attribute at line 4, column 5; read as "(unnamed test 1 in payments)"',
      'testcase without a name attribute at line 7, column 5; read as "(unnamed test 2 in payments)"',
      'testcase with an empty name at line 10, column 5; read as "(unnamed test 3 in payments)"',
    ]);
  });

  it('counts suites that declare tests but list none as declared, failures first', async () => {
    const { records, file } = await read('junit-declared-only.xml');
    expect(countsOf(records)).toEqual({ passed: 3, failed: 2, errored: 1, skipped: 2 });
    expect(records.map((r) => [r.suite, r.name, statusOf(r)])).toEqual([
      ['api', '(declared test 1 of 6)', 'failed'],
      ['api', '(declared test 2 of 6)', 'skipped'],
      ['api', '(declared test 3 of 6)', 'skipped'],
      ['api', '(declared test 4 of 6)', 'passed'],
      ['api', '(declared test 5 of 6)', 'passed'],
      ['api', '(declared test 6 of 6)', 'passed'],
      ['db', '(declared test 1 of 2)', 'failed'],
      ['db', '(declared test 2 of 2)', 'errored'],
    ]);
    expectNotes(file, [
      'testsuite "api" declares 6 tests but lists none; counted as declared: 1 failed, 0 errored, 2 skipped, 3 passed',
      'testsuite "db" declares 2 tests but lists none; counted as declared: 1 failed, 1 errored, 0 skipped, 0 passed',
    ]);
    expect(file.errors[0]).toMatchObject({ line: 3, column: 3 });
  });

  it('notes a suite that declares more (failing) tests than it lists, once, and not consistent nested suites', async () => {
    const { records, file } = await read('junit-declared-mismatch.xml');
    expect(countsOf(records)).toEqual({ passed: 10, failed: 0, errored: 0, skipped: 0 });
    expectNotes(file, ['testsuite "x" declares 5 tests (1 failing) but 4 were read (0 failing)']);
  });

  it('marks repeated testcases as attempts for gotestsum (go.version property), per suite', async () => {
    const { records } = await read('junit-gotestsum-rerun.xml');
    expect(records.map((r) => [r.suite, r.name, statusOf(r), r.repeatsAreAttempts])).toEqual([
      ['example.org/shop/cart', 'TestCheckout', 'failed', true],
      ['example.org/shop/cart', 'TestTotals', 'passed', true],
      ['example.org/shop/cart', 'TestCheckout', 'passed', true],
      ['example.org/shop/tax', 'TestRate', 'failed', undefined],
      ['example.org/shop/tax', 'TestRate', 'passed', undefined],
    ]);
  });

  it('marks CTest testcases (status attribute, classname = name) as attempts, not Catch2 ones', async () => {
    const ctest = await read('junit-ctest-repeat.xml');
    expect(ctest.records.map((r) => [r.name, statusOf(r), r.repeatsAreAttempts])).toEqual([
      ['parser_fuzz', 'failed', true],
      ['parser_fuzz', 'passed', true],
      ['lexer', 'passed', true],
      ['lexer', 'passed', true],
    ]);
    expectNotes(ctest.file, []);
    const catch2 = await read('junit-catch2-repeated.xml');
    expect(catch2.records.map((r) => [r.name, statusOf(r), r.repeatsAreAttempts])).toEqual([
      ['area is positive', 'failed', undefined],
      ['area is positive', 'passed', undefined],
    ]);
  });
});

describe('NUnit 3', () => {
  it('reads a bare <test-suite type="Assembly"> root', async () => {
    const { records, file } = await read('nunit3-assembly-root.xml');
    expect(file).toMatchObject({ format: 'nunit', tests: 3 });
    expect(countsOf(records)).toEqual({ passed: 1, failed: 1, errored: 0, skipped: 1 });
    expect(byName(records, 'Ships')).toMatchObject({
      suite: 'Inventory.StockTests',
      classname: 'Inventory.StockTests',
      attempts: [{ status: 'failed', failure: { message: 'Expected: 0\n  But was:  5' } }],
    });
    expectNotes(file, []);
  });

  it('keeps unnamed test-cases, a <failure> wins over Skipped, Invalid is errored, an assembly without cases counts as declared', async () => {
    const { records, file } = await read('nunit3-truth.xml');
    expect(countsOf(records)).toEqual({ passed: 2, failed: 5, errored: 2, skipped: 1 });
    expect(records.map((r) => [r.suite, r.name, statusOf(r)])).toEqual([
      ['Orders.OrderTests', 'Places', 'passed'],
      ['Orders.OrderTests', '(unnamed test 2 in Orders.OrderTests)', 'failed'],
      ['Orders.OrderTests', '(unnamed test 3 in Orders.OrderTests)', 'errored'],
      ['Orders.OrderTests', 'SkippedButFailed', 'failed'],
      ['Orders.OrderTests', 'Cancels', 'passed'],
      ['Orders.OrderTests', 'CannotRun', 'errored'],
      ['/src/Payments.Tests.dll', '(declared test 1 of 4)', 'failed'],
      ['/src/Payments.Tests.dll', '(declared test 2 of 4)', 'failed'],
      ['/src/Payments.Tests.dll', '(declared test 3 of 4)', 'failed'],
      ['/src/Payments.Tests.dll', '(declared test 4 of 4)', 'skipped'],
    ]);
    expectNotes(file, [
      'test-case with an empty name at line 6, column 7; read as "(unnamed test 2 in Orders.OrderTests)"',
      'test-case without a name attribute at line 9, column 7; read as "(unnamed test 3 in Orders.OrderTests)"',
      'test-case "SkippedButFailed" has result "Skipped" but a <failure> at line 13, column 9; read as failed',
      'test-suite "/src/Payments.Tests.dll" declares 4 tests but lists none; counted as declared: 3 failed, 0 errored, 1 skipped, 0 passed',
    ]);
  });

  it('notes a fixture that declares more tests than it lists, not again on the assembly and run', async () => {
    const { records, file } = await read('nunit3-mismatch.xml');
    expect(countsOf(records)).toEqual({ passed: 1, failed: 1, errored: 0, skipped: 0 });
    expectNotes(file, ['test-suite "Mail.SendTests" declares 3 tests (2 failing) but 2 were read (1 failing)']);
  });
});

describe('xUnit.net', () => {
  it('keeps unnamed tests, a <failure> wins over Skip, checks assembly and collection totals', async () => {
    const { records, file } = await read('xunit-truth.xml');
    expect(countsOf(records)).toEqual({ passed: 3, failed: 5, errored: 0, skipped: 2 });
    const collection = 'Test collection for Search.IndexTests';
    expect(records.map((r) => [r.suite, r.name, statusOf(r)])).toEqual([
      [collection, 'Search.IndexTests.Indexes', 'passed'],
      [collection, `(unnamed test 2 in ${collection})`, 'failed'],
      [collection, `(unnamed test 3 in ${collection})`, 'failed'],
      [collection, 'Search.IndexTests.SkipButFailure', 'failed'],
      [collection, 'Search.IndexTests.Later', 'skipped'],
      ['Auth.Tests.dll', '(declared test 1 of 4)', 'failed'],
      ['Auth.Tests.dll', '(declared test 2 of 4)', 'failed'],
      ['Auth.Tests.dll', '(declared test 3 of 4)', 'skipped'],
      ['Auth.Tests.dll', '(declared test 4 of 4)', 'passed'],
      ['Test collection for Geo.MapTests', 'Geo.MapTests.Draws', 'passed'],
    ]);
    expect(byName(records, 'Search.IndexTests.SkipButFailure').attempts[0]!.failure).toMatchObject({
      type: 'System.Exception',
      message: 'it failed anyway',
    });
    expectNotes(file, [
      `test without a name attribute at line 7, column 7; read as "(unnamed test 2 in ${collection})"`,
      `test with an empty name at line 10, column 7; read as "(unnamed test 3 in ${collection})"`,
      'test "Search.IndexTests.SkipButFailure" has result "Skip" but a <failure> at line 15, column 9; read as failed',
      'assembly "Auth.Tests.dll" declares 4 tests but lists none; counted as declared: 2 failed, 0 errored, 1 skipped, 1 passed',
      'collection "Test collection for Geo.MapTests" declares 3 tests (2 failing) but 1 were read (0 failing)',
    ]);
  });
});

describe('TRX', () => {
  it('keeps a result without testName and notes Counters that declare more than was read', async () => {
    const { records, file } = await read('trx-truth.trx');
    expect(countsOf(records)).toEqual({ passed: 2, failed: 1, errored: 0, skipped: 0 });
    expect(records.map((r) => [r.suite, r.name, statusOf(r)])).toEqual([
      ['Rates.RateTests', 'Rates.Converts', 'passed'],
      ['Rates.RateTests', '(unnamed test 2 in Rates.RateTests)', 'failed'],
      ['Rates.RateTests', 'Rates.Rounds', 'passed'],
    ]);
    expectNotes(file, [
      'UnitTestResult without a testName attribute at line 5, column 5; read as "(unnamed test 2 in Rates.RateTests)"',
      'TestRun "ci@build 2025-03-14 09:45:00" declares 5 tests (3 failing) but 3 were read (1 failing)',
    ]);
  });

  it('counts a run whose Counters declare tests but that lists no result as declared', async () => {
    const { records, file } = await read('trx-declared-only.trx');
    expect(records.map((r) => [r.suite, r.name, statusOf(r)])).toEqual([
      ['', '(declared test 1 of 3)', 'failed'],
      ['', '(declared test 2 of 3)', 'errored'],
      ['', '(declared test 3 of 3)', 'passed'],
    ]);
    expectNotes(file, [
      'declares 3 tests but lists none; counted as declared: 1 failed, 1 errored, 0 skipped, 1 passed',
    ]);
  });
});

describe('CTRF', () => {
  it('keeps entries without a usable name under a name made of suite and position', async () => {
    const { records, file } = await read('ctrf-unnamed.json');
    expect(countsOf(records)).toEqual({ passed: 1, failed: 3, errored: 0, skipped: 0 });
    expect(records.map((r) => [r.suite, r.name])).toEqual([
      ['auth', 'logs in'],
      ['auth', '(unnamed test 2 in auth)'],
      ['auth', '(unnamed test 3 in auth)'],
      ['playwright', '(unnamed test 1 in playwright)'],
    ]);
    expectNotes(file, [
      'results.tests[1] has no name, expected a non-empty string; read as "(unnamed test 2 in auth)"',
      'results.tests[2] has name "", expected a non-empty string; read as "(unnamed test 3 in auth)"',
      'results.tests[3] has name "   ", expected a non-empty string; read as "(unnamed test 1 in playwright)"',
    ]);
  });
});
