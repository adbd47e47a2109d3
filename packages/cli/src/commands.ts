import { metricsCommand } from './commands/metrics.js';
import { reportCommand } from './commands/report.js';
import { runCommand } from './commands/run.js';

/** One `testpipe <name>` subcommand; each stage adds its own. */
export interface Command {
  name: string;
  summary: string;
  run(args: string[]): Promise<number>;
}

export const commands: Command[] = [runCommand, metricsCommand, reportCommand];
