import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestCaseRecord } from '../src/model.js';
import { ingestFile } from '../src/ingest/index.js';

const dir = mkdtempSync(join(tmpdir(), 'ingest-junit-'));
let fileCount = 0;

async function ingest(xml: string) {
  const path = join(dir, `report-${++fileCount}.xml`);
  writeFileSync(path, xml);
  const records: TestCaseRecord[] = [];
  const file = await ingestFile(path, (record) => records.push(record), { shard: 'shard-1' });
  return { records, file, path };
}

function byName(records: TestCaseRecord[], name: string): TestCaseRecord {
  const found = records.find((record) => record.name === name);
  if (!found) throw new Error(`no record named ${name}: ${records.map((r) => r.name).join(', ')}`);
  return found;
}

const status = (record: TestCaseRecord) => record.attempts.map((attempt) => attempt.status);

describe('pytest', () => {
  it('reads xunit1 with file/line (0-based → 1-based), xfail, strict xpass, skip and error', async () => {
    const { records, file, path } = await ingest(`<?xml version="1.0" encoding="utf-8"?>
<testsuites><testsuite name="pytest" errors="1" failures="2" skipped="2" tests="6" time="0.123" timestamp="2024-05-01T10:00:00.000000" hostname="ci">
<testcase classname="tests.test_math.TestAdd" name="test_ok" file="tests/test_math.py" line="9" time="0.001" />
<testcase classname="tests.test_math.TestAdd" name="test_bad" file="tests/test_math.py" line="12" time="0.002"><failure message="assert 1 == 2">def test_bad():
&gt;       assert 1 == 2
E       assert 1 == 2</failure><system-out>captured &amp; printed</system-out></testcase>
<testcase classname="tests.test_math" name="test_xfail" file="tests/test_math.py" line="20" time="0.001"><skipped type="pytest.xfail" message="known bug" /></testcase>
<testcase classname="tests.test_math" name="test_xpass_strict" file="tests/test_math.py" line="25" time="0.001"><failure message="[XPASS(strict)] should fail">[XPASS(strict)] should fail</failure></testcase>
<testcase classname="tests.test_math" name="test_skip" file="tests/test_math.py" line="30" time="0.000"><skipped type="pytest.skip" message="no db">tests/test_math.py:31: no db</skipped></testcase>
<testcase classname="tests.test_math" name="test_fixture" file="tests/test_math.py" line="35" time="0.003"><error message="failed on setup with &quot;ValueError&quot;">ValueError</error></testcase>
</testsuite></testsuites>`);
    expect(file).toMatchObject({ format: 'junit', tests: 6, errors: [] });
    expect(byName(records, 'test_ok')).toEqual({
      suite: 'pytest',
      classname: 'tests.test_math.TestAdd',
      name: 'test_ok',
      file: 'tests/test_math.py',
      line: 10,
      attempts: [{ status: 'passed', durationMs: 1, source: path, shard: 'shard-1' }],
    });
    const bad = byName(records, 'test_bad');
    expect(bad.attempts[0]).toMatchObject({
      status: 'failed',
      durationMs: 2,
      failure: { message: 'assert 1 == 2', body: 'def test_bad():\n>       assert 1 == 2\nE       assert 1 == 2' },
      stdout: 'captured & printed',
    });
    expect(byName(records, 'test_xfail')).toMatchObject({ marker: 'xfail', attempts: [{ status: 'skipped' }] });
    expect(byName(records, 'test_xpass_strict')).toMatchObject({ marker: 'xpass', attempts: [{ status: 'failed' }] });
    expect(byName(records, 'test_skip')).toMatchObject({
      attempts: [{ status: 'skipped', failure: { message: 'no db' } }],
    });
    expect(byName(records, 'test_skip').marker).toBeUndefined();
    expect(byName(records, 'test_fixture').attempts[0]).toMatchObject({
      status: 'errored',
      failure: { message: 'failed on setup with "ValueError"' },
    });
  });

  it('derives the file of xunit2 reports from the dotted classname; old-style xpass skip is a pass', async () => {
    const { records } =
      await ingest(`<?xml version="1.0" encoding="utf-8"?><testsuites><testsuite name="pytest" errors="0" failures="0" skipped="0" tests="3" time="0.05" timestamp="2024-05-01T10:00:00" hostname="ci">
<testcase classname="tests.unit.test_parser.TestTokens" name="test_split[a-b]" time="0.010" />
<testcase classname="pkg.parser_test" name="test_top" time="0.020" />
<testcase classname="tests.test_old" name="test_xpass" time="0.020"><skipped type="pytest.xpass" message="xfail-marked test passes unexpectedly"/></testcase>
</testsuite></testsuites>`);
    expect(byName(records, 'test_split[a-b]').file).toBe('tests/unit/test_parser.py');
    expect(byName(records, 'test_split[a-b]')).not.toHaveProperty('line');
    expect(byName(records, 'test_top').file).toBe('pkg/parser_test.py');
    expect(byName(records, 'test_xpass')).toMatchObject({ marker: 'xpass', attempts: [{ status: 'passed' }] });
  });
});

describe('Maven Surefire / Failsafe', () => {
  it('turns flakyFailure/flakyError into earlier attempts and rerunFailure into later ones', async () => {
    const { records } = await ingest(`<?xml version="1.0" encoding="UTF-8"?>
<testsuite xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:noNamespaceSchemaLocation="https://maven.apache.org/surefire/maven-surefire-plugin/xsd/surefire-test-report-3.0.xsd" version="3.0" name="com.acme.CartTest" time="1.2" tests="3" errors="0" skipped="0" failures="1">
  <properties><property name="java.version" value="21.0.2"/></properties>
  <testcase name="addsItem" classname="com.acme.CartTest" time="0.011"/>
  <testcase name="flaky" classname="com.acme.CartTest" time="0.02">
    <flakyFailure message="expected: &lt;1&gt; but was: &lt;2&gt;" type="org.opentest4j.AssertionFailedError">
      <stackTrace><![CDATA[org.opentest4j.AssertionFailedError: expected: <1> but was: <2>
	at com.acme.CartTest.flaky(CartTest.java:30)]]></stackTrace>
      <system-out><![CDATA[first run output]]></system-out>
    </flakyFailure>
    <flakyError message="Connection reset" type="java.net.SocketException">
      <stackTrace>java.net.SocketException: Connection reset</stackTrace>
    </flakyError>
    <system-out><![CDATA[final run output]]></system-out>
  </testcase>
  <testcase name="broken" classname="com.acme.CartTest" time="0.03">
    <failure message="boom" type="java.lang.AssertionError"><![CDATA[java.lang.AssertionError: boom]]></failure>
    <system-out><![CDATA[run 1]]></system-out>
    <rerunFailure message="boom again" type="java.lang.AssertionError">
      <stackTrace><![CDATA[java.lang.AssertionError: boom again]]></stackTrace>
      <system-err><![CDATA[run 2 err]]></system-err>
    </rerunFailure>
  </testcase>
</testsuite>`);
    const flaky = byName(records, 'flaky');
    expect(status(flaky)).toEqual(['failed', 'errored', 'passed']);
    expect(flaky.attempts[0]).toMatchObject({
      failure: { type: 'org.opentest4j.AssertionFailedError', message: 'expected: <1> but was: <2>' },
      stdout: 'first run output',
    });
    expect(flaky.attempts[0]!.failure!.body).toContain('CartTest.java:30');
    expect(flaky.attempts[1]!.failure).toEqual({
      type: 'java.net.SocketException',
      message: 'Connection reset',
      body: 'java.net.SocketException: Connection reset',
    });
    // The passing attempt's output is dropped by default.
    expect(flaky.attempts[2]).toEqual({
      status: 'passed',
      durationMs: 20,
      source: expect.any(String),
      shard: 'shard-1',
    });
    const broken = byName(records, 'broken');
    expect(status(broken)).toEqual(['failed', 'failed']);
    expect(broken.attempts[0]).toMatchObject({ failure: { message: 'boom' }, stdout: 'run 1' });
    expect(broken.attempts[1]).toMatchObject({ failure: { message: 'boom again' }, stderr: 'run 2 err' });
    expect(byName(records, 'addsItem')).toMatchObject({ suite: 'com.acme.CartTest', attempts: [{ status: 'passed' }] });
    expect(byName(records, 'addsItem').properties).toBeUndefined();
  });
});

describe('other JUnit dialects', () => {
  it('jest-junit: flat suites, classname with spaces, file attribute when configured', async () => {
    const { records } = await ingest(`<?xml version="1.0" encoding="UTF-8"?>
<testsuites name="jest tests" tests="2" failures="1" errors="0" time="1.5">
  <testsuite name="Cart" errors="0" failures="1" skipped="0" timestamp="2024-05-01T10:00:00" time="1.2" tests="2">
    <testcase classname="Cart adds an item" name="Cart adds an item" time="0.004" file="src/cart.test.ts">
    </testcase>
    <testcase classname="Cart removes an item" name="Cart removes an item" time="0.01">
      <failure>Error: expect(received).toBe(expected)

Expected: 1
Received: 2</failure>
    </testcase>
  </testsuite>
</testsuites>`);
    expect(byName(records, 'Cart adds an item')).toMatchObject({ suite: 'Cart', file: 'src/cart.test.ts' });
    const removes = byName(records, 'Cart removes an item');
    expect(removes.file).toBeUndefined();
    expect(removes.attempts[0]!.failure!.body).toMatch(/^Error: expect\(received\)/);
    expect(removes.attempts[0]!.failure!.message).toBeUndefined();
  });

  it('Gradle: suite per class, system-out at suite level is ignored', async () => {
    const { records } = await ingest(`<?xml version="1.0" encoding="UTF-8"?>
<testsuite name="org.acme.LedgerTest" tests="2" skipped="1" failures="0" errors="0" timestamp="2024-05-01T10:00:00" hostname="ci" time="0.05">
  <properties/>
  <testcase name="balances()" classname="org.acme.LedgerTest" time="0.04"/>
  <testcase name="ignored()" classname="org.acme.LedgerTest" time="0.0">
    <skipped/>
  </testcase>
  <system-out><![CDATA[suite level]]></system-out>
  <system-err><![CDATA[]]></system-err>
</testsuite>`);
    expect(records.map((r) => [r.name, r.suite, r.attempts[0]!.status])).toEqual([
      ['balances()', 'org.acme.LedgerTest', 'passed'],
      ['ignored()', 'org.acme.LedgerTest', 'skipped'],
    ]);
  });

  it('gotestsum: parent tests and subtests are both kept, the subtest names its parent', async () => {
    const { records } = await ingest(`<?xml version="1.0" encoding="UTF-8"?>
<testsuites tests="3" failures="2" errors="0" time="0.012">
	<testsuite tests="3" failures="2" time="0.010" name="github.com/acme/shop/cart" timestamp="2024-05-01T10:00:00Z">
		<properties><property name="go.version" value="go1.22.2 linux/amd64"></property></properties>
		<testcase classname="github.com/acme/shop/cart" name="TestTotal" time="0.000">
			<failure message="Failed" type="">=== RUN   TestTotal</failure>
		</testcase>
		<testcase classname="github.com/acme/shop/cart" name="TestTotal/empty_cart" time="0.000"></testcase>
		<testcase classname="github.com/acme/shop/cart" name="TestTotal/with_tax" time="0.000">
			<failure message="Failed" type="">    cart_test.go:40: got 1, want 2</failure>
		</testcase>
	</testsuite>
</testsuites>`);
    expect(records).toHaveLength(3);
    expect(byName(records, 'TestTotal').properties).toBeUndefined();
    expect(byName(records, 'TestTotal/with_tax')).toMatchObject({
      suite: 'github.com/acme/shop/cart',
      classname: 'github.com/acme/shop/cart',
      properties: { parent: 'TestTotal' },
      attempts: [{ status: 'failed', failure: { message: 'Failed', body: 'cart_test.go:40: got 1, want 2' } }],
    });
    // An empty type attribute is no type.
    expect(byName(records, 'TestTotal').attempts[0]!.failure!.type).toBeUndefined();
  });

  it('PHPUnit: nested suites compose, class/file/line attributes are read', async () => {
    const { records } = await ingest(`<?xml version="1.0" encoding="UTF-8"?>
<testsuites>
  <testsuite name="Unit" tests="2" assertions="2" errors="0" failures="1" skipped="0" time="0.01">
    <testsuite name="Tests\\MoneyTest" file="/app/tests/MoneyTest.php" tests="2" assertions="2" errors="0" failures="1" skipped="0" time="0.01">
      <testcase name="testAdd" file="/app/tests/MoneyTest.php" line="12" class="Tests\\MoneyTest" classname="Tests.MoneyTest" assertions="1" time="0.001"/>
      <testsuite name="Tests\\MoneyTest::testSplit" tests="1" assertions="1" errors="0" failures="1" skipped="0" time="0.002">
        <testcase name="testSplit with data set #0" file="/app/tests/MoneyTest.php" line="20" class="Tests\\MoneyTest" classname="Tests.MoneyTest" assertions="1" time="0.002">
          <failure type="PHPUnit\\Framework\\ExpectationFailedException">Tests\\MoneyTest::testSplit with data set #0
Failed asserting that 3 is identical to 4.

/app/tests/MoneyTest.php:22</failure>
        </testcase>
      </testsuite>
    </testsuite>
  </testsuite>
</testsuites>`);
    expect(byName(records, 'testAdd')).toMatchObject({
      suite: 'Unit › Tests\\MoneyTest',
      classname: 'Tests.MoneyTest',
      file: '/app/tests/MoneyTest.php',
      line: 12,
    });
    expect(byName(records, 'testSplit with data set #0')).toMatchObject({
      suite: 'Unit › Tests\\MoneyTest › Tests\\MoneyTest::testSplit',
      line: 20,
      attempts: [{ status: 'failed', failure: { type: 'PHPUnit\\Framework\\ExpectationFailedException' } }],
    });
  });

  it("Ant junitreport's TESTS-TestSuites.xml: package/id suites side by side", async () => {
    const { records } = await ingest(`<?xml version="1.0" encoding="UTF-8"?>
<testsuites>
  <testsuite errors="0" failures="0" hostname="ci" id="0" name="FooTest" package="com.acme" skipped="0" tests="1" time="0.1" timestamp="2024-05-01T10:00:00">
    <properties><property name="ant.version" value="Apache Ant(TM) version 1.10.14" /></properties>
    <testcase classname="com.acme.FooTest" name="testFoo" time="0.1" />
    <system-out><![CDATA[]]></system-out>
    <system-err><![CDATA[]]></system-err>
  </testsuite>
  <testsuite errors="1" failures="0" hostname="ci" id="1" name="BarTest" package="com.acme" skipped="0" tests="1" time="0.2" timestamp="2024-05-01T10:00:00">
    <properties />
    <testcase classname="com.acme.BarTest" name="testBar" time="0.2">
      <error message="NPE" type="java.lang.NullPointerException">java.lang.NullPointerException: NPE
	at com.acme.BarTest.testBar(BarTest.java:9)</error>
    </testcase>
  </testsuite>
</testsuites>`);
    expect(records.map((r) => [r.suite, r.classname, r.attempts[0]!.status])).toEqual([
      ['FooTest', 'com.acme.FooTest', 'passed'],
      ['BarTest', 'com.acme.BarTest', 'errored'],
    ]);
  });

  it('CTest --output-junit: status attribute decides when there is no child', async () => {
    const { records } = await ingest(`<?xml version="1.0" encoding="UTF-8"?>
<testsuite name="Linux-c++" tests="3" failures="1" disabled="1" skipped="0" hostname="ci" time="1" timestamp="2024-05-01T10:00:00">
	<testcase name="unit_math" classname="unit_math" time="0.01" status="run">
		<system-out>All tests passed</system-out>
	</testcase>
	<testcase name="unit_io" classname="unit_io" time="0.02" status="fail">
		<failure message="Failed"/>
		<system-out>io error</system-out>
	</testcase>
	<testcase name="unit_net" classname="unit_net" time="0" status="fail">
	</testcase>
	<testcase name="unit_gpu" classname="unit_gpu" time="0" status="notrun">
		<skipped message="Disabled"/>
	</testcase>
	<testcase name="unit_old" classname="unit_old" time="0" status="disabled"/>
</testsuite>`);
    expect(records.map((r) => [r.name, r.attempts[0]!.status])).toEqual([
      ['unit_math', 'passed'],
      ['unit_io', 'failed'],
      ['unit_net', 'failed'],
      ['unit_gpu', 'skipped'],
      ['unit_old', 'skipped'],
    ]);
    expect(byName(records, 'unit_io').attempts[0]!.stdout).toBe('io error');
  });

  it('node --test-reporter=junit: nested describe suites and top-level tests', async () => {
    const { records } = await ingest(`<?xml version="1.0" encoding="utf-8"?>
<testsuites>
	<testsuite name="cart" time="0.0041" disabled="0" errors="0" tests="3" failures="1" skipped="1" hostname="ci">
		<testcase name="adds" time="0.000512" classname="test"/>
		<testsuite name="discounts" time="0.001" disabled="0" errors="0" tests="2" failures="1" skipped="1" hostname="ci">
			<testcase name="adds" time="0.0003" classname="test" failure="Expected values to be strictly equal">
				<failure type="testCodeFailure" message="Expected values to be strictly equal:&#10;&#10;1 !== 2&#10;">
[Error [ERR_TEST_FAILURE]: Expected values to be strictly equal]
				</failure>
			</testcase>
			<testcase name="later" time="0.0001" classname="test">
				<skipped type="todo" message="TODO"/>
			</testcase>
		</testsuite>
	</testsuite>
	<testcase name="top level" time="0.02" classname="test"/>
	<!-- tests 4 -->
</testsuites>`);
    expect(records.map((r) => [r.suite, r.name, r.attempts[0]!.status])).toEqual([
      ['cart', 'adds', 'passed'],
      ['cart › discounts', 'adds', 'failed'],
      ['cart › discounts', 'later', 'skipped'],
      ['test', 'top level', 'passed'],
    ]);
    // Character references keep their newlines inside attribute values.
    expect(records[1]!.attempts[0]!.failure!.message).toBe('Expected values to be strictly equal:\n\n1 !== 2\n');
  });

  it('mocha-junit-reporter: file on the suite is used for its tests', async () => {
    const { records } = await ingest(`<?xml version="1.0" encoding="UTF-8"?>
<testsuites name="Mocha Tests" time="0.01" tests="2" failures="1">
  <testsuite name="Root Suite" timestamp="2024-05-01T10:00:00" tests="0" file="test/cart.spec.js" time="0.000" failures="0">
  </testsuite>
  <testsuite name="Cart" timestamp="2024-05-01T10:00:00" tests="2" file="./test/cart.spec.js" time="0.01" failures="1">
    <testcase name="Cart totals" time="0.001" classname="totals">
    </testcase>
    <testcase name="Cart rounds" time="0.002" classname="rounds">
      <failure message="expected 1 to equal 2" type="AssertionError"><![CDATA[AssertionError: expected 1 to equal 2
    at Context.<anonymous> (test/cart.spec.js:10:12)]]></failure>
    </testcase>
  </testsuite>
</testsuites>`);
    expect(records.map((r) => [r.suite, r.file, r.attempts[0]!.status])).toEqual([
      ['Cart', 'test/cart.spec.js', 'passed'],
      ['Cart', 'test/cart.spec.js', 'failed'],
    ]);
    expect(records[1]!.attempts[0]!.failure!.body).toContain('at Context.<anonymous>');
  });

  it('Vitest and Playwright: the spec path in classname becomes the file', async () => {
    const vitest = await ingest(`<?xml version="1.0" encoding="UTF-8" ?>
<testsuites name="vitest tests" tests="1" failures="0" errors="0" time="0.5">
    <testsuite name="src/cart.test.ts" timestamp="2024-05-01T10:00:00.000Z" hostname="ci" tests="1" failures="0" errors="0" skipped="0" time="0.004">
        <testcase classname="src/cart.test.ts" name="cart &gt; adds" time="0.001">
        </testcase>
    </testsuite>
</testsuites>`);
    expect(vitest.records[0]).toMatchObject({
      suite: 'src/cart.test.ts',
      name: 'cart > adds',
      file: 'src/cart.test.ts',
    });
    const playwright = await ingest(`<testsuites id="" name="" tests="1" failures="1" skipped="0" errors="0" time="3.2">
<testsuite name="login.spec.ts" timestamp="2024-05-01T10:00:00.000Z" hostname="chromium" tests="1" failures="1" skipped="0" time="2.9" errors="0">
<testcase name="login › shows an error" classname="login.spec.ts" time="2.9">
<failure message="login.spec.ts:8:7 shows an error" type="FAILURE">
<![CDATA[  [chromium] › login.spec.ts:8:7 › login › shows an error

    Error: Timed out 5000ms waiting for expect(locator).toBeVisible()]]>
</failure>
<system-out>
<![CDATA[
[[ATTACHMENT|test-results/login-shows-an-error/trace.zip]]
]]>
</system-out>
</testcase>
</testsuite>
</testsuites>`);
    expect(playwright.records[0]).toMatchObject({
      suite: 'login.spec.ts',
      file: 'login.spec.ts',
      attempts: [{ status: 'failed', failure: { type: 'FAILURE', message: 'login.spec.ts:8:7 shows an error' } }],
    });
    expect(playwright.records[0]!.attempts[0]!.stdout).toContain(
      '[[ATTACHMENT|test-results/login-shows-an-error/trace.zip]]',
    );
  });

  it('rspec_junit_formatter, Catch2, cargo-nextest (flaky) and Bazel', async () => {
    const rspec = await ingest(`<?xml version="1.0" encoding="UTF-8"?>
<testsuite name="rspec" tests="1" skipped="0" failures="0" errors="0" time="0.01" timestamp="2024-05-01T10:00:00+00:00" hostname="ci">
<properties><property name="seed" value="4242"/></properties>
<testcase classname="spec.models.user_spec" name="User is valid with a name" file="./spec/models/user_spec.rb" time="0.004"></testcase>
</testsuite>`);
    expect(rspec.records[0]).toMatchObject({ suite: 'rspec', file: 'spec/models/user_spec.rb' });

    const catch2 = await ingest(`<?xml version="1.0" encoding="UTF-8"?>
<testsuites>
  <testsuite name="tests" errors="0" failures="1" skipped="0" tests="2" hostname="tbd" time="0.01" timestamp="2024-05-01T10:00:00Z">
    <properties><property name="random-seed" value="1"/></properties>
    <testcase classname="tests.global" name="Vector grows" time="0.001" status="run"/>
    <testcase classname="tests.global" name="Vector grows/when pushing" time="0.001" status="run">
      <failure message="v.size() == 2" type="REQUIRE">FAILED:
  REQUIRE( v.size() == 2 )
with expansion:
  1 == 2
at /src/vector_test.cpp:12</failure>
    </testcase>
  </testsuite>
</testsuites>`);
    expect(catch2.records.map((r) => [r.name, r.attempts[0]!.status])).toEqual([
      ['Vector grows', 'passed'],
      ['Vector grows/when pushing', 'failed'],
    ]);
    expect(catch2.records[1]!.properties).toBeUndefined();

    const nextest = await ingest(`<?xml version="1.0" encoding="UTF-8"?>
<testsuites name="nextest-run" tests="1" failures="0" errors="0" uuid="1b3c" timestamp="2024-05-01T10:00:00.000+00:00" time="0.5">
    <testsuite name="shop" tests="1" disabled="0" errors="0" failures="0">
        <testcase name="cart::tests::adds" classname="shop" timestamp="2024-05-01T10:00:00.100+00:00" time="0.2">
            <flakyFailure timestamp="2024-05-01T10:00:00.010+00:00" time="0.05" type="test failure">thread 'cart::tests::adds' panicked
                <system-out>running 1 test</system-out>
            </flakyFailure>
        </testcase>
    </testsuite>
</testsuites>`);
    expect(nextest.records[0]).toMatchObject({
      suite: 'shop',
      name: 'cart::tests::adds',
      attempts: [
        { status: 'failed', durationMs: 50, startedAt: '2024-05-01T10:00:00.010+00:00', stdout: 'running 1 test' },
        { status: 'passed', durationMs: 200, startedAt: '2024-05-01T10:00:00.100+00:00' },
      ],
    });
    expect(nextest.records[0]!.attempts[0]!.failure!.body).toBe("thread 'cart::tests::adds' panicked");

    const bazel = await ingest(`<?xml version="1.0" encoding="UTF-8"?>
<testsuites>
<testsuite name="//shop:cart_test" tests="1" failures="0" errors="1">
<testcase name="//shop:cart_test" status="run" duration="12" time="12"><error message="exited with error code 1"></error></testcase>
</testsuite>
<system-out>
Generated test.log (if the file is not UTF-8, then this may be unreadable):
<![CDATA[exec ${'$'}{PAGER:-/usr/bin/less} "$0" || exit 1]]>
</system-out>
</testsuites>`);
    expect(bazel.records[0]).toMatchObject({
      suite: '//shop:cart_test',
      attempts: [{ status: 'errored', durationMs: 12000, failure: { message: 'exited with error code 1' } }],
    });
  });

  it('reads a bare <testcase> root, testsuites without a suite, and concatenated documents', async () => {
    const { records, file } = await ingest(`<?xml version="1.0"?>
<testsuite name="first"><testcase name="a" classname="A"/></testsuite>
<?xml version="1.0"?>
<testsuites><testcase name="b" classname="B"/></testsuites>
<testsuite><testcase name="c"/></testsuite>`);
    expect(file.errors).toEqual([]);
    expect(records.map((r) => [r.suite, r.name])).toEqual([
      ['first', 'a'],
      ['B', 'b'],
      ['', 'c'],
    ]);
  });

  it('reads durations written with thousands separators or a decimal comma', async () => {
    const { records } = await ingest(`<testsuite name="s">
<testcase name="a" time="1,234.5"/><testcase name="b" time="0,25"/><testcase name="c" time=""/><testcase name="d" time="-3"/><testcase name="e" time="n/a"/>
</testsuite>`);
    expect(records.map((r) => r.attempts[0]!.durationMs)).toEqual([1234500, 250, 0, 0, 0]);
  });
});

describe('skipped next to a failure, and empty failure twins', () => {
  it('reads <skipped> with <failure> or <error> (Catch2 [!mayfail]) as failing in either order, with a note', async () => {
    const { records, file } = await ingest(`<testsuite name="s">
<testcase classname="c" name="first"><skipped message="TEST_CASE tagged with !mayfail"/><failure message="2 == 5" type="REQUIRE">at x.cpp:20</failure></testcase>
<testcase classname="c" name="second"><failure message="2 == 5" type="REQUIRE">at x.cpp:20</failure><skipped/></testcase>
<testcase classname="c" name="error stays"><skipped/><error message="boom"/></testcase>
</testsuite>`);
    for (const name of ['first', 'second']) {
      expect(byName(records, name).attempts).toEqual([
        expect.objectContaining({
          status: 'failed',
          failure: { type: 'REQUIRE', message: '2 == 5', body: 'at x.cpp:20' },
        }),
      ]);
    }
    expect(status(byName(records, 'error stays'))).toEqual(['errored']);
    expect(file.errors.map((e) => [e.line, e.message])).toEqual([
      [
        2,
        expect.stringContaining(
          'testcase "first" has both <skipped> and <failure> (line 2, column 89); read as failed',
        ),
      ],
      [3, expect.stringContaining('testcase "second" has both <skipped> and <failure>')],
      [
        4,
        expect.stringContaining(
          'testcase "error stays" has both <skipped> and <error> (line 4, column 54); read as errored',
        ),
      ],
    ]);
  });

  it('drops an empty or "{}" failure right after its errored twin (jest-junit suite error), nothing else', async () => {
    const { records } = await ingest(`<testsuites><testsuite name="broken.test.js">
<testcase classname="Test suite failed to run" name="broken.test.js"><error>module failed to load</error></testcase>
<testcase classname="Test suite failed to run" name="broken.test.js"><failure>{}</failure></testcase>
</testsuite><testsuite name="other.test.js">
<testcase classname="x" name="t"><error>first</error></testcase>
<testcase classname="x" name="t"><failure>real second failure</failure></testcase>
<testcase classname="x" name="u"><error>e</error></testcase>
<testcase classname="x" name="v"><failure/></testcase>
</testsuite></testsuites>`);
    expect(records.map((r) => [r.suite, r.name, status(r)])).toEqual([
      ['broken.test.js', 'broken.test.js', ['errored']],
      ['other.test.js', 't', ['errored']],
      ['other.test.js', 't', ['failed']],
      ['other.test.js', 'u', ['errored']],
      ['other.test.js', 'v', ['failed']],
    ]);
  });
});

describe('tests without a usable name in every XML format', () => {
  it.each([
    [
      'NUnit',
      '<test-run><test-suite type="TestFixture" name="F"><test-case name="" result="Passed"/><test-case name="ok" result="Passed"/></test-suite></test-run>',
      'test-case with an empty name at line 1, column 51; read as "(unnamed test 1 in F)"',
      '(unnamed test 1 in F)',
    ],
    [
      'xUnit',
      '<assemblies><assembly name="a.dll"><collection name="c"><test result="Pass"/><test name="ok" result="Pass"/></collection></assembly></assemblies>',
      'test without a name attribute at line 1, column 57; read as "(unnamed test 1 in c)"',
      '(unnamed test 1 in c)',
    ],
    [
      'TRX',
      '<TestRun xmlns="http://microsoft.com/schemas/VisualStudio/TeamTest/2010"><Results>\n<UnitTestResult testId="1" outcome="Passed"/><UnitTestResult testId="2" testName="ok" outcome="Passed"/></Results></TestRun>',
      'UnitTestResult without a testName attribute at line 2, column 1; read as "(unnamed test 1)"',
      '(unnamed test 1)',
    ],
  ])(
    '%s: kept under a generated name with a note, the other test still counts',
    async (_format, xml, message, generated) => {
      const { records, file, path } = await ingest(xml);
      expect(records.map((r) => r.name)).toEqual([generated, 'ok']);
      expect(file.tests).toBe(2);
      expect(file.errors).toEqual([expect.objectContaining({ path, kind: 'malformed', message })]);
    },
  );
});
