// Masking rules for copied source rows, applied to COPY text lines in the stream before they are written.
import { createHash } from 'node:crypto';
import { Transform, type TransformCallback } from 'node:stream';
import { StringDecoder } from 'node:string_decoder';
import { fakeLike } from '@testpipe/core';
import { decodeCopyField, encodeCopyField } from './copy-text.js';
import type { MaskRule } from './dataset-config.js';

export type ValueMasker = (value: string | null) => string | null;

export function compileMask(rule: MaskRule, column: string, seed: string): ValueMasker {
  switch (rule.kind) {
    case 'null':
      return () => null;
    case 'constant':
      return () => rule.value;
    case 'hash':
      // Keyed by the seed: the same source value maps to the same hash (joins still work), unguessable without it.
      return (value) =>
        value === null ? null : createHash('sha256').update(`${seed}\u0000${value}`).digest('hex').slice(0, 16);
    case 'fake':
      return (value) => (value === null ? null : fakeLike(value, column, { seed, column }));
    case 'partial':
      return (value) => {
        if (value === null) return null;
        const { keepStart, keepEnd } = rule;
        // Too short to show any part without showing all of it: mask it whole.
        if (value.length <= keepStart + keepEnd) return '*'.repeat(value.length);
        return (
          value.slice(0, keepStart) +
          '*'.repeat(value.length - keepStart - keepEnd) +
          value.slice(value.length - keepEnd)
        );
      };
  }
}

/**
 * A Transform from COPY text (as `COPY ... TO STDOUT` sends it, in any chunking) to COPY text with the
 * masked columns replaced. `onLine` sees every output line (for the checksum and row count).
 */
export function maskingStream(maskers: Array<ValueMasker | undefined>, onLine: (line: string) => void): Transform {
  let pending = '';
  const decoder = new StringDecoder('utf8');
  const maskLine = (line: string): string => {
    const fields = line.split('\t');
    for (let i = 0; i < fields.length; i++) {
      const masker = maskers[i];
      if (masker) fields[i] = encodeCopyField(masker(decodeCopyField(fields[i]!)));
    }
    return fields.join('\t');
  };
  const emit = (stream: Transform, lines: string[]) => {
    if (lines.length === 0) return;
    const out = lines.map(maskLine);
    for (const line of out) onLine(line);
    stream.push(`${out.join('\n')}\n`);
  };
  return new Transform({
    decodeStrings: false,
    transform(chunk: Buffer | string, _encoding, callback: TransformCallback) {
      pending += typeof chunk === 'string' ? chunk : decoder.write(chunk);
      const cut = pending.lastIndexOf('\n');
      if (cut >= 0) {
        const lines = pending.slice(0, cut).split('\n');
        pending = pending.slice(cut + 1);
        emit(this, lines);
      }
      callback();
    },
    flush(callback: TransformCallback) {
      pending += decoder.end();
      if (pending !== '') emit(this, [pending]);
      callback();
    },
  });
}
