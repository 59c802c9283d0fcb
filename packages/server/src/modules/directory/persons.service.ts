import { and, asc, count, eq, type SQL } from 'drizzle-orm';
import type {
  Person,
  PersonAccount,
  PersonInput,
  PersonList,
  PersonListQuery,
  PersonPatch,
  PersonSaved,
} from '@collegium/shared/contracts/directory';
import { inTransaction, type Ctx } from '../../context.js';
import { organizations, persons, users } from '../../db/schema/index.js';
import { allows, requireAbility } from '../../lib/access.js';
import { invalidField, notFound } from '../../lib/app-error.js';
import { recordAudit } from '../../lib/audit.js';
import { changeSummary } from './directory.changes.js';
import { presentOrganizationRef } from './directory.presenters.js';
import { searchMatches } from './directory.search.js';
import { etagOf, nextVersion, requireCurrentVersion } from './directory.versions.js';
import { insertPerson } from './memberships.service.js';

type PersonRow = typeof persons.$inferSelect;
type OrganizationRow = typeof organizations.$inferSelect;

function presentPerson(row: PersonRow, organization: OrganizationRow | null, withContacts: boolean): Person {
  return {
    id: row.id,
    givenName: row.givenName,
    familyName: row.familyName,
    title: row.title,
    organization: organization ? presentOrganizationRef(organization) : null,
    hasAccount: row.userId !== null,
    ...(withContacts ? { email: row.email, phone: row.phone } : {}),
  };
}

const withOrganization = (ctx: Ctx) =>
  ctx.db.select({ person: persons, organization: organizations }).from(persons).leftJoin(organizations, eq(organizations.id, persons.organizationId));

/** People of the directory, by family name; for staff and those who manage a body. */
export async function listPersons(ctx: Ctx, query: PersonListQuery = {}): Promise<PersonList> {
  await requireAbility(ctx, 'person:read');
  const withContacts = await allows(ctx, 'person:read-contact');
  const filters: SQL[] = [];
  if (query.q) filters.push(searchMatches(persons.searchText, query.q));
  if (query.organizationId) filters.push(eq(persons.organizationId, query.organizationId));
  const where = filters.length ? and(...filters) : undefined;
  const [rows, [total]] = await Promise.all([
    withOrganization(ctx)
      .where(where)
      .orderBy(asc(persons.familyName), asc(persons.givenName), asc(persons.id))
      .limit(query.limit ?? 50)
      .offset(query.offset ?? 0),
    ctx.db.select({ value: count() }).from(persons).where(where),
  ]);
  return {
    total: total?.value ?? 0,
    items: rows.map(({ person, organization }) => presentPerson(person, organization, withContacts)),
  };
}

export async function getPerson(ctx: Ctx, id: string): Promise<PersonSaved> {
  await requireAbility(ctx, 'person:read');
  const [row] = await withOrganization(ctx).where(eq(persons.id, id)).limit(1);
  if (!row) throw notFound('The person');
  const withContacts = await allows(ctx, 'person:read-contact');
  const person = { ...presentPerson(row.person, row.organization, withContacts), etag: etagOf(row.person.updatedAt) };
  if (!(await allows(ctx, 'person:link-account'))) return person;
  return { ...person, account: await accountOf(ctx, row.person.userId) };
}

async function accountOf(ctx: Ctx, userId: string | null): Promise<PersonAccount | null> {
  if (!userId) return null;
  const [user] = await ctx.db
    .select({ userId: users.id, displayName: users.displayName, email: users.email })
    .from(users)
    .where(eq(users.id, userId))
    .limit(1);
  return user ?? null;
}

async function requireOrganization(ctx: Ctx, id: string): Promise<void> {
  const [row] = await ctx.db.select({ id: organizations.id }).from(organizations).where(eq(organizations.id, id)).limit(1);
  if (!row) throw invalidField('organizationId', 'There is no such organisation.');
}

export async function createPerson(ctx: Ctx, input: PersonInput): Promise<PersonSaved> {
  const { id } = await createPersonAndReturnId(ctx, input);
  return getPerson(ctx, id);
}

/** createPerson without reading the result back, for bulk callers such as the directory import. */
export async function createPersonAndReturnId(ctx: Ctx, input: PersonInput): Promise<{ id: string }> {
  await requireAbility(ctx, 'person:create');
  return inTransaction(ctx, async (tx) => {
    if (input.organizationId) await requireOrganization(tx, input.organizationId);
    return insertPerson(tx, input);
  });
}

/** Changes a person's name, organisation or contact details (staff and administrators). */
export async function updatePerson(
  ctx: Ctx,
  id: string,
  patch: PersonPatch,
  ifMatch: string | undefined,
): Promise<PersonSaved> {
  await requireAbility(ctx, 'person:edit');
  await inTransaction(ctx, async (tx) => {
    const [before] = await tx.db.select().from(persons).where(eq(persons.id, id)).for('update').limit(1);
    if (!before) throw notFound('The person');
    requireCurrentVersion(ifMatch, before.updatedAt, 'this person');
    if (patch.organizationId) await requireOrganization(tx, patch.organizationId);
    await tx.db
      .update(persons)
      .set({ ...patch, updatedAt: nextVersion(persons.updatedAt, ctx.deps.clock.now()) })
      .where(eq(persons.id, id));
    // Contact details are personal data: the trail records that they changed, not their values.
    const { before: old, after } = changeSummary(before, patch);
    for (const key of ['email', 'phone']) {
      if (key in after) {
        old[key] = '(changed)';
        after[key] = '(changed)';
      }
    }
    await recordAudit(tx, {
      action: 'person.update',
      entityType: 'person',
      entityId: id,
      organizationId: patch.organizationId ?? before.organizationId,
      summary: { before: old, after },
    });
  });
  return getPerson(ctx, id);
}
