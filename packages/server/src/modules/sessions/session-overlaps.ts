import { and, eq, isNotNull, lt, ne, notInArray, sql } from 'drizzle-orm';
import type { SessionWarning } from '@collegium/shared/contracts/sessions';
import type { Ctx } from '../../context.js';
import { sessions } from '../../db/schema/index.js';

/** A meeting without an end time is taken to last this long when looking for overlaps. */
const ASSUMED_DURATION_MS = 2 * 60 * 60 * 1000;

/**
 * Other sessions of the same body whose time overlaps this one's. Overlaps are allowed (a committee may
 * meet twice in a day on purpose) but the person scheduling should know.
 */
export async function overlapWarnings(
  ctx: Ctx,
  session: { id: string; bodyId: string; startsAt: Date | null; endsAt: Date | null; status: string },
): Promise<SessionWarning[]> {
  if (!session.startsAt || session.status === 'cancelled' || session.status === 'closed') return [];
  const start = session.startsAt;
  const end = session.endsAt ?? new Date(start.getTime() + ASSUMED_DURATION_MS);
  const others = await ctx.db
    .select({ id: sessions.id, kind: sessions.kind, number: sessions.number, startsAt: sessions.startsAt })
    .from(sessions)
    .where(
      and(
        eq(sessions.bodyId, session.bodyId),
        ne(sessions.id, session.id),
        isNotNull(sessions.startsAt),
        notInArray(sessions.status, ['cancelled', 'postponed']),
        lt(sessions.startsAt, end),
        sql`coalesce(${sessions.endsAt}, ${sessions.startsAt} + interval '2 hours') > ${start.toISOString()}::timestamptz`,
      ),
    )
    .limit(10);
  return others.map((other) => ({
    code: 'overlap' as const,
    message: `It overlaps the ${other.kind} session no. ${other.number} of the same body, starting ${other.startsAt!.toISOString()}.`,
    sessionId: other.id,
  }));
}
