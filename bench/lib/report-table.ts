// Formats the bench results as a Markdown table plus a PASS/MISS line per target.
import type { Measurement } from './measure.js';
import { MiB } from './dataset.js';

export interface SizeResult {
  sizeMiB: number;
  bytes: number;
  testcases: number;
  ours: Measurement;
  fxp: Measurement;
  floor: Measurement;
}

const fmtMs = (ms: number | undefined): string => (ms === undefined ? 'n/a' : `${(ms / 1000).toFixed(2)} s`);
const fmtRss = (m: Measurement): string => (m.maxRssMiB === undefined ? 'n/a' : `${Math.round(m.maxRssMiB)} MB`);
const fmtSize = (sizeMiB: number): string => (sizeMiB >= 1024 ? `${sizeMiB / 1024} GB` : `${sizeMiB} MB`);

/** fxp time / our time: how many times faster we are. */
export function speedupOverFxp(row: SizeResult): number | undefined {
  return row.ours.ok && row.fxp.ok && row.ours.ms && row.fxp.ms ? row.fxp.ms / row.ours.ms : undefined;
}

/** our time / floor time: how many times slower than a raw byte scan. */
export function slowdownOverFloor(row: SizeResult): number | undefined {
  return row.ours.ok && row.floor.ok && row.ours.ms && row.floor.ms ? row.ours.ms / row.floor.ms : undefined;
}

function oursCells(row: SizeResult): string[] {
  if (!row.ours.ok) return [`fails: ${row.ours.error}`, '', ''];
  const mbPerSecond = row.ours.ms ? row.bytes / MiB / (row.ours.ms / 1000) : 0;
  return [fmtMs(row.ours.ms), `${mbPerSecond.toFixed(0)} MB/s`, fmtRss(row.ours)];
}

function fxpCells(row: SizeResult): string[] {
  if (!row.fxp.ok) return [`fails: ${row.fxp.error}`, fmtRss(row.fxp)];
  return [fmtMs(row.fxp.ms), fmtRss(row.fxp)];
}

const ratio = (value: number | undefined, suffix: string): string =>
  value === undefined ? 'n/a' : `${value.toFixed(1)}× ${suffix}`;

export function formatTable(rows: SizeResult[]): string {
  const header = [
    'size',
    'testcases',
    'ours: time',
    'ours: MB/s',
    'ours: peak RSS',
    'fxp: time',
    'fxp: peak RSS',
    'floor: time',
    'ours vs fxp',
    'ours vs floor',
  ];
  const lines = [`| ${header.join(' | ')} |`, `|${header.map(() => '---').join('|')}|`];
  for (const row of rows) {
    const cells = [
      fmtSize(row.sizeMiB),
      row.testcases.toLocaleString('en-US'),
      ...oursCells(row),
      ...fxpCells(row),
      row.floor.ok ? fmtMs(row.floor.ms) : `fails: ${row.floor.error}`,
      ratio(speedupOverFxp(row), 'faster'),
      ratio(slowdownOverFloor(row), 'slower'),
    ];
    lines.push(`| ${cells.join(' | ')} |`);
  }
  return lines.join('\n');
}

/** Differences between what the generator wrote and what each method counted. */
export function countMismatches(rows: SizeResult[]): string[] {
  const problems: string[] = [];
  for (const row of rows) {
    for (const [name, m] of [
      ['ours', row.ours],
      ['fxp', row.fxp],
      ['floor', row.floor],
    ] as const) {
      if (m.ok && m.testcases !== row.testcases) {
        problems.push(
          `${fmtSize(row.sizeMiB)}: ${name} counted ${m.testcases} testcases, generator wrote ${row.testcases}`,
        );
      }
      if (m.notes) problems.push(`${fmtSize(row.sizeMiB)}: ${name}: ${m.notes}`);
    }
  }
  return problems;
}

interface Target {
  label: string;
  sizeMiB: number;
  evaluate: (row: SizeResult) => { value: string; pass: boolean } | undefined;
}

const TARGETS: Target[] = [
  {
    label: 'ingest ≥ 3× faster than fast-xml-parser at 100 MB',
    sizeMiB: 100,
    evaluate: (row) => {
      const speedup = speedupOverFxp(row);
      return speedup === undefined ? undefined : { value: `${speedup.toFixed(1)}×`, pass: speedup >= 3 };
    },
  },
  {
    label: 'ingest within 4× of the byte-scan floor at 100 MB',
    sizeMiB: 100,
    evaluate: (row) => {
      const slowdown = slowdownOverFloor(row);
      return slowdown === undefined ? undefined : { value: `${slowdown.toFixed(1)}×`, pass: slowdown <= 4 };
    },
  },
  {
    label: 'ingest peak RSS ≤ 200 MB at 1 GB',
    sizeMiB: 1024,
    evaluate: (row) =>
      row.ours.ok && row.ours.maxRssMiB !== undefined
        ? { value: `${Math.round(row.ours.maxRssMiB)} MB`, pass: row.ours.maxRssMiB <= 200 }
        : undefined,
  },
];

export function formatTargets(rows: SizeResult[]): string {
  return TARGETS.map((target) => {
    const row = rows.find((r) => r.sizeMiB === target.sizeMiB);
    if (!row) return `- ${target.label}: n/a (size not run)`;
    const outcome = target.evaluate(row);
    if (!outcome) return `- ${target.label}: MISS (ingest failed: ${row.ours.error ?? 'no result'})`;
    return `- ${target.label}: ${outcome.value} → ${outcome.pass ? 'PASS' : 'MISS'}`;
  }).join('\n');
}
