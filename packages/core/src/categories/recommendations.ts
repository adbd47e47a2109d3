import type { FailureCategory } from '../model.js';

/** What to do about failures of each category, shown next to the counts. */
export const CATEGORY_RECOMMENDATIONS: Readonly<Record<FailureCategory, string>> = {
  environment:
    'A dependency was unreachable or unhealthy (connection refused/reset, DNS, TLS, 5xx). Check the provisioned services and their health checks before looking at the code; a rerun may pass.',
  data: 'The test data did not match what the test expects (constraint violation, missing row or fixture). Check the seed step, fixture setup and isolation between tests sharing a database.',
  timeout:
    "A test exceeded its own time limit, or a whole shard exceeded its suite's timeout (\"<shard> timed out\"). Look for a hung await or slow dependency; if the work is legitimately long, raise that test's timeout, or for a shard the suite's timeout in testpipe.yml.",
  'test-logic':
    'An assertion failed: the code under test did not produce what the test expects. Read the diff in the failure message; this is usually a real regression or an outdated expectation.',
  unknown:
    'The failure did not match a known pattern. Read the message and stack trace; if it recurs, add a rule for it to the category table.',
};
