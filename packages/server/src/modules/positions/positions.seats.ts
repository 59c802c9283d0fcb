import { and, eq, inArray, sql } from 'drizzle-orm';
import { positionHolderRoles } from '@collegium/shared/domain/consent-block';
import type { Ctx } from '../../context.js';
import { memberships, persons, sessionInvitations } from '../../db/schema/index.js';
import { coversDay } from '../../lib/periods.js';
import type { SessionRow } from '../sessions/sessions.access.js';

export interface PersonRef {
  id: string;
  name: string;
}

export interface Seat {
  person: PersonRef;
  /** true when the caller records as the substitute the member sent */
  asSubstitute: boolean;
  /** the person who records: the member, or the substitute */
  recorder: PersonRef;
}

export const personName = sql<string>`${persons.givenName} || ' ' || ${persons.familyName}`;

/** The session's calendar day in its own time zone (YYYY-MM-DD): memberships must cover it. */
export function sessionDay(session: SessionRow, now: Date): string {
  const when = session.startsAt ?? session.deadlineAt ?? now;
  return new Intl.DateTimeFormat('en-CA', { timeZone: session.timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(when);
}

/** The members who record positions for a session: chair, deputies and members whose membership covers its day. */
export async function seatsOf(ctx: Ctx, session: SessionRow): Promise<PersonRef[]> {
  const rows = await ctx.db
    .selectDistinct({ id: memberships.personId, name: personName })
    .from(memberships)
    .innerJoin(persons, eq(persons.id, memberships.personId))
    .where(
      and(
        eq(memberships.bodyId, session.bodyId),
        inArray(memberships.role, [...positionHolderRoles]),
        coversDay(memberships.startDate, memberships.endDate, sessionDay(session, ctx.deps.clock.now())),
      ),
    );
  return rows;
}

async function callerPerson(ctx: Ctx): Promise<PersonRef | null> {
  if (ctx.actor.kind !== 'user') return null;
  const [row] = await ctx.db
    .select({ id: persons.id, name: personName })
    .from(persons)
    .where(eq(persons.userId, ctx.actor.userId))
    .limit(1);
  return row ?? null;
}

/**
 * The seat the caller records positions for: their own, when they are one of the session's members;
 * otherwise the seat of a member who answered the invitation by sending them as substitute (the
 * substitute named in that member's membership). Null for everyone else.
 */
export async function seatOfCaller(ctx: Ctx, session: SessionRow, seats: readonly PersonRef[]): Promise<Seat | null> {
  const me = await callerPerson(ctx);
  if (!me) return null;
  const own = seats.find((seat) => seat.id === me.id);
  if (own) return { person: own, asSubstitute: false, recorder: me };
  const sentBy = await ctx.db
    .select({ personId: sessionInvitations.personId })
    .from(sessionInvitations)
    .where(
      and(
        eq(sessionInvitations.sessionId, session.id),
        eq(sessionInvitations.answer, 'substitute'),
        eq(sessionInvitations.sentSubstituteId, me.id),
      ),
    );
  const member = seats.find((seat) => sentBy.some((row) => row.personId === seat.id));
  return member ? { person: member, asSubstitute: true, recorder: me } : null;
}
