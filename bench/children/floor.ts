// The floor: stream the file and count `<testcase` with Buffer.indexOf. No parser can beat this.
import { createReadStream } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { fileArgument, reportAndExit } from './report.js';

const NEEDLE = Buffer.from('<testcase');

function countIn(buffer: Buffer): number {
  let count = 0;
  for (let at = buffer.indexOf(NEEDLE); at !== -1; at = buffer.indexOf(NEEDLE, at + NEEDLE.length)) count++;
  return count;
}

async function countTestcases(path: string): Promise<number> {
  let count = 0;
  let tail = Buffer.alloc(0);
  for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 }) as AsyncIterable<Buffer>) {
    // A match split across two chunks starts in the previous tail (8 bytes) and ends in this chunk's head.
    if (tail.length > 0) count += countIn(Buffer.concat([tail, chunk.subarray(0, NEEDLE.length - 1)]));
    count += countIn(chunk);
    tail = Buffer.from(chunk.subarray(Math.max(0, chunk.length - (NEEDLE.length - 1))));
  }
  return count;
}

const started = performance.now();
const testcases = await countTestcases(fileArgument());
reportAndExit({ ok: true, ms: performance.now() - started, testcases });
