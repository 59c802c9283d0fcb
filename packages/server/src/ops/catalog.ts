import { sql, type SQL } from 'drizzle-orm';
import type { Tx } from '../db/client.js';
import { sha256Hex } from '../lib/crypto.js';

/**
 * What backup and restore learn about the installation from PostgreSQL's own catalog, so tables added by
 * later modules are included without a hand-kept list. Everything here runs on PGlite and PostgreSQL alike.
 */

export interface TableColumn {
  name: string;
  /** the column type as PostgreSQL writes it, for example `timestamp with time zone` */
  type: string;
  /** json and jsonb travel as text, so a JSON `null` value survives apart from SQL NULL */
  isJson: boolean;
}

export interface TableInfo {
  name: string;
  /** stored columns in declaration order; generated columns are recomputed and left out */
  columns: TableColumn[];
  primaryKey: string[];
}

export interface ForeignKey {
  name: string;
  table: string;
  references: string;
  /** the constraint as `pg_get_constraintdef` writes it, to re-create it */
  definition: string;
}

export interface MigrationState {
  hash: string;
  createdAt: string;
}

export async function rowsOf<T>(db: Tx, query: SQL): Promise<T[]> {
  const result = (await db.execute(query)) as unknown as { rows: T[] };
  return result.rows;
}

export const quoteIdent = (name: string) => `"${name.replaceAll('"', '""')}"`;

/** Ordinary and partitioned tables of the public schema (partitions are reached through their parent). */
export async function listTables(db: Tx): Promise<TableInfo[]> {
  const columns = await rowsOf<{ table_name: string; column_name: string; type: string }>(
    db,
    sql`select c.relname as table_name, a.attname as column_name, format_type(a.atttypid, a.atttypmod) as type
        from pg_class c
        join pg_namespace n on n.oid = c.relnamespace
        join pg_attribute a on a.attrelid = c.oid and a.attnum > 0 and not a.attisdropped and a.attgenerated = ''
        where n.nspname = 'public' and c.relkind in ('r', 'p') and not c.relispartition
        order by c.relname, a.attnum`,
  );
  const keys = await rowsOf<{ table_name: string; column_name: string }>(
    db,
    sql`select c.relname as table_name, a.attname as column_name
        from pg_index i
        join pg_class c on c.oid = i.indrelid
        join pg_namespace n on n.oid = c.relnamespace
        cross join lateral unnest(i.indkey) with ordinality as k(attnum, position)
        join pg_attribute a on a.attrelid = c.oid and a.attnum = k.attnum
        where n.nspname = 'public' and i.indisprimary
        order by c.relname, k.position`,
  );
  const tables = new Map<string, TableInfo>();
  for (const row of columns) {
    let table = tables.get(row.table_name);
    if (!table) {
      table = { name: row.table_name, columns: [], primaryKey: [] };
      tables.set(row.table_name, table);
    }
    table.columns.push({ name: row.column_name, type: row.type, isJson: row.type === 'json' || row.type === 'jsonb' });
  }
  for (const row of keys) tables.get(row.table_name)?.primaryKey.push(row.column_name);
  return [...tables.values()];
}

export async function listForeignKeys(db: Tx): Promise<ForeignKey[]> {
  return rowsOf<ForeignKey>(
    db,
    sql`select con.conname as name, c.relname as table, r.relname as references,
               pg_get_constraintdef(con.oid) as definition
        from pg_constraint con
        join pg_class c on c.oid = con.conrelid
        join pg_namespace n on n.oid = c.relnamespace
        join pg_class r on r.oid = con.confrelid
        where con.contype = 'f' and n.nspname = 'public'
        order by c.relname, con.conname`,
  );
}

/**
 * Orders tables so every referenced table comes before the tables that reference it. References that no
 * order can satisfy — a table referring to itself (a parent organisation), or a cycle — are returned as
 * `deferred`: restore drops those constraints while loading and re-creates (and so re-checks) them after.
 */
export function foreignKeySafeOrder(
  tableNames: readonly string[],
  foreignKeys: readonly ForeignKey[],
): { order: string[]; deferred: ForeignKey[] } {
  const remaining = new Set(tableNames);
  const deferred: ForeignKey[] = foreignKeys.filter((fk) => fk.table === fk.references);
  let edges = foreignKeys.filter((fk) => fk.table !== fk.references && remaining.has(fk.table) && remaining.has(fk.references));
  const order: string[] = [];
  while (remaining.size > 0) {
    const blocked = new Set(edges.filter((fk) => remaining.has(fk.references)).map((fk) => fk.table));
    const ready = [...remaining].filter((name) => !blocked.has(name)).sort();
    if (ready.length > 0) {
      for (const name of ready) {
        order.push(name);
        remaining.delete(name);
      }
      continue;
    }
    // A cycle: load the alphabetically first table of it now and check its outstanding references later.
    const [breaker] = [...remaining].sort();
    deferred.push(...edges.filter((fk) => fk.table === breaker && remaining.has(fk.references)));
    edges = edges.filter((fk) => fk.table !== breaker);
    order.push(breaker!);
    remaining.delete(breaker!);
  }
  return { order, deferred };
}

/** The migrations Drizzle recorded as applied, oldest first; empty when the database was never migrated. */
export async function appliedMigrations(db: Tx): Promise<MigrationState[]> {
  const [exists] = await rowsOf<{ present: boolean }>(
    db,
    sql`select to_regclass('drizzle.__drizzle_migrations') is not null as present`,
  );
  if (!exists?.present) return [];
  return rowsOf<MigrationState>(
    db,
    sql`select hash, created_at::text as "createdAt" from drizzle.__drizzle_migrations order by created_at, id`,
  );
}

/** A fingerprint of the tables and their columns; equal on two databases built by the same migrations. */
export function schemaHash(tables: readonly TableInfo[]): string {
  const lines = [...tables]
    .sort((a, b) => (a.name < b.name ? -1 : 1))
    .map((t) => `${t.name}(${t.columns.map((c) => `${c.name} ${c.type}`).join(', ')}) pk(${t.primaryKey.join(', ')})`);
  return sha256Hex(lines.join('\n'));
}

export interface SequenceValue {
  name: string;
  lastValue: string;
  isCalled: boolean;
}

export async function readSequences(db: Tx): Promise<SequenceValue[]> {
  const names = await rowsOf<{ name: string }>(
    db,
    sql`select c.relname as name from pg_class c join pg_namespace n on n.oid = c.relnamespace
        where n.nspname = 'public' and c.relkind = 'S' order by c.relname`,
  );
  const values: SequenceValue[] = [];
  for (const { name } of names) {
    const [row] = await rowsOf<{ last_value: string; is_called: boolean }>(
      db,
      sql.raw(`select last_value::text as last_value, is_called from public.${quoteIdent(name)}`),
    );
    values.push({ name, lastValue: row!.last_value, isCalled: row!.is_called });
  }
  return values;
}

/**
 * Sets each sequence to the value it had in the backup, then makes sure no sequence that feeds a column
 * (serial, bigserial, identity) would hand out a value already present in that column.
 */
export async function resetSequences(db: Tx, recorded: readonly SequenceValue[]): Promise<void> {
  for (const seq of recorded) {
    await db.execute(sql`select setval(${`public.${quoteIdent(seq.name)}`}::regclass, ${seq.lastValue}::bigint, ${seq.isCalled})`);
  }
  const owned = await rowsOf<{ table_name: string; column_name: string; seq: string }>(
    db,
    sql`select * from (
          select c.relname as table_name, a.attname as column_name,
                 pg_get_serial_sequence(format('%I.%I', n.nspname, c.relname), a.attname) as seq
          from pg_class c
          join pg_namespace n on n.oid = c.relnamespace
          join pg_attribute a on a.attrelid = c.oid and a.attnum > 0 and not a.attisdropped
          where n.nspname = 'public' and c.relkind in ('r', 'p') and not c.relispartition
        ) s where seq is not null`,
  );
  for (const { table_name, column_name, seq } of owned) {
    const column = quoteIdent(column_name);
    await db.execute(
      sql.raw(
        `select setval('${seq.replaceAll("'", "''")}', m.top, true) from (select max(${column}) as top from public.${quoteIdent(table_name)}) m
         where m.top is not null and m.top >= (select case when is_called then last_value + 1 else last_value end from ${seq})`,
      ),
    );
  }
}

/** Tables holding at least one row. */
export async function nonEmptyTables(db: Tx, tables: readonly TableInfo[]): Promise<string[]> {
  const found: string[] = [];
  for (const table of tables) {
    const [row] = await rowsOf<{ present: boolean }>(
      db,
      sql.raw(`select exists (select 1 from public.${quoteIdent(table.name)}) as present`),
    );
    if (row?.present) found.push(table.name);
  }
  return found;
}
