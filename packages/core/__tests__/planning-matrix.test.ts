import {
  findShard,
  matrixFromPlans,
  MatrixTooLargeError,
  planShards,
  ShardNotFoundError,
  type ShardPlan,
} from '../src/planning/index.js';

function planOf(suite: string, unitCount: number, shards: number): ShardPlan {
  const units = Array.from({ length: unitCount }, (_, index) => ({ id: `${suite}/test_${index}.py` }));
  return planShards({ suite, units, granularity: 'file', shards });
}

describe('matrixFromPlans', () => {
  it('lists every shard of every plan by name, suite and index', () => {
    expect(matrixFromPlans([planOf('api', 4, 2), planOf('ui', 3, 1)])).toEqual({
      include: [
        { shard: 'api-1', suite: 'api', index: 1 },
        { shard: 'api-2', suite: 'api', index: 2 },
        { shard: 'ui-1', suite: 'ui', index: 1 },
      ],
    });
  });

  it('accepts 256 jobs and refuses 257 with a message suggesting fewer shards', () => {
    const full = [planOf('a', 200, 200), planOf('b', 56, 56)];
    expect(matrixFromPlans(full).include).toHaveLength(256);
    const over = [planOf('a', 200, 200), planOf('b', 57, 57)];
    expect(() => matrixFromPlans(over)).toThrow(MatrixTooLargeError);
    expect(() => matrixFromPlans(over)).toThrow(
      /need 257 matrix jobs but a GitHub Actions matrix runs at most 256\. Lower "shards"/,
    );
  });

  it('gives an empty include for plans without shards', () => {
    expect(matrixFromPlans([planOf('none', 0, 3)])).toEqual({ include: [] });
  });

  it('refuses two plans of the same suite', () => {
    expect(() => matrixFromPlans([planOf('api', 2, 1), planOf('api', 2, 2)])).toThrow(/"api" is planned twice/);
  });
});

describe('findShard', () => {
  const plans = [planOf('api', 4, 2), planOf('ui', 3, 1)];

  it('returns the shard and its plan', () => {
    const { plan, shard } = findShard(plans, 'api-2');
    expect(plan.suite).toBe('api');
    expect(shard.index).toBe(2);
    expect(shard.units).toHaveLength(2);
  });

  it('names the shards it has when the name is unknown', () => {
    expect(() => findShard(plans, 'api-3')).toThrow(ShardNotFoundError);
    expect(() => findShard(plans, 'api-3')).toThrow(
      /No shard named "api-3" in the plan \(shards: api-1, api-2, ui-1\)/,
    );
  });
});
