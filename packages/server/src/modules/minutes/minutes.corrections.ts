import { eq } from 'drizzle-orm';
import type { MinutesApprovalState } from '@collegium/shared/contracts/minutes-flow';
import { inTransaction, type Ctx } from '../../context.js';
import { minutes } from '../../db/schema/index.js';
import { AppError } from '../../lib/app-error.js';
import { recordAudit } from '../../lib/audit.js';
import { nextVersion } from '../directory/directory.versions.js';
import { announceMinutes, readApprovalState } from './minutes.approval-state.js';
import { loadManagedMinutes } from './minutes.flow-access.js';

const notApprovedYet: Record<string, string> = {
  draft: 'These minutes are still a draft; edit the draft instead of opening a correction.',
  submitted: 'These minutes are waiting for approval; a correction is opened only on approved minutes.',
  correction: 'A correction of these minutes is already open.',
};

/**
 * Opens a correction of approved minutes: new versions may be saved again, while the approved version
 * stays what the public sees until the correction is approved the same way as the draft was.
 */
export async function openMinutesCorrection(ctx: Ctx, minutesId: string): Promise<MinutesApprovalState> {
  await inTransaction(ctx, async (tx) => {
    const row = await loadManagedMinutes(tx, minutesId);
    const refusal = notApprovedYet[row.minutes.status];
    if (refusal) throw new AppError('conflict', refusal);
    await tx.db
      .update(minutes)
      .set({ status: 'correction', updatedAt: nextVersion(minutes.updatedAt, ctx.deps.clock.now()) })
      .where(eq(minutes.id, minutesId));
    await recordAudit(tx, {
      action: 'minutes.correction.open',
      entityType: 'minutes',
      entityId: minutesId,
      organizationId: row.body.organizationId,
      summary: { before: { status: 'approved' }, after: { status: 'correction' }, approvedVersion: row.minutes.approvedVersion },
    });
    await announceMinutes(tx, minutesId, [row.session.id]);
  });
  return readApprovalState(ctx, minutesId);
}
