import { describe, expect, it } from '@jest/globals';
import { Writable } from 'node:stream';
import { writePrettyJson } from '../src/writers/json-stream.js';

/** A slow stream (tiny buffer, async writes), so the writer must wait for 'drain'. */
function collector(): { stream: Writable; text: () => string; writes: () => number } {
  const chunks: string[] = [];
  const stream = new Writable({
    highWaterMark: 16,
    decodeStrings: false,
    write(chunk: string, _encoding, done) {
      chunks.push(chunk);
      setImmediate(done);
    },
  });
  return { stream, text: () => chunks.join(''), writes: () => chunks.length };
}

describe('writePrettyJson', () => {
  it('writes the bytes of JSON.stringify(value, null, 2) and a newline', async () => {
    const perSuite = Object.fromEntries(
      Array.from({ length: 3000 }, (_, i) => [`suite ${i} "é" \n`, { total: i, passRate: i % 2 ? null : 99.5 }]),
    );
    const values: unknown[] = [
      {
        schemaVersion: 1,
        skipped: undefined,
        nested: { a: { b: { c: [1, { d: 'x\ny' }] } }, gone: undefined, fn: () => 1 },
        perSuite,
        ['__proto__']: { own: true },
        list: [1, undefined, 'two', { three: [] }, [], {}, null, Number.NaN],
        empty: {},
        none: [],
      },
      [],
      {},
      'text',
      42,
      [{ a: 1 }, [[2]]],
    ];
    for (const value of values) {
      const { stream, text } = collector();
      await writePrettyJson(value, stream);
      expect(text()).toBe(`${JSON.stringify(value, null, 2)}\n`);
    }
  });

  it('writes a large document in many bounded writes', async () => {
    const big = { perFile: Object.fromEntries(Array.from({ length: 20_000 }, (_, i) => [`f${i}`, { total: i }])) };
    const { stream, text, writes } = collector();
    await writePrettyJson(big, stream);
    expect(text()).toBe(`${JSON.stringify(big, null, 2)}\n`);
    expect(writes()).toBeGreaterThan(5);
  });
});
