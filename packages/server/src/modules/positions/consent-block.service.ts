import { count, eq } from 'drizzle-orm';
import type { ConsentBlock, ConsentBlockItem, PositionKind } from '@collegium/shared/contracts/positions';
import { numberAgenda } from '@collegium/shared/domain/agenda-numbering';
import { consentBlockKinds, consentBlockReasonsFor, emptyPositionCounts } from '@collegium/shared/domain/consent-block';
import { inTransaction, type Ctx } from '../../context.js';
import { agendaItemPositions, agendaItems, consentBlockExclusions } from '../../db/schema/index.js';
import { allows, requireAbility } from '../../lib/access.js';
import { AppError, notFound } from '../../lib/app-error.js';
import { recordAudit } from '../../lib/audit.js';
import { publishSessionEvent } from '../../lib/session-events.js';
import { loadAgendaRows } from '../sessions/agenda.queries.js';
import { loadReadableSession, sessionResource } from '../sessions/sessions.access.js';

type BlockItem = ConsentBlockItem & { lateUnapproved: boolean };

/** Every decision and consent-request item of a session, in agenda order, with whether it is in the block and why not. */
async function computeConsentBlock(ctx: Ctx, sessionId: string): Promise<BlockItem[]> {
  const rows = await loadAgendaRows(ctx, sessionId);
  const tallies = await ctx.db
    .select({ agendaItemId: agendaItemPositions.agendaItemId, position: agendaItemPositions.position, n: count() })
    .from(agendaItemPositions)
    .where(eq(agendaItemPositions.sessionId, sessionId))
    .groupBy(agendaItemPositions.agendaItemId, agendaItemPositions.position);
  const excluded = new Set(
    (await ctx.db.select({ id: consentBlockExclusions.agendaItemId }).from(consentBlockExclusions).where(eq(consentBlockExclusions.sessionId, sessionId))).map(
      (row) => row.id,
    ),
  );
  return numberAgenda(rows)
    .filter(({ item }) => consentBlockKinds.includes(item.kind))
    .map(({ item, number }) => {
      const counts = emptyPositionCounts();
      for (const tally of tallies) if (tally.agendaItemId === item.id) counts[tally.position as PositionKind] = tally.n;
      const lateUnapproved = item.late && item.lateDecision !== 'approved';
      const reasons = consentBlockReasonsFor({ kind: item.kind, withdrawn: item.withdrawnAt !== null, lateUnapproved, excluded: excluded.has(item.id), counts });
      return { agendaItemId: item.id, number, inBlock: reasons.length === 0, excluded: excluded.has(item.id), reasons, lateUnapproved };
    });
}

/**
 * The items of a session's consent block, in agenda order: decisions and consent requests that are not
 * withdrawn (nor late and unapproved), that nobody objects to, nobody wishes to speak on, nobody declared
 * a conflict on, and that the chair or secretary did not take out. The meeting adopts them with one vote
 * at the start. No access check: callers have checked theirs. Works inside their transaction.
 */
export async function getConsentBlock(ctx: Ctx, sessionId: string): Promise<string[]> {
  return (await computeConsentBlock(ctx, sessionId)).filter((item) => item.inBlock).map((item) => item.agendaItemId);
}

const blockChangeable = (status: string) => status === 'draft' || status === 'convened' || status === 'postponed';

/** The consent block for those who may read positions (members, staff, named substitutes). */
export async function readConsentBlock(ctx: Ctx, sessionId: string): Promise<ConsentBlock> {
  const { session, body } = await loadReadableSession(ctx, sessionId);
  const resource = sessionResource(session, body);
  await requireAbility(ctx, 'session:read-closed', resource);
  const manages = await allows(ctx, 'session:manage', resource);
  // A late item waiting for the chair is not on the agenda members see.
  const items = (await computeConsentBlock(ctx, sessionId)).filter((item) => manages || !item.lateUnapproved);
  return {
    sessionId,
    itemIds: items.filter((item) => item.inBlock).map((item) => item.agendaItemId),
    items: items.map(({ lateUnapproved: _late, ...item }) => item),
    canExclude: manages && blockChangeable(session.status),
  };
}

/** The chair or secretary takes an item out of the consent block, or puts it back, before the session starts. */
export async function setConsentBlockExclusion(ctx: Ctx, itemId: string, excluded: boolean): Promise<ConsentBlock> {
  const sessionId = await inTransaction(ctx, async (tx) => {
    const [item] = await tx.db.select().from(agendaItems).where(eq(agendaItems.id, itemId)).limit(1);
    if (!item) throw notFound('The agenda item');
    const { session, body } = await loadReadableSession(tx, item.sessionId, { forUpdate: true });
    await requireAbility(tx, 'session:manage', sessionResource(session, body));
    if (!blockChangeable(session.status)) {
      throw new AppError('conflict', 'The session has started; the consent block can no longer be changed here.', { sessionStatus: session.status });
    }
    if (!consentBlockKinds.includes(item.kind)) {
      throw new AppError('conflict', 'Only decisions and consent requests can be in the consent block.');
    }
    if (item.withdrawnAt) throw new AppError('conflict', 'The item was withdrawn.');
    const where = eq(consentBlockExclusions.agendaItemId, itemId);
    const [was] = await tx.db.select().from(consentBlockExclusions).where(where).limit(1);
    if (Boolean(was) === excluded) return session.id;
    if (excluded) {
      await tx.db.insert(consentBlockExclusions).values({
        agendaItemId: itemId,
        sessionId: session.id,
        excludedBy: ctx.actor.kind === 'user' ? ctx.actor.userId : null,
        excludedAt: ctx.deps.clock.now(),
      });
    } else {
      await tx.db.delete(consentBlockExclusions).where(where);
    }
    await recordAudit(tx, {
      action: excluded ? 'consent_block.exclude' : 'consent_block.include',
      entityType: 'agenda_item',
      entityId: itemId,
      organizationId: body.organizationId,
      summary: { sessionId: session.id },
    });
    await publishSessionEvent(tx, session.id, { kind: 'consent_block.changed', agendaItemId: itemId });
    return session.id;
  });
  return readConsentBlock(ctx, sessionId);
}
