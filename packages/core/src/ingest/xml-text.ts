// Text decoding for the streaming XML reader: entity references and size-capped capture.

const PREDEFINED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
const REFERENCE = /&(#x[0-9a-fA-F]+|#[0-9]+|[A-Za-z_][\w.-]*);/g;

/** Code points XML may carry by reference; NUL, surrogates and U+FFFE/U+FFFF stay literal text. */
function isAllowedCodePoint(cp: number): boolean {
  return cp > 0 && cp <= 0x10ffff && !(cp >= 0xd800 && cp <= 0xdfff) && cp !== 0xfffe && cp !== 0xffff;
}

/**
 * Decodes the 5 predefined entities and numeric references. Entities declared in a DOCTYPE are
 * never expanded: any other `&name;` (and a malformed reference) is kept literally.
 */
export function decodeEntities(text: string): string {
  if (text.indexOf('&') === -1) return text;
  return text.replace(REFERENCE, (whole, ref: string) => {
    if (ref.charCodeAt(0) !== 0x23 /* # */) return PREDEFINED[ref] ?? whole;
    const cp = ref.charCodeAt(1) === 0x78 /* x */ ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
    return isAllowedCodePoint(cp) ? String.fromCodePoint(cp) : whole;
  });
}

/** Attribute value: literal tabs/newlines become spaces (XML attribute normalisation), then references. */
export function decodeAttributeValue(raw: string): string {
  const normalised = /[\t\n\r]/.test(raw) ? raw.replace(/\r\n|[\t\n\r]/g, ' ') : raw;
  return decodeEntities(normalised);
}

/** Receives the raw bytes of an element's content while the element is being read. */
export interface TextSink {
  text(buf: Buffer, start: number, end: number): void;
  cdata(buf: Buffer, start: number, end: number): void;
}

interface Piece {
  bytes: Buffer;
  cdata: boolean;
}

/** Backs `end` off so the kept bytes do not end inside a UTF-8 sequence. */
function utf8Boundary(buf: Buffer, end: number): number {
  let i = end - 1;
  while (i >= 0 && end - i < 4 && (buf[i]! & 0xc0) === 0x80) i--;
  if (i < 0 || buf[i]! < 0x80) return end;
  const lead = buf[i]!;
  const length = lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : 2;
  return end - i < length ? i : end;
}

/**
 * Keeps at most `cap` bytes of an element's content and counts all of it, so a 500 MB
 * system-out costs `cap` bytes of memory. The content is decoded once, when the element closes.
 */
export class CappedText implements TextSink {
  totalBytes = 0;
  private kept = 0;
  private readonly pieces: Piece[] = [];

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
    const bytes = Buffer.from(buf.subarray(start, start + take));
    this.kept += take;
    const last = this.pieces[this.pieces.length - 1];
    if (last && last.cdata === cdata) last.bytes = Buffer.concat([last.bytes, bytes]);
    else this.pieces.push({ bytes, cdata });
  }

  /** The decoded content; when capped, cut at a character boundary. */
  toString(): string {
    let out = '';
    for (let i = 0; i < this.pieces.length; i++) {
      const piece = this.pieces[i]!;
      const isLast = i === this.pieces.length - 1;
      const end = isLast && this.truncated ? utf8Boundary(piece.bytes, piece.bytes.length) : piece.bytes.length;
      const text = piece.bytes.toString('utf8', 0, end);
      out += piece.cdata ? text : decodeEntities(text);
    }
    return out;
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
