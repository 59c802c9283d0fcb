import { and, asc, eq, inArray, max, or } from 'drizzle-orm';
import type { Ctx } from '../../context.js';
import { agendaItems, bodies, minutes, minutesApprovals, sessions } from '../../db/schema/index.js';
import { recordAudit } from '../../lib/audit.js';
import { nextVersion } from '../directory/directory.versions.js';
import type { SessionRow } from '../sessions/sessions.access.js';
import { approvalItemTexts } from './minutes.approval-texts.js';
import { announceMinutes, statusWithoutApproval } from './minutes.approval-state.js';

/**
 * A new session of a body gets, as suggestions, an approval item for each of the body's minutes still in
 * draft (or in correction) with no approval pending; the minutes are then locked for that approval.
 * Called by the sessions create service inside its transaction.
 */
export async function suggestMinutesApprovals(ctx: Ctx, session: SessionRow): Promise<void> {
  const waiting = await ctx.db
    .select({ minutesId: minutes.id, version: minutes.currentVersion, status: minutes.status, recorded: sessions })
    .from(minutes)
    .innerJoin(sessions, eq(sessions.id, minutes.sessionId))
    .where(and(eq(sessions.bodyId, session.bodyId), inArray(minutes.status, ['draft', 'correction'])))
    .orderBy(asc(sessions.closedAt), asc(sessions.number))
    .for('update', { of: minutes });
  if (waiting.length === 0) return;
  const [body] = await ctx.db.select({ organizationId: bodies.organizationId }).from(bodies).where(eq(bodies.id, session.bodyId));
  const [last] = await ctx.db.select({ value: max(agendaItems.position) }).from(agendaItems).where(eq(agendaItems.sessionId, session.id));
  let position = (last?.value ?? -1) + 1;
  const now = ctx.deps.clock.now();
  for (const { minutesId, version, status, recorded } of waiting) {
    if (recorded.id === session.id) continue;
    const texts = approvalItemTexts(ctx.deps.config.defaultLanguage, recorded);
    const [item] = await ctx.db
      .insert(agendaItems)
      .values({ sessionId: session.id, position: position++, kind: 'decision', title: texts.title, proposedResolution: texts.resolution, isPublic: true })
      .returning({ id: agendaItems.id });
    await ctx.db.insert(minutesApprovals).values({ agendaItemId: item!.id, minutesId, sessionId: session.id, version, suggested: true });
    await ctx.db.update(minutes).set({ status: 'submitted', updatedAt: nextVersion(minutes.updatedAt, now) }).where(eq(minutes.id, minutesId));
    await recordAudit(ctx, {
      action: 'minutes.approval.suggest',
      entityType: 'minutes',
      entityId: minutesId,
      organizationId: body?.organizationId ?? null,
      summary: { before: { status }, after: { status: 'submitted', sessionId: session.id, agendaItemId: item!.id, version } },
    });
    await announceMinutes(ctx, minutesId, [recorded.id]);
  }
}

/**
 * Called by the agenda's remove path before an item is deleted or withdrawn: an approval item (or the
 * parent of one) that goes away takes its pending approval with it, and the minutes return to draft (or to
 * their correction).
 */
export async function onApprovalItemRemoved(ctx: Ctx, itemId: string): Promise<void> {
  const pending = await ctx.db
    .select({ approval: minutesApprovals })
    .from(minutesApprovals)
    .innerJoin(agendaItems, eq(agendaItems.id, minutesApprovals.agendaItemId))
    .where(and(or(eq(agendaItems.id, itemId), eq(agendaItems.parentId, itemId)), eq(minutesApprovals.state, 'pending')));
  await releaseApprovals(ctx, pending.map(({ approval }) => approval));
}

/**
 * Called when a session is cancelled: the approvals pending on its agenda will never be voted on, so they are
 * withdrawn and the minutes return to draft (or to their correction), free to go on another agenda.
 */
export async function onApprovalSessionCancelled(ctx: Ctx, sessionId: string): Promise<void> {
  const pending = await ctx.db
    .select()
    .from(minutesApprovals)
    .where(and(eq(minutesApprovals.sessionId, sessionId), eq(minutesApprovals.state, 'pending')));
  await releaseApprovals(ctx, pending);
}

async function releaseApprovals(ctx: Ctx, pending: readonly (typeof minutesApprovals.$inferSelect)[]): Promise<void> {
  const now = ctx.deps.clock.now();
  for (const approval of pending) {
    const [row] = await ctx.db
      .select({ minutes, organizationId: bodies.organizationId })
      .from(minutes)
      .innerJoin(sessions, eq(sessions.id, minutes.sessionId))
      .innerJoin(bodies, eq(bodies.id, sessions.bodyId))
      .where(eq(minutes.id, approval.minutesId))
      .for('update', { of: minutes });
    if (!row) continue;
    const status = row.minutes.status === 'submitted' ? statusWithoutApproval(row.minutes) : row.minutes.status;
    await ctx.db.update(minutesApprovals).set({ state: 'withdrawn' }).where(eq(minutesApprovals.agendaItemId, approval.agendaItemId));
    await ctx.db.update(minutes).set({ status, updatedAt: nextVersion(minutes.updatedAt, now) }).where(eq(minutes.id, row.minutes.id));
    await recordAudit(ctx, {
      action: 'minutes.approval.withdraw',
      entityType: 'minutes',
      entityId: row.minutes.id,
      organizationId: row.organizationId,
      summary: { before: { status: row.minutes.status }, after: { status }, sessionId: approval.sessionId, agendaItemId: approval.agendaItemId, suggested: approval.suggested },
    });
    await announceMinutes(ctx, row.minutes.id, [row.minutes.sessionId, approval.sessionId]);
  }
}
