import type { TestStatus } from '../../model.js';

/** Display order and colours of statuses, shared by charts, badges and the table script. */
export const STATUS_ORDER: readonly TestStatus[] = ['failed', 'errored', 'flaky', 'skipped', 'passed'];

export const STATUS_COLOURS: Readonly<Record<TestStatus, string>> = {
  passed: '#2da44e',
  failed: '#cf222e',
  errored: '#bc4c00',
  flaky: '#9a6700',
  skipped: '#6e7781',
};
