import { count } from 'drizzle-orm';
import type { InstallationRole } from '@collegium/shared/domain/roles';
import type { Ctx } from '../context.js';
import { auditEvents, bodies, memberships, organizations, persons } from '../db/schema/index.js';
import { buildUser } from './factories.js';
import type { TestApp } from './harness.js';

/** A service context acting as a (new) user with the given installation role. */
export async function userCtx(app: TestApp, role: InstallationRole = 'administrator', user?: { id: string; email: string }): Promise<Ctx> {
  const who = user ?? (await buildUser(app, { role }));
  return {
    deps: app.deps,
    db: app.deps.database.db,
    actor: { kind: 'user', userId: who.id, email: who.email, displayName: 'Importer', role, via: 'session' },
    origin: {},
  };
}

/** How many rows the directory tables and the audit trail hold, to show that nothing was written. */
export async function directoryCounts(app: TestApp) {
  const db = app.database.db;
  const [[o], [b], [p], [m], [a]] = await Promise.all([
    db.select({ n: count() }).from(organizations),
    db.select({ n: count() }).from(bodies),
    db.select({ n: count() }).from(persons),
    db.select({ n: count() }).from(memberships),
    db.select({ n: count() }).from(auditEvents),
  ]);
  return { organizations: o!.n, bodies: b!.n, persons: p!.n, memberships: m!.n, audit: a!.n };
}

/** A CSV file from a header and rows (no quoting needed by the tests that use it). */
export const csvFile = (rows: string[][], delimiter = ',', bom = false) =>
  Buffer.from(`${bom ? '\uFEFF' : ''}${rows.map((row) => row.join(delimiter)).join('\r\n')}\r\n`);
