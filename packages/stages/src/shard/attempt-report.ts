// Turns what a runner left behind (its JUnit, jest JSON, go test -json, the user's files, an exit
// code) into the attempt's JUnit XML file.
import { copyFile, stat } from 'node:fs/promises';
import { glob } from 'tinyglobby';
import { ingestFile, RunBuilder, writeMergedJUnit } from '@testpipe/core';
import { readGoTestJsonRecords } from '../runners/go-test-json.js';
import { readJestJsonRecords } from '../runners/jest-json.js';
import type { RunnerCommand } from '../runners/index.js';
import { writeRecordsAsJUnit } from '../runners/records-to-junit.js';
import type { ProcessGroupResult } from './process-group.js';

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
  const files = await glob([...patterns], { cwd, absolute: true, onlyFiles: true });
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

/** Writes the attempt's JUnit XML at junitPath; false when the runner left no results at all. */
export async function writeAttemptReport(context: AttemptReportContext): Promise<boolean> {
  const { command, junitPath, cwd, suiteName, execution } = context;
  const report = command.report;
  switch (report.kind) {
    case 'junit':
      return exists(junitPath);
    case 'jest-json': {
      if (!(await exists(report.path))) return false;
      await writeRecordsAsJUnit(await readJestJsonRecords(report.path, cwd), junitPath, suiteName);
      return true;
    }
    case 'go-test-json': {
      if (!(await exists(report.path))) return false;
      const records = await readGoTestJsonRecords(report.path);
      if (records.length === 0) return false;
      await writeRecordsAsJUnit(records, junitPath, suiteName);
      return true;
    }
    case 'junit-glob': {
      const files = await freshFiles(report.patterns, cwd, context.startedAtMs);
      if (files.length === 0) return false;
      await mergeInto(files, junitPath, suiteName);
      return true;
    }
    case 'junit-or-exit-code': {
      if (await exists(junitPath)) return true;
      if (execution.spawnError || execution.timedOut || execution.cancelled) return false;
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
      return true;
    }
  }
}
