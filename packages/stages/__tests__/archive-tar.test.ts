import { appendFile, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { listFiles, tarGzStream } from '../src/report/archive/tar-gz-stream.js';

async function collect(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

describe('tarGzStream', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'tar-test-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('writes ustar headers with a valid checksum, padded 512-byte blocks and an end marker', async () => {
    await writeFile(path.join(dir, 'a.txt'), 'hello');
    const tar = gunzipSync(await collect(tarGzStream(await listFiles(dir))));
    expect(tar.length).toBe(512 + 512 + 1024);
    const header = tar.subarray(0, 512);
    expect(header.subarray(0, 5).toString()).toBe('a.txt');
    expect(header.subarray(257, 263).toString()).toBe('ustar\0');
    expect(parseInt(header.subarray(124, 135).toString(), 8)).toBe(5);
    const stored = parseInt(header.subarray(148, 154).toString(), 8);
    const computed = [...header].reduce((sum, byte, index) => sum + (index >= 148 && index < 156 ? 32 : byte), 0);
    expect(stored).toBe(computed);
    expect(tar.subarray(512, 517).toString()).toBe('hello');
    expect(tar.subarray(517).every((byte) => byte === 0)).toBe(true);
  });

  it('fails the stream when a file changes size while it is archived', async () => {
    const file = path.join(dir, 'growing.log');
    await writeFile(file, 'one\n');
    const entries = await listFiles(dir);
    await appendFile(file, 'two\n');
    await expect(collect(tarGzStream(entries))).rejects.toThrow(`${file} changed size while it was archived`);
  });
});
