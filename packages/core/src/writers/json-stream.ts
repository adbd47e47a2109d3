import { once } from 'node:events';
import type { Writable } from 'node:stream';

/** Objects and arrays this deep (the document = 0) are written entry by entry; deeper ones whole. */
const STREAMED_DEPTH = 2;
const FLUSH_CHARS = 1 << 16;

/** Takes the next text; returns a promise only when the caller must wait (a flush). */
type Emit = (text: string) => Promise<void> | undefined;

function isContainer(value: unknown): value is Record<string, unknown> | unknown[] {
  return typeof value === 'object' && value !== null && typeof (value as { toJSON?: unknown }).toJSON !== 'function';
}

/** A value JSON.stringify leaves out of an object (and writes as null in an array). */
function isSkipped(value: unknown): boolean {
  return value === undefined || typeof value === 'function' || typeof value === 'symbol';
}

/** JSON.stringify(value, null, 2) as it reads nested at `indent`: every line after the first indented further. */
function whole(value: unknown, indent: string): string {
  return (JSON.stringify(value, null, 2) ?? 'null').replaceAll('\n', `\n${indent}`);
}

/** Emits `value`; awaits only when `emit` asks to (a flush), so the usual entry costs no promise. */
async function emitValue(value: unknown, indent: string, depth: number, emit: Emit): Promise<void> {
  if (!isContainer(value) || depth >= STREAMED_DEPTH) {
    await emit(whole(value, indent));
    return;
  }
  const inner = `${indent}  `;
  const isArray = Array.isArray(value);
  let first = true;
  for (const key of isArray ? value.keys() : Object.keys(value)) {
    let entry = (value as Record<string | number, unknown>)[key];
    if (isSkipped(entry)) {
      if (!isArray) continue;
      entry = null;
    }
    const opened = emit(`${first ? (isArray ? '[' : '{') : ','}\n${inner}${isArray ? '' : `${JSON.stringify(key)}: `}`);
    if (opened) await opened;
    first = false;
    if (isContainer(entry) && depth + 1 < STREAMED_DEPTH) await emitValue(entry, inner, depth + 1, emit);
    else {
      const written = emit(whole(entry, inner));
      if (written) await written;
    }
  }
  await emit(first ? (isArray ? '[]' : '{}') : `\n${indent}${isArray ? ']' : '}'}`);
}

/**
 * Writes `JSON.stringify(value, null, 2)` and a newline to `stream`, the same bytes, without making
 * that string: large objects and arrays near the top (a metrics.json's perSuite of 250,000 suites)
 * go out entry by entry, in writes of ~64 K characters that wait for the stream to drain.
 */
export async function writePrettyJson(value: unknown, stream: Writable): Promise<void> {
  let pending: string[] = [];
  let pendingChars = 0;
  const flush = async (): Promise<void> => {
    const chunk = pending.join('');
    pending = [];
    pendingChars = 0;
    if (!stream.write(chunk)) await once(stream, 'drain');
  };
  const emit: Emit = (text) => {
    pending.push(text);
    pendingChars += text.length;
    return pendingChars >= FLUSH_CHARS ? flush() : undefined;
  };
  await emitValue(value, '', 0, emit);
  pending.push('\n');
  await flush();
}
