// datasets.yml → DatasetsFile. Every problem is collected with its key and line (the testpipe.yml style).
import { readFile } from 'node:fs/promises';
import { isMap, isScalar, isSeq, type Node, type YAMLMap } from 'yaml';
import { describeFileSystemError, GENERATOR_KINDS, type GeneratorSpec } from '@testpipe/core';
import { PipelineConfigInvalidError } from '../../pipeline-config/config-error.js';
import {
  closest,
  describeNode,
  parseYamlWithProblems,
  type YamlProblems,
} from '../../pipeline-config/yaml-problems.js';
import {
  DEFAULT_REFERENCE_DATE,
  type CopiedTable,
  type DatasetConfig,
  type DatasetsFile,
  type GeneratedTable,
  type HttpProbe,
  type MaskRule,
  type SqlCheck,
} from './dataset-config.js';

type Entry = { key: string; keyNode: Node; value: Node | null; path: string };

const TOP_KEYS = ['version', 'seed', 'reference-date', 'datasets'];
const DATASET_KEYS = ['version', 'ephemeral', 'tables', 'copy', 'checks'];
const TABLE_KEYS = ['rows', 'columns'];
const MASK_KINDS = ['hash', 'partial', 'fake', 'null', 'constant'];
const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)?$/;

class Walker {
  constructor(readonly problems: YamlProblems) {}

  entries(node: Node | null, path: string, known?: readonly string[]): Entry[] {
    if (!isMap(node)) {
      this.problems.add(node, path, `expected a map, got ${describeNode(node)}`);
      return [];
    }
    const out: Entry[] = [];
    for (const pair of (node as YAMLMap).items) {
      const keyNode = pair.key as Node;
      const key = isScalar(keyNode) ? String(keyNode.value) : '';
      const childPath = path ? `${path}.${key}` : key;
      if (known && !known.includes(key)) {
        const guess = closest(key, known);
        this.problems.add(
          keyNode,
          childPath,
          `unknown key; ${guess ? `did you mean "${guess}"?` : `known keys: ${known.join(', ')}`}`,
        );
        continue;
      }
      out.push({ key, keyNode, value: (pair.value as Node | null) ?? null, path: childPath });
    }
    return out;
  }

  scalar(node: Node | null): unknown {
    return isScalar(node) ? node.value : undefined;
  }

  text(node: Node | null, path: string): string | undefined {
    const value = this.scalar(node);
    if ((typeof value === 'string' && value.trim() !== '') || typeof value === 'number') return String(value);
    this.problems.add(node, path, `expected a text, got ${describeNode(node)}`);
    return undefined;
  }

  number(node: Node | null, path: string, integer = false): number | undefined {
    const value = this.scalar(node);
    if (typeof value === 'number' && (!integer || Number.isInteger(value))) return value;
    this.problems.add(node, path, `expected ${integer ? 'a whole number' : 'a number'}, got ${describeNode(node)}`);
    return undefined;
  }

  /** [a, b] of numbers; days may be written -30d. */
  pair(node: Node | null, path: string, days = false): [number, number] | undefined {
    const parse = (item: Node | null) => {
      const value = this.scalar(item);
      if (typeof value === 'number') return value;
      if (days && typeof value === 'string' && /^-?\d+d$/.test(value)) return Number(value.slice(0, -1));
      return undefined;
    };
    const items = isSeq(node) ? (node.items as Node[]) : [];
    const [a, b] = items.map(parse);
    if (items.length === 2 && a !== undefined && b !== undefined && a <= b) return [a, b];
    this.problems.add(
      node,
      path,
      `expected [min, max] with min ≤ max${days ? ' in days (e.g. [-365, 0] or [-30d, 0d])' : ''}, got ${describeNode(node)}`,
    );
    return undefined;
  }
}

const SIMPLE_KINDS = [
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

function readGenerator(w: Walker, node: Node | null, path: string): GeneratorSpec | undefined {
  const name = w.scalar(node);
  if (name === 'sequence') return { kind: 'sequence', start: 1, step: 1 };
  if (typeof name === 'string' && (SIMPLE_KINDS as readonly string[]).includes(name)) {
    return { kind: name as (typeof SIMPLE_KINDS)[number] } as GeneratorSpec;
  }
  const entries = isMap(node) ? w.entries(node, path) : [];
  const [entry] = entries;
  if (entries.length !== 1 || !entry) {
    const guess = typeof name === 'string' ? closest(name, GENERATOR_KINDS) : undefined;
    w.problems.add(
      node,
      path,
      `expected a generator (${GENERATOR_KINDS.join(', ')})${guess ? `; did you mean "${guess}"?` : ''}, got ${describeNode(node)}`,
    );
    return undefined;
  }
  const { key, value, path: at } = entry;
  switch (key) {
    case 'sequence': {
      if (isMap(value)) {
        const fields = new Map(w.entries(value, at, ['start', 'step']).map((e) => [e.key, e]));
        const start = fields.get('start') ? w.number(fields.get('start')!.value, `${at}.start`, true) : 1;
        const step = fields.get('step') ? w.number(fields.get('step')!.value, `${at}.step`, true) : 1;
        return start === undefined || step === undefined ? undefined : { kind: 'sequence', start, step };
      }
      const start = w.number(value, at, true);
      return start === undefined ? undefined : { kind: 'sequence', start, step: 1 };
    }
    case 'choice': {
      const items = isSeq(value) ? (value.items as Node[]).map((item, i) => w.text(item, `${at}[${i}]`)) : [];
      if (items.length === 0) w.problems.add(value, at, `expected a list of values, got ${describeNode(value)}`);
      return items.length > 0 && items.every((v) => v !== undefined)
        ? { kind: 'choice', values: items as string[] }
        : undefined;
    }
    case 'range':
    case 'money': {
      const range = w.pair(value, at);
      if (!range) return undefined;
      if (key === 'money') return { kind: 'money', min: range[0], max: range[1] };
      const decimals = range.every(Number.isInteger) ? 0 : 2;
      return { kind: 'range', min: range[0], max: range[1], decimals };
    }
    case 'date':
    case 'timestamp': {
      const range = w.pair(value, at, true);
      return range && { kind: 'date', fromDays: range[0], toDays: range[1], withTime: key === 'timestamp' };
    }
    case 'constant': {
      const constant = w.scalar(value);
      return { kind: 'constant', value: constant === null || constant === undefined ? null : String(constant) };
    }
    default: {
      const guess = closest(key, GENERATOR_KINDS);
      w.problems.add(
        entry.keyNode,
        at,
        `unknown generator${guess ? `; did you mean "${guess}"?` : `; use one of ${GENERATOR_KINDS.join(', ')}`}`,
      );
      return undefined;
    }
  }
}

function readMaskRule(w: Walker, node: Node | null, path: string): MaskRule | undefined {
  const name = w.scalar(node);
  if (name === null) return { kind: 'null' };
  if (name === 'hash' || name === 'fake' || name === 'null') return { kind: name };
  if (name === 'partial') return { kind: 'partial', keepStart: 0, keepEnd: 4 };
  const [entry] = isMap(node) ? w.entries(node, path, MASK_KINDS) : [];
  if (entry?.key === 'constant') return { kind: 'constant', value: String(w.scalar(entry.value) ?? '') };
  if (entry?.key === 'partial') {
    const fields = new Map(w.entries(entry.value, entry.path, ['keep-start', 'keep-end']).map((e) => [e.key, e]));
    const keepStart = fields.get('keep-start')
      ? w.number(fields.get('keep-start')!.value, `${entry.path}.keep-start`, true)
      : 0;
    const keepEnd = fields.get('keep-end')
      ? w.number(fields.get('keep-end')!.value, `${entry.path}.keep-end`, true)
      : 4;
    return keepStart === undefined || keepEnd === undefined ? undefined : { kind: 'partial', keepStart, keepEnd };
  }
  if (!entry) w.problems.add(node, path, `expected a mask rule (${MASK_KINDS.join(', ')}), got ${describeNode(node)}`);
  return undefined;
}

function readTables(w: Walker, node: Node | null, path: string): GeneratedTable[] {
  return w.entries(node, path).flatMap((table) => {
    if (!IDENTIFIER.test(table.key))
      w.problems.add(table.keyNode, table.path, 'is not a table name (letters, digits, _; optionally schema.table)');
    const fields = new Map(w.entries(table.value, table.path, TABLE_KEYS).map((e) => [e.key, e]));
    const rowsField = fields.get('rows');
    if (!rowsField)
      w.problems.add(table.keyNode, `${table.path}.rows`, 'missing: give the number of rows, e.g. rows: 100');
    const rows = rowsField ? w.number(rowsField.value, rowsField.path, true) : undefined;
    if (rows !== undefined && rows < 0) w.problems.add(rowsField!.value, rowsField!.path, 'must be 0 or more');
    const columns: GeneratedTable['columns'] = {};
    const columnsField = fields.get('columns');
    for (const column of columnsField ? w.entries(columnsField.value, columnsField.path) : []) {
      const spec = readGenerator(w, column.value, column.path);
      if (spec) columns[column.key] = spec;
    }
    return rows === undefined ? [] : [{ name: table.key, rows, columns }];
  });
}

function readCopy(w: Walker, node: Node | null, path: string): CopiedTable[] {
  return w.entries(node, path).map((table) => {
    const fields = new Map(w.entries(table.value, table.path, ['mask']).map((e) => [e.key, e]));
    const mask: CopiedTable['mask'] = {};
    const maskField = fields.get('mask');
    for (const column of maskField ? w.entries(maskField.value, maskField.path) : []) {
      const rule = readMaskRule(w, column.value, column.path);
      if (rule) mask[column.key] = rule;
    }
    return { name: table.key, mask };
  });
}

function readChecks(w: Walker, node: Node | null, path: string): DatasetConfig['checks'] {
  const checks: DatasetConfig['checks'] = { sql: [], http: [] };
  for (const kind of w.entries(node, path, ['sql', 'http'])) {
    if (!isSeq(kind.value)) {
      w.problems.add(kind.value, kind.path, `expected a list, got ${describeNode(kind.value)}`);
      continue;
    }
    (kind.value.items as Node[]).forEach((item, i) => {
      const at = `${kind.path}[${i}]`;
      const fields = new Map(
        w.entries(item, at, kind.key === 'sql' ? ['name', 'query'] : ['name', 'url', 'status']).map((e) => [e.key, e]),
      );
      const name = fields.get('name') ? w.text(fields.get('name')!.value, `${at}.name`) : undefined;
      if (!fields.get('name'))
        w.problems.add(item, `${at}.name`, 'missing: name the check (it names the JUnit test case)');
      if (kind.key === 'sql') {
        const query = fields.get('query') ? w.text(fields.get('query')!.value, `${at}.query`) : undefined;
        if (!fields.get('query'))
          w.problems.add(item, `${at}.query`, 'missing: a query whose first value is true when the check passes');
        if (name && query) checks.sql.push({ name, query } satisfies SqlCheck);
      } else {
        const url = fields.get('url') ? w.text(fields.get('url')!.value, `${at}.url`) : undefined;
        if (!fields.get('url')) w.problems.add(item, `${at}.url`, 'missing: the URL to GET');
        const status = fields.get('status') ? w.number(fields.get('status')!.value, `${at}.status`, true) : undefined;
        const range = status === undefined ? { min: 200, max: 399 } : { min: status, max: status };
        if (name && url) checks.http.push({ name, url, status: range } satisfies HttpProbe);
      }
    });
  }
  return checks;
}

function readDataset(w: Walker, entry: Entry): DatasetConfig {
  const fields = new Map(w.entries(entry.value, entry.path, DATASET_KEYS).map((e) => [e.key, e]));
  const versionField = fields.get('version');
  if (!versionField)
    w.problems.add(
      entry.keyNode,
      `${entry.path}.version`,
      'missing: version the data set (e.g. version: v1) so a change is recorded',
    );
  const ephemeralField = fields.get('ephemeral');
  const ephemeral = ephemeralField ? w.scalar(ephemeralField.value) : true;
  if (typeof ephemeral !== 'boolean')
    w.problems.add(ephemeralField?.value, ephemeralField?.path, 'expected true or false');
  const tables = fields.get('tables');
  const copy = fields.get('copy');
  if (!tables && !copy)
    w.problems.add(entry.keyNode, entry.path, 'give tables (generated rows) or copy (tables copied from source-url)');
  return {
    name: entry.key,
    version: (versionField && w.text(versionField.value, versionField.path)) ?? 'v0',
    ephemeral: ephemeral !== false,
    tables: tables ? readTables(w, tables.value, tables.path) : [],
    copy: copy ? readCopy(w, copy.value, copy.path) : [],
    checks: fields.get('checks')
      ? readChecks(w, fields.get('checks')!.value, fields.get('checks')!.path)
      : { sql: [], http: [] },
  };
}

/** Parses datasets.yml text; throws PipelineConfigInvalidError listing every problem with key and line. */
export function parseDatasets(text: string, file: string): DatasetsFile {
  const { document, problems } = parseYamlWithProblems(text, file);
  if (problems.errors.length > 0) throw new PipelineConfigInvalidError(file, problems.errors);
  const w = new Walker(problems);
  const top = new Map(w.entries(document.contents as Node | null, '', TOP_KEYS).map((e) => [e.key, e]));
  const seedField = top.get('seed');
  const seed = seedField ? (w.text(seedField.value, 'seed') ?? '1') : '1';
  const dateField = top.get('reference-date');
  const dateText = dateField ? String(w.scalar(dateField.value)) : DEFAULT_REFERENCE_DATE;
  const referenceMs = Date.parse(`${dateText.slice(0, 10)}T00:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(dateText) || Number.isNaN(referenceMs)) {
    problems.add(
      dateField?.value,
      'reference-date',
      `expected a day such as ${DEFAULT_REFERENCE_DATE}, got ${describeNode(dateField?.value)}`,
    );
  }
  const datasetsField = top.get('datasets');
  if (!datasetsField)
    problems.add(
      document.contents as Node | null,
      'datasets',
      'missing: add datasets: with at least one named data set',
    );
  const datasets = datasetsField
    ? w.entries(datasetsField.value, 'datasets').map((entry) => readDataset(w, entry))
    : [];
  const errors = problems.errors.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
  if (errors.length > 0) throw new PipelineConfigInvalidError(file, errors);
  return { file, seed, referenceMs, datasets };
}

export async function loadDatasets(file: string): Promise<DatasetsFile> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw describeFileSystemError(error, 'Reading the datasets file (input "datasets")');
  }
  return parseDatasets(text, file);
}
