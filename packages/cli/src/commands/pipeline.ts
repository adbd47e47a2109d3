import { mkdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { METRICS_FILE, Secrets } from '@testpipe/core';
import { loadPipelineConfig } from '@testpipe/stages';
import { keepRunningWhenOutputCloses } from '../closed-pipe.js';
import type { Command } from '../commands.js';
import { finishLocalReport } from '../local-report.js';
import { PipelineInterrupts } from '../pipeline/interrupts.js';
import { parsePipelineArgs, PIPELINE_USAGE, type PipelineArgs } from '../pipeline/pipeline-args.js';
import { PipelineRun } from '../pipeline/run-pipeline.js';
import { JsonBoard, PlainBoard, type TaskBoard } from '../pipeline/task-board.js';
import { TerminalBoard } from '../pipeline/terminal-board.js';

export const PIPELINE_LOG_FILE = 'pipeline.log';
const quiet = { write: () => true };

/** The live board on a terminal, JSON events with --json, plain lines otherwise. */
function createBoard(args: PipelineArgs, redact: (text: string) => string, logFile: string): TaskBoard {
  const now = () => Date.now();
  if (args.json) return new JsonBoard(process.stdout, now, redact, logFile);
  const terminal = args.progress && process.stdout.isTTY === true && process.env.TERM !== 'dumb';
  if (!terminal) return new PlainBoard(process.stdout, now, redact, logFile, args.verbose);
  const colour = process.env.NO_COLOR === undefined || process.env.NO_COLOR === '';
  return new TerminalBoard(process.stdout, now, redact, logFile, colour);
}

async function runPipelineCommand(args: PipelineArgs, debug: boolean): Promise<number> {
  const config = await loadPipelineConfig(args.config);
  keepRunningWhenOutputCloses();
  const outDir = path.resolve(args.out);
  await mkdir(outDir, { recursive: true });
  const logFile = path.join(outDir, PIPELINE_LOG_FILE);
  await rm(logFile, { force: true });
  const secrets = new Secrets();
  const board = createBoard(args, (text) => secrets.redact(text), logFile);
  const interrupts = new PipelineInterrupts((line) => board.note(line));
  let outcome;
  try {
    outcome = await new PipelineRun(args, config, board, interrupts, secrets, debug).run();
  } finally {
    interrupts.dispose();
    board.stop();
  }
  const report = outcome.tests?.report;
  const json = board instanceof JsonBoard;
  // summary.md, and the failure line on stderr; the board already said what the metrics table would.
  if (report)
    await finishLocalReport(report, outcome.tests!.reportDir, { out: quiet, err: json ? quiet : process.stderr });
  if (board instanceof JsonBoard) {
    board.emit({
      event: 'result',
      exitCode: outcome.exitCode,
      pipelineId: outcome.pipelineId,
      reason: outcome.reason,
      status: report?.status,
      passRate: report?.metrics?.passRate,
      metrics: report?.files ? path.join(outcome.tests!.reportDir, METRICS_FILE) : undefined,
      report: report?.files?.html,
      log: logFile,
      tasks: board.list().map(({ name, status, detail, durationMs }) => ({ name, status, detail, durationMs })),
    });
    return outcome.exitCode;
  }
  process.stdout.write('\n');
  const m = report?.metrics;
  if (m) {
    process.stdout.write(
      `${m.total} tests: ${m.passed} passed, ${m.failed} failed, ${m.errored} errored, ${m.skipped} skipped, ${m.flaky} flaky. ` +
        `${report!.gate?.reason ?? ''}\n`,
    );
  }
  if (outcome.reason && outcome.exitCode !== 0) process.stderr.write(`testpipe pipeline: ${outcome.reason}\n`);
  if (report?.files) process.stdout.write(`Report: ${report.files.html}\n`);
  process.stdout.write(`Log: ${logFile}\n`);
  return outcome.exitCode;
}

export const pipelineCommand: Command = {
  name: 'pipeline',
  usage: PIPELINE_USAGE,
  run: (args, options) => runPipelineCommand(parsePipelineArgs(args), options.debug),
};
