import type { AddressInfo } from 'node:net';
import type { Readable } from 'node:stream';
import { simpleParser } from 'mailparser';
import { SMTPServer, type SMTPServerAuthentication, type SMTPServerSession } from 'smtp-server';

export interface ReceivedMail {
  envelope: { from: string | undefined; to: string[] };
  /** Name the client logged in with, when it did. */
  user: string | undefined;
  /** Whether the client upgraded the connection with STARTTLS. */
  secure: boolean;
  /** The message exactly as received (headers and MIME body). */
  raw: string;
  /** Header name (lower case) → raw value of its first occurrence, unfolded. */
  headers: Record<string, string>;
  subject: string | undefined;
  text: string | undefined;
  html: string | undefined;
  attachments: { filename: string | undefined; contentType: string; content: Buffer }[];
}

export interface LocalSmtpOptions {
  /** When set, clients must log in with exactly these; otherwise AUTH is not offered. */
  auth?: { user: string; pass: string };
  /** Offer STARTTLS with smtp-server's bundled self-signed certificate (clients must not verify it). */
  starttls?: boolean;
}

export interface LocalSmtp {
  host: string;
  port: number;
  /** Every accepted message, in order of arrival. */
  messages: ReceivedMail[];
  close(): Promise<void>;
}

function readStream(stream: Readable): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    stream.on('data', (chunk: Buffer) => chunks.push(chunk));
    stream.once('end', () => resolve(Buffer.concat(chunks)));
    stream.once('error', reject);
  });
}

async function parseMail(raw: Buffer, session: SMTPServerSession): Promise<ReceivedMail> {
  const parsed = await simpleParser(raw);
  const headers: Record<string, string> = {};
  for (const { key, line } of parsed.headerLines) {
    headers[key] ??= line
      .slice(line.indexOf(':') + 1)
      .replace(/\r?\n[ \t]+/g, ' ')
      .trim();
  }
  const from = session.envelope.mailFrom;
  return {
    envelope: { from: from ? from.address : undefined, to: session.envelope.rcptTo.map((rcpt) => rcpt.address) },
    user: typeof session.user === 'string' ? session.user : undefined,
    secure: session.secure,
    raw: raw.toString('utf8'),
    headers,
    subject: parsed.subject,
    text: parsed.text,
    html: parsed.html === false ? undefined : parsed.html,
    attachments: parsed.attachments.map((attachment) => ({
      filename: attachment.filename,
      contentType: attachment.contentType,
      content: attachment.content,
    })),
  };
}

/** Starts an SMTP server on 127.0.0.1 with a random port that keeps every message it accepts. */
export async function startLocalSmtp(options: LocalSmtpOptions = {}): Promise<LocalSmtp> {
  const messages: ReceivedMail[] = [];
  const { auth } = options;
  const disabledCommands = [...(auth ? [] : ['AUTH']), ...(options.starttls ? [] : ['STARTTLS'])];
  const server = new SMTPServer({
    logger: false,
    disabledCommands,
    authOptional: !auth,
    allowInsecureAuth: true, // AUTH without STARTTLS: loopback only
    closeTimeout: 1_000,
    onAuth(credentials: SMTPServerAuthentication, _session, callback) {
      if (auth && credentials.username === auth.user && credentials.password === auth.pass) {
        callback(null, { user: credentials.username });
      } else {
        callback(new Error('Invalid username or password'));
      }
    },
    onData(stream, session, callback) {
      readStream(stream)
        .then((raw) => parseMail(raw, session))
        .then((mail) => {
          messages.push(mail);
          callback();
        }, callback);
    },
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.server.address() as AddressInfo;
  let closed: Promise<void> | undefined;
  return {
    host: '127.0.0.1',
    port,
    messages,
    close: () => (closed ??= new Promise<void>((resolve) => server.close(() => resolve()))),
  };
}
