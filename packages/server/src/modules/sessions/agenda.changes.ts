import { eq, sql } from 'drizzle-orm';
import type { Ctx } from '../../context.js';
import { agendaChanges, agendaItems, organizations, persons, sessions } from '../../db/schema/index.js';
import { invalidField } from '../../lib/app-error.js';
import { nextVersion } from '../directory/directory.versions.js';
import { requestSessionPacket } from '../session-packet/packet-requests.js';
import { noteSessionChange } from '../session-invitations/session-mail-hooks.js';

/** Gives the agenda a new version (its ETag), after any change of its items; its packet is rebuilt. */
export async function bumpAgendaVersion(ctx: Ctx, sessionId: string): Promise<void> {
  await ctx.db
    .update(sessions)
    .set({ agendaUpdatedAt: nextVersion(sessions.agendaUpdatedAt, ctx.deps.clock.now()) })
    .where(eq(sessions.id, sessionId));
  await requestSessionPacket(ctx, sessionId);
}

/**
 * Records a change of a convened agenda, shown with the agenda from then on. Its time is at least a
 * millisecond after the session's previous change (the session row is locked), so the list keeps its order.
 */
export async function trackAgendaChange(
  ctx: Ctx,
  change: { sessionId: string; agendaItemId: string; change: 'added' | 'withdrawn' | 'moved'; fromNumber?: string | null; toNumber?: string | null },
): Promise<void> {
  await ctx.db.insert(agendaChanges).values({
    fromNumber: null,
    toNumber: null,
    ...change,
    occurredAt: sql`greatest(${ctx.deps.clock.now().toISOString()}::timestamptz, (select max(${agendaChanges.occurredAt}) + interval '1 millisecond' from ${agendaChanges} where ${agendaChanges.sessionId} = ${change.sessionId}))`,
    actorUserId: ctx.actor.kind === 'user' ? ctx.actor.userId : null,
  });
  await noteSessionChange(ctx, change.sessionId);
}

/** Refuses a rapporteur who is not in the directory, naming the field. */
export async function requireRapporteurs(
  ctx: Ctx,
  input: { rapporteurPersonId?: string | null; rapporteurOrganizationId?: string | null },
): Promise<void> {
  if (input.rapporteurPersonId) {
    const [row] = await ctx.db.select({ id: persons.id }).from(persons).where(eq(persons.id, input.rapporteurPersonId)).limit(1);
    if (!row) throw invalidField('rapporteurPersonId', 'There is no such person in the directory.');
  }
  if (input.rapporteurOrganizationId) {
    const [row] = await ctx.db
      .select({ id: organizations.id })
      .from(organizations)
      .where(eq(organizations.id, input.rapporteurOrganizationId))
      .limit(1);
    if (!row) throw invalidField('rapporteurOrganizationId', 'There is no such organisation in the directory.');
  }
}

/** The item and the session it belongs to; 404 when there is no such item. */
export async function loadItemRow(ctx: Ctx, itemId: string) {
  const [item] = await ctx.db.select().from(agendaItems).where(eq(agendaItems.id, itemId)).limit(1);
  return item;
}
