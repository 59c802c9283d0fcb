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

/**
 * Opens the configured database. An embedded database can have one user at a time: while the server runs
 * on it (PGlite keeps postmaster.pid in its folder), another command must not open it.
 */
function open(config: Config, options: { exclusive: boolean }): Promise<Database> {
  if (!config.databaseUrl && options.exclusive && existsSync(path.join(embeddedDir(config), 'postmaster.pid'))) {
    throw new OpsError(
      `The embedded database in ${embeddedDir(config)} is in use by a running Collegium server; stop it first. ` +
        '(If no server runs, it was not shut down cleanly: delete postmaster.pid in that folder.)',
    );
  }
  return openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.databaseUrl ? undefined : embeddedDir(config) });
}

/** Opens the configured database and applies pending migrations (the server opens it with exclusive: false). */
export async function openMigrated(
  config: Config,
  say: (message: string) => void = () => undefined,
  options: { exclusive: boolean } = { exclusive: true },
): Promise<Database> {
  if (!config.databaseUrl) await mkdir(config.dataDir, { recursive: true });
  say(config.databaseUrl ? 'Connecting to PostgreSQL…' : `Opening the embedded database in ${config.dataDir}…`);
  const database = await open(config, options);
  say('Applying migrations…');
  await migrateDatabase(database);
  return database;
}

/** Opens an installation that must already exist, changing nothing (for backup and verification). */
export async function openExisting(config: Config): Promise<Database> {
  if (!config.databaseUrl && !existsSync(path.join(embeddedDir(config), 'PG_VERSION'))) {
    throw new OpsError(`There is no Collegium database in ${config.dataDir} (DATA_DIR). Start the server or run "collegium migrate" first.`);
  }
  const database = await open(config, { exclusive: true });
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
