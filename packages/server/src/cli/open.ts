import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { buildApp, type App } from '../app.js';
import type { Config } from '../config.js';
import { openDatabase, type Database } from '../db/client.js';
import { migrateDatabase } from '../db/migrate.js';
import { LocalFileStore, type FileStore } from '../files/store.js';
import { appliedMigrations } from '../ops/catalog.js';
import { OpsError } from '../ops/ops-error.js';

const embeddedDir = (config: Config) => path.join(config.dataDir, 'db');

function open(config: Config): Promise<Database> {
  return openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.databaseUrl ? undefined : embeddedDir(config) });
}

/** Opens the configured database and applies pending migrations. */
export async function openMigrated(config: Config, say: (message: string) => void = () => undefined): Promise<Database> {
  if (!config.databaseUrl) await mkdir(config.dataDir, { recursive: true });
  say(config.databaseUrl ? 'Connecting to PostgreSQL…' : `Opening the embedded database in ${config.dataDir}…`);
  const database = await open(config);
  say('Applying migrations…');
  await migrateDatabase(database);
  return database;
}

/** Opens an installation that must already exist, changing nothing (for backup and verification). */
export async function openExisting(config: Config): Promise<Database> {
  if (!config.databaseUrl && !existsSync(path.join(embeddedDir(config), 'PG_VERSION'))) {
    throw new OpsError(`There is no Collegium database in ${config.dataDir} (DATA_DIR). Start the server or run "collegium migrate" first.`);
  }
  const database = await open(config);
  if ((await appliedMigrations(database.db)).length === 0) {
    await database.close();
    throw new OpsError('The database has not been set up yet (no migrations applied). Run "collegium migrate" first.');
  }
  return database;
}

/** The file store of the installation, as the server sees it. */
export function openFileStore(config: Config): FileStore {
  return new LocalFileStore(path.join(config.dataDir, 'files'), config.files.maxUploadBytes);
}

/** The application without HTTP listening, web app or job runner, for commands that call services. */
export async function openApp(config: Config, database: Database): Promise<App> {
  return buildApp({ config, database, serveWeb: false, runJobs: false, logger: { level: 'warn' } });
}
