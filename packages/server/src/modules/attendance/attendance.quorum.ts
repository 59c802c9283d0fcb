import { and, eq } from 'drizzle-orm';
import type { QuorumState } from '@collegium/shared/contracts/attendance';
import type { Ctx } from '../../context.js';
import { agendaItems } from '../../db/schema/index.js';
import { AppError } from '../../lib/app-error.js';
import { conflictedPersonIds } from '../positions/positions.service.js';
import { loadAttendanceSession } from './attendance.policy.js';
import { buildRoster } from './attendance.roster.js';

/**
 * The quorum of a session now, for voting and per-item checks: `excludePersonIds` leave the base, and a
 * substitute among them fills no seat. Checks that the caller may read the session's attendance.
 */
export async function quorumFor(
  ctx: Ctx,
  sessionId: string,
  options: { excludePersonIds?: readonly string[] } = {},
): Promise<QuorumState> {
  const row = await loadAttendanceSession(ctx, sessionId);
  return (await buildRoster(ctx, row, options)).quorum;
}

/** Who is out of an item's quorum base: the conflicts of interest declared on it (modules/positions); 404 for an item of another session. */
export async function itemExclusions(ctx: Ctx, sessionId: string, agendaItemId: string): Promise<string[]> {
  const [item] = await ctx.db
    .select({ id: agendaItems.id })
    .from(agendaItems)
    .where(and(eq(agendaItems.id, agendaItemId), eq(agendaItems.sessionId, sessionId)));
  if (!item) throw new AppError('not_found', 'The agenda item was not found in this session.', { field: 'agendaItemId' });
  return conflictedPersonIds(ctx, agendaItemId);
}

/** The quorum of one agenda item now: the sitting's, without the members who declared a conflict of interest on it. */
export async function quorumForItem(ctx: Ctx, sessionId: string, agendaItemId: string): Promise<QuorumState> {
  const row = await loadAttendanceSession(ctx, sessionId);
  const excludePersonIds = await itemExclusions(ctx, sessionId, agendaItemId);
  return (await buildRoster(ctx, row, { excludePersonIds, agendaItemId })).quorum;
}
