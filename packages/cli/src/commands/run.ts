import { killAllProcessTreesNow, valuesToRedact } from '@testpipe/stages';
import path from 'node:path';
import type { Command } from '../commands.js';
import { EXIT } from '../exit-codes.js';
import { finishLocalReport } from '../local-report.js';
import { PlainProgress, TerminalProgress, type ShardProgress } from '../run/progress.js';
import { parseRunArgs, RUN_USAGE, type RunArgs } from '../run/run-args.js';
import { planRunAndReport, previousTimingsFile, type TestRunResult } from '../run/run-tests.js';
import { terminalLogger } from '../terminal-logger.js';

/**
 * Ctrl-C (or SIGTERM) stops the running shards (their results and the report are still written); a
 * second signal kills every process the shards started and exits at once, without a report.
 */
function cancelOnSignals(controller: AbortController, progress: () => ShardProgress | undefined): () => void {
  const onSignal = (signal: NodeJS.Signals): void => {
    if (controller.signal.aborted) {
      killAllProcessTreesNow();
      progress()?.stop();
      process.stderr.write(`\n${signal} again: killed the shards' processes; exiting without a report.\n`);
      process.exit(EXIT.interrupted);
    }
    const message = `${signal}: stopping the running shards (every process they started is killed); press Ctrl-C again to exit at once.`;
    const view = progress();
    if (view) view.message(message);
    else process.stderr.write(`${message}\n`);
    controller.abort(new Error(`Interrupted by ${signal}.`));
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  return () => {
    process.removeListener('SIGINT', onSignal);
    process.removeListener('SIGTERM', onSignal);
  };
}

async function runPipeline(args: RunArgs, debug: boolean): Promise<number> {
  const reportDir = path.join(path.resolve(args.out), 'report');
  const logger = terminalLogger({ info: process.stdout, debug });
  const redact = valuesToRedact(args.redactNames, process.env);
  for (const name of redact.unset) logger.warning(`--redact ${name}: the environment has no value for ${name}.`);
  const controller = new AbortController();
  let progress: ShardProgress | undefined;
  const stopListening = cancelOnSignals(controller, () => progress);
  let result: TestRunResult;
  try {
    result = await planRunAndReport({
      configFile: args.config,
      suites: args.suites,
      outDir: args.out,
      timingsFile: previousTimingsFile(args.timings, reportDir),
      parallel: args.parallel,
      signal: controller.signal,
      planLogger: logger,
      // stdout keeps the plan, the progress and the verdict; the report stage's own lines go to stderr.
      reportLogger: terminalLogger({ info: process.stderr, debug }),
      onPlanned: (summary) => process.stdout.write(`\n${summary}\n\n`),
      progress: (jobs) => {
        const terminal = args.progress && process.stdout.isTTY === true && process.env.TERM !== 'dumb';
        progress = terminal
          ? new TerminalProgress(process.stdout, jobs.length)
          : new PlainProgress(process.stdout, jobs.length);
        return progress;
      },
      redact: redact.values,
      minPassRate: args.minPassRate,
      failOn: args.failOn,
      allowNoTests: args.allowNoTests,
      reportName: 'testpipe run',
    });
  } finally {
    stopListening();
  }
  const { report, crashed } = result;
  const interrupted = controller.signal.aborted;
  if (interrupted) {
    process.stderr.write(
      `Interrupted: ${result.ran} of ${result.jobs} shard(s) started; the report has what they wrote, ` +
        'shards that never started are missing from it.\n',
    );
  }
  process.stdout.write('\n');
  await finishLocalReport(report, reportDir);
  if (crashed > 0) {
    process.stdout.write(
      `${crashed} shard(s) could not run, so their tests are missing from the report; see results/<shard>/output.log.\n`,
    );
  }
  if (report.files) process.stdout.write(`Report: ${report.files.html}\n`);
  if (interrupted) return EXIT.interrupted;
  if (crashed > 0) return 1;
  return report.failure ? 1 : 0;
}

export const runCommand: Command = {
  name: 'run',
  usage: RUN_USAGE,
  run: (args, options) => runPipeline(parseRunArgs(args), options.debug),
};
