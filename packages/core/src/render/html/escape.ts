import { showControls } from '../visible-controls.js';

/**
 * Escapes text for HTML element content and quoted attribute values; control characters follow
 * the one rule of ../visible-controls.ts (bidi controls shown as `\u202E`, NUL as U+FFFD).
 */
export function escapeHtml(text: string): string {
  return showControls(text).replace(/[&<>"']/g, (ch) => HTML_ENTITIES[ch] ?? ch);
}

const HTML_ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/**
 * Serialises data for a `<script type="application/json">` block. Every `<` becomes \u003c, so
 * neither `</script>` nor `<!--` in a test name can end or re-mode the block; JSON.parse restores it.
 * Strings go through the same control-character rule as the rest of the page.
 */
export function jsonForScriptBlock(value: unknown): string {
  return JSON.stringify(value, (_key, member: unknown) => (typeof member === 'string' ? showControls(member) : member))
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/** Only http(s) repository URLs become links; anything else (javascript:, data:) is dropped. */
export function safeHttpUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return undefined;
    return parsed.href.replace(/\/+$/, '');
  } catch {
    return undefined;
  }
}
