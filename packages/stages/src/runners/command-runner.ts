// command: any program (k6, a script). It may write JUnit (config key junit, or $TESTPIPE_JUNIT_PATH);
// otherwise its exit code is the result of one test named after the suite.
import { configuredUnits } from './glob-units.js';
import type { CommandContext, RunnerAdapter, RunnerCommand } from './runner-types.js';

function run(context: CommandContext): RunnerCommand {
  const [file, ...args] = context.suite.command ?? [];
  if (file === undefined)
    throw new Error(`suite ${context.suite.name}: the command runner needs command in testpipe.yml`);
  const files = context.units.filter((unit) => unit.file !== undefined).map((unit) => unit.file!);
  return {
    file,
    args: [...args, ...files],
    env: {
      ...context.suite.env,
      TESTPIPE_JUNIT_PATH: context.junitPath,
      TESTPIPE_ATTEMPT: String(context.attempt),
    },
    report: context.suite.junit
      ? { kind: 'junit-glob', patterns: context.suite.junit }
      : { kind: 'junit-or-exit-code' },
  };
}

export const commandRunner: RunnerAdapter = {
  name: 'command',

  /** discover.glob or discover.command give file units, passed after the command; else one unit, the suite. */
  async discover(suite, cwd) {
    return (await configuredUnits(suite, cwd)) ?? [{ id: suite.name }];
  },

  command: run,

  /** A command cannot be asked to run only some tests: it runs again whole. */
  retryCommand: run,
};
