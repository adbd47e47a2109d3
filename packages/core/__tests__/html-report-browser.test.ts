// Loads the rendered report in Debian's headless Chromium and uses it as a reader would.
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { computeMetrics } from '../src/metrics/metrics.js';
import { renderHtmlReport, type HtmlReportInput } from '../src/render/html/index.js';
import {
  largeInput,
  makeTest,
  runOf,
  sampleInput,
  SCRIPT_CLOSE_NAME,
  XSS_IMG_NAME,
  XSS_SCRIPT_NAME,
} from './fixtures/html/sample-run.js';

// Debian's chromium by default; CHROMIUM_PATH points elsewhere (e.g. google-chrome on GitHub's runners).
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const REPO_ROOT = resolve(fileURLToPath(import.meta.url), '../../../..');
const haveChromium = existsSync(CHROMIUM);
if (!haveChromium && !process.env.CI) {
  console.warn(`Skipping the HTML report browser tests: ${CHROMIUM} is missing (Debian: apt-get install chromium).`);
}
// In CI the browser tests always run, so a missing Chromium fails them instead of hiding them.
const describeInBrowser = haveChromium || process.env.CI ? describe : describe.skip;

/** The little of the DOM the page callbacks use: the project compiles without the DOM lib. */
interface PageNode {
  textContent: string | null;
  getAttribute(name: string): string | null;
}
interface PageGlobals {
  document: {
    getElementById(id: string): PageNode | null;
    querySelector(selector: string): PageNode | null;
    scrollingElement: { scrollWidth: number; clientWidth: number } | null;
  };
  scrollTo(x: number, y: number): void;
  __pwned?: unknown;
}

interface PageWatch {
  requests: string[];
  dialogs: string[];
  consoleErrors: string[];
  pageErrors: string[];
}

async function openReport(
  browser: Browser,
  dir: string,
  name: string,
  input: HtmlReportInput,
): Promise<[Page, PageWatch, string]> {
  const file = join(dir, `${name}.html`);
  await writeFile(file, renderHtmlReport(input));
  const url = pathToFileURL(file).href;
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const watch: PageWatch = { requests: [], dialogs: [], consoleErrors: [], pageErrors: [] };
  page.on('request', (request) => watch.requests.push(request.url()));
  page.on('dialog', (dialog) => {
    watch.dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  page.on('console', (message) => {
    if (message.type() === 'error') watch.consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => watch.pageErrors.push(error.message));
  await page.goto(url);
  await page.waitForSelector('html[data-ready="true"]');
  return [page, watch, url];
}

/** Types a search and waits until the table shows its result (the count label names the query it applied). */
async function search(page: Page, text: string): Promise<void> {
  await page.fill('#search', text);
  await page.waitForFunction(
    (query) =>
      (globalThis as unknown as PageGlobals).document.getElementById('result-count')?.getAttribute('data-query') ===
      query,
    text.trim().toLowerCase(),
  );
}

async function expectCount(page: Page, shown: string, total: string): Promise<void> {
  await page.waitForFunction(
    (label) => (globalThis as unknown as PageGlobals).document.getElementById('result-count')?.textContent === label,
    `Showing ${shown} of ${total} tests`,
  );
}

/** Test indices of the rows now in the DOM, top to bottom. */
async function rowIndices(page: Page): Promise<number[]> {
  return page.$$eval('#rows .row[data-index]', (rows) => rows.map((row) => Number(row.getAttribute('data-index'))));
}

async function rowNames(page: Page): Promise<string[]> {
  return page.$$eval('#rows .row .c-name', (cells) => cells.map((cell) => cell.textContent ?? ''));
}

async function clickRow(page: Page, name: string): Promise<void> {
  const index = (await rowNames(page)).indexOf(name);
  expect(index).toBeGreaterThanOrEqual(0);
  await page.locator('#rows .row[data-index]').nth(index).click();
  await page.waitForSelector('#detail:not([hidden])');
}

describeInBrowser('HTML report in Chromium', () => {
  let browser: Browser;
  let dir: string;

  beforeAll(async () => {
    if (!haveChromium) throw new Error(`${CHROMIUM} is missing; CI must install chromium (apt-get install chromium).`);
    dir = await mkdtemp(join(tmpdir(), 'testpipe-html-'));
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
  });

  afterAll(async () => {
    await browser?.close();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  describe('a small run', () => {
    const input = sampleInput();
    let page: Page;
    let watch: PageWatch;
    let url: string;

    beforeAll(async () => {
      [page, watch, url] = await openReport(browser, dir, 'sample', input);
    });

    afterAll(async () => {
      await page?.close();
    });

    it('renders the verdict and totals, and requests nothing but itself', async () => {
      expect(await page.textContent('#verdict')).toBe('Failed');
      expect(await page.textContent('[data-stat="total"] .stat-value')).toBe('48');
      expect(await page.textContent('[data-stat="failed"] .stat-value')).toBe('3');
      await expectCount(page, '48', '48');
      expect(watch.requests).toEqual([url]);
    });

    it('keeps only the visible rows in the DOM, failures first', async () => {
      const indices = await rowIndices(page);
      expect(indices.length).toBeGreaterThan(10);
      expect(indices.length).toBeLessThan(48);
      expect(input.run.tests[indices[0]!]!.status).toBe('failed');
      await page.$eval('#viewport', (el) => el.scrollTo(0, el.scrollHeight));
      await page.waitForFunction(
        () =>
          (globalThis as unknown as PageGlobals).document.querySelector('#rows .row:last-child .c-status')
            ?.textContent === 'passed',
      );
    });

    it('filters the table by a search for a test name', async () => {
      await search(page, 'divides');
      await expectCount(page, '1', '48');
      expect(await rowNames(page)).toEqual(['divides by zero']);
      await search(page, '');
      await expectCount(page, '48', '48');
    });

    it('filters by status', async () => {
      for (const status of ['passed', 'errored', 'flaky', 'skipped']) await page.uncheck(`[data-status="${status}"]`);
      await expectCount(page, '3', '48');
      const statuses = await page.$$eval('#rows .c-status', (cells) => cells.map((c) => c.textContent));
      expect(statuses).toEqual(['failed', 'failed', 'failed']);
      for (const status of ['passed', 'errored', 'flaky', 'skipped']) await page.check(`[data-status="${status}"]`);
      await expectCount(page, '48', '48');
    });

    it('sorts by duration, longest first, then shortest first', async () => {
      const durationsShown = async (): Promise<number[]> =>
        (await rowIndices(page)).map((i) => input.run.tests[i]!.durationMs);
      await page.click('[data-sort="duration"]');
      const descending = await durationsShown();
      expect(descending[0]).toBe(90_000);
      expect(descending).toEqual([...descending].sort((a, b) => b - a));
      expect(await page.getAttribute('[role=columnheader]:has([data-sort="duration"])', 'aria-sort')).toBe(
        'descending',
      );
      await page.click('[data-sort="duration"]');
      const ascending = await durationsShown();
      expect(ascending[0]).toBe(0);
      expect(ascending).toEqual([...ascending].sort((a, b) => a - b));
    });

    it("shows a test's attempts, message, stack and output when its row is clicked", async () => {
      await search(page, 'connects to db');
      await expectCount(page, '1', '48');
      await clickRow(page, 'connects to db');
      const detail = page.locator('#detail');
      expect(await detail.locator('.detail-name').textContent()).toBe('connects to db');
      expect(await detail.locator('pre.message').textContent()).toBe(
        'AssertionError: connect ECONNREFUSED 127.0.0.1:5432',
      );
      expect(await detail.locator('h4').allTextContents()).toEqual([
        expect.stringMatching(/^Attempt 1 of 1: errored, 5\.10 s \(shard 1\)$/),
      ]);
      await detail.locator('summary', { hasText: 'stdout' }).click();
      expect(await detail.locator('details:has(summary:text("stdout")) pre').textContent()).toBe(
        'pool starting\n<script>window.__pwned=3</script>',
      );
      expect(await detail.locator('a').getAttribute('href')).toBe(
        'https://github.com/example/project/blob/0123456789abcdef0123456789abcdef01234567/src/db.test.ts',
      );
    });

    it('shows hostile names and messages as text, and runs none of them', async () => {
      await search(page, 'img src');
      await expectCount(page, '1', '48');
      expect(await rowNames(page)).toEqual([XSS_IMG_NAME]);
      await clickRow(page, XSS_IMG_NAME);
      expect(await page.textContent('#detail .detail-name')).toBe(XSS_IMG_NAME);
      expect(await page.textContent('#detail pre.message')).toBe(`AssertionError: message with ${XSS_IMG_NAME}`);

      await search(page, '__pwned');
      await expectCount(page, '2', '48');
      expect((await rowNames(page)).sort()).toEqual([SCRIPT_CLOSE_NAME, XSS_SCRIPT_NAME].sort());
      await clickRow(page, SCRIPT_CLOSE_NAME);
      expect(await page.textContent('#detail pre.message')).toBe(
        'AssertionError: </script><script>window.__pwned=4</script>',
      );
      await clickRow(page, XSS_SCRIPT_NAME);
      expect(await page.textContent('#detail .detail-name')).toBe(XSS_SCRIPT_NAME);

      expect(await page.evaluate(() => (globalThis as unknown as PageGlobals).__pwned)).toBeUndefined();
      expect(await page.$$eval('img', (images) => images.length)).toBe(0);
      expect(await page.$$eval('script', (scripts) => scripts.length)).toBe(2);
      expect(watch.dialogs).toEqual([]);
      expect(watch.pageErrors).toEqual([]);
      expect(watch.consoleErrors).toEqual([]);
    });

    it('saves a screenshot of the report with a failure open', async () => {
      await search(page, 'divides');
      await expectCount(page, '1', '48');
      await clickRow(page, 'divides by zero');
      await page.evaluate(() => (globalThis as unknown as PageGlobals).scrollTo(0, 0));
      await mkdir(join(REPO_ROOT, 'test-artifacts'), { recursive: true });
      await page.screenshot({ path: join(REPO_ROOT, 'test-artifacts', 'html-report.png'), fullPage: true });
      expect(watch.requests).toEqual([url]);
    });
  });

  describe('failures first, new failures, long ids, paths', () => {
    const WORKSPACE = '/home/runner/work/project/project';
    const LONG = `com.example.${'VeryLongGeneratedPackageSegment'.repeat(9)}.parameterised[${'x'.repeat(20)}]`;
    const input = ((): HtmlReportInput => {
      const tests = [
        makeTest({ name: 'adds numbers', suite: 'math', file: 'src/math.test.ts', status: 'passed', durationMs: 3 }),
        makeTest({
          name: 'rejects a bad widget',
          suite: 'widgets',
          file: `${WORKSPACE}/src/widget.test.ts`,
          status: 'failed',
          durationMs: 30,
          message: 'expected quuxfrobnicator to be valid',
        }),
        makeTest({
          name: 'was already broken',
          suite: 'widgets',
          file: 'src/old.test.ts',
          status: 'failed',
          durationMs: 20,
        }),
        makeTest({
          name: LONG,
          suite: LONG,
          file: `src/${LONG}.test.ts`,
          status: 'failed',
          durationMs: 9_000,
          message: LONG,
          body: LONG,
        }),
        makeTest({ name: 'sometimes', suite: LONG, file: 'src/abs.test.ts', status: 'flaky', durationMs: 8_000 }),
      ];
      const run = runOf(tests);
      run.files[0]!.errors = [{ path: `${WORKSPACE}/results/${LONG}.xml`, kind: 'malformed', message: LONG }];
      const base: HtmlReportInput = {
        title: LONG,
        run,
        metrics: computeMetrics(run),
        generatedAt: '2026-03-01T12:00:00Z',
        repositoryUrl: 'https://github.com/example/project',
        commitSha: '0123456789abcdef0123456789abcdef01234567',
        baseComparison: {
          baseLabel: 'main',
          newFailures: [tests[1]!.id, tests[3]!.id],
          fixed: [],
          newTests: [tests[3]!.id],
          removedTests: [`src/${LONG}.test.ts::${LONG}::${LONG}`],
          passRateDelta: -40,
          durationDeltaMs: 1_000,
        },
      };
      return Object.assign(base, { roots: [WORKSPACE] });
    })();
    let page: Page;
    let watch: PageWatch;

    beforeAll(async () => {
      expect(input.run.tests[3]!.id.length).toBeGreaterThanOrEqual(300);
      [page, watch] = await openReport(browser, dir, 'layout', input);
    });

    afterAll(async () => {
      await page?.close();
    });

    const topOf = async (selector: string): Promise<number> => (await page.locator(selector).boundingBox())!.y;

    it('shows the failures first, then the comparison, then charts and the table', async () => {
      const failures = await topOf('#failures');
      const comparison = await topOf('#comparison');
      expect(failures).toBeLessThan(comparison);
      expect(comparison).toBeLessThan(await topOf('section.charts'));
      expect(comparison).toBeLessThan(await topOf('#all-tests'));
      expect(comparison).toBeLessThan(900);
    });

    it('keeps the problems card collapsed, at the bottom', async () => {
      expect(await page.$eval('#ingest-problems', (el) => el.tagName)).toBe('DETAILS');
      expect(await page.$eval('#ingest-problems', (el) => el.hasAttribute('open'))).toBe(false);
      expect(await page.$eval('main', (el) => el.lastElementChild?.id)).toBe('ingest-problems');
      expect(await page.locator('#ingest-problems ul').isVisible()).toBe(false);
      await page.click('#ingest-problems > summary');
      expect(await page.locator('#ingest-problems ul').isVisible()).toBe(true);
      await page.click('#ingest-problems > summary');
    });

    it('marks a new failure "new" in the table and in its detail view, and an old one not', async () => {
      await search(page, 'widget');
      await expectCount(page, '2', '5');
      const marked = await page.$$eval('#rows .row[data-index]', (rows) =>
        rows.map((row) => [row.querySelector('.c-name')?.textContent, row.querySelector('.badge-new')?.textContent]),
      );
      expect(marked).toEqual(
        expect.arrayContaining([
          ['rejects a bad widget', 'new'],
          ['was already broken', undefined],
        ]),
      );
      await clickRow(page, 'rejects a bad widget');
      expect(await page.textContent('#detail .detail-head .badge-new')).toBe('new');
      expect(await page.textContent('#detail')).toContain('New failure since main');
      await clickRow(page, 'was already broken');
      expect(await page.$$eval('#detail .badge-new', (badges) => badges.length)).toBe(0);
    });

    it('finds a test by a word of its failure message', async () => {
      await search(page, 'quuxfrobnicator');
      await expectCount(page, '1', '5');
      expect(await rowNames(page)).toEqual(['rejects a bad widget']);
    });

    it('shows repository-relative paths in the detail view and links them', async () => {
      await search(page, 'bad widget');
      await expectCount(page, '1', '5');
      await clickRow(page, 'rejects a bad widget');
      const file = page.locator('#detail dd a');
      expect(await file.textContent()).toBe('src/widget.test.ts');
      expect(await file.getAttribute('href')).toBe(
        'https://github.com/example/project/blob/0123456789abcdef0123456789abcdef01234567/src/widget.test.ts',
      );
      expect(await page.textContent('main')).not.toContain(WORKSPACE);
    });

    it('wraps a 300-character test id: no sideways scroll at 1280 px, with every card and the detail open', async () => {
      await search(page, '');
      await expectCount(page, '5', '5');
      await clickRow(page, LONG);
      await page.$$eval('details', (all) => all.forEach((d) => d.setAttribute('open', '')));
      const widths = await page.evaluate(() => {
        const root = (globalThis as unknown as PageGlobals).document.scrollingElement!;
        return { scroll: root.scrollWidth, client: root.clientWidth };
      });
      expect(widths.client).toBeLessThanOrEqual(1280);
      expect(widths.scroll).toBeLessThanOrEqual(widths.client);
      expect(watch.pageErrors).toEqual([]);
    });
  });

  it('loads 100,000 tests and searches them', async () => {
    const input = largeInput(100_000);
    const loadStart = performance.now();
    const [page, watch, url] = await openReport(browser, dir, 'large', input);
    const loadMs = performance.now() - loadStart;
    try {
      await expectCount(page, '100,001', '100,001');
      expect((await rowIndices(page)).length).toBeLessThan(60);

      const searchStart = performance.now();
      await search(page, 'needle-test-unique');
      await expectCount(page, '1', '100,001');
      const searchMs = performance.now() - searchStart;
      expect(await rowNames(page)).toEqual(['needle-test-unique-name']);

      await search(page, '');
      await expectCount(page, '100,001', '100,001');
      const sortStart = performance.now();
      await page.click('[data-sort="duration"]');
      await page.waitForFunction(
        () =>
          (globalThis as unknown as PageGlobals).document
            .querySelector('[role=columnheader]:has([data-sort="duration"])')
            ?.getAttribute('aria-sort') === 'descending',
      );
      const sortMs = performance.now() - sortStart;
      const longest = input.run.tests[(await rowIndices(page))[0]!]!.durationMs;
      expect(longest).toBe(Math.max(...input.run.tests.map((t) => t.durationMs)));

      const [slowestName] = await rowNames(page);
      await clickRow(page, slowestName!);
      expect(await page.textContent('#detail .detail-name')).toBe(slowestName);
      console.log(
        `100,001-test report in Chromium: load ${loadMs.toFixed(0)} ms, search ${searchMs.toFixed(0)} ms (incl. 150 ms debounce), sort by duration ${sortMs.toFixed(0)} ms`,
      );
      expect(watch.requests).toEqual([url]);
      expect(watch.pageErrors).toEqual([]);
    } finally {
      await page.close();
    }
  }, 180_000);
});
