import { and, eq, inArray } from 'drizzle-orm';
import type { CurrentItemInput, MeetingState, OutcomeInput, SpeakingLimitInput } from '@collegium/shared/contracts/meeting';
import { numberAgenda } from '@collegium/shared/domain/agenda-numbering';
import { inTransaction, type Ctx } from '../../context.js';
import { agendaItemProceedings, agendaItems, meetingStates, speakerRequests } from '../../db/schema/index.js';
import { AppError, invalidField } from '../../lib/app-error.js';
import { recordAudit } from '../../lib/audit.js';
import { sanitizeOptionalRichText } from '../../lib/rich-text.js';
import { publishSessionEvent } from '../../lib/session-events.js';
import {
  loadConductedSession,
  loadMeetingState,
  loadSessionItem,
  requireAgendaAdopted,
  type AgendaItemRow,
} from './meeting.access.js';
import { actorUserId, readProceeding, saveProceeding } from './meeting.proceedings.js';
import { seedSpeakersFromPositions } from './meeting.seeding.js';
import { getMeetingState } from './meeting.state.js';

const awaitsLateApproval = (item: AgendaItemRow) => item.late && item.lateDecision !== 'approved';

/** Whether the item can be taken up: 409 for one withdrawn or still awaiting the chair's approval. */
function requireWorkable(item: AgendaItemRow, outcome: string | null | undefined): void {
  if (item.withdrawnAt || outcome === 'withdrawn') throw new AppError('conflict', 'That item was withdrawn; it is not dealt with.');
  if (awaitsLateApproval(item)) throw new AppError('conflict', 'That item was added late and awaits the chair’s approval.');
}

/** The item `step` leads to from the current one: the next or previous item not yet dealt with otherwise. */
async function stepTarget(ctx: Ctx, sessionId: string, currentId: string | null, step: 'next' | 'previous'): Promise<string> {
  const items = await ctx.db.select().from(agendaItems).where(eq(agendaItems.sessionId, sessionId));
  const proceedings = await ctx.db
    .select({ id: agendaItemProceedings.agendaItemId, outcome: agendaItemProceedings.outcome, inBlock: agendaItemProceedings.inConsentBlock })
    .from(agendaItemProceedings)
    .where(eq(agendaItemProceedings.sessionId, sessionId));
  const skipped = new Set(proceedings.filter((p) => p.inBlock || p.outcome === 'withdrawn').map((p) => p.id));
  const ordered = numberAgenda(items).map(({ item }) => item);
  const at = currentId ? ordered.findIndex((item) => item.id === currentId) : -1;
  const candidates = step === 'next' ? ordered.slice(at + 1) : ordered.slice(0, Math.max(at, 0)).reverse();
  const target = candidates.find((item) => !item.withdrawnAt && !awaitsLateApproval(item) && !skipped.has(item.id));
  if (!target) {
    throw new AppError('conflict', step === 'next' ? 'This is the last item of the agenda.' : 'This is the first item of the agenda.');
  }
  return target.id;
}

/**
 * Moves the meeting to an item (or to none): the item left gets its end time, the item taken up its start
 * time the first time, a speech still running ends, and everyone's screen follows.
 */
export async function setCurrentItem(ctx: Ctx, sessionId: string, input: CurrentItemInput): Promise<MeetingState> {
  if ((input.step === undefined) === (input.agendaItemId === undefined)) {
    throw invalidField('agendaItemId', 'Give either the item to take up or a step (next or previous).');
  }
  await inTransaction(ctx, async (tx) => {
    const row = await loadConductedSession(tx, sessionId);
    const state = await loadMeetingState(tx, sessionId);
    requireAgendaAdopted(state);
    const targetId = input.step ? await stepTarget(tx, sessionId, state.currentItemId, input.step) : (input.agendaItemId ?? null);
    if (targetId === state.currentItemId) return;
    const now = ctx.deps.clock.now();
    let firstTime = false;
    if (targetId) {
      const item = await loadSessionItem(tx, sessionId, targetId);
      const proceeding = await readProceeding(tx, targetId);
      requireWorkable(item, proceeding?.outcome);
      firstTime = !proceeding?.startedAt;
      await saveProceeding(tx, sessionId, targetId, { ...(firstTime ? { startedAt: now } : {}), endedAt: null });
    }
    if (state.currentItemId) {
      await saveProceeding(tx, sessionId, state.currentItemId, { endedAt: now });
      await tx.db
        .update(speakerRequests)
        .set({ status: 'done', endedAt: now })
        .where(and(eq(speakerRequests.agendaItemId, state.currentItemId), eq(speakerRequests.status, 'speaking')));
    }
    await tx.db
      .update(meetingStates)
      .set({ currentItemId: targetId, currentItemSince: targetId ? now : null, updatedAt: now })
      .where(eq(meetingStates.sessionId, sessionId));
    if (targetId && firstTime) await seedSpeakersFromPositions(tx, sessionId, targetId);
    await recordAudit(tx, {
      action: 'meeting.current-item',
      entityType: 'session',
      entityId: sessionId,
      organizationId: row.body.organizationId,
      summary: { before: { agendaItemId: state.currentItemId }, after: { agendaItemId: targetId } },
    });
    await publishSessionEvent(tx, sessionId, { kind: 'current-item', agendaItemId: targetId });
  });
  return getMeetingState(ctx, sessionId);
}

/**
 * Records (or changes, until the session closes) an item's outcome. "Adopted" keeps the proposed
 * resolution unless another text is given; "adopted with amendments" needs the text as adopted.
 */
export async function recordOutcome(ctx: Ctx, sessionId: string, itemId: string, input: OutcomeInput): Promise<MeetingState> {
  await inTransaction(ctx, async (tx) => {
    const row = await loadConductedSession(tx, sessionId);
    requireAgendaAdopted(await loadMeetingState(tx, sessionId));
    const item = await loadSessionItem(tx, sessionId, itemId, 'itemId');
    if (item.withdrawnAt && input.outcome !== 'withdrawn') {
      throw new AppError('conflict', 'The item was withdrawn from the agenda; its only outcome is “withdrawn”.');
    }
    const text = sanitizeOptionalRichText(input.resolutionText ?? null);
    if (input.outcome === 'adopted_with_amendments' && !text) {
      throw invalidField('resolutionText', 'Write the resolution as adopted, with its amendments.');
    }
    const before = await readProceeding(tx, itemId);
    const adopted = input.outcome === 'adopted' || input.outcome === 'adopted_with_amendments';
    const now = ctx.deps.clock.now();
    await saveProceeding(tx, sessionId, itemId, {
      outcome: input.outcome,
      resolutionText: adopted ? (text ?? item.proposedResolution) : text,
      inConsentBlock: false,
      outcomeRecordedAt: input.outcome ? now : null,
      outcomeRecordedBy: input.outcome ? actorUserId(ctx) : null,
    });
    await recordAudit(tx, {
      action: 'meeting.outcome',
      entityType: 'agenda_item',
      entityId: itemId,
      organizationId: row.body.organizationId,
      summary: { sessionId, before: { outcome: before?.outcome ?? null }, after: { outcome: input.outcome, resolutionText: text } },
    });
    await publishSessionEvent(tx, sessionId, { kind: 'outcome', agendaItemId: itemId });
  });
  return getMeetingState(ctx, sessionId);
}

/** Sets the speaking-time limit of the session, or of one item (null: none, or the session's). */
export async function setSpeakingLimit(ctx: Ctx, sessionId: string, input: SpeakingLimitInput): Promise<MeetingState> {
  await inTransaction(ctx, async (tx) => {
    const row = await loadConductedSession(tx, sessionId);
    const state = await loadMeetingState(tx, sessionId);
    const now = ctx.deps.clock.now();
    let before: number | null;
    if (input.agendaItemId) {
      await loadSessionItem(tx, sessionId, input.agendaItemId);
      before = (await readProceeding(tx, input.agendaItemId))?.speakingLimitSeconds ?? null;
      await saveProceeding(tx, sessionId, input.agendaItemId, { speakingLimitSeconds: input.seconds });
    } else {
      before = state.speakingLimitSeconds;
      await tx.db.update(meetingStates).set({ speakingLimitSeconds: input.seconds, updatedAt: now }).where(eq(meetingStates.sessionId, sessionId));
    }
    await recordAudit(tx, {
      action: 'meeting.speaking-limit',
      entityType: input.agendaItemId ? 'agenda_item' : 'session',
      entityId: input.agendaItemId ?? sessionId,
      organizationId: row.body.organizationId,
      summary: { sessionId, before: { seconds: before }, after: { seconds: input.seconds } },
    });
    await publishSessionEvent(tx, sessionId, { kind: 'meeting' });
  });
  return getMeetingState(ctx, sessionId);
}

/** The limit a speech on this item runs under: the item's own, else the session's. */
export async function speakingLimitFor(ctx: Ctx, sessionId: string, itemId: string): Promise<number | null> {
  const [own] = await ctx.db
    .select({ seconds: agendaItemProceedings.speakingLimitSeconds })
    .from(agendaItemProceedings)
    .where(inArray(agendaItemProceedings.agendaItemId, [itemId]));
  if (own?.seconds) return own.seconds;
  const [state] = await ctx.db.select({ seconds: meetingStates.speakingLimitSeconds }).from(meetingStates).where(eq(meetingStates.sessionId, sessionId));
  return state?.seconds ?? null;
}
