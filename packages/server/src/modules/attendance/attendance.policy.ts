import { can, type Subject } from '@collegium/shared/domain/policy';
import type { Ctx } from '../../context.js';
import { subjectOf } from '../../lib/access.js';
import { AppError, forbidden, unauthenticated } from '../../lib/app-error.js';
import { loadReadableSession, sessionResource, type SessionWithBody } from '../sessions/sessions.access.js';

/**
 * Who reads a session's attendance: its body's members, observers and substitutes, staff — and, once the
 * session is closed, anyone who may read a session of a public body (the record of who attended is public
 * like the minutes will be).
 */
export function mayReadAttendance(subject: Subject, { session, body }: SessionWithBody): boolean {
  const resource = sessionResource(session, body);
  if (can(subject, 'session:read-closed', resource)) return true;
  return session.status === 'closed' && body.isPublic && can(subject, 'session:read', resource);
}

export const mayManageAttendance = (subject: Subject, { session, body }: SessionWithBody) =>
  can(subject, 'session:manage', sessionResource(session, body));

/** Loads a session whose attendance the caller may read: 404 when they may not know it, else 401/403. */
export async function loadAttendanceSession(ctx: Ctx, sessionId: string, options: { forUpdate?: boolean } = {}) {
  const row = await loadReadableSession(ctx, sessionId, options);
  if (!mayReadAttendance(await subjectOf(ctx), row)) {
    if (ctx.actor.kind === 'anonymous') throw unauthenticated();
    throw forbidden();
  }
  return row;
}

/** What may change in the session's current state; 409 naming why not. */
export function requireAttendanceOpen(session: SessionWithBody['session'], change: 'note' | 'register'): void {
  if (session.status === 'closed') {
    throw new AppError('conflict', 'Attendance is frozen: the session is closed.', { sessionStatus: session.status });
  }
  if (session.status === 'cancelled') {
    throw new AppError('conflict', 'The session is cancelled: there is no attendance to record.', { sessionStatus: session.status });
  }
  if (change === 'register' && session.status !== 'in_progress') {
    throw new AppError(
      'conflict',
      'Attendance is registered once the session has started; before that you can only note who is excused.',
      { field: 'status', sessionStatus: session.status },
    );
  }
}
