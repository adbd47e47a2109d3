import type { Metrics } from '../../metrics/metrics.js';
import { makespans } from '../../metrics/shard-clock.js';
import { formatPredictionRatio } from '../format.js';
import { escapeHtml } from './escape.js';
import { formatCount, formatDuration } from './format.js';

/** Each shard's predicted and actual clock time, slowest first; only when the shards' shard.json were read. */
export function shardsSection(metrics: Metrics): string {
  const shards = [...(metrics.shards ?? [])].sort((a, b) => b.actualMs - a.actualMs);
  if (shards.length === 0) return '';
  const span = makespans(shards);
  const predicted = span.predictedMs === undefined ? '' : `, predicted ${formatDuration(span.predictedMs)}`;
  const rows = shards
    .map(
      (shard) =>
        `<tr><td>${escapeHtml(shard.shard)}</td><td>${escapeHtml(shard.suite)}</td><td class="num">${shard.predictedMs === undefined ? '–' : formatDuration(shard.predictedMs)}</td><td class="num">${formatDuration(shard.actualMs)}</td><td class="num">${formatPredictionRatio(shard)}</td><td class="num">${formatCount(shard.attempts)}</td></tr>`,
    )
    .join('');
  return `<section class="card" id="shards"><h2>Shards: predicted and actual</h2>
<p>Slowest shard ${formatDuration(span.actualMs)}${predicted}. The run's duration is clock time from the first shard's start to the last shard's end; retries are not predicted.</p>
<table class="static"><thead><tr><th>Shard</th><th>Suite</th><th class="num">Predicted</th><th class="num">Actual</th><th class="num">Actual ÷ predicted</th><th class="num">Attempts</th></tr></thead><tbody>${rows}</tbody></table></section>`;
}
