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

/** Whether chunk[start..end) holds the same bytes as `known` (whose length the caller checked). */
function sameBytes(known: Buffer, chunk: Buffer, start: number, length: number): boolean {
  // A JS loop beats Buffer.compare, whose native call costs more than comparing a few dozen bytes.
  for (let i = length - 1; i >= 0; i--) if (known[i] !== chunk[start + i]) return false;
  return true;
}

/** Strings by their bytes: a hit costs a byte comparison instead of a new string. */
export class StringTable {
  private readonly strings: (string | undefined)[] = new Array<string | undefined>(TABLE_SIZE);
  private readonly bytes: (Buffer | undefined)[] = new Array<Buffer | undefined>(TABLE_SIZE);

  /** The string for chunk[start..end), made by `make` on a miss (same bytes, same string). */
  get(chunk: Buffer, start: number, end: number, make: (chunk: Buffer, start: number, end: number) => string): string {
    const slot = sampleHash(chunk, start, end) & (TABLE_SIZE - 1);
    const known = this.bytes[slot];
    const length = end - start;
    if (known !== undefined && known.length === length && sameBytes(known, chunk, start, length)) {
      return this.strings[slot]!;
    }
    const made = make(chunk, start, end);
    this.strings[slot] = made;
    this.bytes[slot] = Buffer.from(chunk.subarray(start, end));
    return made;
  }

  /** The Latin-1 (for names: ASCII) string for chunk[start..end). */
  ascii(chunk: Buffer, start: number, end: number): string {
    return this.get(chunk, start, end, latin1);
  }
}

/**
 * An attribute value as text: UTF-8 (Latin-1 when every byte is ASCII, the cheaper decoder), literal
 * tabs and newlines normalised to spaces, then references decoded.
 */
export function decodeValue(chunk: Buffer, start: number, end: number): string {
  let flags = 0;
  for (let i = start; i < end; i++) {
    const c = chunk[i]!;
    if (c >= 0x80) flags |= 1;
    else if (c === 0x26) flags |= 2;
    else if (c < 0x20) flags |= 4;
  }
  let value = (flags & 1) === 0 ? latin1(chunk, start, end) : utf8(chunk, start, end);
  if ((flags & 4) !== 0 && /[\t\n\r]/.test(value)) value = value.replace(/\r\n|[\t\n\r]/g, ' ');
  return (flags & 2) !== 0 ? decodeEntities(value) : value;
}

/**
 * Attributes of the tag being reported; reused between tags, so read them inside `open` only.
 * Only byte ranges are recorded while the tag is scanned: no string is made for an attribute name,
 * and a value is decoded only when a handler asks for it.
 */
export class XmlAttributes {
  count = 0;
  /** Per attribute i: name start, name end, value start, value end at [4i .. 4i+3], offsets in `chunk`. */
  ranges: Int32Array = new Int32Array(64);
  chunk: Buffer = Buffer.alloc(0);
  /** Absolute byte offset of the tag's '<'. */
  offset = 0;

  constructor(
    private readonly shared: StringTable,
    private readonly locate: (offset: number) => { line: number; column: number } = () => ({ line: 0, column: 0 }),
  ) {}

  /** Records one attribute; called by the tokenizer. */
  add(nameStart: number, nameEnd: number, valueStart: number, valueEnd: number): void {
    const at = this.count++ << 2;
    let ranges = this.ranges;
    if (at + 4 > ranges.length) {
      ranges = new Int32Array(ranges.length * 2);
      ranges.set(this.ranges);
      this.ranges = ranges;
    }
    ranges[at] = nameStart;
    ranges[at + 1] = nameEnd;
    ranges[at + 2] = valueStart;
    ranges[at + 3] = valueEnd;
  }

  /** Line and column (1-based) of the tag's '<', for problems found in its attributes. */
  location(): { line: number; column: number } {
    return this.locate(this.offset);
  }

  /** The name of attribute i (for messages; lookups compare bytes). */
  nameAt(i: number): string {
    return latin1(this.chunk, this.ranges[i << 2]!, this.ranges[(i << 2) + 1]!);
  }

  /** Index of the first attribute called `name` (ASCII), or -1. */
  find(name: string): number {
    const ranges = this.ranges;
    const chunk = this.chunk;
    const length = name.length;
    const first = name.charCodeAt(0);
    for (let i = 0, at = 0; i < this.count; i++, at += 4) {
      const start = ranges[at]!;
      if (ranges[at + 1]! - start !== length || chunk[start] !== first) continue;
      let j = 1;
      while (j < length && chunk[start + j] === name.charCodeAt(j)) j++;
      if (j === length) return i;
    }
    return -1;
  }

  has(name: string): boolean {
    return this.find(name) !== -1;
  }

  get(name: string): string | undefined {
    const i = this.find(name) << 2;
    return i < 0 ? undefined : decodeValue(this.chunk, this.ranges[i + 2]!, this.ranges[i + 3]!);
  }

  /** Like get, for values that repeat across tags (classname, suite name, type): served from a table. */
  getShared(name: string): string | undefined {
    const i = this.find(name) << 2;
    if (i < 0) return undefined;
    const start = this.ranges[i + 2]!;
    const end = this.ranges[i + 3]!;
    if (end - start > MAX_SHARED_LENGTH) return decodeValue(this.chunk, start, end);
    return this.shared.get(this.chunk, start, end, decodeValue);
  }

  /** A plain decimal number ("0.012", "12") read from the bytes; anything else falls back to the string. */
  number(name: string): number | string | undefined {
    const i = this.find(name) << 2;
    if (i < 0) return undefined;
    const chunk = this.chunk;
    const start = this.ranges[i + 2]!;
    const end = this.ranges[i + 3]!;
    let value = 0;
    let scale = 0;
    let digits = 0;
    for (let j = start; j < end; j++) {
      const c = chunk[j]!;
      if (c >= 0x30 && c <= 0x39) {
        value = value * 10 + (c - 0x30);
        digits++;
        if (scale > 0) scale *= 10;
      } else if (c === 0x2e && scale === 0) scale = 1;
      else return decodeValue(chunk, start, end);
    }
    if (digits === 0 || digits > 15) return decodeValue(chunk, start, end);
    return scale > 1 ? value / scale : value;
  }
}
