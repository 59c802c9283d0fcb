import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { PGlite } from '@electric-sql/pglite';
import { inject } from 'vitest';
import { openPglite, openPostgres, type Database } from '../db/client.js';
import { withDatabase } from './global-setup.js';

/** A fresh, migrated database of the engine this run tests, private to the caller. */
export async function freshDatabase(): Promise<Database> {
  const setup = inject('database');
  if (setup.kind === 'pglite') {
    const image = await readFile(setup.image);
    const client = await PGlite.create({ loadDataDir: new Blob([image]) });
    return openPglite(undefined, client);
  }
  const name = `t_${randomUUID().replaceAll('-', '')}`;
  const admin = await openPostgres(setup.adminUrl, 1);
  await admin.exec(`create database ${name} template collegium_template`);
  await admin.close();
  const database = await openPostgres(withDatabase(setup.adminUrl, name), 5);
  return {
    ...database,
    async close() {
      await database.close();
      const cleanup = await openPostgres(setup.adminUrl, 1);
      await cleanup.exec(`drop database if exists ${name} with (force)`);
      await cleanup.close();
    },
  };
}

/** The engine this run tests, for the rare test that must tell them apart. */
export const testDatabaseKind = () => inject('database').kind;

/** A second handle on the same PostgreSQL database (for multi-instance tests); PGlite has none. */
export function postgresUrlOf(database: Database): string | undefined {
  return (database as Database & { url?: string }).url;
}
