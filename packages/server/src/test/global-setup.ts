import { mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { openPglite, openPostgres } from '../db/client.js';
import { migrateDatabase } from '../db/migrate.js';
import { startPostgres } from './postgres-server.js';

/**
 * Prepares one migrated database image per run: a PGlite data-directory dump for the embedded engine,
 * or a template database on a PostgreSQL 15 server the harness starts. Test files copy it.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const kind = process.env.COLLEGIUM_TEST_DB ?? 'pglite';
  const workDir = path.join(os.tmpdir(), `collegium-test-${process.pid}`);
  await mkdir(workDir, { recursive: true });
  project.provide('workDir', workDir);

  if (kind === 'postgres') {
    const server = process.env.COLLEGIUM_TEST_PG_URL ? null : await startPostgres(path.join(workDir, 'pg'));
    const adminUrl = process.env.COLLEGIUM_TEST_PG_URL ?? server!.url;
    const admin = await openPostgres(adminUrl, 1);
    await admin.exec('drop database if exists collegium_template');
    await admin.exec('create database collegium_template');
    await admin.close();
    const template = await openPostgres(withDatabase(adminUrl, 'collegium_template'), 3);
    await migrateDatabase(template);
    await template.close();
    project.provide('database', { kind: 'postgres', adminUrl });
    return async () => {
      await server?.stop();
    };
  }

  const pglite = await openPglite(undefined);
  await migrateDatabase(pglite);
  const dump = await pglite.pglite!.dumpDataDir('none');
  const image = path.join(workDir, 'pglite-image.tar');
  await writeFile(image, Buffer.from(await dump.arrayBuffer()));
  await pglite.close();
  project.provide('database', { kind: 'pglite', image });
  return async () => undefined;
}

export function withDatabase(url: string, name: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${name}`;
  return parsed.toString();
}

declare module 'vitest' {
  export interface ProvidedContext {
    workDir: string;
    database: { kind: 'pglite'; image: string } | { kind: 'postgres'; adminUrl: string };
  }
}
