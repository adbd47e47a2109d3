// Escaping for GitHub-flavoured Markdown. Every string that came from a test report (names,
// suites, messages, paths) reaches the job summary or PR comment only through these functions.
//
// Decisions:
// - `<`, `>`, `&` become HTML entities everywhere except in code spans, so raw HTML in a test
//   name (`<img onerror=…>`, `<details>`) renders as text.
// - Outside code, `@name` and `#123` / `GH-123` get a zero-width space (U+200B) after the sign,
//   so GitHub neither notifies people nor links issues. Code spans and `<pre>` are not linked by
//   GitHub, and a code span shows entities literally, so code spans are left as they are.
// - URLs in test names may still be autolinked by GitHub; that is a navigation, never a load.
// - `<!--` never survives from report data: outside code `<` is an entity; inside a code span (which
//   shows entities literally) a zero-width space follows the `<`. So no test name or path can forge
//   the hidden marker of a sticky comment.
// - Control characters follow the one rule of ../visible-controls.ts: bidi controls shown as `\u202E`,
//   NUL and the other C0 controls as U+FFFD.

import { showControls } from '../visible-controls.js';

const ZERO_WIDTH_SPACE = '\u200B';
const HTML_ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
// Markdown punctuation with an inline meaning, `|` for tables and `$` for GitHub's math.
const MARKDOWN_SPECIALS = /[\\`*_[\]~|$]/g;
const LINE_BREAKS = /\r\n|[\r\n\t\u2028\u2029]/g;
const COMMENT_OPENER = /<!--/g;

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (ch) => HTML_ENTITIES[ch] ?? ch);
}

/** Stops GitHub from turning `@user`, `#123` and `GH-123` into mentions and issue links. */
export function neutraliseReferences(text: string): string {
  return text
    .replace(/@(?=[A-Za-z0-9])/g, `@${ZERO_WIDTH_SPACE}`)
    .replace(/#(?=\d)/g, `#${ZERO_WIDTH_SPACE}`)
    .replace(/\bGH-(?=\d)/gi, (match) => `${match}${ZERO_WIDTH_SPACE}`);
}

function singleLine(text: string): string {
  return showControls(text).replace(LINE_BREAKS, ' ');
}

/**
 * Inline Markdown text (a heading, a list item, a paragraph, a table cell) on one line. A leading
 * `#`, `-`, `+`, `=` or `1.` is escaped too: at the start of a list item it would open a block.
 */
export function escapeInline(text: string): string {
  return neutraliseReferences(escapeHtml(singleLine(text).trim()))
    .replace(MARKDOWN_SPECIALS, '\\$&')
    .replace(/^[#+\-=]/, '\\$&')
    .replace(/^(\d+)([.)])/, '$1\\$2');
}

/** Text inside a raw HTML block (`<summary>`), where Markdown is not processed. */
export function escapeHtmlLine(text: string): string {
  return neutraliseReferences(escapeHtml(singleLine(text)));
}

/**
 * Content for `<pre>` inside a raw HTML block. A blank line would end the HTML block and let
 * the rest be parsed as Markdown, so whitespace-only lines become a space entity.
 */
export function escapePreBlock(text: string): string {
  return neutraliseReferences(escapeHtml(showControls(text.replace(/\r\n?/g, '\n'))))
    .split('\n')
    .map((line) => (line.trim() === '' ? '&#32;' : line.trimEnd()))
    .join('\n');
}

/**
 * A code span whose fence is longer than any run of backticks inside. In a table cell `|` must
 * still be escaped: GFM splits cells before it parses code spans.
 */
export function codeSpan(text: string, inTable = false): string {
  let content = singleLine(text).replace(COMMENT_OPENER, `<${ZERO_WIDTH_SPACE}!--`);
  if (content === '') return '';
  const longestRun = Math.max(0, ...(content.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longestRun + 1);
  // CommonMark strips one space from each end when both have one, and a backtick at an end would join the fence.
  const needsPadding = content.startsWith('`') || content.endsWith('`') || /^ .*[^ ].* $/.test(content);
  if (needsPadding) content = ` ${content} `;
  if (inTable) content = content.replace(/\|/g, '\\|');
  return `${fence}${content}${fence}`;
}

/** A table row; cells are already escaped. */
export function tableRow(cells: readonly string[]): string {
  return `| ${cells.join(' | ')} |`;
}

/** An http(s) URL safe to put in `[text](url)`, or undefined. */
export function safeLinkUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return undefined;
  return encodeLinkSpecials(parsed.href);
}

/** Percent-encodes what would end or split a Markdown link destination or a table cell. */
export function encodeLinkSpecials(url: string): string {
  return url.replace(/[()|<>"'`\\[\] ]/g, (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

export function markdownLink(textMarkdown: string, url: string | undefined): string {
  const safe = safeLinkUrl(url);
  return safe ? `[${textMarkdown}](${safe})` : textMarkdown;
}
