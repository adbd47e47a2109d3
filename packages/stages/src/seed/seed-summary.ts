// The step summary: each target's attempts, migrations, what was seeded, the smoke checks.
import { formatDuration, type Secrets } from '@testpipe/core';
import type { SeedRecord } from './datasets/load-dataset.js';
import type { TargetOutcome } from './health/wait-for-targets.js';
import type { MigrationReport } from './migrations/run-migrations.js';
import type { SmokeCheckResult } from './smoke/smoke-checks.js';

export interface SeedReport {
  health: TargetOutcome[];
  migrations?: MigrationReport;
  seeded?: SeedRecord;
  checks: SmokeCheckResult[];
  failure?: string;
}

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

export function renderSeedSummary(report: SeedReport, secrets: Secrets): string {
  const out: string[] = ['## testpipe seed', ''];
  if (report.failure) out.push(`> [!CAUTION]\n> ${cell(report.failure)}`, '');
  if (report.health.length > 0) {
    out.push(
      '### Health checks',
      '',
      '| target | kind | attempts | state | time | last error |',
      '|---|---|---:|---|---:|---|',
    );
    for (const t of report.health) {
      out.push(
        `| ${cell(t.target)} | ${t.kind} | ${t.attempts} | ${t.state} | ${formatDuration(t.elapsedMs)} | ${cell(t.state === 'ready' ? '' : (t.lastError ?? ''))} |`,
      );
    }
    out.push('');
  }
  if (report.migrations) {
    const m = report.migrations;
    out.push('### Migrations', '');
    out.push(
      `Schema version: **${m.schemaVersion ?? 'none'}**. Applied: ${m.applied.length ? m.applied.map((f) => `\`${f}\``).join(', ') : 'none (up to date)'}.`,
    );
    if (m.pending.length) out.push(`Pending (validate-only): ${m.pending.map((f) => `\`${f}\``).join(', ')}.`);
    if (m.drifted.length) out.push(`Drift accepted: ${m.drifted.map((f) => `\`${f}\``).join(', ')}.`);
    out.push('');
  }
  if (report.seeded) {
    const s = report.seeded;
    out.push(`### Data set \`${s.dataset}\` ${s.version}`, '', `Checksum \`${s.checksum}\``, '');
    out.push('| table | rows | origin | masked columns | checksum |', '|---|---:|---|---|---|');
    for (const t of s.tables)
      out.push(
        `| ${t.table} | ${t.rows} | ${t.origin} | ${t.masked.join(', ') || '—'} | \`${t.checksum.slice(0, 12)}\` |`,
      );
    out.push('');
  }
  if (report.checks.length > 0) {
    const failed = report.checks.filter((c) => !c.passed).length;
    out.push(
      `### Smoke checks: ${report.checks.length - failed} passed, ${failed} failed`,
      '',
      '| check | result |',
      '|---|---|',
    );
    for (const c of report.checks)
      out.push(`| ${cell(c.name)} | ${c.passed ? 'passed' : `**failed**: ${cell(c.message ?? '')}`} |`);
    out.push('');
  }
  return secrets.redact(out.join('\n'));
}
