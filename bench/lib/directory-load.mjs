// How the directory benchmark fills the database: through the directory importer (`collegium import`,
// what an administrator runs) when this build has it, otherwise by the bulk loader. With
// --import-memberships=N the importer takes only the first N membership rows and the bulk loader the rest,
// so a slow importer can be measured on a fraction; the result says which path took which rows.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from '../../scripts/lib/server.mjs';
import { bulkLoad, bulkLoadRemainder } from './directory-bulk-load.mjs';
import { importThroughCli } from './directory-import.mjs';

/** @typedef {'auto' | 'importer' | 'bulk'} LoadPath */
export const loadPaths = ['auto', 'importer', 'bulk'];

const importerBuilt = () => existsSync(path.join(repoRoot, 'packages/server/dist/cli/directory-transfer.js'));

/**
 * @typedef {object} LoadResult
 * @property {'importer' | 'bulk loader'} path
 * @property {Record<string, number>} stepsMs organizations, bodies, persons (bulk only), memberships; remainder when split
 * @property {number} importedMemberships membership rows that went through the importer
 * @property {number} [cliStartMs] what one CLI run spends before importing (`collegium migrate` on the same database)
 * @property {string} [note]
 */

/**
 * @param {import('./engines.mjs').BenchDatabase} database
 * @param {import('./directory-data.mjs').DirectoryData} data
 * @param {{ path: LoadPath, importMemberships: number }} options
 * @returns {Promise<LoadResult>}
 */
export async function loadDirectory(database, data, options) {
  const useImporter = options.path === 'importer' || (options.path === 'auto' && importerBuilt());
  if (!useImporter) {
    return { path: 'bulk loader', stepsMs: await bulkLoad(database, data), importedMemberships: 0, note: options.path === 'auto' ? 'no importer in this build' : undefined };
  }
  if (!importerBuilt()) throw new Error('this build has no directory importer (collegium import); use --load=bulk');
  const rows = Math.min(options.importMemberships, data.memberships.length);
  const { stepsMs, cliStartMs } = await importThroughCli(database, data, rows);
  if (rows === data.memberships.length) return { path: 'importer', stepsMs, importedMemberships: rows, cliStartMs };
  stepsMs.remainder = await bulkLoadRemainder(database, data, rows);
  return {
    path: 'importer',
    stepsMs,
    importedMemberships: rows,
    cliStartMs,
    note: `memberships: the importer took the first ${rows.toLocaleString('en')} rows, the bulk loader the other ${(data.memberships.length - rows).toLocaleString('en')}`,
  };
}
