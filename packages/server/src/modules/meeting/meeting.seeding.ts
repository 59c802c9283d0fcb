import { and, asc, eq } from 'drizzle-orm';
import type { Ctx } from '../../context.js';
import { agendaItemPositions, speakerRequests } from '../../db/schema/index.js';

/**
 * When the meeting first takes up an item, the members who recorded "wish to speak" on it beforehand
 * (modules/positions) open its speakers list, in the order they recorded it.
 */
export async function seedSpeakersFromPositions(ctx: Ctx, sessionId: string, agendaItemId: string): Promise<void> {
  const wishes = await ctx.db
    .select({ personId: agendaItemPositions.personId })
    .from(agendaItemPositions)
    .where(and(eq(agendaItemPositions.agendaItemId, agendaItemId), eq(agendaItemPositions.position, 'wish_to_speak')))
    .orderBy(asc(agendaItemPositions.recordedAt));
  if (wishes.length === 0) return;
  const now = ctx.deps.clock.now();
  await ctx.db
    .insert(speakerRequests)
    .values(
      wishes.map((wish, index) => ({
        sessionId,
        agendaItemId,
        personId: wish.personId,
        source: 'position',
        queuePosition: index,
        requestedAt: now,
      })),
    )
    .onConflictDoNothing();
}
