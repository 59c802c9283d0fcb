import { eq } from 'drizzle-orm';
import type { Ctx } from '../../context.js';
import { agendaItemProceedings, minutes, minutesApprovals, sessions } from '../../db/schema/index.js';
import { AppError } from '../../lib/app-error.js';
import { recordAudit } from '../../lib/audit.js';
import { nextVersion } from '../directory/directory.versions.js';
import { announceMinutes, pendingApprovalOf, previousApproval, statusWithoutApproval, type MinutesApprovalRow } from './minutes.approval-state.js';
import { loadMinutesRow, type MinutesWithSession } from './minutes.flow-access.js';

const adoptedOutcomes = new Set(['adopted', 'adopted_with_amendments']);

type Change = Partial<typeof minutes.$inferInsert>;

async function apply(ctx: Ctx, row: MinutesWithSession, approval: MinutesApprovalRow, state: string, change: Change, action: string) {
  const now = ctx.deps.clock.now();
  await ctx.db.update(minutesApprovals).set({ state }).where(eq(minutesApprovals.agendaItemId, approval.agendaItemId));
  await ctx.db.update(minutes).set({ ...change, updatedAt: nextVersion(minutes.updatedAt, now) }).where(eq(minutes.id, row.minutes.id));
  const before = { status: row.minutes.status, approvedVersion: row.minutes.approvedVersion };
  await recordAudit(ctx, {
    action,
    entityType: 'minutes',
    entityId: row.minutes.id,
    organizationId: row.body.organizationId,
    summary: { before, after: { ...before, ...change, approval: state }, sessionId: approval.sessionId, agendaItemId: approval.agendaItemId, version: approval.version },
  });
  await announceMinutes(ctx, row.minutes.id, [row.session.id, approval.sessionId]);
}

/** The approval the minutes had before this one, to fall back on when this one is undone. */
async function fallbackApproval(ctx: Ctx, approval: MinutesApprovalRow): Promise<Change> {
  const previous = await previousApproval(ctx, approval.minutesId, approval.agendaItemId);
  if (!previous) return { approvedVersion: null, approvedAt: null, approvedInSessionId: null };
  const [recorded] = await ctx.db
    .select({ at: agendaItemProceedings.outcomeRecordedAt, closedAt: sessions.closedAt })
    .from(sessions)
    .leftJoin(agendaItemProceedings, eq(agendaItemProceedings.agendaItemId, previous.agendaItemId))
    .where(eq(sessions.id, previous.sessionId))
    .limit(1);
  return { approvedVersion: previous.version, approvedAt: recorded?.at ?? recorded?.closedAt ?? null, approvedInSessionId: previous.sessionId };
}

/**
 * Follows the outcome of an approval item, wherever outcomes are written (the meeting, a closed poll, a
 * correspondence vote) inside their transaction. Adopted approves the minutes at the version put to the
 * vote; another outcome sends them back to draft (or to their correction); a cleared outcome (an annulled
 * vote) waits for the next one. An outcome changed afterwards undoes what the earlier one did.
 */
export async function onItemOutcome(ctx: Ctx, agendaItemId: string, outcome: string | null | undefined): Promise<void> {
  const [approval] = await ctx.db.select().from(minutesApprovals).where(eq(minutesApprovals.agendaItemId, agendaItemId)).limit(1);
  if (!approval || approval.state === 'withdrawn') return;
  const row = await loadMinutesRow(ctx, approval.minutesId, { forUpdate: true });
  if (!row) return;
  const adopted = adoptedOutcomes.has(outcome ?? '');
  const state = approval.state;

  if (adopted) {
    if (state === 'approved') return;
    const other = await pendingApprovalOf(ctx, approval.minutesId);
    if (row.minutes.status === 'approved' || (other && other.agendaItemId !== agendaItemId)) {
      throw new AppError(
        'conflict',
        row.minutes.status === 'approved'
          ? `The minutes this item approves are already approved (version ${row.minutes.approvedVersion}); they cannot be approved twice.`
          : 'The minutes this item approves are on another agenda for approval now; they cannot be approved here as well.',
      );
    }
    const change = { status: 'approved', approvedVersion: approval.version, approvedAt: ctx.deps.clock.now(), approvedInSessionId: approval.sessionId };
    await apply(ctx, row, approval, 'approved', change, 'minutes.approved');
    return;
  }

  if (state === 'approved') {
    // the approving outcome was changed or its vote annulled: the earlier approval (if any) stands again
    const fallback = await fallbackApproval(ctx, approval);
    const cleared = outcome === null || outcome === undefined;
    const status = cleared ? 'submitted' : statusWithoutApproval({ approvedVersion: fallback.approvedVersion ?? null });
    await apply(ctx, row, approval, cleared ? 'pending' : 'rejected', { ...fallback, status }, 'minutes.approval.revoked');
    return;
  }
  if (outcome === null || outcome === undefined) {
    if (state !== 'rejected' || row.minutes.status === 'approved' || row.minutes.status === 'submitted') return;
    await apply(ctx, row, approval, 'pending', { status: 'submitted' }, 'minutes.approval.reopened');
    return;
  }
  if (state !== 'pending') return;
  await apply(ctx, row, approval, 'rejected', { status: statusWithoutApproval(row.minutes) }, 'minutes.approval.rejected');
}
