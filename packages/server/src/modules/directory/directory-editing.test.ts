import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { memberships } from '../../db/schema/index.js';
import { createTestApp, type TestApp } from '../../test/harness.js';
import { auditEventsOf, callerAs, type CallerAs } from '../../test/requests.js';
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

type Who = 'admin' | 'staff' | 'secretary' | 'member' | 'plain';
const NIL = '6f1c1d2e-0000-4000-8000-000000000000';

describe('directory editing API', () => {
  let app: TestApp;
  let org: TestOrganization;
  let body: TestBody;
  let hiddenBody: TestBody;
  const headers = {} as Record<Who, Record<string, string>>;

  let call: CallerAs<Who>;
  const auditOf = (entityId: string) => auditEventsOf(app, entityId);

  beforeAll(async () => {
    app = await createTestApp();
    call = callerAs(app, headers);
    org = await buildOrganization(app, { name: 'Ministry of Editing' });
    body = await buildBody(app, { organization: org, name: 'Editing Group' });
    hiddenBody = await buildBody(app, { organization: org, name: 'Hidden Group' });
    const secretary = await buildMember(app, body, 'secretary', { organization: org });
    const member = await buildMember(app, body, 'member', { organization: org });
    for (const [who, user] of [
      ['admin', await buildUser(app, { role: 'administrator' })],
      ['staff', await buildUser(app, { role: 'staff' })],
      ['secretary', secretary],
      ['member', member],
      ['plain', await buildUser(app)],
    ] as const) {
      headers[who] = (await signIn(app, user)).headers;
    }
  });

  describe('organisations', () => {
    const newOrganization = (slug: string) => ({ kind: 'municipality', name: `Municipality ${slug}`, slug, email: 'info@town.example' });

    it('walks the ladder: 401, 403, 400 naming the field, 201 with an ETag', async () => {
      expect((await call('POST', '/api/v1/organizations', undefined, newOrganization('town-a'))).statusCode).toBe(401);
      expect((await call('POST', '/api/v1/organizations', 'staff', newOrganization('town-a'))).statusCode).toBe(403);
      const badKind = await call('POST', '/api/v1/organizations', 'admin', { ...newOrganization('town-a'), kind: 'agency' });
      expect(badKind.statusCode).toBe(400);
      expect(badKind.json()).toMatchObject({ field: 'kind' });
      const badSlug = await call('POST', '/api/v1/organizations', 'admin', newOrganization('Town A'));
      expect(badSlug.json()).toMatchObject({ code: 'validation_failed', field: 'slug' });
      const unknownParent = await call('POST', '/api/v1/organizations', 'admin', { ...newOrganization('town-a'), parentId: NIL });
      expect(unknownParent.json()).toMatchObject({ code: 'validation_failed', field: 'parentId' });
      const created = await call('POST', '/api/v1/organizations', 'admin', newOrganization('town-a'));
      expect(created.statusCode).toBe(201);
      const json = created.json() as { id: string; etag: string; kind: string };
      expect(json).toMatchObject({ kind: 'municipality', slug: 'town-a', email: 'info@town.example' });
      expect(created.headers.etag).toBe(json.etag);
      expect((await auditOf(json.id)).map((e) => e.action)).toEqual(['organization.create']);
    });

    it('refuses a slug already taken with 409 naming slug, and writes nothing', async () => {
      const response = await call('POST', '/api/v1/organizations', 'admin', newOrganization(org.slug));
      expect(response.statusCode).toBe(409);
      expect(response.json()).toMatchObject({ field: 'slug' });
    });

    it('needs If-Match on PATCH: 428 without, 412 stale with the current version, 200 current', async () => {
      const created = (await call('POST', '/api/v1/organizations', 'admin', newOrganization('town-b'))).json() as { id: string; etag: string };
      const url = `/api/v1/organizations/${created.id}`;
      const missing = await call('PATCH', url, 'admin', { name: 'Renamed' });
      expect(missing.statusCode).toBe(428);
      expect(missing.json()).toMatchObject({ code: 'precondition_required', etag: created.etag });
      const first = await call('PATCH', url, 'admin', { name: 'Renamed once' }, { 'if-match': created.etag });
      expect(first.statusCode).toBe(200);
      const firstTag = first.headers.etag as string;
      expect(firstTag).not.toBe(created.etag);
      const stale = await call('PATCH', url, 'admin', { name: 'Lost update' }, { 'if-match': created.etag });
      expect(stale.statusCode).toBe(412);
      expect(stale.json()).toMatchObject({ code: 'precondition_failed', etag: firstTag });
      const fetched = await call('GET', url, 'plain');
      expect(fetched.headers.etag).toBe(firstTag);
      expect(fetched.json()).toMatchObject({ name: 'Renamed once', etag: firstTag });
      const audit = (await auditOf(created.id)).find((e) => e.action === 'organization.update');
      expect(audit?.summary).toMatchObject({ before: { name: 'Municipality town-b' }, after: { name: 'Renamed once' } });
    });

    it('refuses a parent below the organisation itself (409 naming parentId) and a taken slug (409)', async () => {
      const top = (await call('POST', '/api/v1/organizations', 'admin', newOrganization('region-top'))).json() as { id: string; etag: string };
      const child = await call('POST', '/api/v1/organizations', 'admin', { ...newOrganization('region-child'), parentId: top.id });
      const childId = (child.json() as { id: string }).id;
      const cycle = await call(
        'PATCH',
        `/api/v1/organizations/${top.id}`,
        'admin',
        { name: 'Half-written', parentId: childId },
        { 'if-match': top.etag },
      );
      expect(cycle.statusCode).toBe(409);
      expect(cycle.json()).toMatchObject({ field: 'parentId' });
      const unchanged = await call('GET', `/api/v1/organizations/${top.id}`, 'admin');
      expect(unchanged.json()).toMatchObject({ name: 'Municipality region-top', parentId: null, etag: top.etag });
      expect((await auditOf(top.id)).map((e) => e.action)).toEqual(['organization.create']);
      const taken = await call('PATCH', `/api/v1/organizations/${top.id}`, 'admin', { slug: org.slug }, { 'if-match': top.etag });
      expect(taken.statusCode).toBe(409);
      expect(taken.json()).toMatchObject({ field: 'slug' });
      const missing = await call('PATCH', `/api/v1/organizations/${NIL}`, 'admin', { name: 'x' }, { 'if-match': top.etag });
      expect(missing.statusCode).toBe(404);
    });
  });

  describe('bodies', () => {
    const newBody = (slug: string, over: Record<string, unknown> = {}) => ({
      organizationId: org.id,
      kind: 'working_group',
      name: `Group ${slug}`,
      slug,
      isPublic: false,
      rules: { quorumRule: 'majority_of_members', majorityRule: 'simple', substitutesMayVote: false, materialsDeadlineDays: 5 },
      ...over,
    });

    it('creates a body for administrators only, validating its rules', async () => {
      expect((await call('POST', '/api/v1/bodies', undefined, newBody('wg-a'))).statusCode).toBe(401);
      expect((await call('POST', '/api/v1/bodies', 'secretary', newBody('wg-a'))).statusCode).toBe(403);
      const badRule = await call('POST', '/api/v1/bodies', 'admin', newBody('wg-a', { rules: { quorumRule: 'everyone' } }));
      expect(badRule.json()).toMatchObject({ code: 'validation_failed', field: 'rules.quorumRule' });
      const unknownRule = await call('POST', '/api/v1/bodies', 'admin', newBody('wg-a', { rules: { vetoes: true } }));
      expect(unknownRule.json()).toMatchObject({ code: 'validation_failed', field: 'rules.vetoes' });
      const badDeadline = await call('POST', '/api/v1/bodies', 'admin', newBody('wg-a', { rules: { materialsDeadlineDays: -1 } }));
      expect(badDeadline.json()).toMatchObject({ field: 'rules.materialsDeadlineDays' });
      const noOrganization = await call('POST', '/api/v1/bodies', 'admin', newBody('wg-a', { organizationId: NIL }));
      expect(noOrganization.json()).toMatchObject({ code: 'validation_failed', field: 'organizationId' });
      const created = await call('POST', '/api/v1/bodies', 'admin', newBody('wg-a', { kind: 'division', description: '<p>Tasks</p>' }));
      expect(created.statusCode).toBe(201);
      expect(created.json()).toMatchObject({
        kind: 'division',
        description: '<p>Tasks</p>',
        rules: { quorumRule: 'majority_of_members', materialsDeadlineDays: 5 },
        abilities: { edit: true, manage: true },
      });
      expect(created.headers.etag).toMatch(/^W\/"\d+"$/);
      const taken = await call('POST', '/api/v1/bodies', 'admin', newBody('wg-a'));
      expect(taken.statusCode).toBe(409);
      expect(taken.json()).toMatchObject({ field: 'slug' });
    });

    it('refuses to make a body its own ancestor', async () => {
      const top = (await call('POST', '/api/v1/bodies', 'admin', newBody('tree-top'))).json() as { id: string; etag: string };
      const middle = (await call('POST', '/api/v1/bodies', 'admin', newBody('tree-middle', { parentId: top.id }))).json() as { id: string };
      const leaf = (await call('POST', '/api/v1/bodies', 'admin', newBody('tree-leaf', { parentId: middle.id, kind: 'sub_group' }))).json() as { id: string };
      for (const parentId of [top.id, leaf.id]) {
        const response = await call('PATCH', `/api/v1/bodies/${top.id}`, 'admin', { parentId }, { 'if-match': top.etag });
        expect(response.statusCode).toBe(409);
        expect(response.json()).toMatchObject({ code: 'conflict', field: 'parentId' });
      }
      const unknown = await call('PATCH', `/api/v1/bodies/${top.id}`, 'admin', { parentId: NIL }, { 'if-match': top.etag });
      expect(unknown.json()).toMatchObject({ code: 'validation_failed', field: 'parentId' });
    });

    it('edits a body with If-Match, replacing its rules, and records the change', async () => {
      const created = (await call('POST', '/api/v1/bodies', 'admin', newBody('wg-edit'))).json() as { id: string; etag: string };
      const url = `/api/v1/bodies/${created.id}`;
      expect((await call('PATCH', url, 'secretary', { isPublic: true }, { 'if-match': created.etag })).statusCode).toBe(403);
      expect((await call('PATCH', url, 'admin', { isPublic: true })).statusCode).toBe(428);
      const changed = await call('PATCH', url, 'admin', { isPublic: true, rules: { guestsMaySpeak: true } }, { 'if-match': created.etag });
      expect(changed.statusCode).toBe(200);
      expect(changed.json()).toMatchObject({ isPublic: true, rules: { guestsMaySpeak: true } });
      expect((changed.json() as { rules: object }).rules).toEqual({ guestsMaySpeak: true });
      // The edit form sends back the rules it read, so every rule a PATCH takes must come back on read.
      const allRules = { guestsMaySpeak: true, reminderHours: [48, 24], language: 'sl' };
      const withAll = await call('PATCH', url, 'admin', { rules: allRules }, { 'if-match': (changed.json() as { etag: string }).etag });
      expect((withAll.json() as { rules: object }).rules).toEqual(allRules);
      expect(((await call('GET', url)).json() as { rules: object }).rules).toEqual(allRules);
      const stale = await call('PATCH', url, 'admin', { name: 'Again' }, { 'if-match': created.etag });
      expect(stale.statusCode).toBe(412);
      expect((await call('GET', url)).statusCode).toBe(200);
      const audit = (await auditOf(created.id)).find((e) => e.action === 'body.update');
      expect(audit?.summary).toMatchObject({ before: { isPublic: false }, after: { isPublic: true } });
    });

    it('stores the tasks as safe rich text, on creation and on every edit', async () => {
      const unsafe = '<p onclick="steal()">Tasks</p><script>alert(1)</script><a href="javascript:x()">link</a>';
      const created = await call('POST', '/api/v1/bodies', 'admin', newBody('wg-rich', { description: unsafe }));
      expect(created.statusCode).toBe(201);
      const body = created.json() as { id: string; etag: string; description: string };
      expect(body.description).toBe('<p>Tasks</p><a>link</a>');
      const edited = await call('PATCH', `/api/v1/bodies/${body.id}`, 'admin', { description: '<p>New<img src=x onerror=alert(1)></p>' }, {
        'if-match': body.etag,
      });
      expect(edited.statusCode).toBe(200);
      expect((edited.json() as { description: string }).description).toBe('<p>New</p>');
    });
  });

  it('documents If-Match on every PATCH in the OpenAPI description', async () => {
    const document = (await call('GET', '/api/openapi.json')).json() as {
      paths: Record<string, Record<string, { parameters?: { in: string; name: string }[]; responses: object }>>;
    };
    for (const path of ['/api/v1/organizations/{id}', '/api/v1/bodies/{id}', '/api/v1/persons/{id}', '/api/v1/memberships/{id}']) {
      const patch = document.paths[path]?.patch;
      expect(patch?.parameters?.some((p) => p.in === 'header' && p.name === 'if-match'), path).toBe(true);
      expect(Object.keys(patch?.responses ?? {}), path).toEqual(expect.arrayContaining(['412', '428']));
    }
  });

  describe('people', () => {
    it('lists people for staff and body managers, contacts for staff only', async () => {
      await buildPerson(app, { givenName: 'Živa', familyName: 'Čučković', email: 'ziva@example.test' });
      expect((await call('GET', '/api/v1/persons')).statusCode).toBe(401);
      expect((await call('GET', '/api/v1/persons', 'member')).statusCode).toBe(403);
      expect((await call('GET', '/api/v1/persons', 'plain')).statusCode).toBe(403);
      const bySecretary = await call('GET', '/api/v1/persons?q=cuckovic', 'secretary');
      expect(bySecretary.statusCode).toBe(200);
      expect(bySecretary.json()).toMatchObject({ total: 1, items: [{ givenName: 'Živa', familyName: 'Čučković' }] });
      expect(bySecretary.body).not.toContain('ziva@example.test');
      const byStaff = await call('GET', '/api/v1/persons?q=ŽIVA', 'staff');
      expect(byStaff.json()).toMatchObject({ items: [{ email: 'ziva@example.test' }] });
      const paged = await call('GET', '/api/v1/persons?limit=1&offset=0', 'staff');
      expect((paged.json() as { items: unknown[]; total: number }).items).toHaveLength(1);
      expect((paged.json() as { total: number }).total).toBeGreaterThan(1);
    });

    it('creates people (managers too) and edits them (staff) with If-Match', async () => {
      expect((await call('POST', '/api/v1/persons', 'member', { givenName: 'A', familyName: 'B' })).statusCode).toBe(403);
      const bad = await call('POST', '/api/v1/persons', 'secretary', { givenName: '', familyName: 'B' });
      expect(bad.json()).toMatchObject({ field: 'givenName' });
      const badEmail = await call('POST', '/api/v1/persons', 'secretary', { givenName: 'A', familyName: 'B', email: 'nope' });
      expect(badEmail.json()).toMatchObject({ field: 'email' });
      const created = await call('POST', '/api/v1/persons', 'secretary', { givenName: 'Νίκος', familyName: 'Παπαδόπουλος', organizationId: org.id });
      expect(created.statusCode).toBe(201);
      const person = created.json() as { id: string; etag: string };
      expect(person).toMatchObject({ organization: { id: org.id }, hasAccount: false });
      const url = `/api/v1/persons/${person.id}`;
      expect((await call('PATCH', url, 'secretary', { title: 'Dr' }, { 'if-match': person.etag })).statusCode).toBe(403);
      const edited = await call('PATCH', url, 'staff', { email: 'nikos@example.test' }, { 'if-match': person.etag });
      expect(edited.statusCode).toBe(200);
      expect(edited.json()).toMatchObject({ email: 'nikos@example.test' });
      expect((await call('PATCH', url, 'staff', { title: 'Dr' }, { 'if-match': person.etag })).statusCode).toBe(412);
      const audit = (await auditOf(person.id)).find((e) => e.action === 'person.update');
      expect(JSON.stringify(audit?.summary)).not.toContain('nikos@example.test');
      expect((await call('GET', `/api/v1/persons/${NIL}`, 'staff')).statusCode).toBe(404);
    });
  });

  describe('memberships', () => {
    let personId: string;
    const add = (payload: Record<string, unknown>, who: Who = 'secretary', bodyId = body.id) =>
      call('POST', `/api/v1/bodies/${bodyId}/memberships`, who, payload);

    beforeAll(async () => {
      personId = (await buildPerson(app, { givenName: 'Mira', familyName: 'Novak' })).id;
    });

    it('walks the ladder for adding a membership', async () => {
      const payload = { personId, role: 'member', startDate: '2026-01-01' };
      expect((await call('POST', `/api/v1/bodies/${body.id}/memberships`, undefined, payload)).statusCode).toBe(401);
      const badRole = await add({ ...payload, role: 'king' });
      expect(badRole.json()).toMatchObject({ field: 'role' });
      const badDate = await add({ ...payload, startDate: '1 January' });
      expect(badDate.json()).toMatchObject({ field: 'startDate' });
      const backwards = await add({ ...payload, endDate: '2025-12-31' });
      expect(backwards.statusCode).toBe(400);
      expect(backwards.json()).toMatchObject({ field: 'endDate' });
      expect((await add(payload, 'member')).statusCode).toBe(403);
      expect((await add(payload, 'secretary', hiddenBody.id)).statusCode).toBe(404);
      expect((await add({ ...payload, personId: NIL })).json()).toMatchObject({ field: 'personId' });
      expect((await add({ ...payload, substituteId: personId })).json()).toMatchObject({ field: 'substituteId' });
      expect(await app.database.db.select().from(memberships).where(eq(memberships.personId, personId))).toEqual([]);
    });

    it('adds memberships and refuses a second overlapping one in the same role', async () => {
      const substitute = await buildPerson(app, { givenName: 'Sara', familyName: 'Substitute' });
      const first = await add({
        personId,
        role: 'member',
        startDate: '2024-01-01',
        endDate: '2024-12-31',
        representsId: org.id,
        substituteId: substitute.id,
        votingRight: false,
      });
      expect(first.statusCode).toBe(201);
      expect(first.json()).toMatchObject({
        bodyId: body.id,
        role: 'member',
        votingRight: false,
        represents: { id: org.id },
        substitute: { id: substitute.id },
      });
      const overlapping = await add({ personId, role: 'member', startDate: '2024-06-01' });
      expect(overlapping.statusCode).toBe(409);
      expect(overlapping.json()).toMatchObject({ code: 'conflict', field: 'role' });
      expect((await add({ personId, role: 'deputy', startDate: '2024-06-01' })).statusCode).toBe(201);
      expect((await add({ personId, role: 'member', startDate: '2025-01-01' })).statusCode).toBe(201);
      const audit = await auditOf((first.json() as { membershipId: string }).membershipId);
      expect(audit.map((e) => e.action)).toEqual(['membership.create']);
    });

    it('edits with If-Match, ends memberships and keeps them as history', async () => {
      const person = await buildPerson(app, { givenName: 'Ana', familyName: 'Horvat' });
      const created = (await add({ personId: person.id, role: 'observer', startDate: '2025-03-01' })).json() as {
        membershipId: string;
        etag: string;
      };
      const url = `/api/v1/memberships/${created.membershipId}`;
      expect((await call('PATCH', url, 'member', { votingRight: false }, { 'if-match': created.etag })).statusCode).toBe(403);
      expect((await call('PATCH', url, 'secretary', { votingRight: false })).statusCode).toBe(428);
      const backwards = await call('PATCH', url, 'secretary', { endDate: '2025-02-01' }, { 'if-match': created.etag });
      expect(backwards.json()).toMatchObject({ field: 'endDate' });
      const edited = await call('PATCH', url, 'secretary', { votingRight: false, role: 'member' }, { 'if-match': created.etag });
      expect(edited.statusCode).toBe(200);
      expect(edited.json()).toMatchObject({ role: 'member', votingRight: false });
      expect((await call('PATCH', url, 'secretary', { role: 'guest' }, { 'if-match': created.etag })).statusCode).toBe(412);

      const tooEarly = await call('POST', `${url}/end`, 'secretary', { endDate: '2025-01-01' });
      expect(tooEarly.json()).toMatchObject({ field: 'endDate' });
      const ended = await call('POST', `${url}/end`, 'secretary', { endDate: '2025-06-30' });
      expect(ended.statusCode).toBe(200);
      expect(ended.json()).toMatchObject({ endDate: '2025-06-30' });
      expect((await call('POST', `/api/v1/memberships/${NIL}/end`, 'secretary', { endDate: '2025-06-30' })).statusCode).toBe(404);

      const names = (groups: { members: { person: { familyName: string } }[] }[]) =>
        groups.flatMap((g) => g.members.map((m) => m.person.familyName));
      const during = await call('GET', `/api/v1/bodies/${body.id}/members?on=2025-04-01`, 'member');
      expect(during.json()).toMatchObject({ on: '2025-04-01' });
      expect(names((during.json() as { memberGroups: never[] }).memberGroups)).toContain('Horvat');
      const after = await call('GET', `/api/v1/bodies/${body.id}/members?on=2025-07-01`, 'member');
      expect(names((after.json() as { memberGroups: never[] }).memberGroups)).not.toContain('Horvat');
      expect((await call('GET', `/api/v1/bodies/${body.id}/members?on=yesterday`, 'member')).json()).toMatchObject({ field: 'on' });
      const history = await call('GET', `/api/v1/bodies/${body.id}/memberships/history`, 'member');
      const items = (history.json() as { items: { membershipId: string; endDate: string | null }[] }).items;
      expect(items.find((m) => m.membershipId === created.membershipId)).toMatchObject({ endDate: '2025-06-30' });
      expect((await call('GET', `/api/v1/bodies/${body.id}/memberships/history`)).statusCode).toBe(404);
      expect((await auditOf(created.membershipId)).map((e) => e.action)).toEqual([
        'membership.create',
        'membership.update',
        'membership.end',
      ]);
    });

    it('lets only one of two simultaneous identical additions through', async () => {
      const person = await buildPerson(app, { givenName: 'Petra', familyName: 'Twice' });
      const payload = { personId: person.id, role: 'coordinator', startDate: '2026-02-01' };
      const statuses = (await Promise.all([add(payload), add(payload, 'admin')])).map((r) => r.statusCode);
      expect(statuses.sort()).toEqual([201, 409]);
    });

    it('lets administrators manage memberships of any body', async () => {
      const response = await add({ personId, role: 'chair', startDate: '2026-01-01' }, 'admin', hiddenBody.id);
      expect(response.statusCode).toBe(201);
    });
  });

  describe('search', () => {
    beforeAll(async () => {
      const region = await buildOrganization(app, { name: 'Περιφέρεια Βόρειας Ακτής', kind: 'region' });
      await buildBody(app, { organization: region, name: 'Ομάδα Ηλεκτρονικής Διακυβέρνησης', isPublic: true });
      await buildBody(app, { organization: org, name: 'Мрежа општина', isPublic: true });
      await buildBody(app, { organization: org, name: 'Tajna skupina Šumava' });
      const person = await buildPerson(app, { givenName: 'Đorđe', familyName: 'Šumarac' });
      await buildMembership(app, { body, person, role: 'member' });
    });

    const search = async (q: string, who?: Who) => {
      const response = await call('GET', `/api/v1/directory/search?q=${encodeURIComponent(q)}`, who);
      expect(response.statusCode).toBe(200);
      return response.json() as { bodies: { name: string }[]; persons: { familyName: string }[]; organizations: { name: string }[] };
    };

    it('ignores case and accents in Latin, Greek and Cyrillic', async () => {
      expect((await search('ομαδα')).bodies.map((b) => b.name)).toEqual(['Ομάδα Ηλεκτρονικής Διακυβέρνησης']);
      expect((await search('ΒΟΡΕΙΑΣ', 'plain')).organizations.map((o) => o.name)).toEqual(['Περιφέρεια Βόρειας Ακτής']);
      expect((await search('МРЕЖА')).bodies.map((b) => b.name)).toEqual(['Мрежа општина']);
      expect((await search('djordje sumarac', 'staff')).persons).toEqual([]);
      expect((await search('sumarac', 'staff')).persons.map((p) => p.familyName)).toEqual(['Šumarac']);
      expect((await search('dorde', 'staff')).persons.map((p) => p.familyName)).toEqual(['Šumarac']);
    });

    it('finds only what the caller may see', async () => {
      const anonymous = await search('sum');
      expect(anonymous.bodies).toEqual([]);
      expect(anonymous.persons).toEqual([]);
      expect(anonymous.organizations).toEqual([]);
      expect((await search('sum', 'member')).persons).toEqual([]);
      const staff = await search('sum', 'staff');
      expect(staff.bodies.map((b) => b.name)).toEqual(['Tajna skupina Šumava']);
      expect((await call('GET', '/api/v1/directory/search?q=')).json()).toMatchObject({ field: 'q' });
    });
  });
});
