import { and, inArray, lt, or, isNotNull } from 'drizzle-orm';
import { Type } from 'typebox';
import type { Deps } from '../../context.js';
import type { Tx } from '../../db/client.js';
import { authSessions, jobs, passwordResetTokens } from '../../db/schema/index.js';
import type { JobDefinition } from '../queue.js';

const payload = Type.Object({});
export const PURGE_EXPIRED = 'maintenance.purge-expired';
const DAY_MS = 86400_000;

/** Removes expired sessions and reset tokens, and finished jobs older than 30 days. Runs daily. */
export function purgeExpiredJob(deps: Deps): JobDefinition<typeof payload> {
  return {
    name: PURGE_EXPIRED,
    payload,
    handle: async () => {
      await deps.database.db.transaction(async (tx) => {
        const now = deps.clock.now();
        await tx.delete(authSessions).where(lt(authSessions.expiresAt, now));
        await tx
          .delete(passwordResetTokens)
          .where(or(lt(passwordResetTokens.expiresAt, now), isNotNull(passwordResetTokens.usedAt)));
        const monthAgo = new Date(now.getTime() - 30 * DAY_MS);
        await tx.delete(jobs).where(and(inArray(jobs.status, ['done', 'failed']), lt(jobs.finishedAt, monthAgo)));
        await schedulePurgeExpired(deps, tx, new Date(now.getTime() + DAY_MS));
      });
    },
  };
}

/**
 * Makes sure the daily purge is pending; called at every start. Its singleton key keeps it to one
 * pending run however many instances start.
 */
export async function schedulePurgeExpired(deps: Deps, db: Tx = deps.database.db, runAt?: Date): Promise<void> {
  await deps.jobs.enqueue(db, PURGE_EXPIRED, {}, { singletonKey: PURGE_EXPIRED, ...(runAt ? { runAt } : {}) });
}
