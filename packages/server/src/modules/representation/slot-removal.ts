import { and, eq, gte, isNull, or } from 'drizzle-orm';
import type { Ctx } from '../../context.js';
import { memberships, organizations, persons, representationSlots } from '../../db/schema/index.js';
import { AppError } from '../../lib/app-error.js';
import { todayOf } from '../directory/directory.access.js';
import { nextVersion } from '../directory/directory.versions.js';
import type { SlotRow } from './slots.store.js';

/**
 * Removes a slot. A slot someone fills today or later is refused (409 naming it): a secretary ends those
 * memberships first, deliberately. Ended memberships that filled it stay, without the slot, and are listed
 * in the audit event. Returns their ids.
 */
export async function deleteSlot(ctx: Ctx, slot: SlotRow, field: string): Promise<string[]> {
  const today = todayOf(ctx.deps.clock.now());
  const holders = await ctx.db
    .select({ givenName: persons.givenName, familyName: persons.familyName, organization: organizations.name, endDate: memberships.endDate })
    .from(memberships)
    .innerJoin(persons, eq(persons.id, memberships.personId))
    .leftJoin(organizations, eq(organizations.id, memberships.representsId))
    .where(and(eq(memberships.slotId, slot.id), or(isNull(memberships.endDate), gte(memberships.endDate, today))))
    .limit(4);
  if (holders.length > 0) {
    const named = holders
      .slice(0, 3)
      .map((h) => `${h.givenName} ${h.familyName} (${h.organization ?? '—'}${h.endDate ? `, until ${h.endDate}` : ''})`)
      .join(', ');
    throw new AppError(
      'conflict',
      `The slot “${slot.label}” is filled by ${named}${holders.length > 3 ? ' and others' : ''}. End those memberships first, then remove the slot.`,
      { field, slotId: slot.id },
    );
  }
  const detached = await ctx.db
    .update(memberships)
    .set({ slotId: null, updatedAt: nextVersion(memberships.updatedAt, ctx.deps.clock.now()) })
    .where(eq(memberships.slotId, slot.id))
    .returning({ id: memberships.id });
  await ctx.db.delete(representationSlots).where(eq(representationSlots.id, slot.id));
  return detached.map((row) => row.id);
}
