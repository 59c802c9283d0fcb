import { and, count, eq } from 'drizzle-orm';
import type { WithdrawalRequestInput } from '@collegium/shared/contracts/correspondence';
import { inTransaction, systemActor, type Ctx } from '../../context.js';
import { correspondenceItems, correspondenceWithdrawalRequests } from '../../db/schema/index.js';
import { AppError } from '../../lib/app-error.js';
import { recordAudit } from '../../lib/audit.js';
import { publishSessionEvent } from '../../lib/session-events.js';
import { saveProceeding } from '../meeting/meeting.proceedings.js';
import { annulPoll } from '../polls/polls.annul.js';
import { loadAnswerContext, type AnswerContext } from './correspondence.access.js';
import { carryToNextRegularSession } from './correspondence.carry.js';
import { correspondenceRulesOf } from './correspondence.rules.js';

/**
 * Enough members asked: the item's vote is annulled with the reason on the record, the item's outcome is
 * 'withdrawn' (written first, so a session that closes with this vote has it in its proceedings), and the
 * item goes to the body's next regular session, or waits for one to be created.
 */
async function withdrawItemAtMembersRequest(ctx: Ctx, answer: AnswerContext, requests: number): Promise<void> {
  const now = ctx.deps.clock.now();
  const { item, session, body, poll } = answer;
  await ctx.db.update(correspondenceItems).set({ withdrawnAt: now, updatedAt: now }).where(eq(correspondenceItems.agendaItemId, item.id));
  await saveProceeding(ctx, session.id, item.id, { outcome: 'withdrawn', resolutionText: null, outcomeRecordedAt: now, outcomeRecordedBy: null });
  await publishSessionEvent(ctx, session.id, { kind: 'outcome', agendaItemId: item.id });
  await recordAudit(ctx, {
    action: 'correspondence.withdraw',
    entityType: 'agenda_item',
    entityId: item.id,
    organizationId: body.organizationId,
    summary: { sessionId: session.id, pollId: poll.id, requests, after: { outcome: 'withdrawn' } },
  });
  await carryToNextRegularSession(ctx, item.id, body.id, body.organizationId);
  await annulPoll({ ...ctx, actor: systemActor('correspondence.withdraw') }, poll.id, { reason: `withdrawn at the request of ${requests} members`, repeat: false });
}

/** The caller asks for the item to be withdrawn (once; asking again changes the reason). */
export async function requestWithdrawal(ctx: Ctx, agendaItemId: string, input: WithdrawalRequestInput): Promise<string> {
  const reason = input.reason?.trim() || null;
  return inTransaction(ctx, async (tx) => {
    const answer = await loadAnswerContext(tx, agendaItemId, 'update');
    const now = ctx.deps.clock.now();
    await tx.db
      .insert(correspondenceWithdrawalRequests)
      .values({ agendaItemId, personId: answer.personId, reason, requestedAt: now, requestedBy: ctx.actor.kind === 'user' ? ctx.actor.userId : null })
      .onConflictDoUpdate({ target: [correspondenceWithdrawalRequests.agendaItemId, correspondenceWithdrawalRequests.personId], set: { reason } });
    const [tally] = await tx.db.select({ value: count() }).from(correspondenceWithdrawalRequests).where(eq(correspondenceWithdrawalRequests.agendaItemId, agendaItemId));
    const requests = tally?.value ?? 0;
    await recordAudit(tx, {
      action: 'correspondence.withdrawal-request',
      entityType: 'agenda_item',
      entityId: agendaItemId,
      organizationId: answer.body.organizationId,
      summary: { sessionId: answer.session.id, personId: answer.personId, reason, requests },
    });
    await publishSessionEvent(tx, answer.session.id, { kind: 'correspondence.changed', agendaItemId });
    if (requests >= correspondenceRulesOf(answer.body.rules).withdrawalRequestThreshold) await withdrawItemAtMembersRequest(tx, answer, requests);
    return answer.session.id;
  });
}

/** The caller takes back their request, while the item is still open for answers. */
export async function takeBackWithdrawalRequest(ctx: Ctx, agendaItemId: string): Promise<string> {
  return inTransaction(ctx, async (tx) => {
    const answer = await loadAnswerContext(tx, agendaItemId, 'update');
    const [removed] = await tx.db
      .delete(correspondenceWithdrawalRequests)
      .where(and(eq(correspondenceWithdrawalRequests.agendaItemId, agendaItemId), eq(correspondenceWithdrawalRequests.personId, answer.personId)))
      .returning();
    if (!removed) throw new AppError('not_found', 'You have not asked for this item to be withdrawn.');
    await recordAudit(tx, {
      action: 'correspondence.withdrawal-request.take-back',
      entityType: 'agenda_item',
      entityId: agendaItemId,
      organizationId: answer.body.organizationId,
      summary: { sessionId: answer.session.id, personId: answer.personId },
    });
    await publishSessionEvent(tx, answer.session.id, { kind: 'correspondence.changed', agendaItemId });
    return answer.session.id;
  });
}
