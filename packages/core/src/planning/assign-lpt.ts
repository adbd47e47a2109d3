// Longest-processing-time-first: each unit, longest first, goes to the least-loaded shard.
// Ties are broken by unit id and by shard index, so the result never depends on input order.

/** A shard during assignment: unit positions (into the planner's unit array) and their summed duration. */
export interface ShardLoad {
  load: number;
  members: number[];
}

/** Unit positions sorted by duration descending, then id ascending; `ids` are unique. */
export function longestFirstOrder(micros: readonly number[], ids: readonly string[]): number[] {
  return micros
    .map((_, position) => position)
    .sort((a, b) => micros[b]! - micros[a]! || (ids[a]! < ids[b]! ? -1 : ids[a]! > ids[b]! ? 1 : 0));
}

function leastLoaded(shards: readonly ShardLoad[]): ShardLoad {
  let best = shards[0]!;
  for (const shard of shards) if (shard.load < best.load) best = shard;
  return best;
}

export function assignLongestFirst(
  order: readonly number[],
  micros: readonly number[],
  shardCount: number,
): ShardLoad[] {
  const shards: ShardLoad[] = Array.from({ length: shardCount }, () => ({ load: 0, members: [] }));
  for (const position of order) {
    const shard = leastLoaded(shards);
    shard.members.push(position);
    shard.load += micros[position]!;
  }
  return shards;
}
