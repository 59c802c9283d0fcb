import { and, asc, desc, eq, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { BodyKind, Member, MyMembership } from '@collegium/shared/contracts/directory';
import { bodyRoles, type BodyRole } from '@collegium/shared/domain/roles';
import type { Ctx } from '../../context.js';
import { bodies, memberships, organizations, persons, representationSlots } from '../../db/schema/index.js';
import { unauthenticated } from '../../lib/app-error.js';
import { recordAudit } from '../../lib/audit.js';
import { coversDay } from '../../lib/periods.js';
import { todayOf } from './directory.access.js';
import { presentMemberPerson, presentOrganizationRef, presentPersonRef } from './directory.presenters.js';

const represented = alias(organizations, 'represented');
const substitutes = alias(persons, 'substitutes');

const currentOn = (day: string) => coversDay(memberships.startDate, memberships.endDate, day);

const roleRank = (role: BodyRole) => bodyRoles.indexOf(role);

type MemberRow = {
  membership: typeof memberships.$inferSelect;
  person: typeof persons.$inferSelect;
  represents: typeof organizations.$inferSelect | null;
  substitute: typeof persons.$inferSelect | null;
  slot: typeof representationSlots.$inferSelect | null;
};

function presentMember({ membership, person, represents, substitute, slot }: MemberRow, withContacts: boolean): Member {
  return {
    membershipId: membership.id,
    role: membership.role as BodyRole,
    person: presentMemberPerson(person, withContacts),
    represents: represents ? presentOrganizationRef(represents) : null,
    slot: slot ? { id: slot.id, key: slot.key, label: slot.label } : null,
    votingRight: membership.votingRight,
    voteWeight: membership.voteWeight,
    substitute: substitute ? presentPersonRef(substitute) : null,
    startDate: membership.startDate,
    endDate: membership.endDate,
  };
}

const selectMembers = (ctx: Ctx) =>
  ctx.db
    .select({ membership: memberships, person: persons, represents: represented, substitute: substitutes, slot: representationSlots })
    .from(memberships)
    .innerJoin(persons, eq(persons.id, memberships.personId))
    .leftJoin(represented, eq(represented.id, memberships.representsId))
    .leftJoin(substitutes, eq(substitutes.id, memberships.substituteId))
    .leftJoin(representationSlots, eq(representationSlots.id, memberships.slotId));

/**
 * The body's members on `day` (today when omitted), grouped by role (chair first, guests last). E-mail and
 * phone are included only when `withContacts` — the caller decides from body:read-internal.
 */
export async function listCurrentMembers(
  ctx: Ctx,
  bodyId: string,
  options: { withContacts: boolean; day?: string },
): Promise<{ role: BodyRole; members: Member[] }[]> {
  const rows = await selectMembers(ctx)
    .where(and(eq(memberships.bodyId, bodyId), currentOn(options.day ?? todayOf(ctx.deps.clock.now()))))
    .orderBy(asc(persons.familyName), asc(persons.givenName), asc(memberships.id));

  const groups = new Map<BodyRole, Member[]>();
  for (const row of rows) {
    const member = presentMember(row, options.withContacts);
    groups.set(member.role, [...(groups.get(member.role) ?? []), member]);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => roleRank(a) - roleRank(b))
    .map(([role, members]) => ({ role, members }));
}

/** Memberships matching `where`, newest start first, past and future ones included. */
export async function listMembershipsWhere(ctx: Ctx, where: SQL | undefined, withContacts: boolean): Promise<Member[]> {
  const rows = await selectMembers(ctx)
    .where(where)
    .orderBy(desc(memberships.startDate), asc(persons.familyName), asc(persons.givenName), asc(memberships.id));
  return rows.map((row) => presentMember(row, withContacts));
}

/** The signed-in caller's memberships that run today, in every body. */
export async function listMyMemberships(ctx: Ctx): Promise<{ items: MyMembership[] }> {
  if (ctx.actor.kind !== 'user') throw unauthenticated();
  const rows = await ctx.db
    .select({ membership: memberships, body: bodies, represents: represented })
    .from(memberships)
    .innerJoin(persons, eq(persons.id, memberships.personId))
    .innerJoin(bodies, eq(bodies.id, memberships.bodyId))
    .leftJoin(represented, eq(represented.id, memberships.representsId))
    .where(and(eq(persons.userId, ctx.actor.userId), currentOn(todayOf(ctx.deps.clock.now()))))
    .orderBy(asc(bodies.name), asc(memberships.id));
  return {
    items: rows.map(({ membership, body, represents }) => ({
      membershipId: membership.id,
      role: membership.role as BodyRole,
      body: {
        id: body.id,
        name: body.name,
        shortName: body.shortName,
        slug: body.slug,
        kind: body.kind as BodyKind,
        organizationId: body.organizationId,
      },
      represents: represents ? presentOrganizationRef(represents) : null,
      votingRight: membership.votingRight,
      startDate: membership.startDate,
      endDate: membership.endDate,
    })),
  };
}

export interface NewPerson {
  userId?: string | null;
  organizationId?: string | null;
  givenName: string;
  familyName: string;
  title?: string | null;
  email?: string | null;
  phone?: string | null;
}

/** Adds a person and its audit event. Run it inside inTransaction; the caller checks permissions. */
export async function insertPerson(ctx: Ctx, input: NewPerson): Promise<{ id: string }> {
  const [row] = await ctx.db.insert(persons).values(input).returning({ id: persons.id });
  await recordAudit(ctx, {
    action: 'person.create',
    entityType: 'person',
    entityId: row!.id,
    organizationId: input.organizationId ?? null,
    summary: { after: { givenName: input.givenName, familyName: input.familyName, userId: input.userId ?? null } },
  });
  return { id: row!.id };
}

export interface NewMembership {
  bodyId: string;
  personId: string;
  role: BodyRole;
  representsId?: string | null;
  slotId?: string | null;
  votingRight?: boolean;
  voteWeight?: number;
  substituteId?: string | null;
  startDate: string;
  endDate?: string | null;
}

/**
 * Adds a membership (owned by the body's organisation) and its audit event. Run it inside inTransaction.
 * A caller that has just read the body passes it as knownBody, saving the read.
 */
export async function insertMembership(ctx: Ctx, input: NewMembership, knownBody?: { organizationId: string }): Promise<{ id: string }> {
  const [body] = knownBody
    ? [knownBody]
    : await ctx.db.select({ organizationId: bodies.organizationId }).from(bodies).where(eq(bodies.id, input.bodyId)).limit(1);
  if (!body) throw new Error(`insertMembership: no body ${input.bodyId}`);
  const [row] = await ctx.db
    .insert(memberships)
    .values({ ...input, organizationId: body.organizationId })
    .returning({ id: memberships.id });
  await recordAudit(ctx, {
    action: 'membership.create',
    entityType: 'membership',
    entityId: row!.id,
    organizationId: body.organizationId,
    summary: {
      after: {
        bodyId: input.bodyId,
        personId: input.personId,
        role: input.role,
        ...(input.voteWeight !== undefined && input.voteWeight !== 1 ? { voteWeight: input.voteWeight } : {}),
        ...(input.slotId ? { representsId: input.representsId, slotId: input.slotId } : {}),
        startDate: input.startDate,
        endDate: input.endDate ?? null,
      },
    },
  });
  return { id: row!.id };
}
