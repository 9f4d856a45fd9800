import { existsSync } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type pg from 'pg';

/** Indexes dropped for a load and not yet rebuilt: kept on disk so a load stopped half-way can still restore them. */
export const PENDING_INDEXES_FILE = join(import.meta.dirname, '..', '..', '..', '..', '.data', 'bench-pending-indexes.json');

/** A constraint or index of the loaded tables, with the statement that recreates it. */
export interface Definition {
  drop: string;
  create: string;
  foreignKey: boolean;
}

/**
 * Drops the indexes and keys of the given tables (and foreign keys pointing at them), returning how to recreate
 * them: a bulk load into bare tables and one index build each is several times faster than index upkeep per row.
 */
export async function dropIndexes(client: pg.Client, tables: readonly string[]): Promise<Definition[]> {
  const constraints = await client.query<{ name: string; table: string; def: string; type: string }>(
    `select conname as name, conrelid::regclass::text as table, pg_get_constraintdef(oid) as def, contype as type from pg_constraint
     where (conrelid = any($1::regclass[]) and contype in ('p', 'u', 'f')) or (confrelid = any($1::regclass[]) and contype = 'f')`,
    [tables],
  );
  const indexes = await client.query<{ name: string; def: string }>(
    `select indexname as name, indexdef as def from pg_indexes where tablename = any($1) and schemaname = current_schema()
     and indexname not in (select conname from pg_constraint where contype in ('p', 'u'))`,
    [tables],
  );
  const definitions: Definition[] = [
    ...constraints.rows
      .sort((a, b) => Number(b.type === 'f') - Number(a.type === 'f'))
      .map((row) => ({
        drop: `alter table ${row.table} drop constraint "${row.name}"`,
        create: `alter table ${row.table} add constraint "${row.name}" ${row.def}`,
        foreignKey: row.type === 'f',
      })),
    ...indexes.rows.map((row) => ({ drop: `drop index "${row.name}"`, create: row.def, foreignKey: false })),
  ];
  const merged = [...(await pendingIndexes()), ...definitions].filter((definition, index, all) => all.findIndex((other) => other.create === definition.create) === index);
  await mkdir(dirname(PENDING_INDEXES_FILE), { recursive: true });
  await writeFile(PENDING_INDEXES_FILE, JSON.stringify(merged, null, 2));
  for (const definition of definitions) await client.query(definition.drop);
  return merged;
}

/** Recreates what `dropIndexes` dropped: keys and indexes first, then the foreign keys that need them. */
export async function recreateIndexes(client: pg.Client, definitions: readonly Definition[], onEach: (statement: string, ms: number) => void): Promise<void> {
  const ordered = [...definitions.filter((definition) => !definition.foreignKey), ...definitions.filter((definition) => definition.foreignKey)];
  for (const definition of ordered) {
    const started = performance.now();
    await client.query(definition.create);
    onEach(definition.create, performance.now() - started);
  }
  await rm(PENDING_INDEXES_FILE, { force: true });
}

/** What an earlier, interrupted load dropped and did not rebuild. */
export async function pendingIndexes(): Promise<Definition[]> {
  return existsSync(PENDING_INDEXES_FILE) ? (JSON.parse(await readFile(PENDING_INDEXES_FILE, 'utf8')) as Definition[]) : [];
}
