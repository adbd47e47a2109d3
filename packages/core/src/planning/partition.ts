// Splits estimated units over N shards (LPT, then local improvement) and measures the result
// against the lower bound no N-shard plan can beat.
import { assignLongestFirst, longestFirstOrder, type ShardLoad } from './assign-lpt.js';
import { improveAssignment } from './improve-assignment.js';

export interface Partition {
  shards: ShardLoad[];
  /** All durations in whole microseconds; makespan and lower bound include the shard overhead. */
  totalMicros: number;
  makespanMicros: number;
  lowerBoundMicros: number;
}

/** Holds the longest-first order of one set of units, so several shard counts can be tried cheaply. */
export class Partitioner {
  private readonly order: number[];
  private readonly rank: number[];
  readonly totalMicros: number;
  readonly longestMicros: number;

  constructor(
    private readonly micros: readonly number[],
    ids: readonly string[],
  ) {
    this.order = longestFirstOrder(micros, ids);
    this.rank = new Array<number>(micros.length);
    this.order.forEach((position, rank) => (this.rank[position] = rank));
    this.totalMicros = micros.reduce((sum, value) => sum + value, 0);
    this.longestMicros = micros.length === 0 ? 0 : micros[this.order[0]!]!;
  }

  partition(shardCount: number, overheadMicros: number): Partition {
    const shards = assignLongestFirst(this.order, this.micros, shardCount);
    improveAssignment(shards, this.micros, this.rank);
    const heaviest = shards.reduce((max, shard) => Math.max(max, shard.load), 0);
    return {
      shards,
      totalMicros: this.totalMicros,
      makespanMicros: heaviest + overheadMicros,
      lowerBoundMicros: Math.max(Math.ceil(this.totalMicros / shardCount), this.longestMicros) + overheadMicros,
    };
  }
}
