// Writes a large, realistic JUnit XML file in bounded memory: nested suites, ~5% failures/errors with
// stack traces, ~3% skips, system-out (1 in 100,000 of 1 MB), XML entities, unicode names and CDATA.
// ~5,300 test cases per MB, as Maven Surefire writes them: the file on the class's suite, a line
// only on failing test cases.
import { closeSync, openSync, writeSync } from 'node:fs';
import { createRandom, type Random } from './prng.js';

export interface GeneratedFile {
  bytes: number;
  testcases: number;
}

const FLUSH_AT = 1 << 20;
const LARGE_OUTPUT_BYTES = 1024 * 1024;

const PACKAGES = ['com.acme.billing', 'com.acme.auth', 'org.example.search', 'io.testpipe.ingest', 'net.shop.cart'];
const CLASS_WORDS = ['Invoice', 'Token', 'Query', 'Parser', 'Basket', 'Größe', 'Café', 'Ledger', 'Session', 'Index'];
const TEST_PHRASES = [
  'returns the total for a single line',
  'handles &amp; in the query string',
  'rejects &lt;script&gt; in names',
  'keeps the smile &#x263A; intact',
  'quotes &quot;double&quot; and &apos;single&apos;',
  'größe wird berechnet',
  '日本語のテスト名',
  'emoji 🚀 launch sequence',
  'naïve café résumé',
  'Ελληνικά δοκιμή',
  'refreshes an expired token',
  'paginates after 1000 rows',
];
const FAILURE_MESSAGES = [
  'expected &lt;42&gt; but was &lt;41&gt;',
  'Expected: &quot;paid&quot; Received: &quot;pending&quot;',
  'timeout of 5000ms exceeded',
  'ECONNREFUSED 127.0.0.1:5432 &amp; retry exhausted',
  'assertion failed: größe != 3 &#x263A;',
];
const LOG_LINES = [
  'INFO  starting worker pool size=4',
  'DEBUG query: SELECT * FROM users WHERE name = &apos;O&apos;&apos;Brien&apos; &amp;&amp; id &lt; 10',
  'WARN  slow response 1200ms from https://api.example.test/v1?x=1&amp;y=2',
  'INFO  ünïcödé log line ☺ done',
  'TRACE <payload>{"ok":true}</payload>',
];

function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function stackTrace(random: Random, className: string): string {
  const frames: string[] = [`java.lang.AssertionError: check failed in ${className}`];
  const depth = random.int(3, 10);
  for (let i = 0; i < depth; i++) {
    frames.push(
      `\tat ${random.pick(PACKAGES)}.${random.pick(CLASS_WORDS)}.method${i}(Source.java:${random.int(1, 900)})`,
    );
  }
  return frames.join('\n');
}

function logOutput(random: Random, approxBytes: number, useCdata: boolean): string {
  const lines: string[] = [];
  let size = 0;
  while (size < approxBytes) {
    const raw = `${random.int(10, 23)}:${random.int(10, 59)}:${random.int(10, 59)} ${random.pick(LOG_LINES)}`;
    const line = useCdata
      ? raw
          .replace(/&amp;/g, '&')
          .replace(/&apos;/g, "'")
          .replace(/&lt;/g, '<')
      : escapeText(raw);
    lines.push(line);
    size += line.length + 1;
  }
  const body = lines.join('\n');
  return useCdata ? `<![CDATA[${body}]]>` : body;
}

interface CaseOutcome {
  xml: string;
  status: 'passed' | 'failed' | 'errored' | 'skipped';
  seconds: number;
}

function renderTestCase(random: Random, className: string, index: number): CaseOutcome {
  const name = `${random.pick(TEST_PHRASES)} [${index}]`;
  const seconds = random.int(0, 2500) / 1000;
  const roll = random.next();
  const line = roll < 0.05 ? ` line="${random.int(1, 999)}"` : '';
  const attrs = `name="${name}" classname="${className}" time="${seconds.toFixed(3)}"${line}`;
  const children: string[] = [];
  let status: CaseOutcome['status'] = 'passed';
  if (roll < 0.04) {
    status = 'failed';
    const body = random.chance(0.5)
      ? `<![CDATA[${stackTrace(random, className)}]]>`
      : escapeText(stackTrace(random, className));
    children.push(
      `<failure message="${random.pick(FAILURE_MESSAGES)}" type="java.lang.AssertionError">${body}</failure>`,
    );
  } else if (roll < 0.05) {
    status = 'errored';
    children.push(
      `<error message="${random.pick(FAILURE_MESSAGES)}" type="java.io.IOException">${escapeText(stackTrace(random, className))}</error>`,
    );
  } else if (roll < 0.08) {
    status = 'skipped';
    children.push(random.chance(0.5) ? '<skipped/>' : '<skipped message="disabled on CI &amp; nightly"/>');
  }
  if (random.chance(0.00001)) {
    children.push(`<system-out>${logOutput(random, LARGE_OUTPUT_BYTES, random.chance(0.5))}</system-out>`);
  } else if (random.chance(0.05)) {
    children.push(`<system-out>${logOutput(random, random.int(80, 400), random.chance(0.3))}</system-out>`);
  }
  if (random.chance(0.01)) {
    children.push(`<system-err>${logOutput(random, random.int(80, 400), false)}</system-err>`);
  }
  const xml =
    children.length === 0
      ? `      <testcase ${attrs}/>\n`
      : `      <testcase ${attrs}>\n        ${children.join('\n        ')}\n      </testcase>\n`;
  return { xml, status, seconds };
}

function suiteCounts(outcomes: CaseOutcome[]): string {
  const count = (status: CaseOutcome['status']): number => outcomes.filter((o) => o.status === status).length;
  const time = outcomes.reduce((sum, o) => sum + o.seconds, 0);
  return `tests="${outcomes.length}" failures="${count('failed')}" errors="${count('errored')}" skipped="${count('skipped')}" time="${time.toFixed(3)}"`;
}

/** Renders one package: an outer suite with properties and one nested suite per class. */
function renderPackage(random: Random, packageIndex: number): { xml: string; testcases: number } {
  const packageName = `${random.pick(PACKAGES)}.p${packageIndex}`;
  const classXml: string[] = [];
  const all: CaseOutcome[] = [];
  const classCount = random.int(3, 12);
  for (let c = 0; c < classCount; c++) {
    const className = `${packageName}.${random.pick(CLASS_WORDS)}${c}Test`;
    const file = `src/test/${className.replace(/\./g, '/')}.java`;
    const outcomes: CaseOutcome[] = [];
    const caseCount = random.int(5, 40);
    for (let t = 0; t < caseCount; t++) outcomes.push(renderTestCase(random, className, t));
    all.push(...outcomes);
    classXml.push(
      `    <testsuite name="${className}" file="${file}" ${suiteCounts(outcomes)}>\n` +
        outcomes.map((o) => o.xml).join('') +
        '    </testsuite>\n',
    );
  }
  const properties =
    '    <properties>\n' +
    `      <property name="java.version" value="17.0.${random.int(1, 12)}"/>\n` +
    '      <property name="build.tag" value="ci &amp; nightly &#x263A;"/>\n' +
    '    </properties>\n';
  const xml =
    `  <testsuite name="${packageName}" timestamp="2026-01-0${random.int(1, 9)}T12:00:00" hostname="runner-${random.int(1, 64)}" ${suiteCounts(all)}>\n` +
    properties +
    classXml.join('') +
    '  </testsuite>\n';
  return { xml, testcases: all.length };
}

/** Writes packages until the file reaches targetBytes; memory stays bounded by one package. */
export function generateJUnitFile(path: string, targetBytes: number, seed: number): GeneratedFile {
  const random = createRandom(seed);
  const fd = openSync(path, 'w');
  let bytes = 0;
  let testcases = 0;
  let pending: string[] = [];
  let pendingLength = 0;
  const write = (text: string, force = false): void => {
    pending.push(text);
    pendingLength += text.length;
    if (pendingLength < FLUSH_AT && !force) return;
    const buffer = Buffer.from(pending.join(''), 'utf8');
    writeSync(fd, buffer);
    bytes += buffer.length;
    pending = [];
    pendingLength = 0;
  };
  try {
    write(`<?xml version="1.0" encoding="UTF-8"?>\n<!-- synthetic JUnit report, seed=${seed} -->\n`);
    write('<testsuites name="synthetic &amp; large">\n');
    for (let p = 0; bytes + pendingLength < targetBytes; p++) {
      const rendered = renderPackage(random, p);
      testcases += rendered.testcases;
      write(rendered.xml);
    }
    write('</testsuites>\n', true);
  } finally {
    closeSync(fd);
  }
  return { bytes, testcases };
}
