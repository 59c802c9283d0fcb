import { and, eq, isNull, max } from 'drizzle-orm';
import type { AgendaItemKind } from '@collegium/shared/contracts/sessions';
import type { Ctx } from '../../context.js';
import { agendaItems } from '../../db/schema/index.js';
import { bumpAgendaVersion, trackAgendaChange } from './agenda.changes.js';
import { currentNumbers, loadAgendaRows } from './agenda.queries.js';

/**
 * Adds an item at the end of the agenda of a session in progress, as an accepted agenda amendment does
 * (modules/meeting). The caller holds the session's lock and has checked the chair's ability; the item is
 * listed among the agenda's changes as added.
 */
export async function appendItemDuringMeeting(
  ctx: Ctx,
  sessionId: string,
  input: { kind: AgendaItemKind; title: string },
): Promise<{ id: string; number: string | null }> {
  const [last] = await ctx.db
    .select({ value: max(agendaItems.position) })
    .from(agendaItems)
    .where(and(eq(agendaItems.sessionId, sessionId), isNull(agendaItems.parentId)));
  const [item] = await ctx.db
    .insert(agendaItems)
    .values({ sessionId, parentId: null, position: (last?.value ?? -1) + 1, kind: input.kind, title: input.title.trim() })
    .returning({ id: agendaItems.id });
  await bumpAgendaVersion(ctx, sessionId);
  const number = currentNumbers(await loadAgendaRows(ctx, sessionId)).get(item!.id) ?? null;
  await trackAgendaChange(ctx, { sessionId, agendaItemId: item!.id, change: 'added', toNumber: number });
  return { id: item!.id, number };
}
