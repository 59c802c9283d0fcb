import { eq } from 'drizzle-orm';
import { can, type Resource, type Subject } from '@collegium/shared/domain/policy';
import type { Ctx } from '../../context.js';
import { bodies, sessions } from '../../db/schema/index.js';
import { requireAbility, subjectOf } from '../../lib/access.js';
import { notFound } from '../../lib/app-error.js';

export type SessionRow = typeof sessions.$inferSelect;
export type BodyRow = typeof bodies.$inferSelect;
export interface SessionWithBody {
  session: SessionRow;
  body: BodyRow;
}

export const sessionResource = (session: SessionRow, body: BodyRow): Resource => ({
  type: 'session',
  bodyId: body.id,
  bodyIsPublic: body.isPublic,
  convened: session.status !== 'draft',
});

/** What the caller may do with a session, for presenting it. */
export function sessionAbilities(subject: Subject, row: SessionWithBody) {
  const resource = sessionResource(row.session, row.body);
  return {
    read: can(subject, 'session:read', resource),
    readClosed: can(subject, 'session:read-closed', resource),
    manage: can(subject, 'session:manage', resource),
    approveLate: can(subject, 'session:approve-late', resource),
  };
}

/**
 * A session and its body by id, without access checks (callers check, or act for the system). With
 * `forUpdate` the session row stays locked until the transaction ends.
 */
export async function loadSessionWithBody(
  ctx: Ctx,
  id: string,
  options: { forUpdate?: boolean } = {},
): Promise<SessionWithBody | undefined> {
  const query = ctx.db
    .select({ session: sessions, body: bodies })
    .from(sessions)
    .innerJoin(bodies, eq(bodies.id, sessions.bodyId))
    .where(eq(sessions.id, id))
    .limit(1);
  const [row] = options.forUpdate ? await query.for('update', { of: sessions }) : await query;
  return row;
}

/**
 * Loads a session with its body; one the caller may not read does not exist for them (404). With
 * `forUpdate` the session row stays locked until the transaction ends, which serialises agenda changes.
 */
export async function loadReadableSession(
  ctx: Ctx,
  id: string,
  options: { forUpdate?: boolean } = {},
): Promise<SessionWithBody> {
  const row = await loadSessionWithBody(ctx, id, options);
  if (!row || !can(await subjectOf(ctx), 'session:read', sessionResource(row.session, row.body))) {
    throw notFound('The session');
  }
  return row;
}

/** Loads a session the caller manages, locked for the rest of the transaction. */
export async function loadManagedSession(ctx: Ctx, id: string): Promise<SessionWithBody> {
  const row = await loadReadableSession(ctx, id, { forUpdate: true });
  await requireAbility(ctx, 'session:manage', sessionResource(row.session, row.body));
  return row;
}
