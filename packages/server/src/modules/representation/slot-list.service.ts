import { eq } from 'drizzle-orm';
import type { SlotList, SlotListReplace, SlotOrder } from '@collegium/shared/contracts/representation';
import { inTransaction, type Ctx } from '../../context.js';
import { representationSlots } from '../../db/schema/index.js';
import { invalidField } from '../../lib/app-error.js';
import { recordAudit } from '../../lib/audit.js';
import { nextVersion, requireCurrentTag } from '../directory/directory.versions.js';
import { managedBody } from './representation.access.js';
import { deleteSlot } from './slot-removal.js';
import { refuseTakenKey, slotAudit } from './slots.service.js';
import { keyFromLabel, presentSlot, slotListTag, slotRowsOf, type SlotRow } from './slots.store.js';

const listOf = (rows: readonly SlotRow[]): SlotList => ({ items: rows.map(presentSlot), etag: slotListTag(rows) });
const outline = (rows: readonly SlotRow[]) => rows.map((r) => ({ key: r.key, label: r.label }));

async function place(ctx: Ctx, row: SlotRow, position: number, label = row.label): Promise<void> {
  if (row.position === position && row.label === label) return;
  await ctx.db
    .update(representationSlots)
    .set({ position, label, updatedAt: nextVersion(representationSlots.updatedAt, ctx.deps.clock.now()) })
    .where(eq(representationSlots.id, row.id));
}

/** Puts the body's slots in a new order: every slot once (If-Match with the list's ETag). */
export async function reorderSlots(ctx: Ctx, bodyId: string, input: SlotOrder, ifMatch: string | undefined): Promise<SlotList> {
  return inTransaction(ctx, async (tx) => {
    const body = await managedBody(tx, bodyId);
    const rows = await slotRowsOf(tx, bodyId);
    requireCurrentTag(ifMatch, slotListTag(rows), 'the slots of this body');
    const byId = new Map(rows.map((r) => [r.id, r]));
    const distinct = new Set(input.slotIds);
    if (distinct.size !== input.slotIds.length || input.slotIds.length !== rows.length || input.slotIds.some((id) => !byId.has(id))) {
      throw invalidField('slotIds', `List every slot of this body exactly once (${rows.length}).`);
    }
    for (const [position, id] of input.slotIds.entries()) await place(tx, byId.get(id)!, position);
    const after = await slotRowsOf(tx, bodyId);
    await recordAudit(tx, {
      ...slotAudit(body),
      action: 'representation_slots.reorder',
      entityId: bodyId,
      summary: { bodyId, before: rows.map((r) => r.key), after: after.map((r) => r.key) },
    });
    return listOf(after);
  });
}

/**
 * Replaces the whole list (If-Match with the list's ETag): items with an id keep that slot (renamed when the
 * label differs, its key unchanged), items without one are new, slots left out are removed — refused (409)
 * while someone fills them.
 */
export async function replaceSlots(ctx: Ctx, bodyId: string, input: SlotListReplace, ifMatch: string | undefined): Promise<SlotList> {
  return inTransaction(ctx, async (tx) => {
    const body = await managedBody(tx, bodyId);
    const rows = await slotRowsOf(tx, bodyId);
    requireCurrentTag(ifMatch, slotListTag(rows), 'the slots of this body');
    const byId = new Map(rows.map((r) => [r.id, r]));
    const kept = new Set<string>();
    for (const [i, item] of input.items.entries()) {
      if (item.id === undefined) continue;
      const existing = byId.get(item.id);
      if (!existing) throw invalidField(`items[${i}].id`, 'This body has no slot with this id; leave the id out for a new slot.');
      if (kept.has(item.id)) throw invalidField(`items[${i}].id`, 'A slot can appear only once.');
      if (item.key !== undefined && item.key !== existing.key) {
        throw invalidField(`items[${i}].key`, `A slot keeps its key (“${existing.key}”); add a new slot for a new key.`);
      }
      kept.add(item.id);
    }
    const removed = rows.filter((r) => !kept.has(r.id));
    const detachedMembershipIds: string[] = [];
    for (const slot of removed) detachedMembershipIds.push(...(await deleteSlot(tx, slot, 'items')));

    const taken = new Set(rows.filter((r) => kept.has(r.id)).map((r) => r.key));
    for (const [position, item] of input.items.entries()) {
      if (item.id !== undefined) {
        await place(tx, byId.get(item.id)!, position, item.label);
        continue;
      }
      if (item.key) refuseTakenKey(item.key, taken, `items[${position}].key`);
      const key = item.key ?? keyFromLabel(item.label, taken);
      taken.add(key);
      await tx.db.insert(representationSlots).values({ bodyId, key, label: item.label, position });
    }
    const after = await slotRowsOf(tx, bodyId);
    await recordAudit(tx, {
      ...slotAudit(body),
      action: 'representation_slots.replace',
      entityId: bodyId,
      summary: { bodyId, before: outline(rows), after: outline(after), detachedMembershipIds },
    });
    return listOf(after);
  });
}

