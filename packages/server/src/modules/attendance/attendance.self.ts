import { and, eq } from 'drizzle-orm';
import type { AttendanceRoster } from '@collegium/shared/contracts/attendance';
import { inTransaction, type Ctx } from '../../context.js';
import { sessionAttendance } from '../../db/schema/index.js';
import { AppError } from '../../lib/app-error.js';
import { recordAudit } from '../../lib/audit.js';
import { publishSessionEvent } from '../../lib/session-events.js';
import { loadAttendanceSession } from './attendance.policy.js';
import { membersOnDate, requireSeatFree, rosterDay } from './attendance.seats.js';
import { callerPersonId, presentRoster } from './attendance.present.js';

const inRoom = (status: string) => status === 'present' || status === 'late';

/**
 * "I am here" from a participant's own device while the session is in progress: a member is registered
 * present from now; a named substitute sits for the member they substitute who is not in the room (the
 * one an invitation answer or the secretary already chose, else the first such member).
 */
export async function checkIn(ctx: Ctx, sessionId: string): Promise<AttendanceRoster> {
  const row = await inTransaction(ctx, async (tx) => {
    const row = await loadAttendanceSession(tx, sessionId, { forUpdate: true });
    const { session, body } = row;
    if (session.status !== 'in_progress') {
      throw new AppError('conflict', 'You can check in only while the session is in progress.', { sessionStatus: session.status });
    }
    const me = await callerPersonId(tx);
    const now = tx.deps.clock.now();
    const members = await membersOnDate(tx, body.id, rosterDay(session, now));
    const recorded = await tx.db.select().from(sessionAttendance).where(eq(sessionAttendance.sessionId, sessionId));
    const mine = recorded.find((entry) => entry.personId === me);
    const statusOf = (personId: string) => recorded.find((entry) => entry.personId === personId)?.status ?? 'expected';
    const seat = me ? members.find((member) => member.personId === me) : undefined;
    const substituteFor =
      mine?.substituteForId ??
      (seat
        ? null
        : members.find(
            (member) =>
              member.namedSubstitute?.personId === me &&
              !inRoom(statusOf(member.personId)) &&
              !recorded.some((entry) => entry.substituteForId === member.personId),
          )?.personId);
    if (!me || (!seat && !mine && !substituteFor)) {
      const named = members.some((member) => member.namedSubstitute?.personId === me);
      throw new AppError(
        named ? 'conflict' : 'forbidden',
        named ? 'The members you substitute are in the room or represented already.' : 'You are not on the roster of this session.',
      );
    }
    if (mine && inRoom(mine.status)) return row;
    if (substituteFor) await requireSeatFree(tx, sessionId, substituteFor, me);
    const values = {
      status: 'present',
      arrivedAt: now,
      leftAt: null,
      recordedBy: tx.actor.kind === 'user' ? tx.actor.userId : null,
      updatedAt: now,
    };
    if (mine) {
      await tx.db.update(sessionAttendance).set(values).where(and(eq(sessionAttendance.id, mine.id)));
    } else {
      await tx.db.insert(sessionAttendance).values({
        sessionId,
        personId: me,
        kind: seat ? 'member' : 'substitute',
        role: seat?.role ?? null,
        votingRight: seat?.votingRight ?? false,
        substituteForId: seat ? null : substituteFor,
        ...values,
      });
    }
    await recordAudit(tx, {
      action: 'attendance.check_in',
      entityType: 'session',
      entityId: sessionId,
      organizationId: body.organizationId,
      summary: { personId: me, before: mine ? { status: mine.status } : null, after: { status: 'present', substituteFor: mine?.substituteForId ?? substituteFor ?? null } },
    });
    await publishSessionEvent(tx, sessionId, { kind: 'attendance', personId: me });
    return row;
  });
  return presentRoster(ctx, row);
}
