// provision/action.yml and PROVISION_DEFAULTS say the same defaults: the action falls back to the
// object for durations, the CLI uses it, and users read action.yml.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { PROVISION_DEFAULTS } from '../src/index.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

it('provision/action.yml declares every PROVISION_DEFAULTS value, and runs main and post under always()', async () => {
  const yml = parse(await readFile(path.join(repoRoot, 'provision', 'action.yml'), 'utf8')) as {
    inputs: Record<string, { default?: unknown }>;
    runs: Record<string, string>;
  };
  for (const [input, value] of Object.entries(PROVISION_DEFAULTS)) {
    expect({ input, default: String(yml.inputs[input]?.default) }).toEqual({ input, default: String(value) });
  }
  expect(yml.inputs['job-status']?.default).toBe('${{ job.status }}');
  expect(yml.runs).toEqual({
    using: 'node24',
    main: '../dist/provision/index.js',
    post: '../dist/provision/post.js',
    'post-if': 'always()',
  });
});
