// `go test -json` events → test records, for machines without gotestsum.
import { readFile } from 'node:fs/promises';
import type { AttemptStatus, TestCaseRecord } from '@testpipe/core';

interface GoTestEvent {
  Action: string;
  Package?: string;
  Test?: string;
  Elapsed?: number;
  Output?: string;
}

const FINAL: Record<string, AttemptStatus> = { pass: 'passed', fail: 'failed', skip: 'skipped' };

/** One record per test (subtests included); a package that failed without a failing test is one errored case. */
export function goTestJsonRecords(text: string): TestCaseRecord[] {
  const output = new Map<string, string>();
  const records: TestCaseRecord[] = [];
  const failedTestIn = new Set<string>();
  for (const line of text.split('\n')) {
    if (!line.startsWith('{')) continue;
    let event: GoTestEvent;
    try {
      event = JSON.parse(line) as GoTestEvent;
    } catch {
      continue;
    }
    const pkg = event.Package ?? '';
    const key = `${pkg}\u0000${event.Test ?? ''}`;
    if (event.Action === 'output') output.set(key, (output.get(key) ?? '') + (event.Output ?? ''));
    const status = FINAL[event.Action];
    if (status === undefined) continue;
    if (event.Test === undefined) {
      if (status === 'failed' && !failedTestIn.has(pkg)) {
        const body = output.get(key) ?? '';
        records.push({
          suite: pkg,
          classname: pkg,
          name: 'TestMain',
          attempts: [
            {
              status: 'errored',
              durationMs: (event.Elapsed ?? 0) * 1000,
              failure: { message: `package ${pkg} failed`, body },
            },
          ],
        });
      }
      continue;
    }
    if (status === 'failed') failedTestIn.add(pkg);
    const record: TestCaseRecord = {
      suite: pkg,
      classname: pkg,
      name: event.Test,
      attempts: [{ status, durationMs: (event.Elapsed ?? 0) * 1000 }],
    };
    if (status === 'failed') {
      const body = output.get(key) ?? '';
      record.attempts[0]!.failure = { message: `${event.Test} failed`, body };
    }
    records.push(record);
  }
  return records;
}

export async function readGoTestJsonRecords(path: string): Promise<TestCaseRecord[]> {
  return goTestJsonRecords(await readFile(path, 'utf8'));
}
