import { isUserError } from '@testpipe/core/input-support';
import { failStep } from '@testpipe/github/inputs';
import { passwordOf, readInputs } from './inputs.js';

// Only the inputs are read at start; the stage (and pg, on the path that needs it) loads once they are valid.
function load() {
  return Promise.all([
    import('@actions/core'),
    import('@testpipe/github'),
    import('@testpipe/stages'),
    import('@testpipe/core'),
  ]);
}

export async function run(): Promise<void> {
  const controller = new AbortController();
  const cancel = () => controller.abort(new Error('The step was cancelled.'));
  process.once('SIGINT', cancel);
  process.once('SIGTERM', cancel);
  try {
    const inputs = readInputs();
    const [core, github, { runSeed }, { Secrets, systemClock }] = await load();
    const secrets = new Secrets();
    for (const url of [inputs.databaseUrl, inputs.sourceUrl]) {
      const password = passwordOf(url);
      if (password) core.setSecret(password);
      secrets.add(password);
    }
    const result = await runSeed(
      {
        ...inputs,
        databaseUrlName: 'Input "database-url"',
        databaseCreatedByPipeline: false,
        rootDir: process.env.GITHUB_WORKSPACE ?? process.cwd(),
        // DESIGN: the pipeline id defaults to <run_id>-<run_attempt>; env.json's, when given, wins.
        pipelineId: process.env.GITHUB_RUN_ID
          ? `${process.env.GITHUB_RUN_ID}-${process.env.GITHUB_RUN_ATTEMPT ?? '1'}`
          : undefined,
        signal: controller.signal,
      },
      { logger: github.actionsLogger, clock: systemClock, secrets },
    );
    core.setOutput('health', JSON.stringify(result.health));
    if (result.migrations) {
      core.setOutput('schema-version', result.migrations.schemaVersion ?? '');
      core.setOutput('migrations-applied', result.migrations.applied.length);
    }
    if (result.seeded) {
      core.setOutput('dataset', result.seeded.dataset);
      core.setOutput('dataset-version', result.seeded.version);
      core.setOutput('checksum', result.seeded.checksum);
      core.setOutput('rows', JSON.stringify(Object.fromEntries(result.seeded.tables.map((t) => [t.table, t.rows]))));
      core.setOutput('seeded', JSON.stringify(result.seeded));
    }
    if (result.junitPath) core.setOutput('junit-path', result.junitPath);
    core.setOutput('checks-passed', result.checks.filter((c) => c.passed).length);
    core.setOutput('checks-failed', result.checks.filter((c) => !c.passed).length);
    await core.summary.addRaw(result.summaryMarkdown, true).write();
    if (result.error) failStep(secrets.redact(result.error.message));
  } catch (error) {
    if (isUserError(error)) failStep(error.message);
    else failStep(`seed failed: ${error instanceof Error ? error.message : String(error)}`);
  } finally {
    process.removeListener('SIGINT', cancel);
    process.removeListener('SIGTERM', cancel);
  }
}
