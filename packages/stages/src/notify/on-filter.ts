import { isBelowMinPassRate } from '@testpipe/core';
import { parseHistoryLines } from '../report/archive/history-entry.js';
import type { NotifyOn, NotifyVerdict } from './defaults.js';

export interface OnDecision {
  notify: boolean;
  /** Why not, for the log. */
  reason: string;
}

/** Failing, for `on: failure`: a failed or cancelled run (a run with no tests is not a failure here). */
function isFailure(verdict: NotifyVerdict): boolean {
  return verdict === 'failed' || verdict === 'cancelled';
}

/**
 * The `on` filter. `change` compares with the previous run on the same branch; with no previous verdict
 * known (the branch's first run, or the previous report expired) it notifies: a first verdict is news.
 */
export function decideOn(on: NotifyOn, verdict: NotifyVerdict, previous: NotifyVerdict | undefined): OnDecision {
  if (on === 'always') return { notify: true, reason: 'on: always' };
  if (on === 'failure') {
    return isFailure(verdict)
      ? { notify: true, reason: `on: failure, and the run ${verdict === 'failed' ? 'failed' : 'was cancelled'}` }
      : { notify: false, reason: `on: failure, and the verdict is ${verdict}` };
  }
  if (previous === undefined) return { notify: true, reason: 'on: change, and no previous verdict is known' };
  return previous === verdict
    ? { notify: false, reason: `on: change, and the verdict is ${verdict} as in the previous run` }
    : { notify: true, reason: `on: change, and the verdict went from ${previous} to ${verdict}` };
}

/**
 * The verdict of the newest run on `branch` in a history.jsonl (written by aggregate-report with
 * `history: true`), other than run `currentRunId`; undefined when the branch has no earlier run there.
 */
export function previousVerdictFromHistory(
  text: string,
  branch: string | undefined,
  currentRunId: string | undefined,
  minPassRate: number,
): NotifyVerdict | undefined {
  const { entries } = parseHistoryLines(text);
  const earlier = entries
    .filter((entry) => entry.branch === branch && entry.runId !== currentRunId)
    .sort((a, b) => a.at.localeCompare(b.at));
  const last = earlier.at(-1);
  if (!last) return undefined;
  if (last.total - last.skipped === 0) return 'no-tests';
  return isBelowMinPassRate(last, minPassRate) ? 'failed' : 'passed';
}
