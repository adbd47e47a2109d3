import path from 'node:path';
import { Secrets, systemClock } from '@testpipe/core';
import {
  BACKENDS,
  JOB_STATUSES,
  runProvisionPost,
  runTeardown,
  stopEmbeddedEnvironment,
  type JobStatus,
} from '@testpipe/stages';
import type { Command } from '../commands.js';
import { terminalLogger } from '../terminal-logger.js';
import { UsageError } from '../usage-error.js';
import { cliIdentity, durationOption, fileStepState, interruptOnce, one, oneOf, parseOptions } from './provision.js';

const USAGE = `Usage: testpipe teardown [--out DIR] [--job-status success|failure|cancelled]
       testpipe teardown --pipeline-id ID [terraform options]
       testpipe teardown --janitor [--dry-run] [--prefix P] [terraform options]

Without --pipeline-id or --janitor: what the provision action's post step does, for the environment
\`testpipe provision --out DIR\` made: destroy it, or keep it (destroy policy, --job-status and
preserve-on-failure), writing the commands to destroy a kept one.
--pipeline-id: destroy that pipeline's environment. --janitor: destroy every environment in the S3 backend
whose expiry has passed (--dry-run lists them). Destroying an environment already gone succeeds.

Terraform options: --working-directory DIR, --backend local|s3, --backend-config KEY=VAL (repeat),
--var NAME=VALUE (repeat), --var-file FILE, --lock-timeout DURATION (default 60s), --repository OWNER/NAME,
--job NAME (the provision job, default provision).
Other options: --timeout DURATION per environment (default 4m), --out DIR (audit.json; default .testpipe/provision),
--env-json F: the env.json \`testpipe seed\` recorded an embedded PostgreSQL in (default .testpipe/env.json);
that server is always stopped and removed, with or without a Terraform environment.

Exit codes: 0 done, 1 something could not be destroyed, 2 bad options, 3 no terraform.`;

const VALUED = [
  'working-directory',
  'backend',
  'backend-config',
  'var',
  'var-file',
  'lock-timeout',
  'pipeline-id',
  'repository',
  'job',
  'out',
  'prefix',
  'timeout',
  'job-status',
  'env-json',
];

export const teardownCommand: Command = {
  name: 'teardown',
  usage: USAGE,
  async run(args, { debug }) {
    const options = parseOptions(args, ['janitor', 'dry-run'], VALUED, USAGE);
    const out = path.resolve(one(options, 'out') ?? path.join('.testpipe', 'provision'));
    const logger = terminalLogger({ info: process.stdout, debug });
    const identity = cliIdentity(one(options, 'repository'), undefined);
    const budgetMs = durationOption('timeout', one(options, 'timeout'), 240_000);
    const secrets = new Secrets();
    const interrupt = interruptOnce();
    try {
      const embedded = await stopEmbeddedEnvironment(
        path.resolve(one(options, 'env-json') ?? path.join('.testpipe', 'env.json')),
      );
      if (embedded) logger.info(`Stopped and removed the embedded PostgreSQL in ${embedded}.`);
      if (!options.has('janitor') && !options.has('pipeline-id')) {
        const status = one(options, 'job-status');
        if (status !== undefined && !(JOB_STATUSES as readonly string[]).includes(status)) {
          throw new UsageError(`--job-status must be one of ${JOB_STATUSES.join(', ')}; got "${status}".`);
        }
        const state = fileStepState(out);
        if (!state.read('provision') && embedded) return 0;
        if (!state.read('provision')) {
          throw new UsageError(
            `no provision state in ${out}: pass the --out of \`testpipe provision\`, or --pipeline-id.`,
          );
        }
        const result = await runProvisionPost(
          { jobStatus: status as JobStatus | undefined, budgetMs, identity, outputDir: out, signal: interrupt.signal },
          { logger, clock: systemClock, state, secrets, mask: () => undefined },
        );
        process.stdout.write(`\n${result.summary}`);
        return result.action === 'destroy-failed' || result.action === 'timed-out' ? 1 : 0;
      }
      const common = {
        workingDirectory: one(options, 'working-directory') ?? '.',
        rootDir: process.cwd(),
        backend: oneOf(options, 'backend', BACKENDS, 'local'),
        backendConfig: options.get('backend-config') ?? [],
        variables: options.get('var') ?? [],
        varFiles: options.get('var-file') ?? [],
        lockTimeoutMs: durationOption('lock-timeout', one(options, 'lock-timeout'), 60_000),
        identity,
        outputDir: out,
        budgetMs,
        signal: interrupt.signal,
      };
      if (options.has('janitor') && common.backend !== 's3') {
        throw new UsageError(
          '--janitor lists the states in the S3 backend: add --backend s3 and its --backend-config.',
        );
      }
      const result = await runTeardown(
        options.has('janitor')
          ? {
              ...common,
              mode: 'janitor',
              prefix: one(options, 'prefix') ?? `testpipe/${identity.repository}/`,
              dryRun: options.has('dry-run'),
            }
          : {
              ...common,
              mode: 'destroy',
              pipelineId: one(options, 'pipeline-id')!,
              job: one(options, 'job') ?? 'provision',
            },
        { logger, clock: systemClock, secrets },
      );
      process.stdout.write(`\n${result.summary}audit.json: ${result.auditFile}\n`);
      return result.failed > 0 ? 1 : 0;
    } finally {
      interrupt.dispose();
    }
  },
};
