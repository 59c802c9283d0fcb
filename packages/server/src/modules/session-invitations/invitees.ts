import { and, eq, inArray, isNotNull } from 'drizzle-orm';
import type { Ctx } from '../../context.js';
import { memberships, persons, sessionInvitations, users } from '../../db/schema/index.js';
import { randomToken } from '../../lib/crypto.js';
import { coversDay } from '../../lib/periods.js';

export type InvitationRow = typeof sessionInvitations.$inferSelect;
type Role = 'member' | 'substitute' | 'guest';
const rank: Record<Role, number> = { member: 0, substitute: 1, guest: 2 };

/** The session's day (YYYY-MM-DD) in its own time zone: memberships covering that day are invited. */
export function sessionDay(session: { startsAt: Date | null; deadlineAt: Date | null; timeZone: string }, now: Date): string {
  const when = session.startsAt ?? session.deadlineAt ?? now;
  return new Intl.DateTimeFormat('en-CA', { timeZone: session.timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(when);
}

/**
 * Everyone whose membership of the body covers the session's day (a membership in the role "guest" is
 * invited as a guest, every other role as a member), and the substitutes those memberships name.
 */
export async function invitedByMembership(ctx: Ctx, bodyId: string, day: string): Promise<Map<string, Role>> {
  const rows = await ctx.db
    .select({ personId: memberships.personId, role: memberships.role, substituteId: memberships.substituteId })
    .from(memberships)
    .where(and(eq(memberships.bodyId, bodyId), coversDay(memberships.startDate, memberships.endDate, day)));
  const invited = new Map<string, Role>();
  const offer = (personId: string, role: Role) => {
    const held = invited.get(personId);
    if (!held || rank[role] < rank[held]) invited.set(personId, role);
  };
  for (const row of rows) {
    offer(row.personId, row.role === 'guest' ? 'guest' : 'member');
    if (row.substituteId) offer(row.substituteId, 'substitute');
  }
  return invited;
}

/** The substitute named in the person's membership of the body on that day, if any. */
export async function namedSubstitute(ctx: Ctx, bodyId: string, personId: string, day: string) {
  const [row] = await ctx.db
    .select({ id: persons.id, givenName: persons.givenName, familyName: persons.familyName })
    .from(memberships)
    .innerJoin(persons, eq(persons.id, memberships.substituteId))
    .where(
      and(
        eq(memberships.bodyId, bodyId),
        eq(memberships.personId, personId),
        isNotNull(memberships.substituteId),
        coversDay(memberships.startDate, memberships.endDate, day),
      ),
    )
    .limit(1);
  return row ? { id: row.id, name: `${row.givenName} ${row.familyName}` } : null;
}

/** Adds an invitation for each person not invited yet; existing rows (and their answers) stay. */
export async function addInvitations(ctx: Ctx, sessionId: string, invited: Map<string, Role>): Promise<void> {
  if (invited.size === 0) return;
  await ctx.db
    .insert(sessionInvitations)
    .values([...invited].map(([personId, role]) => ({ sessionId, personId, role, answerToken: randomToken() })))
    .onConflictDoNothing({ target: [sessionInvitations.sessionId, sessionInvitations.personId] });
}

export interface Recipient {
  invitation: InvitationRow;
  name: string;
  email: string | null;
  locale: string | null;
}

/** Invitations with the person's name, address (the directory's, else the linked account's) and language. */
export async function loadRecipients(ctx: Ctx, sessionId: string, invitationIds?: string[]): Promise<Recipient[]> {
  const rows = await ctx.db
    .select({
      invitation: sessionInvitations,
      givenName: persons.givenName,
      familyName: persons.familyName,
      personEmail: persons.email,
      userEmail: users.email,
      locale: users.locale,
    })
    .from(sessionInvitations)
    .innerJoin(persons, eq(persons.id, sessionInvitations.personId))
    .leftJoin(users, eq(users.id, persons.userId))
    .where(
      invitationIds
        ? and(eq(sessionInvitations.sessionId, sessionId), inArray(sessionInvitations.id, invitationIds))
        : eq(sessionInvitations.sessionId, sessionId),
    );
  return rows.map((row) => ({
    invitation: row.invitation,
    name: `${row.givenName} ${row.familyName}`,
    email: row.personEmail ?? row.userEmail ?? null,
    locale: row.locale ?? null,
  }));
}
