import { and, eq, inArray, isNull } from 'drizzle-orm';
import type { Ctx } from '../../context.js';
import { sessionAttendance } from '../../db/schema/index.js';
import type { SessionWithBody } from '../sessions/sessions.access.js';
import { buildRoster } from './attendance.roster.js';

/**
 * Writes the roster when the session starts: a row for every member on the session's date (excused when
 * they said so, in an invitation answer or a note of the secretary) and for every substitute announced in
 * an answer. Run inside the transaction that starts (or closes) the session.
 */
export async function createRoster(tx: Ctx, row: SessionWithBody): Promise<void> {
  const lists = await buildRoster(tx, { ...row, session: { ...row.session, status: 'convened' } });
  const now = tx.deps.clock.now();
  const missing = [...lists.members, ...lists.substitutes].filter((entry) => entry.id === null && entry.personId);
  if (missing.length === 0) return;
  await tx.db
    .insert(sessionAttendance)
    .values(
      missing.map((entry) => ({
        sessionId: row.session.id,
        kind: entry.kind,
        personId: entry.personId,
        role: entry.role,
        votingRight: entry.votingRight && entry.kind === 'member',
        substituteForId: entry.substituteFor?.personId ?? null,
        status: entry.status,
        updatedAt: now,
      })),
    )
    .onConflictDoNothing();
}

/**
 * Freezes attendance when the session closes at `closedAt`: the roster is completed, whoever was never
 * registered is absent, and everyone still in the room leaves at the close. Later changes answer 409.
 */
export async function freezeAttendance(tx: Ctx, row: SessionWithBody, closedAt: Date): Promise<void> {
  await createRoster(tx, row);
  const sessionId = row.session.id;
  await tx.db
    .update(sessionAttendance)
    .set({ status: 'absent', updatedAt: closedAt })
    .where(and(eq(sessionAttendance.sessionId, sessionId), eq(sessionAttendance.status, 'expected')));
  await tx.db
    .update(sessionAttendance)
    .set({ leftAt: closedAt, updatedAt: closedAt })
    .where(
      and(
        eq(sessionAttendance.sessionId, sessionId),
        inArray(sessionAttendance.status, ['present', 'late']),
        isNull(sessionAttendance.leftAt),
      ),
    );
}
