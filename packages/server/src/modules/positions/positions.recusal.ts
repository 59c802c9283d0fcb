import { and, eq, inArray } from 'drizzle-orm';
import type { Ctx } from '../../context.js';
import { pollElectors, pollParticipations, polls } from '../../db/schema/index.js';
import { AppError } from '../../lib/app-error.js';
import { publishSessionEvent } from '../../lib/session-events.js';

/**
 * The open votes on an item, locked against casts and closing until the caller's transaction ends. Taken
 * before the session row, in the order closing a vote takes them.
 */
export async function lockOpenPolls(ctx: Ctx, agendaItemId: string): Promise<string[]> {
  const rows = await ctx.db
    .select({ id: polls.id })
    .from(polls)
    .where(and(eq(polls.agendaItemId, agendaItemId), eq(polls.status, 'open')))
    .for('update');
  return rows.map((row) => row.id);
}

/**
 * A conflict of interest declared while a vote on the item is open takes the seat out of that vote, so it
 * neither votes nor counts. Once the seat has voted the ballot cannot be taken back (a secret one is not
 * linked to it), so the declaration is refused.
 */
export async function leaveOpenVotes(ctx: Ctx, sessionId: string, open: string[], seatPersonId: string): Promise<void> {
  if (open.length === 0) return;
  const [voted] = await ctx.db
    .select({ pollId: pollParticipations.pollId })
    .from(pollParticipations)
    .where(and(inArray(pollParticipations.pollId, open), eq(pollParticipations.personId, seatPersonId)))
    .limit(1);
  if (voted) {
    throw new AppError('conflict', 'This seat has already voted on the item, and a cast vote cannot be taken back; declare a conflict of interest before voting.');
  }
  const left = await ctx.db
    .delete(pollElectors)
    .where(and(inArray(pollElectors.pollId, open), eq(pollElectors.personId, seatPersonId)))
    .returning({ pollId: pollElectors.pollId });
  for (const pollId of new Set(left.map((row) => row.pollId))) await publishSessionEvent(ctx, sessionId, { kind: 'poll.changed', pollId });
}

/** A declared conflict stands while a vote on the item is open: the seat left that vote. */
export function requireNoOpenVote(open: string[]): void {
  if (open.length > 0) {
    throw new AppError('conflict', 'A vote on this item is open; the declared conflict of interest stands until it closes.');
  }
}
