// The one rule for invisible characters in report text, shared by the Markdown and HTML renderers:
// - bidirectional controls (U+202A–U+202E, U+2066–U+2069, U+200E, U+200F, U+061C) could reorder what a
//   reader sees ("Trojan Source"), so each is shown as its escape, e.g. `\u202E`;
// - C0 controls other than tab, line feed and carriage return, and DEL, have no place in a rendered
//   report (a NUL ends strings in some viewers), so each becomes U+FFFD, the replacement character.
const C0_RANGES = '\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F';
const BIDI_RANGES = '\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C';
const C0_CONTROLS = new RegExp(`[${C0_RANGES}]`, 'g');
const BIDI_CONTROLS = new RegExp(`[${BIDI_RANGES}]`, 'g');
const ANY_CONTROL = new RegExp(`[${C0_RANGES}${BIDI_RANGES}]`);

export const REPLACEMENT_CHARACTER = '\uFFFD';

/** Bidi controls shown as `\uXXXX`, other control characters as U+FFFD; everything else unchanged. */
export function showControls(text: string): string {
  if (!ANY_CONTROL.test(text)) return text;
  return text
    .replace(C0_CONTROLS, REPLACEMENT_CHARACTER)
    .replace(BIDI_CONTROLS, (ch) => `\\u${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`);
}
