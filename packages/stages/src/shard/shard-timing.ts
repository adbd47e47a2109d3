// What a shard really took, kept as shard.json beside its results (core's ShardRecord contract).
import { CONTRACT_VERSIONS, type ShardRecord, type TestCaseRecord } from '@testpipe/core';
import type { TestUnit } from '../runners/index.js';

export class ShardTiming {
  private firstAttempt: ShardRecord['firstAttempt'] | undefined;

  constructor(private readonly startedAtMs: number) {}

  /** The first attempt's clock time and its tests' summed durations; later attempts are retries. */
  attemptEnded(attempt: number, durationMs: number, records: readonly TestCaseRecord[]): void {
    if (attempt !== 1) return;
    let testsMs = 0;
    for (const record of records) for (const each of record.attempts) testsMs += each.durationMs;
    this.firstAttempt = { durationMs: Math.max(0, durationMs), testsMs };
  }

  record(
    identity: { shard: string; suite: string; predictedMs?: number },
    units: readonly TestUnit[],
    attempts: number,
    endedAtMs: number,
  ): ShardRecord {
    const record: ShardRecord = {
      schemaVersion: CONTRACT_VERSIONS.shardRecord.current,
      shard: identity.shard,
      suite: identity.suite,
      startedAt: new Date(this.startedAtMs).toISOString(),
      endedAt: new Date(Math.max(endedAtMs, this.startedAtMs)).toISOString(),
      units: units.length,
      files: new Set(units.map((unit) => unit.file ?? unit.id)).size,
      firstAttempt: this.firstAttempt ?? { durationMs: 0, testsMs: 0 },
      attempts,
    };
    if (identity.predictedMs !== undefined) record.predictedMs = identity.predictedMs;
    return record;
  }
}
