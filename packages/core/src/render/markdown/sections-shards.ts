import { makespans } from '../../metrics/shard-clock.js';
import { formatCount, formatDuration, formatPredictionRatio } from './format.js';
import { cell, MAX_SUITE, moreLines, type ReportContext } from './section-parts.js';
import { tableRow } from './escape.js';

/** Each shard's predicted and actual clock time (from the shards' shard.json), slowest first. */
export function shardsSection(ctx: ReportContext, cap: number): string {
  const shards = ctx.input.metrics.shards ?? [];
  if (shards.length === 0 || cap === 0) return '';
  const shown = [...shards].sort((a, b) => b.actualMs - a.actualMs).slice(0, cap);
  const span = makespans(shards);
  const predicted = span.predictedMs === undefined ? '' : `, predicted ${formatDuration(span.predictedMs)}`;
  return [
    '### Shards: predicted and actual',
    '',
    `Slowest shard ${formatDuration(span.actualMs)}${predicted}. Retries are not predicted.`,
    '',
    tableRow(['Shard', 'Suite', 'Predicted', 'Actual', 'Actual ÷ predicted', 'Attempts']),
    tableRow(['---', '---', '---:', '---:', '---:', '---:']),
    ...shown.map((shard) =>
      tableRow([
        cell(shard.shard, MAX_SUITE),
        cell(shard.suite, MAX_SUITE),
        shard.predictedMs === undefined ? '–' : formatDuration(shard.predictedMs),
        formatDuration(shard.actualMs),
        formatPredictionRatio(shard),
        formatCount(shard.attempts),
      ]),
    ),
    ...moreLines(shown.length, shards.length, 'shards'),
  ].join('\n');
}
