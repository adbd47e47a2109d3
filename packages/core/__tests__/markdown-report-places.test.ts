// The summary names tests where they are: repository-relative, located when a stack trace said where.
import { describe, expect, it } from '@jest/globals';
import { RunBuilder } from '../src/merge/run-builder.js';
import { computeMetrics } from '../src/metrics/metrics.js';
import type { TestCaseRecord, TestRun } from '../src/model.js';
import { compareWithBase, renderMarkdownReport } from '../src/render/markdown/index.js';

const WORKSPACE = '/home/runner/work/shop/shop';

function runOf(records: TestCaseRecord[]): TestRun {
  const builder = new RunBuilder();
  for (const record of records) builder.add(record, { path: 'junit.xml' });
  return builder.build();
}

describe('Markdown places', () => {
  it('lists new failures repository-relative and fills the flaky table’s Location from the located place', () => {
    const file = `${WORKSPACE}/web/src/cart.test.ts`;
    const base = runOf([{ suite: 'cart', name: 'adds', file, attempts: [{ status: 'passed', durationMs: 1 }] }]);
    const run = runOf([
      { suite: 'cart', name: 'adds', file, attempts: [{ status: 'failed', durationMs: 1, failure: { message: 'x' } }] },
      {
        suite: 'cart',
        name: 'flakes',
        attempts: [
          { status: 'failed', durationMs: 1 },
          { status: 'passed', durationMs: 1 },
        ],
      },
    ]);
    run.tests.find((test) => test.name === 'flakes')!.location = { path: 'web/src/flaky.test.ts', line: 9 };
    const { markdown } = renderMarkdownReport(
      {
        reportName: 'Test report',
        run,
        metrics: computeMetrics(run),
        status: 'failed',
        gate: { minPassRate: 100, failOn: 'failures', reason: 'failed' },
        comparison: compareWithBase(run, base, 'main'),
        links: { workspace: WORKSPACE },
      },
      { target: 'summary' },
    );
    expect(markdown).not.toContain(WORKSPACE);
    expect(markdown).toContain('web/src/cart.test.ts › adds');
    expect(markdown).toContain('web/src/flaky.test.ts:9');
  });
});
