// Feeds a report file to the tokenizer in 1 MiB chunks. UTF-8 (and ASCII) bytes go in as read;
// other encodings (UTF-16 with BOM, ISO-8859-1, windows-125x...) are transcoded to UTF-8 chunk by
// chunk with a streaming TextDecoder, so memory stays bounded whatever the encoding.
import type { FileHandle } from 'node:fs/promises';
import type { XmlTokenizer } from './xml-tokenizer.js';

const CHUNK_BYTES = 1 << 20;
/** An unfinished tag/declaration longer than this is refused instead of buffered. */
const MAX_PENDING_BYTES = 64 << 20;

export type Transcoder = (bytes: Buffer, final: boolean) => string;

export type EncodingChoice = { transcoder: Transcoder | undefined; name: string } | { unsupported: string };

const UTF8_NAMES = new Set(['utf-8', 'utf8', 'us-ascii', 'ascii']);
const LATIN1_NAMES = new Set(['iso-8859-1', 'iso_8859-1', 'latin1', 'latin-1', 'l1']);

function textDecoderTranscoder(label: string): Transcoder {
  const decoder = new TextDecoder(label);
  return (bytes, final) => decoder.decode(bytes, { stream: !final });
}

/** The encoding of a file from its BOM, its byte pattern, or its XML declaration. */
export function chooseEncoding(head: Buffer): EncodingChoice {
  const [b0, b1, b2, b3] = head;
  if ((b0 === 0xff && b1 === 0xfe) || (b0 === 0x3c && b1 === 0 && b2 === 0x3f && b3 === 0)) {
    return { transcoder: textDecoderTranscoder('utf-16le'), name: 'utf-16le' };
  }
  if ((b0 === 0xfe && b1 === 0xff) || (b0 === 0 && b1 === 0x3c && b2 === 0 && b3 === 0x3f)) {
    return { transcoder: textDecoderTranscoder('utf-16be'), name: 'utf-16be' };
  }
  if (b0 === 0xef && b1 === 0xbb && b2 === 0xbf) return { transcoder: undefined, name: 'utf-8' };
  const declared = /^\s*<\?xml[^>]*?encoding\s*=\s*["']([^"']+)["']/.exec(head.toString('latin1', 0, 300))?.[1];
  const name = declared?.toLowerCase();
  // UTF-16 declared without a BOM or 16-bit bytes cannot be: the bytes read as ASCII, so they are UTF-8.
  if (name === undefined || UTF8_NAMES.has(name) || name.startsWith('utf-16'))
    return { transcoder: undefined, name: 'utf-8' };
  if (LATIN1_NAMES.has(name)) return { transcoder: (bytes) => bytes.toString('latin1'), name: 'iso-8859-1' };
  try {
    return { transcoder: textDecoderTranscoder(name), name };
  } catch {
    return { unsupported: declared! };
  }
}

/** Joins the bytes the tokenizer left unconsumed with the next chunk; chunks may split anything. */
export class ChunkFeeder {
  private buffer: Buffer;
  private kept = 0;
  private base = 0;

  constructor(
    private readonly tokenizer: XmlTokenizer,
    initialBytes = 2 * CHUNK_BYTES,
  ) {
    this.buffer = Buffer.allocUnsafe(initialBytes);
  }

  /** Returns false once the tokenizer has stopped at a syntax error. */
  push(bytes: Buffer): boolean {
    const tokenizer = this.tokenizer;
    if (tokenizer.error !== undefined) return false;
    if (this.buffer.length - this.kept < bytes.length) this.grow(this.kept + bytes.length);
    const buffer = this.buffer;
    bytes.copy(buffer, this.kept);
    const length = this.kept + bytes.length;
    const consumed = tokenizer.write(buffer.subarray(0, length), this.base);
    if (tokenizer.error !== undefined) return false;
    buffer.copyWithin(0, consumed, length);
    this.kept = length - consumed;
    this.base += consumed;
    if (this.kept > MAX_PENDING_BYTES) {
      tokenizer.fail(`a single tag or declaration is longer than ${MAX_PENDING_BYTES >> 20} MiB`, this.base);
      return false;
    }
    return true;
  }

  end(): void {
    this.tokenizer.finish(this.buffer.subarray(0, this.kept), this.base);
  }

  private grow(needed: number): void {
    const larger = Buffer.allocUnsafe(Math.max(this.buffer.length * 2, needed));
    this.buffer.copy(larger, 0, 0, this.kept);
    this.buffer = larger;
  }
}

/** Streams the whole file through the tokenizer; stops at its first syntax error. */
export async function streamXmlFile(
  file: FileHandle,
  tokenizer: XmlTokenizer,
  transcoder: Transcoder | undefined,
  fileBytes: number,
): Promise<void> {
  // Small files get small buffers; one byte more than the file so the first read already sees its end.
  const chunkBytes = Math.min(CHUNK_BYTES, Math.max(4096, fileBytes + 1));
  const feeder = new ChunkFeeder(tokenizer, 2 * chunkBytes);
  // Two read buffers: the next chunk is read while the current one is parsed.
  const reads = [Buffer.allocUnsafe(chunkBytes), Buffer.allocUnsafe(chunkBytes)];
  let position = 0;
  const readInto = (raw: Buffer) => {
    const read = file.read(raw, 0, raw.length, position);
    position += raw.length;
    return read;
  };
  let turn = 0;
  let next = readInto(reads[0]!);
  for (;;) {
    const raw = reads[turn]!;
    const { bytesRead } = await next;
    const eof = bytesRead < raw.length;
    turn = 1 - turn;
    if (!eof) next = readInto(reads[turn]!);
    const bytes = transcoder ? Buffer.from(transcoder(raw.subarray(0, bytesRead), eof)) : raw.subarray(0, bytesRead);
    if (!feeder.push(bytes)) {
      // Let a read still in flight finish before the caller closes the file.
      if (!eof) await next.catch(() => undefined);
      return;
    }
    if (eof) {
      feeder.end();
      return;
    }
  }
}
