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
} from '../../test/factories.js';

type Who = 'admin' | 'secretary' | 'otherChair' | 'plain';
const NIL = '6f1c1d2e-0000-4000-8000-000000000000';

describe('reading memberships', () => {
  let app: TestApp;
  let body: TestBody;
  let otherBody: TestBody;
  const headers = {} as Record<Who, Record<string, string>>;

  const get = (url: string, who?: Who) => app.server.inject({ method: 'GET', url, headers: who ? headers[who] : {} });

  beforeAll(async () => {
    app = await createTestApp();
    const org = await buildOrganization(app, { name: 'Ministry of Reading' });
    body = await buildBody(app, { organization: org, name: 'Reading Group' });
    otherBody = await buildBody(app, { organization: org, name: 'Other Group' });
    for (const [who, user] of [
      ['admin', await buildUser(app, { role: 'administrator' })],
      ['secretary', await buildMember(app, body, 'secretary', { organization: org })],
      ['otherChair', await buildMember(app, otherBody, 'chair', { organization: org })],
      ['plain', await buildUser(app)],
    ] as const) {
      headers[who] = (await signIn(app, user)).headers;
    }
  });

  describe('GET /memberships/:id', () => {
    it('answers the membership with its version as ETag, which a change then accepts', async () => {
      const person = await buildPerson(app, { givenName: 'Ana', familyName: 'Novak' });
      const { id } = await buildMembership(app, { body, person, role: 'member', startDate: '2025-01-01' });
      const read = await get(`/api/v1/memberships/${id}`, 'secretary');
      expect(read.statusCode).toBe(200);
      const json = read.json() as { etag: string; bodyId: string; role: string; person: { familyName: string } };
      expect(json).toMatchObject({ bodyId: body.id, role: 'member', startDate: '2025-01-01', person: { familyName: 'Novak' } });
      expect(read.headers.etag).toBe(json.etag);
      const changed = await app.server.inject({
        method: 'PATCH',
        url: `/api/v1/memberships/${id}`,
        headers: { ...headers.secretary, 'if-match': json.etag },
        payload: { role: 'deputy_chair' },
      });
      expect(changed.statusCode).toBe(200);
      expect(changed.json()).toMatchObject({ role: 'deputy_chair' });
      expect(changed.headers.etag).not.toBe(json.etag);
    });

    it('hides a membership of a body the caller may not see, and an unknown one', async () => {
      const { id } = await buildMembership(app, { body, person: await buildPerson(app) });
      for (const who of [undefined, 'plain', 'otherChair'] as const) {
        const response = await get(`/api/v1/memberships/${id}`, who);
        expect(response.statusCode).toBe(404);
        expect(response.json()).toMatchObject({ code: 'not_found' });
        expect(response.json().detail).toMatch(/membership/i);
      }
      expect((await get(`/api/v1/memberships/${NIL}`, 'admin')).statusCode).toBe(404);
      expect((await get('/api/v1/memberships/not-an-id', 'admin')).json()).toMatchObject({ field: 'id' });
    });
  });

  describe('GET /persons/:id/memberships', () => {
    it('lists past, current and future memberships with their bodies, newest start first', async () => {
      const person = await buildPerson(app);
      await buildMembership(app, { body, person, role: 'member', startDate: '2020-01-01', endDate: '2021-12-31' });
      await buildMembership(app, { body, person, role: 'chair', startDate: '2022-01-01' });
      await buildMembership(app, { body: otherBody, person, role: 'guest', startDate: '2030-01-01' });
      const response = await get(`/api/v1/persons/${person.id}/memberships`, 'admin');
      expect(response.statusCode).toBe(200);
      const items = (response.json() as { items: { role: string; startDate: string; endDate: string | null; body: { id: string; name: string } }[] }).items;
      expect(items.map((m) => [m.role, m.startDate, m.endDate, m.body.name])).toEqual([
        ['guest', '2030-01-01', null, 'Other Group'],
        ['chair', '2022-01-01', null, 'Reading Group'],
        ['member', '2020-01-01', '2021-12-31', 'Reading Group'],
      ]);
    });

    it('shows a body manager only the memberships in bodies they may see', async () => {
      const person = await buildPerson(app);
      await buildMembership(app, { body, person });
      await buildMembership(app, { body: otherBody, person });
      const forSecretary = (await get(`/api/v1/persons/${person.id}/memberships`, 'secretary')).json() as { items: { body: { id: string } }[] };
      expect(forSecretary.items.map((m) => m.body.id)).toEqual([body.id]);
      const forChair = (await get(`/api/v1/persons/${person.id}/memberships`, 'otherChair')).json() as { items: { body: { id: string } }[] };
      expect(forChair.items.map((m) => m.body.id)).toEqual([otherBody.id]);
    });

    it('walks the ladder: 401, 403 for who may not read people, 404 for an unknown person', async () => {
      const person = await buildPerson(app);
      expect((await get(`/api/v1/persons/${person.id}/memberships`)).statusCode).toBe(401);
      expect((await get(`/api/v1/persons/${person.id}/memberships`, 'plain')).statusCode).toBe(403);
      expect((await get(`/api/v1/persons/${NIL}/memberships`, 'admin')).statusCode).toBe(404);
      expect((await get(`/api/v1/persons/${person.id}/memberships`, 'admin')).json()).toEqual({ items: [] });
    });
  });
});
