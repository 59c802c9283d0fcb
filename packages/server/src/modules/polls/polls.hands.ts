import { and, eq, inArray } from 'drizzle-orm';
import type { HandVotesInput, Poll } from '@collegium/shared/contracts/polls';
import { inTransaction, type Ctx } from '../../context.js';
import { pollElectors, pollOptions, pollParticipations, pollVotes } from '../../db/schema/index.js';
import { AppError, invalidField } from '../../lib/app-error.js';
import { recordAudit } from '../../lib/audit.js';
import { publishSessionEvent } from '../../lib/session-events.js';
import { loadManagedPoll, requirePollStatus } from './polls.access.js';
import { readPoll } from './polls.read.js';

/**
 * Records a show of hands seat by seat (a named count by the secretary) while the poll is open: each entry
 * sets that seat's choice, or clears it with a null option.
 */
export async function recordHandVotes(ctx: Ctx, pollId: string, input: HandVotesInput): Promise<Poll> {
  await inTransaction(ctx, async (tx) => {
    const { poll, body } = await loadManagedPoll(tx, pollId);
    if (poll.method !== 'hands_named') {
      throw new AppError('conflict', 'Hands are recorded seat by seat only in a named show of hands; this poll is cast on devices or counted in totals.');
    }
    requirePollStatus(poll, ['open'], 'counted');
    const personIds = [...new Set(input.votes.map((vote) => vote.personId))];
    if (personIds.length !== input.votes.length) throw invalidField('votes', 'Each seat may appear only once.');
    const [electors, options] = await Promise.all([
      tx.db.select().from(pollElectors).where(and(eq(pollElectors.pollId, pollId), inArray(pollElectors.personId, personIds))),
      tx.db.select({ id: pollOptions.id }).from(pollOptions).where(eq(pollOptions.pollId, pollId)),
    ]);
    const weightOf = new Map(electors.map((elector) => [elector.personId, elector.weight]));
    const optionIds = new Set(options.map((option) => option.id));
    const now = ctx.deps.clock.now();
    const recordedBy = ctx.actor.kind === 'user' ? ctx.actor.userId : null;
    for (const [index, vote] of input.votes.entries()) {
      const weight = weightOf.get(vote.personId);
      if (weight === undefined) throw new AppError('validation_failed', 'That person may not vote in this poll.', { field: 'votes', row: index });
      if (vote.optionId && !optionIds.has(vote.optionId)) throw new AppError('validation_failed', 'That option is not one of this poll’s.', { field: 'votes', row: index });
      const seat = and(eq(pollVotes.pollId, pollId), eq(pollVotes.personId, vote.personId));
      if (!vote.optionId) {
        await tx.db.delete(pollVotes).where(seat);
        await tx.db.delete(pollParticipations).where(and(eq(pollParticipations.pollId, pollId), eq(pollParticipations.personId, vote.personId)));
        continue;
      }
      await tx.db
        .insert(pollVotes)
        .values({ pollId, personId: vote.personId, optionId: vote.optionId, weight, castAt: now })
        .onConflictDoUpdate({ target: [pollVotes.pollId, pollVotes.personId], set: { optionId: vote.optionId, castAt: now } });
      await tx.db
        .insert(pollParticipations)
        .values({ pollId, personId: vote.personId, recordedBy, votedAt: now })
        .onConflictDoUpdate({ target: [pollParticipations.pollId, pollParticipations.personId], set: { recordedBy, votedAt: now } });
    }
    await recordAudit(tx, {
      action: 'poll.hands',
      entityType: 'poll',
      entityId: pollId,
      organizationId: body.organizationId,
      summary: { sessionId: poll.sessionId, after: { votes: input.votes } },
    });
    await publishSessionEvent(tx, poll.sessionId, { kind: 'poll.changed', pollId });
  });
  return readPoll(ctx, pollId);
}
