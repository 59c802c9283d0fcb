import { beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/harness.js';
import { buildBody, buildMembership, buildOrganization, buildPerson } from '../../test/factories.js';
import { representationKit } from '../../test/representation-kit.js';

type Kit = Awaited<ReturnType<typeof representationKit>>;
type SlotList = { items: { id: string; key: string; label: string; position: number }[]; etag: string };

describe('representation slots of a body', () => {
  let app: TestApp;
  let kit: Kit;
  let url: string;

  beforeAll(async () => {
    app = await createTestApp();
    kit = await representationKit(app);
    url = `/api/v1/bodies/${kit.body.id}/slots`;
  });

  const list = async () => (await kit.call('GET', url, 'member')).json() as SlotList;

  it('walks the ladder when adding: 401, 404 to outsiders, 403 to members, 400 naming the field, 201', async () => {
    expect((await kit.call('POST', url, undefined, { label: 'General administration' })).statusCode).toBe(401);
    expect((await kit.call('POST', url, 'plain', { label: 'General administration' })).statusCode).toBe(404);
    expect((await kit.call('POST', url, 'member', { label: 'General administration' })).statusCode).toBe(403);
    const noLabel = await kit.call('POST', url, 'secretary', { label: '' });
    expect(noLabel.json()).toMatchObject({ code: 'validation_failed', field: 'label' });
    const badKey = await kit.call('POST', url, 'secretary', { label: 'X', key: 'Not A Key' });
    expect(badKey.json()).toMatchObject({ code: 'validation_failed', field: 'key' });

    const general = await kit.call('POST', url, 'secretary', { label: 'General administration' });
    expect(general.statusCode).toBe(201);
    expect(general.json()).toMatchObject({ key: 'general-administration', position: 0, bodyId: kit.body.id });
    const ict = await kit.call('POST', url, 'admin', { label: 'ICT — portal administrator' });
    expect(ict.json()).toMatchObject({ key: 'ict-portal-administrator', position: 1 });
    const cyrillic = await kit.call('POST', url, 'secretary', { label: 'Општа управа' });
    expect(cyrillic.json()).toMatchObject({ key: 'slot', position: 2 });
    const taken = await kit.call('POST', url, 'secretary', { label: 'Another', key: 'slot' });
    expect(taken.statusCode).toBe(409);
    expect(taken.json()).toMatchObject({ code: 'conflict', field: 'key' });

    expect((await kit.auditOf((general.json() as { id: string }).id)).map((e) => e.action)).toEqual(['representation_slot.create']);
    const listed = await kit.call('GET', url, 'member');
    expect(listed.headers.etag).toBe((listed.json() as SlotList).etag);
    expect((listed.json() as SlotList).items.map((s) => s.key)).toEqual(['general-administration', 'ict-portal-administrator', 'slot']);
  });

  it('renames a slot with If-Match, keeping its key (428 without, 412 stale)', async () => {
    const slot = (await list()).items[2]!;
    const path = `${url}/${slot.id}`;
    const stale = (await kit.call('GET', url, 'member')).json() as SlotList;
    expect((await kit.call('PATCH', path, 'secretary', { label: 'Финансије' })).statusCode).toBe(428);
    const first = await kit.call('PATCH', path, 'secretary', { label: 'Финансије' }, { 'if-match': 'W/"1"' });
    expect(first.statusCode).toBe(412);
    const etag = String(first.json().etag);
    const renamed = await kit.call('PATCH', path, 'secretary', { label: 'Финансије' }, { 'if-match': etag });
    expect(renamed.statusCode).toBe(200);
    expect(renamed.json()).toMatchObject({ key: 'slot', label: 'Финансије' });
    expect((await list()).etag).not.toBe(stale.etag);
    expect((await kit.auditOf(slot.id)).at(-1)).toMatchObject({
      action: 'representation_slot.update',
      summary: { before: { label: 'Општа управа' }, after: { label: 'Финансије' } },
    });
  });

  it('reorders with the list ETag and refuses a list that is not every slot once', async () => {
    const before = await list();
    const ids = before.items.map((s) => s.id);
    const reversed = [...ids].reverse();
    expect((await kit.call('PUT', `${url}/order`, 'secretary', { slotIds: reversed })).statusCode).toBe(428);
    const partial = await kit.call('PUT', `${url}/order`, 'secretary', { slotIds: ids.slice(1) }, { 'if-match': before.etag });
    expect(partial.json()).toMatchObject({ code: 'validation_failed', field: 'slotIds' });
    const twice = await kit.call('PUT', `${url}/order`, 'secretary', { slotIds: [ids[0], ids[0], ids[1]] }, { 'if-match': before.etag });
    expect(twice.json()).toMatchObject({ field: 'slotIds' });
    const moved = await kit.call('PUT', `${url}/order`, 'secretary', { slotIds: reversed }, { 'if-match': before.etag });
    expect(moved.statusCode).toBe(200);
    expect((moved.json() as SlotList).items.map((s) => s.id)).toEqual(reversed);
    expect((moved.json() as SlotList).items.map((s) => s.position)).toEqual([0, 1, 2]);
    const again = await kit.call('PUT', `${url}/order`, 'secretary', { slotIds: ids }, { 'if-match': before.etag });
    expect(again.statusCode).toBe(412);
  });

  it('refuses to remove a slot someone fills (409 naming it), removes it once the membership ended', async () => {
    const town = await buildOrganization(app, { name: 'Town of Slotville', kind: 'municipality' });
    await kit.call('POST', `/api/v1/bodies/${kit.body.id}/member-organizations`, 'secretary', { organizationId: town.id, joinedOn: '2024-01-01' });
    const slot = (await list()).items.find((s) => s.key === 'general-administration')!;
    const person = await buildPerson(app, { givenName: 'Ana', familyName: 'Horvat' });
    const filled = await kit.call('POST', `/api/v1/bodies/${kit.body.id}/memberships`, 'secretary', {
      personId: person.id, role: 'member', representsId: town.id, slotId: slot.id, startDate: '2025-01-01',
    });
    expect(filled.statusCode).toBe(201);
    const refused = await kit.call('DELETE', `${url}/${slot.id}`, 'secretary');
    expect(refused.statusCode).toBe(409);
    expect(refused.json()).toMatchObject({ code: 'conflict', field: 'slotId' });
    expect(refused.json().detail).toContain('Ana Horvat');

    const membershipId = (filled.json() as { membershipId: string }).membershipId;
    await kit.call('POST', `/api/v1/memberships/${membershipId}/end`, 'secretary', { endDate: '2025-06-30' });
    const removed = await kit.call('DELETE', `${url}/${slot.id}`, 'secretary');
    expect(removed.statusCode).toBe(200);
    expect((removed.json() as SlotList).items.map((s) => s.position)).toEqual([0, 1]);
    const history = await kit.call('GET', `/api/v1/bodies/${kit.body.id}/memberships/history`, 'secretary');
    const ended = (history.json() as { items: { membershipId: string; slot: unknown; represents: unknown }[] }).items.find((m) => m.membershipId === membershipId);
    expect(ended).toMatchObject({ slot: null, represents: { id: town.id } });
    expect((await kit.auditOf(slot.id)).at(-1)).toMatchObject({ action: 'representation_slot.delete', summary: { detachedMembershipIds: [membershipId] } });
  });

  it('replaces the whole list: renames, adds, removes, and refuses to drop a filled slot', async () => {
    const before = await list();
    const [first, second] = before.items;
    const replaced = await kit.call('PUT', url, 'secretary', {
      items: [{ id: second!.id, label: 'ICT' }, { label: 'Finance' }, { label: 'Legal', key: 'legal' }],
    }, { 'if-match': before.etag });
    expect(replaced.statusCode).toBe(200);
    const after = replaced.json() as SlotList;
    expect(after.items.map((s) => [s.key, s.label])).toEqual([[second!.key, 'ICT'], ['finance', 'Finance'], ['legal', 'Legal']]);
    expect(after.items.some((s) => s.id === first!.id)).toBe(false);

    const keyChange = await kit.call('PUT', url, 'secretary', { items: [{ id: second!.id, key: 'other', label: 'ICT' }] }, { 'if-match': after.etag });
    expect(keyChange.json()).toMatchObject({ field: 'items[0].key' });
    const foreign = await kit.call('PUT', url, 'secretary', { items: [{ id: first!.id, label: 'Gone' }] }, { 'if-match': after.etag });
    expect(foreign.json()).toMatchObject({ field: 'items[0].id' });

    const town = await buildOrganization(app, { name: 'Town of Keepers', kind: 'municipality' });
    await kit.call('POST', `/api/v1/bodies/${kit.body.id}/member-organizations`, 'admin', { organizationId: town.id, joinedOn: '2024-01-01' });
    await buildMembership(app, { body: kit.body, person: await buildPerson(app), representsId: town.id, slotId: after.items[1]!.id, startDate: '2025-01-01' });
    const dropFilled = await kit.call('PUT', url, 'secretary', { items: [] }, { 'if-match': after.etag });
    expect(dropFilled.statusCode).toBe(409);
    expect(dropFilled.json()).toMatchObject({ field: 'items' });
    expect((await list()).items).toHaveLength(3);
  });

  it('keeps slots to their body: another body’s slot is not found here', async () => {
    const other = await buildBody(app);
    const slot = (await list()).items[0]!;
    const response = await kit.call('PATCH', `/api/v1/bodies/${other.id}/slots/${slot.id}`, 'admin', { label: 'X' }, { 'if-match': 'W/"1"' });
    expect(response.statusCode).toBe(404);
  });
});
