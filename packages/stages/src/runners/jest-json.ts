// jest --json output → test records, so jest needs no reporter package installed in the project.
import { readFile } from 'node:fs/promises';
import { relative } from 'node:path';
import type { AttemptStatus, TestCaseRecord } from '@testpipe/core';

export interface JestAssertion {
  ancestorTitles?: string[];
  title: string;
  fullName?: string;
  status: string;
  duration?: number | null;
  failureMessages?: string[];
}

export interface JestFileResult {
  name: string;
  status?: string;
  message?: string;
  startTime?: number;
  assertionResults?: JestAssertion[];
}

const STATUS: Record<string, AttemptStatus> = { passed: 'passed', failed: 'failed' };

function failureOf(messages: readonly string[]): { message: string; body: string } {
  const body = messages.join('\n\n');
  return { message: body.split('\n')[0] ?? '', body };
}

/** jest's full name of a test: describe titles and the test title, space-joined (what -t matches). */
export function jestFullName(assertion: JestAssertion): string {
  return assertion.fullName ?? [...(assertion.ancestorTitles ?? []), assertion.title].join(' ');
}

/** Records of one `jest --json` result; a file that failed to run is one errored test case. */
export function jestJsonRecords(document: { testResults?: JestFileResult[] }, rootDir: string): TestCaseRecord[] {
  const records: TestCaseRecord[] = [];
  for (const file of document.testResults ?? []) {
    const path = relative(rootDir, file.name).replace(/\\/g, '/');
    const assertions = file.assertionResults ?? [];
    if (assertions.length === 0 && file.status === 'failed') {
      records.push({
        suite: path,
        classname: path,
        name: 'Test suite failed to run',
        file: path,
        attempts: [
          { status: 'errored', durationMs: 0, failure: failureOf([file.message ?? 'jest could not run this file']) },
        ],
      });
      continue;
    }
    for (const assertion of assertions) {
      const status = STATUS[assertion.status] ?? 'skipped';
      const record: TestCaseRecord = {
        suite: path,
        classname: path,
        name: jestFullName(assertion),
        file: path,
        attempts: [{ status, durationMs: assertion.duration ?? 0 }],
      };
      if (status === 'failed') record.attempts[0]!.failure = failureOf(assertion.failureMessages ?? []);
      records.push(record);
    }
  }
  return records;
}

export async function readJestJsonRecords(path: string, rootDir: string): Promise<TestCaseRecord[]> {
  return jestJsonRecords(JSON.parse(await readFile(path, 'utf8')) as { testResults?: JestFileResult[] }, rootDir);
}
