import { eq } from 'drizzle-orm';
import { inTransaction, type Ctx } from '../../context.js';
import { bodies, minutes, minutesVersions, sessions } from '../../db/schema/index.js';
import { AppError } from '../../lib/app-error.js';
import { recordAudit } from '../../lib/audit.js';
import { publishSessionEvent } from '../../lib/session-events.js';
import { loadReadableSession, sessionResource } from '../sessions/sessions.access.js';
import { requireAbility } from '../../lib/access.js';
import { collectAgenda, collectAttendance } from './minutes.attendance-facts.js';
import type { StoredContent } from './minutes.content.js';
import { collectItems } from './minutes.item-facts.js';

/** Everything recorded about a closed session, frozen as the first version of its minutes. */
export async function collectMinutesFacts(ctx: Ctx, sessionId: string): Promise<StoredContent> {
  return {
    attendance: await collectAttendance(ctx, sessionId),
    agenda: await collectAgenda(ctx, sessionId),
    items: await collectItems(ctx, sessionId),
    opening: '',
    closing: '',
  };
}

/**
 * Builds version 1 of a closed session's minutes from its record, inside the caller's transaction (the
 * session close path calls it). Building again does nothing: the session's minutes exist once, by its
 * unique key, however many times it is closed or asked. Returns the minutes id and whether it was built now.
 */
export async function buildMinutesDraft(ctx: Ctx, sessionId: string): Promise<{ minutesId: string; built: boolean }> {
  const existing = await minutesIdOf(ctx, sessionId);
  if (existing) return { minutesId: existing, built: false };
  const [session] = await ctx.db
    .select({ organizationId: bodies.organizationId })
    .from(sessions)
    .innerJoin(bodies, eq(bodies.id, sessions.bodyId))
    .where(eq(sessions.id, sessionId))
    .limit(1);
  if (!session) throw new AppError('not_found', 'The session was not found.');
  const content = await collectMinutesFacts(ctx, sessionId);
  const now = ctx.deps.clock.now();
  const [created] = await ctx.db
    .insert(minutes)
    .values({ sessionId, status: 'draft', currentVersion: 1, createdAt: now, updatedAt: now })
    .onConflictDoNothing({ target: minutes.sessionId })
    .returning({ id: minutes.id });
  // Another transaction built them at the same moment: theirs stand.
  if (!created) return { minutesId: (await minutesIdOf(ctx, sessionId))!, built: false };
  await ctx.db.insert(minutesVersions).values({
    minutesId: created.id,
    version: 1,
    content,
    authorUserId: ctx.actor.kind === 'user' ? ctx.actor.userId : null,
    note: 'Built from the record of the session',
    createdAt: now,
  });
  await recordAudit(ctx, {
    action: 'minutes.build',
    entityType: 'minutes',
    entityId: created.id,
    organizationId: session.organizationId,
    summary: { sessionId, version: 1, items: content.items.length },
  });
  await publishSessionEvent(ctx, sessionId, { kind: 'minutes' });
  return { minutesId: created.id, built: true };
}

async function minutesIdOf(ctx: Ctx, sessionId: string): Promise<string | null> {
  const [row] = await ctx.db.select({ id: minutes.id }).from(minutes).where(eq(minutes.sessionId, sessionId)).limit(1);
  return row?.id ?? null;
}

/**
 * POST /sessions/:id/minutes: builds the draft now, for a session closed before minutes were built on
 * closing. Only for the body's chair or secretary; 409 before the session is closed or once minutes exist.
 */
export async function buildMinutesOfSession(ctx: Ctx, sessionId: string): Promise<string> {
  return inTransaction(ctx, async (tx) => {
    const { session, body } = await loadReadableSession(tx, sessionId, { forUpdate: true });
    await requireAbility(tx, 'minutes:edit', sessionResource(session, body));
    if (session.status !== 'closed') {
      throw new AppError('conflict', 'Minutes are built from the record of a closed session; close the session first.', { sessionStatus: session.status });
    }
    const { minutesId, built } = await buildMinutesDraft(tx, sessionId);
    if (!built) throw new AppError('conflict', 'The minutes of this session exist already; open them to edit.', { minutesId });
    return minutesId;
  });
}
