import { eq } from 'drizzle-orm';
import { Type } from 'typebox';
import { systemCtx, type Deps } from '../../context.js';
import { polls } from '../../db/schema/index.js';
import { closePoll, POLL_DEADLINE_JOB } from '../../modules/polls/polls.flow.js';
import type { JobDefinition } from '../queue.js';

const payload = Type.Object({ pollId: Type.String({ format: 'uuid' }) });

/** Closes a poll at its closing time; one already closed, annulled or given a later time is left alone. */
export function pollDeadlineJob(deps: Deps): JobDefinition<typeof payload> {
  return {
    name: POLL_DEADLINE_JOB,
    payload,
    maxAttempts: 10,
    handle: async ({ pollId }) => {
      const ctx = systemCtx(deps, POLL_DEADLINE_JOB);
      const [poll] = await ctx.db.select({ status: polls.status, closesAt: polls.closesAt }).from(polls).where(eq(polls.id, pollId));
      if (!poll || poll.status !== 'open' || !poll.closesAt || poll.closesAt > deps.clock.now()) return;
      await closePoll(ctx, pollId, { reason: 'deadline' });
    },
  };
}
