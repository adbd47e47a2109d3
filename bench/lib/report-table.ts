// Formats the bench results as a Markdown table (one row per size and method) plus PASS/MISS per target.
import type { Measurement } from './measure.js';

/** What a row measures: the two CLI commands, and the two comparisons measured in the same run. */
export const METHODS = ['metrics', 'report', 'fxp', 'floor'] as const;
export type BenchMethod = (typeof METHODS)[number];

const LABELS: Record<BenchMethod, string> = {
  metrics: '`testpipe metrics --json`',
  report: '`testpipe report --out`',
  fxp: 'fast-xml-parser DOM',
  floor: 'byte-scan floor',
};

export interface SizeResult {
  sizeMiB: number;
  bytes: number;
  testcases: number;
  results: Record<BenchMethod, Measurement>;
}

const fmtMs = (ms: number | undefined): string => (ms === undefined ? 'n/a' : `${(ms / 1000).toFixed(2)} s`);
const fmtRss = (m: Measurement): string => (m.maxRssMiB === undefined ? 'n/a' : `${Math.round(m.maxRssMiB)} MB`);
export const fmtSize = (sizeMiB: number): string => (sizeMiB >= 1024 ? `${sizeMiB / 1024} GB` : `${sizeMiB} MB`);

/** fxp time / the method's time: how many times faster than fast-xml-parser's DOM parse. */
export function speedupOverFxp(row: SizeResult, method: BenchMethod): number | undefined {
  const m = row.results[method];
  const fxp = row.results.fxp;
  return m.ok && fxp.ok && m.ms && fxp.ms ? fxp.ms / m.ms : undefined;
}

/** The method's time / floor time: how many times slower than a raw byte scan. */
export function slowdownOverFloor(row: SizeResult, method: BenchMethod): number | undefined {
  const m = row.results[method];
  const floor = row.results.floor;
  return m.ok && floor.ok && m.ms && floor.ms ? m.ms / floor.ms : undefined;
}

const ratio = (value: number | undefined): string => (value === undefined ? '—' : `${value.toFixed(2)}×`);

export function formatTable(rows: SizeResult[]): string {
  const header = ['size', 'tests', 'method', 'time', 'peak RSS', '× vs fxp (faster)', '× vs floor (slower)'];
  const lines = [`| ${header.join(' | ')} |`, `|${header.map(() => '---').join('|')}|`];
  for (const row of rows) {
    for (const method of METHODS) {
      const m = row.results[method];
      const compared = method === 'metrics' || method === 'report';
      const cells = [
        fmtSize(row.sizeMiB),
        row.testcases.toLocaleString('en-US'),
        LABELS[method],
        m.ok ? fmtMs(m.ms) : `fails: ${m.error}`,
        fmtRss(m),
        compared ? ratio(speedupOverFxp(row, method)) : '',
        compared ? ratio(slowdownOverFloor(row, method)) : '',
      ];
      lines.push(`| ${cells.join(' | ')} |`);
    }
  }
  return lines.join('\n');
}

/** Differences between what the generator wrote and what each method counted. */
export function countMismatches(rows: SizeResult[]): string[] {
  const problems: string[] = [];
  for (const row of rows) {
    for (const method of METHODS) {
      const m = row.results[method];
      if (m.ok && m.testcases !== row.testcases) {
        problems.push(
          `${fmtSize(row.sizeMiB)}: ${method} counted ${m.testcases} tests, generator wrote ${row.testcases}`,
        );
      }
      if (m.notes) problems.push(`${fmtSize(row.sizeMiB)}: ${method}: ${m.notes}`);
    }
  }
  return problems;
}

interface Target {
  label: string;
  sizeMiB: number;
  method: BenchMethod;
  evaluate: (row: SizeResult) => { value: string; pass: boolean } | undefined;
}

function peakAtMost(method: BenchMethod, limitMiB: number): Target['evaluate'] {
  return (row) => {
    const m = row.results[method];
    return m.ok && m.maxRssMiB !== undefined
      ? { value: `${Math.round(m.maxRssMiB)} MB`, pass: m.maxRssMiB <= limitMiB }
      : undefined;
  };
}

const TARGETS: Target[] = [
  {
    label: '`testpipe metrics` ≥ 3× faster than fast-xml-parser at 100 MB',
    sizeMiB: 100,
    method: 'metrics',
    evaluate: (row) => {
      const speedup = speedupOverFxp(row, 'metrics');
      return speedup === undefined ? undefined : { value: `${speedup.toFixed(2)}×`, pass: speedup >= 3 };
    },
  },
  {
    label: '`testpipe metrics` within 4× of the byte-scan floor at 100 MB',
    sizeMiB: 100,
    method: 'metrics',
    evaluate: (row) => {
      const slowdown = slowdownOverFloor(row, 'metrics');
      return slowdown === undefined ? undefined : { value: `${slowdown.toFixed(2)}×`, pass: slowdown <= 4 };
    },
  },
  {
    label: '`testpipe metrics` peak RSS ≤ 200 MB at 1 GB',
    sizeMiB: 1024,
    method: 'metrics',
    evaluate: peakAtMost('metrics', 200),
  },
  {
    label: '`testpipe report` (HTML, CTRF, JUnit, timings) peak RSS ≤ 300 MB at 1 GB',
    sizeMiB: 1024,
    method: 'report',
    evaluate: peakAtMost('report', 300),
  },
];

export function formatTargets(rows: SizeResult[]): string {
  return TARGETS.map((target) => {
    const row = rows.find((r) => r.sizeMiB === target.sizeMiB);
    if (!row) return `- ${target.label}: n/a (size not run)`;
    const outcome = target.evaluate(row);
    if (!outcome) return `- ${target.label}: MISS (failed: ${row.results[target.method].error ?? 'no result'})`;
    return `- ${target.label}: ${outcome.value} → ${outcome.pass ? 'PASS' : 'MISS'}`;
  }).join('\n');
}
