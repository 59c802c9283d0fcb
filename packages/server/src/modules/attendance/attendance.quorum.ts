import type { QuorumState } from '@collegium/shared/contracts/attendance';
import type { Ctx } from '../../context.js';
import { loadAttendanceSession } from './attendance.policy.js';
import { buildRoster } from './attendance.roster.js';

/**
 * The quorum of a session now, for voting and per-item checks: `excludePersonIds` — the members who
 * declared a conflict of interest on an item (modules/positions) — leave the base, and a substitute among
 * them fills no seat. Checks that the caller may read the session's attendance.
 */
export async function quorumFor(
  ctx: Ctx,
  sessionId: string,
  options: { excludePersonIds?: Iterable<string> } = {},
): Promise<QuorumState> {
  const row = await loadAttendanceSession(ctx, sessionId);
  return (await buildRoster(ctx, row, options)).quorum;
}
