// Terraform outputs → step outputs and env.json outputs: every form of a sensitive value is masked and
// known to the redaction before the outputs are returned; the post step's destroy policy.
import { Secrets } from '@testpipe/core';
import { decideTeardown, parseLockInfo, readTerraformOutputs, type ProvisionState } from '@testpipe/stages';

const OUTPUT_JSON = JSON.stringify({
  endpoint: { sensitive: false, type: 'string', value: 'db.internal:5432' },
  ports: { sensitive: false, type: ['list', 'number'], value: [5432, 6432] },
  password: { sensitive: true, type: 'string', value: 'first-line-secret\nsecond-line-secret' },
  credentials: {
    sensitive: true,
    type: ['object', {}],
    value: { user: 'svc-user-name', keys: ['key-aaaa-1', 'key-bbbb-2'] },
  },
});

it('masks each sensitive value whole, line by line, as JSON and each inner string, and keeps them out of env outputs', () => {
  const masked: string[] = [];
  const secrets = new Secrets();
  const outputs = readTerraformOutputs(OUTPUT_JSON, secrets, (value) => masked.push(value));
  for (const form of [
    'first-line-secret\nsecond-line-secret',
    'first-line-secret',
    'second-line-secret',
    '"first-line-secret\\nsecond-line-secret"',
    'svc-user-name',
    'key-aaaa-1',
    'key-bbbb-2',
    '{"user":"svc-user-name","keys":["key-aaaa-1","key-bbbb-2"]}',
  ]) {
    expect(masked).toContain(form);
  }
  expect(outputs.stepOutputs).toEqual({
    endpoint: 'db.internal:5432',
    ports: '[5432,6432]',
    password: 'first-line-secret\nsecond-line-secret',
    credentials: '{"user":"svc-user-name","keys":["key-aaaa-1","key-bbbb-2"]}',
  });
  expect(outputs.publicOutputs).toEqual({ endpoint: 'db.internal:5432', ports: [5432, 6432] });
  expect(outputs.sensitiveNames.sort()).toEqual(['credentials', 'password']);
  expect(secrets.redact(`user svc-user-name with ${outputs.stepOutputs.credentials}`)).toBe('user *** with ***');
});

it('never masks JSON punctuation, booleans or short values of a sensitive object (they would blank every log line)', () => {
  const masked: string[] = [];
  const value = { enabled: true, port: 54, nested: { token: 'tok-123456' }, list: [] };
  readTerraformOutputs(
    JSON.stringify({ settings: { sensitive: true, type: ['object', {}], value } }),
    new Secrets(),
    (form) => masked.push(form),
  );
  expect(masked).toContain('tok-123456');
  expect(masked).toContain(JSON.stringify(value));
  for (const harmless of ['{', '}', '},', '[]', '],', 'true', 'false', '54']) expect(masked).not.toContain(harmless);
  expect(masked.every((form) => form.length >= 4)).toBe(true);
});

it('reads the lock info Terraform prints when the state is locked', () => {
  const message = `Error: Error acquiring the state lock

Error message: resource temporarily unavailable
Lock Info:
  ID:        4f2c3a1e-1111-2222-3333-444455556666
  Path:      terraform.tfstate
  Operation: OperationTypeApply
  Who:       runner@host
  Version:   1.11.4
  Created:   2026-12-03 03:00:00.000000 +0000 UTC
  Info:
`;
  expect(parseLockInfo(message)).toEqual({
    id: '4f2c3a1e-1111-2222-3333-444455556666',
    path: 'terraform.tfstate',
    operation: 'OperationTypeApply',
    who: 'runner@host',
    version: '1.11.4',
    created: '2026-12-03 03:00:00.000000 +0000 UTC',
  });
  expect(parseLockInfo('Error: something else')).toBeUndefined();
});

it('applies the destroy policy to the job status', () => {
  const state = (destroy: ProvisionState['destroy'], preserveOnFailure: boolean) =>
    ({ destroy, preserveOnFailure }) as ProvisionState;
  expect(decideTeardown(state('always', false), 'failure').destroy).toBe(true);
  expect(decideTeardown(state('always', true), 'failure')).toMatchObject({ destroy: false, preserved: true });
  expect(decideTeardown(state('always', true), 'success').destroy).toBe(true);
  expect(decideTeardown(state('always', true), 'cancelled').destroy).toBe(true);
  expect(decideTeardown(state('on-success', false), 'failure').destroy).toBe(false);
  expect(decideTeardown(state('on-success', false), 'success').destroy).toBe(true);
  expect(decideTeardown(state('never', false), 'success').destroy).toBe(false);
});
