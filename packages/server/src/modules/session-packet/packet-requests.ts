import { eq } from 'drizzle-orm';
import type { Ctx } from '../../context.js';
import { sessionPackets } from '../../db/schema/index.js';

export const SESSION_PACKET_JOB = 'session.packet';

/**
 * Asks for the session's packets to be rebuilt from its current state. Call it inside the transaction of
 * any change a packet shows (agenda, materials, the session's date or place, convening): the request
 * commits with the change. Requests coalesce — one pending job per session, which builds whatever is
 * current when it runs, and skips variants whose inputs did not change.
 */
export async function requestSessionPacket(ctx: Ctx, sessionId: string): Promise<void> {
  const now = ctx.deps.clock.now();
  await ctx.db.update(sessionPackets).set({ status: 'building', requestedAt: now }).where(eq(sessionPackets.sessionId, sessionId));
  // Every session has the members' variant; its row shows the build is under way before the job runs.
  await ctx.db
    .insert(sessionPackets)
    .values({ sessionId, variant: 'members', status: 'building', requestedAt: now, updatedAt: now })
    .onConflictDoNothing();
  await ctx.deps.jobs.enqueue(ctx.db, SESSION_PACKET_JOB, { sessionId }, { singletonKey: `${SESSION_PACKET_JOB}:${sessionId}` });
}
