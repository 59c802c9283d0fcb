import { and, eq, inArray, isNotNull } from 'drizzle-orm';
import type { Ctx } from '../../context.js';
import { persons, sessionInvitations } from '../../db/schema/index.js';
import { fullName, type PersonName } from './attendance.seats.js';

export interface InvitationAnswer {
  answer: 'excused' | 'substitute';
  sentSubstitute: PersonName | null;
}

/**
 * What invitees answered that shapes the roster: "excused", or "sending my substitute" with the substitute.
 * Read from the invitations of helper module session-invitations; "will attend" changes nothing.
 */
export async function invitationAnswersOf(ctx: Ctx, sessionId: string): Promise<Map<string, InvitationAnswer>> {
  const rows = await ctx.db
    .select({ personId: sessionInvitations.personId, answer: sessionInvitations.answer, substitute: persons })
    .from(sessionInvitations)
    .leftJoin(persons, eq(persons.id, sessionInvitations.sentSubstituteId))
    .where(
      and(
        eq(sessionInvitations.sessionId, sessionId),
        isNotNull(sessionInvitations.answer),
        inArray(sessionInvitations.answer, ['excused', 'substitute']),
      ),
    );
  return new Map(
    rows.map((row) => [
      row.personId,
      {
        answer: row.answer as InvitationAnswer['answer'],
        sentSubstitute: row.substitute ? { personId: row.substitute.id, name: fullName(row.substitute) } : null,
      },
    ]),
  );
}
