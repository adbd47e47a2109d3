// Each stage's defaults object must say what its action.yml says: users read action.yml, the CLI reads
// the defaults object, and both must behave the same when an input is left out.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { PLAN_DEFAULTS, REPORT_DEFAULTS, SHARD_DEFAULTS } from '../src/index.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

async function actionDefaults(action: string): Promise<Record<string, string | undefined>> {
  const yml = parse(await readFile(path.join(repoRoot, action, 'action.yml'), 'utf8')) as {
    inputs: Record<string, { default?: unknown }>;
  };
  return Object.fromEntries(
    Object.entries(yml.inputs).map(([name, input]) => [
      name,
      input.default === undefined ? undefined : String(input.default),
    ]),
  );
}

const cases: Array<[string, string, Record<string, string | number | boolean>]> = [
  ['run-matrix', 'PLAN_DEFAULTS', PLAN_DEFAULTS],
  ['run-matrix', 'SHARD_DEFAULTS', SHARD_DEFAULTS],
  ['aggregate-report', 'REPORT_DEFAULTS', REPORT_DEFAULTS],
];

describe.each(cases)('%s/action.yml and %s', (action, _name, defaults) => {
  it('declare every default the same way', async () => {
    const declared = await actionDefaults(action);
    for (const [input, value] of Object.entries(defaults)) {
      expect({ input, default: declared[input] }).toEqual({ input, default: String(value) });
    }
  });
});
