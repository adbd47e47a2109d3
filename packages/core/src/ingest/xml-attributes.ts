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

/** Strings by their bytes: a hit costs a byte comparison instead of a new string. */
export class StringTable {
  private readonly strings: (string | undefined)[] = new Array<string | undefined>(TABLE_SIZE);

  /** The ASCII string for chunk[start..end); `hash` lets the caller fold hashing into its own scan. */
  ascii(chunk: Buffer, start: number, end: number, hash: number): string {
    const slot = hash & (TABLE_SIZE - 1);
    const known = this.strings[slot];
    const length = end - start;
    if (known !== undefined && known.length === length) {
      let same = true;
      for (let i = 0; i < length; i++) {
        if (known.charCodeAt(i) !== chunk[start + i]) {
          same = false;
          break;
        }
      }
      if (same) return known;
    }
    const made = latin1(chunk, start, end);
    this.strings[slot] = made;
    return made;
  }
}

export function hashBytes(chunk: Buffer, start: number, end: number): number {
  let hash = 0;
  for (let i = start; i < end; i++) hash = (hash * 31 + chunk[i]!) | 0;
  return hash;
}

/** Attributes of the tag being reported; reused between tags, so read them inside `open` only. */
export class XmlAttributes {
  count = 0;
  readonly names: string[] = [];
  /** Value byte ranges in `chunk`. */
  readonly starts: number[] = [];
  readonly ends: number[] = [];
  chunk: Buffer = Buffer.alloc(0);

  constructor(private readonly shared: StringTable) {}

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
    const chunk = this.chunk;
    const start = this.starts[i]!;
    const end = this.ends[i]!;
    if (end - start > MAX_SHARED_LENGTH) return this.decode(start, end);
    let hash = 0;
    for (let j = start; j < end; j++) {
      const c = chunk[j]!;
      if (c >= 0x80 || c === 0x26 || c < 0x20) return this.decode(start, end);
      hash = (hash * 31 + c) | 0;
    }
    return this.shared.ascii(chunk, start, end, hash);
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
    const chunk = this.chunk;
    let nonAscii = false;
    let reference = false;
    let control = false;
    for (let j = start; j < end; j++) {
      const c = chunk[j]!;
      if (c >= 0x80) nonAscii = true;
      else if (c === 0x26) reference = true;
      else if (c < 0x20) control = true;
    }
    let value = nonAscii ? utf8(chunk, start, end) : latin1(chunk, start, end);
    if (control) value = value.replace(/\r\n|[\t\n\r]/g, ' ');
    return reference ? decodeEntities(value) : value;
  }
}
