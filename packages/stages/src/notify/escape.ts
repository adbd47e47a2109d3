// Escaping of report text (test names, branch names, PR titles) for each channel. A test name must never
// ping anyone or become a link: `<!channel>`, `<@U123>`, `<http://x|y>` and HTML are shown as text.
import { escapeHtml, safeHttpUrl, showControls } from '@testpipe/core';

const ZERO_WIDTH_SPACE = '\u200B';

/**
 * Text for Slack mrkdwn (section text, context, fallback text). Slack's own rule: `&`, `<`, `>` become
 * entities, so no `<!channel>`, `<@U…>`, `<#C…>` or `<url|label>` can form. Slack has no escape for the
 * formatting marks, so `*`, `_`, `~` and `` ` `` get a zero-width space before them, which stops them
 * pairing; `@channel`-style words get one after the `@`. Line breaks become spaces.
 */
export function escapeSlackText(text: string): string {
  return showControls(text)
    .replace(/\r\n|[\r\n\u2028\u2029]/g, ' ')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/[*_~`]/g, `${ZERO_WIDTH_SPACE}$&`)
    .replace(/@(?=[A-Za-z0-9])/g, `@${ZERO_WIDTH_SPACE}`);
}

/** A URL inside Slack's `<url|label>`: only http(s), else the label alone; `|` and `>` cannot end it early. */
export function slackLink(url: string, label: string): string {
  if (safeHttpUrl(url) === undefined) return escapeSlackText(label);
  const safe = url.replace(/\|/g, '%7C').replace(/>/g, '%3E').replace(/</g, '%3C');
  return `<${safe}|${escapeSlackText(label)}>`;
}

/**
 * Text for Slack `plain_text` objects (header, button). Slack parses no mentions there, but its rule for
 * every text it receives is the same three entities, so `<!channel>` never reaches Slack as written.
 */
export function slackPlainText(text: string): string {
  return showControls(text)
    .replace(/\r\n|[\r\n\u2028\u2029]/g, ' ')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}

/**
 * Text for an Adaptive Card TextBlock (Teams renders a Markdown subset there): every Markdown mark is
 * backslash-escaped. Report text goes into TextRun elements wherever it can, which render no Markdown.
 */
export function escapeTeamsMarkdown(text: string): string {
  return showControls(text)
    .replace(/\r\n|[\r\n\u2028\u2029]/g, ' ')
    .replace(/[\\`*_[\]()#+\-.!<>{}|~]/g, '\\$&');
}

/** Plain text for a TextRun or a fact: controls shown, one line. */
export function teamsPlainText(text: string): string {
  return showControls(text).replace(/\r\n|[\r\n\u2028\u2029]/g, ' ');
}

export { escapeHtml };
