// The importer path of the directory benchmark: the data set written as CSV files and imported with
// `collegium import <dataset> <file>` (the CLI an administrator runs; each step's time includes opening
// the database), organisations, bodies and memberships in that order.
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { runCli } from '../../scripts/lib/server.mjs';

/** @param {unknown} value */
const cell = (value) => {
  const text = value === null || value === undefined ? '' : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

/** @param {string[]} columns @param {unknown[][]} rows */
const csv = (columns, rows) => `${[columns, ...rows].map((row) => row.map(cell).join(',')).join('\r\n')}\r\n`;

/**
 * The three import files; memberships only up to `membershipRows`.
 * @param {import('./directory-data.mjs').DirectoryData} data
 * @param {number} membershipRows
 */
export function directoryCsv(data, membershipRows) {
  const organizationSlug = new Map(data.organizations.map((o) => [o.id, o.slug]));
  const bodySlug = new Map(data.bodies.map((b) => [b.id, b.slug]));
  const person = new Map(data.persons.map((p) => [p.id, p]));
  return {
    organizations: csv(['slug', 'name', 'kind', 'parent_slug'], data.organizations.map((o) => [o.slug, o.name, o.kind, o.parentId && organizationSlug.get(o.parentId)])),
    bodies: csv(['slug', 'name', 'kind', 'organization_slug', 'parent_slug', 'is_public'], data.bodies.map((b) => [b.slug, b.name, b.kind, organizationSlug.get(b.organizationId), b.parentId && bodySlug.get(b.parentId), b.isPublic])),
    memberships: csv(
      ['body_slug', 'given_name', 'family_name', 'title', 'email', 'role', 'represents_slug', 'voting_right', 'substitute', 'start_date', 'end_date'],
      data.memberships.slice(0, membershipRows).map((m) => {
        const p = /** @type {import('./directory-data.mjs').GeneratedPerson} */ (person.get(m.personId));
        return [bodySlug.get(m.bodyId), p.givenName, p.familyName, p.title, p.email, m.role, m.representsId && organizationSlug.get(m.representsId), m.votingRight, m.substituteId && person.get(m.substituteId)?.email, m.startDate, m.endDate];
      }),
    ),
  };
}

/**
 * Imports the files through the CLI, timing each dataset; throws with the CLI's report when one fails.
 * @param {import('./engines.mjs').BenchDatabase} database
 * @param {import('./directory-data.mjs').DirectoryData} data
 * @param {number} membershipRows
 */
export async function importThroughCli(database, data, membershipRows) {
  const files = directoryCsv(data, membershipRows);
  const env = { ...database.env, DATA_DIR: database.dataDir, LOG_LEVEL: 'warn' };
  // What every CLI run spends opening the database (a second `migrate`, which has nothing to do), so the
  // importer's own rate can be told apart.
  let cliStartMs = 0;
  for (let run = 0; run < 2; run++) {
    const openedAt = performance.now();
    const migrated = await runCli(['migrate'], env);
    if (migrated.code !== 0) throw new Error(`collegium migrate failed (exit ${migrated.code}):\n${migrated.output}`);
    cliStartMs = performance.now() - openedAt;
  }
  /** @type {Record<string, number>} */
  const stepsMs = {};
  for (const dataset of /** @type {const} */ (['organizations', 'bodies', 'memberships'])) {
    const file = path.join(database.dataDir, `${dataset}.csv`);
    await writeFile(file, files[dataset]);
    const started = performance.now();
    const result = await runCli(['import', dataset, file], env);
    stepsMs[dataset] = performance.now() - started;
    if (result.code !== 0) throw new Error(`collegium import ${dataset} failed (exit ${result.code}):\n${result.output.trim().split('\n').slice(-20).join('\n')}`);
    console.log(`    imported ${dataset} in ${(stepsMs[dataset] / 1000).toFixed(1)} s`);
  }
  return { stepsMs, cliStartMs };
}
