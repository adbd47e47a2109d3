// The seed stage: wait for the environment, migrate, load the data set, verify it. One function for the
// action, the CLI and the tests.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Client } from 'pg';
import { ConfigurationError, isUserError, type Clock, type Logger, type Secrets, type UserError } from '@testpipe/core';
import { parseDatabaseUrl, type DatabaseTarget } from './database-url.js';
import { resolveEndpoints } from './env-endpoints.js';
import { loadDatasets } from './datasets/parse-datasets.js';
import { loadDataset } from './datasets/load-dataset.js';
import type { LoadMethod } from './datasets/table-writers.js';
import { DEFAULT_TRY_TIMEOUT_MS, parseHealthTargets, type HealthTarget } from './health/targets.js';
import { waitForTargets, type TargetOutcome } from './health/wait-for-targets.js';
import { runMigrations } from './migrations/run-migrations.js';
import { connect, databaseError } from './pg-client.js';
import { renderSeedSummary, type SeedReport } from './seed-summary.js';
import { HealthCheckTimeoutError, SmokeCheckError } from './seed-errors.js';
import { smokeChecksJUnit } from './smoke/junit.js';
import { runSmokeChecks } from './smoke/smoke-checks.js';

export interface SeedInput {
  databaseUrl?: string;
  /** What to call the database URL in messages: `Input "database-url"` or `--database-url`. */
  databaseUrlName: string;
  /** The target database was made by this pipeline (embedded or provisioned): its tables may be emptied. */
  databaseCreatedByPipeline: boolean;
  /** wait-for lines (URLs with options). */
  waitFor: string;
  timeoutMs: number;
  checkWritable: boolean;
  migrations?: string;
  allowDrift: boolean;
  validateOnly: boolean;
  datasets?: string;
  /** Which data set of the file; default its only one. */
  dataset?: string;
  sourceUrl?: string;
  mask: boolean;
  force: boolean;
  loadMethod: LoadMethod;
  /** Where the smoke checks' JUnit file goes. */
  junitPath: string;
  rootDir: string;
  /** env.json from provision: endpoints for `${outputs.NAME}`, and outputs.database_url. */
  envFile?: string;
  pipelineId?: string;
  signal?: AbortSignal;
}

export interface SeedPorts {
  logger: Logger;
  clock: Clock;
  secrets: Secrets;
}

export interface SeedResult extends SeedReport {
  junitPath?: string;
  summaryMarkdown: string;
  /** Set when the step must fail; the summary still shows how far it got. */
  error?: UserError;
}

function resolve(root: string, file: string): string {
  return path.isAbsolute(file) ? file : path.join(root, file);
}

async function seedDatabase(
  input: SeedInput,
  ports: SeedPorts,
  db: DatabaseTarget,
  report: SeedReport,
  result: SeedResult,
) {
  let client: Client;
  try {
    client = await connect(db);
  } catch (error) {
    throw databaseError(`Connecting to ${db.display}`, error, db, ports.secrets);
  }
  try {
    if (input.migrations) {
      const directory = resolve(input.rootDir, input.migrations);
      report.migrations = await ports.logger.group('Migrations', () =>
        runMigrations(client, { directory, allowDrift: input.allowDrift, validateOnly: input.validateOnly, ...ports }),
      );
    }
    if (!input.datasets || input.validateOnly) return;
    const file = await loadDatasets(resolve(input.rootDir, input.datasets));
    const names = file.datasets.map((d) => d.name);
    const dataset = file.datasets.find((d) => d.name === (input.dataset ?? names[0]));
    if (!dataset || (input.dataset === undefined && names.length > 1)) {
      throw new ConfigurationError(
        `Choose the data set to load with "dataset": ${input.datasets} has ${names.join(', ')}.`,
      );
    }
    const sourceUrl = input.sourceUrl;
    const source = sourceUrl ? parseDatabaseUrl(sourceUrl, 'source-url', ports.secrets) : undefined;
    report.seeded = await ports.logger.group(`Data set ${dataset.name} ${dataset.version}`, () =>
      loadDataset({
        file,
        dataset,
        target: client,
        openSource: source
          ? () =>
              connect(source).catch((error) =>
                Promise.reject(
                  databaseError(`Connecting to the source ${source.display}`, error, source, ports.secrets),
                ),
              )
          : undefined,
        mask: input.mask,
        force: input.force,
        databaseCreatedByPipeline: input.databaseCreatedByPipeline,
        method: input.loadMethod,
        logger: ports.logger,
        secrets: ports.secrets,
        pipelineId: input.pipelineId,
      }),
    );
    report.checks = await runSmokeChecks({
      client,
      dataset,
      record: report.seeded,
      clock: ports.clock,
      secrets: ports.secrets,
    });
    const junitPath = resolve(input.rootDir, input.junitPath);
    await mkdir(path.dirname(junitPath), { recursive: true });
    await writeFile(junitPath, ports.secrets.redact(smokeChecksJUnit(report.checks, dataset.name)));
    result.junitPath = junitPath;
    const failed = report.checks.filter((c) => !c.passed).map((c) => `${c.name}: ${c.message}`);
    if (failed.length > 0) throw new SmokeCheckError(failed);
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** Runs the stage; user errors are returned in `error` (with the summary so far), anything else is thrown. */
export async function runSeed(input: SeedInput, ports: SeedPorts): Promise<SeedResult> {
  const result: SeedResult = { health: [], checks: [], summaryMarkdown: '' };
  try {
    const endpoints = await resolveEndpoints({
      ...input,
      envFile: input.envFile && resolve(input.rootDir, input.envFile),
    });
    input = { ...input, ...endpoints, pipelineId: endpoints.pipelineId ?? input.pipelineId };
    const db = input.databaseUrl
      ? parseDatabaseUrl(input.databaseUrl, input.databaseUrlName, ports.secrets)
      : undefined;
    const targets: HealthTarget[] = parseHealthTargets(input.waitFor, ports.secrets);
    if (db)
      targets.unshift({
        kind: 'database',
        display: db.display,
        database: db,
        timeoutMs: DEFAULT_TRY_TIMEOUT_MS,
        writable: input.checkWritable,
      });
    if ((input.migrations || input.datasets) && !db) {
      throw new ConfigurationError(
        `${input.databaseUrlName} is required to run migrations or load data sets: give postgres://user:password@host/db.`,
      );
    }
    if (targets.length > 0) {
      result.health = await ports.logger.group('Health checks', () =>
        waitForTargets(targets, { deadlineMs: input.timeoutMs, ...ports, signal: input.signal }).catch(
          (error: unknown) => {
            if (error instanceof HealthCheckTimeoutError) result.health = error.outcomes as TargetOutcome[];
            throw error;
          },
        ),
      );
    }
    if (db) await seedDatabase(input, ports, db, result, result);
  } catch (error) {
    if (!isUserError(error)) throw error;
    result.error = error;
    result.failure = ports.secrets.redact(error.message);
  }
  result.summaryMarkdown = renderSeedSummary(result, ports.secrets);
  return result;
}
