// Local search after LPT: take the most-loaded shard and move one of its units to, or swap one with,
// a lighter shard whenever that lowers the heavier of the two. Each step strictly lowers the
// most-loaded shard's load, so the search ends; a step bound keeps it short on huge inputs.
import type { ShardLoad } from './assign-lpt.js';

export const MAX_IMPROVEMENT_STEPS = 2000;

interface Step {
  /** |2·delta − gap|: 0 means the two shards end up level. */
  score: number;
  give: number;
  take?: number;
}

/** Members sorted by duration ascending; `rank` is each unit's position in longest-first order. */
function ascending(shard: ShardLoad, rank: readonly number[]): number[] {
  return [...shard.members].sort((a, b) => rank[b]! - rank[a]!);
}

/** Index of the first value ≥ target in ascending `values`. */
function lowerBound(values: readonly number[], target: number): number {
  let low = 0;
  let high = values.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (values[middle]! < target) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** Moving `delta` from a shard `gap` heavier helps when 0 < delta < gap; best near gap / 2. */
function scoreOf(delta: number, gap: number): number | undefined {
  return delta > 0 && delta < gap ? Math.abs(2 * delta - gap) : undefined;
}

function bestStep(heavy: number[], light: number[], micros: readonly number[], gap: number): Step | undefined {
  const heavyValues = heavy.map((position) => micros[position]!);
  const lightValues = light.map((position) => micros[position]!);
  let best: Step | undefined;
  const consider = (delta: number, give: number, take?: number): void => {
    const score = scoreOf(delta, gap);
    if (score !== undefined && (best === undefined || score < best.score)) best = { score, give, take };
  };
  const half = gap / 2;
  const moveAt = lowerBound(heavyValues, half);
  for (const index of [moveAt - 1, moveAt]) {
    if (index >= 0 && index < heavy.length) consider(heavyValues[index]!, heavy[index]!);
  }
  for (let index = 0; index < heavy.length && best?.score !== 0; index++) {
    const given = heavyValues[index]!;
    if (given === 0) continue;
    const swapAt = lowerBound(lightValues, given - half);
    for (const other of [swapAt - 1, swapAt]) {
      if (other >= 0 && other < light.length) consider(given - lightValues[other]!, heavy[index]!, light[other]);
    }
  }
  return best;
}

function apply(step: Step, heavy: ShardLoad, light: ShardLoad, micros: readonly number[]): void {
  heavy.members.splice(heavy.members.indexOf(step.give), 1);
  light.members.push(step.give);
  heavy.load -= micros[step.give]!;
  light.load += micros[step.give]!;
  if (step.take === undefined) return;
  light.members.splice(light.members.indexOf(step.take), 1);
  heavy.members.push(step.take);
  light.load -= micros[step.take]!;
  heavy.load += micros[step.take]!;
}

function heaviest(shards: readonly ShardLoad[]): ShardLoad {
  let best = shards[0]!;
  for (const shard of shards) if (shard.load > best.load) best = shard;
  return best;
}

/** Improves `shards` in place; returns the number of steps taken. */
export function improveAssignment(
  shards: ShardLoad[],
  micros: readonly number[],
  rank: readonly number[],
  maxSteps = MAX_IMPROVEMENT_STEPS,
): number {
  let steps = 0;
  while (steps < maxSteps) {
    const heavy = heaviest(shards);
    const lighter = shards
      .map((shard, index) => ({ shard, index }))
      .filter(({ shard }) => shard !== heavy)
      .sort((a, b) => a.shard.load - b.shard.load || a.index - b.index);
    const heavySorted = ascending(heavy, rank);
    let improved = false;
    for (const { shard: light } of lighter) {
      const gap = heavy.load - light.load;
      if (gap <= 1) break;
      const step = bestStep(heavySorted, ascending(light, rank), micros, gap);
      if (step === undefined) continue;
      apply(step, heavy, light, micros);
      improved = true;
      break;
    }
    if (!improved) break;
    steps += 1;
  }
  return steps;
}
