// Health checks against real servers: PostgreSQL (testkit), loopback HTTP and TCP.
import { jest } from '@jest/globals';
import { Secrets } from '@testpipe/core';
import {
  freeLoopbackPort,
  startLocalPostgres,
  startScriptedHttpServer,
  startTcpProxy,
  type LocalPostgres,
} from '@testpipe/testkit';
import { HealthCheckTimeoutError, parseHealthTargets, runSeed, waitForTargets } from '../src/seed/index.js';
import { ports } from './seed-helpers.js';

jest.setTimeout(60_000);

const PASSWORD = 'right-horse-battery';
let server: LocalPostgres;
beforeAll(async () => {
  server = await startLocalPostgres({ password: PASSWORD });
});
afterAll(async () => server?.close());

function wait(lines: string, deadlineMs = 10_000) {
  const p = ports();
  return waitForTargets(parseHealthTargets(lines, p.secrets), { deadlineMs, ...p, baseDelayMs: 50, maxDelayMs: 300 });
}

test('HTTP: 503 is retried until the server answers 200', async () => {
  const http = await startScriptedHttpServer({ statuses: [503, 503, 200] });
  try {
    const [outcome] = await wait(`${http.url}/health`);
    expect(outcome).toMatchObject({ state: 'ready', attempts: 3, kind: 'http' });
  } finally {
    await http.close();
  }
});

test('HTTP: status range, body regex and JSON path are checked', async () => {
  const http = await startScriptedHttpServer({
    statuses: [200],
    body: '{"status":"ok","db":{"up":true}}',
    contentType: 'application/json',
  });
  try {
    const outcomes = await wait(
      `${http.url}/a status=200 body="ok"\n${http.url}/b json=$.db.up\n${http.url}/c json=$.status==ok`,
    );
    expect(outcomes.map((o) => o.state)).toEqual(['ready', 'ready', 'ready']);
    const error = await wait(`${http.url}/d json=$.status==down timeout=1s`, 800).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HealthCheckTimeoutError);
    expect((error as Error).message).toContain('$.status is "ok", expected down');
  } finally {
    await http.close();
  }
});

test('localhost reaches a server listening on ::1 only', async () => {
  const http = await startScriptedHttpServer({ host: '::1', statuses: [200] });
  try {
    const outcomes = await wait(`http://localhost:${http.port}/health\ntcp://localhost:${http.port}`);
    expect(outcomes.map((o) => o.state)).toEqual(['ready', 'ready']);
  } finally {
    await http.close();
  }
});

test('a database reachable on ::1 only is found through localhost', async () => {
  const port = await freeLoopbackPort('::1');
  const proxy = await startTcpProxy({ host: '::1', listenPort: port, targetPort: server.port });
  try {
    const [outcome] = await wait(`postgres://postgres:${PASSWORD}@localhost:${port}/postgres`);
    expect(outcome).toMatchObject({ state: 'ready', kind: 'database' });
  } finally {
    await proxy.close();
  }
});

test('a database that starts late is waited for, with an authenticated SELECT 1', async () => {
  const port = await freeLoopbackPort();
  const url = `postgres://postgres:${PASSWORD}@127.0.0.1:${port}/postgres`;
  let proxy: { close(): Promise<void> } | undefined;
  const opening = new Promise<void>((resolve) =>
    setTimeout(
      () => void startTcpProxy({ listenPort: port, targetPort: server.port }).then((p) => ((proxy = p), resolve())),
      1_500,
    ),
  );
  try {
    const [outcome] = await wait(url);
    expect(outcome!.state).toBe('ready');
    expect(outcome!.attempts).toBeGreaterThan(1);
    expect(outcome!.target).toBe(`postgres://postgres:***@127.0.0.1:${port}/postgres`);
  } finally {
    await opening;
    await proxy?.close();
  }
});

test('a target that never starts fails at the deadline, naming it and its last error', async () => {
  const port = await freeLoopbackPort();
  const error = await wait(`tcp://127.0.0.1:${port}`, 2_000).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(HealthCheckTimeoutError);
  expect((error as Error).message).toMatch(
    new RegExp(
      `tcp://127\\.0\\.0\\.1:${port} was not ready within 2s \\(\\d+ attempts\\); last error: connection refused`,
    ),
  );
});

test('a wrong password fails at once with "authentication failed for user", never printing the password', async () => {
  const p = ports();
  const wrong = 'wrong-password-4711';
  const result = await runSeed(
    {
      databaseUrl: `postgres://postgres:${wrong}@127.0.0.1:${server.port}/postgres`,
      databaseUrlName: 'Input "database-url"',
      databaseCreatedByPipeline: false,
      waitFor: '',
      timeoutMs: 20_000,
      checkWritable: false,
      allowDrift: false,
      validateOnly: false,
      mask: true,
      force: false,
      loadMethod: 'copy',
      junitPath: 'seed.xml',
      rootDir: '/tmp',
    },
    p,
  );
  expect(result.error?.message).toContain('authentication failed for user "postgres"');
  expect(result.health[0]).toMatchObject({ state: 'failed', attempts: 1 });
  const everything = [result.error?.message, result.summaryMarkdown, ...p.logger.lines].join('\n');
  expect(everything).not.toContain(wrong);
  expect(everything).toContain('postgres://postgres:***@127.0.0.1');
});

test('wait-for lines with a mistake name the line', () => {
  expect(() => parseHealthTargets('http://localhost/ok\nftp://x/y', new Secrets())).toThrow(
    /line 2: unsupported scheme "ftp"/,
  );
  expect(() => parseHealthTargets('http://x/ status=abc', new Secrets())).toThrow(
    /line 1: status must be a code or a range/,
  );
});
