import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Ctx } from '../../context.js';
import { polls } from '../../db/schema/index.js';
import { AppError } from '../../lib/app-error.js';

/**
 * A session is not closed while one of its votes is open: the vote would never be counted. Called in the
 * closing transaction. The session's open and draft polls are locked, so a poll being opened at the same
 * moment either commits first (and is found open here) or waits and then sees the session closed.
 */
export async function refuseCloseWithOpenPoll(ctx: Ctx, sessionId: string): Promise<void> {
  const pending = await ctx.db
    .select({ id: polls.id, title: polls.title, status: polls.status })
    .from(polls)
    .where(and(eq(polls.sessionId, sessionId), inArray(polls.status, ['draft', 'open'])))
    .orderBy(asc(polls.createdAt), asc(polls.id))
    .for('update');
  const open = pending.find((poll) => poll.status === 'open');
  if (!open) return;
  throw new AppError('conflict', `The vote “${open.title}” is still open; close or annul it before closing the session.`, {
    field: 'to',
    pollId: open.id,
  });
}
