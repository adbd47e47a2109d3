// The seed and notify steps of `testpipe pipeline`: the same stages as `testpipe seed` and `testpipe notify`,
// fed from testpipe.yml and the environment's outputs instead of options.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { redactStrings, SUMMARY_FILE, type Clock, type Logger, type Secrets } from '@testpipe/core';
import { runNotify, runSeed, startEmbeddedEnvironment, type NotifyConfig, type SeedConfig } from '@testpipe/stages';
import { cliNotifyInput, type NotifyArgs } from '../commands/notify.js';

export interface StepPorts {
  logger: Logger;
  clock: Clock;
  secrets: Secrets;
}

export interface SeedStepInput {
  config: SeedConfig;
  /** The environment's outputs (database_url is the database to seed). */
  outputs: Record<string, string>;
  envFile?: string;
  /** Seed's files: seed-checks.xml (JUnit, into the report) and seed-record.json. */
  outputDir: string;
  /** Where an embedded PostgreSQL is recorded when no database is given (teardown stops it). */
  embeddedEnvFile: string;
  databaseCreatedByPipeline: boolean;
  pipelineId: string;
  signal: AbortSignal;
}

export interface SeedStepResult {
  detail: string;
  junitPath?: string;
  /** A database URL this step started (embedded): the tests get it as TESTPIPE_DATABASE_URL. */
  startedDatabaseUrl?: string;
}

function describeSeed(result: Awaited<ReturnType<typeof runSeed>>): string {
  const parts: string[] = [];
  if (result.health.length > 0) parts.push(`${result.health.length} target(s) ready`);
  if (result.migrations) parts.push(`${result.migrations.applied.length} migration(s) applied`);
  if (result.seeded) {
    const rows = result.seeded.tables.reduce((sum, table) => sum + table.rows, 0);
    const masked = result.seeded.tables.filter((table) => table.masked.length > 0).length;
    parts.push(
      `data set ${result.seeded.dataset}: ${rows} rows in ${result.seeded.tables.length} tables (${masked} masked)`,
    );
  }
  if (result.checks.length > 0) {
    parts.push(`${result.checks.filter((check) => check.passed).length}/${result.checks.length} smoke checks passed`);
  }
  return parts.join(', ') || 'nothing to do';
}

/** Seeds the environment; throws SmokeCheckError (tests' verdict) or a UserError (environment). */
export async function seedStep(input: SeedStepInput, ports: StepPorts): Promise<SeedStepResult> {
  const { config } = input;
  let databaseUrl = input.outputs.database_url ?? process.env.TESTPIPE_DATABASE_URL;
  let startedDatabaseUrl: string | undefined;
  if (!databaseUrl && (config.migrations || config.datasets)) {
    const embedded = await startEmbeddedEnvironment(input.embeddedEnvFile);
    ports.secrets.add(embedded.password);
    databaseUrl = startedDatabaseUrl = embedded.url;
    ports.logger.info(`No database_url output: started an embedded PostgreSQL on 127.0.0.1:${embedded.record.port}.`);
  }
  const junitPath = path.join(input.outputDir, 'seed-checks.xml');
  const result = await runSeed(
    {
      databaseUrl,
      databaseUrlName: 'the environment output database_url',
      databaseCreatedByPipeline: input.databaseCreatedByPipeline || startedDatabaseUrl !== undefined,
      waitFor: config.waitFor.join('\n'),
      timeoutMs: config.timeoutMs,
      checkWritable: config.checkWritable,
      migrations: config.migrations,
      allowDrift: false,
      validateOnly: false,
      datasets: config.datasets,
      dataset: config.dataset,
      mask: true,
      force: false,
      loadMethod: 'copy',
      junitPath,
      rootDir: process.cwd(),
      envFile: input.envFile,
      // The environment's source_url output: the database `copy:` tables are read (and masked) from.
      sourceUrl: input.outputs.source_url ?? process.env.TESTPIPE_SOURCE_URL,
      pipelineId: input.pipelineId,
      signal: input.signal,
    },
    ports,
  );
  await mkdir(input.outputDir, { recursive: true });
  const record = { health: result.health, migrations: result.migrations, seeded: result.seeded, checks: result.checks };
  const redacted = redactStrings(record, (text) => ports.secrets.redact(text));
  await writeFile(path.join(input.outputDir, 'seed-record.json'), `${JSON.stringify(redacted, null, 2)}\n`);
  await writeFile(path.join(input.outputDir, SUMMARY_FILE), result.summaryMarkdown);
  if (result.error) throw result.error;
  return { detail: describeSeed(result), junitPath: result.junitPath, startedDatabaseUrl };
}

export interface NotifyStepInput {
  config: NotifyConfig;
  metricsFile?: string;
  previousMetricsFile?: string;
  /** Without metrics (the tests never ran): success, failure or cancelled. */
  status: string;
  reportHtml?: string;
}

/** Notifies through the file sink and every channel whose secret is in the environment; never throws. */
export async function notifyStep(input: NotifyStepInput, ports: StepPorts): Promise<{ ok: boolean; detail: string }> {
  const { config } = input;
  const values: NotifyArgs['values'] = {
    on: config.on,
    'min-pass-rate': String(config.minPassRate),
    'top-n': String(config.topN),
    'slack-channel': config.slackChannel,
    'email-to': config.emailTo.length > 0 ? config.emailTo.join(',') : undefined,
    'mention-on-failure': config.mentionOnFailure,
    directory: config.directory,
    metrics: input.metricsFile,
    'previous-metrics': input.previousMetricsFile,
    status: input.metricsFile ? undefined : input.status,
    'email-report': input.reportHtml,
  };
  try {
    const notifyInput = cliNotifyInput({ values, failOnError: false, slackThread: true }, process.env);
    const result = await runNotify(
      { ...notifyInput, extraSecrets: [...(notifyInput.extraSecrets ?? []), ...ports.secrets.list()] },
      { logger: ports.logger, clock: ports.clock },
    );
    if (!result.notified)
      return {
        ok: result.skippedReason !== undefined,
        detail: `not sent: ${result.skippedReason ?? 'every channel failed'}`,
      };
    const sent = result.channels.filter((channel) => channel.ok).map((channel) => channel.channel);
    const failed = result.channels.filter((channel) => !channel.ok).map((channel) => channel.channel);
    return {
      ok: failed.length === 0,
      detail: `${result.verdict} sent to ${sent.join(', ')}${failed.length > 0 ? `; ${failed.join(', ')} failed` : ''}`,
    };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, detail: `not sent: ${ports.secrets.redact(reason)}` };
  }
}
