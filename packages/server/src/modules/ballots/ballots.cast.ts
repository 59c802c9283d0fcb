import { createHash } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import type { CastAck, CastInput } from '@collegium/shared/contracts/ballots';
import { inTransaction, type Ctx } from '../../context.js';
import { pollBallots, pollCasts, pollElectors, pollOptions, pollParticipations, polls, pollVotes } from '../../db/schema/index.js';
import { AppError, forbidden, invalidField, notFound, unauthenticated } from '../../lib/app-error.js';
import { callerPerson } from '../meeting/meeting.access.js';
import { loadReadablePoll } from '../polls/polls.access.js';
import { announceCast } from './ballots.announce.js';

export interface Cast extends CastInput {
  pollId: string;
  idempotencyKey: string;
}

export const receiptHash = (receipt: string) => createHash('sha256').update(receipt).digest('hex');

type PollRow = Pick<typeof polls.$inferSelect, 'id' | 'status' | 'method' | 'sessionId' | 'closesAt'>;

function requireOpen(poll: PollRow): void {
  if (poll.status === 'open') return;
  const why: Record<string, string> = {
    draft: 'The vote has not been opened yet.',
    closed: 'The vote is closed; no more votes are taken.',
    annulled: 'The vote was annulled; no more votes are taken.',
  };
  throw new AppError('conflict', why[poll.status] ?? 'The vote is not open.', { pollStatus: poll.status });
}

async function seatFor(ctx: Ctx, poll: PollRow, me: string, onBehalfOf: string | undefined) {
  const mine = await ctx.db.select().from(pollElectors).where(and(eq(pollElectors.pollId, poll.id), eq(pollElectors.voterPersonId, me)));
  const wanted = onBehalfOf ?? me;
  const seat = mine.find((elector) => elector.personId === wanted) ?? (onBehalfOf ? undefined : mine.length === 1 ? mine[0] : undefined);
  if (seat) return seat;
  if (onBehalfOf) throw forbidden('You do not cast that member’s vote in this poll: only the member, the substitute sitting for them, or the holder of their proxy does.');
  if (mine.length > 1) throw invalidField('onBehalfOfPersonId', 'You cast more than one vote in this poll; say whose seat this vote is for.');
  throw forbidden(
    'You may not vote in this poll: it is for the voting members present when it opened (or the substitutes and proxies sitting for them), without those who declared a conflict of interest.',
  );
}

async function refuseHidden<T>(ctx: Ctx, pollId: string, fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (error) {
    if (error instanceof AppError) await loadReadablePoll(ctx, pollId);
    throw error;
  }
}

/** A named vote: the seat's choice, replaced when it votes again. */
async function recordNamed(ctx: Ctx, pollId: string, seat: typeof pollElectors.$inferSelect, optionId: string, now: Date): Promise<boolean> {
  const [before] = await ctx.db.select({ optionId: pollVotes.optionId }).from(pollVotes).where(and(eq(pollVotes.pollId, pollId), eq(pollVotes.personId, seat.personId)));
  await ctx.db
    .insert(pollVotes)
    .values({ pollId, personId: seat.personId, optionId, weight: seat.weight, castAt: now })
    .onConflictDoUpdate({ target: [pollVotes.pollId, pollVotes.personId], set: { optionId, castAt: now } });
  return !!before && before.optionId !== optionId;
}

/**
 * A secret vote: an anonymous ballot under the receipt's hash, and — separately — that the seat voted.
 * A seat that voted before changes its ballot only by showing the same receipt.
 */
async function recordSecret(ctx: Ctx, pollId: string, optionId: string, receipt: string | undefined, voted: boolean): Promise<boolean> {
  if (!receipt) throw invalidField('receipt', 'A secret vote needs the receipt your device makes for it.');
  const hash = receiptHash(receipt);
  const [ballot] = await ctx.db.select({ id: pollBallots.id, optionId: pollBallots.optionId }).from(pollBallots).where(and(eq(pollBallots.pollId, pollId), eq(pollBallots.receiptHash, hash)));
  if (voted) {
    if (!ballot) throw new AppError('conflict', 'You have already voted in this secret poll. To change your vote, use the device you voted from: it holds your receipt.');
    await ctx.db.update(pollBallots).set({ optionId }).where(eq(pollBallots.id, ballot.id));
    return ballot.optionId !== optionId;
  }
  if (ballot) throw invalidField('receipt', 'That receipt is already in use; your device must make a new one.');
  await ctx.db.insert(pollBallots).values({ pollId, optionId, receiptHash: hash });
  return false;
}

/**
 * Casts (or changes) a vote. Acknowledged means committed: the vote is in the database before the answer
 * leaves. A key seen before answers its first acknowledgement and records nothing.
 */
export async function castVote(ctx: Ctx, cast: Cast): Promise<CastAck> {
  if (ctx.actor.kind !== 'user') throw unauthenticated();
  const userId = ctx.actor.userId;
  const result = await inTransaction(ctx, async (tx) => {
    // Shared lock: casts run side by side, and closing (which locks for update) waits for them.
    const [poll] = await tx.db
      .select({ id: polls.id, status: polls.status, method: polls.method, sessionId: polls.sessionId, closesAt: polls.closesAt })
      .from(polls)
      .where(eq(polls.id, cast.pollId))
      .for('share');
    if (!poll) throw notFound('The poll');
    const [seen] = await tx.db
      .select()
      .from(pollCasts)
      .where(and(eq(pollCasts.pollId, poll.id), eq(pollCasts.userId, userId), eq(pollCasts.idempotencyKey, cast.idempotencyKey)));
    if (seen) return { ack: { pollId: poll.id, personId: seen.personId, acknowledgedAt: seen.acknowledgedAt.toISOString(), replayed: true, changed: false }, poll };
    // Refusals before the seat is known go only to those who may see the poll; others learn nothing of it.
    const seat = await refuseHidden(tx, poll.id, async () => {
      const me = await callerPerson(tx);
      if (!me) throw forbidden('Your account is not linked to a member of this body, so you cannot vote.');
      requireOpen(poll);
      if (poll.method === 'hands_totals' || poll.method === 'hands_named') {
        throw new AppError('conflict', 'This vote is by show of hands: the secretary counts it.');
      }
      return seatFor(tx, poll, me, cast.onBehalfOfPersonId);
    });
    const me = seat.voterPersonId;
    const [option] = await tx.db.select({ id: pollOptions.id }).from(pollOptions).where(and(eq(pollOptions.id, cast.optionId), eq(pollOptions.pollId, poll.id)));
    if (!option) throw invalidField('optionId', 'That is not one of this poll’s options.');
    if (poll.method !== 'secret' && cast.receipt) throw invalidField('receipt', 'Only a secret vote takes a receipt.');
    const now = ctx.deps.clock.now();
    const [voted] = await tx.db
      .select({ personId: pollParticipations.personId })
      .from(pollParticipations)
      .where(and(eq(pollParticipations.pollId, poll.id), eq(pollParticipations.personId, seat.personId)));
    const changed =
      poll.method === 'secret'
        ? await recordSecret(tx, poll.id, option.id, cast.receipt, !!voted)
        : await recordNamed(tx, poll.id, seat, option.id, now);
    if (!voted) await tx.db.insert(pollParticipations).values({ pollId: poll.id, personId: seat.personId, castByPersonId: me, votedAt: now });
    await tx.db.insert(pollCasts).values({ pollId: poll.id, userId, idempotencyKey: cast.idempotencyKey, personId: seat.personId, acknowledgedAt: now });
    return { ack: { pollId: poll.id, personId: seat.personId, acknowledgedAt: now.toISOString(), replayed: false, changed }, poll };
  });
  if (!result.ack.replayed) announceCast(ctx.deps, result.poll);
  return result.ack;
}
