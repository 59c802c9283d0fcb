import { and, asc, eq, gt, gte, isNotNull, isNull, lte, ne, or, type SQL } from 'drizzle-orm';
import type {
  MemberOrganization,
  MemberOrganizationEnd,
  MemberOrganizationEnded,
  MemberOrganizationInput,
  MemberOrganizationList,
} from '@collegium/shared/contracts/representation';
import { inTransaction, type Ctx } from '../../context.js';
import { bodyMemberOrganizations, memberships, organizations, persons } from '../../db/schema/index.js';
import { AppError, invalidField, notFound } from '../../lib/app-error.js';
import { recordAudit } from '../../lib/audit.js';
import { todayOf } from '../directory/directory.access.js';
import { presentOrganizationRef } from '../directory/directory.presenters.js';
import { etagOf, nextVersion, requireCurrentVersion } from '../directory/directory.versions.js';
import { managedBody, readableBody } from './representation.access.js';

type MemberRow = typeof bodyMemberOrganizations.$inferSelect;
type OrganizationRow = typeof organizations.$inferSelect;

const isCurrent = (row: MemberRow, day: string) => row.joinedOn <= day && (row.leftOn === null || row.leftOn >= day);

const present = (row: MemberRow, organization: OrganizationRow, today: string): MemberOrganization => ({
  id: row.id,
  bodyId: row.bodyId,
  organization: presentOrganizationRef(organization),
  joinedOn: row.joinedOn,
  leftOn: row.leftOn,
  current: isCurrent(row, today),
  etag: etagOf(row.updatedAt),
});

const selectMembers = (ctx: Ctx, where: SQL | undefined) =>
  ctx.db
    .select({ member: bodyMemberOrganizations, organization: organizations })
    .from(bodyMemberOrganizations)
    .innerJoin(organizations, eq(organizations.id, bodyMemberOrganizations.memberId))
    .where(where)
    .orderBy(asc(organizations.name), asc(bodyMemberOrganizations.joinedOn));

/** The body's member organisations, current, past and future, by name. */
export async function listMemberOrganizations(ctx: Ctx, bodyId: string): Promise<MemberOrganizationList> {
  await readableBody(ctx, bodyId);
  const today = todayOf(ctx.deps.clock.now());
  const rows = await selectMembers(ctx, eq(bodyMemberOrganizations.bodyId, bodyId));
  return { items: rows.map(({ member, organization }) => present(member, organization, today)) };
}

async function refuseOverlap(ctx: Ctx, bodyId: string, memberId: string, joinedOn: string, leftOn: string | null, exceptId?: string) {
  const filters: SQL[] = [
    eq(bodyMemberOrganizations.bodyId, bodyId),
    eq(bodyMemberOrganizations.memberId, memberId),
    or(isNull(bodyMemberOrganizations.leftOn), gte(bodyMemberOrganizations.leftOn, joinedOn))!,
  ];
  if (leftOn !== null) filters.push(lte(bodyMemberOrganizations.joinedOn, leftOn));
  if (exceptId) filters.push(ne(bodyMemberOrganizations.id, exceptId));
  const [clash] = await ctx.db.select().from(bodyMemberOrganizations).where(and(...filters)).limit(1);
  if (clash) {
    const until = clash.leftOn ? `until ${clash.leftOn}` : 'without an end date';
    throw new AppError('conflict', `This organisation is already a member of this body from ${clash.joinedOn} ${until}.`, {
      field: 'organizationId',
    });
  }
}

/** Makes an organisation a member of the body from `joinedOn` (administrators and the body's managers). */
export async function addMemberOrganization(ctx: Ctx, bodyId: string, input: MemberOrganizationInput): Promise<MemberOrganization> {
  return inTransaction(ctx, async (tx) => {
    const body = await managedBody(tx, bodyId);
    const [organization] = await tx.db.select().from(organizations).where(eq(organizations.id, input.organizationId)).limit(1);
    if (!organization) throw invalidField('organizationId', 'There is no such organisation.');
    const leftOn = input.leftOn ?? null;
    if (leftOn !== null && leftOn < input.joinedOn) throw invalidField('leftOn', 'An organisation cannot leave before it joins.');
    await refuseOverlap(tx, bodyId, input.organizationId, input.joinedOn, leftOn);
    const [row] = await tx.db
      .insert(bodyMemberOrganizations)
      .values({ bodyId, memberId: input.organizationId, joinedOn: input.joinedOn, leftOn })
      .returning();
    await recordAudit(tx, {
      action: 'body_member_organization.create',
      entityType: 'body_member_organization',
      entityId: row!.id,
      organizationId: body.organizationId,
      summary: { bodyId, after: { memberId: input.organizationId, joinedOn: input.joinedOn, leftOn } },
    });
    return present(row!, organization, todayOf(tx.deps.clock.now()));
  });
}

/**
 * Ends an organisation's membership of the body on `leftOn`, and with it every membership that fills one of
 * its slots and runs past that day: a municipality that leaves the network has no representatives in it any
 * more. A slot membership that only starts after `leftOn` is refused (409): change or end it first.
 */
export async function endMemberOrganization(
  ctx: Ctx,
  id: string,
  input: MemberOrganizationEnd,
  ifMatch: string | undefined,
): Promise<MemberOrganizationEnded> {
  return inTransaction(ctx, async (tx) => {
    const [found] = await tx.db.select().from(bodyMemberOrganizations).where(eq(bodyMemberOrganizations.id, id)).limit(1);
    if (!found) throw notFound('The member organisation');
    const body = await managedBody(tx, found.bodyId).catch((error: unknown) => {
      throw error instanceof AppError && error.code === 'not_found' ? notFound('The member organisation') : error;
    });
    const [before] = await tx.db.select().from(bodyMemberOrganizations).where(eq(bodyMemberOrganizations.id, id)).for('update');
    if (ifMatch) requireCurrentVersion(ifMatch, before!.updatedAt, 'this member organisation');
    if (input.leftOn < before!.joinedOn) throw invalidField('leftOn', `It joined on ${before!.joinedOn}; it cannot leave before that.`);
    await refuseOverlap(tx, before!.bodyId, before!.memberId, before!.joinedOn, input.leftOn, id);

    const running = await tx.db
      .select({ membership: memberships, person: persons })
      .from(memberships)
      .innerJoin(persons, eq(persons.id, memberships.personId))
      .where(
        and(
          eq(memberships.bodyId, before!.bodyId),
          eq(memberships.representsId, before!.memberId),
          or(isNull(memberships.endDate), gt(memberships.endDate, input.leftOn)),
          // only slot holders: other memberships may represent an organisation that is no member
          isNotNull(memberships.slotId),
        ),
      );
    const late = running.find(({ membership }) => membership.startDate > input.leftOn);
    if (late) {
      throw new AppError(
        'conflict',
        `${late.person.givenName} ${late.person.familyName} fills one of its slots from ${late.membership.startDate}, after ${input.leftOn}; change or end that membership first.`,
        { field: 'leftOn' },
      );
    }
    const now = tx.deps.clock.now();
    for (const { membership } of running) {
      await tx.db
        .update(memberships)
        .set({ endDate: input.leftOn, updatedAt: nextVersion(memberships.updatedAt, now) })
        .where(eq(memberships.id, membership.id));
      await recordAudit(tx, {
        action: 'membership.end',
        entityType: 'membership',
        entityId: membership.id,
        organizationId: membership.organizationId,
        summary: {
          bodyId: membership.bodyId,
          personId: membership.personId,
          reason: 'member organisation left',
          before: { endDate: membership.endDate },
          after: { endDate: input.leftOn },
        },
      });
    }
    const [row] = await tx.db
      .update(bodyMemberOrganizations)
      .set({ leftOn: input.leftOn, updatedAt: nextVersion(bodyMemberOrganizations.updatedAt, now) })
      .where(eq(bodyMemberOrganizations.id, id))
      .returning();
    const endedMembershipIds = running.map(({ membership }) => membership.id);
    await recordAudit(tx, {
      action: 'body_member_organization.end',
      entityType: 'body_member_organization',
      entityId: id,
      organizationId: body.organizationId,
      summary: { bodyId: before!.bodyId, memberId: before!.memberId, before: { leftOn: before!.leftOn }, after: { leftOn: input.leftOn }, endedMembershipIds },
    });
    const [organization] = await tx.db.select().from(organizations).where(eq(organizations.id, before!.memberId));
    return { ...present(row!, organization!, todayOf(now)), endedMembershipIds };
  });
}
