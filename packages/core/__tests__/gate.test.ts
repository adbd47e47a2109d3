import { describe, expect, it } from '@jest/globals';
import { evaluateGate } from '../src/gate/index.js';
import { computeMetrics, passRate, type Metrics } from '../src/metrics/index.js';
import { renderMarkdownReport } from '../src/render/markdown/index.js';
import type { TestRun } from '../src/model.js';

/** Metrics of a run with these counts; the pass rate as metrics.json has it (two decimals). */
function metricsWith(counts: { passed: number; failed: number; skipped?: number; flaky?: number }): Metrics {
  const { passed, failed, skipped = 0, flaky = 0 } = counts;
  const total = passed + failed + skipped + flaky;
  return {
    ...computeMetrics({ tests: [], files: [], duplicates: [] }),
    total,
    passed,
    failed,
    skipped,
    flaky,
    errored: 0,
    passRate: passRate(passed + flaky, total - skipped),
  };
}

describe('the pass-rate gate', () => {
  it('compares the exact ratio: 19,799 of 20,000 (98.995 %, shown 99.00 %) is below 99 %', () => {
    const metrics = metricsWith({ passed: 19_799, failed: 201 });
    expect(metrics.passRate).toBe(99);
    const verdict = evaluateGate(metrics, 99, 'failures');
    expect(verdict).toMatchObject({ status: 'failed', failStep: true });
    expect(verdict.reason).toBe(
      'Pass rate 98.995 % (19,799 of 20,000; shown rounded as 99.00 %) is below the required 99 % (201 failed, 0 errored).',
    );
  });

  it('passes exactly at the minimum, with the two-decimal figure alone', () => {
    const verdict = evaluateGate(metricsWith({ passed: 19_800, failed: 200 }), 99, 'failures');
    expect(verdict).toMatchObject({ status: 'passed', failStep: false });
    expect(verdict.reason).toBe('Pass rate 99.00 % meets the required 99 %.');
  });

  it('counts flaky tests as passing and leaves skipped tests out, as passRate does', () => {
    const metrics = metricsWith({ passed: 190, flaky: 8, failed: 2, skipped: 50 });
    expect(evaluateGate(metrics, 99, 'failures').status).toBe('passed');
    expect(evaluateGate(metrics, 99.01, 'failures').status).toBe('failed');
  });

  it('gives the exact rate when rounding down would hide a pass, too', () => {
    // 99,995 of 100,000 rounds to 100.00, which metrics caps at 99.99 while a test failed.
    const verdict = evaluateGate(metricsWith({ passed: 99_995, failed: 5 }), 99.995, 'failures');
    expect(verdict.status).toBe('passed');
    expect(verdict.reason).toBe(
      'Pass rate 99.995 % (99,995 of 100,000; shown rounded as 99.99 %) meets the required 99.995 %.',
    );
  });

  it('marks a cut figure: 2 of 3 is 66.666666… %', () => {
    const verdict = evaluateGate(metricsWith({ passed: 2, failed: 1 }), 66.67, 'failures');
    expect(verdict.reason).toContain('Pass rate 66.666666… % (2 of 3; shown rounded as 66.67 %) is below');
  });

  it('says the same in the report headline', () => {
    const metrics = metricsWith({ passed: 19_799, failed: 201 });
    const verdict = evaluateGate(metrics, 99, 'failures');
    const run: TestRun = { tests: [], files: [], duplicates: [] };
    const { markdown } = renderMarkdownReport(
      {
        reportName: 'unit',
        run,
        metrics,
        status: verdict.status,
        gate: { minPassRate: 99, failOn: 'failures', reason: verdict.reason },
      },
      { target: 'summary' },
    );
    expect(markdown).toContain(
      'Pass rate 98.995 % (19,799 of 20,000; shown rounded as 99.00 %); the gate requires at least 99.00 %',
    );
  });
});
