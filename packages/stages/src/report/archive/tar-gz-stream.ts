import { createReadStream } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { pipeline, Readable } from 'node:stream';
import { createGzip } from 'node:zlib';

// A minimal POSIX ustar writer (with a PAX header for long paths), streamed through gzip,
// so the archive never sits in memory whole.

const BLOCK = 512;

interface TarEntry {
  /** Path inside the archive, always with "/". */
  name: string;
  absolutePath: string;
  size: number;
  mode: number;
  mtimeSeconds: number;
}

/** Every regular file under `directory`, sorted, so the archive is the same for the same tree. */
export async function listFiles(directory: string): Promise<TarEntry[]> {
  const entries = await readdir(directory, { recursive: true, withFileTypes: true });
  const files: TarEntry[] = [];
  for (const entry of entries) {
    if (!entry.isFile()) continue;
    const absolutePath = path.join(entry.parentPath, entry.name);
    const info = await stat(absolutePath);
    files.push({
      name: path.relative(directory, absolutePath).split(path.sep).join('/'),
      absolutePath,
      size: info.size,
      mode: info.mode & 0o777,
      mtimeSeconds: Math.floor(info.mtimeMs / 1000),
    });
  }
  return files.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

function writeOctal(header: Buffer, value: number, offset: number, length: number): void {
  header.write(value.toString(8).padStart(length - 1, '0') + '\0', offset, length, 'ascii');
}

/** Splits a path into ustar's prefix (≤155 bytes) and name (≤100 bytes) at a "/", or returns undefined. */
function splitUstarPath(name: string): { prefix: string; name: string } | undefined {
  if (Buffer.byteLength(name) <= 100) return { prefix: '', name };
  for (let index = name.indexOf('/'); index !== -1; index = name.indexOf('/', index + 1)) {
    const prefix = name.slice(0, index);
    const rest = name.slice(index + 1);
    if (Buffer.byteLength(prefix) <= 155 && Buffer.byteLength(rest) <= 100) return { prefix, name: rest };
  }
  return undefined;
}

function header(fields: {
  name: string;
  prefix: string;
  size: number;
  mode: number;
  mtime: number;
  type: string;
}): Buffer {
  const block = Buffer.alloc(BLOCK);
  block.write(fields.name, 0, 100, 'utf8');
  writeOctal(block, fields.mode, 100, 8);
  writeOctal(block, 0, 108, 8);
  writeOctal(block, 0, 116, 8);
  writeOctal(block, fields.size, 124, 12);
  writeOctal(block, fields.mtime, 136, 12);
  block.write(' '.repeat(8), 148, 8, 'ascii');
  block.write(fields.type, 156, 1, 'ascii');
  block.write('ustar\u000000', 257, 8, 'ascii');
  block.write(fields.prefix, 345, 155, 'utf8');
  let checksum = 0;
  for (const byte of block) checksum += byte;
  block.write(checksum.toString(8).padStart(6, '0') + '\0 ', 148, 8, 'ascii');
  return block;
}

function padding(size: number): Buffer {
  return Buffer.alloc((BLOCK - (size % BLOCK)) % BLOCK);
}

/** A PAX record is "<length> path=<value>\n" where length counts itself. */
function paxPathRecord(name: string): Buffer {
  const body = ` path=${name}\n`;
  const bodyLength = Buffer.byteLength(body);
  let digits = 1;
  while (String(bodyLength + digits).length !== digits) digits += 1;
  return Buffer.from(`${bodyLength + digits}${body}`, 'utf8');
}

function* entryHeaders(entry: TarEntry): Generator<Buffer> {
  const fields = { size: entry.size, mode: entry.mode, mtime: entry.mtimeSeconds, type: '0' };
  const split = splitUstarPath(entry.name);
  if (split) {
    yield header({ ...fields, ...split });
    return;
  }
  const record = paxPathRecord(entry.name);
  yield header({
    name: 'PaxHeader',
    prefix: '',
    size: record.length,
    mode: 0o644,
    mtime: entry.mtimeSeconds,
    type: 'x',
  });
  yield record;
  yield padding(record.length);
  yield header({ ...fields, name: entry.name.slice(-100), prefix: '' });
}

async function* tarBlocks(entries: readonly TarEntry[]): AsyncGenerator<Buffer> {
  for (const entry of entries) {
    yield* entryHeaders(entry);
    let written = 0;
    for await (const chunk of createReadStream(entry.absolutePath) as AsyncIterable<Buffer>) {
      written += chunk.length;
      if (written > entry.size) break;
      yield chunk;
    }
    if (written !== entry.size) {
      throw new Error(`${entry.absolutePath} changed size while it was archived (${entry.size} → ${written} bytes).`);
    }
    yield padding(entry.size);
  }
  yield Buffer.alloc(BLOCK * 2);
}

/** A gzip-compressed tar of `entries`, produced as it is read. */
export function tarGzStream(entries: readonly TarEntry[]): Readable {
  // pipeline() destroys both sides when either fails or the reader gives up, closing open files;
  // the error itself reaches the reader through the returned stream.
  return pipeline(Readable.from(tarBlocks(entries), { objectMode: false }), createGzip(), () => undefined);
}
