import { asc, eq } from 'drizzle-orm';
import type { Slot } from '@collegium/shared/contracts/representation';
import type { Ctx } from '../../context.js';
import { representationSlots } from '../../db/schema/index.js';
import { sha256Hex } from '../../lib/crypto.js';

export type SlotRow = typeof representationSlots.$inferSelect;

export const presentSlot = (row: SlotRow): Slot => ({ id: row.id, key: row.key, label: row.label, position: row.position });

export async function slotRowsOf(ctx: Ctx, bodyId: string): Promise<SlotRow[]> {
  return ctx.db
    .select()
    .from(representationSlots)
    .where(eq(representationSlots.bodyId, bodyId))
    .orderBy(asc(representationSlots.position), asc(representationSlots.key));
}

/**
 * The version of a body's whole slot list: a hash of every slot's id, key, label, position and version, so
 * adding, removing, renaming or moving any slot gives a new one even when the clock stands still.
 */
export function slotListTag(rows: readonly SlotRow[]): string {
  const content = rows.map((r) => [r.id, r.key, r.label, r.position, r.updatedAt.getTime()]);
  return `W/"slots-${sha256Hex(JSON.stringify(content)).slice(0, 20)}"`;
}

/**
 * A key from a label: ASCII letters and digits joined by hyphens ("ICT — portal administrator" →
 * "ict-portal-administrator"), or "slot" when nothing Latin is left (a Cyrillic or Greek label); made unique
 * among `taken` with a number.
 */
export function keyFromLabel(label: string, taken: ReadonlySet<string>): string {
  const base =
    label
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 50)
      .replace(/-+$/, '') || 'slot';
  if (!taken.has(base)) return base;
  for (let n = 2; ; n += 1) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}
