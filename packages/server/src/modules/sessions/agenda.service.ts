import { and, eq, isNull, max } from 'drizzle-orm';
import type { AgendaItemInput, AgendaItemPatch, SessionDetail } from '@collegium/shared/contracts/sessions';
import {
  isAgendaEditable,
  tracksAgendaChanges,
  type SessionStatusName,
} from '@collegium/shared/domain/session-lifecycle';
import { inTransaction, type Ctx } from '../../context.js';
import { agendaItems } from '../../db/schema/index.js';
import { AppError, invalidField, notFound } from '../../lib/app-error.js';
import { recordAudit } from '../../lib/audit.js';
import { sanitizeOptionalRichText } from '../../lib/rich-text.js';
import { nextVersion, requireCurrentVersion } from '../directory/directory.versions.js';
import { bumpAgendaVersion, loadItemRow, requireRapporteurs, trackAgendaChange } from './agenda.changes.js';
import { currentNumbers, loadAgendaRows } from './agenda.queries.js';
import { loadManagedSession, type SessionWithBody } from './sessions.access.js';
import { getSession } from './sessions.service.js';
import { lateFieldsForNewEntry } from '../materials/late.rules.js';
import { onApprovalItemRemoved } from '../minutes/minutes.approval-hooks.js';

function requireAgendaEditable({ session }: SessionWithBody): void {
  if (!isAgendaEditable(session.status as SessionStatusName)) {
    throw new AppError(
      'conflict',
      `The session is ${session.status.replace('_', ' ')}; its agenda can no longer be changed.`,
      { sessionStatus: session.status },
    );
  }
}

/** Adds an item at the end of the agenda, or at the end of a top-level item's sub-items. */
export async function addAgendaItem(ctx: Ctx, sessionId: string, input: AgendaItemInput): Promise<SessionDetail> {
  await inTransaction(ctx, async (tx) => {
    const managed = await loadManagedSession(tx, sessionId);
    requireAgendaEditable(managed);
    const parentId = input.parentId ?? null;
    if (parentId) {
      const parent = await loadItemRow(tx, parentId);
      if (!parent || parent.sessionId !== sessionId) throw invalidField('parentId', 'There is no such item on this agenda.');
      if (parent.parentId) throw invalidField('parentId', 'Sub-items go under a top-level item; the agenda has one level of sub-items.');
      if (parent.withdrawnAt) throw invalidField('parentId', 'That item was withdrawn; add the sub-item elsewhere.');
    }
    await requireRapporteurs(tx, input);
    const [last] = await tx.db
      .select({ value: max(agendaItems.position) })
      .from(agendaItems)
      .where(and(eq(agendaItems.sessionId, sessionId), parentId ? eq(agendaItems.parentId, parentId) : isNull(agendaItems.parentId)));
    const [item] = await tx.db
      .insert(agendaItems)
      .values({
        sessionId,
        parentId,
        position: (last?.value ?? -1) + 1,
        kind: input.kind,
        title: input.title.trim(),
        rapporteurPersonId: input.rapporteurPersonId ?? null,
        rapporteurOrganizationId: input.rapporteurOrganizationId ?? null,
        estimatedMinutes: input.estimatedMinutes ?? null,
        isPublic: input.isPublic ?? true,
        proposedResolution: sanitizeOptionalRichText(input.proposedResolution) ?? null,
        ...(await lateFieldsForNewEntry(tx, managed.session, managed.body)),
      })
      .returning();
    await bumpAgendaVersion(tx, sessionId);
    const number = currentNumbers(await loadAgendaRows(tx, sessionId)).get(item!.id) ?? null;
    if (tracksAgendaChanges(managed.session.status as SessionStatusName)) {
      await trackAgendaChange(tx, { sessionId, agendaItemId: item!.id, change: 'added', toNumber: number });
    }
    await recordAudit(tx, {
      action: 'agenda.add',
      entityType: 'agenda_item',
      entityId: item!.id,
      organizationId: managed.body.organizationId,
      summary: { after: { sessionId, number, kind: input.kind, title: input.title, isPublic: item!.isPublic, late: item!.late } },
    });
  });
  return getSession(ctx, sessionId);
}

async function loadManagedItem(ctx: Ctx, itemId: string) {
  const item = await loadItemRow(ctx, itemId);
  if (!item) throw notFound('The agenda item');
  const managed = await loadManagedSession(ctx, item.sessionId);
  requireAgendaEditable(managed);
  // Read again under the session's lock: a concurrent change may have landed in between.
  const locked = await loadItemRow(ctx, itemId);
  if (!locked) throw notFound('The agenda item');
  return { item: locked, managed };
}

/** Changes an item; needs the item's ETag. A withdrawn item stays as it was withdrawn. */
export async function updateAgendaItem(
  ctx: Ctx,
  itemId: string,
  patch: AgendaItemPatch,
  ifMatch: string | undefined,
): Promise<SessionDetail> {
  const sessionId = await inTransaction(ctx, async (tx) => {
    const { item, managed } = await loadManagedItem(tx, itemId);
    requireCurrentVersion(ifMatch, item.updatedAt, 'this agenda item');
    if (item.withdrawnAt) throw new AppError('conflict', 'The item was withdrawn and can no longer be changed.');
    await requireRapporteurs(tx, patch);
    const values = {
      ...patch,
      ...(patch.title !== undefined ? { title: patch.title.trim() } : {}),
      ...(patch.proposedResolution !== undefined ? { proposedResolution: sanitizeOptionalRichText(patch.proposedResolution) } : {}),
    };
    await tx.db
      .update(agendaItems)
      .set({ ...values, updatedAt: nextVersion(agendaItems.updatedAt, ctx.deps.clock.now()) })
      .where(eq(agendaItems.id, itemId));
    await bumpAgendaVersion(tx, item.sessionId);
    await recordAudit(tx, {
      action: 'agenda.update',
      entityType: 'agenda_item',
      entityId: itemId,
      organizationId: managed.body.organizationId,
      summary: { sessionId: item.sessionId, changed: Object.keys(patch) },
    });
    return item.sessionId;
  });
  return getSession(ctx, sessionId);
}

/**
 * Removes an item. From a draft it is deleted (with its sub-items); once the session is convened it is
 * withdrawn instead — kept on the agenda, marked, and listed among the agenda's changes.
 */
export async function removeAgendaItem(ctx: Ctx, itemId: string): Promise<SessionDetail> {
  const sessionId = await inTransaction(ctx, async (tx) => {
    const { item, managed } = await loadManagedItem(tx, itemId);
    const { sessionId } = item;
    const status = managed.session.status as SessionStatusName;
    const numbers = currentNumbers(await loadAgendaRows(tx, sessionId));
    await onApprovalItemRemoved(tx, itemId);
    if (!tracksAgendaChanges(status)) {
      await tx.db.delete(agendaItems).where(eq(agendaItems.id, itemId));
    } else {
      if (item.withdrawnAt) throw new AppError('conflict', 'The item has already been withdrawn.');
      const now = ctx.deps.clock.now();
      const affected = [item.id, ...(await childrenOf(tx, item.id)).filter((child) => !child.withdrawnAt).map((child) => child.id)];
      for (const id of affected) {
        await tx.db
          .update(agendaItems)
          .set({ withdrawnAt: now, updatedAt: nextVersion(agendaItems.updatedAt, now) })
          .where(eq(agendaItems.id, id));
        await trackAgendaChange(tx, { sessionId, agendaItemId: id, change: 'withdrawn', fromNumber: numbers.get(id) ?? null });
      }
    }
    await bumpAgendaVersion(tx, sessionId);
    await recordAudit(tx, {
      action: tracksAgendaChanges(status) ? 'agenda.withdraw' : 'agenda.delete',
      entityType: 'agenda_item',
      entityId: itemId,
      organizationId: managed.body.organizationId,
      summary: { before: { sessionId, number: numbers.get(itemId), title: item.title } },
    });
    return sessionId;
  });
  return getSession(ctx, sessionId);
}

async function childrenOf(ctx: Ctx, parentId: string) {
  return ctx.db.select().from(agendaItems).where(eq(agendaItems.parentId, parentId));
}
