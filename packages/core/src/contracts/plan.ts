// testpipe-plan.json: written by the run-matrix plan job, read by every shard job, which must never run
// on a plan it cannot trust (a missing units list would run nothing and pass).
import type { EstimateSource, PlannedShard, ShardPlan, ShardTradeoff } from '../planning/types.js';
import { fieldPath, FieldReader } from './fields.js';
import { readJsonContract } from './json-file.js';
import { checkSchemaVersion, CONTRACT_VERSIONS } from './versions.js';

/** The plan artifact (testpipe-plan.json): every suite's shards with their units, read by each shard job. */
export interface PipelinePlan {
  schemaVersion: 1;
  configFile: string;
  suites: ShardPlan[];
  /** sha256 over the suites' plan hashes. */
  planHash: string;
}

// Raising the version in the table without changing the type (or the reverse) fails to compile.
const _planVersion: PipelinePlan['schemaVersion'] = CONTRACT_VERSIONS.plan.current;
const _shardPlanVersion: ShardPlan['schemaVersion'] = CONTRACT_VERSIONS.shardPlan.current;

const ESTIMATE_SOURCES: readonly EstimateSource[] = ['known', 'file', 'directory', 'suite', 'default'];

function readShard(r: FieldReader, value: unknown, path: string): PlannedShard {
  const shard = r.object(value, path);
  const index = r.count(shard.index, fieldPath(path, 'index'));
  if (index < 1) r.fail(fieldPath(path, 'index'), `must be 1 or more (found ${index})`);
  r.nonEmptyString(shard.name, fieldPath(path, 'name'));
  r.stringArray(shard.units, fieldPath(path, 'units'));
  r.amount(shard.predictedMs, fieldPath(path, 'predictedMs'));
  return shard as unknown as PlannedShard;
}

function readTradeoff(r: FieldReader, value: unknown, path: string): ShardTradeoff {
  const row = r.object(value, path);
  r.count(row.shards, fieldPath(path, 'shards'));
  r.amount(row.makespanMs, fieldPath(path, 'makespanMs'));
  r.amount(row.runnerMinutes, fieldPath(path, 'runnerMinutes'));
  r.amount(row.efficiency, fieldPath(path, 'efficiency'));
  r.boolean(row.withinBudget, fieldPath(path, 'withinBudget'));
  return row as unknown as ShardTradeoff;
}

function readSuitePlan(r: FieldReader, value: unknown, path: string): ShardPlan {
  const plan = r.object(value, path);
  checkSchemaVersion(plan.schemaVersion, r.source, CONTRACT_VERSIONS.shardPlan, fieldPath(path, 'schemaVersion'));
  r.nonEmptyString(plan.suite, fieldPath(path, 'suite'));
  r.oneOf(plan.granularity, fieldPath(path, 'granularity'), ['test', 'file']);
  r.list(plan.shards, fieldPath(path, 'shards'), (shard, shardPath) => readShard(r, shard, shardPath));
  for (const key of ['totalMs', 'shardOverheadMs', 'lowerBoundMs', 'makespanMs', 'ratio'] as const) {
    r.amount(plan[key], fieldPath(path, key));
  }
  r.numberIn(plan.knownShare, fieldPath(path, 'knownShare'), 0, 1);
  const estimates = r.object(plan.estimates, fieldPath(path, 'estimates'));
  for (const source of ESTIMATE_SOURCES) r.count(estimates[source], fieldPath(fieldPath(path, 'estimates'), source));
  r.nonEmptyString(plan.planHash, fieldPath(path, 'planHash'));
  r.optional(plan, 'tradeoffs', path, (rows, rowsPath) =>
    r.list(rows, rowsPath, (row, rowPath) => readTradeoff(r, row, rowPath)),
  );
  r.optional(plan, 'reason', path, r.string);
  return plan as unknown as ShardPlan;
}

/** A shard found by name must be the only one of that name, or a job could run another shard's units. */
function checkShardNamesUnique(r: FieldReader, suites: readonly ShardPlan[]): void {
  const seen = new Map<string, string>();
  suites.forEach((suite, s) =>
    suite.shards.forEach((shard, i) => {
      const path = `suites[${s}].shards[${i}].name`;
      const first = seen.get(shard.name);
      if (first !== undefined)
        r.fail(path, `${JSON.stringify(shard.name)} is also ${first}; shard names must be unique`);
      seen.set(shard.name, path);
    }),
  );
}

/** Validates a parsed testpipe-plan.json; throws a ContractError naming `source` and the field path. */
export function parsePipelinePlan(value: unknown, source: string): PipelinePlan {
  const r = new FieldReader(source);
  const plan = r.object(value, '');
  checkSchemaVersion(plan.schemaVersion, source, CONTRACT_VERSIONS.plan);
  r.string(plan.configFile, 'configFile');
  const suites = r.list(plan.suites, 'suites', (suite, path) => readSuitePlan(r, suite, path));
  checkShardNamesUnique(r, suites);
  r.nonEmptyString(plan.planHash, 'planHash');
  return plan as unknown as PipelinePlan;
}

export function readPlanFile(file: string): Promise<PipelinePlan> {
  return readJsonContract(file, parsePipelinePlan);
}
