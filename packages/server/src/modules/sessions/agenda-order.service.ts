import { eq } from 'drizzle-orm';
import type { AgendaOrder, SessionDetail } from '@collegium/shared/contracts/sessions';
import { movedItems, numberAgenda } from '@collegium/shared/domain/agenda-numbering';
import { isAgendaEditable, tracksAgendaChanges, type SessionStatusName } from '@collegium/shared/domain/session-lifecycle';
import { inTransaction, type Ctx } from '../../context.js';
import { agendaItems } from '../../db/schema/index.js';
import { AppError, invalidField } from '../../lib/app-error.js';
import { recordAudit } from '../../lib/audit.js';
import { requireCurrentVersion } from '../directory/directory.versions.js';
import { bumpAgendaVersion, trackAgendaChange } from './agenda.changes.js';
import { loadAgendaRows } from './agenda.queries.js';
import { loadManagedSession } from './sessions.access.js';
import { getSession } from './sessions.service.js';

/** Checks that the new order names every item once and keeps one level of sub-items; names the row. */
function checkOrder(order: AgendaOrder, known: ReadonlySet<string>): void {
  const seen = new Set<string>();
  order.items.forEach((entry, row) => {
    const field = `items[${row}]`;
    if (!known.has(entry.id)) throw new AppError('validation_failed', 'This item is not on the agenda.', { field: `${field}.id`, row });
    if (seen.has(entry.id)) throw new AppError('validation_failed', 'This item is listed twice.', { field: `${field}.id`, row });
    seen.add(entry.id);
    if (entry.parentId === null) return;
    const parent = order.items.find((other) => other.id === entry.parentId);
    if (!parent || entry.parentId === entry.id) {
      throw new AppError('validation_failed', 'The parent of this item is not on the agenda.', { field: `${field}.parentId`, row });
    }
    if (parent.parentId !== null) {
      throw new AppError('validation_failed', 'The agenda has one level of sub-items: a sub-item cannot have sub-items of its own.', {
        field: `${field}.parentId`,
        row,
      });
    }
  });
  if (seen.size !== known.size) {
    throw invalidField('items', `The new order must list all ${known.size} items of the agenda; it lists ${seen.size}.`);
  }
}

/**
 * Puts the agenda in a new order, given whole. Needs the agenda's ETag, so an order built on a stale agenda
 * is refused (412) rather than silently undoing someone else's change. After convening, moved items are
 * listed among the agenda's changes.
 */
export async function reorderAgenda(
  ctx: Ctx,
  sessionId: string,
  order: AgendaOrder,
  ifMatch: string | undefined,
): Promise<SessionDetail> {
  await inTransaction(ctx, async (tx) => {
    const { session, body } = await loadManagedSession(tx, sessionId);
    requireCurrentVersion(ifMatch, session.agendaUpdatedAt, 'this agenda');
    const status = session.status as SessionStatusName;
    if (!isAgendaEditable(status)) {
      throw new AppError('conflict', `The session is ${status.replace('_', ' ')}; its agenda can no longer be changed.`);
    }
    const rows = await loadAgendaRows(tx, sessionId);
    checkOrder(order, new Set(rows.map((row) => row.id)));
    const before = numberAgenda(rows);
    const positions = new Map<string | null, number>();
    const after = order.items.map((entry) => {
      const position = positions.get(entry.parentId) ?? 0;
      positions.set(entry.parentId, position + 1);
      return { ...entry, position };
    });
    for (const entry of after) {
      await tx.db.update(agendaItems).set({ parentId: entry.parentId, position: entry.position }).where(eq(agendaItems.id, entry.id));
    }
    const renumbered = new Map(numberAgenda(after).map(({ item, number }) => [item.id, number]));
    const oldNumbers = new Map(before.map(({ item, number }) => [item.id, number]));
    const moved = movedItems(
      before.map(({ item }) => item),
      numberAgenda(after).map(({ item }) => item),
    );
    if (tracksAgendaChanges(status)) {
      for (const id of moved) {
        await trackAgendaChange(tx, { sessionId, agendaItemId: id, change: 'moved', fromNumber: oldNumbers.get(id), toNumber: renumbered.get(id) });
      }
    }
    await bumpAgendaVersion(tx, sessionId);
    await recordAudit(tx, {
      action: 'agenda.reorder',
      entityType: 'session',
      entityId: sessionId,
      organizationId: body.organizationId,
      summary: { moved: [...moved].map((id) => ({ id, from: oldNumbers.get(id), to: renumbered.get(id) })) },
    });
  });
  return getSession(ctx, sessionId);
}
