import type { Metrics } from '../metrics/index.js';
import type { ReportStatus } from '../render/markdown/types.js';
import { describePassRate, isBelowMinPassRate } from './exact-pass-rate.js';

/** What fails the step: a pass rate below the minimum (failures), only errored tests (errors), or nothing. */
export const FAIL_ON = ['failures', 'errors', 'nothing'] as const;
export type FailOn = (typeof FAIL_ON)[number];

/** What a run in which no test ran does: fail, warn, or pass quietly. */
export const IF_NO_RESULTS = ['error', 'warn', 'ignore'] as const;
export type IfNoResults = (typeof IF_NO_RESULTS)[number];

export interface GateVerdict {
  status: ReportStatus;
  /** Whether this step must fail, per `fail-on`. */
  failStep: boolean;
  /** One sentence a person can act on. */
  reason: string;
}

/**
 * The report's status is the pass-rate gate: failed when the exact pass rate (not the two-decimal
 * figure) is below minPassRate. `fail-on` then decides
 * whether that fails the step (failures), only errored tests do (errors), or nothing does.
 */
export function evaluateGate(metrics: Metrics, minPassRate: number, failOn: FailOn): GateVerdict {
  if (metrics.passRate === null) {
    return { status: 'no-tests', failStep: false, reason: 'No test ran, so there is no pass rate to gate on.' };
  }
  const below = isBelowMinPassRate(metrics, minPassRate);
  const status: ReportStatus = below ? 'failed' : 'passed';
  const rate = describePassRate(metrics, metrics.passRate, minPassRate);
  let reason = below
    ? `Pass rate ${rate} is below the required ${minPassRate} % (${metrics.failed} failed, ${metrics.errored} errored).`
    : `Pass rate ${rate} meets the required ${minPassRate} %.`;
  let failStep = false;
  if (failOn === 'failures') failStep = below;
  if (failOn === 'errors') {
    failStep = metrics.errored > 0;
    if (failStep) reason += ` ${metrics.errored} test(s) errored and fail-on is "errors".`;
  }
  if (failOn === 'nothing' && below) reason += ' fail-on is "nothing", so the step does not fail.';
  return { status, failStep, reason };
}

/** The one reading of `if-no-results`: whether a run without tests fails, and the line to show either way. */
export function noResultsVerdict(
  policy: IfNoResults,
  message: string,
): { failStep: boolean; warning?: string; failure?: string } {
  if (policy === 'error') return { failStep: true, failure: message };
  if (policy === 'warn') return { failStep: false, warning: message };
  return { failStep: false };
}
