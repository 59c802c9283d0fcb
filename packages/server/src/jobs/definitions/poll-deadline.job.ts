import { eq } from 'drizzle-orm';
import { Type } from 'typebox';
import { systemCtx, type Deps } from '../../context.js';
import { polls } from '../../db/schema/index.js';
import { closePoll, POLL_DEADLINE_JOB } from '../../modules/polls/polls.flow.js';
import { everySeatVoted, turnoutOf } from '../../modules/polls/polls.turnout.js';
import type { JobDefinition } from '../queue.js';

const payload = Type.Object({ pollId: Type.String({ format: 'uuid' }) });

/**
 * Closes a timed poll at its closing time, or earlier once every seat has voted (the last cast enqueues it
 * then); one already closed or annulled, or not yet due, is left alone.
 */
export function pollDeadlineJob(deps: Deps): JobDefinition<typeof payload> {
  return {
    name: POLL_DEADLINE_JOB,
    payload,
    maxAttempts: 10,
    handle: async ({ pollId }) => {
      const ctx = systemCtx(deps, POLL_DEADLINE_JOB);
      const [poll] = await ctx.db.select({ status: polls.status, closesAt: polls.closesAt }).from(polls).where(eq(polls.id, pollId));
      if (!poll || poll.status !== 'open' || !poll.closesAt) return;
      if (poll.closesAt <= deps.clock.now()) await closePoll(ctx, pollId, { reason: 'deadline' });
      else if (everySeatVoted(await turnoutOf(ctx, pollId))) await closePoll(ctx, pollId, { reason: 'all_voted' });
    },
  };
}
