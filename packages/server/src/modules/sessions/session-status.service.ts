import { and, count, eq, isNull } from 'drizzle-orm';
import type { SessionDetail, SessionKind, SessionTransition } from '@collegium/shared/contracts/sessions';
import { refuseTransition, type SessionStatusName } from '@collegium/shared/domain/session-lifecycle';
import { inTransaction, type Ctx } from '../../context.js';
import { agendaItems, sessions } from '../../db/schema/index.js';
import { AppError } from '../../lib/app-error.js';
import { recordAudit } from '../../lib/audit.js';
import { nextVersion } from '../directory/directory.versions.js';
import { createRoster, freezeAttendance } from '../attendance/attendance.lifecycle.js';
import { closeMeeting } from '../meeting/meeting.lifecycle.js';
import { onApprovalSessionCancelled } from '../minutes/minutes.approval-hooks.js';
import { buildMinutesDraft } from '../minutes/minutes.build.js';
import { loadManagedSession } from './sessions.access.js';
import { getSession } from './sessions.service.js';
import { requestSessionPacket } from '../session-packet/packet-requests.js';
import { mailStatusChange } from '../session-invitations/session-mail-hooks.js';
import { openCorrespondenceVotes } from '../correspondence/correspondence.convene.js';
import { refuseCloseWithOpenPoll } from '../polls/polls.session-guard.js';

const auditAction = {
  convened: 'session.convene',
  in_progress: 'session.start',
  closed: 'session.close',
  cancelled: 'session.cancel',
  postponed: 'session.postpone',
} as const;

/**
 * Moves a session along its life cycle: draft → convened → in_progress → closed, or cancelled / postponed
 * (a postponed session is given a new date and convened again). A refused move answers 409 saying why.
 */
export async function changeSessionStatus(ctx: Ctx, id: string, input: SessionTransition): Promise<SessionDetail> {
  await inTransaction(ctx, async (tx) => {
    const { session, body } = await loadManagedSession(tx, id);
    const [active] = await tx.db
      .select({ value: count() })
      .from(agendaItems)
      .where(and(eq(agendaItems.sessionId, id), isNull(agendaItems.withdrawnAt)));
    const now = ctx.deps.clock.now();
    const refusal = refuseTransition(input.to, {
      status: session.status as SessionStatusName,
      kind: session.kind as SessionKind,
      when: session.kind === 'correspondence' ? session.deadlineAt : session.startsAt,
      activeItems: active?.value ?? 0,
      now,
    });
    if (refusal) throw new AppError('conflict', refusal, { field: 'to', sessionStatus: session.status });
    if (input.to === 'closed') await refuseCloseWithOpenPoll(tx, id);
    const stamps = {
      convened: { convenedAt: now, statusReason: null },
      in_progress: { startedAt: now },
      closed: { closedAt: now },
      cancelled: { statusReason: input.reason ?? null },
      postponed: { statusReason: input.reason ?? null },
    }[input.to];
    await tx.db
      .update(sessions)
      .set({ status: input.to, ...stamps, updatedAt: nextVersion(sessions.updatedAt, now) })
      .where(eq(sessions.id, id));
    // Convening adds the public packet.
    if (input.to === 'convened') await requestSessionPacket(tx, id);
    if (input.to === 'convened') await openCorrespondenceVotes(tx, id, body.rules);
    if (input.to === 'in_progress') await createRoster(tx, { session, body });
    if (input.to === 'closed') await freezeAttendance(tx, { session, body }, now);
    if (input.to === 'closed') await closeMeeting(tx, session.id, now);
    if (input.to === 'closed') await buildMinutesDraft(tx, id);
    if (input.to === 'cancelled') await onApprovalSessionCancelled(tx, id);
    await recordAudit(tx, {
      action: auditAction[input.to],
      entityType: 'session',
      entityId: id,
      organizationId: body.organizationId,
      summary: { before: { status: session.status }, after: { status: input.to }, ...(input.reason ? { reason: input.reason } : {}) },
    });
    await mailStatusChange(tx, id, input.to);
  });
  return getSession(ctx, id);
}
