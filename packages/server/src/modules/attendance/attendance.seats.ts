import { and, eq, inArray } from 'drizzle-orm';
import { AppError } from '../../lib/app-error.js';
import { bodyRoles, seatRoles, type BodyRole } from '@collegium/shared/domain/roles';
import type { Ctx } from '../../context.js';
import { memberships, organizations, persons, sessionAttendance } from '../../db/schema/index.js';
import { coversDay } from '../../lib/periods.js';
import type { SessionRow } from '../sessions/sessions.access.js';

export { seatRoles };

export interface PersonName {
  personId: string;
  name: string;
}

/** A member of the body on the session's date, from the strongest of their memberships. */
export interface MemberOnDate extends PersonName {
  role: BodyRole;
  votingRight: boolean;
  hasSeat: boolean;
  organizationName: string | null;
  namedSubstitute: PersonName | null;
}

export type AttendanceRow = typeof sessionAttendance.$inferSelect;

export const fullName = (person: { givenName: string; familyName: string }) => `${person.givenName} ${person.familyName}`;

/** The day (YYYY-MM-DD, in the session's zone) whose memberships make up its roster: the day it is planned for. */
export function rosterDay(session: SessionRow, now: Date): string {
  const when = session.startsAt ?? session.deadlineAt ?? session.startedAt ?? now;
  return new Intl.DateTimeFormat('en-CA', { timeZone: session.timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(when);
}

const roleRank = (role: string) => bodyRoles.indexOf(role as BodyRole);

/** Everyone whose membership of the body covers `day`, in role order (chair first), then by name. */
export async function membersOnDate(ctx: Ctx, bodyId: string, day: string): Promise<MemberOnDate[]> {
  const rows = await ctx.db
    .select({ membership: memberships, person: persons, represents: organizations.name })
    .from(memberships)
    .innerJoin(persons, eq(persons.id, memberships.personId))
    .leftJoin(organizations, eq(organizations.id, memberships.representsId))
    .where(and(eq(memberships.bodyId, bodyId), coversDay(memberships.startDate, memberships.endDate, day)));
  const substituteIds = [...new Set(rows.map((row) => row.membership.substituteId).filter((id): id is string => !!id))];
  const substitutes = substituteIds.length
    ? await ctx.db.select().from(persons).where(inArray(persons.id, substituteIds))
    : [];
  const substituteName = new Map(substitutes.map((person) => [person.id, fullName(person)]));
  const byPerson = new Map<string, MemberOnDate>();
  for (const { membership, person, represents } of rows) {
    const hasSeat = seatRoles.includes(membership.role as BodyRole);
    const candidate: MemberOnDate = {
      personId: person.id,
      name: fullName(person),
      role: membership.role as BodyRole,
      votingRight: hasSeat && membership.votingRight,
      hasSeat,
      organizationName: represents,
      namedSubstitute: membership.substituteId
        ? { personId: membership.substituteId, name: substituteName.get(membership.substituteId) ?? '' }
        : null,
    };
    const held = byPerson.get(person.id);
    if (!held || roleRank(candidate.role) < roleRank(held.role)) byPerson.set(person.id, candidate);
  }
  return [...byPerson.values()].sort((a, b) => roleRank(a.role) - roleRank(b.role) || a.name.localeCompare(b.name));
}

/** The attendance rows recorded for a session, with the names of the people they are about. */
export async function recordedAttendance(ctx: Ctx, sessionId: string) {
  const rows = await ctx.db.select().from(sessionAttendance).where(eq(sessionAttendance.sessionId, sessionId));
  const ids = [...new Set(rows.flatMap((row) => [row.personId, row.substituteForId]).filter((id): id is string => !!id))];
  const people = ids.length
    ? await ctx.db
        .select({ person: persons, organization: organizations.name })
        .from(persons)
        .leftJoin(organizations, eq(organizations.id, persons.organizationId))
        .where(inArray(persons.id, ids))
    : [];
  const names = new Map(people.map(({ person, organization }) => [person.id, { name: fullName(person), organization }]));
  return { rows, names };
}

/** One substitute per seat (the session row is locked, so this check cannot race). */
export async function requireSeatFree(ctx: Ctx, sessionId: string, memberId: string, substituteId: string): Promise<void> {
  const [sitting] = await ctx.db
    .select({ personId: sessionAttendance.personId })
    .from(sessionAttendance)
    .where(and(eq(sessionAttendance.sessionId, sessionId), eq(sessionAttendance.substituteForId, memberId)));
  if (sitting && sitting.personId !== substituteId) {
    throw new AppError('conflict', 'Another substitute already sits in this member’s place.', { field: 'substituteFor' });
  }
}
