import { metricsCommand } from './commands/metrics.js';
import { reportCommand } from './commands/report.js';
import { runCommand } from './commands/run.js';

/** One `testpipe <name>` subcommand: an adapter from arguments and a terminal to a stage. */
export interface Command {
  name: string;
  summary: string;
  usage: string;
  /** Resolves to the exit code; throws UsageError for unusable arguments, UserError for anything a user can fix. */
  run(args: string[], options: { debug: boolean }): Promise<number>;
}

export const commands: Command[] = [runCommand, metricsCommand, reportCommand];
