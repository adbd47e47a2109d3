import { planShards, type PlanShardsInput } from '../src/planning/index.js';
import type { Timings } from '../src/timings/types.js';

function autoInput(durationsMs: number[], options: Partial<PlanShardsInput> = {}): PlanShardsInput {
  const tests: Timings['tests'] = {};
  durationsMs.forEach((durationMs, index) => {
    tests[`t.py::test_${index}`] = { file: 't.py', suite: 's', durationMs, samples: 1, lastSeen: 1 };
  });
  const timings: Timings = { schemaVersion: 1, updatedAt: '2026-01-01T00:00:00.000Z', runs: 1, tests, files: {} };
  return {
    suite: 's',
    units: Object.keys(tests).map((id) => ({ id })),
    granularity: 'test',
    timings,
    shards: 'auto',
    ...options,
  };
}

describe("planShards with shards: 'auto'", () => {
  it('takes the count with the best wall time and returns the trade-off table', () => {
    const plan = planShards(autoInput(Array(8).fill(10_000)));
    expect(plan.shards).toHaveLength(8);
    expect(plan.makespanMs).toBe(10_000);
    // Capped at the unit count (8), below the default maxParallel of 16.
    expect(plan.tradeoffs!.map((row) => [row.shards, row.makespanMs])).toEqual([
      [1, 80_000],
      [2, 40_000],
      [3, 30_000],
      [4, 20_000],
      [5, 20_000],
      [6, 20_000],
      [7, 20_000],
      [8, 10_000],
    ]);
    expect(plan.tradeoffs![7]).toEqual({
      shards: 8,
      makespanMs: 10_000,
      runnerMinutes: 1.33,
      efficiency: 1,
      withinBudget: true,
    });
    expect(plan.tradeoffs![4]!.efficiency).toBe(0.8);
  });

  it('prefers the smaller count when one more shard gains less than 5 %', () => {
    // Two shards: 104 s; three: 100 s (a 3.8 % gain) → two.
    expect(planShards(autoInput([100_000, 100_000, 4000])).shards).toHaveLength(2);
    // Two shards: 106 s; three: 100 s (a 5.7 % gain) → three.
    expect(planShards(autoInput([100_000, 100_000, 6000])).shards).toHaveLength(3);
  });

  it('stays within the runner-minutes budget, overhead included', () => {
    // 8 × 60 s of tests + 60 s per shard: N shards cost 8 + N runner minutes.
    const input = autoInput(Array(8).fill(60_000), { shardOverheadMs: 60_000 });
    expect(planShards(input).shards).toHaveLength(8);
    const budgeted = planShards({ ...input, runnerMinutesBudget: 12 });
    expect(budgeted.shards).toHaveLength(4);
    expect(budgeted.makespanMs).toBe(180_000);
    expect(budgeted.tradeoffs!.map((row) => row.withinBudget)).toEqual([
      true,
      true,
      true,
      true,
      false,
      false,
      false,
      false,
    ]);
    expect(budgeted.tradeoffs![3]!.runnerMinutes).toBe(12);
    expect(budgeted.reason).toBeUndefined();
  });

  it('plans one shard and explains when even one shard exceeds the budget', () => {
    const plan = planShards(autoInput(Array(4).fill(60_000), { runnerMinutesBudget: 2 }));
    expect(plan.shards).toHaveLength(1);
    expect(plan.reason).toMatch(/budget \(2 min\) is below the 4 min that even one shard needs/);
  });

  it('tries no more than maxParallel shards', () => {
    const plan = planShards(autoInput(Array(40).fill(1000), { maxParallel: 3 }));
    expect(plan.tradeoffs).toHaveLength(3);
    expect(plan.shards).toHaveLength(3);
  });
});
