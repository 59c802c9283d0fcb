import { and, eq, inArray, max, min } from 'drizzle-orm';
import type { FloorRequestInput, MeetingState, SpeakerOrderInput } from '@collegium/shared/contracts/meeting';
import { inTransaction, type Ctx } from '../../context.js';
import { persons, speakerRequests } from '../../db/schema/index.js';
import { allows } from '../../lib/access.js';
import { AppError, forbidden, invalidField, notFound } from '../../lib/app-error.js';
import { recordAudit } from '../../lib/audit.js';
import { publishSessionEvent } from '../../lib/session-events.js';
import { loadReadableSession, sessionResource, type SessionWithBody } from '../sessions/sessions.access.js';
import { callerPerson, loadConductedSession, loadMeetingState, maySpeak, requireAgendaAdopted, requireInProgress } from './meeting.access.js';
import { speakingLimitFor } from './meeting.items.service.js';
import { actorUserId } from './meeting.proceedings.js';
import type { SpeakerRow } from './meeting.presenters.js';
import { getMeetingState } from './meeting.state.js';

/** The item being dealt with now; 409 when the meeting is between items. */
async function currentItemOf(ctx: Ctx, sessionId: string): Promise<string> {
  const state = await loadMeetingState(ctx, sessionId);
  requireAgendaAdopted(state);
  if (!state.currentItemId) throw new AppError('conflict', 'No item is being dealt with now; the floor is asked for on the current item.');
  return state.currentItemId;
}

async function audit(ctx: Ctx, row: SessionWithBody, action: string, request: { id: string }, summary: Record<string, unknown>, entityType = 'speaker_request') {
  await recordAudit(ctx, {
    action,
    entityType,
    entityId: request.id,
    organizationId: row.body.organizationId,
    summary: { sessionId: row.session.id, ...summary },
  });
  await publishSessionEvent(ctx, row.session.id, { kind: 'speakers' });
}

/**
 * Asks for the floor on the current item: for oneself (members, substitutes, guests when the body's rules
 * let them speak), or — by the chair or secretary — for someone else. A reply goes to the head of the queue.
 */
export async function askForFloor(ctx: Ctx, sessionId: string, input: FloorRequestInput): Promise<MeetingState> {
  await inTransaction(ctx, async (tx) => {
    const row = await loadReadableSession(tx, sessionId, { forUpdate: true });
    const conducts = await allows(tx, 'session:manage', sessionResource(row.session, row.body));
    let personId: string;
    if (input.personId) {
      if (!conducts) throw forbidden('Only the chair or the secretary puts someone else on the speakers list.');
      const [person] = await tx.db.select({ id: persons.id }).from(persons).where(eq(persons.id, input.personId)).limit(1);
      if (!person) throw invalidField('personId', 'There is no such person in the directory.');
      personId = person.id;
    } else {
      const own = await callerPerson(tx);
      if (!own || !(await maySpeak(tx, row))) {
        throw forbidden('Only members of the body, their substitutes and — where the rules allow — guests may ask for the floor.');
      }
      personId = own;
    }
    requireInProgress(row);
    const itemId = await currentItemOf(tx, sessionId);
    const [open] = await tx.db
      .select({ id: speakerRequests.id })
      .from(speakerRequests)
      .where(and(eq(speakerRequests.agendaItemId, itemId), eq(speakerRequests.personId, personId), inArray(speakerRequests.status, ['waiting', 'speaking'])))
      .limit(1);
    if (open) throw new AppError('conflict', 'Already on the speakers list of this item.');
    const kind = input.kind ?? 'speech';
    const waiting = and(eq(speakerRequests.agendaItemId, itemId), eq(speakerRequests.status, 'waiting'));
    const [edge] = await tx.db
      .select({ first: min(speakerRequests.queuePosition), last: max(speakerRequests.queuePosition) })
      .from(speakerRequests)
      .where(waiting);
    const queuePosition = kind === 'reply' ? (edge?.first ?? 1) - 1 : (edge?.last ?? -1) + 1;
    const [request] = await tx.db
      .insert(speakerRequests)
      .values({ sessionId, agendaItemId: itemId, personId, kind, queuePosition, source: input.personId ? 'chair' : 'request', requestedAt: ctx.deps.clock.now() })
      .returning();
    await audit(tx, row, 'meeting.floor-request', request!, { after: { agendaItemId: itemId, personId, kind } });
  });
  return getMeetingState(ctx, sessionId);
}

async function loadRequest(ctx: Ctx, sessionId: string, requestId: string): Promise<SpeakerRow> {
  const [request] = await ctx.db
    .select()
    .from(speakerRequests)
    .where(and(eq(speakerRequests.id, requestId), eq(speakerRequests.sessionId, sessionId)))
    .limit(1);
  if (!request) throw notFound('The request for the floor');
  return request;
}

/** Takes a waiting request off the list: the person who asked, or the chair or secretary. */
export async function withdrawFloorRequest(ctx: Ctx, sessionId: string, requestId: string): Promise<MeetingState> {
  await inTransaction(ctx, async (tx) => {
    const row = await loadReadableSession(tx, sessionId, { forUpdate: true });
    const request = await loadRequest(tx, sessionId, requestId);
    const conducts = await allows(tx, 'session:manage', sessionResource(row.session, row.body));
    if (!conducts && request.personId !== (await callerPerson(tx))) throw forbidden('Only the person who asked, the chair or the secretary can withdraw this request.');
    requireInProgress(row);
    if (request.status !== 'waiting') throw new AppError('conflict', `The request is ${request.status === 'speaking' ? 'being spoken' : request.status}; only a waiting request can be withdrawn.`);
    await tx.db.update(speakerRequests).set({ status: 'withdrawn', endedAt: ctx.deps.clock.now() }).where(eq(speakerRequests.id, requestId));
    await audit(tx, row, 'meeting.floor-withdraw', request, { before: { status: 'waiting' }, after: { status: 'withdrawn' } });
  });
  return getMeetingState(ctx, sessionId);
}

/** Gives the floor to a waiting speaker of the current item; a speech still running ends first. */
export async function grantFloor(ctx: Ctx, sessionId: string, requestId: string): Promise<MeetingState> {
  await inTransaction(ctx, async (tx) => {
    const row = await loadConductedSession(tx, sessionId);
    const itemId = await currentItemOf(tx, sessionId);
    const request = await loadRequest(tx, sessionId, requestId);
    if (request.agendaItemId !== itemId) throw new AppError('conflict', 'The request is for another item than the current one.');
    if (request.status !== 'waiting') throw new AppError('conflict', 'Only a waiting speaker can be given the floor.');
    const now = ctx.deps.clock.now();
    await tx.db
      .update(speakerRequests)
      .set({ status: 'done', endedAt: now })
      .where(and(eq(speakerRequests.sessionId, sessionId), eq(speakerRequests.status, 'speaking')));
    const limitSeconds = await speakingLimitFor(tx, sessionId, itemId);
    await tx.db
      .update(speakerRequests)
      .set({ status: 'speaking', startedAt: now, limitSeconds, grantedBy: actorUserId(ctx) })
      .where(eq(speakerRequests.id, requestId));
    await audit(tx, row, 'meeting.floor-grant', request, { after: { status: 'speaking', limitSeconds } });
  });
  return getMeetingState(ctx, sessionId);
}

/** Ends the running speech. */
export async function endSpeech(ctx: Ctx, sessionId: string, requestId: string): Promise<MeetingState> {
  await inTransaction(ctx, async (tx) => {
    const row = await loadConductedSession(tx, sessionId);
    const request = await loadRequest(tx, sessionId, requestId);
    if (request.status !== 'speaking') throw new AppError('conflict', 'That speaker does not have the floor.');
    await tx.db.update(speakerRequests).set({ status: 'done', endedAt: ctx.deps.clock.now() }).where(eq(speakerRequests.id, requestId));
    await audit(tx, row, 'meeting.floor-end', request, { after: { status: 'done' } });
  });
  return getMeetingState(ctx, sessionId);
}

/** Puts the current item's waiting speakers in a new order; every waiting request once. */
export async function reorderSpeakers(ctx: Ctx, sessionId: string, input: SpeakerOrderInput): Promise<MeetingState> {
  await inTransaction(ctx, async (tx) => {
    const row = await loadConductedSession(tx, sessionId);
    const itemId = await currentItemOf(tx, sessionId);
    const waiting = await tx.db
      .select({ id: speakerRequests.id })
      .from(speakerRequests)
      .where(and(eq(speakerRequests.agendaItemId, itemId), eq(speakerRequests.status, 'waiting')));
    const known = new Set(waiting.map((w) => w.id));
    if (input.ids.length !== known.size || new Set(input.ids).size !== known.size || input.ids.some((id) => !known.has(id))) {
      throw invalidField('ids', 'List every waiting speaker of the current item exactly once; the list may have changed meanwhile.');
    }
    for (const [index, id] of input.ids.entries()) {
      await tx.db.update(speakerRequests).set({ queuePosition: index }).where(eq(speakerRequests.id, id));
    }
    await audit(tx, row, 'meeting.speakers-reorder', { id: itemId }, { after: { order: input.ids } }, 'agenda_item');
  });
  return getMeetingState(ctx, sessionId);
}
