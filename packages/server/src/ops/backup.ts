import { rename, rm } from 'node:fs/promises';
import { sql } from 'drizzle-orm';
import type { Database, Tx } from '../db/client.js';
import type { FileStore } from '../files/store.js';
import {
  BACKUP_FORMAT,
  BACKUP_VERSION,
  BackupWriter,
  FILE_CHUNK_BYTES,
  type BackupManifest,
  type ProgressReporter,
} from './backup-format.js';
import {
  appliedMigrations,
  foreignKeySafeOrder,
  listForeignKeys,
  listTables,
  quoteIdent,
  readSequences,
  rowsOf,
  schemaHash,
  type TableInfo,
} from './catalog.js';
import { OpsError } from './ops-error.js';

const ROWS_PER_FETCH = 500;

export interface BackupSource {
  database: Database;
  files: FileStore;
}

/**
 * Writes the whole database and file store into one portable file. The database is read in one
 * repeatable-read snapshot, row by row through a cursor; files are listed after the snapshot is taken, so
 * every file a backed-up row points at is in the backup. The file appears under its name only when complete.
 */
export async function backupInstallation(
  source: BackupSource,
  file: string,
  onProgress: ProgressReporter = () => undefined,
): Promise<BackupManifest> {
  const partial = `${file}.partial`;
  const writer = new BackupWriter(partial);
  try {
    const manifest = await source.database.db.transaction(
      async (tx) => {
        const migrations = await appliedMigrations(tx);
        if (migrations.length === 0) {
          throw new OpsError('The database has no migrations applied; there is nothing to back up. Run "collegium migrate" first.');
        }
        const tables = await listTables(tx);
        const { order } = foreignKeySafeOrder(
          tables.map((t) => t.name),
          await listForeignKeys(tx),
        );
        const byName = new Map(tables.map((t) => [t.name, t]));
        const counts = new Map<string, number>();
        for (const name of order) {
          const [row] = await rowsOf<{ n: number }>(tx, sql.raw(`select count(*)::int as n from public.${quoteIdent(name)}`));
          counts.set(name, row!.n);
        }
        const fileAddresses: string[] = [];
        for await (const address of source.files.list()) fileAddresses.push(address);

        const manifest: BackupManifest = {
          format: BACKUP_FORMAT,
          version: BACKUP_VERSION,
          createdAt: new Date().toISOString(),
          engine: source.database.kind,
          migrations,
          schemaHash: schemaHash(tables),
          tables: order.map((name) => ({ name, rows: counts.get(name)! })),
          files: { count: fileAddresses.length },
        };
        await writer.record({ kind: 'manifest', ...manifest });
        await writeFiles(writer, source.files, fileAddresses, onProgress);

        const totalRows = manifest.tables.reduce((sum, t) => sum + t.rows, 0);
        let doneRows = 0;
        for (const name of order) {
          const before = doneRows;
          doneRows += await writeTable(writer, tx, byName.get(name)!, counts.get(name)!, (n) =>
            onProgress('rows', before + n, totalRows),
          );
        }
        await writer.record({ kind: 'sequences', values: await readSequences(tx) });
        await writer.record({ kind: 'end', rows: totalRows, files: fileAddresses.length });
        return manifest;
      },
      { isolationLevel: 'repeatable read', accessMode: 'read only' },
    );
    await writer.finish();
    await rename(partial, file);
    return manifest;
  } catch (error) {
    writer.destroy();
    await rm(partial, { force: true });
    throw error;
  }
}

async function writeFiles(
  writer: BackupWriter,
  files: FileStore,
  addresses: readonly string[],
  onProgress: ProgressReporter,
): Promise<void> {
  let done = 0;
  for (const sha256 of addresses) {
    await writer.record({ kind: 'file', sha256 });
    let size = 0;
    let carry: Buffer = Buffer.alloc(0);
    for await (const chunk of (await files.open(sha256)) as AsyncIterable<Buffer>) {
      carry = carry.length === 0 ? chunk : Buffer.concat([carry, chunk]);
      while (carry.length >= FILE_CHUNK_BYTES) {
        await writer.line(JSON.stringify(carry.subarray(0, FILE_CHUNK_BYTES).toString('base64')));
        size += FILE_CHUNK_BYTES;
        carry = carry.subarray(FILE_CHUNK_BYTES);
      }
    }
    if (carry.length > 0) {
      await writer.line(JSON.stringify(carry.toString('base64')));
      size += carry.length;
    }
    await writer.record({ kind: 'file-end', size });
    onProgress('files', ++done, addresses.length);
  }
}

/** Streams one table through a cursor, in primary-key order so two backups of equal data compare equal. */
async function writeTable(
  writer: BackupWriter,
  tx: Tx,
  table: TableInfo,
  expectedRows: number,
  onRows: (done: number) => void,
): Promise<number> {
  await writer.record({ kind: 'table', name: table.name, columns: table.columns.map((c) => c.name), rows: expectedRows });
  const select = table.columns
    .map((c) => (c.isJson ? `${quoteIdent(c.name)}::text as ${quoteIdent(c.name)}` : quoteIdent(c.name)))
    .join(', ');
  const orderBy = table.primaryKey.length > 0 ? ` order by ${table.primaryKey.map(quoteIdent).join(', ')}` : '';
  await tx.execute(
    sql.raw(
      `declare collegium_backup no scroll cursor for
       select row_to_json(r)::text as line from (select ${select} from public.${quoteIdent(table.name)}${orderBy}) r`,
    ),
  );
  let written = 0;
  for (;;) {
    const batch = await rowsOf<{ line: string }>(tx, sql.raw(`fetch forward ${ROWS_PER_FETCH} from collegium_backup`));
    if (batch.length === 0) break;
    for (const row of batch) await writer.line(row.line);
    written += batch.length;
    onRows(written);
  }
  await tx.execute(sql.raw('close collegium_backup'));
  if (written !== expectedRows) {
    throw new OpsError(`Table ${table.name} changed while it was read (${expectedRows} rows counted, ${written} read).`);
  }
  return written;
}
