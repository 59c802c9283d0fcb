import { eq } from 'drizzle-orm';
import type { AttendanceRoster } from '@collegium/shared/contracts/attendance';
import type { Ctx } from '../../context.js';
import { persons } from '../../db/schema/index.js';
import { subjectOf } from '../../lib/access.js';
import type { SessionRow, SessionWithBody } from '../sessions/sessions.access.js';
import { mayManageAttendance } from './attendance.policy.js';
import { buildRoster, type RosterLists } from './attendance.roster.js';

const inRoom = (status: string) => status === 'present' || status === 'late';

/** The roster as the caller sees it, with what they may do. */
export async function presentRoster(
  ctx: Ctx,
  row: SessionWithBody,
  item: { agendaItemId: string; excludePersonIds: readonly string[] } | null = null,
): Promise<AttendanceRoster> {
  const [lists, subject, me] = await Promise.all([buildRoster(ctx, row, item ?? {}), subjectOf(ctx), callerPersonId(ctx)]);
  const { session } = row;
  const open = session.status !== 'closed' && session.status !== 'cancelled';
  return {
    sessionId: session.id,
    sessionStatus: session.status,
    frozen: session.status === 'closed',
    ...lists,
    abilities: { manage: open && mayManageAttendance(subject, row), checkIn: checkInAbility(session, lists, me) },
  };
}

/** The directory person of the signed-in caller, if their account is linked to one. */
export async function callerPersonId(ctx: Ctx): Promise<string | null> {
  if (ctx.actor.kind !== 'user') return null;
  const [person] = await ctx.db.select({ id: persons.id }).from(persons).where(eq(persons.userId, ctx.actor.userId)).limit(1);
  return person?.id ?? null;
}

/** Whether the caller may say "I am here": the session is in progress and they are a member not yet in the room, or a substitute for one. */
export function checkInAbility(session: SessionRow, lists: RosterLists, me: string | null): boolean {
  if (session.status !== 'in_progress' || !me) return false;
  const own = [...lists.members, ...lists.substitutes].find((entry) => entry.personId === me);
  if (own) return !inRoom(own.status);
  return lists.members.some((member) => member.namedSubstitute?.personId === me && !inRoom(member.status) && !member.representedBy);
}
