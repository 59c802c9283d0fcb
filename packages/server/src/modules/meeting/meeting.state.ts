import { and, asc, eq, sql } from 'drizzle-orm';
import type { MeetingState, Speaker } from '@collegium/shared/contracts/meeting';
import { numberAgenda } from '@collegium/shared/domain/agenda-numbering';
import type { Ctx } from '../../context.js';
import { agendaAmendments, agendaItemProceedings, agendaItems, persons, speakerRequests, users } from '../../db/schema/index.js';
import { allows } from '../../lib/access.js';
import { loadReadableSession, sessionResource, type SessionWithBody } from '../sessions/sessions.access.js';
import { getConsentBlock } from '../positions/consent-block.service.js';
import { callerPerson, mayConduct, maySpeak, readMeetingStateRow } from './meeting.access.js';
import { presentAmendment, presentProceeding, presentSpeaker } from './meeting.presenters.js';

const personName = sql<string>`${persons.givenName} || ' ' || ${persons.familyName}`;

/** The meeting of a session as the caller sees it: whoever may read the session. */
export async function getMeetingState(ctx: Ctx, sessionId: string): Promise<MeetingState> {
  return presentMeetingState(ctx, await loadReadableSession(ctx, sessionId));
}

export async function presentMeetingState(ctx: Ctx, row: SessionWithBody): Promise<MeetingState> {
  const sessionId = row.session.id;
  const [state, readClosed, conduct, me] = await Promise.all([
    readMeetingStateRow(ctx, sessionId),
    allows(ctx, 'session:read-closed', sessionResource(row.session, row.body)),
    mayConduct(ctx, row),
    callerPerson(ctx),
  ]);
  const [amendments, proceedings, items, speakers] = await Promise.all([
    ctx.db
      .select({ amendment: agendaAmendments, name: personName })
      .from(agendaAmendments)
      .leftJoin(persons, eq(persons.id, agendaAmendments.proposerPersonId))
      .where(eq(agendaAmendments.sessionId, sessionId))
      .orderBy(asc(agendaAmendments.recordedAt), asc(agendaAmendments.id)),
    ctx.db
      .select({ proceeding: agendaItemProceedings, recordedBy: users.displayName })
      .from(agendaItemProceedings)
      .leftJoin(users, eq(users.id, agendaItemProceedings.outcomeRecordedBy))
      .where(eq(agendaItemProceedings.sessionId, sessionId)),
    ctx.db
      .select({ id: agendaItems.id, parentId: agendaItems.parentId, position: agendaItems.position, isPublic: agendaItems.isPublic })
      .from(agendaItems)
      .where(eq(agendaItems.sessionId, sessionId)),
    state?.currentItemId
      ? ctx.db
          .select({ request: speakerRequests, name: personName })
          .from(speakerRequests)
          .innerJoin(persons, eq(persons.id, speakerRequests.personId))
          .where(and(eq(speakerRequests.agendaItemId, state.currentItemId)))
          .orderBy(asc(speakerRequests.queuePosition), asc(speakerRequests.requestedAt))
      : Promise.resolve([]),
  ]);
  const order = new Map(numberAgenda(items).map(({ item }, index) => [item.id, index]));
  const publicItems = new Set(items.filter((item) => item.isPublic).map((item) => item.id));
  const presented = speakers.map(({ request, name }) => presentSpeaker(request, name));
  const queue = presented.filter((s) => s.status === 'waiting');
  const own = me ? presented.find((s) => s.person.id === me && (s.status === 'waiting' || s.status === 'speaking')) ?? null : null;
  const inBlock = proceedings.filter(({ proceeding }) => proceeding.inConsentBlock).map(({ proceeding }) => proceeding.agendaItemId);
  const decided = new Set(proceedings.filter(({ proceeding }) => proceeding.outcome).map(({ proceeding }) => proceeding.agendaItemId));
  const consentBlockItemIds = state?.consentBlockAdoptedAt
    ? inBlock
    : (await getConsentBlock(ctx, sessionId)).filter((id) => !decided.has(id));
  return {
    sessionId,
    sessionStatus: row.session.status,
    agendaAdoptedAt: state?.agendaAdoptedAt?.toISOString() ?? null,
    consentBlockAdoptedAt: state?.consentBlockAdoptedAt?.toISOString() ?? null,
    consentBlockItemIds: sortByAgenda(consentBlockItemIds, order),
    currentItemId: state?.currentItemId ?? null,
    currentItemSince: state?.currentItemSince?.toISOString() ?? null,
    speakingLimitSeconds: state?.speakingLimitSeconds ?? null,
    amendments: amendments.map(({ amendment, name }) => presentAmendment(amendment, amendment.proposerPersonId ? name : null)),
    items: proceedings
      .map(({ proceeding, recordedBy }) => presentProceeding(proceeding, recordedBy, readClosed || publicItems.has(proceeding.agendaItemId)))
      .sort((a, b) => (order.get(a.agendaItemId) ?? 0) - (order.get(b.agendaItemId) ?? 0)),
    currentSpeaker: presented.find((s) => s.status === 'speaking') ?? null,
    queue,
    spoken: presented.filter((s) => s.status === 'done').sort(byStart),
    me: { personId: me, request: own, queuePlace: own?.status === 'waiting' ? queue.indexOf(own) + 1 : null },
    abilities: {
      conduct,
      askForFloor:
        row.session.status === 'in_progress' && state?.currentItemId != null && !own && me !== null && (await maySpeak(ctx, row)),
    },
    serverTime: ctx.deps.clock.now().toISOString(),
  };
}

const byStart = (a: Speaker, b: Speaker) => (a.startedAt ?? '').localeCompare(b.startedAt ?? '');

function sortByAgenda(ids: readonly string[], order: Map<string, number>): string[] {
  return [...ids].sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0));
}
