/** How a target measures its limit: the job summary in UTF-8 bytes, comments and check runs in characters. */
export type SizeUnit = 'bytes' | 'chars';

/**
 * Size of text in the target's unit. Characters are counted as UTF-16 code units, which is never
 * fewer than the code points GitHub counts, so the measure errs on the safe side.
 */
export function sizeOf(text: string, unit: SizeUnit): number {
  return unit === 'bytes' ? Buffer.byteLength(text, 'utf8') : text.length;
}

/** Shortens text to at most `max` code units without splitting a surrogate pair, marking the cut with `…`. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = Math.max(0, max - 1);
  const code = text.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end--;
  return `${text.slice(0, end)}…`;
}

/** Shortens text to at most `maxBytes` UTF-8 bytes, on a code point boundary, marking the cut with `…`. */
export function truncateUtf8(text: string, maxBytes: number): string {
  if (Buffer.byteLength(text, 'utf8') <= maxBytes) return text;
  const budget = Math.max(0, maxBytes - 3); // `…` is 3 bytes
  let bytes = 0;
  let end = 0;
  for (const char of text) {
    const charBytes = Buffer.byteLength(char, 'utf8');
    if (bytes + charBytes > budget) break;
    bytes += charBytes;
    end += char.length;
  }
  return `${text.slice(0, end)}…`;
}

/** The first line that has something on it, trimmed. */
export function firstLine(text: string | undefined): string {
  if (!text) return '';
  for (const line of text.split(/\r\n|[\r\n]/)) {
    const trimmed = line.trim();
    if (trimmed) return trimmed;
  }
  return '';
}
