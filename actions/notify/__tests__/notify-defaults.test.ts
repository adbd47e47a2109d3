// notify/action.yml, the stage's NOTIFY_DEFAULTS (the CLI reads them) and the action's own fallbacks must
// say the same: users read action.yml, and an input left empty must behave the same everywhere.
import { readFile } from 'node:fs/promises';
import { parse } from 'yaml';
import { NOTIFY_DEFAULTS } from '@testpipe/stages';
import { INPUT_DEFAULTS } from '../src/inputs.js';
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

it("the action's fallbacks match NOTIFY_DEFAULTS", () => {
  expect(INPUT_DEFAULTS).toEqual({
    on: NOTIFY_DEFAULTS.on,
    minPassRate: NOTIFY_DEFAULTS['min-pass-rate'],
    topN: NOTIFY_DEFAULTS['top-n'],
    attachmentLimitKb: NOTIFY_DEFAULTS['email-attachment-limit-kb'],
    subjectPrefix: NOTIFY_DEFAULTS['email-subject-prefix'],
    signatureHeader: NOTIFY_DEFAULTS['webhook-signature-header'],
    threadFailures: NOTIFY_DEFAULTS['slack-thread-failures'],
  });
});

it('every input has a default, so the runner always passes it', async () => {
  const defaults = await declared();
  expect(Object.entries(defaults).filter(([, value]) => value === undefined)).toEqual([]);
});
