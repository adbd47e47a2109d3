// Renders a realistic report through the report stage (runReport, the code the aggregate-report action
// and `testpipe report` run) and screenshots what a user gets: the top of report.html, the pull request
// comment and the job summary, into docs/html-report-top.png, docs/comment.png and docs/summary.png, with
// docs/images.json naming the sha256 of the exact page each image was taken from.
//
//   npm run docs:screenshots     (node --import tsx scripts/screenshots.mjs [--out docs] [--keep])
//
// packages/testkit/__tests__/screenshots.test.ts renders the same pages with these functions and fails when
// docs/images.json does not match them (run npm run docs:screenshots), so the images stay current; with
// UPDATE_SCREENSHOTS=1 the test writes them itself. Nothing else writes the images.
//
// The rendering is deterministic: a fixed clock, fixed durations and commit, and the workspace at
// /home/runner/work/shop/shop as on a GitHub-hosted runner (it is made in a temporary directory, whose path
// is taken out of what the stage wrote, so the pages are the same on every machine).
//
// Needs Chromium (/usr/bin/chromium, or CHROMIUM_PATH) and playwright-core (a devDependency); for the
// emoji in the Markdown, a colour emoji font (Debian: apt-get install fonts-noto-color-emoji). The run:
// a jest-junit file and a Surefire file with Java stack traces, read in a CI-like workspace (a git
// repository, so failures are located), compared with a base run on main in which 2 of today's failures
// passed; one test is flaky. The comment body is what the stage posts to a stand-in code host.
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import * as prettier from 'prettier';
import { runReport } from '@testpipe/stages';

export const REPO_ROOT = path.resolve(fileURLToPath(import.meta.url), '../..');
export const IMAGES_MANIFEST = 'docs/images.json';
const REGENERATE = 'npm run docs:screenshots';
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
const REPOSITORY = 'acme/shop';
const HEAD_SHA = '3f9c2e7a1b4d6f8e0a2c4e6b8d0f1a3c5e7b9d1f';
const RUN_ID = 4242;
const RUNNER_WORKSPACE = '/home/runner/work/shop/shop';
const NOW = Date.parse('2026-03-02T09:15:00Z');

/**
 * Each image, the page it is taken from, and how: `viewport` screenshots the first screen, `frame` the
 * GitHub-like frame around a rendered comment or summary (cut at 2400 px). A pull request comment is about
 * 900 px wide on GitHub; a job summary takes the run page's width.
 */
export const SCREENSHOTS = [
  { image: 'html-report-top.png', page: 'report.html', width: 1280, height: 1000, capture: 'viewport' },
  { image: 'comment.png', page: 'comment.html', width: 960, height: 800, capture: 'frame' },
  { image: 'summary.png', page: 'summary.html', width: 1280, height: 800, capture: 'frame' },
];

// ---------------------------------------------------------------------------------------------------
// The project under test: a web front end tested with jest (jest-junit) and a Java API (Surefire).

const SOURCES = {
  'web/src/cart/cart.test.ts': 'describe("Cart", () => {});\n'.padEnd(2000, '\n'),
  'web/src/checkout/checkout-form.test.tsx': 'describe("Checkout form", () => {});\n'.padEnd(2000, '\n'),
  'web/src/cart/discount.ts': 'export function applyDiscount() {}\n'.padEnd(400, '\n'),
  'api/src/test/java/com/acme/shop/payment/PaymentServiceTest.java': 'class PaymentServiceTest {}\n'.padEnd(400, '\n'),
  'api/src/main/java/com/acme/shop/payment/PaymentService.java': 'class PaymentService {}\n'.padEnd(400, '\n'),
  'api/src/test/java/com/acme/shop/inventory/StockLevelTest.java': 'class StockLevelTest {}\n'.padEnd(400, '\n'),
};

function xmlEscape(text) {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** A jest-junit file: suites per test file, `file` attributes as absolute paths, the stack as the body. */
function jestJunit(workspace, { baseRun }) {
  const cart = `${workspace}/web/src/cart/cart.test.ts`;
  const form = `${workspace}/web/src/checkout/checkout-form.test.tsx`;
  const discountFailure = `Error: expect(received).toBe(expected) // Object.is equality

Expected: 90
Received: 100
    at Object.toBe (${cart}:58:34)
    at Promise.then.completed (${workspace}/node_modules/jest-circus/build/utils.js:298:28)
    at new Promise (&lt;anonymous&gt;)
    at callAsyncCircusFn (${workspace}/node_modules/jest-circus/build/utils.js:231:10)`;
  const expiredFailure = `Error: Unable to find an element with the text: /card has expired/i

Ignored nodes: comments, script, style
    at waitForWrapper (${workspace}/node_modules/@testing-library/dom/dist/wait-for.js:163:27)
    at Object.&lt;anonymous&gt; (${form}:121:19)`;
  const cases = [
    ['Cart', 'Cart adds an item to an empty cart', cart, 0.014],
    ['Cart', 'Cart removes the last item', cart, 0.009],
    ['Cart', 'Cart keeps the cart across page reloads', cart, 0.233],
    ['Cart', 'Cart applies a percentage discount code', cart, 0.041, baseRun ? undefined : discountFailure],
    ['Cart', 'Cart rejects an unknown discount code', cart, 0.018],
    ['Checkout form', 'Checkout form validates the postcode', form, 0.12],
    ['Checkout form', 'Checkout form shows an error for an expired card', form, 1.37, expiredFailure],
    ['Checkout form', 'Checkout form submits the order and redirects', form, 2.91],
    ['Checkout form', 'Checkout form disables submit while paying', form, 0.35],
  ];
  const suites = new Map();
  for (const test of cases) suites.set(test[0], [...(suites.get(test[0]) ?? []), test]);
  const body = [...suites]
    .map(([suite, tests]) => {
      const failures = tests.filter((t) => t[4]).length;
      const time = tests.reduce((sum, t) => sum + t[3], 0).toFixed(3);
      const testcases = tests
        .map(([, name, file, time, failure]) => {
          const open = `<testcase classname="${xmlEscape(name)}" name="${xmlEscape(name)}" time="${time}" file="${xmlEscape(file)}"`;
          return failure
            ? `${open}>\n      <failure>${failure}</failure>\n    </testcase>`
            : `${open}>\n    </testcase>`;
        })
        .join('\n    ');
      return `  <testsuite name="${suite}" errors="0" failures="${failures}" skipped="0" timestamp="2026-03-02T09:14:07" time="${time}" tests="${tests.length}">\n    ${testcases}\n  </testsuite>`;
    })
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="jest tests" tests="${cases.length}">\n${body}\n</testsuites>\n`;
}

const JAVA_FRAMES = `	at org.junit.jupiter.api.AssertionFailureBuilder.build(AssertionFailureBuilder.java:151)
	at org.junit.jupiter.api.AssertionFailureBuilder.buildAndThrow(AssertionFailureBuilder.java:132)
	at org.junit.jupiter.api.AssertEquals.failNotEqual(AssertEquals.java:197)`;

/** A Surefire file: Java stack traces, an error, and a test that passed on rerun (flakyFailure). */
function surefire({ baseRun }) {
  const cls = 'com.acme.shop.payment.PaymentServiceTest';
  const refund = `<failure message="expected: &lt;40.00&gt; but was: &lt;45.00&gt;" type="org.opentest4j.AssertionFailedError"><![CDATA[org.opentest4j.AssertionFailedError: expected: <40.00> but was: <45.00>
${JAVA_FRAMES}
	at org.junit.jupiter.api.Assertions.assertEquals(Assertions.java:1145)
	at com.acme.shop.payment.PaymentService.refund(PaymentService.java:212)
	at com.acme.shop.payment.PaymentServiceTest.refundsPartialAmountOfASplitPayment(PaymentServiceTest.java:87)
]]></failure>`;
  const gateway = `<error message="Connection refused: localhost/127.0.0.1:8089" type="java.net.ConnectException"><![CDATA[java.net.ConnectException: Connection refused: localhost/127.0.0.1:8089
	at java.base/sun.nio.ch.Net.pollConnect(Native Method)
	at java.base/sun.nio.ch.NioSocketImpl.timedFinishConnect(NioSocketImpl.java:547)
	at com.acme.shop.payment.GatewayClient.open(GatewayClient.java:64)
	at com.acme.shop.payment.PaymentServiceTest.capturesAnAuthorisedPaymentAtTheGateway(PaymentServiceTest.java:133)
]]></error>`;
  const flaky = `<flakyFailure message="Read timed out after 2000 ms" type="java.net.SocketTimeoutException"><![CDATA[java.net.SocketTimeoutException: Read timed out after 2000 ms
	at java.base/sun.nio.ch.NioSocketImpl.timedRead(NioSocketImpl.java:288)
	at com.acme.shop.payment.PaymentServiceTest.chargesACardWith3DSecure(PaymentServiceTest.java:61)
]]><system-out><![CDATA[3DS challenge issued
]]></system-out></flakyFailure>`;
  const cases = [
    [cls, 'chargesACardWith3DSecure', 2.412, flaky],
    [cls, 'refundsPartialAmountOfASplitPayment', 0.311, baseRun ? '' : refund],
    [cls, 'capturesAnAuthorisedPaymentAtTheGateway', 5.004, gateway],
    [cls, 'voidsAnUncapturedAuthorisation', 0.208, ''],
    [cls, 'rejectsANegativeAmount', 0.004, ''],
    ['com.acme.shop.inventory.StockLevelTest', 'reservesStockForAPendingOrder', 0.091, ''],
    ['com.acme.shop.inventory.StockLevelTest', 'releasesStockWhenAnOrderIsCancelled', 0.087, ''],
    ['com.acme.shop.inventory.StockLevelTest', 'rebuildsTheStockIndexFromTheWarehouseFeed', 14.82, ''],
  ];
  const testcases = cases
    .map(([classname, name, time, inner]) =>
      inner
        ? `  <testcase name="${name}" classname="${classname}" time="${time}">\n    ${inner}\n  </testcase>`
        : `  <testcase name="${name}" classname="${classname}" time="${time}"/>`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuite xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" name="com.acme.shop.payment.PaymentServiceTest" time="23.3" tests="${cases.length}" errors="1" skipped="0" failures="${baseRun ? 0 : 1}">\n${testcases}\n</testsuite>\n`;
}

// ---------------------------------------------------------------------------------------------------
// The report stage, as the action runs it on a pull request, against a stand-in code host.

async function writeReports(workspace, dir, baseRun) {
  await mkdir(path.join(workspace, dir, 'jest'), { recursive: true });
  await mkdir(path.join(workspace, dir, 'surefire'), { recursive: true });
  await writeFile(path.join(workspace, dir, 'jest', 'junit.xml'), jestJunit(workspace, { baseRun }));
  await writeFile(
    path.join(workspace, dir, 'surefire', 'TEST-com.acme.shop.payment.PaymentServiceTest.xml'),
    surefire({ baseRun }),
  );
}

const quietLogger = {
  debug() {},
  info() {},
  warning: (m) => console.warn(`warning: ${m}`),
  error: (m) => console.error(m),
};

function stageInput(workspace, results, outputDir, context) {
  return {
    results: [results],
    reportName: 'Shop tests',
    minPassRate: 95,
    failOn: 'failures',
    ifNoResults: 'error',
    outputDir,
    reportArtifact: 'testpipe-report',
    comment: 'always',
    commentMode: 'update',
    checkRun: false,
    maxAnnotations: 0,
    pipelineId: 'shop-ci',
    context,
    workDir: path.join(workspace, '.work'),
    redact: [],
    outsideWorkspace: 'allow',
  };
}

/** Runs the report stage on the sample run in `root`; returns report.html, the summary and the comment as text. */
async function renderRealReport(root) {
  const workspace = path.join(root, RUNNER_WORKSPACE);
  for (const [file, text] of Object.entries(SOURCES)) {
    await mkdir(path.dirname(path.join(workspace, file)), { recursive: true });
    await writeFile(path.join(workspace, file), text);
  }
  execFileSync('git', ['init', '-q'], { cwd: workspace });
  execFileSync('git', ['add', '-A'], { cwd: workspace });

  // The base: main's last run, in which the discount and refund tests still passed.
  await writeReports(workspace, 'base-results', true);
  const baseContext = { repository: REPOSITORY, headSha: '', workspace };
  const base = await runReport(
    { ...stageInput(workspace, 'base-results/**/*.xml', 'base-report', baseContext), comment: 'off' },
    { logger: quietLogger, clock: { now: () => NOW - 26 * 3600_000 } },
  );

  await writeReports(workspace, 'test-results', false);
  const comments = [];
  const host = {
    findPullRequestForRun: async () => undefined,
    findBaseReport: async () => ({ runId: 4211, ctrfPath: base.files.ctrf }),
    upsertComment: async (request) => {
      comments.push(request.body);
      return { url: `https://github.com/${REPOSITORY}/pull/318#issuecomment-1` };
    },
    publishCheckRun: async () => ({ url: `https://github.com/${REPOSITORY}/runs/1` }),
    describeApiCalls: () => '',
  };
  const context = {
    repository: REPOSITORY,
    runId: RUN_ID,
    headSha: HEAD_SHA,
    pullRequest: { number: 318, baseRef: 'main' },
    workspace,
    serverUrl: 'https://github.com',
    runUrl: `https://github.com/${REPOSITORY}/actions/runs/${RUN_ID}`,
    branch: 'feature/split-payments',
  };
  const result = await runReport(stageInput(workspace, 'test-results/**/*.xml', 'testpipe-report', context), {
    logger: quietLogger,
    host,
    clock: { now: () => NOW },
  });
  if (!result.files || !result.summaryMarkdown || comments.length !== 1) {
    throw new Error(
      `The report stage did not produce a report, summary and comment: ${result.failure ?? result.status}`,
    );
  }
  const newFailures = result.comparison?.newFailures.length;
  if (newFailures !== 2) throw new Error(`Expected 2 new failures against main, got ${newFailures}.`);
  // What a runner user sees: the workspace at /home/runner/work/shop/shop, not under this temporary root.
  const asOnRunner = (text) => text.split(root).join('');
  return {
    html: asOnRunner(await readFile(result.files.html, 'utf8')),
    summary: asOnRunner(result.summaryMarkdown),
    comment: asOnRunner(comments[0]),
  };
}

// ---------------------------------------------------------------------------------------------------
// Markdown to HTML: GitHub-flavoured enough for the comment and summary (headings, tables, lists,
// quotes and alerts, fences, inline code, links, emphasis, and the HTML GitHub lets through).

function escapeText(text) {
  return text.replace(/&(?![a-zA-Z]+;|#\d+;|#x[0-9a-fA-F]+;)/g, '&amp;').replace(/<(?![a-zA-Z/!])/g, '&lt;');
}

function inline(text) {
  const codes = [];
  let out = text.replace(/(`+)([\s\S]*?[^`])\1(?!`)/g, (_m, _ticks, code) => {
    codes.push(`<code>${code.trim().replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')}</code>`);
    return `\uE000${codes.length - 1}\uE000`;
  });
  out = escapeText(out);
  out = out.replace(
    /!?\[([^\]]*)\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g,
    (_m, label, href) => `<a href="${href}">${label}</a>`,
  );
  out = out.replace(/\*\*([^*]+)\*\*/g, '<strong>$1</strong>').replace(/__([^_]+)__/g, '<strong>$1</strong>');
  out = out
    .replace(/(^|[^\w*])\*([^*\s][^*]*?)\*(?!\w)/g, '$1<em>$2</em>')
    .replace(/(^|\W)_([^_\s][^_]*?)_(?!\w)/g, '$1<em>$2</em>');
  out = out.replace(/\\([\\`*_{}[\]()#+\-.!|<>~])/g, '$1');
  return out.replace(/\uE000(\d+)\uE000/g, (_m, i) => codes[Number(i)]);
}

function splitRow(line) {
  const cells = [];
  let cell = '';
  let inCode = false;
  const body = line.trim().replace(/^\|/, '').replace(/\|$/, '');
  for (let i = 0; i < body.length; i++) {
    const ch = body[i];
    if (ch === '\\' && body[i + 1] === '|') {
      cell += '|';
      i++;
    } else if (ch === '`') {
      inCode = !inCode;
      cell += ch;
    } else if (ch === '|' && !inCode) {
      cells.push(cell.trim());
      cell = '';
    } else cell += ch;
  }
  cells.push(cell.trim());
  return cells;
}

function markdownToHtml(markdown) {
  const lines = markdown.replace(/\r\n/g, '\n').split('\n');
  const out = [];
  let i = 0;
  const isTableSep = (line) => /^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$/.test(line ?? '');
  while (i < lines.length) {
    const line = lines[i];
    if (/^\s*$/.test(line)) {
      i++;
    } else if (/^```/.test(line)) {
      const code = [];
      for (i++; i < lines.length && !/^```/.test(lines[i]); i++) code.push(lines[i]);
      i++;
      out.push(`<pre><code>${code.join('\n').replace(/&/g, '&amp;').replace(/</g, '&lt;')}</code></pre>`);
    } else if (/^#{1,6}\s/.test(line)) {
      const level = line.match(/^#+/)[0].length;
      out.push(`<h${level}>${inline(line.slice(level).trim())}</h${level}>`);
      i++;
    } else if (/^\s*(---|\*\*\*)\s*$/.test(line)) {
      out.push('<hr>');
      i++;
    } else if (line.includes('|') && isTableSep(lines[i + 1])) {
      const head = splitRow(line);
      const align = splitRow(lines[i + 1]).map((c) =>
        /^:?-+:$/.test(c) ? (c.startsWith(':') ? 'center' : 'right') : '',
      );
      const rows = [];
      for (i += 2; i < lines.length && lines[i].includes('|') && lines[i].trim() !== ''; i++)
        rows.push(splitRow(lines[i]));
      const td = (tag, text, n) => `<${tag}${align[n] ? ` align="${align[n]}"` : ''}>${inline(text)}</${tag}>`;
      out.push(
        `<table><thead><tr>${head.map((c, n) => td('th', c, n)).join('')}</tr></thead><tbody>${rows
          .map((r) => `<tr>${r.map((c, n) => td('td', c, n)).join('')}</tr>`)
          .join('')}</tbody></table>`,
      );
    } else if (/^>/.test(line)) {
      const quoted = [];
      for (; i < lines.length && /^>/.test(lines[i]); i++) quoted.push(lines[i].replace(/^>\s?/, ''));
      const alert = quoted[0]?.match(/^\[!(NOTE|TIP|IMPORTANT|WARNING|CAUTION)\]\s*$/);
      if (alert) {
        const kind = alert[1].toLowerCase();
        out.push(
          `<div class="alert alert-${kind}"><p class="alert-title">${alert[1][0]}${alert[1].slice(1).toLowerCase()}</p>${markdownToHtml(quoted.slice(1).join('\n'))}</div>`,
        );
      } else out.push(`<blockquote>${markdownToHtml(quoted.join('\n'))}</blockquote>`);
    } else if (/^\s*([-*+]|\d+[.)])\s+/.test(line)) {
      const ordered = /^\s*\d/.test(line);
      const items = [];
      for (; i < lines.length && (/^\s*([-*+]|\d+[.)])\s+/.test(lines[i]) || /^\s{2,}\S/.test(lines[i])); i++) {
        if (/^\s*([-*+]|\d+[.)])\s+/.test(lines[i]) && !/^\s{2,}/.test(lines[i]))
          items.push(lines[i].replace(/^\s*([-*+]|\d+[.)])\s+/, ''));
        else if (/^\s{2,}([-*+]|\d+[.)])\s+/.test(lines[i]))
          items.push(`\uE001${lines[i].replace(/^\s*([-*+]|\d+[.)])\s+/, '')}`);
        else items[items.length - 1] += ` ${lines[i].trim()}`;
      }
      const tag = ordered ? 'ol' : 'ul';
      const html = [];
      for (let n = 0; n < items.length; n++) {
        if (items[n].startsWith('\uE001')) continue;
        const nested = [];
        for (let k = n + 1; k < items.length && items[k].startsWith('\uE001'); k++) nested.push(items[k].slice(1));
        html.push(
          `<li>${inline(items[n])}${nested.length ? `<ul>${nested.map((x) => `<li>${inline(x)}</li>`).join('')}</ul>` : ''}</li>`,
        );
      }
      out.push(`<${tag}>${html.join('')}</${tag}>`);
    } else if (/^\s*<\/?[a-zA-Z!]/.test(line)) {
      // HTML GitHub lets through (<details>, <summary>, <sub>, comments): kept as written, with Markdown
      // inline syntax inside a <summary> line rendered as GitHub does when it is on its own line.
      out.push(/^\s*<!--/.test(line) ? '' : inline(line));
      i++;
    } else {
      const para = [];
      for (
        ;
        i < lines.length &&
        lines[i].trim() !== '' &&
        !/^(#{1,6}\s|```|>|\s*<\/?[a-zA-Z!]|\s*([-*+]|\d+[.)])\s)/.test(lines[i]);
        i++
      ) {
        if (lines[i].includes('|') && isTableSep(lines[i + 1])) break;
        para.push(lines[i]);
      }
      out.push(`<p>${para.map((p) => inline(p.replace(/\s{2,}$/, '<br>').replace(/\\$/, '<br>'))).join('\n')}</p>`);
    }
  }
  return out.join('\n');
}

const GITHUB_CSS = `
body{margin:0;background:#fff;color:#1f2328;font:14px/1.5 -apple-system,BlinkMacSystemFont,"Segoe UI","Noto Sans",Helvetica,Arial,sans-serif}
.frame{max-width:min(1200px,calc(100vw - 32px));margin:16px auto;border:1px solid #d1d9e0;border-radius:6px}
.frame-head{background:#f6f8fa;border-bottom:1px solid #d1d9e0;padding:8px 16px;color:#59636e;border-radius:6px 6px 0 0}
.frame-head strong{color:#1f2328}
.markdown-body{padding:16px 24px}
.markdown-body>*:first-child{margin-top:0}
h1,h2,h3,h4{margin:24px 0 12px;font-weight:600;line-height:1.25}
h1{font-size:2em;padding-bottom:.3em;border-bottom:1px solid #d1d9e0}h2{font-size:1.5em;padding-bottom:.3em;border-bottom:1px solid #d1d9e0}
h3{font-size:1.25em}h4{font-size:1em}
p,ul,ol,table,blockquote,pre,details,.alert{margin:0 0 16px}
ul,ol{padding-left:2em}li+li{margin-top:.25em}
a{color:#0969da;text-decoration:none}
code{font:85% ui-monospace,SFMono-Regular,"SF Mono",Menlo,Consolas,monospace;background:rgba(129,139,152,.12);padding:.2em .4em;border-radius:6px}
pre{background:#f6f8fa;padding:16px;border-radius:6px;overflow:auto}pre code{background:none;padding:0}
table{border-collapse:collapse;display:block;width:max-content;max-width:100%;overflow:auto}
th,td{border:1px solid #d1d9e0;padding:6px 13px}th{font-weight:600}tr:nth-child(2n){background:#f6f8fa}
blockquote{padding:0 1em;color:#59636e;border-left:.25em solid #d1d9e0}
.alert{padding:8px 16px;border-left:.25em solid #0969da}.alert>:last-child{margin-bottom:0}
.alert-title{font-weight:500;margin-bottom:4px}
.alert-note .alert-title{color:#0969da}.alert-tip{border-color:#1a7f37}.alert-tip .alert-title{color:#1a7f37}
.alert-important{border-color:#8250df}.alert-important .alert-title{color:#8250df}
.alert-warning{border-color:#9a6700}.alert-warning .alert-title{color:#9a6700}
.alert-caution{border-color:#d1242f}.alert-caution .alert-title{color:#d1242f}
summary{cursor:pointer}hr{border:0;height:.25em;background:#d1d9e0;margin:24px 0}
sub{font-size:smaller}
`;

function githubPage(title, frameHead, markdown) {
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${title}</title><style>${GITHUB_CSS}</style></head>
<body><div class="frame"><div class="frame-head">${frameHead}</div><div class="markdown-body">
${markdownToHtml(markdown)}
</div></div></body></html>
`;
}

// ---------------------------------------------------------------------------------------------------

// The pages, their hashes, and the screenshots.

function sha256(text) {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** The sample run through the report stage, and the exact pages the screenshots are taken from. */
export async function renderScreenshotPages() {
  const root = await mkdtemp(path.join(tmpdir(), 'testpipe-screenshots-'));
  try {
    const report = await renderRealReport(root);
    const pages = {
      'report.html': report.html,
      'comment.html': githubPage(
        'Comment',
        '<strong>github-actions</strong> <span>bot commented</span>',
        report.comment,
      ),
      'summary.html': githubPage('Summary', '<strong>report</strong> summary', report.summary),
    };
    return { report, pages };
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}

/** What docs/images.json records: each image with the sha256 of its page and how it was taken. */
export function screenshotManifest(pages) {
  const images = {};
  for (const { image, page, width, height, capture } of SCREENSHOTS)
    images[image] = { page, sha256: sha256(pages[page]), width, height, capture };
  return { generatedBy: REGENERATE, images };
}

/** Why the images in `docsDir` are not screenshots of `pages`, one line each; empty when they are current. */
export async function findStaleScreenshots(pages, docsDir = path.join(REPO_ROOT, 'docs')) {
  const manifestFile = path.join(docsDir, 'images.json');
  if (!existsSync(manifestFile)) return [`${path.relative(REPO_ROOT, manifestFile)} is missing`];
  const committed = JSON.parse(await readFile(manifestFile, 'utf8')).images ?? {};
  const expected = screenshotManifest(pages).images;
  const problems = [];
  for (const [image, entry] of Object.entries(expected)) {
    const file = path.relative(REPO_ROOT, path.join(docsDir, image));
    const was = committed[image];
    if (!existsSync(path.join(docsDir, image))) problems.push(`${file} is missing`);
    else if (!was) problems.push(`${file} is not in images.json`);
    else if (was.sha256 !== entry.sha256)
      problems.push(
        `${file} shows an older ${entry.page} (sha256 ${String(was.sha256).slice(0, 12)}…, now ${entry.sha256.slice(0, 12)}…)`,
      );
    else if (JSON.stringify(was) !== JSON.stringify(entry))
      problems.push(`${file} was taken differently (${JSON.stringify(was)}, now ${JSON.stringify(entry)})`);
  }
  for (const image of Object.keys(committed))
    if (!(image in expected)) problems.push(`images.json names ${image}, which nothing renders any more`);
  return problems;
}

export function staleScreenshotsMessage(problems) {
  return `The screenshots in docs/ are not current:\n${problems.map((p) => `  - ${p}`).join('\n')}\nRun \`${REGENERATE}\` (or this test with UPDATE_SCREENSHOTS=1) and commit docs/*.png and docs/images.json.`;
}

/** The Chromium the screenshots and browser checks use; a clear error when it is not installed. */
export function requireChromium() {
  const executable = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
  if (!existsSync(executable))
    throw new Error(
      `Chromium is missing at ${executable}: the screenshots are taken with it. Run \`bash scripts/ensure-test-tools.sh\` ` +
        "(as root it installs Debian's chromium), or set CHROMIUM_PATH to another Chromium build.",
    );
  return executable;
}

/** true or false when fontconfig can tell whether a colour emoji font is installed, undefined otherwise. */
export function hasColourEmojiFont() {
  try {
    return /emoji/i.test(execFileSync('fc-list', [':', 'family'], { encoding: 'utf8' }));
  } catch {
    return undefined;
  }
}

/** Width and height from a PNG's IHDR chunk. */
export function pngSize(bytes) {
  const signature = '89504e470d0a1a0a';
  if (bytes.length < 24 || Buffer.from(bytes.subarray(0, 8)).toString('hex') !== signature)
    throw new Error('not a PNG file');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/**
 * Loads each page in headless Chromium and screenshots it into `outDir`. `inspect(page, shot)` runs once the
 * page is ready, before the screenshot (the test reads the page there). Returns, per image, its file, size in
 * pixels and bytes, and the console errors and uncaught exceptions the page raised.
 */
export async function takeScreenshots(pages, outDir, { inspect, keepPagesIn } = {}) {
  const executablePath = requireChromium();
  const pagesDir = keepPagesIn ?? (await mkdtemp(path.join(tmpdir(), 'testpipe-screenshot-pages-')));
  const profile = await mkdtemp(path.join(tmpdir(), 'testpipe-chromium-profile-'));
  let context;
  try {
    await mkdir(pagesDir, { recursive: true });
    await mkdir(outDir, { recursive: true });
    context = await chromium.launchPersistentContext(profile, {
      executablePath,
      args: CHROMIUM_ARGS,
      headless: true,
      viewport: { width: 1280, height: 1000 },
      deviceScaleFactor: 1,
    });
    const page = context.pages()[0] ?? (await context.newPage());
    let errors = [];
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(`console: ${message.text()}`);
    });
    page.on('pageerror', (error) => errors.push(`exception: ${error.message}`));
    const shots = [];
    for (const shot of SCREENSHOTS) {
      errors = [];
      const file = path.join(pagesDir, shot.page);
      await writeFile(file, pages[shot.page]);
      await page.setViewportSize({ width: shot.width, height: shot.height });
      await page.goto(pathToFileURL(file).href);
      if (shot.page === 'report.html') await page.waitForSelector('html[data-ready="true"]');
      await inspect?.(page, shot);
      const png = path.join(outDir, shot.image);
      if (shot.capture === 'viewport') {
        const overflow = await page.evaluate(
          () => globalThis.document.scrollingElement.scrollWidth - globalThis.document.scrollingElement.clientWidth,
        );
        if (overflow > 0) console.warn(`warning: ${shot.page} scrolls sideways by ${overflow} px at ${shot.width} px`);
        await page.screenshot({ path: png });
      } else {
        // <details> stay closed, as GitHub shows them: the screenshot is what a reader sees before clicking.
        const bottom = await page.evaluate(() =>
          Math.ceil(globalThis.document.querySelector('.frame').getBoundingClientRect().bottom + 16),
        );
        await page.screenshot({
          path: png,
          fullPage: true,
          clip: { x: 0, y: 0, width: shot.width, height: Math.min(bottom, 2400) },
        });
      }
      const bytes = await readFile(png);
      shots.push({ image: shot.image, file: png, bytes: bytes.length, ...pngSize(bytes), errors });
    }
    return shots;
  } finally {
    await context?.close();
    await rm(profile, { recursive: true, force: true });
    if (!keepPagesIn) await rm(pagesDir, { recursive: true, force: true });
  }
}

/** Renders the pages, screenshots them into `outDir` (docs/) and writes images.json beside the images. */
export async function updateScreenshots({ outDir = path.join(REPO_ROOT, 'docs'), keepPagesIn } = {}) {
  requireChromium();
  const emoji = hasColourEmojiFont();
  if (emoji === false)
    throw new Error(
      'No colour emoji font is installed: the comment and summary would show empty boxes. Install one ' +
        '(Debian: apt-get install fonts-noto-color-emoji) and run again.',
    );
  if (emoji === undefined)
    console.warn('warning: fc-list is missing; cannot tell whether a colour emoji font is installed');
  const { pages } = await renderScreenshotPages();
  const shots = await takeScreenshots(pages, outDir, { keepPagesIn });
  for (const shot of shots)
    if (shot.errors.length) throw new Error(`${shot.image}: the page raised errors:\n${shot.errors.join('\n')}`);
  const manifestFile = path.join(outDir, 'images.json');
  const options = (await prettier.resolveConfig(manifestFile)) ?? {};
  const json = await prettier.format(JSON.stringify(screenshotManifest(pages), null, 2), {
    ...options,
    filepath: manifestFile,
    parser: 'json',
  });
  await writeFile(manifestFile, json);
  return shots;
}

async function main() {
  const { values: options } = parseArgs({
    options: { out: { type: 'string', default: 'docs' }, keep: { type: 'boolean', default: false } },
  });
  const outDir = path.resolve(REPO_ROOT, options.out);
  const keepPagesIn = options.keep ? await mkdtemp(path.join(tmpdir(), 'testpipe-screenshot-pages-')) : undefined;
  const shots = await updateScreenshots({ outDir, keepPagesIn });
  for (const shot of shots)
    console.log(`Wrote ${path.relative(process.cwd(), shot.file)} (${shot.width}×${shot.height}, ${shot.bytes} bytes)`);
  console.log(`Wrote ${path.relative(process.cwd(), path.join(outDir, 'images.json'))}`);
  if (keepPagesIn) console.log(`Kept the pages in ${keepPagesIn}`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) await main();
