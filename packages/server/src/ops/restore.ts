import { once } from 'node:events';
import { PassThrough } from 'node:stream';
import { sql } from 'drizzle-orm';
import type { Database, Tx } from '../db/client.js';
import type { FileStore } from '../files/store.js';
import { verifyAuditChain, type AuditVerification } from '../lib/audit.js';
import {
  BACKUP_FORMAT,
  BACKUP_VERSION,
  readBackupLines,
  type BackupManifest,
  type BackupRecord,
  type ProgressReporter,
} from './backup-format.js';
import {
  appliedMigrations,
  foreignKeySafeOrder,
  listForeignKeys,
  listTables,
  nonEmptyTables,
  quoteIdent,
  resetSequences,
  schemaHash,
  type TableInfo,
} from './catalog.js';
import { OpsError } from './ops-error.js';

/** rows per INSERT, and an upper bound on the JSON text sent with one */
const BATCH_ROWS = 500;
const BATCH_CHARS = 4 * 1024 * 1024;

export interface RestoreTarget {
  database: Database;
  files: FileStore;
}

export interface RestoreReport {
  manifest: BackupManifest;
  rows: number;
  files: number;
  audit: AuditVerification;
}

/**
 * Restores a backup into an installation migrated to the same schema. It refuses a database that holds
 * data unless `force` is given, in which case every table is emptied in the same transaction that loads
 * the backup. Files are written first (content-addressed, so harmless if the load then fails); all rows
 * load in one transaction, so a failed restore leaves the database as it was.
 */
export async function restoreInstallation(
  target: RestoreTarget,
  file: string,
  options: { force?: boolean } = {},
  onProgress: ProgressReporter = () => undefined,
): Promise<RestoreReport> {
  const lines = readBackupLines(file)[Symbol.asyncIterator]();
  try {
    const manifest = await readManifest(lines, file);
    const { db } = target.database;
    const tables = await listTables(db);
    await checkSameSchema(db, manifest, tables);
    const occupied = await nonEmptyTables(db, tables);
    if (occupied.length > 0 && !options.force) {
      throw new OpsError(
        `The database already holds data (in ${occupied.join(', ')}). Restore into an empty, migrated installation, ` +
          'or add --force to delete everything in it first.',
      );
    }

    const reader = new RecordReader(lines);
    const files = await restoreFiles(reader, target.files, manifest.files.count, onProgress);
    const totalRows = manifest.tables.reduce((sum, t) => sum + t.rows, 0);
    const rows = await db.transaction(async (tx) => {
      if (occupied.length > 0) {
        await tx.execute(sql.raw(`truncate table ${tables.map((t) => `public.${quoteIdent(t.name)}`).join(', ')} restart identity cascade`));
      }
      return loadTables(tx, reader, tables, totalRows, onProgress);
    });
    const audit = await verifyAuditChain(db, (checked) => onProgress('audit', checked, checked));
    return { manifest, rows, files, audit };
  } finally {
    await lines.return?.(undefined);
  }
}

async function readManifest(lines: AsyncIterator<string>, file: string): Promise<BackupManifest> {
  let first: IteratorResult<string>;
  try {
    first = await lines.next();
  } catch {
    throw new OpsError(`${file} is not a Collegium backup (it is not gzip-compressed).`);
  }
  let record: BackupRecord | undefined;
  try {
    record = first.done ? undefined : (JSON.parse(first.value) as BackupRecord);
  } catch {
    record = undefined;
  }
  if (record?.kind !== 'manifest' || record.format !== BACKUP_FORMAT) {
    throw new OpsError(`${file} is not a Collegium backup (it has no manifest).`);
  }
  if (record.version > BACKUP_VERSION) {
    throw new OpsError(`${file} has backup format version ${record.version}; this Collegium reads up to version ${BACKUP_VERSION}.`);
  }
  const { kind: _kind, ...manifest } = record;
  return manifest;
}

async function checkSameSchema(db: Tx, manifest: BackupManifest, tables: TableInfo[]): Promise<void> {
  const applied = await appliedMigrations(db);
  const ours = applied.map((m) => m.hash);
  const theirs = manifest.migrations.map((m) => m.hash);
  if (ours.length === 0) {
    throw new OpsError('This database has no migrations applied. Run "collegium migrate" first, then restore.');
  }
  if (ours.join() !== theirs.join()) {
    throw new OpsError(
      `The backup was made at a different migration state (${theirs.length} migrations, the last applied ` +
        `${describeMigration(manifest.migrations.at(-1))}) than this installation has (${ours.length}, the last ` +
        `${describeMigration(applied.at(-1))}). Restore with the Collegium version that made the backup, then upgrade.`,
    );
  }
  if (schemaHash(tables) !== manifest.schemaHash) {
    throw new OpsError('The tables of this database differ from those in the backup although the migrations match; was the schema changed by hand?');
  }
}

function describeMigration(migration: { createdAt: string } | undefined): string {
  return migration ? `at ${new Date(Number(migration.createdAt)).toISOString()}` : 'none';
}

/** Reads records and raw lines of a backup in order, naming what it expected when the file ends early. */
class RecordReader {
  constructor(private readonly lines: AsyncIterator<string>) {}
  private peeked: string | undefined;

  async line(expected: string): Promise<string> {
    if (this.peeked !== undefined) {
      const line = this.peeked;
      this.peeked = undefined;
      return line;
    }
    const next = await this.lines.next();
    if (next.done) throw new OpsError(`The backup ends early (expected ${expected}); it is incomplete.`);
    return next.value;
  }

  async record(expected: string): Promise<BackupRecord> {
    return this.parse(await this.line(expected), expected);
  }

  parse(line: string, expected: string): BackupRecord {
    try {
      return JSON.parse(line) as BackupRecord;
    } catch {
      throw new OpsError(`The backup is damaged (expected ${expected}).`);
    }
  }

  unread(line: string): void {
    this.peeked = line;
  }
}

async function restoreFiles(reader: RecordReader, files: FileStore, expected: number, onProgress: ProgressReporter): Promise<number> {
  let restored = 0;
  for (;;) {
    const line = await reader.line('a file or a table');
    const record = reader.parse(line, 'a file or a table');
    if (record.kind !== 'file') {
      reader.unread(line);
      break;
    }
    const pass = new PassThrough();
    const stored = files.put(pass, { maxBytes: Number.MAX_SAFE_INTEGER });
    stored.catch(() => undefined);
    let size = 0;
    for (;;) {
      const chunk = await reader.line(`the content of file ${record.sha256}`);
      if (!chunk.startsWith('"')) {
        const end = reader.parse(chunk, `the end of file ${record.sha256}`);
        if (end.kind !== 'file-end' || end.size !== size) throw new OpsError(`The file ${record.sha256} in the backup is incomplete.`);
        break;
      }
      const bytes = Buffer.from(JSON.parse(chunk) as string, 'base64');
      size += bytes.length;
      if (!pass.write(bytes)) await Promise.race([once(pass, 'drain'), stored]);
    }
    pass.end();
    const result = await stored;
    if (result.sha256 !== record.sha256) {
      throw new OpsError(`The file ${record.sha256} in the backup is damaged: its content has the address ${result.sha256}.`);
    }
    onProgress('files', ++restored, expected);
  }
  if (restored !== expected) throw new OpsError(`The backup announces ${expected} files but holds ${restored}.`);
  return restored;
}

async function loadTables(
  tx: Tx,
  reader: RecordReader,
  tables: TableInfo[],
  totalRows: number,
  onProgress: ProgressReporter,
): Promise<number> {
  const byName = new Map(tables.map((t) => [t.name, t]));
  // Constraints no table order satisfies (self-references, cycles) are checked once everything is loaded.
  const { deferred } = foreignKeySafeOrder(
    tables.map((t) => t.name),
    await listForeignKeys(tx),
  );
  for (const fk of deferred) {
    await tx.execute(sql.raw(`alter table public.${quoteIdent(fk.table)} drop constraint ${quoteIdent(fk.name)}`));
  }
  let loaded = 0;
  for (;;) {
    const record = await reader.record('a table, the sequences or the end');
    if (record.kind === 'table') {
      const table = byName.get(record.name);
      if (!table || table.columns.map((c) => c.name).join() !== record.columns.join()) {
        throw new OpsError(`The table ${record.name} in the backup does not match this database.`);
      }
      const before = loaded;
      loaded += await loadTable(tx, reader, table, record.rows, (n) => onProgress('rows', before + n, totalRows));
    } else if (record.kind === 'sequences') {
      await resetSequences(tx, record.values);
    } else if (record.kind === 'end') {
      if (record.rows !== loaded) throw new OpsError(`The backup announces ${record.rows} rows but holds ${loaded}.`);
      break;
    } else {
      throw new OpsError(`The backup is damaged: an unexpected ${record.kind} record among the tables.`);
    }
  }
  for (const fk of deferred) {
    await tx.execute(sql.raw(`alter table public.${quoteIdent(fk.table)} add constraint ${quoteIdent(fk.name)} ${fk.definition}`));
  }
  return loaded;
}

async function loadTable(
  tx: Tx,
  reader: RecordReader,
  table: TableInfo,
  rows: number,
  onRows: (done: number) => void,
): Promise<number> {
  const columns = table.columns.map((c) => quoteIdent(c.name)).join(', ');
  const values = table.columns.map((c) => `r.${quoteIdent(c.name)}${c.isJson ? `::${c.type}` : ''}`).join(', ');
  const shape = table.columns.map((c) => `${quoteIdent(c.name)} ${c.isJson ? 'text' : c.type}`).join(', ');
  const insert = (batch: string[]) =>
    tx.execute(
      sql`${sql.raw(`insert into public.${quoteIdent(table.name)} (${columns}) overriding system value select ${values} from json_to_recordset(`)}${`[${batch.join(',')}]`}${sql.raw(`::json) as r(${shape})`)}`,
    );
  let batch: string[] = [];
  let chars = 0;
  let done = 0;
  for (let i = 0; i < rows; i++) {
    const line = await reader.line(`row ${i + 1} of ${rows} of ${table.name}`);
    batch.push(line);
    chars += line.length;
    if (batch.length >= BATCH_ROWS || chars >= BATCH_CHARS) {
      await insert(batch);
      done += batch.length;
      onRows(done);
      batch = [];
      chars = 0;
    }
  }
  if (batch.length > 0) {
    await insert(batch);
    done += batch.length;
    onRows(done);
  }
  return done;
}
