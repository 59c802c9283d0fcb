import { eq } from 'drizzle-orm';
import type { Ctx } from '../../context.js';
import { agendaItemProceedings } from '../../db/schema/index.js';
import { syncDecisionForOutcome } from '../decisions/decisions.sync.js';
import { onItemOutcome } from '../minutes/minutes.approval.js';

type ProceedingValues = Partial<Omit<typeof agendaItemProceedings.$inferInsert, 'agendaItemId' | 'sessionId'>>;

/** Writes what the meeting recorded about an item, making its row on first use. */
export async function saveProceeding(ctx: Ctx, sessionId: string, agendaItemId: string, values: ProceedingValues): Promise<void> {
  const now = ctx.deps.clock.now();
  await ctx.db
    .insert(agendaItemProceedings)
    .values({ sessionId, agendaItemId, ...values, updatedAt: now })
    .onConflictDoUpdate({ target: agendaItemProceedings.agendaItemId, set: { ...values, updatedAt: now } });
  if (values.outcome !== undefined) await syncDecisionForOutcome(ctx, sessionId, agendaItemId, values.outcome);
  if (values.outcome !== undefined) await onItemOutcome(ctx, agendaItemId, values.outcome);
}

export async function readProceeding(ctx: Ctx, agendaItemId: string) {
  const [row] = await ctx.db.select().from(agendaItemProceedings).where(eq(agendaItemProceedings.agendaItemId, agendaItemId)).limit(1);
  return row ?? null;
}

export const actorUserId = (ctx: Ctx): string | null => (ctx.actor.kind === 'user' ? ctx.actor.userId : null);
