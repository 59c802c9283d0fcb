import { and, desc, eq, ne } from 'drizzle-orm';
import type { MinutesApprovalState } from '@collegium/shared/contracts/minutes-flow';
import type { Ctx } from '../../context.js';
import { minutes, minutesApprovals, sessions } from '../../db/schema/index.js';
import { publishSessionEvent } from '../../lib/session-events.js';
import type { MinutesRow } from './minutes.flow-access.js';

export type MinutesApprovalRow = typeof minutesApprovals.$inferSelect;

/** The approval waiting for its item's outcome, if there is one (at most one at a time). */
export async function pendingApprovalOf(ctx: Ctx, minutesId: string): Promise<MinutesApprovalRow | undefined> {
  const [row] = await ctx.db
    .select()
    .from(minutesApprovals)
    .where(and(eq(minutesApprovals.minutesId, minutesId), eq(minutesApprovals.state, 'pending')))
    .limit(1);
  return row;
}

/** What the minutes go back to when an approval falls away: a draft, or the correction of approved minutes. */
export const statusWithoutApproval = (row: Pick<MinutesRow, 'approvedVersion'>): 'draft' | 'correction' =>
  row.approvedVersion === null ? 'draft' : 'correction';

/** The last approval that did approve these minutes, other than `exceptItemId`. */
export async function previousApproval(ctx: Ctx, minutesId: string, exceptItemId: string): Promise<MinutesApprovalRow | undefined> {
  const [row] = await ctx.db
    .select()
    .from(minutesApprovals)
    .where(and(eq(minutesApprovals.minutesId, minutesId), eq(minutesApprovals.state, 'approved'), ne(minutesApprovals.agendaItemId, exceptItemId)))
    .orderBy(desc(minutesApprovals.createdAt))
    .limit(1);
  return row;
}

/** Tells the minutes' session and the approving session that the minutes changed. */
export async function announceMinutes(ctx: Ctx, minutesId: string, sessionIds: readonly (string | null | undefined)[]): Promise<void> {
  for (const sessionId of new Set(sessionIds.filter((id): id is string => Boolean(id)))) {
    await publishSessionEvent(ctx, sessionId, { kind: 'minutes', minutesId });
  }
}

/** Where the minutes stand after a step: status, versions and the item that is to approve them. */
export async function readApprovalState(ctx: Ctx, minutesId: string): Promise<MinutesApprovalState> {
  const [row] = await ctx.db.select().from(minutes).where(eq(minutes.id, minutesId)).limit(1);
  if (!row) throw new Error(`minutes ${minutesId} vanished`);
  const [item] = await ctx.db
    .select({ approval: minutesApprovals, sessionNumber: sessions.number })
    .from(minutesApprovals)
    .innerJoin(sessions, eq(sessions.id, minutesApprovals.sessionId))
    .where(and(eq(minutesApprovals.minutesId, minutesId), eq(minutesApprovals.state, 'pending')))
    .limit(1);
  return {
    minutesId,
    sessionId: row.sessionId,
    status: row.status as MinutesApprovalState['status'],
    version: row.currentVersion,
    approvedVersion: row.approvedVersion,
    approvedAt: row.approvedAt?.toISOString() ?? null,
    approvalItem: item
      ? {
          sessionId: item.approval.sessionId,
          sessionNumber: item.sessionNumber,
          agendaItemId: item.approval.agendaItemId,
          version: item.approval.version,
          suggested: item.approval.suggested,
        }
      : null,
  };
}
