// Attribute access for the tokenizer's handlers. Creating a JS string from bytes costs ~80 ns,
// more than scanning a whole tag, so values are decoded only when asked for, and names and
// repeated values (classname, suite, type) come from a small table of strings already made.
import { decodeEntities } from './xml-text.js';

// Node's Buffer has these undocumented-but-stable fast paths; toString(enc, s, e) wraps them with checks.
interface FastSlices {
  latin1Slice(start: number, end: number): string;
  utf8Slice(start: number, end: number): string;
}

export function latin1(chunk: Buffer, start: number, end: number): string {
  return (chunk as unknown as FastSlices).latin1Slice(start, end);
}

export function utf8(chunk: Buffer, start: number, end: number): string {
  return (chunk as unknown as FastSlices).utf8Slice(start, end);
}

const TABLE_SIZE = 1024;
const MAX_SHARED_LENGTH = 256;

/** A cheap hash of a byte range: its length and five sampled bytes; the table verifies every hit. */
export function sampleHash(chunk: Buffer, start: number, end: number): number {
  const length = end - start;
  if (length === 0) return 0;
  return (
    (length * 31 +
      chunk[start]! * 7 +
      chunk[start + (length >> 1)]! * 131 +
      chunk[end - 1]! * 17 +
      chunk[end - 2 >= start ? end - 2 : start]! * 3 +
      chunk[start + (length >> 2)]! * 61) |
    0
  );
}

/** Strings by their bytes: a hit costs a native byte comparison instead of a new string. */
export class StringTable {
  private readonly strings: (string | undefined)[] = new Array<string | undefined>(TABLE_SIZE);
  private readonly bytes: (Buffer | undefined)[] = new Array<Buffer | undefined>(TABLE_SIZE);

  /** The ASCII string for chunk[start..end). */
  ascii(chunk: Buffer, start: number, end: number): string {
    const slot = sampleHash(chunk, start, end) & (TABLE_SIZE - 1);
    const known = this.bytes[slot];
    const length = end - start;
    if (known !== undefined && known.length === length) {
      // Short names compare faster in JS than through a native call.
      if (length <= 24) {
        let i = 0;
        while (i < length && known[i] === chunk[start + i]) i++;
        if (i === length) return this.strings[slot]!;
      } else if (chunk.compare(known, 0, length, start, end) === 0) return this.strings[slot]!;
    }
    const made = latin1(chunk, start, end);
    this.strings[slot] = made;
    this.bytes[slot] = Buffer.from(chunk.subarray(start, end));
    return made;
  }
}

/** Attributes of the tag being reported; reused between tags, so read them inside `open` only. */
export class XmlAttributes {
  count = 0;
  readonly names: string[] = [];
  /** Value byte ranges in `chunk`. */
  readonly starts: number[] = [];
  readonly ends: number[] = [];
  chunk: Buffer = Buffer.alloc(0);
  /** Absolute byte offset of the tag's '<'. */
  offset = 0;

  constructor(
    private readonly shared: StringTable,
    private readonly locate: (offset: number) => { line: number; column: number } = () => ({ line: 0, column: 0 }),
  ) {}

  /** Line and column (1-based) of the tag's '<', for problems found in its attributes. */
  location(): { line: number; column: number } {
    return this.locate(this.offset);
  }

  private find(name: string): number {
    for (let i = 0; i < this.count; i++) if (this.names[i] === name) return i;
    return -1;
  }

  get(name: string): string | undefined {
    const i = this.find(name);
    return i === -1 ? undefined : this.decode(this.starts[i]!, this.ends[i]!);
  }

  /** Like get, for values that repeat across tags (classname, suite name, type): served from a table. */
  getShared(name: string): string | undefined {
    const i = this.find(name);
    if (i === -1) return undefined;
    const start = this.starts[i]!;
    const end = this.ends[i]!;
    if (end - start > MAX_SHARED_LENGTH) return this.decode(start, end);
    const value = this.shared.ascii(this.chunk, start, end);
    // Only plain ASCII without references can be shared as is; anything else is decoded.
    return /[^\x20-\x25\x27-\x7e]/.test(value) ? this.decode(start, end) : value;
  }

  /** A plain decimal number ("0.012", "12") read from the bytes; anything else falls back to the string. */
  number(name: string): number | string | undefined {
    const i = this.find(name);
    if (i === -1) return undefined;
    const chunk = this.chunk;
    const end = this.ends[i]!;
    let value = 0;
    let scale = 0;
    let digits = 0;
    for (let j = this.starts[i]!; j < end; j++) {
      const c = chunk[j]!;
      if (c >= 0x30 && c <= 0x39) {
        value = value * 10 + (c - 0x30);
        digits++;
        if (scale > 0) scale *= 10;
      } else if (c === 0x2e && scale === 0) scale = 1;
      else return this.get(name);
    }
    if (digits === 0 || digits > 15) return this.get(name);
    return scale > 1 ? value / scale : value;
  }

  // Attribute-value normalisation: literal tabs and newlines become spaces; then references.
  private decode(start: number, end: number): string {
    let value = utf8(this.chunk, start, end);
    if (/[\t\n\r]/.test(value)) value = value.replace(/\r\n|[\t\n\r]/g, ' ');
    return value.includes('&') ? decodeEntities(value) : value;
  }
}
