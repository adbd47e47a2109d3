import { formatDuration, type PipelinePlan, type ShardPlan } from '@testpipe/core';

function escapeCell(text: string): string {
  return text.replace(/[|\\`*_[\]<>&]/g, (c) => `\\${c}`);
}

function suiteSection(plan: ShardPlan): string {
  const lines = [`### ${escapeCell(plan.suite)}`, ''];
  if (plan.shards.length === 0) {
    lines.push(`Nothing to run: ${escapeCell(plan.reason ?? 'no tests were discovered')}.`);
    return lines.join('\n');
  }
  lines.push(
    `${plan.shards.length} shard(s) by ${plan.granularity}; predicted wall time ${formatDuration(plan.makespanMs)}, ` +
      `lower bound max(total/N, longest) ${formatDuration(plan.lowerBoundMs)}, ratio ${plan.ratio.toFixed(3)}; ` +
      `${Math.round(plan.knownShare * 100)} % of ${plan.granularity === 'test' ? 'tests' : 'files'} with known timings.`,
  );
  if (plan.knownShare < 0.9)
    lines.push('', '> Fewer than 90 % of the timings are known: the plan is partly estimated.');
  if (plan.reason) lines.push('', escapeCell(plan.reason));
  lines.push('', '| Shard | Units | Predicted |', '| --- | ---: | ---: |');
  for (const shard of plan.shards)
    lines.push(`| ${shard.name} | ${shard.units.length} | ${formatDuration(shard.predictedMs)} |`);
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
        : `${s.suite}: ${s.shards.length} shard(s), predicted ${formatDuration(s.makespanMs)} (lower bound ${formatDuration(s.lowerBoundMs)}, ratio ${s.ratio.toFixed(3)})`,
    )
    .join('\n');
}
