import { and, inArray, lt, or, isNotNull } from 'drizzle-orm';
import { Type } from 'typebox';
import type { Deps } from '../../context.js';
import { authSessions, jobs, passwordResetTokens } from '../../db/schema/index.js';
import type { JobDefinition } from '../queue.js';

const payload = Type.Object({});
export const PURGE_EXPIRED = 'maintenance.purge-expired';

/** Removes expired sessions and reset tokens, and finished jobs older than 30 days. Enqueued daily. */
export function purgeExpiredJob(deps: Deps): JobDefinition<typeof payload> {
  return {
    name: PURGE_EXPIRED,
    payload,
    handle: async () => {
      const { db } = deps.database;
      const now = deps.clock.now();
      await db.delete(authSessions).where(lt(authSessions.expiresAt, now));
      await db
        .delete(passwordResetTokens)
        .where(or(lt(passwordResetTokens.expiresAt, now), isNotNull(passwordResetTokens.usedAt)));
      const monthAgo = new Date(now.getTime() - 30 * 86400_000);
      await db.delete(jobs).where(and(inArray(jobs.status, ['done', 'failed']), lt(jobs.finishedAt, monthAgo)));
      await deps.jobs.enqueue(db, PURGE_EXPIRED, {}, {
        runAt: new Date(now.getTime() + 86400_000),
        singletonKey: PURGE_EXPIRED,
      });
    },
  };
}
