// What the database says about the dataset's tables: columns and foreign keys, from pg_catalog.
import type { Client } from 'pg';

export interface ColumnInfo {
  name: string;
  type: string;
  notNull: boolean;
  hasDefault: boolean;
}

export interface ForeignKey {
  table: string;
  columns: string[];
  parent: string;
  parentColumns: string[];
}

/** The table's name as the catalog prints it (schema-qualified only outside the search path), or undefined. */
export async function resolveTable(client: Client, name: string): Promise<string | undefined> {
  const { rows } = await client.query<{ name: string | null }>('SELECT to_regclass($1)::text AS name', [name]);
  return rows[0]?.name ?? undefined;
}

export async function readColumns(client: Client, table: string): Promise<ColumnInfo[]> {
  const { rows } = await client.query<ColumnInfo>(
    `SELECT a.attname AS name, format_type(a.atttypid, a.atttypmod) AS type, a.attnotnull AS "notNull",
            (a.atthasdef OR a.attidentity <> '' OR a.attgenerated <> '') AS "hasDefault"
       FROM pg_attribute a
      WHERE a.attrelid = $1::regclass AND a.attnum > 0 AND NOT a.attisdropped
      ORDER BY a.attnum`,
    [table],
  );
  return rows;
}

/** Foreign keys declared on `tables`, each with its columns in key order. */
export async function readForeignKeys(client: Client, tables: string[]): Promise<ForeignKey[]> {
  if (tables.length === 0) return [];
  const { rows } = await client.query<{ table: string; parent: string; columns: string[]; parent_columns: string[] }>(
    `SELECT c.conrelid::regclass::text AS table, c.confrelid::regclass::text AS parent,
            array_agg(a.attname::text ORDER BY k.n) AS columns, array_agg(af.attname::text ORDER BY k.n) AS parent_columns
       FROM pg_constraint c
       CROSS JOIN LATERAL unnest(c.conkey, c.confkey) WITH ORDINALITY AS k(attnum, fattnum, n)
       JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.attnum
       JOIN pg_attribute af ON af.attrelid = c.confrelid AND af.attnum = k.fattnum
      WHERE c.contype = 'f' AND c.conrelid = ANY($1::regclass[])
      GROUP BY c.oid, c.conrelid, c.confrelid
      ORDER BY c.conrelid::regclass::text, c.oid`,
    [tables],
  );
  return rows.map((r) => ({ table: r.table, parent: r.parent, columns: r.columns, parentColumns: r.parent_columns }));
}

/** Parents before children; ties keep the given order. Returns the cycle's tables when there is one. */
export function dependencyOrder(tables: string[], keys: ForeignKey[]): { order: string[] } | { cycle: string[] } {
  const inSet = new Set(tables);
  const parents = new Map(tables.map((t) => [t, new Set<string>()]));
  for (const key of keys)
    if (inSet.has(key.parent) && key.parent !== key.table) parents.get(key.table)!.add(key.parent);
  const order: string[] = [];
  const done = new Set<string>();
  while (order.length < tables.length) {
    const next = tables.find((t) => !done.has(t) && [...parents.get(t)!].every((p) => done.has(p)));
    if (!next) return { cycle: tables.filter((t) => !done.has(t)) };
    order.push(next);
    done.add(next);
  }
  return { order };
}
