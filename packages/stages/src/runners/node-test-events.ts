// node:test's junit reporter names no file (Node 20) or an absolute one (Node 24), so tests could not be
// matched to the files discovery plans by. testpipe adds a small reporter that writes each finished test
// as a JSON line with its file, describe path, duration and error; the shard converts those lines.
import { readFile } from 'node:fs/promises';
import type { AttemptStatus, TestAttempt, TestCaseRecord } from '@testpipe/core';
import { localFile } from './local-file.js';

/** The reporter module (ESM, any Node ≥ 20): node passes it the event stream, its output goes to a file. */
export const NODE_TEST_EVENTS_REPORTER = `// Written by testpipe: one JSON line per finished test of node:test.
const errorOf = (error) => {
  const cause = error?.cause instanceof Error ? error.cause : error;
  return cause && { name: cause.name, code: error?.failureType, message: String(cause.message ?? cause), stack: cause.stack };
};
export default async function* testpipeEvents(source) {
  const paths = new Map();
  for await (const { type, data } of source) {
    if (type === 'test:start') {
      const path = (paths.get(data.file) ?? []).slice(0, data.nesting);
      path[data.nesting] = data.name;
      paths.set(data.file, path);
    } else if (type === 'test:pass' || type === 'test:fail') {
      const ancestors = (paths.get(data.file) ?? []).slice(0, data.nesting);
      yield JSON.stringify({
        file: data.file,
        line: data.line,
        ancestors,
        name: data.name,
        kind: data.details?.type ?? 'test',
        outcome: type === 'test:fail' ? 'failed' : data.skip !== undefined || data.todo !== undefined ? 'skipped' : 'passed',
        durationMs: data.details?.duration_ms ?? 0,
        error: type === 'test:fail' ? errorOf(data.details?.error) : undefined,
      }) + '\\n';
    }
  }
}
`;

interface NodeTestEvent {
  file?: string;
  line?: number;
  ancestors?: string[];
  name: string;
  kind: 'test' | 'suite';
  outcome: 'passed' | 'failed' | 'skipped';
  durationMs: number;
  error?: { name?: string; code?: string; message?: string; stack?: string };
}

function attemptOf(event: NodeTestEvent): TestAttempt {
  const status: AttemptStatus = event.outcome;
  const attempt: TestAttempt = { status, durationMs: event.durationMs };
  if (status === 'failed') {
    const message = event.error?.message ?? 'test failed';
    attempt.failure = {
      type: event.error?.name ?? event.error?.code ?? 'Error',
      message: message.split('\n')[0] ?? message,
      body: event.error?.stack ?? message,
    };
  }
  return attempt;
}

/**
 * Records of one reporter file. A describe block is a test only when it failed by itself (a hook or its
 * body threw): when its tests failed, they are the failures. A cut-short last line (a crash) is skipped.
 */
export function nodeTestEventRecords(text: string, cwd: string, suiteName: string): TestCaseRecord[] {
  const records: TestCaseRecord[] = [];
  for (const line of text.split('\n')) {
    let event: NodeTestEvent;
    try {
      event = JSON.parse(line) as NodeTestEvent;
    } catch {
      continue;
    }
    if (typeof event !== 'object' || event === null || typeof event.name !== 'string') continue;
    if (event.kind === 'suite' && (event.outcome !== 'failed' || event.error?.code === 'subtestsFailed')) continue;
    const file = event.file === undefined ? undefined : localFile(event.file, cwd);
    const ancestors = event.ancestors ?? [];
    const record: TestCaseRecord = {
      suite: suiteName,
      classname: ancestors.length > 0 ? ancestors.join(' > ') : (file ?? suiteName),
      // A file that failed as a whole (it did not load) is named by its path: Node 20 gives it absolute.
      name: event.name === event.file && file !== undefined ? file : event.name,
      attempts: [attemptOf(event)],
    };
    if (file !== undefined) record.file = file;
    if (typeof event.line === 'number') record.line = event.line;
    records.push(record);
  }
  return records;
}

export async function readNodeTestEvents(path: string, cwd: string, suiteName: string): Promise<TestCaseRecord[]> {
  return nodeTestEventRecords(await readFile(path, 'utf8').catch(() => ''), cwd, suiteName);
}
