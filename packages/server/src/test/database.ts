import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { PGlite } from '@electric-sql/pglite';
import { inject } from 'vitest';
import { openPglite, openPostgres, pgliteExtensions, type Database } from '../db/client.js';
import { withDatabase } from './global-setup.js';

/**
 * The migrated image, loaded once per worker; each database is a clone of it (copying the loaded engine's
 * memory takes about half the time of loading the image again).
 */
let template: Promise<PGlite> | undefined;

/** A fresh, migrated database of the engine this run tests, private to the caller. */
export async function freshDatabase(): Promise<Database> {
  return (await freshDatabaseWithUrl()).database;
}

/**
 * A fresh database and, on PostgreSQL, its URL, so a test can open more handles on it (several server
 * instances on one database). PGlite lives in this process only: `url` is undefined, share `database`.
 */
export async function freshDatabaseWithUrl(): Promise<{ database: Database; url: string | undefined }> {
  const setup = inject('database');
  if (setup.kind === 'pglite') {
    template ??= readFile(setup.image).then((image) => PGlite.create({ loadDataDir: new Blob([image]), extensions: pgliteExtensions }));
    const client = (await (await template).clone()) as PGlite;
    return { database: await openPglite(undefined, client), url: undefined };
  }
  const name = `t_${randomUUID().replaceAll('-', '')}`;
  const admin = await openPostgres(setup.adminUrl, 1);
  await admin.exec(`create database ${name} template collegium_template`);
  await admin.close();
  const url = withDatabase(setup.adminUrl, name);
  const database = await openPostgres(url, 5);
  return {
    url,
    database: {
      ...database,
      url,
      async close() {
        await database.close();
        const cleanup = await openPostgres(setup.adminUrl, 1);
        await cleanup.exec(`drop database if exists ${name} with (force)`);
        await cleanup.close();
      },
    } as Database,
  };
}

/** The engine this run tests, for the rare test that must tell them apart. */
export const testDatabaseKind = () => inject('database').kind;

/** A second handle on the same PostgreSQL database (for multi-instance tests); PGlite has none. */
export function postgresUrlOf(database: Database): string | undefined {
  return (database as Database & { url?: string }).url;
}
