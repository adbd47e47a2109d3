// Column generators of datasets.yml, compiled to row → text functions (the form COPY and INSERT both take).
import { cellIndex, cellUnit, columnKey } from './deterministic.js';
import { CITIES, EMAIL_DOMAINS, FIRST_NAMES, LAST_NAMES, STREETS } from './word-lists.js';

export type GeneratorSpec =
  | { kind: 'sequence'; start: number; step: number }
  | { kind: 'choice'; values: string[] }
  | { kind: 'range'; min: number; max: number; decimals: number }
  | { kind: 'money'; min: number; max: number }
  | { kind: 'date'; fromDays: number; toDays: number; withTime: boolean }
  | { kind: 'constant'; value: string | null }
  | { kind: 'boolean' }
  | { kind: 'uuid' }
  | { kind: 'name' | 'first-name' | 'last-name' | 'email' | 'address' | 'city' | 'phone' };

/** The generator names datasets.yml accepts, for messages. */
export const GENERATOR_KINDS = [
  'sequence',
  'choice',
  'range',
  'money',
  'date',
  'timestamp',
  'constant',
  'boolean',
  'uuid',
  'name',
  'first-name',
  'last-name',
  'email',
  'address',
  'city',
  'phone',
] as const;

export interface GeneratorContext {
  seed: string | number;
  version: string;
  table: string;
  column: string;
  /** Dates are relative to this fixed day (UTC midnight, ms), never to "now", so runs agree. */
  referenceMs: number;
}

/** A compiled column: the value of row `row` (0-based) as text, or null for SQL NULL. */
export type CellGenerator = (row: number) => string | null;

const DAY_MS = 86_400_000;
const FIRST_LOWER = FIRST_NAMES.map((name) => name.toLowerCase());
const LAST_LOWER = LAST_NAMES.map((name) => name.toLowerCase());

function pick(list: readonly string[], index: number): string {
  return list[index % list.length]!;
}

function hex(unit: number, digits: number): string {
  return Math.floor(unit * 16 ** digits)
    .toString(16)
    .padStart(digits, '0');
}

export function compileGenerator(spec: GeneratorSpec, context: GeneratorContext): CellGenerator {
  const key = columnKey(context.seed, context.version, context.table, context.column);
  const firstName = (row: number) => pick(FIRST_NAMES, cellIndex(key, row, FIRST_NAMES.length, 1));
  const lastName = (row: number) => pick(LAST_NAMES, cellIndex(key, row, LAST_NAMES.length, 2));
  const firstLower = (row: number) => pick(FIRST_LOWER, cellIndex(key, row, FIRST_NAMES.length, 1));
  const lastLower = (row: number) => pick(LAST_LOWER, cellIndex(key, row, LAST_NAMES.length, 2));
  switch (spec.kind) {
    case 'sequence':
      return (row) => String(spec.start + row * spec.step);
    case 'choice':
      return (row) => spec.values[cellIndex(key, row, spec.values.length)]!;
    case 'range': {
      const factor = 10 ** spec.decimals;
      const span = Math.round((spec.max - spec.min) * factor) + 1;
      return (row) => ((Math.round(spec.min * factor) + cellIndex(key, row, span)) / factor).toFixed(spec.decimals);
    }
    case 'money': {
      const span = Math.round((spec.max - spec.min) * 100) + 1;
      return (row) => ((Math.round(spec.min * 100) + cellIndex(key, row, span)) / 100).toFixed(2);
    }
    case 'date': {
      const fromMs = context.referenceMs + spec.fromDays * DAY_MS;
      if (!spec.withTime) {
        // Few distinct days: format each once.
        const days = spec.toDays - spec.fromDays + 1;
        const formatted = new Map<number, string>();
        return (row) => {
          const day = cellIndex(key, row, days);
          let text = formatted.get(day);
          if (text === undefined)
            formatted.set(day, (text = new Date(fromMs + day * DAY_MS).toISOString().slice(0, 10)));
          return text;
        };
      }
      const spanSeconds = (spec.toDays - spec.fromDays) * 86_400;
      return (row) => new Date(fromMs + cellIndex(key, row, spanSeconds) * 1000).toISOString();
    }
    case 'constant':
      return () => spec.value;
    case 'boolean':
      return (row) => (cellUnit(key, row) < 0.5 ? 'true' : 'false');
    case 'uuid':
      return (row) => {
        const h = [0, 1, 2, 3].map((draw) => hex(cellUnit(key, row, draw), 8)).join('');
        return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
      };
    case 'first-name':
      return firstName;
    case 'last-name':
      return lastName;
    case 'name':
      return (row) => `${firstName(row)} ${lastName(row)}`;
    case 'email':
      // The row number keeps emails unique, as a users.email UNIQUE constraint needs.
      return (row) =>
        `${firstLower(row)}.${lastLower(row)}${row + 1}@${pick(EMAIL_DOMAINS, cellIndex(key, row, 3, 3))}`;
    case 'city':
      return (row) => pick(CITIES, cellIndex(key, row, CITIES.length));
    case 'address':
      return (row) =>
        `${1 + cellIndex(key, row, 240, 1)} ${pick(STREETS, cellIndex(key, row, STREETS.length, 2))}, ` +
        `${1000 + cellIndex(key, row, 9000, 3)} ${pick(CITIES, cellIndex(key, row, CITIES.length, 4))}`;
    case 'phone':
      return (row) => `+31 6 ${String(cellIndex(key, row, 100_000_000)).padStart(8, '0')}`;
  }
}

/** A value of the same kind as `original`, for masking with `fake`: deterministic in the original. */
export function fakeLike(original: string, kindHint: string, key: { seed: string; column: string }): string {
  const k = columnKey(key.seed, 'mask', original, key.column);
  const first = pick(FIRST_NAMES, cellIndex(k, 0, FIRST_NAMES.length, 1));
  const last = pick(LAST_NAMES, cellIndex(k, 0, LAST_NAMES.length, 2));
  const hint = kindHint.toLowerCase();
  if (original.includes('@') || hint.includes('email'))
    return `${first}.${last}.${hex(cellUnit(k, 0, 5), 6)}@example.test`.toLowerCase();
  if (hint.includes('phone') || /^[+\d][\d\s()-]{5,}$/.test(original)) {
    return original.replace(/\d/g, (_, i: number) => String(cellIndex(k, i, 10, 7)));
  }
  if (hint.includes('address') || hint.includes('street')) {
    return `${1 + cellIndex(k, 0, 240, 3)} ${pick(STREETS, cellIndex(k, 0, STREETS.length, 4))}`;
  }
  if (hint.includes('city')) return pick(CITIES, cellIndex(k, 0, CITIES.length, 6));
  if (/^\d+$/.test(original)) return original.replace(/\d/g, (_, i: number) => String(cellIndex(k, i, 10, 8)));
  return hint.includes('first') ? first : hint.includes('last') ? last : `${first} ${last}`;
}
