import { and, asc, eq, isNotNull } from 'drizzle-orm';
import type { Representation, RepresentedOrganization, Seat } from '@collegium/shared/contracts/representation';
import type { BodyRole } from '@collegium/shared/domain/roles';
import type { Ctx } from '../../context.js';
import { bodyMemberOrganizations, memberships, organizations, persons } from '../../db/schema/index.js';
import { coversDay } from '../../lib/periods.js';
import { todayOf } from '../directory/directory.access.js';
import { presentMemberPerson, presentOrganizationRef } from '../directory/directory.presenters.js';
import { readableBody, readsContacts } from './representation.access.js';
import { presentSlot, slotListTag, slotRowsOf } from './slots.store.js';

type Holder = NonNullable<Seat['holder']>;

/**
 * Who represents each member organisation on `on` (today when omitted): per organisation, each slot with
 * the person filling it or nobody, and how many are unfilled. E-mail and phone as on the body page.
 */
export async function getRepresentation(ctx: Ctx, bodyId: string, on?: string): Promise<Representation> {
  const body = await readableBody(ctx, bodyId);
  const withContacts = await readsContacts(ctx, body);
  const day = on ?? todayOf(ctx.deps.clock.now());
  const slotRows = await slotRowsOf(ctx, bodyId);

  const members = await ctx.db
    .select({ member: bodyMemberOrganizations, organization: organizations })
    .from(bodyMemberOrganizations)
    .innerJoin(organizations, eq(organizations.id, bodyMemberOrganizations.memberId))
    .where(
      and(
        eq(bodyMemberOrganizations.bodyId, bodyId),
        coversDay(bodyMemberOrganizations.joinedOn, bodyMemberOrganizations.leftOn, day),
      ),
    )
    .orderBy(asc(organizations.name), asc(organizations.id));

  const fillings = await ctx.db
    .select({ membership: memberships, person: persons })
    .from(memberships)
    .innerJoin(persons, eq(persons.id, memberships.personId))
    .where(
      and(
        eq(memberships.bodyId, bodyId),
        isNotNull(memberships.slotId),
        coversDay(memberships.startDate, memberships.endDate, day),
      ),
    )
    .orderBy(asc(memberships.startDate), asc(memberships.id));
  const holders = new Map<string, Holder>();
  for (const { membership, person } of fillings) {
    const seat = `${membership.representsId}:${membership.slotId}`;
    if (holders.has(seat)) continue;
    holders.set(seat, {
      membershipId: membership.id,
      role: membership.role as BodyRole,
      person: presentMemberPerson(person, withContacts),
      startDate: membership.startDate,
      endDate: membership.endDate,
    });
  }

  const represented: RepresentedOrganization[] = members.map(({ member, organization }) => {
    const seats = slotRows.map((slot) => ({ slotId: slot.id, holder: holders.get(`${organization.id}:${slot.id}`) ?? null }));
    return {
      memberOrganizationId: member.id,
      organization: presentOrganizationRef(organization),
      joinedOn: member.joinedOn,
      leftOn: member.leftOn,
      seats,
      unfilled: seats.filter((seat) => seat.holder === null).length,
    };
  });
  return {
    on: day,
    slots: slotRows.map(presentSlot),
    slotsEtag: slotListTag(slotRows),
    organizations: represented,
    unfilledTotal: represented.reduce((sum, o) => sum + o.unfilled, 0),
    organizationsWithUnfilled: represented.filter((o) => o.unfilled > 0).length,
  };
}
