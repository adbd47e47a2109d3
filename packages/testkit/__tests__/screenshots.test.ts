// The screenshots in docs/ come from real output: the sample run goes through the report stage, and its
// report.html, PR comment and job summary are loaded in headless Chromium and checked here. docs/images.json
// records the sha256 of each page an image was taken from; when a page changes (the renderer, the comment, the
// sample), this test fails until `npm run docs:screenshots` is run. With UPDATE_SCREENSHOTS=1 it writes the
// images and images.json itself; otherwise it never writes into docs/.
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  findStaleScreenshots,
  pngSize,
  renderScreenshotPages,
  REPO_ROOT,
  requireChromium,
  screenshotManifest,
  SCREENSHOTS,
  staleScreenshotsMessage,
  takeScreenshots,
  updateScreenshots,
  type ScreenshotPages,
} from '../../../scripts/screenshots.mjs';

const DOCS = path.join(REPO_ROOT, 'docs');
const UPDATE = process.env.UPDATE_SCREENSHOTS === '1';

/** The little of the DOM the page callbacks use: the project compiles without the DOM lib. */
interface PageGlobals {
  document: {
    querySelectorAll(
      selector: string,
    ): ArrayLike<{ getAttribute(name: string): string | null; textContent: string | null }>;
  };
}

let rendered: ScreenshotPages;

beforeAll(async () => {
  rendered = await renderScreenshotPages();
}, 60_000);

describe('docs screenshots', () => {
  test('the comment is what a pull request gets: the verdict, the new failures and the flaky test', () => {
    const { comment } = rendered.report;
    expect(comment).toMatch(/^## ❌ Shop tests: failed$/m);
    expect(comment).toContain(
      '**4 of 17 tests failed, 2 new against main (run 4211).** Pass rate 76.47 %; the gate requires at least 95.00 %',
    );
    expect(comment).toMatch(/^### Flaky tests \(1\)$/m);
    expect(comment).toContain('| chargesACardWith3DSecure | com.acme.shop.payment.PaymentServiceTest |');
    expect(comment).toContain('(https://github.com/acme/shop/actions/runs/4242)');
    expect(comment.length).toBeLessThanOrEqual(65_535);
    // Paths read as on a GitHub-hosted runner, never as the temporary directory the sample ran in.
    expect(comment).toContain('/home/runner/work/shop/shop/web/src/cart/cart.test.ts:58:34');
    for (const text of [comment, rendered.report.summary, rendered.report.html])
      expect(text).not.toContain(tmpdir() + path.sep);
  });

  test('the pages are the same on every run (fixed clock, durations and paths)', async () => {
    const again = await renderScreenshotPages();
    expect(screenshotManifest(again.pages)).toEqual(screenshotManifest(rendered.pages));
  });

  test('the committed images are screenshots of the current pages', async () => {
    if (UPDATE) await updateScreenshots({ outDir: DOCS });
    const problems = await findStaleScreenshots(rendered.pages, DOCS);
    if (problems.length) throw new Error(staleScreenshotsMessage(problems));
    for (const { image, width } of SCREENSHOTS) {
      const size = pngSize(await readFile(path.join(DOCS, image)));
      expect(size.width).toBe(width);
    }
  });

  test('a changed page is reported as stale, naming the command to run', async () => {
    const changed = { ...rendered.pages, 'comment.html': rendered.pages['comment.html'] + '\n<!-- changed -->' };
    const problems = await findStaleScreenshots(changed, DOCS);
    expect(problems).toEqual([expect.stringMatching(/^docs\/comment\.png shows an older comment\.html \(sha256 /)]);
    expect(staleScreenshotsMessage(problems)).toContain('Run `npm run docs:screenshots`');
    const empty = await mkdtemp(path.join(tmpdir(), 'testpipe-docs-'));
    try {
      expect(await findStaleScreenshots(rendered.pages, empty)).toEqual([
        `${path.relative(REPO_ROOT, path.join(empty, 'images.json'))} is missing`,
      ]);
    } finally {
      await rm(empty, { recursive: true, force: true });
    }
  });

  test('report.html, the comment and the summary load in Chromium without errors, with the summary tiles', async () => {
    requireChromium(); // fails with what to install when Chromium is missing
    const out = await mkdtemp(path.join(tmpdir(), 'testpipe-screenshots-test-'));
    const tiles: Record<string, string> = {};
    try {
      const shots = await takeScreenshots(rendered.pages, out, {
        inspect: async (page, shot) => {
          if (shot.page !== 'report.html') return;
          const read = await page.evaluate(() =>
            Array.from((globalThis as unknown as PageGlobals).document.querySelectorAll('#totals .stat')).map(
              (tile) => [tile.getAttribute('data-stat'), tile.textContent] as const,
            ),
          );
          for (const [key, text] of read) tiles[String(key)] = String(text);
        },
      });
      expect(shots.map((shot) => [shot.image, shot.errors])).toEqual(SCREENSHOTS.map(({ image }) => [image, []]));
      for (const shot of shots) {
        expect(existsSync(shot.file)).toBe(true);
        expect(shot.width).toBe(SCREENSHOTS.find((s) => s.image === shot.image)?.width);
        expect(shot.bytes).toBeGreaterThan(10_000);
      }
    } finally {
      await rm(out, { recursive: true, force: true });
    }
    expect(tiles).toEqual({
      total: '17Total',
      passed: '12Passed',
      failed: '3Failed',
      errored: '1Errored',
      flaky: '1Flaky',
      skipped: '0Skipped',
    });
  });
});
