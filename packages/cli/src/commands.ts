/** One `testpipe <name>` subcommand: an adapter from arguments and a terminal to a stage. */
export interface Command {
  name: string;
  usage: string;
  /** Resolves to the exit code; throws UsageError for unusable arguments, UserError for anything a user can fix. */
  run(args: string[], options: { debug: boolean }): Promise<number>;
}

/** The commands by name; each is loaded only when it runs, so `testpipe` starts without loading every stage. */
export const commands: Array<{ name: string; summary: string; load(): Promise<Command> }> = [
  {
    name: 'pipeline',
    summary: 'the whole pipeline from testpipe.yml: provision, seed, plan, shards, report, teardown, notify',
    load: async () => (await import('./commands/pipeline.js')).pipelineCommand,
  },
  {
    name: 'run',
    summary: 'plan, run every shard in parallel, and report: the whole pipeline on this machine',
    load: async () => (await import('./commands/run.js')).runCommand,
  },
  {
    name: 'plan',
    summary: "dry run: print each shard's tests, predicted times and the matrix, without running a test",
    load: async () => (await import('./commands/plan.js')).planCommand,
  },
  {
    name: 'metrics',
    summary: 'read test reports, merge shards and retries, print metrics (table or --json)',
    load: async () => (await import('./commands/metrics.js')).metricsCommand,
  },
  {
    name: 'report',
    summary:
      'merge reports into one verdict and write metrics, CTRF, JUnit, HTML and timings (the aggregate-report stage)',
    load: async () => (await import('./commands/report.js')).reportCommand,
  },
  {
    name: 'seed',
    summary: 'wait for the environment, migrate, load a data set and check it (the seed stage)',
    load: async () => (await import('./commands/seed.js')).seedCommand,
  },
  {
    name: 'notify',
    summary: 'tell Slack, Teams, email or a webhook the verdict (the notify stage)',
    load: async () => (await import('./commands/notify.js')).notifyCommand,
  },
  {
    name: 'provision',
    summary: 'provision a Terraform environment for one pipeline run (teardown destroys it)',
    load: async () => (await import('./commands/provision.js')).provisionCommand,
  },
  {
    name: 'teardown',
    summary: 'destroy or keep a provisioned environment (--job-status), by --pipeline-id, or expired ones (--janitor)',
    load: async () => (await import('./commands/teardown.js')).teardownCommand,
  },
];
