import { fileURLToPath } from 'node:url';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import type { PgliteDatabase } from 'drizzle-orm/pglite';
import type { NodePgDatabase } from 'drizzle-orm/node-postgres';
import type { Database } from './client.js';

export const migrationsFolder = fileURLToPath(new URL('../../migrations', import.meta.url));

/** Applies every pending migration; the same set runs on PGlite and PostgreSQL. */
export async function migrateDatabase(database: Database): Promise<void> {
  // Serialise concurrent starts of several instances against one server.
  if (database.kind === 'postgres') {
    await database.withAdvisoryLock(4242001, () =>
      migratePg(database.db as unknown as NodePgDatabase, { migrationsFolder }),
    );
    return;
  }
  await migratePglite(database.db as unknown as PgliteDatabase, { migrationsFolder });
}
