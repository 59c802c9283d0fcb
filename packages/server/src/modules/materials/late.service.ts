import { and, eq, isNull } from 'drizzle-orm';
import type { LateDecisionInput, Material } from '@collegium/shared/contracts/materials';
import type { SessionDetail } from '@collegium/shared/contracts/sessions';
import { inTransaction, type Ctx } from '../../context.js';
import { agendaItemMaterials, agendaItems } from '../../db/schema/index.js';
import { requireAbility } from '../../lib/access.js';
import { AppError, notFound } from '../../lib/app-error.js';
import { recordAudit } from '../../lib/audit.js';
import { bumpAgendaVersion, loadItemRow } from '../sessions/agenda.changes.js';
import { loadReadableSession, sessionResource } from '../sessions/sessions.access.js';
import { getSession } from '../sessions/sessions.service.js';
import { materialsChanged } from './materials.events.js';
import { loadMaterialRow, presentMaterial } from './materials.queries.js';

const decisionOf = (input: LateDecisionInput) => (input.decision === 'approve' ? 'approved' : 'refused');

/** The session, locked, for someone who may decide on late entries (the chair, deputy chair, administrators). */
async function loadSessionForDecision(ctx: Ctx, sessionId: string) {
  const row = await loadReadableSession(ctx, sessionId, { forUpdate: true });
  await requireAbility(ctx, 'session:approve-late', sessionResource(row.session, row.body));
  return row;
}

function requirePending(entry: { late: boolean; lateDecision: string | null }, what: string): void {
  if (!entry.late) throw new AppError('conflict', `The ${what} was not added late; it needs no approval.`);
  if (entry.lateDecision) throw new AppError('conflict', `The ${what} was already ${entry.lateDecision}.`, { lateDecision: entry.lateDecision });
}

/** Approves or refuses a late material. Approved, members see it (marked late); refused, it stays hidden from them. */
export async function decideLateMaterial(ctx: Ctx, materialId: string, input: LateDecisionInput): Promise<Material> {
  await inTransaction(ctx, async (tx) => {
    const material = await loadMaterialRow(tx, materialId);
    if (!material) throw notFound('The material');
    const { body } = await loadSessionForDecision(tx, material.sessionId);
    requirePending(material, 'material');
    const decision = decisionOf(input);
    await tx.db
      .update(agendaItemMaterials)
      .set({ lateDecision: decision, lateDecidedAt: tx.deps.clock.now(), lateDecidedBy: tx.actor.kind === 'user' ? tx.actor.userId : null })
      .where(eq(agendaItemMaterials.id, materialId));
    await recordAudit(tx, {
      action: `material.late.${input.decision}`,
      entityType: 'agenda_item',
      entityId: material.agendaItemId,
      organizationId: body.organizationId,
      summary: { after: { materialId, documentId: material.documentId, lateDecision: decision } },
    });
    await materialsChanged(tx, material.sessionId);
  });
  return presentMaterial((await loadMaterialRow(ctx, materialId))!);
}

/**
 * Approves or refuses a late agenda item, and with it the late materials of the item still waiting;
 * answers the session as the caller sees it then.
 */
export async function decideLateItem(ctx: Ctx, itemId: string, input: LateDecisionInput): Promise<SessionDetail> {
  const sessionId = await inTransaction(ctx, async (tx) => {
    const item = await loadItemRow(tx, itemId);
    if (!item) throw notFound('The agenda item');
    const { body } = await loadSessionForDecision(tx, item.sessionId);
    requirePending(item, 'item');
    const decision = decisionOf(input);
    await tx.db
      .update(agendaItems)
      .set({ lateDecision: decision, lateDecidedAt: tx.deps.clock.now(), lateDecidedBy: tx.actor.kind === 'user' ? tx.actor.userId : null })
      .where(eq(agendaItems.id, itemId));
    // The item's own late materials (added with it, after the deadline) follow the decision on the item.
    const materials = await tx.db
      .update(agendaItemMaterials)
      .set({ lateDecision: decision, lateDecidedAt: tx.deps.clock.now(), lateDecidedBy: tx.actor.kind === 'user' ? tx.actor.userId : null })
      .where(and(eq(agendaItemMaterials.agendaItemId, itemId), eq(agendaItemMaterials.late, true), isNull(agendaItemMaterials.lateDecision)))
      .returning({ id: agendaItemMaterials.id });
    await bumpAgendaVersion(tx, item.sessionId);
    await recordAudit(tx, {
      action: `agenda.late.${input.decision}`,
      entityType: 'agenda_item',
      entityId: itemId,
      organizationId: body.organizationId,
      summary: { after: { sessionId: item.sessionId, title: item.title, lateDecision: decision, materialIds: materials.map((m) => m.id) } },
    });
    await materialsChanged(tx, item.sessionId);
    return item.sessionId;
  });
  return getSession(ctx, sessionId);
}
