import { isFailing, type IngestError, type TestAttempt } from '../model.js';

function describeSource(attempt: TestAttempt): string {
  const where = attempt.source ?? 'an unnamed source';
  return attempt.shard ? `${where} (shard ${attempt.shard})` : where;
}

/**
 * A retry follows a failing attempt. Any attempt that follows a pass or a skip is a genuine
 * duplicate (two parametrized cases sharing one name, a test run by two shards): reported,
 * and kept as an attempt of the same test so counting stays one test per id.
 */
export function findDuplicateRuns(id: string, attempts: readonly TestAttempt[]): IngestError[] {
  const duplicates: IngestError[] = [];
  attempts.forEach((current, i) => {
    const previous = attempts[i - 1];
    if (!previous || isFailing(previous.status)) return;
    duplicates.push({
      path: current.source ?? '',
      kind: 'duplicate-test',
      message:
        `Test "${id}" ran again in ${describeSource(current)} after it ${previous.status} in ${describeSource(previous)}. ` +
        'A retry follows a failure, so this is a duplicate (a repeated name or a test run by two shards): ' +
        'it is counted once, with both runs kept as attempts. Give the tests distinct names or shard without overlap.',
    });
  });
  return duplicates;
}
