import { and, asc, count, eq, inArray } from 'drizzle-orm';
import type { Poll, PollList, PollResult } from '@collegium/shared/contracts/polls';
import type { Ctx } from '../../context.js';
import { agendaItems, persons, pollElectors, pollOptions, pollParticipations, polls, pollVotes } from '../../db/schema/index.js';
import { allows } from '../../lib/access.js';
import { fullName } from '../attendance/attendance.seats.js';
import { callerPerson } from '../meeting/meeting.access.js';
import { etagOf } from '../directory/directory.versions.js';
import { loadReadableSession, sessionResource } from '../sessions/sessions.access.js';
import { loadReadablePoll, type PollRow } from './polls.access.js';

const iso = (value: Date | null) => (value ? value.toISOString() : null);
const namedMethods = new Set(['named', 'hands_named']);

async function countsBy(ctx: Ctx, table: typeof pollElectors | typeof pollParticipations, ids: string[]): Promise<Map<string, number>> {
  const rows = await ctx.db.select({ pollId: table.pollId, n: count() }).from(table).where(inArray(table.pollId, ids)).groupBy(table.pollId);
  return new Map(rows.map((row) => [row.pollId, Number(row.n)]));
}

/** Presents polls as the caller sees them: counts, results, and the seats they may vote for. */
async function presentPolls(ctx: Ctx, rows: PollRow[], manage: boolean): Promise<Poll[]> {
  if (rows.length === 0) return [];
  const ids = rows.map((poll) => poll.id);
  const me = await callerPerson(ctx);
  const [options, electorCounts, votedCounts, mySeats] = await Promise.all([
    ctx.db.select().from(pollOptions).where(inArray(pollOptions.pollId, ids)).orderBy(asc(pollOptions.position)),
    countsBy(ctx, pollElectors, ids),
    countsBy(ctx, pollParticipations, ids),
    me
      ? ctx.db
          .select({ elector: pollElectors, person: persons })
          .from(pollElectors)
          .innerJoin(persons, eq(persons.id, pollElectors.personId))
          .where(and(inArray(pollElectors.pollId, ids), eq(pollElectors.voterPersonId, me)))
      : Promise.resolve([]),
  ]);
  const seatIds = mySeats.map((seat) => seat.elector.personId);
  const [participations, votes] = seatIds.length
    ? await Promise.all([
        ctx.db.select().from(pollParticipations).where(and(inArray(pollParticipations.pollId, ids), inArray(pollParticipations.personId, seatIds))),
        ctx.db.select().from(pollVotes).where(and(inArray(pollVotes.pollId, ids), inArray(pollVotes.personId, seatIds))),
      ])
    : [[], []];
  const key = (pollId: string, personId: string) => `${pollId}/${personId}`;
  const votedSet = new Set(participations.map((row) => key(row.pollId, row.personId)));
  const choiceOf = new Map(votes.map((row) => [key(row.pollId, row.personId), row.optionId]));

  return rows.map((poll): Poll => ({
    id: poll.id,
    sessionId: poll.sessionId,
    agendaItemId: poll.agendaItemId,
    subject: poll.subject as Poll['subject'],
    title: poll.title,
    method: poll.method as Poll['method'],
    kind: poll.kind as Poll['kind'],
    majorityRule: poll.majorityRule as Poll['majorityRule'],
    abstentions: poll.abstentions as Poll['abstentions'],
    tieBreak: poll.tieBreak as Poll['tieBreak'],
    weighted: poll.weighted,
    appliesOutcome: poll.appliesOutcome,
    status: poll.status as Poll['status'],
    closesAt: iso(poll.closesAt),
    openedAt: iso(poll.openedAt),
    closedAt: iso(poll.closedAt),
    options: options
      .filter((option) => option.pollId === poll.id)
      .map(({ id, role, label, position }) => ({ id, role: role as Poll['options'][number]['role'], label, position })),
    voted: votedCounts.get(poll.id) ?? 0,
    electors: electorCounts.get(poll.id) ?? 0,
    result: (poll.result as PollResult | null) ?? null,
    quorumAtOpen: (poll.quorumAtOpen as Poll['quorumAtOpen']) ?? null,
    annulledReason: poll.annulledReason,
    annulledAt: iso(poll.annulledAt),
    repeatOfPollId: poll.repeatOfPollId,
    etag: etagOf(poll.updatedAt),
    me: {
      seats: mySeats
        .filter((seat) => seat.elector.pollId === poll.id)
        .map(({ elector, person }) => ({
          personId: elector.personId,
          name: fullName(person),
          basis: elector.basis as Poll['me']['seats'][number]['basis'],
          voted: votedSet.has(key(poll.id, elector.personId)),
          optionId: namedMethods.has(poll.method) ? (choiceOf.get(key(poll.id, elector.personId)) ?? null) : null,
        })),
    },
    abilities: { manage },
  }));
}

export async function readPoll(ctx: Ctx, pollId: string): Promise<Poll> {
  const row = await loadReadablePoll(ctx, pollId);
  const manage = await allows(ctx, 'session:manage', sessionResource(row.session, row.body));
  const [poll] = await presentPolls(ctx, [row.poll], manage);
  return poll!;
}

/** A session's polls in the order they were made; polls on closed items only for those who may read them. */
export async function listPolls(ctx: Ctx, sessionId: string): Promise<PollList> {
  const row = await loadReadableSession(ctx, sessionId);
  const resource = sessionResource(row.session, row.body);
  const [manage, readClosed] = await Promise.all([allows(ctx, 'session:manage', resource), allows(ctx, 'session:read-closed', resource)]);
  const rows = await ctx.db
    .select({ poll: polls, isPublic: agendaItems.isPublic })
    .from(polls)
    .leftJoin(agendaItems, eq(agendaItems.id, polls.agendaItemId))
    .where(eq(polls.sessionId, sessionId))
    .orderBy(asc(polls.createdAt), asc(polls.id));
  const visible = rows.filter((entry) => readClosed || entry.isPublic !== false).map((entry) => entry.poll);
  return { items: await presentPolls(ctx, visible, manage) };
}
