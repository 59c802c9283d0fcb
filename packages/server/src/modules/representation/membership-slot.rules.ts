import { and, eq, gte, isNull, lte, ne, or, type SQL } from 'drizzle-orm';
import type { Ctx } from '../../context.js';
import { bodyMemberOrganizations, memberships, organizations, persons, representationSlots } from '../../db/schema/index.js';
import { AppError, invalidField } from '../../lib/app-error.js';
import { coversDay } from '../../lib/periods.js';

export interface SlotFilling {
  slotId: string | null;
  representsId: string | null;
  startDate: string;
  endDate: string | null;
}

const overlapping = (start: string, end: string | null): SQL[] => [
  or(isNull(memberships.endDate), gte(memberships.endDate, start))!,
  ...(end === null ? [] : [lte(memberships.startDate, end)]),
];

async function organizationName(ctx: Ctx, id: string): Promise<string> {
  const [row] = await ctx.db.select({ name: organizations.name }).from(organizations).where(eq(organizations.id, id)).limit(1);
  return row?.name ?? 'This organisation';
}

/**
 * The rules of a membership that fills a representation slot, checked with the body row locked: the slot is
 * one of this body's, the represented organisation is a member of the body for the whole membership, and
 * nobody else fills that organisation's slot at the same time.
 */
export async function checkSlotFilling(ctx: Ctx, bodyId: string, m: SlotFilling, exceptMembershipId?: string): Promise<void> {
  if (m.slotId === null) return;
  const [slot] = await ctx.db
    .select({ bodyId: representationSlots.bodyId, label: representationSlots.label })
    .from(representationSlots)
    .where(eq(representationSlots.id, m.slotId))
    .limit(1);
  if (!slot) throw invalidField('slotId', 'There is no such representation slot.');
  if (slot.bodyId !== bodyId) throw invalidField('slotId', 'This representation slot belongs to another body.');
  if (m.representsId === null) {
    throw invalidField('representsId', `Choose the member organisation whose slot “${slot.label}” this person fills.`);
  }

  const name = await organizationName(ctx, m.representsId);
  const [member] = await ctx.db
    .select({ leftOn: bodyMemberOrganizations.leftOn })
    .from(bodyMemberOrganizations)
    .where(
      and(
        eq(bodyMemberOrganizations.bodyId, bodyId),
        eq(bodyMemberOrganizations.memberId, m.representsId),
        coversDay(bodyMemberOrganizations.joinedOn, bodyMemberOrganizations.leftOn, m.startDate),
      ),
    )
    .limit(1);
  if (!member) {
    throw invalidField('representsId', `${name} is not a member organisation of this body on ${m.startDate}; add it as a member organisation first.`);
  }
  if (member.leftOn !== null && (m.endDate === null || m.endDate > member.leftOn)) {
    throw invalidField('endDate', `${name} leaves this body on ${member.leftOn}; a membership filling its slot must end by then.`);
  }

  const filters: SQL[] = [
    eq(memberships.bodyId, bodyId),
    eq(memberships.slotId, m.slotId),
    eq(memberships.representsId, m.representsId),
    ...overlapping(m.startDate, m.endDate),
  ];
  if (exceptMembershipId) filters.push(ne(memberships.id, exceptMembershipId));
  const [clash] = await ctx.db
    .select({ givenName: persons.givenName, familyName: persons.familyName, startDate: memberships.startDate, endDate: memberships.endDate })
    .from(memberships)
    .innerJoin(persons, eq(persons.id, memberships.personId))
    .where(and(...filters))
    .limit(1);
  if (clash) {
    const until = clash.endDate ? `until ${clash.endDate}` : 'without an end date';
    throw new AppError(
      'conflict',
      `The slot “${slot.label}” of ${name} is already filled by ${clash.givenName} ${clash.familyName} from ${clash.startDate} ${until}; end that membership first or choose other dates.`,
      { field: 'slotId' },
    );
  }
}
