import type { TestAttempt, TestResult } from '../model.js';
import { decisiveAttempt } from '../merge/final-status.js';
import { isFailing } from '../model.js';

type XmlNode = Record<string, unknown>;

export function seconds(ms: number): string {
  return (ms / 1000).toFixed(3);
}

function problemNode(attempt: TestAttempt): XmlNode {
  const node: XmlNode = {};
  if (attempt.failure?.message !== undefined) node['@_message'] = attempt.failure.message;
  if (attempt.failure?.type !== undefined) node['@_type'] = attempt.failure.type;
  if (attempt.failure?.body) node['#text'] = attempt.failure.body;
  return node;
}

/** Surefire's rerun children: the failure in a stackTrace element, with the attempt's own output. */
function rerunNode(attempt: TestAttempt): XmlNode {
  const node: XmlNode = {};
  if (attempt.failure?.message !== undefined) node['@_message'] = attempt.failure.message;
  if (attempt.failure?.type !== undefined) node['@_type'] = attempt.failure.type;
  if (attempt.failure?.body) node.stackTrace = attempt.failure.body;
  if (attempt.stdout) node['system-out'] = attempt.stdout;
  if (attempt.stderr) node['system-err'] = attempt.stderr;
  return node;
}

/**
 * A merged test as one <testcase>. The main <failure>/<error> is the final attempt, so a reader
 * that only counts those elements agrees with our counts; earlier failing attempts follow the
 * Surefire convention: rerunFailure/rerunError when the test failed in the end,
 * flakyFailure/flakyError when it finally passed.
 */
export function testcaseNode(test: TestResult): XmlNode {
  const node: XmlNode = {
    '@_name': test.name,
    '@_classname': test.classname ?? test.suite,
    '@_time': seconds(test.durationMs),
  };
  if (test.file !== undefined) node['@_file'] = test.file;
  if (test.line !== undefined) node['@_line'] = String(test.line);
  const final = decisiveAttempt(test.attempts);
  const earlierFailures = test.attempts.filter((attempt) => attempt !== final && isFailing(attempt.status));
  if (isFailing(test.status)) {
    node[test.status === 'failed' ? 'failure' : 'error'] = final ? problemNode(final) : {};
    const rerunFailure = earlierFailures.filter((a) => a.status === 'failed').map(rerunNode);
    const rerunError = earlierFailures.filter((a) => a.status === 'errored').map(rerunNode);
    if (rerunFailure.length) node.rerunFailure = rerunFailure;
    if (rerunError.length) node.rerunError = rerunError;
  } else if (test.status === 'skipped') {
    node.skipped = final?.failure?.message !== undefined ? { '@_message': final.failure.message } : {};
  } else if (test.status === 'flaky') {
    const flakyFailure = earlierFailures.filter((a) => a.status === 'failed').map(rerunNode);
    const flakyError = earlierFailures.filter((a) => a.status === 'errored').map(rerunNode);
    if (flakyFailure.length) node.flakyFailure = flakyFailure;
    if (flakyError.length) node.flakyError = flakyError;
  }
  if (final?.stdout) node['system-out'] = final.stdout;
  if (final?.stderr) node['system-err'] = final.stderr;
  return node;
}
