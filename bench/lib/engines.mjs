// The two database engines a benchmark runs on. PGlite: a fresh DATA_DIR per database. PostgreSQL: one
// throw-away PostgreSQL 15 server for the whole run (the same starter the test harness uses), one
// database per scenario.
import path from 'node:path';
import { chmod, rm } from 'node:fs/promises';
import { openPostgres } from '../../packages/server/dist/db/client.js';
import { startPostgres } from '../../packages/server/dist/db/postgres-server.js';
import { tempDir } from '../../scripts/lib/server.mjs';

/**
 * @typedef {{ env: Record<string, string>, dataDir: string, drop(): Promise<void> }} BenchDatabase
 * @typedef {{ name: 'pglite' | 'postgres', label: string, createDatabase(tag: string): Promise<BenchDatabase>, close(): Promise<void> }} Engine
 */

/** @returns {Promise<Engine>} */
export async function pgliteEngine() {
  return {
    name: 'pglite',
    label: 'PGlite (embedded)',
    async createDatabase(tag) {
      const dataDir = await tempDir(`bench-${tag}`);
      return { env: {}, dataDir, drop: () => rm(dataDir, { recursive: true, force: true }) };
    },
    async close() {},
  };
}

/** @returns {Promise<Engine>} */
export async function postgresEngine() {
  const workDir = await tempDir('bench-pg');
  // The server runs as the postgres user (when we are root), which must be able to reach its data folder.
  await chmod(workDir, 0o755);
  const server = await startPostgres(path.join(workDir, 'pg'));
  let counter = 0;
  /** @param {string} sql */
  const admin = async (sql) => {
    const database = await openPostgres(server.url, 1);
    try {
      await database.exec(sql);
    } finally {
      await database.close();
    }
  };
  return {
    name: 'postgres',
    label: 'PostgreSQL 15',
    async createDatabase(tag) {
      const name = `bench_${tag.replace(/\W/g, '_')}_${++counter}`;
      await admin(`create database ${name}`);
      const url = new URL(server.url);
      url.pathname = `/${name}`;
      const dataDir = await tempDir(`bench-${tag}`);
      return {
        env: { DATABASE_URL: url.toString() },
        dataDir,
        async drop() {
          await admin(`drop database if exists ${name} with (force)`);
          await rm(dataDir, { recursive: true, force: true });
        },
      };
    },
    async close() {
      await server.stop();
      await rm(workDir, { recursive: true, force: true });
    },
  };
}

/**
 * The engines named by --db=pglite,postgres (both by default).
 * @param {string[]} argv
 * @returns {Array<'pglite' | 'postgres'>}
 */
export function selectedEngines(argv) {
  const flag = argv.find((a) => a.startsWith('--db='));
  const names = flag ? flag.slice(5).split(',') : ['pglite', 'postgres'];
  for (const name of names) if (name !== 'pglite' && name !== 'postgres') throw new Error(`--db: unknown engine "${name}" (pglite or postgres)`);
  return /** @type {Array<'pglite' | 'postgres'>} */ (names);
}

/**
 * @param {'pglite' | 'postgres'} name
 * @returns {Promise<Engine>}
 */
export function openEngine(name) {
  return name === 'pglite' ? pgliteEngine() : postgresEngine();
}
