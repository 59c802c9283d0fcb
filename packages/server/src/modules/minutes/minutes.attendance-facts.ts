import { alias } from 'drizzle-orm/pg-core';
import { asc, eq } from 'drizzle-orm';
import { bodyRoles, seatRoles } from '@collegium/shared/domain/roles';
import type { Ctx } from '../../context.js';
import { agendaAmendments, meetingStates, organizations, persons, sessionAttendance } from '../../db/schema/index.js';
import type { StoredAmendment, StoredAttendance, StoredContent, StoredPerson } from './minutes.content.js';

const attended = new Set(['present', 'late', 'left_early']);
const fullName = (p: { givenName: string; familyName: string }) => `${p.givenName} ${p.familyName}`;
const roleRank = (role: string | null) => (role ? bodyRoles.indexOf(role as never) : bodyRoles.length);
const byRoleThenName = (a: StoredPerson, b: StoredPerson) => roleRank(a.role) - roleRank(b.role) || a.name.localeCompare(b.name);

/**
 * Who attended, as the frozen attendance rows say: members present (late and leaving early included),
 * excused and absent (empty seats); substitutes with the member whose seat they took; guests who came.
 */
export async function collectAttendance(ctx: Ctx, sessionId: string): Promise<StoredAttendance> {
  const seatHolder = alias(persons, 'seat_holder');
  const rows = await ctx.db
    .select({ row: sessionAttendance, person: persons, organization: organizations.name, seatHolder })
    .from(sessionAttendance)
    .leftJoin(persons, eq(persons.id, sessionAttendance.personId))
    .leftJoin(organizations, eq(organizations.id, persons.organizationId))
    .leftJoin(seatHolder, eq(seatHolder.id, sessionAttendance.substituteForId))
    .where(eq(sessionAttendance.sessionId, sessionId));
  const attendance: StoredAttendance = { present: [], excused: [], absent: [], substitutes: [], guests: [] };
  const substituted = new Set(rows.map(({ row }) => row.substituteForId).filter((id): id is string => id !== null));
  for (const { row, person, organization, seatHolder: holder } of rows) {
    const entry: StoredPerson = {
      name: person ? fullName(person) : (row.guestName ?? ''),
      organization: row.kind === 'guest' ? (row.guestOrganization ?? organization) : organization,
      role: row.role,
      personId: row.personId,
    };
    if (row.kind === 'guest') {
      if (attended.has(row.status)) attendance.guests.push(entry);
    } else if (row.kind === 'substitute') {
      if (attended.has(row.status)) {
        attendance.substitutes.push({ ...entry, substituteFor: holder ? fullName(holder) : '', substituteForId: row.substituteForId });
      }
    } else if (attended.has(row.status)) attendance.present.push(entry);
    else if (row.status === 'excused') attendance.excused.push(entry);
    // Absent are seats left empty: a member whose substitute came is named with the substitute, and
    // those without a seat (secretary, observers, standing guests) are only named when they came.
    else if (seatRoles.includes(row.role as never) && !substituted.has(row.personId ?? '')) attendance.absent.push(entry);
  }
  for (const list of [attendance.present, attendance.excused, attendance.absent, attendance.substitutes, attendance.guests]) {
    list.sort(byRoleThenName);
  }
  return attendance;
}

/** When the agenda was adopted and the amendments put to the meeting before, in the order recorded. */
export async function collectAgenda(ctx: Ctx, sessionId: string): Promise<StoredContent['agenda']> {
  const [state] = await ctx.db.select().from(meetingStates).where(eq(meetingStates.sessionId, sessionId)).limit(1);
  const rows = await ctx.db
    .select({ amendment: agendaAmendments, proposer: persons })
    .from(agendaAmendments)
    .leftJoin(persons, eq(persons.id, agendaAmendments.proposerPersonId))
    .where(eq(agendaAmendments.sessionId, sessionId))
    .orderBy(asc(agendaAmendments.recordedAt), asc(agendaAmendments.id));
  const amendments: StoredAmendment[] = rows.map(({ amendment, proposer }) => ({
    kind: amendment.kind,
    text: amendment.text,
    proposer: proposer ? fullName(proposer) : amendment.proposerName,
    proposerPersonId: amendment.proposerPersonId,
    decision: amendment.decision,
  }));
  return { adoptedAt: state?.agendaAdoptedAt?.toISOString() ?? null, amendments };
}
