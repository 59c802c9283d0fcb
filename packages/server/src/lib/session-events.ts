import type { Ctx } from '../context.js';

/** What live clients of a session learn: a kind and ids. They refetch what changed. */
export interface SessionEventData {
  readonly kind: string;
  readonly [key: string]: string | number | boolean | null | undefined;
}

export const sessionTopic = (sessionId: string) => `session:${sessionId}`;

/**
 * Announces a change of a session on `session:<id>` to everyone following it. Call it with the ctx of
 * the transaction that makes the change: the event leaves only when that transaction commits, and a
 * rolled-back change is never announced. Outside a transaction it is sent at once.
 */
export async function publishSessionEvent(ctx: Ctx, sessionId: string, data: SessionEventData): Promise<void> {
  await ctx.deps.bus.publishOnCommit(ctx.db, sessionTopic(sessionId), { ...data, sessionId });
}
