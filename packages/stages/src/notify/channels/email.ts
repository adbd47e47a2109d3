// Email through SMTP with nodemailer (loaded only when this channel is used). The SMTP URL carries
// host, port, TLS and credentials: smtps:// is TLS from the start (465), smtp:// upgrades with STARTTLS
// when the server offers it (587); `?requireTLS=true` refuses to send without it, and
// `?tls.rejectUnauthorized=false` accepts a self-signed certificate.
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { ConfigurationError, retryWithBackoff } from '@testpipe/core';
import { NOTIFY_RETRY } from '../defaults.js';
import { NotificationError } from '../errors.js';
import type { NotifyMessage } from '../message-model.js';
import { renderTemplateFile } from '../templates.js';
import type { EmailSettings } from '../types.js';
import type { ChannelDelivery, ChannelEnv } from './channel-env.js';
import { emailSubject, renderEmailHtml, renderEmailText } from './email-render.js';

export interface SmtpOptions {
  host: string;
  port: number;
  secure: boolean;
  requireTLS: boolean;
  auth?: { user: string; pass: string };
  tls: { rejectUnauthorized: boolean };
}

/** The nodemailer options of an SMTP URL; a ConfigurationError naming the input when it is not one. */
export function parseSmtpUrl(smtpUrl: string): SmtpOptions {
  let url: URL;
  try {
    url = new URL(smtpUrl);
  } catch {
    throw new ConfigurationError('Input "smtp-url" must be a URL such as smtps://user:password@smtp.example.com:465.');
  }
  if (url.protocol !== 'smtp:' && url.protocol !== 'smtps:') {
    throw new ConfigurationError(`Input "smtp-url" must start with smtp:// or smtps://, got ${url.protocol}//.`);
  }
  const secure = url.protocol === 'smtps:';
  const user = decodeURIComponent(url.username);
  return {
    host: url.hostname.replace(/^\[|\]$/g, ''),
    port: url.port ? Number(url.port) : secure ? 465 : 587,
    secure,
    requireTLS: url.searchParams.get('requireTLS') === 'true',
    auth: user ? { user, pass: decodeURIComponent(url.password) } : undefined,
    tls: { rejectUnauthorized: url.searchParams.get('tls.rejectUnauthorized') !== 'false' },
  };
}

/** Values of an SMTP URL to mask: the URL and its password, as written and decoded. */
export function smtpUrlSecrets(smtpUrl: string): string[] {
  try {
    const url = new URL(smtpUrl);
    return [smtpUrl, url.password, decodeURIComponent(url.password)].filter((value) => value !== '');
  } catch {
    return [smtpUrl];
  }
}

interface SmtpError {
  code?: string;
  responseCode?: number;
  response?: string;
  message?: string;
}

/** Transient: a 4xx SMTP reply, or no connection. A 5xx reply (bad address, auth refused) is final. */
function isTransient(error: unknown): boolean {
  const { responseCode, code } = (error ?? {}) as SmtpError;
  if (responseCode !== undefined) return responseCode >= 400 && responseCode < 500;
  return ['ECONNECTION', 'ETIMEDOUT', 'ESOCKET', 'ECONNREFUSED', 'ECONNRESET', 'EDNS'].includes(code ?? '');
}

async function attachment(settings: EmailSettings): Promise<{ path?: string; note?: string }> {
  if (!settings.reportHtml) return {};
  const size = await stat(settings.reportHtml).then(
    (s) => s.size,
    () => undefined,
  );
  if (size === undefined) return {};
  if (size > settings.attachmentLimitBytes) {
    const kb = (n: number) => `${Math.ceil(n / 1024)} KB`;
    return {
      note: `The HTML report (${kb(size)}) is over the ${kb(settings.attachmentLimitBytes)} attachment limit; open it from the run.`,
    };
  }
  return { path: settings.reportHtml };
}

export async function sendEmail(
  settings: EmailSettings,
  message: NotifyMessage,
  env: ChannelEnv,
): Promise<ChannelDelivery> {
  const smtp = parseSmtpUrl(settings.smtpUrl);
  const attached = await attachment(settings);
  const html = settings.htmlTemplate
    ? await renderTemplateFile(settings.htmlTemplate, 'email-html-template', 'html', message)
    : renderEmailHtml(message, attached.note);
  const text = settings.textTemplate
    ? await renderTemplateFile(settings.textTemplate, 'email-text-template', 'text', message)
    : renderEmailText(message, attached.note);
  const nodemailer = (await import('nodemailer')).default;
  const transport = nodemailer.createTransport({ ...smtp, connectionTimeout: 30_000, greetingTimeout: 30_000 });
  const from = settings.from ?? (smtp.auth?.user.includes('@') ? smtp.auth.user : `testpipe <testpipe@${smtp.host}>`);
  const mail = {
    from,
    to: settings.to,
    subject: env.secrets.redact(emailSubject(message, settings.subjectPrefix)),
    text: env.secrets.redact(text),
    html: env.secrets.redact(html),
    attachments: attached.path
      ? [{ filename: path.basename(attached.path), path: attached.path, contentType: 'text/html; charset=utf-8' }]
      : [],
  };
  try {
    const info = await retryWithBackoff(() => transport.sendMail(mail), {
      ...NOTIFY_RETRY,
      clock: env.clock,
      random: env.random,
      signal: env.signal,
      isRetryable: isTransient,
      onAttempt: ({ attempt, error, delayMs }) =>
        env.logger.info(
          `email: ${env.secrets.redact(String((error as SmtpError).message))} on attempt ${attempt}; retrying in ${Math.ceil(delayMs / 1000)} s.`,
        ),
    });
    return { detail: `message ${info.messageId} to ${settings.to.length} recipient(s)` };
  } catch (error) {
    const e = error as SmtpError;
    if (e.code === 'EAUTH') {
      throw new NotificationError(
        'email',
        `The SMTP server ${smtp.host}:${smtp.port} refused the login of "${smtp.auth?.user ?? ''}" (input smtp-url): ${e.response ?? e.message}. Check the user and password in the URL (percent-encode special characters).`,
        { cause: error },
      );
    }
    if (e.responseCode !== undefined) {
      throw new NotificationError(
        'email',
        `The SMTP server ${smtp.host}:${smtp.port} (input smtp-url) refused the message: ${e.response ?? e.message}.`,
        { cause: error },
      );
    }
    throw error;
  } finally {
    transport.close();
  }
}
