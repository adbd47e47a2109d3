// Screenshots of what the notify stage sends: the Slack message (the Block Kit payload the stage posted
// to the loopback Slack stand-in, drawn by testkit's Block Kit renderer) and the email (the HTML body
// as the SMTP stand-in received and parsed it). Writes docs/notify-slack.png and docs/notify-email.png.
//
//   node --import tsx scripts/notify-screenshots.mjs [--out docs]
//
// Needs Chromium (/usr/bin/chromium, or CHROMIUM_PATH), playwright-core, and a colour emoji font.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { computeMetrics, ingestReports, systemClock } from '@testpipe/core';
import { runNotify } from '@testpipe/stages';
import { renderBlockKitHtml, startLocalSmtp, startSlackWebhookSink } from '@testpipe/testkit';

const REPO_ROOT = path.resolve(fileURLToPath(import.meta.url), '../..');
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const { values: options } = parseArgs({ options: { out: { type: 'string', default: 'docs' } } });
const outDir = path.resolve(REPO_ROOT, options.out);

function xml(text) {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** A Surefire-style report: passing tests, failures, and flaky ones (flakyFailure then a pass). */
function surefire(failing, flaky) {
  const cases = [];
  for (let i = 0; i < 214; i++)
    cases.push(
      `<testcase classname="com.acme.shop.CatalogTest" name="lists product ${i}" time="0.${((i * 37) % 90) + 10}"/>`,
    );
  for (const [classname, name] of failing) {
    cases.push(
      `<testcase classname="${xml(classname)}" name="${xml(name)}" time="2.4"><failure message="expected 200 but was 503" type="AssertionError">AssertionError</failure></testcase>`,
    );
  }
  for (const [classname, name] of flaky) {
    cases.push(
      `<testcase classname="${xml(classname)}" name="${xml(name)}" time="1.1"><flakyFailure message="Timed out after 5000 ms" type="TimeoutException"/></testcase>`,
    );
  }
  return `<?xml version="1.0"?><testsuite name="shop" tests="${cases.length}">${cases.join('')}</testsuite>`;
}

async function metricsFile(dir, name, failing, flaky) {
  const junit = path.join(dir, `${name}.xml`);
  await writeFile(junit, surefire(failing, flaky));
  const file = path.join(dir, `${name}.json`);
  await writeFile(file, JSON.stringify(computeMetrics(await ingestReports([junit]))));
  return file;
}

const FAILING = [
  ['com.acme.shop.payment.PaymentServiceTest', 'refunds a captured card payment'],
  ['com.acme.shop.checkout.CheckoutFlowTest', 'applies the <!channel> promo code *SPRING25*'],
  ['com.acme.shop.inventory.StockLevelTest', 'reserves stock for a pending order'],
];
const FLAKY = [
  ['com.acme.shop.search.SearchIndexTest', 'reindexes after a price change'],
  ['com.acme.shop.cart.CartSessionTest', 'keeps the cart across a login'],
];

const work = await mkdtemp(path.join(tmpdir(), 'notify-screenshots-'));
const [slack, smtp] = await Promise.all([startSlackWebhookSink(), startLocalSmtp()]);
try {
  const metrics = await metricsFile(work, 'metrics', FAILING, FLAKY);
  const previous = await metricsFile(work, 'previous', FAILING.slice(2), []);
  await writeFile(path.join(work, 'report.html'), '<!doctype html><title>Test report</title>');
  const result = await runNotify(
    {
      metricsFile: metrics,
      previousMetricsFile: previous,
      on: 'always',
      minPassRate: 100,
      topN: 10,
      mentionOnFailure: '<!subteam^S0QA|qa-team>',
      failOnError: true,
      context: {
        repository: 'acme/shop',
        serverUrl: 'https://github.com',
        branch: 'main',
        commitSha: '3f9c2e7a1b4d6f8e0a2c4e6b8d0f1a3c5e7b9d1f',
        pullRequest: { number: 128, url: 'https://github.com/acme/shop/pull/128', title: 'Spring promotions' },
        runId: 4242,
        runUrl: 'https://github.com/acme/shop/actions/runs/4242',
        reportUrl: 'https://github.com/acme/shop/actions/runs/4242#artifacts',
        workflow: 'CI',
        actor: 'octocat',
      },
      slackWebhook: { url: slack.url },
      email: {
        smtpUrl: `smtp://${smtp.host}:${smtp.port}`,
        to: ['qa@acme.example'],
        subjectPrefix: '[testpipe]',
        attachmentLimitBytes: 5 * 1024 * 1024,
      },
    },
    {
      logger: { debug() {}, info() {}, warning: console.warn, error: console.error, group: (_n, b) => b() },
      clock: systemClock,
    },
  );
  if (result.failStep) throw new Error(`notify failed: ${JSON.stringify(result.channels)}`);

  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu'],
  });
  try {
    await mkdir(outDir, { recursive: true });
    const page = await browser.newPage({ viewport: { width: 800, height: 600 }, deviceScaleFactor: 1 });
    await page.setContent(renderBlockKitHtml(slack.messages[0]));
    await page.locator('.msg').screenshot({ path: path.join(outDir, 'notify-slack.png') });
    await page.setViewportSize({ width: 720, height: 600 });
    await page.setContent(smtp.messages[0].html);
    await page.screenshot({ path: path.join(outDir, 'notify-email.png'), fullPage: true });
    console.log(`wrote ${path.relative(REPO_ROOT, path.join(outDir, 'notify-slack.png'))} and notify-email.png`);
  } finally {
    await browser.close();
  }
} finally {
  await Promise.all([slack.close(), smtp.close()]);
  await rm(work, { recursive: true, force: true });
}
