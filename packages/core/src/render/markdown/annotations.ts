import { placeOf } from '../../locate/place.js';
import { isFailing, type TestResult, type TestRun } from '../../model.js';
import { failureText, lastFailure } from './failures.js';
import { repoRelativePath } from './paths.js';
import { firstLine, truncate, truncateUtf8 } from './text.js';
import { showControls } from '../visible-controls.js';

/** A check-run annotation, shaped as GitHub's REST API takes it (`output.annotations[]`). */
export interface CheckAnnotation {
  path: string;
  start_line: number;
  end_line: number;
  annotation_level: 'failure' | 'warning';
  message: string;
  title?: string;
  raw_details?: string;
}

export interface FailureAnnotationOptions {
  /** Absolute path of the repository checkout, when it is not the workspace itself. */
  repoRoot?: string;
  /** GITHUB_WORKSPACE; stripped from absolute paths when `repoRoot` does not match. */
  workspace?: string;
  /** At most this many annotations (default 50, what one check-run request accepts). */
  max?: number;
}

const DEFAULT_MAX = 50;
// GitHub: title ≤ 255 characters, message and raw_details ≤ 64 KB each.
const MAX_TITLE_CHARS = 255;
const MAX_MESSAGE_BYTES = 4096;
const MAX_DETAILS_BYTES = 32_768;

function failingAttempts(test: TestResult): number {
  return test.attempts.filter((attempt) => isFailing(attempt.status)).length;
}

function annotationFor(test: TestResult, roots: Array<string | undefined>): CheckAnnotation {
  const place = placeOf(test);
  const path = repoRelativePath(place.file!, roots);
  const line = place.line !== undefined && Number.isInteger(place.line) && place.line > 0 ? place.line : 1;
  const failure = lastFailure(test);
  const headline = failure?.message?.trim() || failure?.type || firstLine(failure?.body);
  const title = truncate(`${test.suite} › ${test.name}`.replace(/\s+/g, ' '), MAX_TITLE_CHARS);
  let annotation: CheckAnnotation;
  if (isFailing(test.status)) {
    annotation = {
      path,
      start_line: line,
      end_line: line,
      annotation_level: 'failure',
      message: truncateUtf8(headline || `Test ${test.status}.`, MAX_MESSAGE_BYTES),
      title,
    };
  } else {
    const attempts = `Flaky: failed ${failingAttempts(test)} of ${test.attempts.length} attempts, then passed.`;
    annotation = {
      path,
      start_line: line,
      end_line: line,
      annotation_level: 'warning',
      message: truncateUtf8(headline ? `${attempts}\n${headline}` : attempts, MAX_MESSAGE_BYTES),
      title,
    };
  }
  const details = failureText(test, MAX_DETAILS_BYTES);
  if (details && details !== annotation.message) annotation.raw_details = truncateUtf8(details, MAX_DETAILS_BYTES);
  return withVisibleControls(annotation);
}

function withVisibleControls(annotation: CheckAnnotation): CheckAnnotation {
  return {
    ...annotation,
    message: showControls(annotation.message),
    ...(annotation.title !== undefined && { title: showControls(annotation.title) }),
    ...(annotation.raw_details !== undefined && { raw_details: showControls(annotation.raw_details) }),
  };
}

function compareAnnotations(a: CheckAnnotation, b: CheckAnnotation): number {
  const order = (x: CheckAnnotation) => (x.annotation_level === 'failure' ? 0 : 1);
  return (
    order(a) - order(b) ||
    (a.path < b.path ? -1 : a.path > b.path ? 1 : 0) ||
    a.start_line - b.start_line ||
    ((a.title ?? '') < (b.title ?? '') ? -1 : (a.title ?? '') > (b.title ?? '') ? 1 : 0)
  );
}

/**
 * Check-run annotations: a failure per failed or errored test, a warning per flaky test, for
 * tests whose file is known; failures first, then by path and line, capped at `max`.
 */
export function failureAnnotations(run: TestRun, options: FailureAnnotationOptions = {}): CheckAnnotation[] {
  const roots = [options.repoRoot, options.workspace];
  const max = Math.max(0, options.max ?? DEFAULT_MAX);
  return run.tests
    .filter((test) => Boolean(placeOf(test).file) && (isFailing(test.status) || test.status === 'flaky'))
    .map((test) => annotationFor(test, roots))
    .sort(compareAnnotations)
    .slice(0, max);
}
