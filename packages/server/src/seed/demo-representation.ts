import { and, eq, inArray, isNull } from 'drizzle-orm';
import type { Ctx } from '../context.js';
import { bodies, bodyMemberOrganizations, memberships, organizations, persons, representationSlots } from '../db/schema/index.js';
import { recordAudit } from '../lib/audit.js';
import { nextVersion } from '../modules/directory/directory.versions.js';
import { addMemberOrganization } from '../modules/representation/member-organizations.service.js';
import { addSlot } from '../modules/representation/slots.service.js';
import { demoBodies, demoMemberOrganizations, demoOrganizations, demoSlots, networkSlots } from './demo-data.js';

/** Creates the demo's representation slots and member organisations; answers slot ids by `body:key`. */
export async function seedRepresentation(
  tx: Ctx,
  ids: { bodies: Map<string, string>; organizations: Map<string, string> },
  joinedOn: (monthsAgo: number) => string,
): Promise<Map<string, string>> {
  const slotIds = new Map<string, string>();
  for (const slot of demoSlots) {
    const saved = await addSlot(tx, ids.bodies.get(slot.body)!, { key: slot.key, label: slot.label });
    slotIds.set(`${slot.body}:${slot.key}`, saved.id);
  }
  for (const member of demoMemberOrganizations) {
    await addMemberOrganization(tx, ids.bodies.get(member.body)!, {
      organizationId: ids.organizations.get(member.organization)!,
      joinedOn: joinedOn(member.fromMonthsAgo),
    });
  }
  return slotIds;
}

/** What the first demo kept in persons.title before the network had slots. */
const oldTitles: Record<string, string> = {
  'Opšta uprava': networkSlots[0].key,
  'Општа управа': networkSlots[0].key,
  'IKT — administrator portala': networkSlots[1].key,
  'ИКТ — администратор портала': networkSlots[1].key,
};

/**
 * Brings a demo loaded before representation slots existed up to date: the network gets its slots and its
 * member municipalities, each representative's membership fills the slot their title named, and the title,
 * which only repeated the slot, is cleared. Every change is audited; running it twice changes nothing.
 */
export async function upgradeDemoRepresentation(tx: Ctx, joinedOn: (monthsAgo: number) => string): Promise<string> {
  const networkSlug = demoBodies.find((b) => b.key === 'network')!.slug;
  const [network] = await tx.db.select().from(bodies).where(eq(bodies.slug, networkSlug)).limit(1);
  if (!network) return 'the network of municipalities is gone; nothing to upgrade';

  const existing = await tx.db.select().from(representationSlots).where(eq(representationSlots.bodyId, network.id));
  const slotIds = new Map(existing.map((s) => [s.key, s.id]));
  for (const slot of networkSlots) {
    if (!slotIds.has(slot.key)) slotIds.set(slot.key, (await addSlot(tx, network.id, { key: slot.key, label: slot.label })).id);
  }

  const slugs = demoOrganizations.filter((o) => o.parent === 'soeu').map((o) => o.slug);
  const municipalities = await tx.db.select().from(organizations).where(inArray(organizations.slug, slugs));
  const members = await tx.db.select().from(bodyMemberOrganizations).where(eq(bodyMemberOrganizations.bodyId, network.id));
  for (const municipality of municipalities) {
    if (members.some((m) => m.memberId === municipality.id)) continue;
    await addMemberOrganization(tx, network.id, { organizationId: municipality.id, joinedOn: joinedOn(24) });
  }

  const representatives = await tx.db
    .select({ membership: memberships, person: persons })
    .from(memberships)
    .innerJoin(persons, eq(persons.id, memberships.personId))
    .where(and(eq(memberships.bodyId, network.id), isNull(memberships.slotId), inArray(persons.title, Object.keys(oldTitles))));
  const now = tx.deps.clock.now();
  for (const { membership, person } of representatives) {
    if (!membership.representsId || !municipalities.some((m) => m.id === membership.representsId)) continue;
    const slotId = slotIds.get(oldTitles[person.title!]!)!;
    await tx.db.update(memberships).set({ slotId, updatedAt: nextVersion(memberships.updatedAt, now) }).where(eq(memberships.id, membership.id));
    await recordAudit(tx, {
      action: 'membership.update',
      entityType: 'membership',
      entityId: membership.id,
      organizationId: membership.organizationId,
      summary: { bodyId: network.id, personId: person.id, before: { slotId: null }, after: { slotId } },
    });
    await tx.db.update(persons).set({ title: null, updatedAt: nextVersion(persons.updatedAt, now) }).where(eq(persons.id, person.id));
    await recordAudit(tx, {
      action: 'person.update',
      entityType: 'person',
      entityId: person.id,
      organizationId: person.organizationId,
      summary: { before: { title: person.title }, after: { title: null } },
    });
  }
  return `the network of municipalities now has ${slotIds.size} representation slots, ${municipalities.length} member municipalities and ${representatives.length} representatives placed in them`;
}
