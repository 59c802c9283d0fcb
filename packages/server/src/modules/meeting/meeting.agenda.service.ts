import { eq, sql } from 'drizzle-orm';
import type { AmendmentInput, MeetingState } from '@collegium/shared/contracts/meeting';
import { inTransaction, type Ctx } from '../../context.js';
import { agendaAmendments, meetingStates, persons } from '../../db/schema/index.js';
import { AppError, invalidField } from '../../lib/app-error.js';
import { recordAudit } from '../../lib/audit.js';
import { publishSessionEvent } from '../../lib/session-events.js';
import { getConsentBlock } from '../positions/consent-block.service.js';
import { appendItemDuringMeeting } from '../sessions/agenda-during-meeting.js';
import { loadConductedSession, loadMeetingState, loadSessionItem, requireAgendaAdopted } from './meeting.access.js';
import { actorUserId, readProceeding, saveProceeding } from './meeting.proceedings.js';
import { getMeetingState } from './meeting.state.js';

/**
 * Records a proposed change of the agenda and whether the meeting accepted it, before the agenda is
 * adopted. An accepted addition adds its item at the end of the agenda; an accepted withdrawal gives the
 * item the outcome "withdrawn"; an accepted move is recorded (the chair takes items up in any order).
 */
export async function recordAmendment(ctx: Ctx, sessionId: string, input: AmendmentInput): Promise<MeetingState> {
  await inTransaction(ctx, async (tx) => {
    const row = await loadConductedSession(tx, sessionId);
    const state = await loadMeetingState(tx, sessionId);
    if (state.agendaAdoptedAt) throw new AppError('conflict', 'The agenda has been adopted; amendments to it can no longer be recorded.');
    if (input.proposerPersonId) {
      const [person] = await tx.db.select({ id: persons.id }).from(persons).where(eq(persons.id, input.proposerPersonId)).limit(1);
      if (!person) throw invalidField('proposerPersonId', 'There is no such person in the directory.');
    }
    let agendaItemId: string | null = null;
    if (input.kind === 'add') {
      if (input.agendaItemId) throw invalidField('agendaItemId', 'An addition names the new item’s title, not an existing item.');
      if (input.decision === 'accepted') {
        if (!input.newItemTitle) throw invalidField('newItemTitle', 'Give the title of the item the accepted addition puts on the agenda.');
        agendaItemId = (await appendItemDuringMeeting(tx, sessionId, { kind: input.newItemKind ?? 'discussion', title: input.newItemTitle })).id;
      }
    } else {
      if (!input.agendaItemId) throw invalidField('agendaItemId', `Choose the item the amendment would ${input.kind}.`);
      const item = await loadSessionItem(tx, sessionId, input.agendaItemId);
      if (item.withdrawnAt) throw invalidField('agendaItemId', 'That item was already withdrawn from the agenda.');
      agendaItemId = item.id;
      if (input.kind === 'withdraw' && input.decision === 'accepted') {
        await saveProceeding(tx, sessionId, item.id, {
          outcome: 'withdrawn',
          outcomeRecordedAt: ctx.deps.clock.now(),
          outcomeRecordedBy: actorUserId(ctx),
        });
      }
    }
    const [amendment] = await tx.db
      .insert(agendaAmendments)
      .values({
        sessionId,
        kind: input.kind,
        agendaItemId,
        text: input.text.trim(),
        proposerPersonId: input.proposerPersonId ?? null,
        proposerName: input.proposerName?.trim() ?? null,
        decision: input.decision,
        // At least a millisecond after the previous one (the session row is locked), so the record keeps its order.
        recordedAt: sql`greatest(${ctx.deps.clock.now().toISOString()}::timestamptz, (select max(${agendaAmendments.recordedAt}) + interval '1 millisecond' from ${agendaAmendments} where ${agendaAmendments.sessionId} = ${sessionId}))`,
        recordedBy: actorUserId(ctx),
      })
      .returning({ id: agendaAmendments.id });
    await recordAudit(tx, {
      action: 'meeting.amendment',
      entityType: 'session',
      entityId: sessionId,
      organizationId: row.body.organizationId,
      summary: { after: { amendmentId: amendment!.id, kind: input.kind, decision: input.decision, agendaItemId, text: input.text } },
    });
    await publishSessionEvent(tx, sessionId, { kind: 'meeting' });
  });
  return getMeetingState(ctx, sessionId);
}

/** The meeting adopts its agenda, as amended by the amendments recorded so far. */
export async function adoptAgenda(ctx: Ctx, sessionId: string): Promise<MeetingState> {
  await inTransaction(ctx, async (tx) => {
    const row = await loadConductedSession(tx, sessionId);
    const state = await loadMeetingState(tx, sessionId);
    if (state.agendaAdoptedAt) throw new AppError('conflict', 'The agenda has already been adopted.');
    const now = ctx.deps.clock.now();
    await tx.db
      .update(meetingStates)
      .set({ agendaAdoptedAt: now, agendaAdoptedBy: actorUserId(ctx), updatedAt: now })
      .where(eq(meetingStates.sessionId, sessionId));
    const amendments = await tx.db
      .select({ id: agendaAmendments.id, decision: agendaAmendments.decision })
      .from(agendaAmendments)
      .where(eq(agendaAmendments.sessionId, sessionId));
    await recordAudit(tx, {
      action: 'meeting.agenda-adopt',
      entityType: 'session',
      entityId: sessionId,
      organizationId: row.body.organizationId,
      summary: { after: { adoptedAt: now.toISOString(), amendments: amendments.length, accepted: amendments.filter((a) => a.decision === 'accepted').length } },
    });
    await publishSessionEvent(tx, sessionId, { kind: 'meeting' });
  });
  return getMeetingState(ctx, sessionId);
}

/**
 * The chair declares the consent block adopted: each of its items gets the outcome "adopted", marked as
 * adopted in the consent block, with its proposed resolution as the resolution adopted. (The vote on it
 * belongs to the voting module.) Items withdrawn by an amendment are not in it.
 */
export async function adoptConsentBlock(ctx: Ctx, sessionId: string): Promise<MeetingState> {
  await inTransaction(ctx, async (tx) => {
    const row = await loadConductedSession(tx, sessionId);
    const state = await loadMeetingState(tx, sessionId);
    requireAgendaAdopted(state);
    if (state.consentBlockAdoptedAt) throw new AppError('conflict', 'The consent block has already been adopted.');
    const itemIds: string[] = [];
    for (const id of await getConsentBlock(tx, sessionId)) {
      if ((await readProceeding(tx, id))?.outcome) continue;
      itemIds.push(id);
    }
    if (itemIds.length === 0) throw new AppError('conflict', 'The consent block is empty: every item will be dealt with on its own.');
    const now = ctx.deps.clock.now();
    for (const id of itemIds) {
      const item = await loadSessionItem(tx, sessionId, id);
      await saveProceeding(tx, sessionId, id, {
        outcome: 'adopted',
        inConsentBlock: true,
        resolutionText: item.proposedResolution,
        outcomeRecordedAt: now,
        outcomeRecordedBy: actorUserId(ctx),
      });
    }
    await tx.db
      .update(meetingStates)
      .set({ consentBlockAdoptedAt: now, consentBlockAdoptedBy: actorUserId(ctx), updatedAt: now })
      .where(eq(meetingStates.sessionId, sessionId));
    await recordAudit(tx, {
      action: 'meeting.consent-block-adopt',
      entityType: 'session',
      entityId: sessionId,
      organizationId: row.body.organizationId,
      summary: { after: { adoptedAt: now.toISOString(), agendaItemIds: itemIds } },
    });
    await publishSessionEvent(tx, sessionId, { kind: 'outcome' });
  });
  return getMeetingState(ctx, sessionId);
}
