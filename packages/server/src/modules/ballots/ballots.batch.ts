import { createHash, randomInt } from 'node:crypto';
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { CastAck, CastInput } from '@collegium/shared/contracts/ballots';
import { inTransaction, systemCtx, type Ctx, type Deps } from '../../context.js';
import { persons, pollBallots, pollCasts, pollElectors, pollOptions, pollParticipations, polls, pollVotes } from '../../db/schema/index.js';
import { AppError, forbidden, invalidField, notFound } from '../../lib/app-error.js';
import { POLL_DEADLINE_JOB } from '../polls/polls.flow.js';
import { everySeatVoted, turnoutOf } from '../polls/polls.turnout.js';

export interface Cast extends CastInput {
  pollId: string;
  idempotencyKey: string;
}

export const receiptHash = (receipt: string) => createHash('sha256').update(receipt).digest('hex');

export interface PendingCast {
  userId: string;
  cast: Cast;
}

type PollRow = Pick<typeof polls.$inferSelect, 'id' | 'status' | 'method' | 'sessionId' | 'closesAt'>;
type Elector = typeof pollElectors.$inferSelect;
export type CastOutcome = { ack: CastAck; poll: PollRow } | AppError;

const closedWords: Record<string, string> = {
  draft: 'The vote has not been opened yet.',
  closed: 'The vote is closed; no more votes are taken.',
  annulled: 'The vote was annulled; no more votes are taken.',
};

const alreadyVotedSecretly =
  'You have already voted in this secret poll. To change your vote, use the device you voted from: it holds your receipt.';

const uniq = <T>(values: T[]) => [...new Set(values)];
const key = (...parts: string[]) => parts.join('/');

/** Everything the batch's casts need to be checked, read in a handful of queries. */
async function readState(ctx: Ctx, batch: readonly PendingCast[]) {
  const pollIds = uniq(batch.map((entry) => entry.cast.pollId));
  const userIds = uniq(batch.map((entry) => entry.userId));
  // Shared locks: casts run side by side, and closing (which locks for update) waits for them.
  const pollRows = await ctx.db
    .select({ id: polls.id, status: polls.status, method: polls.method, sessionId: polls.sessionId, closesAt: polls.closesAt })
    .from(polls)
    .where(inArray(polls.id, pollIds))
    .for('share');
  const people = await ctx.db.select({ id: persons.id, userId: persons.userId }).from(persons).where(inArray(persons.userId, userIds));
  const personIds = people.map((person) => person.id);
  const [seen, electors, options] = await Promise.all([
    ctx.db
      .select()
      .from(pollCasts)
      .where(and(inArray(pollCasts.pollId, pollIds), inArray(pollCasts.userId, userIds), inArray(pollCasts.idempotencyKey, uniq(batch.map((e) => e.cast.idempotencyKey))))),
    personIds.length ? ctx.db.select().from(pollElectors).where(and(inArray(pollElectors.pollId, pollIds), inArray(pollElectors.voterPersonId, personIds))) : [],
    ctx.db.select({ id: pollOptions.id, pollId: pollOptions.pollId }).from(pollOptions).where(inArray(pollOptions.pollId, pollIds)),
  ]);
  const seatIds = uniq(electors.map((elector) => elector.personId));
  const hashes = uniq(batch.flatMap((entry) => (entry.cast.receipt ? [receiptHash(entry.cast.receipt)] : [])));
  const [voted, votes, ballots] = await Promise.all([
    seatIds.length ? ctx.db.select({ pollId: pollParticipations.pollId, personId: pollParticipations.personId }).from(pollParticipations).where(and(inArray(pollParticipations.pollId, pollIds), inArray(pollParticipations.personId, seatIds))) : [],
    seatIds.length ? ctx.db.select({ pollId: pollVotes.pollId, personId: pollVotes.personId, optionId: pollVotes.optionId }).from(pollVotes).where(and(inArray(pollVotes.pollId, pollIds), inArray(pollVotes.personId, seatIds))) : [],
    hashes.length ? ctx.db.select().from(pollBallots).where(and(inArray(pollBallots.pollId, pollIds), inArray(pollBallots.receiptHash, hashes))) : [],
  ]);
  return {
    polls: new Map(pollRows.map((poll) => [poll.id, poll])),
    personOf: new Map(people.map((person) => [person.userId!, person.id])),
    seen: new Map(seen.map((row) => [key(row.pollId, row.userId, row.idempotencyKey), row])),
    electorsOf: (pollId: string, voter: string) => electors.filter((elector) => elector.pollId === pollId && elector.voterPersonId === voter),
    options: new Set(options.map((option) => key(option.pollId, option.id))),
    voted: new Set(voted.map((row) => key(row.pollId, row.personId))),
    votes: new Map(votes.map((row) => [key(row.pollId, row.personId), row.optionId])),
    ballots: new Map(ballots.map((row) => [key(row.pollId, row.receiptHash), row])),
  };
}

type State = Awaited<ReturnType<typeof readState>>;

function seatFor(electors: Elector[], me: string, onBehalfOf: string | undefined): Elector {
  const seat = electors.find((elector) => elector.personId === (onBehalfOf ?? me)) ?? (onBehalfOf || electors.length !== 1 ? undefined : electors[0]);
  if (seat) return seat;
  if (onBehalfOf) throw forbidden('You do not cast that member’s vote in this poll: only the member, the substitute sitting for them, or the holder of their proxy does.');
  if (electors.length > 1) throw invalidField('onBehalfOfPersonId', 'You cast more than one vote in this poll; say whose seat this vote is for.');
  throw forbidden(
    'You may not vote in this poll: it is for the voting members present when it opened (or the substitutes and proxies sitting for them), without those who declared a conflict of interest.',
  );
}

interface Writes {
  votes: Map<string, typeof pollVotes.$inferInsert>;
  participations: Map<string, typeof pollParticipations.$inferInsert>;
  /** per secret seat voting for the first time: the batch positions of its casts and its receipt hash */
  firstSecret: Map<string, { indexes: number[]; hash: string }>;
  casts: (typeof pollCasts.$inferInsert & { index: number })[];
  newBallots: Map<string, typeof pollBallots.$inferInsert>;
  changedBallots: Map<string, string>;
}

/** Checks one cast against the state (as changed by the casts before it in the batch) and plans its writes. */
function planCast(state: State, writes: Writes, { userId, cast }: PendingCast, index: number, now: Date): CastOutcome {
  const poll = state.polls.get(cast.pollId);
  if (!poll) return notFound('The poll');
  const castKey = key(poll.id, userId, cast.idempotencyKey);
  const seen = state.seen.get(castKey);
  if (seen) return { poll, ack: { pollId: poll.id, personId: seen.personId, acknowledgedAt: seen.acknowledgedAt.toISOString(), replayed: true, changed: false } };
  try {
    const me = state.personOf.get(userId);
    if (!me) throw forbidden('Your account is not linked to a member of this body, so you cannot vote.');
    if (poll.status !== 'open') throw new AppError('conflict', closedWords[poll.status] ?? 'The vote is not open.', { pollStatus: poll.status });
    if (poll.method === 'hands_totals' || poll.method === 'hands_named') throw new AppError('conflict', 'This vote is by show of hands: the secretary counts it.');
    const seat = seatFor(state.electorsOf(poll.id, me), me, cast.onBehalfOfPersonId);
    if (!state.options.has(key(poll.id, cast.optionId))) throw invalidField('optionId', 'That is not one of this poll’s options.');
    if (poll.method !== 'secret' && cast.receipt) throw invalidField('receipt', 'Only a secret vote takes a receipt.');
    const seatKey = key(poll.id, seat.personId);
    const votedBefore = state.voted.has(seatKey);
    let changed = false;
    if (poll.method === 'secret') {
      if (!cast.receipt) throw invalidField('receipt', 'A secret vote needs the receipt your device makes for it.');
      const hash = receiptHash(cast.receipt);
      const ballot = state.ballots.get(key(poll.id, hash));
      if (votedBefore) {
        if (!ballot) throw new AppError('conflict', alreadyVotedSecretly);
        changed = ballot.optionId !== cast.optionId;
        ballot.optionId = cast.optionId;
        if (ballot.id) writes.changedBallots.set(ballot.id, cast.optionId);
        else {
          writes.newBallots.set(hash, { ...writes.newBallots.get(hash)!, optionId: cast.optionId });
          writes.firstSecret.get(seatKey)?.indexes.push(index);
        }
      } else {
        if (ballot) throw invalidField('receipt', 'That receipt is already in use; your device must make a new one.');
        const row = { pollId: poll.id, optionId: cast.optionId, receiptHash: hash };
        writes.newBallots.set(hash, row);
        writes.firstSecret.set(seatKey, { indexes: [index], hash });
        state.ballots.set(key(poll.id, hash), { id: '', ...row });
      }
    } else {
      const before = state.votes.get(seatKey);
      changed = !!before && before !== cast.optionId;
      state.votes.set(seatKey, cast.optionId);
      writes.votes.set(seatKey, { pollId: poll.id, personId: seat.personId, optionId: cast.optionId, weight: seat.weight, castAt: now });
    }
    if (!votedBefore) {
      state.voted.add(seatKey);
      writes.participations.set(seatKey, { pollId: poll.id, personId: seat.personId, castByPersonId: me, votedAt: now });
    }
    const row = { pollId: poll.id, userId, idempotencyKey: cast.idempotencyKey, personId: seat.personId, acknowledgedAt: now };
    writes.casts.push({ ...row, index });
    state.seen.set(castKey, row);
    return { poll, ack: { pollId: poll.id, personId: seat.personId, acknowledgedAt: now.toISOString(), replayed: false, changed } };
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
}

function shuffled<T>(values: T[]): T[] {
  for (let i = values.length - 1; i > 0; i--) {
    const j = randomInt(i + 1);
    [values[i], values[j]] = [values[j]!, values[i]!];
  }
  return values;
}

/**
 * A secret seat whose participation another instance committed while this batch was read has voted already:
 * its ballot would count twice, so its casts are refused (the voter changes their vote with their receipt).
 */
function refuseSecretSeatsTakenMeanwhile(writes: Writes, outcomes: CastOutcome[], inserted: Set<string>): void {
  for (const [seatKey, { indexes, hash }] of writes.firstSecret) {
    if (inserted.has(seatKey)) continue;
    writes.newBallots.delete(hash);
    writes.casts = writes.casts.filter((cast) => !indexes.includes(cast.index));
    for (const index of indexes) outcomes[index] = new AppError('conflict', alreadyVotedSecretly);
  }
}

/** A timed poll whose last seat voted in this batch gets its closing job now, committed with the votes. */
async function closeWhenEveryoneVoted(tx: Ctx, state: State, writes: Writes): Promise<void> {
  const timed = uniq(writes.casts.map((cast) => cast.pollId)).filter((pollId) => state.polls.get(pollId)?.closesAt);
  for (const pollId of timed) {
    if (!everySeatVoted(await turnoutOf(tx, pollId))) continue;
    await tx.deps.jobs.enqueue(tx.db, POLL_DEADLINE_JOB, { pollId }, { singletonKey: `poll.all-voted:${pollId}` });
  }
}

/**
 * Records a batch of casts in one transaction and answers each: its acknowledgement, or why it was refused.
 * Secret ballots are inserted in random order, so their physical order does not follow arrival.
 */
export async function recordBatch(deps: Deps, batch: readonly PendingCast[]): Promise<CastOutcome[]> {
  return inTransaction(systemCtx(deps, 'ballots'), async (tx) => {
    const state = await readState(tx, batch);
    const now = deps.clock.now();
    const writes: Writes = { votes: new Map(), participations: new Map(), firstSecret: new Map(), casts: [], newBallots: new Map(), changedBallots: new Map() };
    const outcomes = batch.map((entry, index) => planCast(state, writes, entry, index, now));
    if (writes.participations.size) {
      const inserted = await tx.db
        .insert(pollParticipations)
        .values([...writes.participations.values()])
        .onConflictDoNothing()
        .returning({ pollId: pollParticipations.pollId, personId: pollParticipations.personId });
      refuseSecretSeatsTakenMeanwhile(writes, outcomes, new Set(inserted.map((row) => key(row.pollId, row.personId))));
    }
    if (writes.votes.size) {
      await tx.db
        .insert(pollVotes)
        .values([...writes.votes.values()])
        .onConflictDoUpdate({ target: [pollVotes.pollId, pollVotes.personId], set: { optionId: sql`excluded.option_id`, castAt: sql`excluded.cast_at` } });
    }
    if (writes.newBallots.size) await tx.db.insert(pollBallots).values(shuffled([...writes.newBallots.values()]));
    for (const [id, optionId] of writes.changedBallots) await tx.db.update(pollBallots).set({ optionId }).where(eq(pollBallots.id, id));
    if (writes.casts.length) await tx.db.insert(pollCasts).values(writes.casts.map(({ index: _, ...row }) => row));
    await closeWhenEveryoneVoted(tx, state, writes);
    return outcomes;
  });
}
