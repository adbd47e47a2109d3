import { describe, expect, it } from '@jest/globals';
import { CATEGORY_RECOMMENDATIONS, CATEGORY_RULES, classifyFailure } from '../src/categories/index.js';
import type { FailureCategory, FailureDetail } from '../src/model.js';

type Case = [language: string, failure: FailureDetail, expected: FailureCategory];

const cases: Case[] = [
  // environment
  [
    'python',
    {
      type: 'requests.exceptions.ConnectionError',
      message:
        "HTTPConnectionPool(host='api', port=8080): Max retries exceeded with url: /health (Caused by NewConnectionError('<urllib3.connection.HTTPConnection object at 0x7f>: Failed to establish a new connection: [Errno 111] Connection refused'))",
    },
    'environment',
  ],
  [
    'python',
    {
      type: 'psycopg2.OperationalError',
      message:
        'could not connect to server: Connection refused\n\tIs the server running on host "localhost" (127.0.0.1) and accepting\n\tTCP/IP connections on port 5432?',
    },
    'environment',
  ],
  [
    'python',
    {
      message:
        'redis.exceptions.ConnectionError: Error -3 connecting to redis:6379. Temporary failure in name resolution.',
    },
    'environment',
  ],
  [
    'python',
    {
      type: 'ssl.SSLCertVerificationError',
      message:
        '[SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: self signed certificate in certificate chain (_ssl.c:1129)',
    },
    'environment',
  ],
  [
    'python',
    {
      message:
        'pymongo.errors.ServerSelectionTimeoutError: localhost:27017: [Errno 111] Connection refused, Timeout: 30s',
    },
    'environment',
  ],
  ['java', { type: 'java.net.ConnectException', message: 'Connection refused (Connection refused)' }, 'environment'],
  [
    'java',
    {
      type: 'org.postgresql.util.PSQLException',
      message:
        'Connection to localhost:5432 refused. Check that the hostname and port are correct and that the postmaster is accepting TCP/IP connections.',
    },
    'environment',
  ],
  [
    'java',
    {
      type: 'javax.net.ssl.SSLHandshakeException',
      message:
        'PKIX path building failed: sun.security.provider.certpath.SunCertPathBuilderException: unable to find valid certification path to requested target',
    },
    'environment',
  ],
  ['java', { type: 'java.net.SocketTimeoutException', message: 'connect timed out' }, 'environment'],
  [
    'java',
    {
      type: 'org.springframework.web.client.HttpServerErrorException$ServiceUnavailable',
      message: '503 Service Unavailable: "upstream connect error"',
    },
    'environment',
  ],
  ['js', { type: 'Error', message: 'connect ECONNREFUSED 127.0.0.1:5432' }, 'environment'],
  ['js', { message: 'getaddrinfo ENOTFOUND postgres' }, 'environment'],
  ['js', { message: 'AxiosError: Request failed with status code 502' }, 'environment'],
  ['js', { message: 'FetchError: request to https://api.local/v1 failed, reason: read ECONNRESET' }, 'environment'],
  ['js', { message: 'Error: timeout connecting to the database after 10000ms' }, 'environment'],
  [
    'go',
    { message: 'Failed', body: 'db_test.go:31: dial tcp 127.0.0.1:5432: connect: connection refused' },
    'environment',
  ],
  [
    'go',
    { message: 'Get "https://svc.internal/health": x509: certificate signed by unknown authority' },
    'environment',
  ],
  [
    '.net',
    {
      type: 'System.Net.Http.HttpRequestException',
      message: 'No connection could be made because the target machine actively refused it. (localhost:5000)',
    },
    'environment',
  ],
  ['.net', { type: 'Npgsql.NpgsqlException', message: 'Failed to connect to 127.0.0.1:5432' }, 'environment'],
  [
    'ruby',
    {
      type: 'Errno::ECONNREFUSED',
      message:
        'Failed to open TCP connection to localhost:9200 (Connection refused - connect(2) for "localhost" port 9200)',
    },
    'environment',
  ],
  [
    'ruby',
    { type: 'Redis::CannotConnectError', message: 'Error connecting to Redis on localhost:6379 (Errno::ECONNREFUSED)' },
    'environment',
  ],
  // data
  [
    'python',
    {
      type: 'sqlalchemy.exc.IntegrityError',
      message:
        '(psycopg2.errors.UniqueViolation) duplicate key value violates unique constraint "users_email_key"\nDETAIL:  Key (email)=(a@b.c) already exists.',
    },
    'data',
  ],
  ['python', { message: 'django.contrib.auth.models.User.DoesNotExist: User matching query does not exist.' }, 'data'],
  ['python', { message: "fixture 'seeded_orders' not found\n>       available fixtures: cache, capfd, db" }, 'data'],
  [
    'java',
    {
      type: 'org.springframework.dao.DataIntegrityViolationException',
      message: 'could not execute statement; SQL [n/a]; constraint [fk_order_customer]',
    },
    'data',
  ],
  [
    'java',
    { type: 'jakarta.persistence.EntityNotFoundException', message: 'Unable to find com.acme.Order with id 42' },
    'data',
  ],
  [
    'js',
    { message: 'error: insert or update on table "orders" violates foreign key constraint "orders_customer_id_fkey"' },
    'data',
  ],
  ['js', { message: 'SQLITE_CONSTRAINT: NOT NULL constraint failed: users.name' }, 'data'],
  ['go', { message: 'Failed', body: 'repo_test.go:44: sql: no rows in result set' }, 'data'],
  [
    'go',
    { message: 'ERROR: null value in column "name" of relation "users" violates not-null constraint (SQLSTATE 23502)' },
    'data',
  ],
  [
    '.net',
    {
      type: 'Microsoft.EntityFrameworkCore.DbUpdateException',
      message: "Cannot insert duplicate key row in object 'dbo.Users' with unique index 'IX_Users_Email'.",
    },
    'data',
  ],
  ['ruby', { type: 'ActiveRecord::RecordNotFound', message: "Couldn't find User with 'id'=7" }, 'data'],
  [
    'php',
    { message: "SQLSTATE[23000]: Integrity constraint violation: 1062 Duplicate entry 'x' for key 'email'" },
    'data',
  ],
  // timeout
  [
    'js',
    {
      message:
        'thrown: "Exceeded timeout of 5000 ms for a test.\nAdd a timeout value to this test to increase the timeout, if this is a long-running test. See https://jestjs.io/docs/api#testname-fn-timeout."',
    },
    'timeout',
  ],
  [
    'js',
    {
      message:
        'Error: Timeout of 2000ms exceeded. For async tests and hooks, ensure "done()" is called; if returning a Promise, ensure it resolves.',
    },
    'timeout',
  ],
  ['js', { message: 'Test timeout of 30000ms exceeded.' }, 'timeout'],
  ['python', { message: 'Failed: Timeout >5.0s' }, 'timeout'],
  ['go', { message: 'panic: test timed out after 10m0s\nrunning tests:\n\tTestSlowImport (10m0s)' }, 'timeout'],
  [
    'java',
    { type: 'java.util.concurrent.TimeoutException', message: 'importOrders() timed out after 100 milliseconds' },
    'timeout',
  ],
  [
    'java',
    { type: 'org.junit.runners.model.TestTimedOutException', message: 'test timed out after 10 milliseconds' },
    'timeout',
  ],
  ['.net', { message: 'Test exceeded Timeout value of 1000ms' }, 'timeout'],
  ['ruby', { type: 'Timeout::Error', message: 'execution expired' }, 'timeout'],
  // test-logic
  ['python', { type: 'AssertionError', message: 'assert 3 == 4\n +  where 3 = add(1, 2)' }, 'test-logic'],
  ['python', { message: 'assert response.status_code == 200' }, 'test-logic'],
  ['java', { type: 'org.opentest4j.AssertionFailedError', message: 'expected: <200> but was: <404>' }, 'test-logic'],
  ['java', { type: 'org.junit.ComparisonFailure', message: 'expected:<[foo]> but was:<[bar]>' }, 'test-logic'],
  [
    'js',
    { message: 'expect(received).toBe(expected) // Object.is equality\n\nExpected: 3\nReceived: 2' },
    'test-logic',
  ],
  [
    'js',
    { type: 'AssertionError [ERR_ASSERTION]', message: 'Expected values to be strictly equal:\n\n1 !== 2\n' },
    'test-logic',
  ],
  ['js', { message: 'AssertionError: expected 1 to equal 2' }, 'test-logic'],
  [
    'go',
    {
      message: 'Failed',
      body: '    calc_test.go:12: \n        \tError Trace:\tcalc_test.go:12\n        \tError:      \tNot equal: \n        \t            \texpected: 4\n        \t            \tactual  : 3',
    },
    'test-logic',
  ],
  [
    '.net',
    { type: 'Xunit.Sdk.EqualException', message: 'Assert.Equal() Failure\nExpected: 4\nActual:   3' },
    'test-logic',
  ],
  ['.net', { type: 'NUnit.Framework.AssertionException', message: '  Expected: 5\n  But was:  4' }, 'test-logic'],
  ['ruby', { type: 'Minitest::Assertion', message: 'Expected: 4\n  Actual: 3' }, 'test-logic'],
  [
    'ruby',
    { type: 'RSpec::Expectations::ExpectationNotMetError', message: 'expected: 4\n     got: 3\n\n(compared using ==)' },
    'test-logic',
  ],
  // unknown
  [
    'java',
    { type: 'java.lang.NullPointerException', message: 'Cannot invoke "String.length()" because "s" is null' },
    'unknown',
  ],
  ['js', { type: 'TypeError', message: "Cannot read properties of undefined (reading 'id')" }, 'unknown'],
  ['python', { type: 'KeyError', message: "'customer_id'" }, 'unknown'],
];

describe('classifyFailure', () => {
  it.each(cases)('%s: %j → %s', (_language, failure, expected) => {
    expect(classifyFailure(failure)).toBe(expected);
  });

  it('covers every language with at least thirty messages', () => {
    expect(cases.length).toBeGreaterThanOrEqual(30);
    expect(new Set(cases.map(([language]) => language))).toEqual(
      new Set(['python', 'java', 'js', 'go', '.net', 'ruby', 'php']),
    );
  });

  it('treats "timeout connecting" as a dependency problem, not the test timeout', () => {
    expect(classifyFailure({ message: 'TimeoutError: timeout connecting to redis:6379' })).toBe('environment');
    expect(classifyFailure({ message: 'TimeoutError: waiting for selector ".done" failed' })).toBe('timeout');
  });

  it('takes jest’s "Timeout - Async callback was not invoked" for a timeout', () => {
    expect(
      classifyFailure({
        message:
          'Timeout - Async callback was not invoked within the 5000 ms timeout specified by jest.setTimeout.Timeout - Async callback was not invoked within the 5000 ms timeout specified by jest.setTimeout.Error:',
      }),
    ).toBe('timeout');
  });

  it('lets the headline win over the body', () => {
    const failure = {
      type: 'AssertionError',
      message: 'assert 1 == 2',
      body: 'log: Connection refused while warming cache',
    };
    expect(classifyFailure(failure)).toBe('test-logic');
    expect(classifyFailure({ message: 'Failed', body: failure.body })).toBe('environment');
  });

  it('honours rules restricted to one field and accepts an extended table', () => {
    const rules = [{ category: 'data' as const, pattern: /Flyway/, field: 'type' as const }, ...CATEGORY_RULES];
    expect(classifyFailure({ type: 'FlywayException', message: 'boom' }, rules)).toBe('data');
    expect(classifyFailure({ type: 'Error', message: 'Flyway boom' }, rules)).toBe('unknown');
  });

  it('returns unknown for a missing or empty failure', () => {
    expect(classifyFailure(undefined)).toBe('unknown');
    expect(classifyFailure({})).toBe('unknown');
  });

  it('has a recommendation for every category', () => {
    for (const category of ['environment', 'data', 'timeout', 'test-logic', 'unknown'] as const) {
      expect(CATEGORY_RECOMMENDATIONS[category].length).toBeGreaterThan(20);
    }
  });
});
