import { createHash } from 'node:crypto';
import { computeMetrics } from '../src/metrics/metrics.js';
import {
  buildReportPayload,
  renderHtmlReport,
  type HtmlReportInput,
  type ReportPayload,
} from '../src/render/html/index.js';
import { durationBuckets, trendSvg } from '../src/render/html/svg-charts.js';
import {
  largeInput,
  makeTest,
  runOf,
  sampleInput,
  SCRIPT_CLOSE_NAME,
  XSS_IMG_NAME,
  XSS_SCRIPT_NAME,
} from './fixtures/html/sample-run.js';

const DATA_OPEN = '<script type="application/json" id="report-data">';

function payloadOf(html: string): ReportPayload {
  const start = html.indexOf(DATA_OPEN) + DATA_OPEN.length;
  const end = html.indexOf('</script>', start);
  return JSON.parse(html.slice(start, end)) as ReportPayload;
}

/** Attribute values of real tags only: escaped text such as `&lt;img src=x&gt;` is not a tag. */
function attributeValues(html: string, name: string): string[] {
  const tags = html.match(/<[a-zA-Z][^>]*>/g) ?? [];
  const attribute = new RegExp(`\\s${name}\\s*=\\s*("[^"]*"|'[^']*'|[^\\s>]+)`, 'gi');
  return tags.flatMap((tag) => [...tag.matchAll(attribute)].map((m) => m[1]!.replace(/^["']|["']$/g, '')));
}

function cspOf(html: string): string {
  return html.match(/<meta http-equiv="Content-Security-Policy" content="([^"]*)">/)![1]!.replace(/&#39;/g, "'");
}

function categoryBlock(html: string, category: string): string {
  return html.match(new RegExp(`data-category="${category}">([\\s\\S]*?)</div>(?:\\n|</section>)`))![1]!;
}

describe('renderHtmlReport: escaping', () => {
  const input = sampleInput();
  const html = renderHtmlReport(input);

  it('never emits a test name, suite, message or output as markup', () => {
    expect(html).not.toContain(XSS_IMG_NAME);
    expect(html).not.toContain('<script>window.__pwned');
    expect(html).not.toContain('<b>bold</b>');
    expect(html).not.toContain('<suite>');
    expect(html).not.toContain('<run>');
    // The server-rendered failure list shows them as text.
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).toContain('message with &lt;img src=x onerror=alert(1)&gt;');
    expect(html).toContain('<title>Nightly &lt;run&gt; &amp; report</title>');
  });

  it('has exactly the two script elements it writes, whatever the names contain', () => {
    expect(html.match(/<script\b/gi)).toHaveLength(2);
    expect(html.match(/<\/script/gi)).toHaveLength(2);
  });

  it('keeps the JSON block whole: every name, message and output reads back exactly', () => {
    const payload = payloadOf(html);
    expect(payload.name).toEqual(input.run.tests.map((t) => t.name));
    expect(payload.name).toContain(SCRIPT_CLOSE_NAME);
    expect(payload.name).toContain(XSS_SCRIPT_NAME);
    const closer = input.run.tests.findIndex((t) => t.name === SCRIPT_CLOSE_NAME);
    expect(payload.details[closer]!.attempts[0]!.message).toBe('</script><script>window.__pwned=4</script>');
    expect(payload.suites[payload.suite[closer]!]).toBe('xss <suite>');
  });
});

describe('renderHtmlReport: hidden characters', () => {
  const tests = [
    makeTest({
      name: 'access \u202Echeck\u2067 granted',
      suite: 'nul\u0000suite',
      file: 'src/\u200Fa.test.ts',
      status: 'failed',
      durationMs: 5,
      message: 'got \u0000 and \u001B[31mred',
      body: 'at \u2066x\u0000',
    }),
  ];
  const html = renderHtmlReport({ ...sampleInput(), run: runOf(tests), metrics: computeMetrics(runOf(tests)) });

  it('writes no NUL, other C0 control or bidi control, in markup or in the JSON payload', () => {
    expect(html).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/); // eslint-disable-line no-control-regex
    expect(html).not.toMatch(/[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/);
    const payloadJson = html.slice(html.indexOf(DATA_OPEN), html.indexOf('</script>', html.indexOf(DATA_OPEN)));
    expect(payloadJson).not.toMatch(/\\u00[01][0-9a-f]/i);
  });

  it('shows bidi controls as escapes and control characters as U+FFFD', () => {
    expect(html).toContain('access \\u202Echeck\\u2067 granted');
    expect(html).toContain('got \uFFFD and \uFFFD[31mred');
    const payload = payloadOf(html);
    expect(payload.name).toEqual(['access \\u202Echeck\\u2067 granted']);
    expect(payload.suites).toEqual(['nul\uFFFDsuite']);
    expect(payload.files).toEqual(['src/\\u200Fa.test.ts']);
    expect(payload.details[0]!.attempts[0]!.body).toBe('at \\u2066x\uFFFD');
  });
});

describe('renderHtmlReport: nothing loads from the network', () => {
  const input = sampleInput();
  const html = renderHtmlReport(input);

  it('has no src, srcset, action or external CSS, and a CSP that blocks every fetch', () => {
    for (const attribute of ['src', 'srcset', 'action', 'poster', 'background', 'xlink:href']) {
      expect(attributeValues(html, attribute)).toEqual([]);
    }
    expect(html).not.toMatch(/url\(|@import|<link\b|<iframe|<object|<embed|<img\b/i);
    expect(cspOf(html)).toMatch(
      /^default-src 'none'; style-src 'sha256-[^']+'; script-src 'sha256-[^']+'; img-src data:; base-uri 'none'; form-action 'none'$/,
    );
  });

  it('links only into the repository, as plain anchors, when repositoryUrl and commitSha are given', () => {
    const hrefs = attributeValues(html, 'href');
    expect(hrefs.length).toBeGreaterThan(0);
    for (const href of hrefs) {
      expect(href).toMatch(
        /^https:\/\/github\.com\/example\/project\/(blob|commit)\/0123456789abcdef0123456789abcdef01234567/,
      );
    }
    expect(hrefs).toContain(
      'https://github.com/example/project/blob/0123456789abcdef0123456789abcdef01234567/src/math.test.ts',
    );
    expect(payloadOf(html).fileLinkBase).toBe(
      'https://github.com/example/project/blob/0123456789abcdef0123456789abcdef01234567/',
    );
  });

  it('has no link at all without a repository, or with a repository URL that is not http(s)', () => {
    const { repositoryUrl: _r, ...withoutRepo } = input;
    expect(attributeValues(renderHtmlReport(withoutRepo), 'href')).toEqual([]);
    const hostile = renderHtmlReport({ ...input, repositoryUrl: 'javascript:alert(1)//' });
    expect(attributeValues(hostile, 'href')).toEqual([]);
    expect(payloadOf(hostile).fileLinkBase).toBeUndefined();
  });

  it('allows exactly its own style and script by hash', () => {
    const hash = (text: string): string => createHash('sha256').update(text).digest('base64');
    const style = html.match(/<style>([\s\S]*?)<\/style>/)![1]!;
    const script = html.match(/<script>([\s\S]*?)<\/script>/)![1]!;
    const csp = cspOf(html);
    expect(csp).toContain(`style-src 'sha256-${hash(style)}'`);
    expect(csp).toContain(`script-src 'sha256-${hash(script)}'`);
    expect(csp).not.toContain('unsafe');
  });
});

describe('renderHtmlReport: content', () => {
  it('states the verdict, pass rate and totals', () => {
    const input = sampleInput();
    const html = renderHtmlReport(input);
    expect(html).toContain('<span class="verdict-badge" id="verdict">Failed</span>');
    expect(html).toContain(`<strong id="pass-rate">${input.metrics.passRate!.toFixed(2)} %</strong>`);
    expect(html).toMatch(/data-stat="total"><span class="stat-value">48</);
    expect(html).toMatch(/data-stat="failed"><span class="stat-value">3</);
  });

  it('says passed for a run with only passing and flaky tests, and no tests for an empty run', () => {
    const green = runOf([
      makeTest({ name: 'a', status: 'passed', durationMs: 1 }),
      makeTest({ name: 'b', status: 'flaky', durationMs: 1 }),
    ]);
    const base = { title: 't', generatedAt: '2026-01-01T00:00:00Z' };
    expect(renderHtmlReport({ ...base, run: green, metrics: computeMetrics(green) })).toContain('id="verdict">Passed<');
    const empty = runOf([]);
    expect(renderHtmlReport({ ...base, run: empty, metrics: computeMetrics(empty) })).toContain(
      'id="verdict">No tests<',
    );
  });

  it('groups failures by category with that category’s recommendation', () => {
    const input = sampleInput();
    const html = renderHtmlReport(input);
    const environment = categoryBlock(html, 'environment');
    expect(environment).toContain('connects to db');
    expect(environment).toContain('connect ECONNREFUSED 127.0.0.1:5432');
    expect(environment).toContain('A dependency was unreachable');
    const logic = categoryBlock(html, 'test-logic');
    expect(logic).toContain('divides by zero');
    expect(logic).not.toContain('connects to db');
  });

  it('shows the base comparison and the trend only when given', () => {
    const input = sampleInput();
    const html = renderHtmlReport(input);
    expect(html).toContain('pass rate −6.80 pp');
    expect(html).toContain('&lt;i&gt;was broken&lt;/i&gt;');
    expect(html).toContain('data-list="removed-tests"');
    expect(html).toContain('id="trend"');
    const { history: _h, baseComparison: _b, ...plain } = input;
    const without = renderHtmlReport(plain);
    expect(without).not.toContain('id="trend"');
    expect(without).not.toContain('id="comparison"');
  });

  it('breaks the trend line where a run had no pass rate', () => {
    const svg = trendSvg(sampleInput().history!, {
      label: 'rate',
      values: [90, null, 95, 96],
      format: String,
      colour: '#000',
      ceiling: 100,
    });
    expect(svg.match(/<path d="([^"]*)"/)![1]!.match(/M/g)).toHaveLength(2);
    expect(svg.match(/<circle/g)).toHaveLength(3);
  });

  it('buckets durations by decade', () => {
    const counts = durationBuckets([0.5, 5, 50, 500, 5_000, 30_000, 300_000, 3_600_000, 999]).map((b) => b.count);
    expect(counts).toEqual([1, 1, 1, 2, 1, 1, 1, 1]);
  });
});

describe('buildReportPayload', () => {
  it('carries details only for tests that did not plainly pass, and shares suite and file names', () => {
    const input = sampleInput();
    const payload = buildReportPayload(input.run.tests, undefined);
    input.run.tests.forEach((test, i) => {
      const hasDetail = payload.details[i] !== undefined;
      expect([test.name, hasDetail]).toEqual([test.name, test.status !== 'passed']);
    });
    expect(payload.suites).toEqual(['math', 'db', 'fs', 'xss', 'xss <suite>', 'parser']);
    expect(payload.status).toBe('pfeksfpf' + 'p'.repeat(40));
  });

  it('drops stacks and output beyond the size budget, failures first, and says so', () => {
    const tests = [
      makeTest({ name: 'flaky first in run order', status: 'flaky', durationMs: 1, body: 'F'.repeat(600) }),
      makeTest({ name: 'failed', status: 'failed', durationMs: 1, body: 'S'.repeat(600), stdout: 'o'.repeat(5000) }),
    ];
    const payload = buildReportPayload(tests, undefined, {
      messageChars: 100,
      stackChars: 500,
      outputChars: 200,
      totalDetailChars: 1_000,
    });
    const failed = payload.details[1]!.attempts[0]!;
    expect(failed.body).toMatch(/^S{500}\n… \[100 more characters/);
    expect(failed.stdout).toMatch(/^\[4800 earlier characters in the raw report\] …\no{200}$/);
    expect(payload.details[1]!.trimmed).toBeUndefined();
    expect(payload.details[0]!.trimmed).toBe(true);
    expect(payload.details[0]!.attempts[0]!.body).toBeUndefined();
    expect(payload.details[0]!.attempts[0]!.message).toBe('expected 1 to be 2');
  });
});

describe('renderHtmlReport: 100,000 tests', () => {
  it('stays a sane size', () => {
    const input = largeInput(100_000);
    const html = renderHtmlReport(input);
    const megabytes = Buffer.byteLength(html) / 1_048_576;
    const payload = payloadOf(html);
    console.log(`HTML report for ${input.run.tests.length} tests: ${megabytes.toFixed(2)} MiB`);
    expect(payload.name).toHaveLength(100_001);
    expect(payload.suites).toHaveLength(501);
    expect(Object.keys(payload.details)).toHaveLength(2_000 + 500 + 1);
    expect(megabytes).toBeLessThan(16);
  });
});

const WORKSPACE = '/home/runner/work/project/project';

/** A run read in a CI workspace: absolute paths, a located test without a file, read problems, two new failures. */
function workspaceInput(): HtmlReportInput {
  const tests = [
    makeTest({
      name: 'rejects a bad widget',
      suite: 'widgets',
      file: `${WORKSPACE}/src/widget.test.ts`,
      status: 'failed',
      durationMs: 30,
      message: 'expected kaboom-widget to be valid',
      body: `Error: kaboom\n    at Object.<anonymous> (${WORKSPACE}/src/widget.test.ts:14:9)`,
    }),
    makeTest({
      name: 'was already broken',
      suite: 'widgets',
      file: 'src/old.test.ts',
      status: 'failed',
      durationMs: 20,
    }),
    makeTest({ name: 'slow and located', suite: 'located', status: 'passed', durationMs: 9_000 }),
    makeTest({
      name: 'slow and absolute',
      suite: 'abs',
      file: `${WORKSPACE}/src/abs.test.ts`,
      status: 'passed',
      durationMs: 8_000,
    }),
    makeTest({ name: 'sometimes', suite: 'abs', file: 'src/abs.test.ts', status: 'flaky', durationMs: 5 }),
  ];
  tests[2]!.location = { path: 'src/located.test.ts', line: 12 };
  const run = runOf(tests);
  run.files[0]!.path = `${WORKSPACE}/results/1/junit.xml`;
  run.files[0]!.errors = [
    { path: `${WORKSPACE}/results/1/junit.xml`, line: 3, kind: 'malformed', message: 'unclosed tag' },
  ];
  run.duplicates = [
    { path: `${WORKSPACE}/results/2/junit.xml`, kind: 'duplicate-test', message: 'sometimes is listed twice' },
  ];
  const input: HtmlReportInput = {
    title: 'Workspace run',
    run,
    metrics: computeMetrics(run),
    generatedAt: '2026-03-01T12:00:00Z',
    baseComparison: {
      baseLabel: 'main',
      newFailures: [tests[0]!.id],
      fixed: [],
      newTests: [],
      removedTests: [`${WORKSPACE}/src/gone.test.ts::::gone`],
      passRateDelta: -20,
      durationDeltaMs: 1_000,
    },
  };
  // Assigned rather than written in the literal, so this file compiles against an input without roots.
  return Object.assign(input, { roots: [WORKSPACE] });
}

function sectionOf(html: string, id: string): string {
  const start = html.search(new RegExp(`<(section|details)[^>]* id="${id}"`));
  expect(start).toBeGreaterThanOrEqual(0);
  const tag = html.slice(start + 1, html.indexOf(' ', start));
  return html.slice(start, html.indexOf(`</${tag}>`, start));
}

describe('renderHtmlReport: layout, new failures and paths', () => {
  const input = workspaceInput();
  const html = renderHtmlReport(input);
  const main = html.slice(html.indexOf('<main>'), html.indexOf('</main>'));

  it('puts the failures first and the comparison right after them, before charts and tables', () => {
    const at = (marker: string): number => {
      const i = main.indexOf(marker);
      expect([marker, i >= 0]).toEqual([marker, true]);
      return i;
    };
    const order = ['<header', 'id="failures"', 'id="comparison"', 'class="charts"', 'id="slowest"', 'id="all-tests"'];
    const positions = order.map(at);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
  });

  it('collapses the problems card and puts it last', () => {
    expect(main).toMatch(/<details class="card warning" id="ingest-problems">/);
    expect(sectionOf(html, 'ingest-problems')).not.toMatch(/<details[^>]*\sopen/);
    expect(sectionOf(html, 'ingest-problems')).toContain('unclosed tag');
    expect(sectionOf(html, 'ingest-problems')).toContain('sometimes is listed twice');
    const after = main.slice(main.indexOf('id="ingest-problems"'));
    expect(after).not.toMatch(/<section/);
  });

  it('marks new failures "new" in the failure list and in the table data, and only them', () => {
    const failures = sectionOf(html, 'failures');
    const items = failures.match(/<li>[\s\S]*?<\/li>/g) ?? [];
    const newItem = items.find((item) => item.includes('rejects a bad widget'));
    const oldItem = items.find((item) => item.includes('was already broken'));
    expect(newItem).toMatch(/<span class="badge badge-new"[^>]*>new<\/span>/);
    expect(oldItem).toBeDefined();
    expect(oldItem).not.toContain('badge-new');
    const payload = payloadOf(html);
    expect(payload.details[0]).toMatchObject({ newFailure: true });
    expect(payload.details[1]).not.toHaveProperty('newFailure');
  });

  it('fills the slowest tests’ File column from where each test is, located or reported', () => {
    const rows = sectionOf(html, 'slowest').match(/<tr><td[\s\S]*?<\/tr>/g) ?? [];
    expect(rows.length).toBe(input.metrics.slowest.length);
    const fileCell = (name: string): string => {
      const row = rows.find((r) => r.includes(`>${name}<`))!;
      return row.match(/<td[^>]*>([\s\S]*?)<\/td>/g)![2]!;
    };
    expect(fileCell('slow and located')).toContain('<code>src/located.test.ts:12</code>');
    expect(fileCell('slow and absolute')).toContain('<code>src/abs.test.ts</code>');
  });

  it('shows paths relative to the repository: no workspace prefix in the page, the data, or a stack', () => {
    expect(html).not.toContain(WORKSPACE);
    const payload = payloadOf(html);
    expect(payload.files).toEqual(['src/widget.test.ts', 'src/old.test.ts', 'src/located.test.ts', 'src/abs.test.ts']);
    expect(payload.details[0]!.attempts[0]!.body).toBe(
      'Error: kaboom\n    at Object.<anonymous> (src/widget.test.ts:14:9)',
    );
    expect(sectionOf(html, 'ingest-problems')).toContain('<code>results/1/junit.xml:3</code>');
    expect(sectionOf(html, 'comparison')).toContain('src/gone.test.ts::::gone');
  });

  it('links only repository-relative paths: an absolute path outside the roots is shown, not linked', () => {
    const tests = [makeTest({ name: 'elsewhere', file: '/opt/other/x.test.ts', status: 'failed', durationMs: 1 })];
    const run = runOf(tests);
    const linked = renderHtmlReport({
      ...sampleInput(),
      run,
      metrics: computeMetrics(run),
      baseComparison: undefined,
    });
    expect(linked).toContain('<code>/opt/other/x.test.ts</code>');
    expect(attributeValues(linked, 'href').filter((href) => href.includes('/blob/'))).toEqual([]);
  });
});
