import { mkdir } from 'node:fs/promises';
import type { Config } from '../config.js';
import { openDatabase, type Database } from '../db/client.js';
import { migrateDatabase } from '../db/migrate.js';

/** Opens the configured database and applies pending migrations. */
export async function openMigrated(config: Config, say: (message: string) => void = () => undefined): Promise<Database> {
  if (!config.databaseUrl) await mkdir(config.dataDir, { recursive: true });
  say(config.databaseUrl ? 'Connecting to PostgreSQL…' : `Opening the embedded database in ${config.dataDir}…`);
  const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.databaseUrl ? undefined : `${config.dataDir}/db` });
  say('Applying migrations…');
  await migrateDatabase(database);
  return database;
}
