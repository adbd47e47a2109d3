// Turns what a runner left behind (its JUnit, jest JSON or progress, go test -json, the user's files, an
// exit code) into the attempt's JUnit XML file.
import { copyFile, stat } from 'node:fs/promises';
import { ingestFile, RunBuilder, writeMergedJUnit } from '@testpipe/core';
import { boundedGlob } from '../files/bounded-glob.js';
import { readGoTestJsonRecords } from '../runners/go-test-json.js';
import { readJestJsonRecords } from '../runners/jest-json.js';
import { readJestProgress } from '../runners/jest-progress.js';
import { readNodeTestEvents } from '../runners/node-test-events.js';
import type { RunnerCommand } from '../runners/index.js';
import { writeRecordsAsJUnit } from '../runners/records-to-junit.js';
import type { ProcessGroupResult } from './process-group.js';
import { crashedFileCase } from './synthetic-cases.js';

export interface AttemptReportContext {
  command: RunnerCommand;
  junitPath: string;
  cwd: string;
  suiteName: string;
  execution: ProcessGroupResult;
  startedAtMs: number;
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    (info) => info.isFile() && info.size > 0,
    () => false,
  );
}

/** Files matching the globs that this attempt wrote (older ones are from an earlier attempt or run). */
async function freshFiles(patterns: readonly string[], cwd: string, sinceMs: number): Promise<string[]> {
  // The suite's own junit globs may point beside its working directory (../reports); the walk is bounded.
  const files = await boundedGlob(patterns, {
    cwd,
    what: "the suite's junit glob",
    outside: { allowed: true },
    absolute: true,
  });
  const fresh: string[] = [];
  for (const file of files.sort()) {
    if ((await stat(file)).mtimeMs >= sinceMs - 50) fresh.push(file);
  }
  return fresh;
}

async function mergeInto(files: readonly string[], junitPath: string, name: string): Promise<void> {
  if (files.length === 1) return copyFile(files[0]!, junitPath);
  const builder = new RunBuilder();
  for (const file of files) builder.addFile(await ingestFile(file, (record) => builder.add(record, { path: file })));
  await writeMergedJUnit(builder.build(), junitPath, { name });
}

function exitCodeSummary(execution: ProcessGroupResult): string {
  return execution.exitSignal ? `was killed by ${execution.exitSignal}` : `exited with code ${execution.exitCode}`;
}

export interface AttemptReport {
  /** false when the runner left no results at all. */
  reported: boolean;
  /** Files the runner was running when it died (jest), each reported as one errored test. */
  crashedIn?: string[];
}

/** Writes the attempt's JUnit XML at junitPath. */
export async function writeAttemptReport(context: AttemptReportContext): Promise<AttemptReport> {
  const { command, junitPath, cwd, suiteName, execution } = context;
  const report = command.report;
  switch (report.kind) {
    case 'junit':
      return { reported: await exists(junitPath) };
    case 'jest-json': {
      if (await exists(report.path)) {
        await writeRecordsAsJUnit(await readJestJsonRecords(report.path, cwd), junitPath, suiteName);
        return { reported: true };
      }
      // jest died before writing its JSON: keep what its progress says finished.
      const progress = await readJestProgress(report.progressPath, cwd);
      const ended = execution.timedOut || execution.cancelled ? [] : progress.unfinished;
      const crashes = ended.map((file) =>
        crashedFileCase(file, `${command.file} ${exitCodeSummary(execution)}`, execution.tail),
      );
      const records = [...progress.records, ...crashes];
      if (records.length === 0) return { reported: false };
      await writeRecordsAsJUnit(records, junitPath, suiteName);
      return { reported: true, crashedIn: ended };
    }
    case 'node-test-events': {
      const records = await readNodeTestEvents(report.path, cwd, suiteName);
      if (records.length === 0) return { reported: false };
      await writeRecordsAsJUnit(records, junitPath, suiteName);
      return { reported: true };
    }
    case 'go-test-json': {
      if (!(await exists(report.path))) return { reported: false };
      const records = await readGoTestJsonRecords(report.path);
      if (records.length === 0) return { reported: false };
      await writeRecordsAsJUnit(records, junitPath, suiteName);
      return { reported: true };
    }
    case 'junit-glob': {
      const files = await freshFiles(report.patterns, cwd, context.startedAtMs);
      if (files.length === 0) return { reported: false };
      await mergeInto(files, junitPath, suiteName);
      return { reported: true };
    }
    case 'junit-or-exit-code': {
      if (await exists(junitPath)) return { reported: true };
      if (execution.spawnError || execution.timedOut || execution.cancelled) return { reported: false };
      const passed = execution.exitCode === 0;
      const message = `${[command.file, ...command.args].join(' ')} ${exitCodeSummary(execution)}`;
      await writeRecordsAsJUnit(
        [
          {
            suite: suiteName,
            classname: suiteName,
            name: suiteName,
            attempts: [
              passed
                ? { status: 'passed', durationMs: Date.now() - context.startedAtMs }
                : {
                    status: 'failed',
                    durationMs: Date.now() - context.startedAtMs,
                    failure: { type: 'ExitCode', message, body: execution.tail.join('\n') },
                  },
            ],
          },
        ],
        junitPath,
        suiteName,
      );
      return { reported: true };
    }
  }
}
