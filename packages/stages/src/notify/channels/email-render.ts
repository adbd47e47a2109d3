// The email: an HTML body with inline styles (mail clients drop <style> and scripts) and a plain-text
// twin. Every report text passes through core's escapeHtml; links are http(s) only.
import { escapeHtml } from '../escape.js';
import type { NotifyMessage } from '../message-model.js';

const COLOURS: Record<NotifyMessage['verdict'], string> = {
  passed: '#1a7f37',
  failed: '#cf222e',
  'no-tests': '#9a6700',
  cancelled: '#57606a',
};
const ICONS: Record<NotifyMessage['verdict'], string> = {
  passed: '✅',
  failed: '❌',
  'no-tests': '⚠️',
  cancelled: '⛔',
};

export function emailSubject(message: NotifyMessage, prefix: string): string {
  const subject = `${prefix ? `${prefix} ` : ''}${ICONS[message.verdict]} ${message.title}`;
  return subject.replace(/[\r\n]+/g, ' ');
}

function link(url: string | undefined, label: string): string {
  const text = escapeHtml(label);
  return url ? `<a href="${escapeHtml(url)}" style="color:#0969da">${text}</a>` : text;
}

function row(label: string, valueHtml: string): string {
  return `<tr><td style="padding:4px 12px 4px 0;color:#57606a">${escapeHtml(label)}</td><td style="padding:4px 0">${valueHtml}</td></tr>`;
}

function list(heading: string, items: string[], notShown: number): string {
  if (items.length === 0 && notShown === 0) return '';
  const more = notShown > 0 ? `<li style="color:#57606a">…and ${notShown} more</li>` : '';
  return `<h3 style="font-size:15px;margin:20px 0 6px">${escapeHtml(heading)}</h3><ul style="margin:0;padding-left:20px">${items.join('')}${more}</ul>`;
}

function buttons(message: NotifyMessage): string {
  const style =
    'display:inline-block;padding:8px 14px;margin-right:8px;border-radius:6px;text-decoration:none;font-weight:600;';
  const parts: string[] = [];
  if (message.runUrl) {
    parts.push(`<a href="${escapeHtml(message.runUrl)}" style="${style}background:#1f6feb;color:#ffffff">View run</a>`);
  }
  if (message.reportUrl) {
    parts.push(
      `<a href="${escapeHtml(message.reportUrl)}" style="${style}background:#f6f8fa;color:#24292f;border:1px solid #d0d7de">HTML report</a>`,
    );
  }
  return parts.length ? `<p style="margin:20px 0 0">${parts.join('')}</p>` : '';
}

/** The HTML body. */
export function renderEmailHtml(message: NotifyMessage, attachmentNote?: string): string {
  const colour = COLOURS[message.verdict];
  const rows: string[] = [];
  if (message.branch) rows.push(row('Branch', escapeHtml(message.branch)));
  if (message.commit) rows.push(row('Commit', link(message.commit.url, message.commit.short)));
  if (message.pullRequest) {
    const title = message.pullRequest.title ? ` ${escapeHtml(message.pullRequest.title)}` : '';
    rows.push(row('Pull request', `${link(message.pullRequest.url, `#${message.pullRequest.number}`)}${title}`));
  }
  if (message.totals) {
    const t = message.totals;
    rows.push(
      row(
        'Tests',
        `${t.total} total · ${t.passed} passed · ${t.failed + t.errored} failed · ${t.flaky} flaky · ${t.skipped} skipped`,
      ),
    );
    rows.push(row('Pass rate', `<strong>${escapeHtml(message.passRate)}</strong>`));
  }
  if (message.duration) rows.push(row('Duration', escapeHtml(message.duration)));
  const failures = message.failures.map(
    (t) =>
      `<li><code style="font-size:13px">${escapeHtml(t.id)}</code>${t.isNew ? ' <strong style="color:#cf222e">new</strong>' : ''} <span style="color:#57606a">(${escapeHtml(t.category)})</span></li>`,
  );
  const flaky = message.flaky.map(
    (t) =>
      `<li><code style="font-size:13px">${escapeHtml(t.id)}</code> <span style="color:#57606a">(failed ${t.failedAttempts} of ${t.attempts} attempts)</span></li>`,
  );
  const failureHeading = message.comparedWithPrevious ? `Failures (${message.newFailureCount} new)` : 'Failures';
  return `<!doctype html>
<html><head><meta charset="utf-8"><title>${escapeHtml(message.title)}</title></head>
<body style="margin:0;padding:24px;background:#f6f8fa;font-family:-apple-system,'Segoe UI',Helvetica,Arial,sans-serif;color:#24292f">
<div style="max-width:640px;margin:0 auto;background:#ffffff;border:1px solid #d0d7de;border-radius:8px;overflow:hidden">
<div style="background:${colour};color:#ffffff;padding:16px 20px"><div style="font-size:20px;font-weight:700">${ICONS[message.verdict]} ${escapeHtml(message.verdictWord)}</div><div style="font-size:14px;margin-top:4px">${escapeHtml(message.where)}</div></div>
<div style="padding:16px 20px">
<p style="margin:0 0 12px;font-size:15px">${escapeHtml(message.reason)}</p>
<table style="border-collapse:collapse;font-size:14px">${rows.join('')}</table>
${list(failureHeading, failures, message.failuresNotShown)}
${list('Flaky', flaky, message.flakyNotShown)}
${buttons(message)}
${attachmentNote ? `<p style="margin:16px 0 0;color:#57606a;font-size:13px">${escapeHtml(attachmentNote)}</p>` : ''}
</div></div>
<p style="text-align:center;color:#57606a;font-size:12px">Sent by testpipe notify</p>
</body></html>
`;
}

/** The plain-text body. */
export function renderEmailText(message: NotifyMessage, attachmentNote?: string): string {
  const lines = [message.title, message.reason, ''];
  if (message.branch) lines.push(`Branch: ${message.branch}`);
  if (message.commit)
    lines.push(`Commit: ${message.commit.short}${message.commit.url ? ` ${message.commit.url}` : ''}`);
  if (message.pullRequest) {
    lines.push(
      `Pull request: #${message.pullRequest.number}${message.pullRequest.title ? ` ${message.pullRequest.title}` : ''}`,
    );
  }
  if (message.totals) {
    const t = message.totals;
    lines.push(
      `Tests: ${t.total} total, ${t.passed} passed, ${t.failed + t.errored} failed, ${t.flaky} flaky, ${t.skipped} skipped`,
    );
    lines.push(`Pass rate: ${message.passRate}`);
  }
  if (message.duration) lines.push(`Duration: ${message.duration}`);
  if (message.failures.length > 0) {
    lines.push('', message.comparedWithPrevious ? `Failures (${message.newFailureCount} new):` : 'Failures:');
    for (const t of message.failures) lines.push(`  - ${t.id}${t.isNew ? ' [new]' : ''} (${t.category})`);
    if (message.failuresNotShown > 0) lines.push(`  …and ${message.failuresNotShown} more`);
  }
  if (message.flaky.length > 0) {
    lines.push('', 'Flaky:');
    for (const t of message.flaky) lines.push(`  - ${t.id} (failed ${t.failedAttempts} of ${t.attempts} attempts)`);
  }
  lines.push('');
  if (message.runUrl) lines.push(`View run: ${message.runUrl}`);
  if (message.reportUrl) lines.push(`HTML report: ${message.reportUrl}`);
  if (attachmentNote) lines.push(attachmentNote);
  return `${lines
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim()}\n`;
}
