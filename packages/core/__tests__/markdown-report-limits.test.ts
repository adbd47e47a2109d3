import { describe, expect, it } from '@jest/globals';
import { computeMetrics } from '../src/metrics/metrics.js';
import type { TestAttempt, TestResult, TestRun } from '../src/model.js';
import {
  COMMENT_LIMIT_CHARS,
  compareWithBase,
  renderCheckRunSummary,
  renderMarkdownReport,
  SUMMARY_LIMIT_BYTES,
  type MarkdownReportInput,
} from '../src/render/markdown/index.js';

const LONG_MESSAGE = `expected value to match snapshot ✗ — ${'diff line with ünïcödé and 🚀 emoji | pipes `ticks`\n'.repeat(40)}`;
const LONG_STACK = '    at someFunction (src/deep/module/file.ts:123:45)\n'.repeat(120);

/** Pipes in a row that are not backslash-escaped: one more than the number of cells. */
function cellCount(row: string): number {
  let pipes = 0;
  for (let i = 0; i < row.length; i++) {
    if (row[i] !== '|') continue;
    let backslashes = 0;
    for (let j = i - 1; j >= 0 && row[j] === '\\'; j--) backslashes++;
    if (backslashes % 2 === 0) pipes++;
  }
  return pipes - 1;
}

/** Problems that would make GitHub render the report wrongly: cut tables, unbalanced or broken blocks, raw HTML. */
function markdownProblems(markdown: string): string[] {
  const problems: string[] = [];
  const lines = markdown.split('\n');
  for (let i = 0; i < lines.length;) {
    if (!lines[i]!.startsWith('|')) {
      i++;
      continue;
    }
    const start = i;
    const cells = cellCount(lines[i]!);
    if (!/^\|(?: -{3}:? \|)+$/.test(lines[i + 1] ?? '') || cellCount(lines[i + 1]!) !== cells) {
      problems.push(`table at line ${start + 1} has no delimiter row`);
    }
    for (; i < lines.length && lines[i]!.startsWith('|'); i++) {
      if (!/^\| .* \|$/.test(lines[i]!) || cellCount(lines[i]!) !== cells) problems.push(`bad row at line ${i + 1}`);
    }
    if (i < lines.length && lines[i] !== '') problems.push(`table at line ${start + 1} not ended by a blank line`);
  }
  const blocks = markdown.match(/<details>[\s\S]*?<\/details>/g) ?? [];
  const opened = markdown.match(/<details>/g)?.length ?? 0;
  const closed = markdown.match(/<\/details>/g)?.length ?? 0;
  if (opened !== closed || blocks.length !== opened) problems.push(`details: ${opened} opened, ${closed} closed`);
  for (const block of blocks) {
    if (/\n[ \t]*\n/.test(block)) problems.push('blank line inside a details block');
    if (block.match(/<pre>/g)?.length !== 1 || block.match(/<\/pre>/g)?.length !== 1) problems.push('pre unbalanced');
  }
  const withoutOurTags = markdown.replace(/<\/?(?:details|summary|pre)>/g, '');
  if (withoutOurTags.includes('<')) problems.push('raw < outside the report’s own tags');
  return problems;
}

function result(i: number, status: TestResult['status'], attempts: TestAttempt[]): TestResult {
  const file = `packages/módulo-${i % 500}/tests/ファイル_${i % 2000}.test.ts`;
  const name = `テスト ${i} <img src=x onerror=alert(${i})> @octocat #${i} ${'長い名前🚀'.repeat(i % 7)}`;
  const suite = `スイート | ${i % 300}`;
  return {
    id: `${file}::::${name}`,
    suite,
    name,
    file,
    line: (i % 400) + 1,
    attempts,
    status,
    flaky: status === 'flaky',
    durationMs: attempts.at(-1)!.durationMs,
    ...(status === 'failed' || status === 'errored' || status === 'flaky' ? { category: 'test-logic' as const } : {}),
  };
}

/** 100,000 tests: 20,000 failing with long multi-line messages, 2,000 flaky, 600 unreadable report files. */
function hugeRun(): TestRun {
  const tests: TestResult[] = [];
  for (let i = 0; i < 100_000; i++) {
    const failure = { type: 'AssertionError', message: `#${i} ${LONG_MESSAGE}`, body: LONG_STACK };
    if (i % 5 === 0)
      tests.push(
        result(i, i % 10 === 0 ? 'errored' : 'failed', [
          { status: i % 10 === 0 ? 'errored' : 'failed', durationMs: i % 997, failure, shard: String(i % 8) },
        ]),
      );
    else if (i % 50 === 1)
      tests.push(
        result(i, 'flaky', [
          { status: 'failed', durationMs: 5, failure },
          { status: 'passed', durationMs: 7 },
        ]),
      );
    else tests.push(result(i, 'passed', [{ status: 'passed', durationMs: i % 1_500, shard: String(i % 8) }]));
  }
  const files = Array.from({ length: 600 }, (_, i) => ({
    path: `results/${i}/junit <b>${i}</b>.xml`,
    format: 'junit',
    tests: 0,
    bytes: 10,
    errors: [
      {
        path: `results/${i}/junit.xml`,
        kind: 'malformed' as const,
        line: 1,
        message: `unexpected <eof> ${'x'.repeat(100)}`,
      },
    ],
  }));
  return { tests, files, duplicates: [] };
}

function inputFor(run: TestRun, overrides: Partial<MarkdownReportInput> = {}): MarkdownReportInput {
  return {
    reportName: 'Everything 🚀',
    run,
    metrics: computeMetrics(run),
    status: 'failed',
    gate: { minPassRate: 99, failOn: 'failures' },
    links: { blobBaseUrl: 'https://github.com/o/r/blob/abc/', reportUrl: 'https://example.test/full.html' },
    ...overrides,
  };
}

describe('markdown report size limits', () => {
  const run = hugeRun();
  const base: TestRun = {
    tests: run.tests.slice(10_000).map((test) => ({ ...test, status: 'passed' })),
    files: [],
    duplicates: [],
  };
  const input = inputFor(run, { comparison: compareWithBase(run, base, 'main') });

  it('keeps the job summary of 100,000 tests within 1 MiB of UTF-8, valid and filled', () => {
    const { markdown, dropped } = renderMarkdownReport(input, { target: 'summary' });
    const bytes = Buffer.byteLength(markdown, 'utf8');
    expect(bytes).toBeLessThanOrEqual(SUMMARY_LIMIT_BYTES);
    expect(bytes).toBeGreaterThan(SUMMARY_LIMIT_BYTES * 0.9);
    expect(markdownProblems(markdown)).toEqual([]);
    expect(dropped[0]).toBe('20,000 of 20,000 failure messages and stack traces');
    expect(dropped[1]).toMatch(/^[\d,]+ of 20,000 failed tests from the list$/);
    expect(markdown).toContain(
      "> **Details were shortened to fit GitHub's limit** (1 MiB for a job summary): 20,000 of 20,000",
    );
    expect(markdown).toContain('See [the full report](https://example.test/full.html).');
    expect(markdown).toMatch(/_…and [\d,]+ more failed tests, not shown\._/);
    expect(markdown).toContain('| 100,000 | 78,000 | 10,000 | 10,000 | 0 | 2,000 | 80.00 % |');
  });

  it('keeps the PR comment within 65,535 characters, valid', () => {
    const { markdown, dropped } = renderMarkdownReport(input, { target: 'comment' });
    expect(markdown.length).toBeLessThanOrEqual(COMMENT_LIMIT_CHARS);
    expect(markdown.length).toBeGreaterThan(COMMENT_LIMIT_CHARS * 0.8);
    expect(markdownProblems(markdown)).toEqual([]);
    expect(dropped).toEqual(expect.arrayContaining(['1,990 of 2,000 flaky tests']));
    // A failing comment gives file problems one line, linked to the full report, so none is left out.
    expect(dropped.join('; ')).not.toContain('report-file problems');
    expect(markdown).toContain('### Failed tests (20,000), 20,000 new against main');
    expect(markdown).toContain('65,535 characters for a comment');
  });

  it('keeps the check-run summary within 65,535 characters', () => {
    const summary = renderCheckRunSummary(input);
    expect(summary.length).toBeLessThanOrEqual(COMMENT_LIMIT_CHARS);
    expect(markdownProblems(summary)).toEqual([]);
    expect(summary).toContain('_…and 19,990 more failed tests, not shown._');
  });

  it('never exceeds any limit it is given, down to nothing', () => {
    for (const max of [0, 40, 200, 600, 1_500, 4_000, 12_000, 40_000]) {
      for (const target of ['summary', 'comment'] as const) {
        const { markdown } = renderMarkdownReport(input, { target, maxChars: max });
        const size = target === 'summary' ? Buffer.byteLength(markdown, 'utf8') : markdown.length;
        expect([target, max, size <= max]).toEqual([target, max, true]);
        expect(markdownProblems(markdown)).toEqual([]);
      }
    }
  });
});

describe('order of shortening', () => {
  function failures(count: number, flakyCount: number): TestRun {
    const tests: TestResult[] = [];
    for (let i = 0; i < count; i++) {
      tests.push(
        result(i, 'failed', [
          { status: 'failed', durationMs: 1, failure: { message: LONG_MESSAGE, body: LONG_STACK } },
        ]),
      );
    }
    for (let i = 0; i < flakyCount; i++) {
      tests.push(
        result(count + i, 'flaky', [
          { status: 'failed', durationMs: 1 },
          { status: 'passed', durationMs: 1 },
        ]),
      );
    }
    return { tests, files: [], duplicates: [] };
  }

  it('drops failure details first and keeps every failed row while they fit', () => {
    const { markdown, dropped } = renderMarkdownReport(inputFor(failures(60, 0)), { target: 'comment' });
    expect(dropped).toHaveLength(1);
    expect(dropped[0]).toMatch(/^[\d,]+ of 60 failure messages and stack traces$/);
    expect(markdown.match(/<details>/g)?.length).toBeGreaterThan(0);
    expect(markdown).not.toContain('more failed tests, not shown');
    expect(markdown.length).toBeLessThanOrEqual(COMMENT_LIMIT_CHARS);
  });

  it('shortens the flaky list before the failed list goes below twenty rows', () => {
    const { markdown, dropped } = renderMarkdownReport(inputFor(failures(150, 3_000)), { target: 'comment' });
    expect(dropped).toContain('2,990 of 3,000 flaky tests');
    expect(markdown).toContain('_…and 2,990 more flaky tests, not shown._');
    const failedRows = markdown.split('\n').filter((line) => line.includes(' | failed | [`'));
    expect(failedRows.length).toBeGreaterThanOrEqual(20);
    expect(markdown).not.toContain('<details>');
    expect(markdownProblems(markdown)).toEqual([]);
  });

  it('falls back to counts only, saying so', () => {
    const run = failures(150, 3_000);
    run.files = Array.from({ length: 40 }, (_, i) => ({
      path: `results/${i}.xml`,
      format: 'junit',
      tests: 0,
      bytes: 1,
      errors: [{ path: `results/${i}.xml`, kind: 'unreadable' as const, message: 'EACCES' }],
    }));
    const { markdown, dropped } = renderMarkdownReport(inputFor(run), { target: 'comment', maxChars: 2_500 });
    expect(dropped).toContain(
      'the flaky, slowest and comparison lists, report-file problems and recommendations (counts only)',
    );
    expect(markdown).toContain('| 3,150 | 0 | 150 | 0 | 0 | 3,000 |');
    expect(markdown).not.toContain('### Failed tests');
    expect(markdown).not.toContain('### Flaky tests');
    expect(markdown).toContain(
      '**Report files with problems:** 40; see [the full report](https://example.test/full.html).',
    );
    expect(markdown.length).toBeLessThanOrEqual(2_500);
  });
});
