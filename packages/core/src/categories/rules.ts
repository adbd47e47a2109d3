import type { FailureCategory } from '../model.js';

export interface CategoryRule {
  category: Exclude<FailureCategory, 'unknown'>;
  pattern: RegExp;
  /** Restrict the rule to one field; by default it applies to whichever text is being examined. */
  field?: 'message' | 'type' | 'body';
}

// Priority order: the first matching rule wins. Environment comes before timeout so that
// "timeout connecting" or "connect ETIMEDOUT" (a dependency not answering) is not taken for
// the test's own timeout; data comes before test-logic so an assertion about a constraint
// violation is still a data problem.
export const CATEGORY_RULES: readonly CategoryRule[] = [
  // environment: a dependency is unreachable, refuses, or answers with a 5xx
  { category: 'environment', pattern: /\bE(?:CONNREFUSED|CONNRESET|NOTFOUND|AI_AGAIN|HOSTUNREACH|NETUNREACH|PIPE)\b/ },
  { category: 'environment', pattern: /connection (?:was )?(?:refused|reset)|connection to \S+ refused/i },
  { category: 'environment', pattern: /actively refused it|no connection could be made/i },
  { category: 'environment', pattern: /getaddrinfo|name or service not known|temporary failure in name resolution/i },
  { category: 'environment', pattern: /nodename nor servname|no such host|UnknownHostException/i },
  {
    category: 'environment',
    pattern: /timeout connecting|connect(?:ion)? timed out|connect ETIMEDOUT|ConnectTimeout/i,
  },
  {
    category: 'environment',
    pattern: /ServerSelectionTimeoutError|could not connect to server|can't connect to \w+ server/i,
  },
  { category: 'environment', pattern: /(?:java\.net\.)?(?:ConnectException|NoRouteToHostException)\b/ },
  {
    category: 'environment',
    pattern: /requests\.exceptions\.ConnectionError|urllib3\.exceptions\.\w*(?:Connection|NewConnection)Error/,
  },
  { category: 'environment', pattern: /\bdial tcp\b|no route to host|network is unreachable|socket hang up/i },
  { category: 'environment', pattern: /CannotConnectError|Failed to connect to|unable to connect to/i },
  { category: 'environment', pattern: /\bSSL(?:Error|HandshakeException)?\b|\bTLS handshake|x509: certificate/i },
  {
    category: 'environment',
    pattern: /CERTIFICATE_VERIFY_FAILED|certificate (?:has expired|verify failed)|self[- ]signed certificate/i,
  },
  { category: 'environment', pattern: /UNABLE_TO_VERIFY_LEAF_SIGNATURE|ERR_TLS_CERT|PKIX path building failed/ },
  { category: 'environment', pattern: /\b50[234] (?:Bad Gateway|Service Unavailable|Gateway Time-?out)\b/i },
  { category: 'environment', pattern: /status(?: code)?:? 50[234]\b/i },
  {
    category: 'environment',
    pattern: /too many connections|remaining connection slots are reserved|ENOSPC|no space left on device/i,
  },
  { category: 'environment', pattern: /Cannot connect to the Docker daemon/i },
  // data: the database or fixtures do not hold what the test expects
  { category: 'data', pattern: /violates (?:unique|foreign key|not-null|check) constraint/i },
  { category: 'data', pattern: /duplicate key value|duplicate entry .* for key|cannot insert duplicate key/i },
  {
    category: 'data',
    pattern: /(?:UNIQUE|FOREIGN KEY|NOT NULL|CHECK) constraint failed|integrity constraint violation/i,
  },
  { category: 'data', pattern: /Violation of (?:PRIMARY KEY|UNIQUE KEY) constraint|ORA-00001|ORA-02291|ORA-01400/i },
  { category: 'data', pattern: /IntegrityError|UniqueViolation|ForeignKeyViolation|NotNullViolation|CheckViolation/ },
  {
    category: 'data',
    pattern: /DataIntegrityViolationException|ConstraintViolationException|RecordNotUnique|InvalidForeignKey/,
  },
  { category: 'data', pattern: /SQLSTATE\[?\s*23\d{3}|\(SQLSTATE 23\d{3}\)|SqlState: 23\d{3}/i },
  { category: 'data', pattern: /fixture ['"]?[\w.-]+['"]? not found/i },
  { category: 'data', pattern: /DoesNotExist|matching query does not exist|no rows in result set/i },
  { category: 'data', pattern: /EntityNotFound|RecordNotFound|EmptyResultDataAccessException|NoResultException/ },
  // timeout: the test's own time limit
  {
    category: 'timeout',
    pattern: /Exceeded timeout of \d+ ?ms|Timeout of \d+ ?ms exceeded|Test timeout of \d+ ?ms exceeded/i,
  },
  {
    category: 'timeout',
    pattern: /Failed: Timeout >|panic: test timed out after|execution timed out after|timed out after \d+/i,
  },
  {
    category: 'timeout',
    pattern: /TestTimedOutException|TimeoutException|TimeoutError|Timeout::Error|execution expired/,
  },
  { category: 'timeout', pattern: /exceeded (?:the )?(?:execution )?timeout|Timeout value of \d+ ?ms/i },
  // jest (jasmine2 / older circus): "Timeout - Async callback was not invoked within the 5000 ms timeout…"
  { category: 'timeout', pattern: /Timeout - Async callback was not invoked|Async callback was not invoked within/i },
  // test-logic: the code under test did not give what the test asserts
  { category: 'test-logic', pattern: /AssertionError|AssertionFailedError|ComparisonFailure|AssertFailedException/ },
  { category: 'test-logic', pattern: /ExpectationNotMetError|Minitest::Assertion|Test::Unit::AssertionFailedError/ },
  {
    category: 'test-logic',
    pattern: /Xunit\.Sdk\.\w+Exception|NUnit\.Framework\.AssertionException|Assert\.\w+\(?\)? failed/,
  },
  { category: 'test-logic', pattern: /Assert\.\w+\(\) Failure|Error Trace:|\bassert\.\w+|\brequire\.\w+\(/ },
  { category: 'test-logic', pattern: /expect\(.*\)\.\w+|Expected:[\s\S]{0,2000}?(?:Received|Actual|But was|got):/i },
  { category: 'test-logic', pattern: /expected:? ?<.*> but was:? ?<|expected .+ to (?:equal|be|have|include|deep)/i },
  { category: 'test-logic', pattern: /Expecting actual|\bassert\b/i },
];
