import { and, eq, inArray } from 'drizzle-orm';
import type { Ctx } from '../../context.js';
import { bodies, polls, sessions } from '../../db/schema/index.js';
import { recordAudit } from '../../lib/audit.js';
import { publishSessionEvent } from '../../lib/session-events.js';
import { nextVersion } from '../directory/directory.versions.js';
import { buildMinutesDraft } from '../minutes/minutes.build.js';

/**
 * A correspondence session closes itself once none of its votes is open or waiting any more: every item
 * was decided (or its vote annulled). Called in the transaction that closes or annuls a poll; the
 * outcomes the polls wrote are the session's proceedings, which the minutes read.
 */
export async function closeFinishedCorrespondence(ctx: Ctx, sessionId: string): Promise<boolean> {
  const [session] = await ctx.db.select().from(sessions).where(eq(sessions.id, sessionId)).for('update');
  if (!session || session.kind !== 'correspondence' || (session.status !== 'convened' && session.status !== 'in_progress')) return false;
  const pending = await ctx.db
    .select({ id: polls.id })
    .from(polls)
    .where(and(eq(polls.sessionId, sessionId), inArray(polls.status, ['draft', 'open'])))
    .limit(1);
  if (pending.length > 0) return false;
  const now = ctx.deps.clock.now();
  await ctx.db
    .update(sessions)
    .set({ status: 'closed', closedAt: now, updatedAt: nextVersion(sessions.updatedAt, now) })
    .where(eq(sessions.id, sessionId));
  const [body] = await ctx.db.select({ organizationId: bodies.organizationId }).from(bodies).where(eq(bodies.id, session.bodyId));
  await recordAudit(ctx, {
    action: 'session.close',
    entityType: 'session',
    entityId: sessionId,
    organizationId: body?.organizationId ?? null,
    summary: { before: { status: session.status }, after: { status: 'closed' }, reason: 'every item of the correspondence session is decided' },
  });
  await buildMinutesDraft(ctx, sessionId);
  await publishSessionEvent(ctx, sessionId, { kind: 'session.closed' });
  return true;
}
