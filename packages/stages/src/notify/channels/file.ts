// A local file sink: each notification is written to a directory as the webhook's JSON envelope and the
// email's plain text, so a pipeline on a laptop (or the demo) can notify with no service at all.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { NotificationError } from '../errors.js';
import type { NotifyMessage } from '../message-model.js';
import type { FileSinkSettings } from '../types.js';
import type { ChannelDelivery, ChannelEnv } from './channel-env.js';
import { renderEmailText } from './email-render.js';
import { webhookBody } from './webhook.js';

export async function writeFileNotification(
  settings: FileSinkSettings,
  message: NotifyMessage,
  env: ChannelEnv,
): Promise<ChannelDelivery> {
  const stamp = new Date(env.clock.now()).toISOString().replace(/[:.]/g, '-');
  const base = path.join(settings.directory, `${stamp}-${message.verdict}`);
  try {
    await mkdir(settings.directory, { recursive: true });
    await writeFile(`${base}.json`, `${webhookBody(message, env)}\n`);
    await writeFile(`${base}.txt`, env.secrets.redact(renderEmailText(message)));
  } catch (error) {
    throw new NotificationError(
      'file',
      `Could not write the notification to ${settings.directory}: ${(error as Error).message}. Choose a writable directory.`,
    );
  }
  return { detail: `${base}.json` };
}
