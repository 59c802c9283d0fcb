import { and, eq } from 'drizzle-orm';
import type { Ctx } from '../../context.js';
import { meetingStates, speakerRequests } from '../../db/schema/index.js';
import { saveProceeding } from './meeting.proceedings.js';

/**
 * Closing the session ends the meeting: a speech still running ends, the item being dealt with gets its
 * end time and nothing is current any more. Called by the session's status change, in its transaction.
 */
export async function closeMeeting(ctx: Ctx, sessionId: string, closedAt: Date): Promise<void> {
  await ctx.db
    .update(speakerRequests)
    .set({ status: 'done', endedAt: closedAt })
    .where(and(eq(speakerRequests.sessionId, sessionId), eq(speakerRequests.status, 'speaking')));
  const [state] = await ctx.db.select().from(meetingStates).where(eq(meetingStates.sessionId, sessionId)).limit(1);
  if (!state?.currentItemId) return;
  await saveProceeding(ctx, sessionId, state.currentItemId, { endedAt: closedAt });
  await ctx.db
    .update(meetingStates)
    .set({ currentItemId: null, currentItemSince: null, updatedAt: closedAt })
    .where(eq(meetingStates.sessionId, sessionId));
}
