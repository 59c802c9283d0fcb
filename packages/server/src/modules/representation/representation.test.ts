import { beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/harness.js';
import { buildBody, buildOrganization, buildPerson, type TestOrganization } from '../../test/factories.js';
import { representationKit } from '../../test/representation-kit.js';

type Kit = Awaited<ReturnType<typeof representationKit>>;
interface Representation {
  slots: { id: string; key: string }[];
  organizations: { organization: { id: string }; unfilled: number; seats: { slotId: string; holder: { person: Record<string, unknown> } | null }[] }[];
  unfilledTotal: number;
  organizationsWithUnfilled: number;
}

describe('member organisations and who fills their slots', () => {
  let app: TestApp;
  let kit: Kit;
  let north: TestOrganization;
  let south: TestOrganization;
  let slots: { general: string; ict: string };
  let base: string;

  const addMember = (payload: Record<string, unknown>) =>
    kit.call('POST', `${base}/memberships`, 'secretary', { role: 'member', startDate: '2025-01-01', ...payload });
  const representation = async (who: Parameters<Kit['call']>[2] = 'member', on = '') =>
    (await kit.call('GET', `${base}/representation${on ? `?on=${on}` : ''}`, who)).json() as Representation;

  beforeAll(async () => {
    app = await createTestApp();
    kit = await representationKit(app, { isPublic: true });
    base = `/api/v1/bodies/${kit.body.id}`;
    north = await buildOrganization(app, { name: 'Municipality North', kind: 'municipality' });
    south = await buildOrganization(app, { name: 'Municipality South', kind: 'municipality' });
    const general = await kit.call('POST', `${base}/slots`, 'secretary', { label: 'General administration' });
    const ict = await kit.call('POST', `${base}/slots`, 'secretary', { label: 'ICT — portal administrator' });
    slots = { general: general.json().id as string, ict: ict.json().id as string };
  });

  it('adds member organisations: 400 naming the field, 409 for an overlap, listed by name', async () => {
    const path = `${base}/member-organizations`;
    expect((await kit.call('POST', path, 'member', { organizationId: north.id, joinedOn: '2024-01-01' })).statusCode).toBe(403);
    const unknown = await kit.call('POST', path, 'secretary', { organizationId: '6f1c1d2e-0000-4000-8000-000000000000', joinedOn: '2024-01-01' });
    expect(unknown.json()).toMatchObject({ code: 'validation_failed', field: 'organizationId' });
    const backwards = await kit.call('POST', path, 'secretary', { organizationId: north.id, joinedOn: '2024-01-01', leftOn: '2023-01-01' });
    expect(backwards.json()).toMatchObject({ field: 'leftOn' });
    const added = await kit.call('POST', path, 'secretary', { organizationId: north.id, joinedOn: '2024-01-01' });
    expect(added.statusCode).toBe(201);
    expect(added.json()).toMatchObject({ organization: { id: north.id }, current: true, leftOn: null });
    expect((await kit.auditOf(added.json().id)).map((e) => e.action)).toEqual(['body_member_organization.create']);
    const twice = await kit.call('POST', path, 'secretary', { organizationId: north.id, joinedOn: '2025-01-01' });
    expect(twice.statusCode).toBe(409);
    expect(twice.json()).toMatchObject({ field: 'organizationId' });
    await kit.call('POST', path, 'admin', { organizationId: south.id, joinedOn: '2024-01-01' });
    const listed = await kit.call('GET', path);
    expect((listed.json() as { items: { organization: { name: string } }[] }).items.map((m) => m.organization.name)).toEqual([
      'Municipality North',
      'Municipality South',
    ]);
  });

  it('checks a membership that fills a slot: the body’s slot, a member organisation, one holder at a time', async () => {
    const ana = await buildPerson(app, { givenName: 'Ana', familyName: 'Kos' });
    const otherSlot = (await kit.call('POST', `/api/v1/bodies/${(await buildBody(app)).id}/slots`, 'admin', { label: 'Elsewhere' })).json().id as string;
    expect((await addMember({ personId: ana.id, representsId: north.id, slotId: otherSlot })).json()).toMatchObject({ field: 'slotId' });
    expect((await addMember({ personId: ana.id, slotId: slots.general })).json()).toMatchObject({ field: 'representsId' });
    const stranger = await buildOrganization(app, { name: 'Not a Member' });
    const notMember = await addMember({ personId: ana.id, representsId: stranger.id, slotId: slots.general });
    expect(notMember.json()).toMatchObject({ code: 'validation_failed', field: 'representsId' });
    const early = await addMember({ personId: ana.id, representsId: north.id, slotId: slots.general, startDate: '2023-06-01' });
    expect(early.json()).toMatchObject({ field: 'representsId' });

    const filled = await addMember({ personId: ana.id, representsId: north.id, slotId: slots.general });
    expect(filled.statusCode).toBe(201);
    expect(filled.json()).toMatchObject({ slot: { id: slots.general, key: 'general-administration' }, represents: { id: north.id } });
    const second = await addMember({ personId: (await buildPerson(app)).id, representsId: north.id, slotId: slots.general, startDate: '2026-01-01' });
    expect(second.statusCode).toBe(409);
    expect(second.json()).toMatchObject({ code: 'conflict', field: 'slotId' });
    expect(second.json().detail).toContain('Ana Kos');

    const bojan = await buildPerson(app, { givenName: 'Bojan', familyName: 'Zorić', email: 'bojan@south.example' });
    const other = await addMember({ personId: bojan.id, representsId: south.id });
    const { membershipId, etag } = other.json() as { membershipId: string; etag: string };
    const moved = await kit.call('PATCH', `/api/v1/memberships/${membershipId}`, 'secretary', { slotId: slots.ict }, { 'if-match': etag });
    expect(moved.statusCode).toBe(200);
    expect(moved.json()).toMatchObject({ slot: { id: slots.ict } });
    const unrepresent = await kit.call('PATCH', `/api/v1/memberships/${membershipId}`, 'secretary', { representsId: null }, { 'if-match': moved.json().etag });
    expect(unrepresent.json()).toMatchObject({ field: 'representsId' });
  });

  it('shows per member organisation each slot with its holder or unfilled; contacts only for readers of internal data', async () => {
    const seen = await representation('member');
    expect(seen.slots.map((s) => s.key)).toEqual(['general-administration', 'ict-portal-administrator']);
    const [n, s] = seen.organizations;
    expect(n).toMatchObject({ organization: { id: north.id }, unfilled: 1 });
    expect(n!.seats.map((seat) => seat.holder?.person.familyName ?? null)).toEqual(['Kos', null]);
    expect(s!.seats.map((seat) => seat.holder?.person.familyName ?? null)).toEqual([null, 'Zorić']);
    expect(s!.seats[1]!.holder!.person.email).toBe('bojan@south.example');
    expect(seen).toMatchObject({ unfilledTotal: 2, organizationsWithUnfilled: 2 });

    const publicView = await kit.call('GET', `${base}/representation`);
    expect(publicView.statusCode).toBe(200);
    expect(publicView.body).not.toContain('@south.example');
    expect((await representation(undefined, '2024-06-01')).unfilledTotal).toBe(4);
    const hidden = await buildBody(app);
    expect((await kit.call('GET', `/api/v1/bodies/${hidden.id}/representation`, 'plain')).statusCode).toBe(404);
  });

  it('ends a member organisation and, with it, the memberships filling its slots', async () => {
    const list = (await kit.call('GET', `${base}/member-organizations`, 'secretary')).json() as { items: { id: string; organization: { id: string } }[] };
    const southMember = list.items.find((m) => m.organization.id === south.id)!;
    const path = `/api/v1/member-organizations/${southMember.id}/end`;
    expect((await kit.call('POST', path, 'member', { leftOn: '2026-03-31' })).statusCode).toBe(403);
    expect((await kit.call('POST', path, 'plain', { leftOn: '2026-03-31' })).statusCode).toBe(403); // the body is public: they may know it
    expect((await kit.call('POST', path, 'secretary', { leftOn: '2020-01-01' })).json()).toMatchObject({ field: 'leftOn' });

    const late = await addMember({ personId: (await buildPerson(app)).id, representsId: south.id, slotId: slots.general, startDate: '2026-06-01' });
    expect(late.statusCode).toBe(201);
    const refused = await kit.call('POST', path, 'secretary', { leftOn: '2026-03-31' });
    expect(refused.statusCode).toBe(409);
    expect(refused.json()).toMatchObject({ field: 'leftOn' });
    await kit.call('PATCH', `/api/v1/memberships/${late.json().membershipId}`, 'secretary', { startDate: '2026-02-01' }, { 'if-match': late.json().etag });

    const ended = await kit.call('POST', path, 'secretary', { leftOn: '2026-03-31' });
    expect(ended.statusCode).toBe(200);
    expect(ended.json()).toMatchObject({ leftOn: '2026-03-31', current: false });
    const endedIds = ended.json().endedMembershipIds as string[];
    expect(endedIds).toHaveLength(2);
    for (const id of endedIds) expect((await kit.auditOf(id)).at(-1)).toMatchObject({ action: 'membership.end', summary: { after: { endDate: '2026-03-31' } } });
    expect((await kit.auditOf(southMember.id)).at(-1)).toMatchObject({ action: 'body_member_organization.end' });
    expect((await representation()).organizations.map((o) => o.organization.id)).toEqual([north.id]);

    const past = await addMember({ personId: (await buildPerson(app)).id, representsId: south.id, slotId: slots.ict, startDate: '2026-03-01' });
    expect(past.json()).toMatchObject({ field: 'endDate' });
  });

  it('lets only one of two simultaneous requests fill the same slot', async () => {
    const west = await buildOrganization(app, { name: 'Municipality West', kind: 'municipality' });
    await kit.call('POST', `${base}/member-organizations`, 'admin', { organizationId: west.id, joinedOn: '2024-01-01' });
    const [first, second] = await Promise.all([
      addMember({ personId: (await buildPerson(app)).id, representsId: west.id, slotId: slots.general }),
      addMember({ personId: (await buildPerson(app)).id, representsId: west.id, slotId: slots.general }),
    ]);
    expect([first.statusCode, second.statusCode].sort()).toEqual([201, 409]);
    const list = (await kit.call('GET', `${base}/member-organizations`, 'admin')).json() as { items: { id: string; organization: { id: string } }[] };
    const member = list.items.find((m) => m.organization.id === west.id)!;
    const ended = await kit.call('POST', `/api/v1/member-organizations/${member.id}/end`, 'admin', { leftOn: '2025-06-30' });
    expect(ended.json().endedMembershipIds).toHaveLength(1);
  });
});
