import { and, asc, eq } from 'drizzle-orm';
import type { MinutesComment, MinutesCommentInput } from '@collegium/shared/contracts/minutes';
import type { MinutesCommentList } from '@collegium/shared/contracts/minutes-flow';
import { inTransaction, type Ctx } from '../../context.js';
import { agendaItems, minutesComments, users } from '../../db/schema/index.js';
import { forbidden, invalidField, notFound, AppError } from '../../lib/app-error.js';
import { recordAudit } from '../../lib/audit.js';
import { announceMinutes } from './minutes.approval-state.js';
import { loadInternalMinutes, loadManagedMinutes, mayCommentOn, mayManageMinutes } from './minutes.flow-access.js';

type CommentRow = typeof minutesComments.$inferSelect;

const present = (row: CommentRow, author: string | null, canResolve: boolean): MinutesComment => ({
  id: row.id,
  version: row.version,
  agendaItemId: row.agendaItemId,
  author: author ?? '—',
  text: row.text,
  createdAt: row.createdAt.toISOString(),
  resolvedAt: row.resolvedAt?.toISOString() ?? null,
  canResolve: canResolve && row.resolvedAt === null,
});

/** The comments on a draft, oldest first, for whoever may read the body's internal work. */
export async function listMinutesComments(ctx: Ctx, minutesId: string): Promise<MinutesCommentList> {
  const row = await loadInternalMinutes(ctx, minutesId);
  const rows = await ctx.db
    .select({ comment: minutesComments, author: users.displayName })
    .from(minutesComments)
    .leftJoin(users, eq(users.id, minutesComments.authorUserId))
    .where(eq(minutesComments.minutesId, minutesId))
    .orderBy(asc(minutesComments.createdAt), asc(minutesComments.id));
  const canResolve = await mayManageMinutes(ctx, row);
  return {
    items: rows.map(({ comment, author }) => present(comment, author, canResolve)),
    canComment: row.minutes.status !== 'approved' && (await mayCommentOn(ctx, row)),
  };
}

/** A member's remark on the current version, in general or on one item of the session. */
export async function addMinutesComment(ctx: Ctx, minutesId: string, input: MinutesCommentInput): Promise<MinutesComment> {
  return inTransaction(ctx, async (tx) => {
    const row = await loadInternalMinutes(tx, minutesId, { forUpdate: true });
    if (!(await mayCommentOn(tx, row))) throw forbidden('Only members of the body comment on its minutes.');
    if (row.minutes.status === 'approved') {
      throw new AppError('conflict', 'These minutes are approved and closed to comments; a correction can be opened by the secretary.');
    }
    const text = input.text.trim();
    if (!text) throw invalidField('text', 'Write the comment first.');
    const agendaItemId = input.agendaItemId ?? null;
    if (agendaItemId) {
      const [item] = await tx.db
        .select({ id: agendaItems.id })
        .from(agendaItems)
        .where(and(eq(agendaItems.id, agendaItemId), eq(agendaItems.sessionId, row.session.id)))
        .limit(1);
      if (!item) throw invalidField('agendaItemId', 'That item is not on the agenda of the session these minutes record.');
    }
    const authorUserId = ctx.actor.kind === 'user' ? ctx.actor.userId : null;
    const [created] = await tx.db
      .insert(minutesComments)
      .values({ minutesId, version: row.minutes.currentVersion, agendaItemId, authorUserId, text, createdAt: ctx.deps.clock.now() })
      .returning();
    await recordAudit(tx, {
      action: 'minutes.comment',
      entityType: 'minutes',
      entityId: minutesId,
      organizationId: row.body.organizationId,
      summary: { after: { commentId: created!.id, version: created!.version, agendaItemId } },
    });
    await announceMinutes(tx, minutesId, [row.session.id]);
    const author = ctx.actor.kind === 'user' ? ctx.actor.displayName : null;
    return present(created!, author, await mayManageMinutes(tx, row));
  });
}

/** The secretary or chair marks a comment as dealt with. */
export async function resolveMinutesComment(ctx: Ctx, minutesId: string, commentId: string): Promise<MinutesComment> {
  return inTransaction(ctx, async (tx) => {
    const row = await loadManagedMinutes(tx, minutesId);
    const [found] = await tx.db
      .select({ comment: minutesComments, author: users.displayName })
      .from(minutesComments)
      .leftJoin(users, eq(users.id, minutesComments.authorUserId))
      .where(and(eq(minutesComments.id, commentId), eq(minutesComments.minutesId, minutesId)))
      .limit(1);
    if (!found) throw notFound('The comment');
    if (found.comment.resolvedAt) throw new AppError('conflict', 'This comment has already been resolved.');
    const now = ctx.deps.clock.now();
    const resolvedBy = ctx.actor.kind === 'user' ? ctx.actor.userId : null;
    const [updated] = await tx.db
      .update(minutesComments)
      .set({ resolvedAt: now, resolvedBy })
      .where(eq(minutesComments.id, commentId))
      .returning();
    await recordAudit(tx, {
      action: 'minutes.comment.resolve',
      entityType: 'minutes',
      entityId: minutesId,
      organizationId: row.body.organizationId,
      summary: { commentId, after: { resolvedAt: now.toISOString() } },
    });
    await announceMinutes(tx, minutesId, [row.session.id]);
    return present(updated!, found.author, true);
  });
}
