import nodemailer from 'nodemailer';
import { startLocalSmtp, type LocalSmtp } from '../src/smtp.js';

describe('startLocalSmtp with a login', () => {
  let smtp: LocalSmtp;
  beforeAll(async () => {
    smtp = await startLocalSmtp({ auth: { user: 'ci@example.test', pass: 'right-pass' } });
  });
  afterAll(async () => {
    await smtp?.close();
  });

  const transport = (pass: string) =>
    nodemailer.createTransport({
      host: smtp.host,
      port: smtp.port,
      secure: false,
      ignoreTLS: true,
      auth: { user: 'ci@example.test', pass },
    });

  it('receives a text and HTML message intact', async () => {
    const html = '<h1>Tests</h1><p>12 passed, <b>1 failed</b> — ünïcode ✓</p>';
    const text = 'Tests\n12 passed, 1 failed — ünïcode ✓';
    const info = await transport('right-pass').sendMail({
      from: 'testpipe <ci@example.test>',
      to: ['dev@example.test', 'lead@example.test'],
      subject: 'Run 4242-1: 1 failed ✗',
      text,
      html,
      headers: { 'X-Testpipe-Run': '4242-1' },
      attachments: [{ filename: 'metrics.json', content: '{"passRate":92.31}', contentType: 'application/json' }],
    });
    expect(info.rejected).toEqual([]);

    expect(smtp.messages).toHaveLength(1);
    const [mail] = smtp.messages;
    expect(mail?.envelope).toEqual({ from: 'ci@example.test', to: ['dev@example.test', 'lead@example.test'] });
    expect(mail?.user).toBe('ci@example.test');
    expect(mail?.subject).toBe('Run 4242-1: 1 failed ✗');
    expect(mail?.text?.trim()).toBe(text);
    expect(mail?.html?.trim()).toBe(html);
    expect(mail?.headers['x-testpipe-run']).toBe('4242-1');
    expect(mail?.headers['message-id']).toBe(info.messageId);
    expect(mail?.raw).toContain('Content-Type: multipart/mixed');
    expect(mail?.attachments.map((a) => [a.filename, a.content.toString()])).toEqual([
      ['metrics.json', '{"passRate":92.31}'],
    ]);
  });

  it('rejects a wrong password', async () => {
    await expect(
      transport('wrong-pass').sendMail({ from: 'ci@example.test', to: 'dev@example.test', text: 'x' }),
    ).rejects.toMatchObject({ code: 'EAUTH', responseCode: 535 });
    expect(smtp.messages).toHaveLength(1);
  });

  it('rejects a client that does not log in', async () => {
    const anonymous = nodemailer.createTransport({ host: smtp.host, port: smtp.port, secure: false, ignoreTLS: true });
    await expect(
      anonymous.sendMail({ from: 'ci@example.test', to: 'dev@example.test', text: 'x' }),
    ).rejects.toMatchObject({
      responseCode: 530,
    });
  });
});

describe('startLocalSmtp without a login, with STARTTLS', () => {
  it('accepts anonymous mail over a STARTTLS-upgraded connection', async () => {
    const smtp = await startLocalSmtp({ starttls: true });
    try {
      const transport = nodemailer.createTransport({
        host: smtp.host,
        port: smtp.port,
        secure: false,
        requireTLS: true,
        tls: { rejectUnauthorized: false }, // the bundled certificate is self-signed
      });
      await transport.sendMail({ from: 'ci@example.test', to: 'dev@example.test', subject: 'tls', text: 'over tls' });
      expect(smtp.messages.map((mail) => [mail.secure, mail.user, mail.text?.trim()])).toEqual([
        [true, undefined, 'over tls'],
      ]);
    } finally {
      await smtp.close();
    }
  });

  it('stops accepting connections after close', async () => {
    const smtp = await startLocalSmtp();
    await smtp.close();
    const transport = nodemailer.createTransport({ host: smtp.host, port: smtp.port, secure: false, ignoreTLS: true });
    await expect(transport.sendMail({ from: 'a@example.test', to: 'b@example.test', text: 'x' })).rejects.toMatchObject(
      {
        code: 'ESOCKET',
      },
    );
  });
});
