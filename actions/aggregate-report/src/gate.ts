import type { Metrics } from '@testpipe/core';
import type { FailOn } from './config.js';

export type ReportStatus = 'passed' | 'failed' | 'no-tests';

export interface GateVerdict {
  status: ReportStatus;
  /** Whether this step must fail, per `fail-on`. */
  failStep: boolean;
  /** One sentence a person can act on. */
  reason: string;
}

/**
 * The report's status is the pass-rate gate: failed when passRate < minPassRate. `fail-on` then decides
 * whether that fails the step (failures), only errored tests do (errors), or nothing does.
 */
export function evaluateGate(metrics: Metrics, minPassRate: number, failOn: FailOn): GateVerdict {
  if (metrics.passRate === null) {
    return { status: 'no-tests', failStep: false, reason: 'No test ran, so there is no pass rate to gate on.' };
  }
  const below = metrics.passRate < minPassRate;
  const status: ReportStatus = below ? 'failed' : 'passed';
  const rate = `${metrics.passRate.toFixed(2)} %`;
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
