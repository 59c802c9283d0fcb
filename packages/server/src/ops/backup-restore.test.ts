import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEvents } from '../db/schema/index.js';
import { verifyAuditChain } from '../lib/audit.js';
import { buildUser } from '../test/factories.js';
import { createTestApp, type TestApp } from '../test/harness.js';
import { populateInstallation, snapshotFiles, snapshotTables } from '../test/installation-fixtures.js';
import { backupInstallation } from './backup.js';
import type { BackupRecord } from './backup-format.js';
import { foreignKeySafeOrder, type ForeignKey } from './catalog.js';
import { restoreInstallation } from './restore.js';

let dir: string;
let source: TestApp;
let backupFile: string;

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'collegium-backup-'));
  source = await createTestApp();
  await populateInstallation(source);
  backupFile = path.join(dir, 'source.collegium-backup.gz');
  await backupInstallation(installation(source), backupFile);
});
afterAll(() => rm(dir, { recursive: true, force: true }));

const installation = (app: TestApp) => ({ database: app.database, files: app.deps.files });

const readRecords = async (file: string) =>
  gunzipSync(await readFile(file))
    .toString('utf8')
    .trimEnd()
    .split('\n');

describe('backup', () => {
  it('starts with a manifest naming the format, migrations, schema, row counts and file count', async () => {
    const [first] = await readRecords(backupFile);
    const manifest = JSON.parse(first!) as Extract<BackupRecord, { kind: 'manifest' }>;
    expect(manifest).toMatchObject({ kind: 'manifest', format: 'collegium-backup', version: 1, engine: source.database.kind });
    expect(manifest.migrations.length).toBeGreaterThan(0);
    expect(manifest.schemaHash).toMatch(/^[0-9a-f]{64}$/);
    expect(manifest.files.count).toBe(2);
    const rows = Object.fromEntries(manifest.tables.map((t) => [t.name, t.rows]));
    expect(rows).toMatchObject({ organizations: 2, bodies: 2, persons: 1, memberships: 1, settings: 3, files: 2 });
    expect(rows.audit_events).toBeGreaterThanOrEqual(2);
    // Referenced tables come before the tables that reference them.
    const order = manifest.tables.map((t) => t.name);
    expect(order.indexOf('users')).toBeLessThan(order.indexOf('persons'));
    expect(order.indexOf('organizations')).toBeLessThan(order.indexOf('bodies'));
    expect(order.indexOf('persons')).toBeLessThan(order.indexOf('memberships'));
  });

  it('ends with an end record, and leaves no partial file when it fails', async () => {
    const lines = await readRecords(backupFile);
    expect(JSON.parse(lines.at(-1)!)).toMatchObject({ kind: 'end', files: 2 });
    const missing = path.join(dir, 'no-such-dir', 'backup.gz');
    await expect(backupInstallation(installation(source), missing)).rejects.toThrow();
  });
});

describe('restore', () => {
  it('round-trips every row of every table and every file', async () => {
    const target = await createTestApp();
    const report = await restoreInstallation(installation(target), backupFile);
    expect(report.audit.ok).toBe(true);
    expect(report.files).toBe(2);
    expect(await snapshotTables(target.database)).toEqual(await snapshotTables(source.database));
    expect(await snapshotFiles(target.deps.files)).toEqual(await snapshotFiles(source.deps.files));

    // Sequences continue after the restored rows: a new audit event chains on and verifies.
    const [{ maxId } = { maxId: 0 }] = await target.database.db.select({ maxId: sql<number>`max(${auditEvents.id})::int` }).from(auditEvents);
    await buildUser(target);
    const [{ newest } = { newest: 0 }] = await target.database.db.select({ newest: sql<number>`max(${auditEvents.id})::int` }).from(auditEvents);
    expect(newest).toBe(maxId + 1);
    expect((await verifyAuditChain(target.database.db)).ok).toBe(true);
  });

  it('refuses a database that holds data, and empties it first with force', async () => {
    const target = await createTestApp();
    await buildUser(target, { email: 'already-here@example.test' });
    await expect(restoreInstallation(installation(target), backupFile)).rejects.toThrow(/already holds data \(in .*users.*\).*--force/);

    const report = await restoreInstallation(installation(target), backupFile, { force: true });
    expect(report.audit.ok).toBe(true);
    expect(await snapshotTables(target.database)).toEqual(await snapshotTables(source.database));
  });

  it('refuses a backup made at another migration state', async () => {
    const lines = await readRecords(backupFile);
    const manifest = JSON.parse(lines[0]!) as Extract<BackupRecord, { kind: 'manifest' }>;
    manifest.migrations = [...manifest.migrations, { hash: 'f'.repeat(64), createdAt: String(Date.UTC(2030, 0, 1)) }];
    const altered = path.join(dir, 'other-migrations.gz');
    await writeFile(altered, gzipSync([JSON.stringify(manifest), ...lines.slice(1)].join('\n') + '\n'));
    const target = await createTestApp();
    await expect(restoreInstallation(installation(target), altered)).rejects.toThrow(/different migration state \(2 migrations|different migration state/);
    expect((await snapshotTables(target.database)).users).toEqual([]);
  });

  it('refuses a file that is not a backup, and a truncated backup, leaving the database empty', async () => {
    const target = await createTestApp();
    const notBackup = path.join(dir, 'not-a-backup.txt');
    await writeFile(notBackup, 'hello');
    await expect(restoreInstallation(installation(target), notBackup)).rejects.toThrow(/not a Collegium backup/);

    const lines = await readRecords(backupFile);
    const truncated = path.join(dir, 'truncated.gz');
    await writeFile(truncated, gzipSync(lines.slice(0, -3).join('\n') + '\n'));
    await expect(restoreInstallation(installation(target), truncated)).rejects.toThrow(/ends early|incomplete/);
    expect((await snapshotTables(target.database)).users).toEqual([]);
  });
});

describe('foreign-key-safe order', () => {
  const fk = (table: string, references: string): ForeignKey => ({ name: `${table}_${references}_fk`, table, references, definition: '' });

  it('puts referenced tables first and defers self-references and cycles', () => {
    const { order, deferred } = foreignKeySafeOrder(
      ['memberships', 'persons', 'users', 'organizations', 'a', 'b'],
      [fk('memberships', 'persons'), fk('persons', 'users'), fk('organizations', 'organizations'), fk('a', 'b'), fk('b', 'a')],
    );
    expect(order.indexOf('users')).toBeLessThan(order.indexOf('persons'));
    expect(order.indexOf('persons')).toBeLessThan(order.indexOf('memberships'));
    expect(order).toHaveLength(6);
    expect(deferred.map((d) => d.name).sort()).toEqual(['a_b_fk', 'organizations_organizations_fk']);
  });
});
