// Text decoding for the streaming XML reader: entity references and size-capped capture.

/** Longest reference worth decoding: "&#x10FFFF;". */
const MAX_REFERENCE = 10;

/** Code points XML may carry by reference; NUL, surrogates and U+FFFE/U+FFFF stay literal text. */
function isAllowedCodePoint(cp: number): boolean {
  return cp > 0 && cp <= 0x10ffff && !(cp >= 0xd800 && cp <= 0xdfff) && cp !== 0xfffe && cp !== 0xffff;
}

/** The text of the reference `&...;` spanning text[amp..semi], or undefined to keep it literally. */
function decodeReference(text: string, amp: number, semi: number): string | undefined {
  const length = semi - amp - 1;
  switch (text.charCodeAt(amp + 1)) {
    case 0x6c /* l */:
      return length === 2 && text.charCodeAt(amp + 2) === 0x74 ? '<' : undefined;
    case 0x67 /* g */:
      return length === 2 && text.charCodeAt(amp + 2) === 0x74 ? '>' : undefined;
    case 0x61 /* a */:
      if (length === 3 && text.startsWith('mp', amp + 2)) return '&';
      return length === 4 && text.startsWith('pos', amp + 2) ? "'" : undefined;
    case 0x71 /* q */:
      return length === 4 && text.startsWith('uot', amp + 2) ? '"' : undefined;
    case 0x23 /* # */: {
      const hex = text.charCodeAt(amp + 2) === 0x78; /* x */
      const digits = text.slice(amp + (hex ? 3 : 2), semi);
      if (!(hex ? /^[0-9a-fA-F]+$/ : /^[0-9]+$/).test(digits)) return undefined;
      const cp = parseInt(digits, hex ? 16 : 10);
      return isAllowedCodePoint(cp) ? String.fromCodePoint(cp) : undefined;
    }
    default:
      return undefined;
  }
}

/**
 * Decodes the 5 predefined entities and numeric references. Entities declared in a DOCTYPE are
 * never expanded: any other `&name;` (and a malformed reference) is kept literally.
 */
export function decodeEntities(text: string): string {
  let amp = text.indexOf('&');
  if (amp === -1) return text;
  let out = '';
  let from = 0;
  while (amp !== -1) {
    const semi = text.indexOf(';', amp + 2);
    const decoded = semi !== -1 && semi - amp <= MAX_REFERENCE ? decodeReference(text, amp, semi) : undefined;
    if (decoded !== undefined) {
      out += text.slice(from, amp) + decoded;
      from = semi + 1;
      amp = text.indexOf('&', from);
    } else {
      amp = text.indexOf('&', amp + 1);
    }
  }
  return out + text.slice(from);
}

/** Receives the raw bytes of an element's content while the element is being read. */
export interface TextSink {
  text(buf: Buffer, start: number, end: number): void;
  cdata(buf: Buffer, start: number, end: number): void;
}

/**
 * Backs `end` off so the kept bytes do not end inside a UTF-8 sequence, looking no further back
 * than `from`.
 */
function utf8Boundary(buf: Buffer, end: number, from = 0): number {
  let i = end - 1;
  while (i >= from && end - i < 4 && (buf[i]! & 0xc0) === 0x80) i--;
  if (i < from || buf[i]! < 0x80) return end;
  const lead = buf[i]!;
  const length = lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : 2;
  return end - i < length ? i : end;
}

/**
 * Keeps at most `cap` bytes of an element's content and counts all of it, so a 500 MB
 * system-out costs `cap` bytes of memory. Each piece is decoded from UTF-8 as it arrives (no copy
 * of its bytes: only a sequence cut by the end of a piece keeps its ≤3 bytes until the next one);
 * entity references are decoded once per run of text pieces, when the content is read, so a
 * reference split across pieces still decodes.
 */
export class CappedText implements TextSink {
  totalBytes = 0;
  private kept = 0;
  /** Finished runs, decoded. */
  private done = '';
  /** The current run of text (or CDATA) pieces, UTF-8 decoded, entities not yet. */
  private run = '';
  private runCdata = false;
  private hasRun = false;
  /** Bytes at the end of the current run that may begin a sequence the next piece completes. */
  private tail: Buffer | undefined;

  constructor(private readonly cap: number) {}

  text(buf: Buffer, start: number, end: number): void {
    this.add(buf, start, end, false);
  }

  cdata(buf: Buffer, start: number, end: number): void {
    this.add(buf, start, end, true);
  }

  get truncated(): boolean {
    return this.totalBytes > this.cap;
  }

  private add(buf: Buffer, start: number, end: number, cdata: boolean): void {
    const length = end - start;
    this.totalBytes += length;
    const room = this.cap - this.kept;
    if (room <= 0 || length <= 0) return;
    const take = Math.min(room, length);
    this.kept += take;
    if (this.hasRun && this.runCdata !== cdata) {
      this.done += this.finishRun(false);
      this.run = '';
      this.tail = undefined;
    }
    this.hasRun = true;
    this.runCdata = cdata;
    let bytes = buf;
    let from = start;
    let to = start + take;
    if (this.tail !== undefined) {
      // Rare: the last piece ended inside a sequence; join its few bytes to this piece.
      bytes = Buffer.concat([this.tail, buf.subarray(from, to)]);
      from = 0;
      to = bytes.length;
      this.tail = undefined;
    }
    const cut = utf8Boundary(bytes, to, from);
    if (cut > from) this.run += bytes.toString('utf8', from, cut);
    if (cut < to) this.tail = Buffer.from(bytes.subarray(cut, to));
  }

  /** The current run, decoded; a cut sequence at its end is dropped when `drop`, else decoded as is. */
  private finishRun(drop: boolean): string {
    const text = this.tail === undefined || drop ? this.run : this.run + this.tail.toString('utf8');
    return this.runCdata ? text : decodeEntities(text);
  }

  /** The decoded content; when capped, cut at a character boundary. */
  toString(): string {
    return this.hasRun ? this.done + this.finishRun(this.truncated) : this.done;
  }
}

/** Cuts an already-decoded string (from an attribute or JSON) to at most `cap` UTF-8 bytes. */
export function capString(value: string, cap: number): { text: string; totalBytes: number; truncated: boolean } {
  // A UTF-16 code unit is at most 3 UTF-8 bytes, so short strings need no measuring.
  if (value.length * 3 <= cap) return { text: value, totalBytes: -1, truncated: false };
  const bytes = Buffer.from(value);
  if (bytes.length <= cap) return { text: value, totalBytes: bytes.length, truncated: false };
  return { text: bytes.toString('utf8', 0, utf8Boundary(bytes, cap)), totalBytes: bytes.length, truncated: true };
}

export function truncationNote(totalBytes: number, cap: number): string {
  return `\n… [truncated: ${totalBytes} bytes total, cap ${cap}]`;
}
