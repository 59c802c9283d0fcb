import { beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/harness.js';
import {
  buildBody,
  buildMember,
  buildMembership,
  buildOrganization,
  buildPerson,
  buildUser,
  signIn,
  type TestBody,
  type TestOrganization,
} from '../../test/factories.js';

interface Listed {
  id: string;
  myRoles: string[];
}
interface MemberJson {
  role: string;
  person: { givenName: string; familyName: string; email?: string | null; phone?: string | null };
  represents: { id: string } | null;
  substitute: { id: string } | null;
}

describe('directory read API', () => {
  let app: TestApp;
  let orgA: TestOrganization;
  let orgB: TestOrganization;
  let publicBody: TestBody;
  let bodyA: TestBody;
  let bodyB: TestBody;
  let subA: TestBody;
  const cookies: Record<'member' | 'guest' | 'chairB' | 'staff' | 'plain', string> = {} as never;
  const secretEmail = 'chair.public@ministry.example';
  const secretPhone = '+386 1 555 9999';

  const get = (url: string, cookie?: string) =>
    app.server.inject({ method: 'GET', url, headers: cookie ? { cookie } : {} });

  beforeAll(async () => {
    app = await createTestApp();
    orgA = await buildOrganization(app, { name: 'Ministry of Alpha', shortName: 'MA' });
    orgB = await buildOrganization(app, { name: 'Ministry of Beta', kind: 'government_office' });
    publicBody = await buildBody(app, {
      organization: orgA,
      isPublic: true,
      name: 'Public Council',
      rules: { quorumRule: 'majority_of_members', majorityRule: 'simple', substitutesMayVote: true },
    });
    bodyA = await buildBody(app, { organization: orgA, name: 'Alpha Group' });
    subA = await buildBody(app, { organization: orgA, parentId: bodyA.id, kind: 'sub_group', name: 'Alpha Sub-group' });
    bodyB = await buildBody(app, { organization: orgB, name: 'Beta Group' });

    const chair = await buildPerson(app, { givenName: 'Vera', familyName: 'Chair', email: secretEmail, phone: secretPhone, organization: orgA });
    const substitute = await buildPerson(app, { givenName: 'Sam', familyName: 'Substitute', organization: orgA });
    await buildMembership(app, { body: publicBody, person: chair, role: 'chair', representsId: orgA.id, substituteId: substitute.id });
    const zed = await buildPerson(app, { givenName: 'Zed', familyName: 'Member', organization: orgB });
    await buildMembership(app, { body: publicBody, person: zed, role: 'member', representsId: orgB.id });
    const former = await buildPerson(app, { givenName: 'Fay', familyName: 'Former' });
    await buildMembership(app, { body: publicBody, person: former, role: 'member', startDate: '2020-01-01', endDate: '2021-01-01' });
    const future = await buildPerson(app, { givenName: 'Fred', familyName: 'Future' });
    await buildMembership(app, { body: publicBody, person: future, role: 'member', startDate: '2999-01-01' });

    const member = await buildMember(app, bodyA, 'member', { organization: orgA });
    const guest = await buildMember(app, bodyA, 'guest');
    const chairB = await buildMember(app, bodyB, 'chair', { organization: orgB });
    const staff = await buildUser(app, { role: 'staff' });
    const plain = await buildUser(app);
    cookies.member = (await signIn(app, member)).cookie;
    cookies.guest = (await signIn(app, guest)).cookie;
    cookies.chairB = (await signIn(app, chairB)).cookie;
    cookies.staff = (await signIn(app, staff)).cookie;
    cookies.plain = (await signIn(app, plain)).cookie;
  });

  const listedIds = async (cookie?: string) => {
    const response = await get('/api/v1/bodies', cookie);
    expect(response.statusCode).toBe(200);
    return (response.json() as { items: Listed[] }).items;
  };

  it('lists public bodies to anonymous visitors and nothing else', async () => {
    const ids = (await listedIds()).map((b) => b.id);
    expect(ids).toContain(publicBody.id);
    expect(ids).not.toContain(bodyA.id);
    expect(ids).not.toContain(bodyB.id);
    expect(ids).not.toContain(subA.id);
  });

  it('adds the bodies a member belongs to, with their roles, but not other bodies', async () => {
    const items = await listedIds(cookies.member);
    expect(items.find((b) => b.id === bodyA.id)?.myRoles).toEqual(['member']);
    expect(items.map((b) => b.id)).not.toContain(bodyB.id);
    expect(items.map((b) => b.id)).not.toContain(subA.id);
  });

  it('lists every body to staff, flat with parentId', async () => {
    const response = await get('/api/v1/bodies', cookies.staff);
    const items = (response.json() as { items: (Listed & { parentId: string | null })[] }).items;
    expect(items.map((b) => b.id)).toEqual(expect.arrayContaining([publicBody.id, bodyA.id, bodyB.id, subA.id]));
    expect(items.find((b) => b.id === subA.id)?.parentId).toBe(bodyA.id);
  });

  it('searches bodies by name and takes wildcards literally', async () => {
    const search = async (q: string) =>
      ((await get(`/api/v1/bodies?q=${encodeURIComponent(q)}`, cookies.staff)).json() as { items: Listed[] }).items.map((b) => b.id);
    expect(await search('alpha')).toEqual(expect.arrayContaining([bodyA.id, subA.id]));
    expect(await search('alpha')).not.toContain(bodyB.id);
    expect(await search('%')).toEqual([]);
    const byOrganization = await get(`/api/v1/bodies?organizationId=${orgB.id}`, cookies.staff);
    expect((byOrganization.json() as { items: Listed[] }).items.map((b) => b.id)).toEqual([bodyB.id]);
  });

  it('shows a public body with members by role and without contact details to the public', async () => {
    const response = await get(`/api/v1/bodies/${publicBody.id}`);
    expect(response.statusCode).toBe(200);
    const body = response.json() as {
      rules: Record<string, unknown>;
      memberGroups: { role: string; members: MemberJson[] }[];
      abilities: { readInternal: boolean };
    };
    expect(body.rules).toEqual({ quorumRule: 'majority_of_members', majorityRule: 'simple', substitutesMayVote: true });
    expect(body.memberGroups.map((g) => g.role)).toEqual(['chair', 'member']);
    const [chairGroup, memberGroup] = body.memberGroups;
    expect(chairGroup!.members[0]).toMatchObject({ person: { givenName: 'Vera', familyName: 'Chair' }, represents: { id: orgA.id } });
    expect(chairGroup!.members[0]!.substitute).toMatchObject({ givenName: 'Sam' });
    expect(memberGroup!.members.map((m) => m.person.givenName)).toEqual(['Zed']);
    expect(body.abilities.readInternal).toBe(false);
    expect(response.body).not.toContain(secretEmail);
    expect(response.body).not.toContain(secretPhone);
    expect(response.body).not.toMatch(/"(email|phone)"/);
  });

  it('keeps contact details from signed-in people who are not participants', async () => {
    for (const cookie of [cookies.plain, cookies.member, cookies.chairB]) {
      const response = await get(`/api/v1/bodies/${publicBody.id}`, cookie);
      expect(response.statusCode).toBe(200);
      expect(response.body).not.toContain(secretEmail);
    }
    const staff = await get(`/api/v1/bodies/${publicBody.id}`, cookies.staff);
    expect(staff.body).toContain(secretEmail);
    expect(staff.body).toContain(secretPhone);
  });

  it('shows a private body with contacts to its members and without to its guests', async () => {
    const asMember = await get(`/api/v1/bodies/${bodyA.id}`, cookies.member);
    expect(asMember.statusCode).toBe(200);
    expect(asMember.json()).toMatchObject({ abilities: { readInternal: true, manage: false }, myRoles: ['member'] });
    expect(asMember.body).toMatch(/"email":"user-/);
    const asGuest = await get(`/api/v1/bodies/${bodyA.id}`, cookies.guest);
    expect(asGuest.statusCode).toBe(200);
    expect(asGuest.body).not.toMatch(/"(email|phone)"/);
  });

  it('answers 404 for a body the caller may not see, as for one that does not exist', async () => {
    expect((await get(`/api/v1/bodies/${bodyA.id}`)).statusCode).toBe(404);
    expect((await get(`/api/v1/bodies/${bodyB.id}`, cookies.member)).statusCode).toBe(404);
    expect((await get(`/api/v1/bodies/${subA.id}`, cookies.member)).statusCode).toBe(404);
    const missing = await get('/api/v1/bodies/6f1c1d2e-0000-4000-8000-000000000000', cookies.staff);
    expect(missing.statusCode).toBe(404);
    expect(missing.json()).toMatchObject({ code: 'not_found' });
  });

  it('names the malformed id', async () => {
    const response = await get('/api/v1/bodies/not-a-uuid');
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ code: 'validation_failed', field: 'id' });
  });

  it("lists the caller's current memberships only", async () => {
    const response = await get('/api/v1/me/memberships', cookies.member);
    expect(response.statusCode).toBe(200);
    const items = (response.json() as { items: { role: string; body: { id: string } }[] }).items;
    expect(items).toEqual([expect.objectContaining({ role: 'member', body: expect.objectContaining({ id: bodyA.id }) })]);
    expect((await get('/api/v1/me/memberships', cookies.plain)).json()).toEqual({ items: [] });
    expect((await get('/api/v1/me/memberships')).statusCode).toBe(401);
  });

  it('lists and searches organisations for signed-in users only', async () => {
    expect((await get('/api/v1/organizations')).statusCode).toBe(401);
    const response = await get('/api/v1/organizations?q=alpha', cookies.plain);
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ total: 1, items: [{ id: orgA.id, name: 'Ministry of Alpha', shortName: 'MA' }] });
    const byKind = await get('/api/v1/organizations?kind=government_office', cookies.plain);
    expect((byKind.json() as { items: { id: string }[] }).items.map((o) => o.id)).toEqual([orgB.id]);
    const badKind = await get('/api/v1/organizations?kind=planet', cookies.plain);
    expect(badKind.statusCode).toBe(400);
    expect(badKind.json()).toMatchObject({ field: 'kind' });
  });

  it("shows another organisation without the bodies the caller may not see", async () => {
    const asMemberOfA = await get(`/api/v1/organizations/${orgB.id}`, cookies.member);
    expect(asMemberOfA.statusCode).toBe(200);
    expect((asMemberOfA.json() as { bodies: unknown[] }).bodies).toEqual([]);
    const asChairB = await get(`/api/v1/organizations/${orgB.id}`, cookies.chairB);
    expect((asChairB.json() as { bodies: { id: string }[] }).bodies.map((b) => b.id)).toEqual([bodyB.id]);
    expect((await get('/api/v1/organizations/6f1c1d2e-0000-4000-8000-000000000000', cookies.member)).statusCode).toBe(404);
  });
});
