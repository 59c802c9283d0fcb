import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPglite, type Database } from '../db/client.js';
import { migrateDatabase } from '../db/migrate.js';
import { testDatabaseKind } from '../test/database.js';
import { createTestApp, type TestApp } from '../test/harness.js';
import { populateInstallation, snapshotFiles, snapshotTables } from '../test/installation-fixtures.js';
import { backupInstallation } from './backup.js';
import { restoreInstallation } from './restore.js';

/** An embedded database next to the PostgreSQL server of the run, migrated by the same migrations. */
async function migratedPglite(): Promise<Database> {
  const database = await openPglite(undefined);
  await migrateDatabase(database);
  return database;
}

const installation = (app: TestApp) => ({ database: app.database, files: app.deps.files });

// Only the PostgreSQL run has both engines at hand. Migrating a new PGlite takes a while on a busy machine.
describe.runIf(testDatabaseKind() === 'postgres')('backup and restore across engines', () => {
  let dir: string;
  const embedded: Database[] = [];
  const embeddedApps: TestApp[] = [];
  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'collegium-cross-'));
  });
  afterAll(async () => {
    // The apps first: closing one stops listening on its database.
    for (const app of embeddedApps) await app.close();
    for (const database of embedded) await database.close();
    await rm(dir, { recursive: true, force: true });
  });
  const pgliteApp = async () => {
    const database = await migratedPglite();
    embedded.push(database);
    const app = await createTestApp({ database });
    embeddedApps.push(app);
    return app;
  };

  it('restores a PGlite backup into PostgreSQL', async () => {
    const source = await pgliteApp();
    await populateInstallation(source);
    const file = path.join(dir, 'from-pglite.gz');
    const manifest = await backupInstallation(installation(source), file);
    expect(manifest.engine).toBe('pglite');

    const target = await createTestApp();
    expect(target.database.kind).toBe('postgres');
    const report = await restoreInstallation(installation(target), file);
    expect(report.audit).toMatchObject({ ok: true });
    expect(await snapshotTables(target.database)).toEqual(await snapshotTables(source.database));
    expect(await snapshotFiles(target.deps.files)).toEqual(await snapshotFiles(source.deps.files));
  }, 120_000);

  it('restores a PostgreSQL backup into PGlite', async () => {
    const source = await createTestApp();
    await populateInstallation(source);
    const file = path.join(dir, 'from-postgres.gz');
    const manifest = await backupInstallation(installation(source), file);
    expect(manifest.engine).toBe('postgres');

    const target = await pgliteApp();
    const report = await restoreInstallation(installation(target), file);
    expect(report.audit).toMatchObject({ ok: true });
    expect(await snapshotTables(target.database)).toEqual(await snapshotTables(source.database));
    expect(await snapshotFiles(target.deps.files)).toEqual(await snapshotFiles(source.deps.files));
  }, 120_000);
});
