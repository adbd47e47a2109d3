// A small renderer of a Slack Block Kit message to HTML, for the docs screenshot of what a channel shows
// (scripts/notify-screenshots.mjs). Test and docs code only: it reads mrkdwn the way Slack documents it
// (entities, <url|label> links, mentions, *bold* _italic_ ~strike~ `code` at word boundaries, :emoji:)
// for the blocks notify sends: header, section (text, fields), actions (buttons), context, divider.

type Json = Record<string, unknown>;

const EMOJI: Record<string, string> = {
  x: '❌',
  white_check_mark: '✅',
  warning: '⚠️',
  no_entry_sign: '🚫',
};

function attr(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

function emoji(text: string): string {
  return text.replace(/:([a-z0-9_+-]+):/g, (whole, name: string) => EMOJI[name] ?? whole);
}

/** mrkdwn (already entity-escaped, as Slack receives it) to HTML. */
export function mrkdwnToHtml(text: string): string {
  let html = text.replace(/<([^>|]+)(?:\|([^>]*))?>/g, (_whole, target: string, label: string | undefined) => {
    if (target.startsWith('!subteam^')) return `<span class="mention">@${label ?? 'qa-team'}</span>`;
    if (target.startsWith('@')) return `<span class="mention">@user</span>`;
    if (target.startsWith('!')) return `<span class="mention">@${target.slice(1)}</span>`;
    return `<a href="${attr(target)}">${label ?? target}</a>`;
  });
  // Slack formats a marked run only when the opening mark starts a word: a zero-width space before it stops that.
  const mark = (marker: string, tag: string) => {
    const m = marker.replace(/[*~`]/g, '\\$&');
    html = html.replace(
      new RegExp(`(^|[\\s(>])${m}([^\\s${m}][^${m}\\n]*?)${m}(?=$|[\\s).,:;!?<])`, 'g'),
      `$1<${tag}>$2</${tag}>`,
    );
  };
  mark('`', 'code');
  mark('*', 'b');
  mark('_', 'i');
  mark('~', 's');
  return emoji(html)
    .replace(/\u200B/g, '')
    .replace(/\n/g, '<br>');
}

function plain(text: unknown): string {
  return emoji(String(text ?? ''));
}

function block(b: Json): string {
  const text = b.text as Json | undefined;
  switch (b.type) {
    case 'header':
      return `<div class="header">${plain(text?.text)}</div>`;
    case 'section': {
      const body = text ? `<div class="text">${mrkdwnToHtml(String(text.text ?? ''))}</div>` : '';
      const fields = Array.isArray(b.fields)
        ? `<div class="fields">${(b.fields as Json[]).map((f) => `<div>${mrkdwnToHtml(String(f.text ?? ''))}</div>`).join('')}</div>`
        : '';
      return `<div class="section">${body}${fields}</div>`;
    }
    case 'actions':
      return `<div class="actions">${(b.elements as Json[])
        .map(
          (e) =>
            `<a class="button ${String(e.style ?? '')}" href="${attr(String(e.url ?? '#'))}">${plain((e.text as Json).text)}</a>`,
        )
        .join('')}</div>`;
    case 'context':
      return `<div class="context">${(b.elements as Json[]).map((e) => mrkdwnToHtml(String(e.text ?? ''))).join(' ')}</div>`;
    case 'divider':
      return '<hr>';
    default:
      return `<div class="unknown">[${String(b.type)} block]</div>`;
  }
}

const CSS = `body{margin:0;background:#fff;font:15px/1.46668 -apple-system,"Segoe UI",Lato,Helvetica,Arial,sans-serif;color:#1d1c1d}
.msg{display:flex;gap:8px;padding:16px 20px;max-width:760px}.avatar{width:36px;height:36px;border-radius:6px;background:#2eb67d;color:#fff;font-weight:700;display:flex;align-items:center;justify-content:center}
.who{font-weight:900}.time{color:#616061;font-size:12px;margin-left:6px}.header{font-size:18px;font-weight:900;margin:4px 0}
.section{margin:6px 0}.fields{display:grid;grid-template-columns:1fr 1fr;gap:8px 16px;margin-top:4px}
.actions{margin:10px 0;display:flex;gap:8px}.button{border:1px solid #ddd;border-radius:4px;padding:4px 12px;font-weight:700;color:#1d1c1d;text-decoration:none;font-size:13px}
.button.primary{background:#007a5a;color:#fff;border-color:#007a5a}.button.danger{background:#e01e5a;color:#fff;border-color:#e01e5a}
.context{color:#616061;font-size:12px}a{color:#1264a3;text-decoration:none}code{font:12px Monaco,Menlo,Consolas,monospace;color:#e01e5a;background:#f8f8f8;border:1px solid #ddd;border-radius:3px;padding:1px 3px}
.mention{background:#e8f5fa;color:#1264a3;border-radius:3px;padding:0 2px;font-weight:600}`;

/** A page showing the message as a Slack channel would, posted by `appName`. */
export function renderBlockKitHtml(payload: Json, appName = 'testpipe'): string {
  const blocks = Array.isArray(payload.blocks) ? (payload.blocks as Json[]) : [];
  const body =
    blocks.length > 0
      ? blocks.map(block).join('\n')
      : `<div class="text">${mrkdwnToHtml(String(payload.text ?? ''))}</div>`;
  return `<!doctype html><html><head><meta charset="utf-8"><style>${CSS}</style></head><body>
<div class="msg"><div class="avatar">tp</div><div><div><span class="who">${appName}</span><span class="time">APP 10:42 AM</span></div>
${body}</div></div></body></html>`;
}
