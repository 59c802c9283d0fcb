import { createReadStream, createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { StringDecoder } from 'node:string_decoder';
import { createGunzip, createGzip } from 'node:zlib';
import type { MigrationState, SequenceValue } from './catalog.js';

/**
 * A backup is one gzip-compressed stream of lines (docs/decisions/0003-backup-format.md):
 *
 *   {"kind":"manifest", ...}                                    what, when, from which schema, how much
 *   {"kind":"file","sha256":"…"}  "base64…" … {"kind":"file-end","size":n}   each stored file, in chunks
 *   {"kind":"table","name":"…","columns":[…],"rows":n}  then n lines, each a row as PostgreSQL's row_to_json wrote it
 *   {"kind":"sequences","values":[…]}
 *   {"kind":"end","rows":n,"files":n}                           a backup without it is incomplete
 */

export const BACKUP_FORMAT = 'collegium-backup';
export const BACKUP_VERSION = 1;
/** bytes of file content per chunk line (base64 makes a line a third longer) */
export const FILE_CHUNK_BYTES = 512 * 1024;

export interface BackupManifest {
  format: typeof BACKUP_FORMAT;
  version: number;
  createdAt: string;
  engine: 'pglite' | 'postgres';
  /** the Drizzle migrations applied to the database, oldest first */
  migrations: MigrationState[];
  /** fingerprint of the tables and columns (catalog.ts schemaHash) */
  schemaHash: string;
  /** in the order they are stored, which is foreign-key safe */
  tables: { name: string; rows: number }[];
  files: { count: number };
}

export type BackupRecord =
  | ({ kind: 'manifest' } & BackupManifest)
  | { kind: 'file'; sha256: string }
  | { kind: 'file-end'; size: number }
  | { kind: 'table'; name: string; columns: string[]; rows: number }
  | { kind: 'sequences'; values: SequenceValue[] }
  | { kind: 'end'; rows: number; files: number };

/** Reports long work: which phase, how far, out of how much. */
export type ProgressReporter = (phase: 'files' | 'rows' | 'audit', done: number, total: number) => void;

/** Writes lines into a gzip file, waiting whenever the disk is slower than the database. */
export class BackupWriter {
  private readonly gzip = createGzip();
  private readonly out;
  private failure: Error | undefined;

  constructor(file: string) {
    this.out = createWriteStream(file);
    this.gzip.pipe(this.out);
    const fail = (error: Error) => {
      this.failure ??= error;
    };
    this.gzip.on('error', fail);
    this.out.on('error', fail);
  }

  async record(record: BackupRecord): Promise<void> {
    await this.line(JSON.stringify(record));
  }

  async line(text: string): Promise<void> {
    if (this.failure) throw this.failure;
    if (!this.gzip.write(`${text}\n`)) await once(this.gzip, 'drain');
  }

  async finish(): Promise<void> {
    if (this.failure) throw this.failure;
    const closed = once(this.out, 'close');
    this.gzip.end();
    await closed;
    if (this.failure) throw this.failure;
  }

  destroy(): void {
    this.gzip.destroy();
    this.out.destroy();
  }
}

/** The lines of a backup file, decompressed on the fly; a damaged or truncated file rejects. */
export async function* readBackupLines(file: string): AsyncGenerator<string> {
  const gunzip = createGunzip();
  const input = createReadStream(file);
  input.on('error', (error) => gunzip.destroy(error));
  input.pipe(gunzip);
  const decoder = new StringDecoder('utf8');
  let pending = '';
  for await (const chunk of gunzip as AsyncIterable<Buffer>) {
    // Search only the new text: a file chunk line spans many decompressed chunks.
    let searchFrom = pending.length;
    pending += decoder.write(chunk);
    let newline = pending.indexOf('\n', searchFrom);
    while (newline >= 0) {
      yield pending.slice(0, newline);
      pending = pending.slice(newline + 1);
      searchFrom = 0;
      newline = pending.indexOf('\n', searchFrom);
    }
  }
  pending += decoder.end();
  if (pending.length > 0) yield pending;
}
