import { and, eq } from 'drizzle-orm';
import type { SlotInput, SlotList, SlotPatch, SlotSaved } from '@collegium/shared/contracts/representation';
import { inTransaction, type Ctx } from '../../context.js';
import { representationSlots } from '../../db/schema/index.js';
import { AppError, notFound } from '../../lib/app-error.js';
import { recordAudit } from '../../lib/audit.js';
import { etagOf, nextVersion, requireCurrentVersion } from '../directory/directory.versions.js';
import { managedBody, readableBody, type BodyRow } from './representation.access.js';
import { deleteSlot } from './slot-removal.js';
import { keyFromLabel, presentSlot, slotListTag, slotRowsOf, type SlotRow } from './slots.store.js';

/** The slots of a body in their order, with the version of the list. */
export async function listSlots(ctx: Ctx, bodyId: string): Promise<SlotList> {
  await readableBody(ctx, bodyId);
  const rows = await slotRowsOf(ctx, bodyId);
  return { items: rows.map(presentSlot), etag: slotListTag(rows) };
}

const savedSlot = (row: SlotRow): SlotSaved => ({ ...presentSlot(row), bodyId: row.bodyId, etag: etagOf(row.updatedAt) });

export const slotAudit = (body: BodyRow) => ({ entityType: 'representation_slot', organizationId: body.organizationId });

/** Renumbers the remaining slots 0, 1, 2, … after one was taken out. */
export async function closeGaps(ctx: Ctx, rows: readonly SlotRow[]): Promise<void> {
  for (const [position, row] of rows.entries()) {
    if (row.position === position) continue;
    await ctx.db
      .update(representationSlots)
      .set({ position, updatedAt: nextVersion(representationSlots.updatedAt, ctx.deps.clock.now()) })
      .where(eq(representationSlots.id, row.id));
  }
}

export function refuseTakenKey(key: string, taken: ReadonlySet<string>, field: string): void {
  if (taken.has(key)) {
    throw new AppError('conflict', `This body already has a slot with the key “${key}”; choose another key.`, { field });
  }
}

/** Adds a slot at the end of the body's list; its key is made from the label unless given. */
export async function addSlot(ctx: Ctx, bodyId: string, input: SlotInput): Promise<SlotSaved> {
  return inTransaction(ctx, async (tx) => {
    const body = await managedBody(tx, bodyId);
    const rows = await slotRowsOf(tx, bodyId);
    const taken = new Set(rows.map((r) => r.key));
    if (input.key) refuseTakenKey(input.key, taken, 'key');
    const key = input.key ?? keyFromLabel(input.label, taken);
    const [row] = await tx.db
      .insert(representationSlots)
      .values({ bodyId, key, label: input.label, position: rows.length })
      .returning();
    await recordAudit(tx, {
      ...slotAudit(body),
      action: 'representation_slot.create',
      entityId: row!.id,
      summary: { bodyId, after: { key, label: input.label, position: rows.length } },
    });
    return savedSlot(row!);
  });
}

async function slotOfBody(ctx: Ctx, bodyId: string, slotId: string): Promise<SlotRow> {
  const [row] = await ctx.db
    .select()
    .from(representationSlots)
    .where(and(eq(representationSlots.id, slotId), eq(representationSlots.bodyId, bodyId)))
    .for('update')
    .limit(1);
  if (!row) throw notFound('The representation slot');
  return row;
}

/** Renames a slot (If-Match with the slot's ETag); its key and the memberships filling it stay. */
export async function renameSlot(ctx: Ctx, bodyId: string, slotId: string, patch: SlotPatch, ifMatch: string | undefined): Promise<SlotSaved> {
  return inTransaction(ctx, async (tx) => {
    const body = await managedBody(tx, bodyId);
    const before = await slotOfBody(tx, bodyId, slotId);
    requireCurrentVersion(ifMatch, before.updatedAt, 'this slot');
    const [row] = await tx.db
      .update(representationSlots)
      .set({ label: patch.label, updatedAt: nextVersion(representationSlots.updatedAt, tx.deps.clock.now()) })
      .where(eq(representationSlots.id, slotId))
      .returning();
    await recordAudit(tx, {
      ...slotAudit(body),
      action: 'representation_slot.update',
      entityId: slotId,
      summary: { bodyId, key: before.key, before: { label: before.label }, after: { label: patch.label } },
    });
    return savedSlot(row!);
  });
}

/** Removes a slot nobody fills today or later (409 otherwise); If-Match is checked when sent. */
export async function removeSlot(ctx: Ctx, bodyId: string, slotId: string, ifMatch: string | undefined): Promise<SlotList> {
  return inTransaction(ctx, async (tx) => {
    const body = await managedBody(tx, bodyId);
    const slot = await slotOfBody(tx, bodyId, slotId);
    if (ifMatch) requireCurrentVersion(ifMatch, slot.updatedAt, 'this slot');
    const detachedMembershipIds = await deleteSlot(tx, slot, 'slotId');
    await closeGaps(tx, await slotRowsOf(tx, bodyId));
    await recordAudit(tx, {
      ...slotAudit(body),
      action: 'representation_slot.delete',
      entityId: slotId,
      summary: { bodyId, before: { key: slot.key, label: slot.label }, detachedMembershipIds },
    });
    const rows = await slotRowsOf(tx, bodyId);
    return { items: rows.map(presentSlot), etag: slotListTag(rows) };
  });
}
