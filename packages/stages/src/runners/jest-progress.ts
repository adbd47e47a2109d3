// jest writes its --json only when the whole run ends, so a jest that dies mid-shard (a test calls
// process.exit) leaves none. testpipe adds a small reporter that appends, as they happen, each file's
// start, each finished test and each finished file to a JSON-lines file: what finished before a crash
// is kept, and the file that was running when jest died is known.
import { readFile } from 'node:fs/promises';
import { relative } from 'node:path';
import type { TestCaseRecord } from '@testpipe/core';
import { jestJsonRecords, type JestAssertion, type JestFileResult } from './jest-json.js';

/** The JSON-lines file the reporter appends to, given to jest's process in its environment. */
export const JEST_PROGRESS_ENV = 'TESTPIPE_JEST_PROGRESS_FILE';

/** The reporter, CommonJS so any project loads it; onTestStart/onTestResult work in every jest version. */
export const JEST_PROGRESS_REPORTER = `'use strict';
// Written by testpipe: appends jest's progress to $${JEST_PROGRESS_ENV} as JSON lines, as it happens.
const { appendFileSync } = require('node:fs');

const file = process.env.${JEST_PROGRESS_ENV};
const write = (event) => {
  if (file) appendFileSync(file, JSON.stringify(event) + '\\n');
};
const assertion = (a) => ({
  ancestorTitles: a.ancestorTitles,
  title: a.title,
  fullName: a.fullName,
  status: a.status,
  duration: a.duration,
  failureMessages: a.failureMessages,
});

class TestpipeProgressReporter {
  onTestStart(test) {
    write({ event: 'file-start', path: test.path });
  }
  onTestCaseResult(test, result) {
    write({ event: 'case', path: test.path, assertion: assertion(result) });
  }
  onTestResult(test, result) {
    const message = result.failureMessage || '';
    const assertionResults = result.testResults.map(assertion);
    write({ event: 'file-done', result: { name: test.path, status: message ? 'failed' : 'passed', message, assertionResults } });
  }
  getLastError() {
    return undefined;
  }
}
module.exports = TestpipeProgressReporter;
`;

type ProgressEvent =
  | { event: 'file-start'; path: string }
  | { event: 'case'; path: string; assertion: JestAssertion }
  | { event: 'file-done'; result: JestFileResult };

export interface JestProgress {
  /** Tests of finished files, and the finished tests of files that never finished. */
  records: TestCaseRecord[];
  /** Files jest started and never finished (relative to rootDir): the one running when it died. */
  unfinished: string[];
}

export function jestProgressRecords(text: string, rootDir: string): JestProgress {
  const done = new Map<string, JestFileResult>();
  const running = new Map<string, JestAssertion[]>();
  for (const line of text.split('\n')) {
    let event: ProgressEvent | null;
    try {
      event = JSON.parse(line) as ProgressEvent | null;
    } catch {
      continue; // a line cut short by the crash
    }
    if (typeof event !== 'object' || event === null) continue;
    if (event.event === 'file-start') running.set(event.path, []);
    else if (event.event === 'case') running.get(event.path)?.push(event.assertion);
    else if (event.event === 'file-done') {
      running.delete(event.result.name);
      done.set(event.result.name, event.result);
    }
  }
  const partial = [...running].map(([name, assertionResults]) => ({ name, assertionResults }));
  return {
    records: jestJsonRecords({ testResults: [...done.values(), ...partial] }, rootDir),
    unfinished: [...running.keys()].map((name) => relative(rootDir, name).replace(/\\/g, '/')),
  };
}

export async function readJestProgress(path: string, rootDir: string): Promise<JestProgress> {
  return jestProgressRecords(await readFile(path, 'utf8').catch(() => ''), rootDir);
}
