import type { Ctx } from '../../context.js';
import { speakerRequests } from '../../db/schema/index.js';
import { personIdsWishingToSpeak } from '../positions/positions.service.js';

/**
 * When the meeting first takes up an item, those who recorded "wish to speak" on it beforehand
 * (modules/positions) open its speakers list, in the order they recorded it.
 */
export async function seedSpeakersFromPositions(ctx: Ctx, sessionId: string, agendaItemId: string): Promise<void> {
  const personIds = await personIdsWishingToSpeak(ctx, agendaItemId);
  if (personIds.length === 0) return;
  const now = ctx.deps.clock.now();
  await ctx.db
    .insert(speakerRequests)
    .values(personIds.map((personId, index) => ({ sessionId, agendaItemId, personId, source: 'position', queuePosition: index, requestedAt: now })))
    .onConflictDoNothing();
}
