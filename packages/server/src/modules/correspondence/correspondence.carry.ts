import { and, asc, eq, gt, inArray, isNull, isNotNull, notInArray } from 'drizzle-orm';
import { systemActor, type Ctx } from '../../context.js';
import { agendaItems, correspondenceItems, sessions } from '../../db/schema/index.js';
import { recordAudit } from '../../lib/audit.js';
import { addAgendaItem } from '../sessions/agenda.service.js';

type SessionRow = typeof sessions.$inferSelect;

/** The body's next regular session still being prepared or convened, starting after now. */
async function nextRegularSession(ctx: Ctx, bodyId: string): Promise<SessionRow | null> {
  const [row] = await ctx.db
    .select()
    .from(sessions)
    .where(and(eq(sessions.bodyId, bodyId), eq(sessions.kind, 'regular'), inArray(sessions.status, ['draft', 'convened']), gt(sessions.startsAt, ctx.deps.clock.now())))
    .orderBy(asc(sessions.startsAt))
    .limit(1);
  return row ?? null;
}

/**
 * Puts a withdrawn correspondence item on the agenda of `target` (the same kind, title and proposed
 * resolution), done by the system since the member whose request withdrew it does not manage sessions.
 * The correspondence item keeps the link to its new place.
 */
async function carryItem(ctx: Ctx, agendaItemId: string, target: SessionRow, organizationId: string): Promise<void> {
  const [item] = await ctx.db.select().from(agendaItems).where(eq(agendaItems.id, agendaItemId));
  if (!item) return;
  const system: Ctx = { ...ctx, actor: systemActor('correspondence.carry') };
  const before = (await ctx.db.select({ id: agendaItems.id }).from(agendaItems).where(eq(agendaItems.sessionId, target.id))).map((row) => row.id);
  await addAgendaItem(system, target.id, {
    kind: item.kind as 'decision',
    title: item.title,
    isPublic: item.isPublic,
    ...(item.proposedResolution ? { proposedResolution: item.proposedResolution } : {}),
  });
  const [made] = await ctx.db
    .select({ id: agendaItems.id })
    .from(agendaItems)
    .where(and(eq(agendaItems.sessionId, target.id), before.length > 0 ? notInArray(agendaItems.id, before) : undefined))
    .limit(1);
  if (!made) return;
  await ctx.db.update(correspondenceItems).set({ carriedToItemId: made.id, updatedAt: ctx.deps.clock.now() }).where(eq(correspondenceItems.agendaItemId, agendaItemId));
  await recordAudit(ctx, {
    action: 'correspondence.carry',
    entityType: 'agenda_item',
    entityId: agendaItemId,
    organizationId,
    summary: { after: { sessionId: target.id, agendaItemId: made.id } },
  });
}

/** Carries a withdrawn item to the body's next regular session; with none planned it waits (pending). */
export async function carryToNextRegularSession(ctx: Ctx, agendaItemId: string, bodyId: string, organizationId: string): Promise<void> {
  const target = await nextRegularSession(ctx, bodyId);
  if (target) await carryItem(ctx, agendaItemId, target, organizationId);
}

/**
 * Called when a session is created: a new regular session takes the body's withdrawn correspondence items
 * that were waiting for one.
 */
export async function carryPendingCorrespondenceItems(ctx: Ctx, session: SessionRow, organizationId: string): Promise<void> {
  if (session.kind !== 'regular') return;
  const pending = await ctx.db
    .select({ agendaItemId: correspondenceItems.agendaItemId })
    .from(correspondenceItems)
    .innerJoin(sessions, eq(sessions.id, correspondenceItems.sessionId))
    .where(and(eq(sessions.bodyId, session.bodyId), isNotNull(correspondenceItems.withdrawnAt), isNull(correspondenceItems.carriedToItemId)))
    .orderBy(asc(correspondenceItems.withdrawnAt));
  for (const { agendaItemId } of pending) await carryItem(ctx, agendaItemId, session, organizationId);
}
