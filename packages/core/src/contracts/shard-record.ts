// shard.json: what one shard really took, written beside its results by the shard stage and read by the
// report (clock-time duration, predicted vs actual per shard) and, through timings.json, by the next plan.
import { fieldPath, FieldReader } from './fields.js';
import { readJsonContract } from './json-file.js';
import { checkSchemaVersion, CONTRACT_VERSIONS } from './versions.js';

export interface ShardRecord {
  schemaVersion: 1;
  shard: string;
  /** The testpipe.yml suite the shard belongs to. */
  suite: string;
  /** ISO 8601 times the shard's first attempt started and its last attempt ended. */
  startedAt: string;
  endedAt: string;
  /** The plan's prediction for this shard, when it was planned. */
  predictedMs?: number;
  /** Units (files, or tests) the plan gave the shard, and the distinct files among them. */
  units: number;
  files: number;
  /** The first attempt: its clock time and the sum of its tests' durations; the gap is start-up and per-file setup. */
  firstAttempt: { durationMs: number; testsMs: number };
  attempts: number;
}

const _shardRecordVersion: ShardRecord['schemaVersion'] = CONTRACT_VERSIONS.shardRecord.current;

/** Validates a parsed shard.json; throws a ContractError naming `source` and the field path. */
export function parseShardRecord(value: unknown, source: string): ShardRecord {
  const r = new FieldReader(source);
  const record = r.object(value, '');
  checkSchemaVersion(record.schemaVersion, source, CONTRACT_VERSIONS.shardRecord);
  r.nonEmptyString(record.shard, 'shard');
  r.nonEmptyString(record.suite, 'suite');
  r.isoTime(record.startedAt, 'startedAt');
  r.isoTime(record.endedAt, 'endedAt');
  r.optional(record, 'predictedMs', '', r.amount);
  r.count(record.units, 'units');
  r.count(record.files, 'files');
  const first = r.object(record.firstAttempt, 'firstAttempt');
  r.amount(first.durationMs, fieldPath('firstAttempt', 'durationMs'));
  r.amount(first.testsMs, fieldPath('firstAttempt', 'testsMs'));
  r.count(record.attempts, 'attempts');
  return record as unknown as ShardRecord;
}

export function readShardRecord(file: string): Promise<ShardRecord> {
  return readJsonContract(file, parseShardRecord);
}
