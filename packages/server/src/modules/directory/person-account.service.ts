import { and, eq, ne } from 'drizzle-orm';
import type { PersonAccountLink, PersonSaved } from '@collegium/shared/contracts/directory';
import { inTransaction, type Ctx } from '../../context.js';
import { persons, users } from '../../db/schema/index.js';
import { requireAbility } from '../../lib/access.js';
import { AppError, invalidField, notFound } from '../../lib/app-error.js';
import { recordAudit } from '../../lib/audit.js';
import { getPerson } from './persons.service.js';
import { nextVersion, requireCurrentVersion } from './directory.versions.js';

/**
 * Linking a person to a user account lets that user act with the person's body roles (lib/access.ts loads
 * them per request), so it is an administrator's act, recorded in the audit trail like any other change.
 */
export async function linkPersonAccount(
  ctx: Ctx,
  id: string,
  input: PersonAccountLink,
  ifMatch: string | undefined,
): Promise<PersonSaved> {
  await requireAbility(ctx, 'person:link-account');
  await inTransaction(ctx, async (tx) => {
    const before = await lockPerson(tx, id, ifMatch);
    if (before.userId === input.userId) return;
    const [user] = await tx.db.select({ id: users.id, email: users.email }).from(users).where(eq(users.id, input.userId)).limit(1);
    if (!user) throw invalidField('userId', 'There is no such user account.');
    const [holder] = await tx.db
      .select({ givenName: persons.givenName, familyName: persons.familyName })
      .from(persons)
      .where(and(eq(persons.userId, input.userId), ne(persons.id, id)))
      .limit(1);
    if (holder) {
      throw new AppError(
        'conflict',
        `The account ${user.email} already belongs to ${holder.givenName} ${holder.familyName}. Unlink it there first.`,
        { field: 'userId' },
      );
    }
    await tx.db
      .update(persons)
      .set({ userId: input.userId, updatedAt: nextVersion(persons.updatedAt, ctx.deps.clock.now()) })
      .where(eq(persons.id, id));
    await recordAudit(tx, {
      action: 'person.link-account',
      entityType: 'person',
      entityId: id,
      organizationId: before.organizationId,
      summary: { before: { userId: before.userId }, after: { userId: input.userId } },
    });
  });
  return getPerson(ctx, id);
}

/** Ends the link: the user keeps the account but no longer acts with the person's body roles. */
export async function unlinkPersonAccount(ctx: Ctx, id: string, ifMatch: string | undefined): Promise<PersonSaved> {
  await requireAbility(ctx, 'person:link-account');
  await inTransaction(ctx, async (tx) => {
    const before = await lockPerson(tx, id, ifMatch);
    if (before.userId === null) return;
    await tx.db
      .update(persons)
      .set({ userId: null, updatedAt: nextVersion(persons.updatedAt, ctx.deps.clock.now()) })
      .where(eq(persons.id, id));
    await recordAudit(tx, {
      action: 'person.unlink-account',
      entityType: 'person',
      entityId: id,
      organizationId: before.organizationId,
      summary: { before: { userId: before.userId }, after: { userId: null } },
    });
  });
  return getPerson(ctx, id);
}

async function lockPerson(tx: Ctx, id: string, ifMatch: string | undefined) {
  const [row] = await tx.db.select().from(persons).where(eq(persons.id, id)).for('update').limit(1);
  if (!row) throw notFound('The person');
  requireCurrentVersion(ifMatch, row.updatedAt, 'this person');
  return row;
}
