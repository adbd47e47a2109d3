// notify/action.yml and NOTIFY_DEFAULTS (the action's fallbacks and the CLI's) must say the same: users read
// action.yml, and an input left empty must behave the same everywhere.
import { readFile } from 'node:fs/promises';
import { parse } from 'yaml';
import { NOTIFY_DEFAULTS } from '@testpipe/stages';
import { ACTION_YML } from './notify-helpers.js';

async function declared(): Promise<Record<string, string | undefined>> {
  const yml = parse(await readFile(ACTION_YML, 'utf8')) as { inputs: Record<string, { default?: unknown }> };
  return Object.fromEntries(
    Object.entries(yml.inputs).map(([name, input]) => [
      name,
      input.default === undefined ? undefined : String(input.default),
    ]),
  );
}

it('NOTIFY_DEFAULTS matches notify/action.yml', async () => {
  const defaults = await declared();
  for (const [input, value] of Object.entries(NOTIFY_DEFAULTS)) {
    expect({ input, default: defaults[input] }).toEqual({ input, default: String(value) });
  }
});

it('every input has a default, so the runner always passes it', async () => {
  const defaults = await declared();
  expect(Object.entries(defaults).filter(([, value]) => value === undefined)).toEqual([]);
});
