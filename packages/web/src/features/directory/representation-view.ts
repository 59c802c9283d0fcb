import type { Representation, RepresentedOrganization, Slot } from '@collegium/shared/contracts/representation';

export interface RepresentationCell {
  slot: Slot;
  holderName: string | null;
}

export interface RepresentationRow {
  organization: RepresentedOrganization['organization'];
  cells: RepresentationCell[];
  unfilled: number;
}

/** The table's rows: one per member organisation, a cell per slot in slot order; optionally only those with gaps. */
export function representationRows(representation: Representation, onlyUnfilled: boolean): RepresentationRow[] {
  const slotById = new Map(representation.slots.map((slot) => [slot.id, slot]));
  return representation.organizations
    .filter((o) => !onlyUnfilled || o.unfilled > 0)
    .map((o) => ({
      organization: o.organization,
      unfilled: o.unfilled,
      cells: o.seats.flatMap((seat) => {
        const slot = slotById.get(seat.slotId);
        if (!slot) return [];
        const holder = seat.holder ? `${seat.holder.person.givenName} ${seat.holder.person.familyName}` : null;
        return [{ slot, holderName: holder }];
      }),
    }));
}

/** The slot list after moving one slot a place up (-1) or down (+1); unchanged at either end. */
export function movedSlotIds(slots: readonly Slot[], slotId: string, step: -1 | 1): string[] {
  const ids = slots.map((s) => s.id);
  const from = ids.indexOf(slotId);
  const to = from + step;
  if (from < 0 || to < 0 || to >= ids.length) return ids;
  [ids[from], ids[to]] = [ids[to]!, ids[from]!];
  return ids;
}
