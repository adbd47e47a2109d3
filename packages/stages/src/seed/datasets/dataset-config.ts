import type { GeneratorSpec } from '@testpipe/core';

export type MaskRule =
  | { kind: 'hash' }
  | { kind: 'partial'; keepStart: number; keepEnd: number }
  | { kind: 'fake' }
  | { kind: 'null' }
  | { kind: 'constant'; value: string };

export interface GeneratedTable {
  name: string;
  rows: number;
  columns: Record<string, GeneratorSpec>;
}

export interface CopiedTable {
  name: string;
  /** Rules per column, applied in the stream before a row is written. */
  mask: Record<string, MaskRule>;
}

export interface SqlCheck {
  name: string;
  query: string;
}

export interface HttpProbe {
  name: string;
  url: string;
  status: { min: number; max: number };
}

export interface DatasetConfig {
  name: string;
  version: string;
  /** False: the data is not throwaway; never truncated without force. */
  ephemeral: boolean;
  tables: GeneratedTable[];
  copy: CopiedTable[];
  checks: { sql: SqlCheck[]; http: HttpProbe[] };
}

export interface DatasetsFile {
  file: string;
  seed: string;
  /** UTC midnight of reference-date, ms: relative dates count from it. */
  referenceMs: number;
  datasets: DatasetConfig[];
}

export const DEFAULT_REFERENCE_DATE = '2025-01-01';
