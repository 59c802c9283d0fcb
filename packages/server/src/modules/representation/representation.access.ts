import { eq } from 'drizzle-orm';
import { can } from '@collegium/shared/domain/policy';
import type { Ctx } from '../../context.js';
import { bodies } from '../../db/schema/index.js';
import { requireAbility, subjectOf } from '../../lib/access.js';
import { notFound } from '../../lib/app-error.js';
import { bodyResource } from '../directory/directory.access.js';

export type BodyRow = typeof bodies.$inferSelect;

/** The body, if the caller may see it; otherwise it does not exist for them (404). */
export async function readableBody(ctx: Ctx, bodyId: string, lock = false): Promise<BodyRow> {
  const query = ctx.db.select().from(bodies).where(eq(bodies.id, bodyId)).limit(1);
  const [body] = lock ? await query.for('update') : await query;
  if (!body || !can(await subjectOf(ctx), 'body:read', bodyResource(body))) throw notFound('The body');
  return body;
}

/**
 * The body locked for a change of its slots or member organisations, by an administrator or one of its
 * managers (body:manage). Locking the body row serialises these changes with membership changes.
 */
export async function managedBody(ctx: Ctx, bodyId: string): Promise<BodyRow> {
  const body = await readableBody(ctx, bodyId, true);
  await requireAbility(ctx, 'body:manage', bodyResource(body));
  return body;
}

/** Whether the caller may see members' e-mail and phone in this body. */
export async function readsContacts(ctx: Ctx, body: BodyRow): Promise<boolean> {
  return can(await subjectOf(ctx), 'body:read-internal', bodyResource(body));
}
