import { planShards, ShardPlanInputError, type PlanShardsInput, type ShardPlan } from '../src/planning/index.js';
import type { Timings } from '../src/timings/types.js';

/** Timings with the given test ids → ms (pytest-split spelling: file is the part before "::"). */
function timingsOf(durations: Record<string, number>, extra: Partial<Timings> = {}): Timings {
  const tests: Timings['tests'] = {};
  for (const [id, durationMs] of Object.entries(durations)) {
    tests[id] = { file: id.split('::')[0], suite: 's', durationMs, samples: 1, lastSeen: 1 };
  }
  return { schemaVersion: 1, updatedAt: '2026-01-01T00:00:00.000Z', runs: 1, tests, files: {}, ...extra };
}

function unitsOf(durations: Record<string, number>): PlanShardsInput['units'] {
  return Object.keys(durations).map((id) => ({ id }));
}

function loads(plan: ShardPlan): number[] {
  return plan.shards.map((shard) => shard.predictedMs);
}

/** A fixed permutation: reversed, then every other element first. */
function shuffled<T>(items: readonly T[]): T[] {
  const reversed = [...items].reverse();
  return [...reversed.filter((_, index) => index % 2 === 0), ...reversed.filter((_, index) => index % 2 === 1)];
}

const mixed: Record<string, number> = {};
for (let index = 0; index < 60; index++) {
  mixed[`tests/test_${index % 7}.py::test_${index}`] = ((index * 7919) % 97) * 13 + 5;
}
// Equal durations make the tie-breaks matter.
for (let index = 0; index < 10; index++) mixed[`tests/test_eq.py::test_same_${index}`] = 250;

describe('planShards: determinism', () => {
  const input: PlanShardsInput = {
    suite: 'py',
    units: unitsOf(mixed),
    granularity: 'test',
    timings: timingsOf(mixed),
    shards: 5,
  };

  it('gives byte-identical JSON when run twice', () => {
    expect(JSON.stringify(planShards(input))).toBe(JSON.stringify(planShards(input)));
  });

  it('gives byte-identical JSON when units and timing keys come in another order', () => {
    const reorderedTimings = timingsOf(Object.fromEntries(shuffled(Object.entries(mixed))));
    const reordered: PlanShardsInput = { ...input, units: shuffled(input.units), timings: reorderedTimings };
    expect(Object.keys(reorderedTimings.tests)[0]).not.toBe(Object.keys(input.timings!.tests)[0]);
    expect(JSON.stringify(planShards(reordered))).toBe(JSON.stringify(planShards(input)));
  });

  it('changes the plan hash when a timing changes', () => {
    const changed = { ...mixed, 'tests/test_0.py::test_0': 9999 };
    const other = planShards({ ...input, timings: timingsOf(changed) });
    expect(other.planHash).toMatch(/^[0-9a-f]{64}$/);
    expect(other.planHash).not.toBe(planShards(input).planHash);
  });
});

describe('planShards: assignment quality', () => {
  it('puts every unit in exactly one shard, sorted, in shards named <suite>-<k>', () => {
    const plan = planShards({
      suite: 'py',
      units: unitsOf(mixed),
      granularity: 'test',
      timings: timingsOf(mixed),
      shards: 4,
    });
    expect(plan.shards.map((shard) => [shard.index, shard.name])).toEqual([
      [1, 'py-1'],
      [2, 'py-2'],
      [3, 'py-3'],
      [4, 'py-4'],
    ]);
    const all = plan.shards.flatMap((shard) => shard.units);
    expect([...all].sort()).toEqual(Object.keys(mixed).sort());
    for (const shard of plan.shards) expect(shard.units).toEqual([...shard.units].sort());
    const sumOfShard = (units: string[]): number => units.reduce((sum, id) => sum + mixed[id]!, 0);
    expect(plan.shards.map((shard) => sumOfShard(shard.units))).toEqual(loads(plan));
    expect(plan.makespanMs).toBe(Math.max(...loads(plan)));
    expect(plan.totalMs).toBe(Object.values(mixed).reduce((sum, ms) => sum + ms, 0));
  });

  it('makes the lower bound the giant test when one test outweighs the rest', () => {
    const durations = {
      'a.py::giant': 100_000,
      'a.py::t1': 1000,
      'a.py::t2': 2000,
      'a.py::t3': 3000,
      'a.py::t4': 4000,
    };
    const plan = planShards({
      suite: 's',
      units: unitsOf(durations),
      granularity: 'test',
      timings: timingsOf(durations),
      shards: 3,
    });
    expect(plan.lowerBoundMs).toBe(100_000);
    expect(plan.makespanMs).toBe(100_000);
    expect(plan.ratio).toBe(1);
    expect(plan.shards.find((shard) => shard.units.includes('a.py::giant'))!.units).toEqual(['a.py::giant']);
  });

  it('reaches the optimum where plain LPT does not (3,3,2,2,2 on two shards: LPT 7, optimum 6)', () => {
    const durations = { 'a.py::p': 3000, 'a.py::q': 3000, 'a.py::r': 2000, 'a.py::s': 2000, 'a.py::t': 2000 };
    const plan = planShards({
      suite: 's',
      units: unitsOf(durations),
      granularity: 'test',
      timings: timingsOf(durations),
      shards: 2,
    });
    expect(plan.lowerBoundMs).toBe(6000);
    expect(loads(plan).sort()).toEqual([6000, 6000]);
    expect(plan.ratio).toBe(1);
  });

  it('adds the shard overhead from timings, and lets the input override it', () => {
    const durations = { 'a.py::x': 4000, 'a.py::y': 4000 };
    const base = { suite: 's', units: unitsOf(durations), granularity: 'test' as const, shards: 2 };
    const fromTimings = planShards({ ...base, timings: timingsOf(durations, { shardOverheadMs: 30_000 }) });
    expect(loads(fromTimings)).toEqual([34_000, 34_000]);
    expect(fromTimings.lowerBoundMs).toBe(34_000);
    expect(fromTimings.shardOverheadMs).toBe(30_000);
    const overridden = planShards({
      ...base,
      timings: timingsOf(durations, { shardOverheadMs: 30_000 }),
      shardOverheadMs: 500,
    });
    expect(loads(overridden)).toEqual([4500, 4500]);
  });

  it('plans no more shards than there are units, and says so', () => {
    const durations = { 'a.py::x': 1000, 'a.py::y': 2000 };
    const plan = planShards({
      suite: 's',
      units: unitsOf(durations),
      granularity: 'test',
      timings: timingsOf(durations),
      shards: 5,
    });
    expect(plan.shards).toHaveLength(2);
    expect(plan.reason).toMatch(/5 shards were asked for but there are only 2 units/);
  });
});

describe('planShards: empty and invalid input', () => {
  it('returns a valid plan with zero shards and a reason when there are no units', () => {
    const plan = planShards({ suite: 'empty', units: [], granularity: 'file', shards: 4 });
    expect(plan).toMatchObject({
      schemaVersion: 1,
      suite: 'empty',
      shards: [],
      makespanMs: 0,
      lowerBoundMs: 0,
      ratio: 1,
    });
    expect(plan.reason).toMatch(/no test files to plan/);
    expect(plan.planHash).toMatch(/^[0-9a-f]{64}$/);
    expect(plan.estimates).toEqual({ known: 0, file: 0, directory: 0, suite: 0, default: 0 });
  });

  it.each([
    [{ shards: 0 }, /"shards" must be a positive integer or "auto", got 0/],
    [{ shards: 2.5 }, /"shards" must be a positive integer/],
    [{ granularity: 'suite' }, /"granularity" must be "test" or "file"/],
    [{ suite: ' ' }, /"suite" must be a non-empty name/],
    [{ maxParallel: 300, shards: 'auto' }, /"maxParallel" must be an integer from 1 to 256/],
    [{ runnerMinutesBudget: 0 }, /"runnerMinutesBudget" must be a positive number/],
    [{ shardOverheadMs: -1 }, /"shardOverheadMs" must be a non-negative number/],
    [{ units: [{ id: 'a.py::x' }, { id: 'a.py::x' }] }, /"units" lists "a.py::x" twice/],
    [{ units: [{ id: '' }] }, /"units" has a unit without an id/],
  ])('rejects %j with a message naming the input', (override, message) => {
    const input = {
      suite: 's',
      units: [{ id: 'a.py::x' }],
      granularity: 'test',
      shards: 2,
      ...override,
    } as PlanShardsInput;
    expect(() => planShards(input)).toThrow(ShardPlanInputError);
    expect(() => planShards(input)).toThrow(message);
  });
});
