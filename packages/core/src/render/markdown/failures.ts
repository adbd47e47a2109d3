import { isFailing, type FailureDetail, type TestResult, type TestRun } from '../../model.js';
import { firstLine, truncate } from './text.js';

/** Failed and errored tests in run order (the run is sorted by id, so the order is stable). */
export function failingTests(run: TestRun): TestResult[] {
  return run.tests.filter((test) => isFailing(test.status));
}

/** The failure of the last failing attempt: what made the test fail, or for a flaky test what failed before the pass. */
export function lastFailure(test: TestResult): FailureDetail | undefined {
  return test.attempts.findLast((a) => isFailing(a.status) && a.failure)?.failure;
}

export function hasFailureText(test: TestResult): boolean {
  const failure = lastFailure(test);
  return Boolean(failure?.message?.trim() || failure?.type || failure?.body?.trim());
}

/** One line saying why the test failed: the message's first line, else the type, else the body's first line. */
export function failureHeadline(test: TestResult, max: number): string {
  const failure = lastFailure(test);
  const line = firstLine(failure?.message) || failure?.type || firstLine(failure?.body);
  return truncate(line ?? '', max);
}

/**
 * True when the body already begins with the message, or with `ExceptionType: message` (a Java, .NET
 * or Python stack trace's first line), so showing the message above it would say it twice.
 */
function bodyRepeatsMessage(body: string, message: string, type: string): boolean {
  if (!body) return false;
  if (!message) return Boolean(type) && body.startsWith(type);
  if (body.startsWith(message)) return true;
  const prefix = /^([\w$.]+(?:\[\])?):[ \t]*/.exec(body);
  return Boolean(prefix && body.slice(prefix[0].length).startsWith(message));
}

/** Type, full message and stack/body of the failure, shortened to `max` characters; the message said once. */
export function failureText(test: TestResult, max: number): string {
  const failure = lastFailure(test);
  if (!failure) return '';
  const message = failure.message?.trim() ?? '';
  const type = failure.type?.trim() ?? '';
  const head = type && !message.startsWith(type) ? (message ? `${type}: ${message}` : type) : message;
  const body = failure.body?.trim() ?? '';
  const text = bodyRepeatsMessage(body, message, type)
    ? body
    : [head, body && body !== message ? body : ''].filter(Boolean).join('\n\n');
  return text.length > max ? `${truncate(text, max)}\n(shortened)` : text;
}
