import { eq } from 'drizzle-orm';
import { can } from '@collegium/shared/domain/policy';
import type { Ctx } from '../../context.js';
import { bodies, minutes, sessions } from '../../db/schema/index.js';
import { requireAbility, subjectOf } from '../../lib/access.js';
import { notFound } from '../../lib/app-error.js';
import { sessionResource, type BodyRow, type SessionRow } from '../sessions/sessions.access.js';

export type MinutesRow = typeof minutes.$inferSelect;
export interface MinutesWithSession {
  minutes: MinutesRow;
  session: SessionRow;
  body: BodyRow;
}

/** The minutes with their session and body, without access checks; `forUpdate` locks the minutes row. */
export async function loadMinutesWithSession(
  ctx: Ctx,
  minutesId: string,
  options: { forUpdate?: boolean } = {},
): Promise<MinutesWithSession | undefined> {
  const query = ctx.db
    .select({ minutes, session: sessions, body: bodies })
    .from(minutes)
    .innerJoin(sessions, eq(sessions.id, minutes.sessionId))
    .innerJoin(bodies, eq(bodies.id, sessions.bodyId))
    .where(eq(minutes.id, minutesId))
    .limit(1);
  const [row] = options.forUpdate ? await query.for('update', { of: minutes }) : await query;
  return row;
}

/** What the caller may do with the minutes of a session, for presenting them. */
export async function minutesAbilities(ctx: Ctx, row: { session: SessionRow; body: BodyRow }) {
  const subject = await subjectOf(ctx);
  const resource = sessionResource(row.session, row.body);
  return {
    read: can(subject, 'minutes:read', resource),
    comment: can(subject, 'minutes:comment', resource),
    edit: can(subject, 'minutes:edit', resource),
  };
}

/**
 * The full minutes, for those who read the session's non-public content (members, staff); everyone else
 * — the session's public readers included — is answered 404, as if the draft did not exist.
 */
export async function loadReadableMinutes(
  ctx: Ctx,
  minutesId: string,
  options: { forUpdate?: boolean } = {},
): Promise<MinutesWithSession> {
  const row = await loadMinutesWithSession(ctx, minutesId, options);
  if (!row || !(await minutesAbilities(ctx, row)).read) throw notFound('The minutes');
  return row;
}

/** Minutes the caller may edit (the body's chair or secretary, administrators), locked for the transaction. */
export async function loadEditableMinutes(ctx: Ctx, minutesId: string): Promise<MinutesWithSession> {
  const row = await loadReadableMinutes(ctx, minutesId, { forUpdate: true });
  await requireAbility(ctx, 'minutes:edit', sessionResource(row.session, row.body));
  return row;
}

/** Minutes the caller may comment on (whoever reads the full minutes). */
export async function loadCommentableMinutes(ctx: Ctx, minutesId: string): Promise<MinutesWithSession> {
  const row = await loadReadableMinutes(ctx, minutesId);
  await requireAbility(ctx, 'minutes:comment', sessionResource(row.session, row.body));
  return row;
}
