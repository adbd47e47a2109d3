// The keys of one testpipe.yml map, located, and the one way a field's value is read.
import { isScalar, type Node, type YAMLMap } from 'yaml';
import { closest, describeNode, type YamlProblems } from './yaml-problems.js';

export interface Field {
  keyNode: Node;
  value: Node | null;
  /** Path used in messages, e.g. "defaults.timeout" or "suites[1].timeout". */
  path: string;
}
export type Fields = Map<string, Field>;

/** The pairs of a map, keyed by name; unknown and non-text keys are reported. */
export function fieldsOf(map: YAMLMap, path: string, known: readonly string[], problems: YamlProblems): Fields {
  const fields: Fields = new Map();
  for (const pair of map.items) {
    const keyNode = pair.key as Node;
    const name = isScalar(keyNode) ? keyNode.value : undefined;
    if (typeof name !== 'string') {
      problems.add(keyNode, path || undefined, `keys must be text, got ${describeNode(keyNode)}`);
      continue;
    }
    const fieldPath = path ? `${path}.${name}` : name;
    if (!known.includes(name)) {
      const guess = closest(name, known);
      const hint = guess ? `did you mean "${guess}"?` : `known keys: ${known.join(', ')}`;
      problems.add(keyNode, fieldPath, `unknown key; ${hint}`);
      continue;
    }
    fields.set(name, { keyNode, value: (pair.value as Node | null) ?? null, path: fieldPath });
  }
  return fields;
}

/** Reads one field with `reader`, reporting a missing value at the key. */
export function read<T>(
  fields: Fields,
  name: string,
  reader: (node: Node | null, key: string, problems: YamlProblems) => T | undefined,
  problems: YamlProblems,
): T | undefined {
  const field = fields.get(name);
  if (!field) return undefined;
  if (field.value === null || (isScalar(field.value) && field.value.value === null)) {
    problems.add(field.keyNode, field.path, 'has no value; give one or remove the key');
    return undefined;
  }
  return reader(field.value, field.path, problems);
}
