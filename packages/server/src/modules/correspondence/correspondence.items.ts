import { and, asc, eq, inArray, isNull } from 'drizzle-orm';
import type { Ctx } from '../../context.js';
import { agendaItems } from '../../db/schema/index.js';

/** Item kinds a correspondence session decides by vote; the others (information…) are only noted. */
export const correspondenceVotedKinds = ['decision', 'consent_request'] as const;

export const isVotedKind = (kind: string): boolean => (correspondenceVotedKinds as readonly string[]).includes(kind);

/** The session's voted items still on its agenda (a late one only once approved), in agenda order. */
export async function loadVotedItems(ctx: Ctx, sessionId: string) {
  const items = await ctx.db
    .select()
    .from(agendaItems)
    .where(and(eq(agendaItems.sessionId, sessionId), isNull(agendaItems.withdrawnAt), inArray(agendaItems.kind, [...correspondenceVotedKinds])))
    .orderBy(asc(agendaItems.parentId), asc(agendaItems.position));
  return items.filter((item) => !item.late || item.lateDecision === 'approved');
}
