import { and, eq } from 'drizzle-orm';
import type { AttendanceInput, AttendanceQuery, AttendanceRoster, AttendanceStatus } from '@collegium/shared/contracts/attendance';
import { inTransaction, type Ctx } from '../../context.js';
import { sessionAttendance } from '../../db/schema/index.js';
import { AppError, invalidField } from '../../lib/app-error.js';
import { requireAbility } from '../../lib/access.js';
import { recordAudit } from '../../lib/audit.js';
import { publishSessionEvent } from '../../lib/session-events.js';
import { sessionResource, type SessionWithBody } from '../sessions/sessions.access.js';
import { loadAttendanceSession, requireAttendanceOpen } from './attendance.policy.js';
import { membersOnDate, requireSeatFree, rosterDay, type AttendanceRow } from './attendance.seats.js';
import { presentRoster } from './attendance.present.js';
import { itemExclusions } from './attendance.quorum.js';

/** The roster of a session with statuses, times, who sits for whom, and the quorum now (of one item, when named). */
export async function getAttendance(ctx: Ctx, sessionId: string, query: AttendanceQuery = {}): Promise<AttendanceRoster> {
  const row = await loadAttendanceSession(ctx, sessionId);
  const item = query.agendaItemId
    ? { agendaItemId: query.agendaItemId, excludePersonIds: await itemExclusions(ctx, sessionId, query.agendaItemId) }
    : null;
  return presentRoster(ctx, row, item);
}

const noteOnly: readonly AttendanceStatus[] = ['expected', 'excused'];

/** Times of a status: when they arrived (present, late) or left (left_early); checked against the sitting. */
function timesOf(input: AttendanceInput, current: AttendanceRow | undefined, session: SessionWithBody['session'], now: Date) {
  const at = input.at ? new Date(input.at) : now;
  if (at.getTime() > now.getTime() + 60_000) throw invalidField('at', 'The time cannot be in the future.');
  const started = session.startedAt;
  const wasIn = current && (current.status === 'present' || current.status === 'late');
  switch (input.status) {
    case 'present':
      return { arrivedAt: wasIn && !input.at ? current.arrivedAt : at, leftAt: null };
    case 'late':
      if (started && at < started) throw invalidField('at', 'A late arrival is after the session started.');
      return { arrivedAt: at, leftAt: null };
    case 'left_early': {
      const arrivedAt = current?.arrivedAt ?? started ?? at;
      if (at < arrivedAt) throw invalidField('at', 'Leaving cannot be before arriving.');
      return { arrivedAt, leftAt: at };
    }
    default:
      if (input.at) throw invalidField('at', 'A time goes only with present, late or left early.');
      return { arrivedAt: null, leftAt: null };
  }
}

/**
 * Registers one person's attendance (the body's chair, secretary or coordinator): a member, or — with
 * `substituteFor` — the named substitute of that member, sitting in their place. Before the session starts
 * only excused (or back to expected) may be noted; after closing nothing changes.
 */
export async function recordAttendance(ctx: Ctx, sessionId: string, personId: string, input: AttendanceInput): Promise<AttendanceRoster> {
  const row = await inTransaction(ctx, async (tx) => {
    const row = await loadAttendanceSession(tx, sessionId, { forUpdate: true });
    const { session, body } = row;
    await requireAbility(tx, 'session:manage', sessionResource(session, body));
    requireAttendanceOpen(session, noteOnly.includes(input.status) ? 'note' : 'register');
    const now = tx.deps.clock.now();
    const members = await membersOnDate(tx, body.id, rosterDay(session, now));
    const [current] = await tx.db
      .select()
      .from(sessionAttendance)
      .where(and(eq(sessionAttendance.sessionId, sessionId), eq(sessionAttendance.personId, personId)));
    const member = members.find((m) => m.personId === personId);
    let place: { kind: 'member' | 'substitute' | 'guest'; role: string | null; votingRight: boolean; substituteForId: string | null };
    if (input.substituteFor) {
      const seat = members.find((m) => m.personId === input.substituteFor);
      if (!seat) throw invalidField('substituteFor', 'The member a substitute sits for must be a member of the body on the session’s date.');
      if (seat.namedSubstitute?.personId !== personId) {
        throw invalidField('substituteFor', `Only the substitute named in ${seat.name}’s membership can sit in their place.`);
      }
      if (member || current?.kind === 'member') throw new AppError('conflict', `${member?.name ?? 'This person'} is a member and sits in their own seat.`, { field: 'substituteFor' });
      await requireSeatFree(tx, sessionId, seat.personId, personId);
      place = { kind: 'substitute', role: null, votingRight: false, substituteForId: seat.personId };
    } else if (current) {
      place = { kind: current.kind as 'member', role: current.role, votingRight: current.votingRight, substituteForId: current.substituteForId };
    } else if (member) {
      place = { kind: 'member', role: member.role, votingRight: member.votingRight, substituteForId: null };
    } else {
      throw new AppError('not_found', 'This person is not on the roster of this session: not a member on its date, nor recorded as a substitute or guest.', { field: 'personId' });
    }
    if (place.kind === 'guest' && input.status !== 'present' && input.status !== 'left_early') {
      throw invalidField('status', 'A guest is recorded present or left early; remove a guest added by mistake.');
    }
    const values = {
      ...place,
      status: input.status,
      ...timesOf(input, current, session, now),
      ...(input.note === undefined ? {} : { note: input.note }),
      recordedBy: tx.actor.kind === 'user' ? tx.actor.userId : null,
      updatedAt: now,
    };
    if (current) {
      await tx.db.update(sessionAttendance).set(values).where(eq(sessionAttendance.id, current.id));
    } else {
      await tx.db.insert(sessionAttendance).values({ sessionId, personId, ...values });
    }
    await recordAudit(tx, {
      action: 'attendance.record',
      entityType: 'session',
      entityId: sessionId,
      organizationId: body.organizationId,
      summary: {
        personId,
        before: current ? { status: current.status, substituteFor: current.substituteForId } : null,
        after: { status: input.status, substituteFor: place.substituteForId, at: values.arrivedAt ?? values.leftAt },
      },
    });
    await publishSessionEvent(tx, sessionId, { kind: 'attendance', personId });
    return row;
  });
  return presentRoster(ctx, row);
}

