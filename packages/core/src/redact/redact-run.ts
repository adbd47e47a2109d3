import type { IngestError, SourceFile, TestAttempt, TestResult, TestRun } from '../model.js';
import type { Secrets } from './secrets.js';

function redactAttempt(attempt: TestAttempt, secrets: Secrets): void {
  attempt.stdout = secrets.redactOptional(attempt.stdout);
  attempt.stderr = secrets.redactOptional(attempt.stderr);
  attempt.source = secrets.redactOptional(attempt.source);
  const failure = attempt.failure;
  if (failure) {
    failure.message = secrets.redactOptional(failure.message);
    failure.body = secrets.redactOptional(failure.body);
    failure.type = secrets.redactOptional(failure.type);
  }
}

function redactTest(test: TestResult, secrets: Secrets): void {
  test.id = secrets.redact(test.id);
  test.name = secrets.redact(test.name);
  test.suite = secrets.redact(test.suite);
  test.classname = secrets.redactOptional(test.classname);
  test.file = secrets.redactOptional(test.file);
  test.instanceOf = secrets.redactOptional(test.instanceOf);
  if (test.properties) {
    for (const key of Object.keys(test.properties)) test.properties[key] = secrets.redact(test.properties[key]!);
  }
  for (const attempt of test.attempts) redactAttempt(attempt, secrets);
}

function redactNote(note: IngestError, secrets: Secrets): void {
  note.message = secrets.redact(note.message);
  note.path = secrets.redact(note.path);
}

function redactFile(file: SourceFile, secrets: Secrets): void {
  file.path = secrets.redact(file.path);
  for (const note of file.errors) redactNote(note, secrets);
}

/**
 * Finds the values tests masked in their output (`::add-mask::`), then redacts every known secret
 * from every text of the run, in place: what is written or posted from the run afterwards holds none.
 * Returns the newly found masked values (to mask them in the log too).
 */
export function redactRun(run: TestRun, secrets: Secrets): string[] {
  const found: string[] = [];
  for (const test of run.tests) {
    for (const attempt of test.attempts) {
      if (attempt.stdout) found.push(...secrets.addMaskedIn(attempt.stdout));
      if (attempt.stderr) found.push(...secrets.addMaskedIn(attempt.stderr));
    }
  }
  if (secrets.size === 0) return found;
  for (const test of run.tests) redactTest(test, secrets);
  for (const file of run.files) redactFile(file, secrets);
  for (const note of run.duplicates) redactNote(note, secrets);
  return found;
}
