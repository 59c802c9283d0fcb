import { and, count, eq, inArray, sql } from 'drizzle-orm';
import type { CorrespondenceItem, CorrespondenceOverview } from '@collegium/shared/contracts/correspondence';
import type { PollResult } from '@collegium/shared/contracts/polls';
import type { Ctx } from '../../context.js';
import {
  agendaItemPositions,
  agendaItemProceedings,
  agendaItems,
  correspondenceItems,
  correspondencePositions,
  correspondenceWithdrawalRequests,
  persons,
  pollElectors,
  pollOptions,
  pollParticipations,
  polls,
  pollVotes,
} from '../../db/schema/index.js';
import { allows } from '../../lib/access.js';
import { AppError } from '../../lib/app-error.js';
import { numberAgenda } from '@collegium/shared/domain/agenda-numbering';
import { loadAgendaRows } from '../sessions/agenda.queries.js';
import { loadReadableSession, sessionResource } from '../sessions/sessions.access.js';
import { callerPersonId } from './correspondence.access.js';
import { isVotedKind } from './correspondence.items.js';
import { correspondenceRulesOf } from './correspondence.rules.js';

const personName = sql<string>`${persons.givenName} || ' ' || ${persons.familyName}`;
type PollRow = typeof polls.$inferSelect;

/** The latest opened vote of each item, with how many seats it has and how many voted. */
async function loadItemPolls(ctx: Ctx, sessionId: string) {
  const rows = await ctx.db.select().from(polls).where(and(eq(polls.sessionId, sessionId), inArray(polls.status, ['open', 'closed', 'annulled'])));
  const latest = new Map<string, PollRow>();
  for (const row of rows) {
    const seen = row.agendaItemId ? latest.get(row.agendaItemId) : undefined;
    if (row.agendaItemId && (!seen || row.createdAt > seen.createdAt)) latest.set(row.agendaItemId, row);
  }
  const ids = [...latest.values()].map((row) => row.id);
  if (ids.length === 0) return { latest, electors: new Map<string, number>(), voted: new Map<string, number>(), roles: new Map<string, string>() };
  const [electors, voted, options] = await Promise.all([
    ctx.db.select({ pollId: pollElectors.pollId, n: count() }).from(pollElectors).where(inArray(pollElectors.pollId, ids)).groupBy(pollElectors.pollId),
    ctx.db.select({ pollId: pollParticipations.pollId, n: count() }).from(pollParticipations).where(inArray(pollParticipations.pollId, ids)).groupBy(pollParticipations.pollId),
    ctx.db.select({ id: pollOptions.id, role: pollOptions.role }).from(pollOptions).where(inArray(pollOptions.pollId, ids)),
  ]);
  return {
    latest,
    electors: new Map(electors.map((row) => [row.pollId, row.n])),
    voted: new Map(voted.map((row) => [row.pollId, row.n])),
    roles: new Map(options.map((row) => [row.id, row.role])),
  };
}

/** The caller's seats in the session's votes, and how each seat voted: pollId → option role or null. */
async function loadMySeats(ctx: Ctx, personId: string | null, pollIds: string[]) {
  const mine = new Map<string, string | null>();
  if (!personId || pollIds.length === 0) return mine;
  const seats = await ctx.db
    .select({ pollId: pollElectors.pollId, role: pollOptions.role })
    .from(pollElectors)
    .leftJoin(pollVotes, and(eq(pollVotes.pollId, pollElectors.pollId), eq(pollVotes.personId, pollElectors.personId)))
    .leftJoin(pollOptions, eq(pollOptions.id, pollVotes.optionId))
    .where(and(inArray(pollElectors.pollId, pollIds), eq(pollElectors.voterPersonId, personId)));
  for (const seat of seats) mine.set(seat.pollId, seat.role ?? null);
  return mine;
}

/**
 * A correspondence session item by item, as the caller may see it: deadlines, the votes' progress and
 * results, written positions, withdrawal requests (who asked: for managers only) and the caller's answers.
 */
export async function readCorrespondence(ctx: Ctx, sessionId: string): Promise<CorrespondenceOverview> {
  const row = await loadReadableSession(ctx, sessionId);
  const { session, body } = row;
  if (session.kind !== 'correspondence') throw new AppError('conflict', 'This session meets in person; it has no answers by correspondence.');
  const resource = sessionResource(session, body);
  const [manage, readClosed, personId] = await Promise.all([allows(ctx, 'session:manage', resource), allows(ctx, 'session:read-closed', resource), callerPersonId(ctx)]);
  const agenda = numberAgenda(await loadAgendaRows(ctx, sessionId)).filter(({ item }) => item.isPublic || readClosed);
  const itemIds = agenda.map(({ item }) => item.id);
  const none = itemIds.length === 0;
  const [corr, pollInfo, positions, requests, proceedings, conflicts] = await Promise.all([
    ctx.db.select().from(correspondenceItems).where(eq(correspondenceItems.sessionId, sessionId)),
    loadItemPolls(ctx, sessionId),
    none
      ? []
      : ctx.db
          .select({ position: correspondencePositions, name: personName })
          .from(correspondencePositions)
          .innerJoin(persons, eq(persons.id, correspondencePositions.personId))
          .where(inArray(correspondencePositions.agendaItemId, itemIds))
          .orderBy(correspondencePositions.createdAt),
    none
      ? []
      : ctx.db
          .select({ request: correspondenceWithdrawalRequests, name: personName })
          .from(correspondenceWithdrawalRequests)
          .innerJoin(persons, eq(persons.id, correspondenceWithdrawalRequests.personId))
          .where(inArray(correspondenceWithdrawalRequests.agendaItemId, itemIds))
          .orderBy(correspondenceWithdrawalRequests.requestedAt),
    none ? [] : ctx.db.select().from(agendaItemProceedings).where(inArray(agendaItemProceedings.agendaItemId, itemIds)),
    none
      ? []
      : ctx.db
          .select({ declared: agendaItemPositions, name: personName })
          .from(agendaItemPositions)
          .innerJoin(persons, eq(persons.id, agendaItemPositions.personId))
          .where(and(inArray(agendaItemPositions.agendaItemId, itemIds), eq(agendaItemPositions.position, 'conflict_of_interest')))
          .orderBy(persons.familyName, persons.givenName),
  ]);
  const corrByItem = new Map(corr.map((c) => [c.agendaItemId, c]));
  const carriedSessions = new Map(
    (corr.some((c) => c.carriedToItemId)
      ? await ctx.db.select({ id: agendaItems.id, sessionId: agendaItems.sessionId }).from(agendaItems).where(inArray(agendaItems.id, corr.flatMap((c) => (c.carriedToItemId ? [c.carriedToItemId] : []))))
      : []
    ).map((r) => [r.id, r.sessionId]),
  );
  const mySeats = await loadMySeats(ctx, personId, [...pollInfo.latest.values()].map((p) => p.id));
  const outcomeOf = new Map(proceedings.map((p) => [p.agendaItemId, p.outcome]));
  const now = ctx.deps.clock.now();

  const items = agenda.map(({ item, number }): CorrespondenceItem => {
    const c = corrByItem.get(item.id);
    const poll = pollInfo.latest.get(item.id) ?? null;
    const result = poll?.result as PollResult | null | undefined;
    const deadline = c?.deadlineAt ?? (isVotedKind(item.kind) ? session.deadlineAt : null);
    const itemRequests = requests.filter((r) => r.request.agendaItemId === item.id);
    const mineRequest = itemRequests.find((r) => r.request.personId === personId);
    const minePosition = positions.find((p) => p.position.agendaItemId === item.id && p.position.personId === personId);
    const itemConflicts = conflicts.filter((row) => row.declared.agendaItemId === item.id);
    const mineConflict = itemConflicts.find((row) => row.declared.personId === personId || row.declared.recordedByPersonId === personId);
    const carriedSession = c?.carriedToItemId ? carriedSessions.get(c.carriedToItemId) : undefined;
    return {
      agendaItemId: item.id,
      number,
      title: item.title,
      kind: item.kind,
      voted: isVotedKind(item.kind),
      deadlineAt: deadline?.toISOString() ?? null,
      ownDeadline: !!c && c.deadlineAt.getTime() !== session.deadlineAt?.getTime(),
      outcome: outcomeOf.get(item.id) ?? null,
      poll: poll
        ? {
            id: poll.id,
            status: poll.status as 'open',
            voted: pollInfo.voted.get(poll.id) ?? 0,
            electors: pollInfo.electors.get(poll.id) ?? 0,
            passed: result ? result.passed : null,
            void: result ? result.void : null,
            counts: result ? Object.fromEntries(result.counts.map((entry) => [pollInfo.roles.get(entry.optionId) ?? entry.optionId, entry.votes])) : null,
            annulledReason: poll.annulledReason,
          }
        : null,
      positions: positions
        .filter((p) => p.position.agendaItemId === item.id)
        .map((p) => ({ personId: p.position.personId, name: p.name, text: p.position.text, updatedAt: p.position.updatedAt.toISOString() })),
      conflicts: itemConflicts.map((row) => ({ personId: row.declared.personId, name: row.name, reason: row.declared.reason })),
      withdrawalRequests: {
        count: itemRequests.length,
        ...(manage
          ? { entries: itemRequests.map((r) => ({ personId: r.request.personId, name: r.name, reason: r.request.reason, requestedAt: r.request.requestedAt.toISOString() })) }
          : {}),
      },
      withdrawnAt: c?.withdrawnAt?.toISOString() ?? null,
      carriedTo: c?.carriedToItemId && carriedSession ? { sessionId: carriedSession, agendaItemId: c.carriedToItemId } : null,
      answersClosed: !poll || poll.status !== 'open' || !deadline || deadline <= now || !!c?.withdrawnAt,
      mine: {
        elector: poll ? mySeats.has(poll.id) : false,
        vote: poll ? (mySeats.get(poll.id) ?? null) : null,
        position: minePosition?.position.text ?? null,
        withdrawalRequested: !!mineRequest,
        withdrawalReason: mineRequest?.request.reason ?? null,
        conflict: mineConflict ? (mineConflict.declared.reason ?? '') : null,
      },
    };
  });
  return { sessionId, status: session.status, deadlineAt: session.deadlineAt?.toISOString() ?? null, rules: correspondenceRulesOf(body.rules), manage, items };
}
