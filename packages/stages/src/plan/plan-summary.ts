import {
  describePrediction,
  escapeInline,
  estimateIsUnknown,
  formatDuration,
  UNKNOWN_ESTIMATE,
  type PipelinePlan,
  type ShardPlan,
} from '@testpipe/core';

function suiteSection(plan: ShardPlan): string {
  const lines = [`### ${escapeInline(plan.suite)}`, ''];
  if (plan.shards.length === 0) {
    lines.push(`Nothing to run: ${escapeInline(plan.reason ?? 'no tests were discovered')}.`);
    return lines.join('\n');
  }
  if (estimateIsUnknown(plan)) {
    lines.push(
      `${plan.shards.length} shard(s) by ${plan.granularity}; predicted wall time ${UNKNOWN_ESTIMATE}: ` +
        `split by count. The next run plans with the timings this one records.`,
    );
  } else {
    lines.push(
      `${plan.shards.length} shard(s) by ${plan.granularity}; predicted wall time ${formatDuration(plan.makespanMs)}, ` +
        `lower bound max(total/N, longest) ${formatDuration(plan.lowerBoundMs)}, ratio ${plan.ratio.toFixed(3)}; ` +
        `${Math.round(plan.knownShare * 100)} % of ${plan.granularity === 'test' ? 'tests' : 'files'} with known timings.`,
    );
  }
  if (plan.knownShare < 0.9 && !estimateIsUnknown(plan))
    lines.push('', '> Fewer than 90 % of the timings are known: the plan is partly estimated.');
  if (plan.reason) lines.push('', escapeInline(plan.reason));
  lines.push('', '| Shard | Units | Predicted |', '| --- | ---: | ---: |');
  for (const shard of plan.shards)
    lines.push(`| ${shard.name} | ${shard.units.length} | ${describePrediction(plan, shard.predictedMs)} |`);
  if (plan.tradeoffs?.length) {
    lines.push('', '<details><summary>shards: auto trade-off</summary>', '');
    lines.push('| N | Wall time | Runner minutes | Efficiency |', '| ---: | ---: | ---: | ---: |');
    for (const row of plan.tradeoffs) {
      lines.push(
        `| ${row.shards} | ${formatDuration(row.makespanMs)} | ${row.runnerMinutes.toFixed(1)}${row.withinBudget ? '' : ' (over budget)'} | ${(row.efficiency * 100).toFixed(0)} % |`,
      );
    }
    lines.push('', '</details>');
  }
  return lines.join('\n');
}

/** The plan job's summary: shards per suite with predicted times and how good the balance is. */
export function planSummaryMarkdown(plan: PipelinePlan): string {
  return [`## Test plan`, '', `Plan \`${plan.planHash.slice(0, 12)}\``, '', ...plan.suites.map(suiteSection)].join(
    '\n\n',
  );
}

/** The plan's trade-off and shard lines for a terminal. */
export function planSummaryText(plan: PipelinePlan): string {
  return plan.suites
    .map((s) =>
      s.shards.length === 0
        ? `${s.suite}: nothing to run (${s.reason ?? 'no tests'})`
        : estimateIsUnknown(s)
          ? `${s.suite}: ${s.shards.length} shard(s), predicted ${UNKNOWN_ESTIMATE}: split by count`
          : `${s.suite}: ${s.shards.length} shard(s), predicted ${formatDuration(s.makespanMs)} (lower bound ${formatDuration(s.lowerBoundMs)}, ratio ${s.ratio.toFixed(3)})`,
    )
    .join('\n');
}
