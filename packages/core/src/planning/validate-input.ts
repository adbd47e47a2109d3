// Checks the planner's input once, at the edge, with a message naming the bad input.
import { ShardPlanInputError } from './errors.js';
import { DEFAULT_MAX_PARALLEL, MAX_MATRIX_JOBS, type PlanShardsInput } from './types.js';

function isPositiveInteger(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1;
}

function validateUnits(input: PlanShardsInput): void {
  if (!Array.isArray(input.units)) throw new ShardPlanInputError('units', 'must be an array of { id, file? }.');
  const seen = new Set<string>();
  for (const unit of input.units) {
    if (typeof unit?.id !== 'string' || unit.id === '') {
      throw new ShardPlanInputError('units', 'has a unit without an id; every unit needs the id the runner accepts.');
    }
    if (unit.file !== undefined && typeof unit.file !== 'string') {
      throw new ShardPlanInputError('units', `has a non-string file for unit "${unit.id}".`);
    }
    if (seen.has(unit.id)) {
      throw new ShardPlanInputError('units', `lists "${unit.id}" twice; each test or file may be planned once.`);
    }
    seen.add(unit.id);
  }
}

/** Returns the shard-count cap that applies to 'auto'. */
export function validatePlanInput(input: PlanShardsInput): { maxParallel: number } {
  if (typeof input.suite !== 'string' || input.suite.trim() === '') {
    throw new ShardPlanInputError('suite', 'must be a non-empty name; shards are named "<suite>-<k>".');
  }
  if (input.granularity !== 'test' && input.granularity !== 'file') {
    throw new ShardPlanInputError('granularity', `must be "test" or "file", got ${JSON.stringify(input.granularity)}.`);
  }
  if (input.shards !== 'auto' && !isPositiveInteger(input.shards)) {
    throw new ShardPlanInputError(
      'shards',
      `must be a positive integer or "auto", got ${JSON.stringify(input.shards)}.`,
    );
  }
  const maxParallel = input.maxParallel ?? DEFAULT_MAX_PARALLEL;
  if (!isPositiveInteger(maxParallel) || maxParallel > MAX_MATRIX_JOBS) {
    throw new ShardPlanInputError(
      'maxParallel',
      `must be an integer from 1 to ${MAX_MATRIX_JOBS}, got ${maxParallel}.`,
    );
  }
  const budget = input.runnerMinutesBudget;
  if (budget !== undefined && !(typeof budget === 'number' && Number.isFinite(budget) && budget > 0)) {
    throw new ShardPlanInputError('runnerMinutesBudget', `must be a positive number of minutes, got ${budget}.`);
  }
  const overhead = input.shardOverheadMs;
  if (overhead !== undefined && !(typeof overhead === 'number' && Number.isFinite(overhead) && overhead >= 0)) {
    throw new ShardPlanInputError('shardOverheadMs', `must be a non-negative number of milliseconds, got ${overhead}.`);
  }
  validateUnits(input);
  return { maxParallel };
}
