import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestCaseRecord } from '../src/model.js';
import { detectFormat, ingestFile } from '../src/ingest/index.js';

const dir = mkdtempSync(join(tmpdir(), 'ingest-formats-'));
let fileCount = 0;

async function ingest(content: string, options = {}) {
  const path = join(dir, `report-${++fileCount}`);
  writeFileSync(path, content);
  const records: TestCaseRecord[] = [];
  const file = await ingestFile(path, (record) => records.push(record), options);
  return { records, file };
}

const summary = (records: TestCaseRecord[]) =>
  records.map((r) => [r.suite, r.classname, r.name, r.attempts.map((a) => a.status).join(',')]);

describe('detectFormat', () => {
  it.each([
    ['<?xml version="1.0"?>\n<!-- made by x -->\n<testsuites/>', 'junit'],
    ['\uFEFF<testsuite name="a">', 'junit'],
    ['<!DOCTYPE x [<!ENTITY a "b">]><testsuite>', 'junit'],
    ['<test-run id="0" testcasecount="1">', 'nunit'],
    ['<test-results name="x.dll" total="1">', 'nunit'],
    ['<assemblies timestamp="x">', 'xunit'],
    ['<TestRun id="1" xmlns="http://microsoft.com/schemas/VisualStudio/TeamTest/2010">', 'trx'],
    ['{ "results": { "tool": { "name": "jest" }, "tests": [] } }', 'ctrf'],
    ['<TestRun id="1">', undefined],
    ['<!DOCTYPE html><html><body>', undefined],
    ['<project xmlns="http://maven.apache.org/POM/4.0.0">', undefined],
    ['{"name": "pkg", "version": "1.0.0"}', undefined],
    ['', undefined],
    ['hello <testsuite>', undefined],
  ])('%j → %s', (head, format) => {
    expect(detectFormat(head)).toBe(format);
  });
});

describe('CTRF JSON', () => {
  it('reports entries of the wrong type with their index and reads bad durations as 0', async () => {
    const ctrf = (tests: string) => `{"results":{"tool":{"name":"t"},"tests":${tests}}}`;
    const { records, file } = await ingest(
      ctrf(
        '[{"name":42,"status":["passed"],"duration":"soon"},null,7,{"name":""},' +
          '{"name":"ok","status":"passed","duration":1e400,"start":1e400,"line":1e400},' +
          '{"name":"neg","status":"passed","duration":-5,"retryAttempts":[3]}]',
      ),
    );
    // Entries without a usable name are kept under a generated name: a failing one must still count.
    expect(records.map((r) => [r.name, r.line, r.attempts.map((a) => [a.status, a.durationMs, a.startedAt])])).toEqual([
      ['(unnamed test 1 in t)', undefined, [['skipped', 0, undefined]]],
      ['(unnamed test 2 in t)', undefined, [['skipped', 0, undefined]]],
      ['ok', undefined, [['passed', 0, undefined]]],
      ['neg', undefined, [['passed', 0, undefined]]],
    ]);
    expect(file.tests).toBe(4);
    expect(file.errors.map((e) => [e.kind, e.message])).toEqual([
      ['malformed', 'results.tests[0] has name 42, expected a non-empty string; read as "(unnamed test 1 in t)"'],
      ['malformed', 'results.tests[0]: duration "soon" is not a finite number of milliseconds >= 0; read as 0'],
      ['malformed', 'results.tests[1] is null, not a test object; skipped'],
      ['malformed', 'results.tests[2] is number, not a test object; skipped'],
      ['malformed', 'results.tests[3] has name "", expected a non-empty string; read as "(unnamed test 2 in t)"'],
      ['malformed', 'results.tests[4]: duration Infinity is not a finite number of milliseconds >= 0; read as 0'],
      ['malformed', 'results.tests[5]: duration -5 is not a finite number of milliseconds >= 0; read as 0'],
      ['malformed', 'results.tests[5].retryAttempts[0] is number, not an attempt object; ignored'],
    ]);
    for (const error of file.errors) expect(error.path).toBe(file.path);
  });

  it('maps statuses, suites, files, retries and output', async () => {
    const { records, file } = await ingest(
      JSON.stringify({
        reportFormat: 'CTRF',
        specVersion: '0.0.0',
        results: {
          tool: { name: 'playwright' },
          summary: { tests: 6, passed: 2, failed: 1, skipped: 1, pending: 1, other: 1, start: 1, stop: 2 },
          tests: [
            { name: 'adds', status: 'passed', duration: 12, suite: 'cart', filePath: 'tests/cart.spec.ts', line: 4 },
            {
              name: 'pays',
              status: 'failed',
              duration: 30,
              message: 'expected 1',
              trace: 'Error: expected 1\n  at pay',
              suite: ['checkout', 'card'],
              stdout: ['line 1', 'line 2'],
              retries: 1,
              start: 1714557600000,
            },
            { name: 'flaky one', status: 'passed', duration: 5, retries: 2, flaky: true },
            { name: 'later', status: 'skipped', duration: 0 },
            { name: 'todo', status: 'pending', duration: 0 },
            { name: 'hung', status: 'other', rawStatus: 'timedOut', duration: 30000 },
            {
              name: 'retried',
              status: 'passed',
              duration: 3,
              retryAttempts: [{ status: 'failed', duration: 2, message: 'first' }],
            },
            { status: 'passed' },
          ],
        },
      }),
      { keepPassedOutput: false },
    );
    // The entry without a name is kept under a generated name, and reported with its index.
    expect(file).toMatchObject({
      format: 'ctrf',
      tests: 8,
      errors: [
        {
          kind: 'malformed',
          message:
            'results.tests[7] has no name, expected a non-empty string; read as "(unnamed test 6 in playwright)"',
          path: file.path,
        },
      ],
    });
    expect(summary(records)).toEqual([
      ['cart', undefined, 'adds', 'passed'],
      ['checkout › card', undefined, 'pays', 'failed,failed'],
      ['playwright', undefined, 'flaky one', 'failed,failed,passed'],
      ['playwright', undefined, 'later', 'skipped'],
      ['playwright', undefined, 'todo', 'skipped'],
      ['playwright', undefined, 'hung', 'errored'],
      ['playwright', undefined, 'retried', 'failed,passed'],
      ['playwright', undefined, '(unnamed test 6 in playwright)', 'passed'],
    ]);
    expect(records[0]).toMatchObject({ file: 'tests/cart.spec.ts', line: 4, attempts: [{ durationMs: 12 }] });
    expect(records[1]!.attempts[1]).toMatchObject({
      failure: { message: 'expected 1', body: 'Error: expected 1\n  at pay' },
      stdout: 'line 1\nline 2',
      startedAt: '2024-05-01T10:00:00.000Z',
    });
    expect(records[6]!.attempts[0]!.failure!.message).toBe('first');
  });

  it('reports invalid JSON with its line and column, and JSON of another shape as not a report', async () => {
    const broken = await ingest('{ "results": { "tool": {"name": "x"},\n  "tests": [ { "name": "a", } ] } }');
    expect(broken.records).toEqual([]);
    expect(broken.file.errors).toEqual([
      expect.objectContaining({ kind: 'malformed', line: 2, column: expect.any(Number) }),
    ]);
    const other = await ingest('{ "results": { "tool": "x", "tests": 3 } }');
    expect(other.file.errors).toEqual([expect.objectContaining({ kind: 'not-a-report' })]);
  });
});

describe('NUnit', () => {
  it('reads NUnit 3 test-run: fixtures, results with labels, failure message/stack, output, properties', async () => {
    const { records, file } = await ingest(`<?xml version="1.0" encoding="utf-8" standalone="no"?>
<test-run id="0" runstate="Runnable" testcasecount="4" result="Failed" total="4" passed="1" failed="2" inconclusive="0" skipped="1" asserts="3" engine-version="3.16.3" clr-version="8.0.0" start-time="2024-05-01 10:00:00Z" end-time="2024-05-01 10:00:01Z" duration="1.2">
  <command-line><![CDATA[nunit3-console Shop.Tests.dll]]></command-line>
  <test-suite type="Assembly" id="0-1005" name="Shop.Tests.dll" fullname="/src/Shop.Tests.dll" runstate="Runnable" testcasecount="4" result="Failed">
    <test-suite type="TestSuite" id="0-1006" name="Shop" fullname="Shop" runstate="Runnable" testcasecount="4" result="Failed">
      <test-suite type="TestFixture" id="0-1000" name="CartTests" fullname="Shop.CartTests" classname="Shop.CartTests" runstate="Runnable" testcasecount="4" result="Failed">
        <test-case id="0-1001" name="Adds" fullname="Shop.CartTests.Adds" methodname="Adds" classname="Shop.CartTests" runstate="Runnable" seed="1" result="Passed" start-time="2024-05-01 10:00:00Z" end-time="2024-05-01 10:00:00Z" duration="0.012" asserts="1">
          <properties><property name="Category" value="fast" /></properties>
        </test-case>
        <test-case id="0-1002" name="Pays" fullname="Shop.CartTests.Pays" methodname="Pays" classname="Shop.CartTests" runstate="Runnable" seed="2" result="Failed" start-time="2024-05-01 10:00:00Z" end-time="2024-05-01 10:00:01Z" duration="0.5" asserts="1">
          <failure>
            <message><![CDATA[  Expected: 2
  But was:  1
]]></message>
            <stack-trace><![CDATA[   at Shop.CartTests.Pays() in /src/CartTests.cs:line 20
]]></stack-trace>
          </failure>
          <output><![CDATA[paying...
]]></output>
          <assertions><assertion result="Failed"><message><![CDATA[dup]]></message></assertion></assertions>
        </test-case>
        <test-case id="0-1003" name="Crashes" fullname="Shop.CartTests.Crashes" methodname="Crashes" classname="Shop.CartTests" runstate="Runnable" seed="3" result="Failed" label="Error" duration="0.01" asserts="0">
          <failure><message><![CDATA[System.NullReferenceException : Object reference not set]]></message></failure>
        </test-case>
        <test-suite type="ParameterizedMethod" id="0-1010" name="Rounds" fullname="Shop.CartTests.Rounds" classname="Shop.CartTests" runstate="Runnable" testcasecount="1" result="Skipped">
          <test-case id="0-1004" name="Rounds(1.5)" fullname="Shop.CartTests.Rounds(1.5)" methodname="Rounds" classname="Shop.CartTests" runstate="Ignored" seed="4" result="Skipped" label="Ignored" duration="0" asserts="0">
            <reason><message><![CDATA[not yet]]></message></reason>
          </test-case>
        </test-suite>
      </test-suite>
    </test-suite>
  </test-suite>
</test-run>`);
    expect(file).toMatchObject({ format: 'nunit', tests: 4, errors: [] });
    expect(summary(records)).toEqual([
      ['Shop.CartTests', 'Shop.CartTests', 'Adds', 'passed'],
      ['Shop.CartTests', 'Shop.CartTests', 'Pays', 'failed'],
      ['Shop.CartTests', 'Shop.CartTests', 'Crashes', 'errored'],
      ['Shop.CartTests', 'Shop.CartTests', 'Rounds(1.5)', 'skipped'],
    ]);
    expect(records[0]).toMatchObject({
      properties: { Category: 'fast' },
      attempts: [{ durationMs: 12, startedAt: '2024-05-01T10:00:00Z' }],
    });
    expect(records[1]!.attempts[0]).toMatchObject({
      failure: { message: 'Expected: 2\n  But was:  1', body: 'at Shop.CartTests.Pays() in /src/CartTests.cs:line 20' },
      stdout: 'paying...\n',
    });
    expect(records[3]!.attempts[0]!.failure).toEqual({ message: 'not yet' });
  });

  it('reads NUnit 2 test-results', async () => {
    const { records } = await ingest(`<?xml version="1.0" encoding="utf-8"?>
<test-results name="Shop.Tests.dll" total="3" errors="1" failures="1" not-run="1" date="2024-05-01" time="10:00:00">
  <test-suite type="Assembly" name="Shop.Tests.dll" executed="True" result="Failure" success="False" time="0.3">
    <results><test-suite type="TestFixture" name="CartTests" executed="True" result="Failure" success="False" time="0.3">
      <results>
        <test-case name="Shop.CartTests.Adds" executed="True" result="Success" success="True" time="0.010" asserts="1" />
        <test-case name="Shop.CartTests.Pays" executed="True" result="Failure" success="False" time="0.020" asserts="1">
          <failure><message><![CDATA[Expected 2]]></message><stack-trace><![CDATA[at Pays()]]></stack-trace></failure>
        </test-case>
        <test-case name="Shop.CartTests.Later" executed="False" result="Ignored"><reason><message><![CDATA[wip]]></message></reason></test-case>
      </results>
    </test-suite></results>
  </test-suite>
</test-results>`);
    expect(summary(records)).toEqual([
      ['CartTests', 'Shop.CartTests', 'Shop.CartTests.Adds', 'passed'],
      ['CartTests', 'Shop.CartTests', 'Shop.CartTests.Pays', 'failed'],
      ['CartTests', 'Shop.CartTests', 'Shop.CartTests.Later', 'skipped'],
    ]);
  });
});

describe('xUnit.net v2', () => {
  it('reads assemblies, collections, results, failure, skip reason, output and traits', async () => {
    const { records, file } = await ingest(`<?xml version="1.0" encoding="utf-8"?>
<assemblies timestamp="05/01/2024 10:00:00">
  <assembly name="/src/Shop.Tests/bin/Debug/net8.0/Shop.Tests.dll" run-date="2024-05-01" run-time="10:00:00" config-file="" total="3" passed="1" failed="1" skipped="1" time="0.300" errors="0" test-framework="xUnit.net 2.6.2" environment="64-bit .NET 8.0.0">
    <errors />
    <collection total="3" passed="1" failed="1" skipped="1" name="Test collection for Shop.CartTests" time="0.200">
      <test name="Shop.CartTests.Adds(count: 2)" type="Shop.CartTests" method="Adds" time="0.0123" result="Pass">
        <traits><trait name="Category" value="fast" /></traits>
      </test>
      <test name="Shop.CartTests.Pays" type="Shop.CartTests" method="Pays" time="0.05" result="Fail">
        <failure exception-type="Xunit.Sdk.EqualException">
          <message><![CDATA[Assert.Equal() Failure&#10;Expected: 2]]></message>
          <stack-trace><![CDATA[   at Shop.CartTests.Pays() in /src/CartTests.cs:line 20]]></stack-trace>
        </failure>
        <output><![CDATA[paying]]></output>
      </test>
      <test name="Shop.CartTests.Later" type="Shop.CartTests" method="Later" time="0" result="Skip">
        <reason><![CDATA[not yet]]></reason>
      </test>
    </collection>
  </assembly>
</assemblies>`);
    expect(file).toMatchObject({ format: 'xunit', tests: 3, errors: [] });
    expect(summary(records)).toEqual([
      ['Test collection for Shop.CartTests', 'Shop.CartTests', 'Shop.CartTests.Adds(count: 2)', 'passed'],
      ['Test collection for Shop.CartTests', 'Shop.CartTests', 'Shop.CartTests.Pays', 'failed'],
      ['Test collection for Shop.CartTests', 'Shop.CartTests', 'Shop.CartTests.Later', 'skipped'],
    ]);
    expect(records[0]).toMatchObject({ properties: { Category: 'fast' }, attempts: [{ durationMs: 12.3 }] });
    // CDATA content is literal: a reference inside it is not decoded.
    expect(records[1]!.attempts[0]).toMatchObject({
      failure: {
        type: 'Xunit.Sdk.EqualException',
        message: 'Assert.Equal() Failure&#10;Expected: 2',
        body: 'at Shop.CartTests.Pays() in /src/CartTests.cs:line 20',
      },
      stdout: 'paying',
    });
    expect(records[2]!.attempts[0]!.failure).toEqual({ message: 'not yet' });
  });
});

describe('Visual Studio TRX', () => {
  it('joins results with definitions that come after them; data-driven inner results are the tests', async () => {
    const { records, file } = await ingest(`<?xml version="1.0" encoding="utf-8"?>
<TestRun id="8a9c" name="ci 2024-05-01 10:00:00" runUser="ci" xmlns="http://microsoft.com/schemas/VisualStudio/TeamTest/2010">
  <Times creation="2024-05-01T10:00:00.0000000+00:00" queuing="2024-05-01T10:00:00.0000000+00:00" start="2024-05-01T10:00:00.0000000+00:00" finish="2024-05-01T10:00:02.0000000+00:00" />
  <TestSettings name="default" id="1"><Deployment runDeploymentRoot="ci_2024" /></TestSettings>
  <Results>
    <UnitTestResult executionId="e1" testId="t1" testName="Adds" computerName="ci" duration="00:00:00.0123450" startTime="2024-05-01T10:00:00.1+00:00" endTime="2024-05-01T10:00:00.2+00:00" testType="13cdc9d9-ddb5-4fa4-a97d-d965ccfc6d4b" outcome="Passed" testListId="8c84fa94" relativeResultsDirectory="e1">
      <Output><StdOut>adding</StdOut></Output>
    </UnitTestResult>
    <UnitTestResult executionId="e2" testId="t2" testName="Pays" computerName="ci" duration="00:00:01.5000000" startTime="2024-05-01T10:00:00.3+00:00" endTime="2024-05-01T10:00:01.8+00:00" testType="13cdc9d9" outcome="Failed" testListId="8c84fa94" relativeResultsDirectory="e2">
      <Output>
        <StdOut>paying</StdOut>
        <ErrorInfo>
          <Message>Assert.AreEqual failed. Expected:&lt;2&gt;. Actual:&lt;1&gt;.</Message>
          <StackTrace>   at Shop.CartTests.Pays() in /src/CartTests.cs:line 20</StackTrace>
        </ErrorInfo>
      </Output>
    </UnitTestResult>
    <UnitTestResult executionId="e3" testId="t3" testName="Rounds" computerName="ci" duration="00:00:00.02" outcome="Failed" testListId="8c84fa94" resultType="DataDrivenTest">
      <InnerResults>
        <UnitTestResult executionId="e4" parentExecutionId="e3" testId="t3" testName="Rounds (1.5)" duration="00:00:00.01" outcome="Passed" resultType="DataDrivenDataRow" />
        <UnitTestResult executionId="e5" parentExecutionId="e3" testId="t3" testName="Rounds (2.5)" duration="00:00:00.01" outcome="Failed" resultType="DataDrivenDataRow">
          <Output><ErrorInfo><Message>off by one</Message></ErrorInfo></Output>
        </UnitTestResult>
      </InnerResults>
    </UnitTestResult>
    <UnitTestResult executionId="e6" testId="t4" testName="Later" duration="00:00:00" outcome="NotExecuted" testListId="8c84fa94">
      <Output><ErrorInfo><Message>Test method Later was ignored.</Message></ErrorInfo></Output>
    </UnitTestResult>
  </Results>
  <TestDefinitions>
    <UnitTest name="Adds" storage="/src/bin/shop.tests.dll" id="t1"><Execution id="e1" /><TestMethod codeBase="/src/bin/Shop.Tests.dll" adapterTypeName="executor://mstestadapter/v2" className="Shop.CartTests, Shop.Tests, Version=1.0.0.0, Culture=neutral, PublicKeyToken=null" name="Adds" /></UnitTest>
    <UnitTest name="Pays" storage="/src/bin/shop.tests.dll" id="t2"><Execution id="e2" /><TestMethod codeBase="/src/bin/Shop.Tests.dll" adapterTypeName="executor://mstestadapter/v2" className="Shop.CartTests" name="Pays" /></UnitTest>
    <UnitTest name="Rounds" storage="/src/bin/shop.tests.dll" id="t3"><Execution id="e3" /><TestMethod codeBase="/src/bin/Shop.Tests.dll" adapterTypeName="executor://mstestadapter/v2" className="Shop.MathTests" name="Rounds" /></UnitTest>
    <UnitTest name="Later" storage="/src/bin/shop.tests.dll" id="t4"><Execution id="e6" /></UnitTest>
  </TestDefinitions>
  <ResultSummary outcome="Failed"><Counters total="5" executed="4" passed="2" failed="2" /><Output><StdOut>run level</StdOut></Output></ResultSummary>
</TestRun>`);
    expect(file).toMatchObject({ format: 'trx', tests: 5, errors: [] });
    expect(summary(records)).toEqual([
      ['Shop.CartTests', 'Shop.CartTests', 'Adds', 'passed'],
      ['Shop.CartTests', 'Shop.CartTests', 'Pays', 'failed'],
      ['Shop.MathTests', 'Shop.MathTests', 'Rounds (1.5)', 'passed'],
      ['Shop.MathTests', 'Shop.MathTests', 'Rounds (2.5)', 'failed'],
      ['shop.tests.dll', undefined, 'Later', 'skipped'],
    ]);
    expect(records[0]!.attempts[0]).toMatchObject({ durationMs: 12.345, startedAt: '2024-05-01T10:00:00.1+00:00' });
    expect(records[0]!.attempts[0]!.stdout).toBeUndefined();
    expect(records[1]!.attempts[0]).toMatchObject({
      durationMs: 1500,
      stdout: 'paying',
      failure: {
        message: 'Assert.AreEqual failed. Expected:<2>. Actual:<1>.',
        body: 'at Shop.CartTests.Pays() in /src/CartTests.cs:line 20',
      },
    });
  });
});
