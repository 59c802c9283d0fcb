import { and, desc, eq, isNull } from 'drizzle-orm';
import type { MinutesApprovalInput, MinutesApprovalState } from '@collegium/shared/contracts/minutes-flow';
import { inTransaction, type Ctx } from '../../context.js';
import { agendaItems, minutes, minutesApprovals } from '../../db/schema/index.js';
import { allows } from '../../lib/access.js';
import { AppError, invalidField } from '../../lib/app-error.js';
import { recordAudit } from '../../lib/audit.js';
import { nextVersion } from '../directory/directory.versions.js';
import { addAgendaItem, removeAgendaItem } from '../sessions/agenda.service.js';
import { loadSessionWithBody, sessionResource, type SessionRow } from '../sessions/sessions.access.js';
import { approvalItemTexts } from './minutes.approval-texts.js';
import { announceMinutes, pendingApprovalOf, readApprovalState } from './minutes.approval-state.js';
import { loadManagedMinutes, loadMinutesRow, type MinutesRow } from './minutes.flow-access.js';

export { onItemOutcome } from './minutes.approval-outcome.js';

/** When a session took place (or, by correspondence, was decided). */
const momentOf = (session: SessionRow): Date | null => session.startsAt ?? session.deadlineAt ?? session.closedAt;

/** 409 unless the minutes are a draft or a correction with no approval pending. */
function requireReadyForApproval(row: MinutesRow): void {
  if (row.status === 'approved') {
    throw new AppError('conflict', `These minutes are already approved (version ${row.approvedVersion}); to change them, open a correction first.`);
  }
  if (row.status === 'submitted') {
    throw new AppError('conflict', 'These minutes are already on an agenda for approval; withdraw that first to choose another session.');
  }
}

/** Whether the approving session has begun dealing with its items: a meeting once started, a correspondence vote once convened. */
const hasStarted = (session: SessionRow): boolean =>
  session.kind === 'correspondence' ? session.status !== 'draft' : !['draft', 'convened'].includes(session.status);

async function loadApprovingSession(ctx: Ctx, recorded: SessionRow, bodyId: string, sessionId: string) {
  const target = await loadSessionWithBody(ctx, sessionId, { forUpdate: true });
  if (!target || !(await allows(ctx, 'session:read', sessionResource(target.session, target.body)))) {
    throw invalidField('sessionId', 'There is no such session.');
  }
  if (target.body.id !== bodyId) {
    throw invalidField('sessionId', 'That session belongs to another body; minutes are approved by the body whose session they record.');
  }
  if (target.session.id === recorded.id) {
    throw invalidField('sessionId', 'Minutes cannot be approved at the session they record; choose a later session.');
  }
  const [when, recordedWhen] = [momentOf(target.session), momentOf(recorded)];
  if (when && recordedWhen && when.getTime() <= recordedWhen.getTime()) {
    throw invalidField('sessionId', `Session ${target.session.number} took place before the session of these minutes; choose a later session.`);
  }
  if (hasStarted(target.session)) {
    const what = target.session.kind === 'correspondence' && target.session.status === 'convened' ? 'is already convened and its votes are open' : `is ${target.session.status.replace('_', ' ')}`;
    throw new AppError('conflict', `Session ${target.session.number} ${what}; choose a session that has not started yet.`, { field: 'sessionId' });
  }
  return target;
}

/**
 * Puts "Approval of the minutes of session N" on a later session's agenda (a correspondence session opens
 * a vote on it when convened) and locks the minutes at their current version until the item's outcome.
 */
export async function requestMinutesApproval(ctx: Ctx, minutesId: string, input: MinutesApprovalInput): Promise<MinutesApprovalState> {
  await inTransaction(ctx, async (tx) => {
    const unlocked = await loadMinutesRow(tx, minutesId);
    // the approving session is locked before the minutes, in the order outcomes lock them
    if (unlocked) await loadSessionWithBody(tx, input.sessionId, { forUpdate: true });
    const row = await loadManagedMinutes(tx, minutesId);
    requireReadyForApproval(row.minutes);
    const target = await loadApprovingSession(tx, row.session, row.body.id, input.sessionId);
    const texts = approvalItemTexts(ctx.deps.config.defaultLanguage, row.session);
    await addAgendaItem(tx, target.session.id, { kind: 'decision', title: texts.title, proposedResolution: texts.resolution, isPublic: true });
    const [item] = await tx.db
      .select({ id: agendaItems.id })
      .from(agendaItems)
      .where(and(eq(agendaItems.sessionId, target.session.id), isNull(agendaItems.parentId)))
      .orderBy(desc(agendaItems.position))
      .limit(1);
    const version = row.minutes.currentVersion;
    await tx.db.insert(minutesApprovals).values({ agendaItemId: item!.id, minutesId, sessionId: target.session.id, version });
    await tx.db
      .update(minutes)
      .set({ status: 'submitted', updatedAt: nextVersion(minutes.updatedAt, ctx.deps.clock.now()) })
      .where(eq(minutes.id, minutesId));
    await recordAudit(tx, {
      action: 'minutes.approval.request',
      entityType: 'minutes',
      entityId: minutesId,
      organizationId: row.body.organizationId,
      summary: { before: { status: row.minutes.status }, after: { status: 'submitted', sessionId: target.session.id, agendaItemId: item!.id, version } },
    });
    await announceMinutes(tx, minutesId, [row.session.id, target.session.id]);
  });
  return readApprovalState(ctx, minutesId);
}

/**
 * Takes the approval off the other session's agenda while that session has not started; removing the
 * item returns the minutes to draft (or to their correction), see onApprovalItemRemoved.
 */
export async function withdrawMinutesApproval(ctx: Ctx, minutesId: string): Promise<MinutesApprovalState> {
  await inTransaction(ctx, async (tx) => {
    const waiting = await pendingApprovalOf(tx, minutesId);
    if (waiting) await loadSessionWithBody(tx, waiting.sessionId, { forUpdate: true });
    await loadManagedMinutes(tx, minutesId);
    const pending = await pendingApprovalOf(tx, minutesId);
    if (!pending) throw new AppError('conflict', 'These minutes are not on any agenda for approval.');
    const target = await loadSessionWithBody(tx, pending.sessionId);
    if (target && hasStarted(target.session)) {
      throw new AppError(
        'conflict',
        `Session ${target.session.number} has already started; the approval is decided there now and can no longer be withdrawn.`,
      );
    }
    await removeAgendaItem(tx, pending.agendaItemId);
  });
  return readApprovalState(ctx, minutesId);
}
