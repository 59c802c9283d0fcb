// The fallback load path of the directory benchmark: multi-row INSERTs straight into the tables, with the
// server stopped (an embedded database has one user at a time). It skips validation and the audit trail,
// so its time is a floor, not the import a person would run; the benchmark says which path it used.
import path from 'node:path';
import { openDatabase } from '../../packages/server/dist/db/client.js';
import { migrateDatabase } from '../../packages/server/dist/db/migrate.js';

const ROWS_PER_INSERT = 500;

/**
 * @param {import('../../packages/server/dist/db/client.js').Database} database
 * @param {string} table
 * @param {string[]} columns
 * @param {unknown[][]} rows
 */
async function insertAll(database, table, columns, rows) {
  for (let start = 0; start < rows.length; start += ROWS_PER_INSERT) {
    const batch = rows.slice(start, start + ROWS_PER_INSERT);
    const tuples = batch.map((_, r) => `(${columns.map((_, c) => `$${r * columns.length + c + 1}`).join(', ')})`);
    await database.query(`insert into ${table} (${columns.join(', ')}) values ${tuples.join(', ')}`, batch.flat());
  }
}

/** @param {{ env: Record<string, string>, dataDir: string }} database */
async function open(database) {
  const db = await openDatabase(database.env.DATABASE_URL ? { databaseUrl: database.env.DATABASE_URL } : { dataDir: path.join(database.dataDir, 'db') });
  await migrateDatabase(db);
  return db;
}

/** @param {import('./directory-data.mjs').GeneratedMembership} m @param {(id: string) => string | undefined} person @param {(id: string) => string | undefined} body @param {(id: string) => string | undefined} organization */
const membershipRow = (m, person, body, organization) => [m.id, organization(m.bodyId), body(m.bodyId), person(m.personId), m.role, m.representsId && organization(m.representsId), m.votingRight, m.substituteId && person(m.substituteId), m.startDate, m.endDate];
const membershipColumns = ['id', 'organization_id', 'body_id', 'person_id', 'role', 'represents_id', 'voting_right', 'substitute_id', 'start_date', 'end_date'];

/**
 * After the importer took the first `from` membership rows: the people it has not created and the rest of
 * the memberships, matched to the imported rows by slug and e-mail address. Returns milliseconds.
 * @param {{ env: Record<string, string>, dataDir: string }} database
 * @param {import('./directory-data.mjs').DirectoryData} data
 * @param {number} from
 */
export async function bulkLoadRemainder(database, data, from) {
  const db = await open(database);
  try {
    const started = performance.now();
    const idsBy = async (/** @type {string} */ sqlText) => new Map((await db.query(sqlText)).map((r) => [String(r.key), String(r.id)]));
    const organizationBySlug = await idsBy('select slug as key, id from organizations');
    const bodyBySlug = await idsBy('select slug as key, id from bodies');
    const personByEmail = await idsBy('select lower(email) as key, id from persons');
    const organizationSlug = new Map(data.organizations.map((o) => [o.id, o.slug]));
    const missing = data.persons.filter((p) => !personByEmail.has(p.email.toLowerCase()));
    await insertAll(db, 'persons', ['id', 'organization_id', 'given_name', 'family_name', 'title', 'email'], missing.map((p) => [p.id, organizationBySlug.get(organizationSlug.get(p.organizationId) ?? ''), p.givenName, p.familyName, p.title, p.email]));
    for (const p of missing) personByEmail.set(p.email.toLowerCase(), p.id);
    const bodyById = new Map(data.bodies.map((b) => [b.id, b]));
    const emailOf = new Map(data.persons.map((p) => [p.id, p.email.toLowerCase()]));
    const rows = data.memberships.slice(from).map((m) =>
      membershipRow(
        m,
        (id) => personByEmail.get(emailOf.get(id) ?? ''),
        (id) => bodyBySlug.get(bodyById.get(id)?.slug ?? ''),
        (id) => organizationBySlug.get(organizationSlug.get(bodyById.get(id)?.organizationId ?? id) ?? ''),
      ),
    );
    await insertAll(db, 'memberships', membershipColumns, rows);
    await db.exec('analyze');
    return performance.now() - started;
  } finally {
    await db.close();
  }
}

/**
 * Loads the data set and returns the time of each step in milliseconds.
 * @param {{ env: Record<string, string>, dataDir: string }} database where the server will run
 * @param {import('./directory-data.mjs').DirectoryData} data
 */
export async function bulkLoad(database, data) {
  const db = await open(database);
  try {
    /** @type {Record<string, number>} */
    const steps = {};
    /** @param {string} name @param {() => Promise<void>} step */
    const timed = async (name, step) => {
      const started = performance.now();
      await step();
      steps[name] = performance.now() - started;
    };
    await timed('organizations', () =>
      insertAll(db, 'organizations', ['id', 'parent_id', 'kind', 'name', 'short_name', 'slug'], data.organizations.map((o) => [o.id, o.parentId, o.kind, o.name, o.shortName, o.slug])),
    );
    await timed('bodies', () =>
      insertAll(db, 'bodies', ['id', 'organization_id', 'parent_id', 'kind', 'name', 'slug', 'is_public'], data.bodies.map((b) => [b.id, b.organizationId, b.parentId, b.kind, b.name, b.slug, b.isPublic])),
    );
    await timed('persons', () =>
      insertAll(db, 'persons', ['id', 'organization_id', 'given_name', 'family_name', 'title', 'email'], data.persons.map((p) => [p.id, p.organizationId, p.givenName, p.familyName, p.title, p.email])),
    );
    const bodyOrganization = new Map(data.bodies.map((b) => [b.id, b.organizationId]));
    await timed('memberships', () =>
      insertAll(db, 'memberships', membershipColumns, data.memberships.map((m) => membershipRow(m, (id) => id, (id) => id, (id) => bodyOrganization.get(id) ?? id))),
    );
    // What autovacuum would do minutes after a real import: the planner sees the new row counts.
    await db.exec('analyze');
    return steps;
  } finally {
    await db.close();
  }
}
