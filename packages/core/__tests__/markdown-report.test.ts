import { describe, expect, it } from '@jest/globals';
import { RunBuilder } from '../src/merge/run-builder.js';
import { computeMetrics } from '../src/metrics/metrics.js';
import type { TestAttempt, TestCaseRecord, TestRun } from '../src/model.js';
import { codeSpan, escapeInline } from '../src/render/markdown/escape.js';
import {
  compareWithBase,
  failureAnnotations,
  renderCheckRunSummary,
  renderMarkdownReport,
  type MarkdownReportInput,
} from '../src/render/markdown/index.js';

const ZWSP = '\u200B';

function attempt(status: TestAttempt['status'], durationMs: number, message?: string, body?: string): TestAttempt {
  return { status, durationMs, ...(message || body ? { failure: { message, body } } : {}) };
}

function buildRun(records: Array<Omit<TestCaseRecord, 'attempts'> & { attempts: TestAttempt[] }>): TestRun {
  const builder = new RunBuilder();
  for (const record of records) builder.add(record, { path: 'results/1/junit.xml', shard: '1' });
  builder.addFile({ path: 'results/1/junit.xml', format: 'junit', tests: records.length, bytes: 2048, errors: [] });
  builder.addFile({
    path: 'results/2/junit.xml',
    format: 'junit',
    tests: 0,
    bytes: 10,
    errors: [{ path: 'results/2/junit.xml', kind: 'malformed', line: 3, message: 'unexpected end of file' }],
  });
  return builder.build();
}

function smallRun(): TestRun {
  return buildRun([
    { suite: 'api', name: 'lists orders', file: 'tests/api.test.ts', attempts: [attempt('passed', 120)] },
    {
      suite: 'api',
      name: 'creates order',
      file: 'tests/api.test.ts',
      line: 12,
      attempts: [attempt('failed', 300, 'expected 201, received 500', 'at createOrder (tests/api.test.ts:12:5)')],
    },
    {
      suite: 'db',
      name: 'migrates',
      file: 'tests/db.test.ts',
      line: 4,
      attempts: [attempt('errored', 900, 'connect ECONNREFUSED 127.0.0.1:5432')],
    },
    {
      suite: 'api',
      name: 'deletes order',
      file: 'tests/api.test.ts',
      line: 30,
      attempts: [attempt('failed', 50, 'socket hang up'), attempt('passed', 60)],
    },
    { suite: 'db', name: 'seeds', attempts: [attempt('skipped', 0)] },
  ]);
}

function inputFor(run: TestRun, overrides: Partial<MarkdownReportInput> = {}): MarkdownReportInput {
  const metrics = computeMetrics(run);
  const failing = metrics.failed + metrics.errored;
  return {
    reportName: 'Integration tests',
    run,
    metrics,
    status: metrics.total === 0 ? 'no-tests' : failing > 0 ? 'failed' : 'passed',
    gate: { minPassRate: 95, failOn: 'failures' },
    links: {
      blobBaseUrl: 'https://github.com/o/r/blob/0123abc/',
      reportUrl: 'https://example.test/report.html',
      runUrl: 'https://github.com/o/r/actions/runs/42',
    },
    ...overrides,
  };
}

describe('renderMarkdownReport on a small run', () => {
  const run = smallRun();
  const base = buildRun([
    { suite: 'api', name: 'lists orders', file: 'tests/api.test.ts', attempts: [attempt('failed', 100, 'boom')] },
    { suite: 'api', name: 'creates order', file: 'tests/api.test.ts', attempts: [attempt('passed', 100)] },
    { suite: 'api', name: 'old test', file: 'tests/api.test.ts', attempts: [attempt('passed', 100)] },
  ]);
  const comparison = compareWithBase(run, base, 'main');

  it('shows every section and drops nothing', () => {
    const { markdown, dropped } = renderMarkdownReport(inputFor(run, { comparison }), { target: 'comment' });
    expect(dropped).toEqual([]);
    expect(markdown).not.toContain('Details were shortened');
    expect(markdown).toContain('## ❌ Integration tests: failed');
    // The verdict said once: the counts, then the gate's rule, then the link to this run's report.
    expect(markdown).toContain(
      '**2 of 5 tests failed, 2 new against main.** Pass rate 50.00 %; the gate requires at least 95.00 % and fails on `failures`.',
    );
    expect(markdown).toContain('📄 [Full report of this run](https://example.test/report.html)');
    // totals: total, passed, failed, errored, skipped, flaky, pass rate 2 of 4 ran
    expect(markdown).toContain('| 5 | 1 | 1 | 1 | 1 | 1 | 50.00 % |');
    expect(markdown).toContain('### Compared with main');
    // New failures are marked in the failed table, not listed a second time.
    expect(markdown).not.toContain('**New failures**');
    expect(markdown).toContain('**Removed tests**\n\n- tests/api.test.ts › old test');
    expect(markdown).toContain('### Failed tests (2), 2 new against main');
    expect(markdown).toContain(
      '| creates order | api | **new** failed | [`tests/api.test.ts:12`](https://github.com/o/r/blob/0123abc/tests/api.test.ts#L12) | expected 201, received 500 |',
    );
    expect(markdown).toContain(
      '<details><summary>api › creates order (new, failed)</summary>\n<pre>expected 201, received 500\n&#32;\nat createOrder (tests/api.test.ts:12:5)</pre>\n</details>',
    );
    expect(markdown).toContain('### Flaky tests (1)');
    expect(markdown).toContain('| deletes order | api | 1 of 2 |');
    // A failing comment: category counts without their prose, no slowest list, file problems in one line.
    expect(markdown).not.toContain('### Slowest tests');
    expect(markdown).toContain('| Environment | 1 | 1 |\n');
    expect(markdown).not.toContain('A dependency was unreachable');
    expect(markdown).toContain(
      '**Report files with problems:** 1; see [the full report](https://example.test/report.html).',
    );
    expect(markdown).toContain(
      '[Full report](https://example.test/report.html) · [Workflow run](https://github.com/o/r/actions/runs/42)',
    );
  });

  it('keeps the slowest list, category advice and file problems in the job summary', () => {
    const { markdown, dropped } = renderMarkdownReport(inputFor(run, { comparison }), { target: 'summary' });
    expect(dropped).toEqual([]);
    expect(markdown).toContain('### Slowest tests');
    expect(markdown).toMatch(/\| migrates \| db \| errored \| 900 ms \|/);
    expect(markdown).toContain('| Environment | 1 | 1 | A dependency was unreachable');
    expect(markdown).toContain('| `results/2/junit.xml` | junit | malformed (line 3): unexpected end of file |');
    expect(markdown).toContain('| creates order | api | **new** failed |');
  });

  it('says in one line why there is no delta', () => {
    const none = renderMarkdownReport(inputFor(run), { target: 'summary' }).markdown;
    expect(none).toContain('_No base run to compare with: none was given._');
    const unavailable = renderMarkdownReport(
      inputFor(run, { comparison: { unavailable: 'no successful run on main in the last 30 days' } }),
      { target: 'summary' },
    ).markdown;
    expect(unavailable).toContain('_No base run to compare with: no successful run on main in the last 30 days_');
    expect(unavailable).not.toContain('### Compared with');
  });

  it('words the verdict for a passing run and for a run without tests, with ❌ only on failure', () => {
    const passing = buildRun([
      { suite: 's', name: 'a', attempts: [attempt('passed', 1)] },
      { suite: 's', name: 'b', attempts: [attempt('skipped', 0)] },
    ]);
    const passed = renderMarkdownReport(inputFor(passing), { target: 'comment' }).markdown;
    expect(passed).toContain('## Integration tests: passed');
    // The totals table's words and numbers: passed, then flaky and skipped apart.
    expect(passed).toContain('**1 passed, 1 skipped of 2 tests.**');
    expect(passed).not.toContain('❌');
    const empty = buildRun([]);
    const noTests = renderMarkdownReport(
      inputFor(empty, {
        gate: { minPassRate: 95, failOn: 'failures', reason: 'No JUnit files matched results/**/*.xml.' },
      }),
      {
        target: 'comment',
      },
    ).markdown;
    expect(noTests).toContain('## Integration tests: no tests ran');
    expect(noTests).toContain('**No tests ran.** No JUnit files matched results/\\*\\*/\\*.xml.');
  });

  it('links only http(s) files inside the repository', () => {
    const odd = buildRun([
      { suite: 's', name: 'abs', file: '/tmp/elsewhere/x.test.ts', line: 2, attempts: [attempt('failed', 1, 'm')] },
      {
        suite: 's',
        name: 'ws',
        file: '/home/runner/work/r/r/src/(x) y.test.ts',
        line: 7,
        attempts: [attempt('failed', 1, 'm')],
      },
    ]);
    const markdown = renderMarkdownReport(
      inputFor(odd, { links: { blobBaseUrl: 'https://github.com/o/r/blob/abc/', workspace: '/home/runner/work/r/r' } }),
      { target: 'comment' },
    ).markdown;
    expect(markdown).toContain('| `/tmp/elsewhere/x.test.ts:2` |');
    expect(markdown).toContain('[`src/(x) y.test.ts:7`](https://github.com/o/r/blob/abc/src/%28x%29%20y.test.ts#L7)');
    const unsafe = renderMarkdownReport(inputFor(odd, { links: { blobBaseUrl: 'javascript:alert(1)//' } }), {
      target: 'comment',
    }).markdown;
    expect(unsafe).not.toContain('javascript:');
  });
});

describe('escaping of report text', () => {
  const hostile = buildRun([
    {
      suite: 'evil|suite',
      name: '<img src=x onerror=alert(1)> <details> @octocat fixes #123 *bold* [x](http://a) $x$',
      file: 'tests/evil.test.ts',
      line: 1,
      attempts: [
        attempt(
          'failed',
          1,
          'line one\n\n</pre></details><script>alert(1)</script>\n@admin see #9',
          'stack\r\n\r\nend',
        ),
      ],
    },
  ]);
  const { markdown } = renderMarkdownReport(inputFor(hostile), { target: 'comment' });

  it('renders HTML in names and messages as text', () => {
    expect(markdown).not.toMatch(/<img|<script|<details> @|<\/pre><\/details>/);
    expect(markdown).toContain('&lt;img src=x onerror=alert(1)&gt; &lt;details&gt;');
    expect(markdown).toContain('&lt;/pre&gt;&lt;/details&gt;&lt;script&gt;alert(1)&lt;/script&gt;');
  });

  it('escapes table pipes and Markdown specials', () => {
    expect(markdown).toContain(`| evil\\|suite | failed |`);
    expect(markdown).toContain('\\*bold\\* \\[x\\](http://a) \\$x\\$');
  });

  it('keeps @mentions and #references from pinging or linking', () => {
    expect(markdown).toContain(`@${ZWSP}octocat fixes #${ZWSP}123`);
    expect(markdown).toContain(`@${ZWSP}admin see #${ZWSP}9`);
    expect(markdown).not.toMatch(/@[A-Za-z0-9]/);
    expect(markdown).not.toMatch(/(?<!&)#\d/);
  });

  it('keeps a blank line in a message from ending the HTML block', () => {
    const block = markdown.slice(markdown.indexOf('<details>'), markdown.indexOf('</details>'));
    expect(block).toContain('line one\n&#32;\n');
    expect(block).not.toMatch(/\n\s*\n/);
  });

  it('keeps a name from opening a block at the start of a list item', () => {
    expect(escapeInline('# title')).toBe('\\# title');
    expect(escapeInline('  - item')).toBe('\\- item');
    expect(escapeInline('12) step')).toBe('12\\) step');
    const withRemoved = renderMarkdownReport(
      inputFor(hostile, {
        comparison: { ...compareWithBase(hostile, hostile, 'main'), removedTests: ['# heading::::1. name'] },
      }),
      { target: 'comment' },
    ).markdown;
    expect(withRemoved).toContain('**Removed tests**\n\n- \\# heading › 1. name');
  });

  it('fences code spans longer than any backtick run inside', () => {
    expect(codeSpan('a`b``c')).toBe('```a`b``c```');
    expect(codeSpan('`x`')).toBe('`` `x` ``');
    expect(codeSpan('a|b', true)).toBe('`a\\|b`');
    expect(codeSpan('')).toBe('');
  });
});

describe('report data that imitates a hidden comment marker or hides characters', () => {
  const MARKER = '<!-- testpipe-report: e2e -->';
  const run = buildRun([
    {
      suite: `suite ${MARKER}`,
      name: `name ${MARKER}`,
      file: `tests/${MARKER}.test.ts`,
      line: 3,
      attempts: [attempt('failed', 1, `message ${MARKER}`, `stack ${MARKER}`)],
    },
    {
      suite: 'bidi',
      name: 'access \u202Echeck\u2066 granted\u200F',
      file: 'tests/nul\u0000.test.ts',
      attempts: [attempt('failed', 1, 'got \u0000\u0007 bytes \u061C', 'at \u202Ahere\u0000')],
    },
  ]);
  const flaky = buildRun([
    {
      suite: MARKER,
      name: MARKER,
      file: `${MARKER}.ts`,
      attempts: [attempt('failed', 1, MARKER), attempt('passed', 1)],
    },
  ]);
  const input = inputFor(run, {
    comparison: { ...compareWithBase(run, run, 'main'), removedTests: [`${MARKER}::::${MARKER}`] },
  });
  const outputs = {
    comment: renderMarkdownReport(input, { target: 'comment' }).markdown,
    summary: renderMarkdownReport(input, { target: 'summary' }).markdown,
    'check run': renderCheckRunSummary(input),
    'flaky list': renderMarkdownReport(inputFor(flaky), { target: 'comment' }).markdown,
  };

  it.each(Object.entries(outputs))('never lets `<!--` through to the %s', (_target, markdown) => {
    expect(markdown).toContain('testpipe-report: e2e');
    expect(markdown).not.toContain('<!--');
  });

  it('keeps a code span readable: only a zero-width space follows the `<`', () => {
    expect(codeSpan(`a ${MARKER}`)).toBe(`\`a <${ZWSP}!-- testpipe-report: e2e -->\``);
  });

  it.each(Object.entries(outputs))('shows bidi controls as escapes and NUL as U+FFFD in the %s', (target, markdown) => {
    expect(markdown).not.toMatch(/[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/);
    expect(markdown).not.toMatch(/[\u0000-\u0008]/); // eslint-disable-line no-control-regex
    if (target === 'flaky list') return;
    expect(markdown).toContain('access \\\\u202Echeck\\\\u2066 granted\\\\u200F');
    expect(markdown).toContain('`tests/nul\uFFFD.test.ts`');
  });

  it('does the same inside failure details', () => {
    expect(outputs.comment).toContain('got \uFFFD\uFFFD bytes \\u061C');
    expect(outputs.comment).toContain('at \\u202Ahere\uFFFD');
  });
});

describe('compareWithBase', () => {
  it('finds new failures, fixed, new and removed tests, and the deltas', () => {
    const base = buildRun([
      { suite: 's', name: 'stays green', attempts: [attempt('passed', 100)] },
      { suite: 's', name: 'breaks', attempts: [attempt('passed', 100)] },
      { suite: 's', name: 'gets fixed', attempts: [attempt('failed', 100, 'x')] },
      { suite: 's', name: 'fixed but flaky', attempts: [attempt('errored', 100, 'x')] },
      { suite: 's', name: 'still red', attempts: [attempt('failed', 100, 'x')] },
      { suite: 's', name: 'goes away', attempts: [attempt('passed', 100)] },
    ]);
    const current = buildRun([
      { suite: 's', name: 'stays green', attempts: [attempt('passed', 100)] },
      { suite: 's', name: 'breaks', attempts: [attempt('failed', 100, 'y')] },
      { suite: 's', name: 'gets fixed', attempts: [attempt('passed', 100)] },
      { suite: 's', name: 'fixed but flaky', attempts: [attempt('failed', 100, 'y'), attempt('passed', 100)] },
      { suite: 's', name: 'still red', attempts: [attempt('failed', 100, 'y')] },
      { suite: 's', name: 'brand new and red', attempts: [attempt('failed', 100, 'y')] },
    ]);
    expect(compareWithBase(current, base, 'main @ abc')).toEqual({
      baseLabel: 'main @ abc',
      newFailures: ['s::::brand new and red', 's::::breaks'],
      fixed: ['s::::fixed but flaky', 's::::gets fixed'],
      newTests: ['s::::brand new and red'],
      removedTests: ['s::::goes away'],
      passRateDelta: 50 - 50,
      // Wall is never more than the CPU time (final attempts): 600 ms in both runs, whatever the retry took.
      durationDeltaMs: 600 - 600,
    });
  });

  it('has no pass-rate delta when one side ran nothing', () => {
    const empty = buildRun([]);
    const some = buildRun([{ suite: 's', name: 'a', attempts: [attempt('passed', 5)] }]);
    const comparison = compareWithBase(some, empty, 'main');
    expect(comparison.passRateDelta).toBeNull();
    expect(comparison.durationDeltaMs).toBeNull();
    expect(comparison.newTests).toEqual(['s::::a']);
  });
});

describe('renderCheckRunSummary', () => {
  it('shows the verdict, totals and the first ten failures only', () => {
    const run = buildRun(
      Array.from({ length: 30 }, (_, i) => ({
        suite: 's',
        name: `case ${String(i).padStart(2, '0')}`,
        attempts: [attempt('failed', 1, `message ${i}`, 'long stack')],
      })),
    );
    const summary = renderCheckRunSummary(inputFor(run));
    expect(summary).toContain('## ❌ Integration tests: failed');
    expect(summary).toContain('| 30 | 0 | 30 | 0 | 0 | 0 | 0.00 % |');
    expect(summary).toContain('| case 09 | s | failed |');
    expect(summary).not.toContain('case 10');
    expect(summary).toContain('_…and 20 more failed tests, not shown._');
    expect(summary).not.toContain('<details>');
    expect(summary).not.toContain('Details were shortened');
  });
});

describe('failureAnnotations', () => {
  const run = buildRun([
    {
      suite: 'z',
      name: 'posix abs',
      file: '/home/runner/work/r/r/src/b.test.ts',
      line: 9,
      attempts: [attempt('failed', 1, 'boom\nmore', 'trace')],
    },
    { suite: 'z', name: 'windows', file: 'D:\\a\\r\\r\\src\\a.test.ts', attempts: [attempt('errored', 1)] },
    { suite: 'z', name: 'dot', file: './src/a.test.ts', line: 3, attempts: [attempt('failed', 1, 'x')] },
    {
      suite: 'z',
      name: 'flaky',
      file: 'src/c.test.ts',
      line: 5,
      attempts: [attempt('failed', 1, 'timeout'), attempt('passed', 1)],
    },
    { suite: 'z', name: 'no file', attempts: [attempt('failed', 1, 'x')] },
    { suite: 'z', name: 'green', file: 'src/a.test.ts', attempts: [attempt('passed', 1)] },
  ]);

  it('annotates failures then flaky tests, by path and line, with repository-relative paths', () => {
    const annotations = failureAnnotations(run, { workspace: '/home/runner/work/r/r' });
    expect(annotations.map((a) => [a.annotation_level, a.path, a.start_line, a.end_line, a.title])).toEqual([
      ['failure', 'D:/a/r/r/src/a.test.ts', 1, 1, 'z › windows'],
      ['failure', 'src/a.test.ts', 3, 3, 'z › dot'],
      ['failure', 'src/b.test.ts', 9, 9, 'z › posix abs'],
      ['warning', 'src/c.test.ts', 5, 5, 'z › flaky'],
    ]);
    expect(annotations[2]).toMatchObject({ message: 'boom\nmore', raw_details: 'boom\nmore\n\ntrace' });
    expect(annotations[0]!.message).toBe('Test errored.');
    expect(annotations[3]!.message).toBe('Flaky: failed 1 of 2 attempts, then passed.\ntimeout');
  });

  it('strips a Windows workspace case-insensitively, prefers repoRoot, and caps at max', () => {
    const windows = failureAnnotations(run, { workspace: 'd:\\A\\r\\r' }).find((a) => a.title === 'z › windows');
    expect(windows?.path).toBe('src/a.test.ts');
    const nested = failureAnnotations(run, {
      repoRoot: '/home/runner/work/r/r/src',
      workspace: '/home/runner/work/r/r',
    });
    expect(nested.find((a) => a.title === 'z › posix abs')?.path).toBe('b.test.ts');
    expect(failureAnnotations(run, { max: 2 }).map((a) => a.title)).toEqual(['z › posix abs', 'z › windows']);
  });
});

describe('a failing PR sees what broke, where and whether it is new', () => {
  const javaBody = (message: string, line: number) =>
    `org.opentest4j.AssertionFailedError: ${message}\n\tat org.junit.jupiter.api.AssertEquals.failNotEqual(AssertEquals.java:197)\n\tat com.acme.CartTest.adds(CartTest.java:${line})`;
  const javaFailure = (message: string, line: number): TestAttempt => ({
    status: 'failed',
    durationMs: 10,
    failure: { type: 'org.opentest4j.AssertionFailedError', message, body: javaBody(message, line) },
  });
  // "a old" sorts before "z new" by id: only new-first ordering puts "z new" first.
  const current = buildRun([
    {
      suite: 'com.acme.CartTest',
      name: 'a old',
      file: 'src/test/java/CartTest.java',
      attempts: [javaFailure('expected: <1> but was: <3>', 10)],
    },
    { suite: 'com.acme.CartTest', name: 'm passes', attempts: [attempt('passed', 5)] },
    {
      suite: 'com.acme.CartTest',
      name: 'z new',
      file: 'src/test/java/CartTest.java',
      attempts: [javaFailure('expected: <1> but was: <2>', 20)],
    },
  ]);
  const base = buildRun([
    {
      suite: 'com.acme.CartTest',
      name: 'a old',
      file: 'src/test/java/CartTest.java',
      attempts: [attempt('failed', 10, 'x')],
    },
    { suite: 'com.acme.CartTest', name: 'm passes', attempts: [attempt('passed', 5)] },
    {
      suite: 'com.acme.CartTest',
      name: 'z new',
      file: 'src/test/java/CartTest.java',
      attempts: [attempt('passed', 10)],
    },
  ]);
  const input = inputFor(current, {
    comparison: compareWithBase(current, base, 'main'),
    links: {
      reportUrl: 'https://github.com/o/r/actions/runs/42/artifacts/7',
      runUrl: 'https://github.com/o/r/actions/runs/42',
    },
  });
  const rowOf = (markdown: string, name: string) =>
    markdown.split('\n').findIndex((line) => line.startsWith(`| ${name} |`));

  it.each(['comment', 'summary'] as const)(
    'lists the failure new against the base first, marked new (%s)',
    (target) => {
      const { markdown } = renderMarkdownReport(input, { target });
      expect(markdown).toContain('### Failed tests (2), 1 new against main');
      expect(rowOf(markdown, 'z new')).toBeGreaterThan(0);
      expect(rowOf(markdown, 'z new')).toBeLessThan(rowOf(markdown, 'a old'));
      expect(markdown.split('\n')[rowOf(markdown, 'z new')]).toContain('| **new** failed |');
      expect(markdown.split('\n')[rowOf(markdown, 'a old')]).toContain('| failed |');
      expect(markdown.indexOf('(new, failed)</summary>')).toBeLessThan(markdown.indexOf('a old (failed)</summary>'));
      // The failures come before the totals and the comparison.
      expect(markdown.indexOf('### Failed tests')).toBeLessThan(markdown.indexOf('| Total |'));
    },
  );

  it('gives the check run the same order and the comparison', () => {
    const summary = renderCheckRunSummary(input);
    expect(rowOf(summary, 'z new')).toBeLessThan(rowOf(summary, 'a old'));
    expect(summary.split('\n')[rowOf(summary, 'z new')]).toContain('| **new** failed |');
    expect(summary).toContain('### Compared with main');
    expect(summary).toContain('| −33.34 pp | ±0 ms | 1 | 0 | 0 | 0 |');
  });

  it('says the verdict once and links the report of this run under it', () => {
    for (const markdown of [
      renderMarkdownReport(input, { target: 'comment' }).markdown,
      renderMarkdownReport(input, { target: 'summary' }).markdown,
      renderCheckRunSummary(input),
    ]) {
      expect(markdown).toContain('📄 [Full report of this run](https://github.com/o/r/actions/runs/42/artifacts/7)');
      expect(markdown.indexOf('📄')).toBeLessThan(markdown.indexOf('### Failed tests'));
      expect(markdown.match(/the gate requires/g)).toHaveLength(1);
      expect(markdown).not.toContain('**Failed:**');
    }
  });

  it('shows a Java failure’s first line once in its details', () => {
    const { markdown } = renderMarkdownReport(input, { target: 'comment' });
    expect(markdown).toContain(
      '<details><summary>com.acme.CartTest › z new (new, failed)</summary>\n<pre>org.opentest4j.AssertionFailedError: expected: &lt;1&gt; but was: &lt;2&gt;\n\tat org.junit',
    );
    expect(markdown.match(/but was: &lt;2&gt;/g)).toHaveLength(2); // the table's message column, then the stack once
  });

  it('keeps a failing comment short: no slowest list, no category advice, one line per kind of file problem', () => {
    const builder = new RunBuilder();
    const source = { path: 'results/1/junit.xml', shard: '1' };
    builder.add({ suite: 's', name: 'same', attempts: [attempt('failed', 1, 'boom')] }, source);
    builder.add({ suite: 's', name: 'same', attempts: [attempt('passed', 1)] }, source);
    builder.addFile({ path: 'results/1/junit.xml', format: 'junit', tests: 2, bytes: 10, errors: [] });
    builder.addFile({
      path: 'results/2/junit.xml',
      format: 'junit',
      tests: 0,
      bytes: 10,
      errors: [{ path: 'results/2/junit.xml', kind: 'malformed', line: 3, message: 'unexpected end of file' }],
    });
    const repeated = builder.build();
    const failing = inputFor(repeated);
    const comment = renderMarkdownReport(failing, { target: 'comment' }).markdown;
    expect(comment).not.toContain('### Slowest tests');
    expect(comment).not.toContain('What to do');
    expect(comment).not.toContain('### Report files with problems');
    expect(comment).toContain(
      '**Repeated test names:** in 1 report file, same-named tests were counted as tests of their own (`name #2`…); see [the full report](https://example.test/report.html).',
    );
    expect(comment).toContain(
      '**Report files with problems:** 1; see [the full report](https://example.test/report.html).',
    );
    const summary = renderMarkdownReport(failing, { target: 'summary' }).markdown;
    expect(summary).toContain('### Slowest tests');
    expect(summary).toContain('What to do');
    expect(summary).toContain('### Report files with problems (2)');
  });
});
