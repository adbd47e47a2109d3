import { describe, expect, it } from '@jest/globals';
import { redactRun, redactStrings, Secrets } from '../src/redact/index.js';
import type { TestRun } from '../src/model.js';

const TOKEN = 'ghs_16C7e42F292c6912E7710c838347Ae178B4a';

function runWith(overrides: { name?: string; message?: string; stdout?: string; file?: string }): TestRun {
  return {
    tests: [
      {
        id: `suite::cls::${overrides.name ?? 'calls the API'}`,
        suite: 'suite',
        classname: 'cls',
        name: overrides.name ?? 'calls the API',
        ...(overrides.file ? { file: overrides.file } : {}),
        status: 'failed',
        flaky: false,
        durationMs: 5,
        attempts: [
          {
            status: 'failed',
            durationMs: 5,
            source: 'junit.xml',
            failure: { message: overrides.message ?? 'boom', body: `at call (${TOKEN})` },
            ...(overrides.stdout ? { stdout: overrides.stdout } : {}),
          },
        ],
      },
    ],
    files: [{ path: 'junit.xml', format: 'junit', tests: 1, bytes: 10, errors: [] }],
    duplicates: [],
  };
}

describe('Secrets', () => {
  it('redacts every occurrence, the longest secret first, and each line of a multi-line secret', () => {
    const secrets = new Secrets();
    secrets.add('hunter2-long');
    secrets.add('hunter2-long-and-longer');
    secrets.add('line-one-secret\nline-two-secret');
    expect(secrets.redact('a hunter2-long-and-longer b hunter2-long c')).toBe('a *** b *** c');
    expect(secrets.redact('only line-two-secret here')).toBe('only *** here');
  });

  it('treats regular-expression characters in a secret literally', () => {
    const secrets = new Secrets();
    secrets.add('p4ss.(w*rd)$');
    expect(secrets.redact('x p4ss.(w*rd)$ y p4ssX(wwrd)')).toBe('x *** y p4ssX(wwrd)');
  });

  it('does not redact empty or very short values, and says so', () => {
    const secrets = new Secrets();
    expect(secrets.add('')).toBe('empty');
    expect(secrets.add('on')).toBe('too-short');
    expect(secrets.redact('turn it on')).toBe('turn it on');
  });

  it('finds ::add-mask:: values in output', () => {
    const secrets = new Secrets();
    expect(secrets.addMaskedIn('start\n::add-mask::s3cr3t-value\r\n  ::add-mask::another-one\nend')).toEqual([
      's3cr3t-value',
      'another-one',
    ]);
    expect(secrets.redact('s3cr3t-value and another-one')).toBe('*** and ***');
  });
});

describe('redactRun', () => {
  it('redacts the token from names, ids, messages, bodies, files and notes', () => {
    const run = runWith({ name: `uses ${TOKEN}`, message: `401 for ${TOKEN}`, file: `tests/${TOKEN}.js` });
    run.files[0]!.errors.push({ path: 'junit.xml', kind: 'malformed', message: `bad ${TOKEN}` });
    const secrets = new Secrets();
    secrets.add(TOKEN);
    redactRun(run, secrets);
    expect(JSON.stringify(run)).not.toContain(TOKEN);
    expect(run.tests[0]!.name).toBe('uses ***');
    expect(run.tests[0]!.attempts[0]!.failure!.message).toBe('401 for ***');
  });

  it('redacts a value a test masked in its own output, wherever else it appears', () => {
    const run = runWith({ message: 'password mypassw0rd rejected', stdout: '::add-mask::mypassw0rd\nlogging in' });
    const found = redactRun(run, new Secrets());
    expect(found).toEqual(['mypassw0rd']);
    expect(JSON.stringify(run)).not.toContain('mypassw0rd');
    expect(run.tests[0]!.attempts[0]!.failure!.message).toBe('password *** rejected');
  });

  it('leaves a run without secrets as it was', () => {
    const run = runWith({});
    const before = JSON.stringify(run);
    redactRun(run, new Secrets());
    expect(JSON.stringify(run)).toBe(before);
  });
});

describe('values masked by passing tests', () => {
  it('are found although passed output is dropped, and redacted from a later failure', async () => {
    const { mkdtemp, writeFile, rm } = await import('node:fs/promises');
    const { tmpdir } = await import('node:os');
    const path = await import('node:path');
    const { ingestReports } = await import('../src/merge/index.js');
    const dir = await mkdtemp(path.join(tmpdir(), 'testpipe-mask-'));
    const file = path.join(dir, 'junit.xml');
    await writeFile(
      file,
      `<testsuite name="s"><testcase classname="s" name="logs in"><system-out>login ok
::add-mask::pa55word-xyz
done</system-out></testcase><testcase classname="s" name="uses it"><failure message="rejected pa55word-xyz"/></testcase></testsuite>`,
    );
    const run = await ingestReports([file]);
    expect(run.tests.find((t) => t.name === 'logs in')!.attempts[0]!.stdout).toBe('::add-mask::pa55word-xyz');
    expect(redactRun(run, new Secrets())).toEqual(['pa55word-xyz']);
    expect(JSON.stringify(run)).not.toContain('pa55word-xyz');
    await rm(dir, { recursive: true, force: true });
  });
});

describe('redaction never hides a failure', () => {
  it('keeps two failing tests whose names differ only by a secret as two failing tests', async () => {
    const { computeMetrics } = await import('../src/metrics/metrics.js');
    const run = runWith({ name: `uses ${TOKEN}` });
    const other = structuredClone(run.tests[0]!);
    other.name = 'uses ***';
    other.id = 'suite::cls::uses ***';
    run.tests.push(other);
    const secrets = new Secrets();
    secrets.add(TOKEN);
    redactRun(run, secrets);
    const metrics = computeMetrics(run);
    expect([metrics.total, metrics.failed]).toEqual([2, 2]);
  });
});

describe('redactStrings', () => {
  it('redacts a secret JSON would escape, which redacting the JSON text misses', () => {
    const secrets = new Secrets();
    const password = 'pa"ss\\word-7731';
    secrets.add(password);
    const record = { health: [{ target: `postgres://app:${password}@db/shop`, attempts: 1 }], [password]: true };
    const text = JSON.stringify(record);
    expect(secrets.redact(text)).not.toContain('***'); // the escaped form in the text is not the secret
    const redacted = JSON.stringify(redactStrings(record, (value) => secrets.redact(value)));
    expect(redacted).toBe('{"health":[{"target":"postgres://app:***@db/shop","attempts":1}],"***":true}');
  });
});
