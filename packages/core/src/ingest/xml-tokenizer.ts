// A streaming, byte-level XML tokenizer: no DOM, no whole-file string. Markup is parsed from
// Buffers; element content is skipped with Buffer.indexOf unless the handler asks for it.
// DOCTYPE declarations are skipped whole: declared entities are never expanded or fetched.
import { StringTable, XmlAttributes, latin1 } from './xml-attributes.js';
import type { TextSink } from './xml-text.js';

export { XmlAttributes } from './xml-attributes.js';

export interface XmlHandler {
  /** While set, the content of the current element is passed here; otherwise it is skipped unread. */
  sink: TextSink | undefined;
  open(name: string, attributes: XmlAttributes): void;
  close(name: string): void;
}

export interface XmlSyntaxError {
  message: string;
  line: number;
  column: number;
}

interface OpenElement {
  name: string;
  offset: number;
  /** Filled in lazily: at the end of the chunk the element was opened in, or when an error needs it. */
  line: number;
}

const enum Mode {
  Content,
  Cdata,
  Comment,
}

const LT = 0x3c;
const GT = 0x3e;
const SLASH = 0x2f;
const BANG = 0x21;
const QUESTION = 0x3f;
const EQUALS = 0x3d;
const NEWLINE = 0x0a;
const CDATA_OPEN = Buffer.from('<![CDATA[');
const CDATA_CLOSE = Buffer.from(']]>');
const COMMENT_OPEN = Buffer.from('<!--');
const COMMENT_CLOSE = Buffer.from('-->');
const PI_CLOSE = Buffer.from('?>');

// Byte classes, looked up in one table by the scanning loops.
const SPACE = 1;
const NAME_END = 2;
const NAME_START = 4;
const CLASSES = new Uint8Array(256);
for (const c of [0x20, 0x0a, 0x09, 0x0d]) CLASSES[c] = SPACE | NAME_END;
for (const c of [GT, SLASH, EQUALS, LT]) CLASSES[c] = NAME_END;
for (let c = 0; c < 256; c++) {
  if ((c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || c === 0x5f || c === 0x3a || c >= 0x80) {
    CLASSES[c] = NAME_START;
  }
}

function isSpace(c: number): boolean {
  return (CLASSES[c]! & SPACE) !== 0;
}

function isNameStart(c: number): boolean {
  return (CLASSES[c]! & NAME_START) !== 0;
}

function isNameEnd(c: number): boolean {
  return (CLASSES[c]! & NAME_END) !== 0;
}

/** Whether `chunk` holds `prefix` at `at`; undefined when the chunk ends before it can tell. */
function startsWithAt(chunk: Buffer, at: number, prefix: Buffer): boolean | undefined {
  for (let i = 0; i < prefix.length; i++) {
    if (at + i >= chunk.length) return undefined;
    if (chunk[at + i] !== prefix[i]) return false;
  }
  return true;
}

const INCOMPLETE = -1;
/** Below this distance a JS loop beats Buffer.indexOf, whose call costs more than a short scan. */
const SHORT_SCAN = 64;
const SHORT_VALUE = 12;

function findByte(chunk: Buffer, byte: number, from: number): number {
  const stop = Math.min(chunk.length, from + SHORT_SCAN);
  for (let i = from; i < stop; i++) if (chunk[i] === byte) return i;
  return stop === chunk.length ? -1 : chunk.indexOf(byte, stop);
}

export class XmlTokenizer {
  error: XmlSyntaxError | undefined;
  private mode = Mode.Content;
  /** Open elements are stack[0..depth); entries past depth are kept for reuse (one object per level). */
  private readonly stack: OpenElement[] = [];
  private depth = 0;
  private readonly names = new StringTable();
  private readonly attributes = new XmlAttributes(new StringTable(), (at) => this.locate(at));
  private base = 0;
  private chunk: Buffer = Buffer.alloc(0);
  // Newlines are counted once, up to `countedTo` (an absolute byte offset), as positions are needed.
  private countedTo = 0;
  private line = 1;
  private lineStart = 0;

  constructor(private readonly handler: XmlHandler) {}

  /**
   * Reads `chunk`, which starts at absolute byte offset `base`, and returns how many bytes were
   * consumed. The caller passes the unconsumed rest again, followed by more bytes.
   */
  write(chunk: Buffer, base: number): number {
    this.chunk = chunk;
    this.base = base;
    const end = chunk.length;
    const handler = this.handler;
    let pos = 0;
    while (pos < end && this.error === undefined) {
      if (this.mode === Mode.Content) {
        const lt = findByte(chunk, LT, pos);
        if (lt === -1) {
          if (handler.sink !== undefined) handler.sink.text(chunk, pos, end);
          pos = end;
          break;
        }
        if (lt > pos && handler.sink !== undefined) handler.sink.text(chunk, pos, lt);
        const next = this.markup(chunk, lt);
        if (next === INCOMPLETE) {
          pos = lt;
          break;
        }
        pos = next;
      } else {
        const isCdata = this.mode === Mode.Cdata;
        const close = chunk.indexOf(isCdata ? CDATA_CLOSE : COMMENT_CLOSE, pos);
        // Without the terminator, keep the last 2 bytes: they may be its first half.
        const stop = close === -1 ? Math.max(pos, end - 2) : close;
        if (isCdata && stop > pos && handler.sink !== undefined) handler.sink.cdata(chunk, pos, stop);
        if (close === -1) {
          pos = stop;
          break;
        }
        pos = close + 3;
        this.mode = Mode.Content;
      }
    }
    if (this.error === undefined) this.settleLines(pos);
    return pos;
  }

  /** Called once at end of input with the bytes never consumed; records what was left unclosed. */
  finish(rest: Buffer, base: number): void {
    if (this.error !== undefined) return;
    this.chunk = rest;
    this.base = base;
    const eof = base + rest.length;
    if (this.mode !== Mode.Content) {
      const what = this.mode === Mode.Cdata ? 'a CDATA section' : 'a comment';
      this.fail(`unexpected end of file inside ${what}${this.enclosing()}`, eof);
    } else if (rest.length > 0) {
      this.fail(`unexpected end of file: ${this.unfinishedMarkup(rest)}${this.enclosing()}`, eof);
    } else if (this.depth > 0) {
      const top = this.stack[this.depth - 1]!;
      this.fail(`unexpected end of file inside <${top.name}> opened at line ${this.lineOf(top)}`, eof);
    }
  }

  private unfinishedMarkup(rest: Buffer): string {
    const kind = rest[1];
    if (kind === BANG) {
      if (startsWithAt(rest, 0, CDATA_OPEN) !== false) return 'a CDATA section is not closed';
      if (startsWithAt(rest, 0, COMMENT_OPEN) !== false) return 'a comment is not closed';
      return "expected '>' to close a <! declaration";
    }
    if (kind === QUESTION) return "expected '?>' to close a processing instruction";
    const from = kind === SLASH ? 2 : 1;
    let i = from;
    while (i < rest.length && !isNameEnd(rest[i]!)) i++;
    return `expected '>' to close <${kind === SLASH ? '/' : ''}${rest.toString('utf8', from, i)}>`;
  }

  /** Stops with a syntax error at absolute offset `at`. */
  fail(message: string, at: number): void {
    if (this.error !== undefined) return;
    const { line, column } = this.locate(at);
    this.error = { message, line, column };
  }

  private enclosing(): string {
    const top = this.depth > 0 ? this.stack[this.depth - 1] : undefined;
    return top === undefined ? '' : ` in <${top.name}> opened at line ${this.lineOf(top)}`;
  }

  private lineOf(element: OpenElement): number {
    if (element.line === 0) element.line = this.locate(element.offset).line;
    return element.line;
  }

  /** Line and column of an absolute offset in the current chunk, not before the last one asked. */
  private locate(at: number): { line: number; column: number } {
    this.settleStackLines(at);
    this.countLinesTo(at);
    return { line: this.line, column: at - this.lineStart + 1 };
  }

  private settleLines(consumed: number): void {
    const at = this.base + consumed;
    this.settleStackLines(at);
    this.countLinesTo(at);
  }

  // Elements opened in this chunk get their line before the chunk is dropped (in offset order).
  private settleStackLines(limit: number): void {
    for (let i = 0; i < this.depth; i++) this.fixLine(this.stack[i]!, limit);
  }

  private fixLine(element: OpenElement, limit: number): void {
    if (element.line !== 0 || element.offset > limit) return;
    this.countLinesTo(element.offset);
    element.line = this.line;
  }

  private countLinesTo(at: number): void {
    if (at <= this.countedTo) return;
    const view = this.chunk.subarray(0, at - this.base);
    let i = Math.max(0, this.countedTo - this.base);
    for (;;) {
      const nl = view.indexOf(NEWLINE, i);
      if (nl === -1) break;
      this.line++;
      this.lineStart = this.base + nl + 1;
      i = nl + 1;
    }
    this.countedTo = at;
  }

  /** Parses the markup at `lt`; returns the offset after it, or INCOMPLETE when the chunk ends first. */
  private markup(chunk: Buffer, lt: number): number {
    const kind = chunk[lt + 1];
    if (kind === undefined) return INCOMPLETE;
    if (kind === SLASH) return this.closeTag(chunk, lt);
    if (kind === BANG) {
      const cdata = startsWithAt(chunk, lt, CDATA_OPEN);
      if (cdata === undefined) return INCOMPLETE;
      if (cdata) {
        this.mode = Mode.Cdata;
        return lt + CDATA_OPEN.length;
      }
      const comment = startsWithAt(chunk, lt, COMMENT_OPEN);
      if (comment === undefined) return INCOMPLETE;
      if (comment) {
        this.mode = Mode.Comment;
        return lt + COMMENT_OPEN.length;
      }
      return this.declaration(chunk, lt);
    }
    if (kind === QUESTION) {
      const close = chunk.indexOf(PI_CLOSE, lt + 2);
      return close === -1 ? INCOMPLETE : close + 2;
    }
    return this.openTag(chunk, lt);
  }

  // <!DOCTYPE ...> with an optional [internal subset]: skipped, quotes and brackets respected.
  private declaration(chunk: Buffer, lt: number): number {
    let depth = 0;
    for (let i = lt + 2; i < chunk.length; i++) {
      const c = chunk[i]!;
      if (c === 0x22 || c === 0x27) {
        const close = chunk.indexOf(c, i + 1);
        if (close === -1) return INCOMPLETE;
        i = close;
      } else if (c === 0x5b) depth++;
      else if (c === 0x5d) depth--;
      else if (c === GT && depth <= 0) return i + 1;
    }
    return INCOMPLETE;
  }

  private closeTag(chunk: Buffer, lt: number): number {
    const gt = findByte(chunk, GT, lt + 2);
    if (gt === -1) return INCOMPLETE;
    let nameEnd = gt;
    while (nameEnd > lt + 2 && isSpace(chunk[nameEnd - 1]!)) nameEnd--;
    if (this.depth === 0) {
      this.fail(`unexpected </${latin1(chunk, lt + 2, nameEnd)}>: no element is open`, this.base + lt);
      return INCOMPLETE;
    }
    const top = this.stack[this.depth - 1]!;
    // Compared as bytes with the open element's name: no string is made for a matching close tag.
    const name = top.name;
    const length = name.length;
    let same = nameEnd - (lt + 2) === length;
    for (let i = 0; same && i < length; i++) same = chunk[lt + 2 + i] === name.charCodeAt(i);
    if (!same) {
      this.fail(
        `expected </${name}> to close <${name}> opened at line ${this.lineOf(top)}, found </${latin1(chunk, lt + 2, nameEnd)}>`,
        this.base + lt,
      );
      return INCOMPLETE;
    }
    this.depth--;
    this.handler.close(name);
    return gt + 1;
  }

  private openTag(chunk: Buffer, lt: number): number {
    const end = chunk.length;
    const names = this.names;
    let i = lt + 1;
    if (!isNameStart(chunk[i]!)) {
      this.fail(`expected an element name after '<'`, this.base + lt);
      return INCOMPLETE;
    }
    while (i < end && (CLASSES[chunk[i]!]! & NAME_END) === 0) i++;
    if (i === end) return INCOMPLETE;
    const name = names.ascii(chunk, lt + 1, i);
    const attributes = this.attributes;
    attributes.count = 0;
    attributes.chunk = chunk;
    attributes.offset = this.base + lt;
    for (;;) {
      while (i < end && (CLASSES[chunk[i]!]! & SPACE) !== 0) i++;
      if (i === end) return INCOMPLETE;
      const c = chunk[i]!;
      if (c === GT) return this.opened(name, lt, i + 1, false);
      if (c === SLASH) {
        if (i + 1 === end) return INCOMPLETE;
        if (chunk[i + 1] === GT) return this.opened(name, lt, i + 2, true);
        this.fail(`expected '>' after '/' to close <${name}>`, this.base + i + 1);
        return INCOMPLETE;
      }
      if (!isNameStart(c)) {
        this.fail(`expected '>' to close <${name}>`, this.base + i);
        return INCOMPLETE;
      }
      const attributeStart = i;
      while (i < end && (CLASSES[chunk[i]!]! & NAME_END) === 0) i++;
      const attributeEnd = i;
      while (i < end && (CLASSES[chunk[i]!]! & SPACE) !== 0) i++;
      if (i === end) return INCOMPLETE;
      if (chunk[i] !== EQUALS) {
        const attribute = latin1(chunk, attributeStart, attributeEnd);
        this.fail(`expected '=' after attribute '${attribute}' in <${name}>`, this.base + i);
        return INCOMPLETE;
      }
      i++;
      while (i < end && isSpace(chunk[i]!)) i++;
      if (i === end) return INCOMPLETE;
      const quote = chunk[i]!;
      if (quote !== 0x22 && quote !== 0x27) {
        const attribute = latin1(chunk, attributeStart, attributeEnd);
        this.fail(`expected a quoted value for attribute '${attribute}' in <${name}>`, this.base + i);
        return INCOMPLETE;
      }
      let valueEnd = i + 1;
      const shortStop = Math.min(end, valueEnd + SHORT_VALUE);
      while (valueEnd < shortStop && chunk[valueEnd] !== quote) valueEnd++;
      if (valueEnd === shortStop) valueEnd = shortStop === end ? -1 : chunk.indexOf(quote, shortStop);
      if (valueEnd === -1) return INCOMPLETE;
      attributes.add(attributeStart, attributeEnd, i + 1, valueEnd);
      i = valueEnd + 1;
    }
  }

  private opened(name: string, lt: number, next: number, selfClosing: boolean): number {
    if (!selfClosing) {
      const spare = this.stack[this.depth];
      if (spare === undefined) this.stack.push({ name, offset: this.base + lt, line: 0 });
      else {
        spare.name = name;
        spare.offset = this.base + lt;
        spare.line = 0;
      }
      this.depth++;
    }
    this.handler.open(name, this.attributes);
    if (selfClosing) this.handler.close(name);
    return next;
  }
}
