import type { Member, MembershipPatch } from '@collegium/shared/contracts/directory';
import type { BodyRole } from '@collegium/shared/domain/roles';

/** What the membership edit form holds; ids of the chosen organisation and substitute, dates as YYYY-MM-DD. */
export interface MembershipFormValues {
  role: BodyRole;
  representsId: string | null;
  /** the representation slot of `representsId` this membership fills */
  slotId: string | null;
  votingRight: boolean;
  /** the vote weight as typed (digits) */
  voteWeight: string;
  substituteId: string | null;
  startDate: string;
  /** empty: no end date */
  endDate: string;
}

export function membershipFormValues(member: Member): MembershipFormValues {
  return {
    role: member.role,
    representsId: member.represents?.id ?? null,
    slotId: member.slot?.id ?? null,
    votingRight: member.votingRight,
    voteWeight: String(member.voteWeight),
    substituteId: member.substitute?.id ?? null,
    startDate: member.startDate,
    endDate: member.endDate ?? '',
  };
}

/**
 * Only the fields the person changed, so a save does not rewrite (and record in the audit trail) what they
 * left alone. An empty patch means there is nothing to send.
 */
export function membershipPatch(before: MembershipFormValues, after: MembershipFormValues): MembershipPatch {
  const patch: MembershipPatch = {};
  if (after.role !== before.role) patch.role = after.role;
  if (after.representsId !== before.representsId) patch.representsId = after.representsId;
  if (after.slotId !== before.slotId) patch.slotId = after.slotId;
  if (after.votingRight !== before.votingRight) patch.votingRight = after.votingRight;
  if (after.voteWeight.trim() !== before.voteWeight) patch.voteWeight = after.voteWeight.trim() === '' ? 1 : Number(after.voteWeight);
  if (after.substituteId !== before.substituteId) patch.substituteId = after.substituteId;
  if (after.startDate !== before.startDate) patch.startDate = after.startDate;
  if (after.endDate.trim() !== before.endDate) patch.endDate = after.endDate.trim() || null;
  return patch;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The day of ?on=YYYY-MM-DD when it is a real calendar day, otherwise null (the page then shows today). */
export function dayFromQuery(value: string | null): string | null {
  if (!value || !DAY.test(value)) return null;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value ? value : null;
}

export type MembershipPeriod = 'past' | 'current' | 'future';

/** Today's date as YYYY-MM-DD (in UTC), the default of the date fields and the day periods are judged on. */
export const today = () => new Date().toISOString().slice(0, 10);

/** Where a membership stands on `day`: it runs from its first to its last day, both included. */
export function membershipPeriod(member: Pick<Member, 'startDate' | 'endDate'>, day: string): MembershipPeriod {
  if (member.startDate > day) return 'future';
  if (member.endDate !== null && member.endDate < day) return 'past';
  return 'current';
}
