import { eq } from 'drizzle-orm';
import type { InjectOptions } from 'fastify';
import { beforeAll, describe, expect, it } from 'vitest';
import { auditEvents } from '../../db/schema/index.js';
import { createTestApp, type TestApp } from '../../test/harness.js';
import { buildBody, buildMembership, buildPerson, buildUser, signIn, type TestUser } from '../../test/factories.js';

type Who = 'admin' | 'staff' | 'newcomer';
const NIL = '6f1c1d2e-0000-4000-8000-000000000000';

describe('linking a person to a user account', () => {
  let app: TestApp;
  let newcomer: TestUser;
  const headers = {} as Record<Who, Record<string, string>>;

  const call = (method: InjectOptions['method'], url: string, who: Who, payload?: unknown, extra: Record<string, string> = {}) =>
    app.server.inject({
      method,
      url,
      headers: { ...headers[who], ...extra },
      ...(payload === undefined ? {} : { payload: payload as InjectOptions['payload'] }),
    });
  const etagOf = async (personId: string) => (await call('GET', `/api/v1/persons/${personId}`, 'admin')).headers.etag as string;
  const link = async (personId: string, userId: string, who: Who = 'admin') =>
    call('PUT', `/api/v1/persons/${personId}/account`, who, { userId }, { 'if-match': await etagOf(personId) });
  const unlink = async (personId: string) =>
    call('DELETE', `/api/v1/persons/${personId}/account`, 'admin', undefined, { 'if-match': await etagOf(personId) });

  beforeAll(async () => {
    app = await createTestApp();
    newcomer = await buildUser(app, { displayName: 'Nina Newcomer' });
    for (const [who, user] of [
      ['admin', await buildUser(app, { role: 'administrator' })],
      ['staff', await buildUser(app, { role: 'staff' })],
      ['newcomer', newcomer],
    ] as const) {
      headers[who] = (await signIn(app, user)).headers;
    }
  });

  it('shows the account to administrators only, and links and unlinks it with an audit event each', async () => {
    const person = await buildPerson(app, { givenName: 'Lena', familyName: 'Linked' });
    const before = await call('GET', `/api/v1/persons/${person.id}`, 'admin');
    expect(before.json()).toMatchObject({ hasAccount: false, account: null });

    const linked = await link(person.id, newcomer.id);
    expect(linked.statusCode).toBe(200);
    expect(linked.json()).toMatchObject({
      hasAccount: true,
      account: { userId: newcomer.id, displayName: 'Nina Newcomer', email: newcomer.email },
    });
    expect(linked.headers.etag).not.toBe(before.headers.etag);

    const userRead = (await call('GET', `/api/v1/users/${newcomer.id}`, 'staff')).json() as Record<string, unknown>;
    expect(userRead.person).toEqual({ id: person.id, givenName: 'Lena', familyName: 'Linked', title: null });
    const userList = (await call('GET', `/api/v1/users?q=${encodeURIComponent(newcomer.email)}`, 'admin')).json() as { items: { person: unknown }[] };
    expect(userList.items.map((u) => u.person)).toEqual([{ id: person.id, givenName: 'Lena', familyName: 'Linked', title: null }]);

    const asStaff = (await call('GET', `/api/v1/persons/${person.id}`, 'staff')).json() as Record<string, unknown>;
    expect(asStaff.hasAccount).toBe(true);
    expect(asStaff).not.toHaveProperty('account');

    const unlinked = await unlink(person.id);
    expect(unlinked.statusCode).toBe(200);
    expect(unlinked.json()).toMatchObject({ hasAccount: false, account: null });
    expect((await call('GET', `/api/v1/users/${newcomer.id}`, 'admin')).json()).toMatchObject({ person: null });

    const actions = (await app.database.db.select().from(auditEvents).where(eq(auditEvents.entityId, person.id))).map((e) => e.action);
    expect(actions).toEqual(expect.arrayContaining(['person.link-account', 'person.unlink-account']));
  });

  it('refuses staff, an unknown user (400 userId), a user linked elsewhere (409 naming the person) and a stale or missing version', async () => {
    const person = await buildPerson(app);
    expect((await link(person.id, newcomer.id, 'staff')).statusCode).toBe(403);

    const unknown = await link(person.id, NIL);
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json()).toMatchObject({ field: 'userId' });

    const taken = await buildUser(app);
    await buildPerson(app, { user: taken, givenName: 'Olga', familyName: 'Owner' });
    const conflict = await link(person.id, taken.id);
    expect(conflict.statusCode).toBe(409);
    expect(conflict.json()).toMatchObject({ field: 'userId' });
    expect(conflict.json().detail).toContain('Olga Owner');

    const missing = await call('PUT', `/api/v1/persons/${person.id}/account`, 'admin', { userId: newcomer.id });
    expect(missing.statusCode).toBe(428);
    const stale = await call('PUT', `/api/v1/persons/${person.id}/account`, 'admin', { userId: newcomer.id }, { 'if-match': 'W/"1"' });
    expect(stale.statusCode).toBe(412);
    expect((await call('DELETE', `/api/v1/persons/${NIL}/account`, 'admin', undefined, { 'if-match': 'W/"1"' })).statusCode).toBe(404);
  });

  it('gives the linked user the person’s body roles at once, and takes them away on unlinking', async () => {
    const body = await buildBody(app, { isPublic: false });
    const person = await buildPerson(app, { givenName: 'Mira', familyName: 'Member' });
    await buildMembership(app, { body, person, role: 'member' });
    const user = await buildUser(app);
    const session = (await signIn(app, user)).headers;
    const readBody = () => app.server.inject({ method: 'GET', url: `/api/v1/bodies/${body.id}`, headers: session });

    expect((await readBody()).statusCode).toBe(404);
    expect((await link(person.id, user.id)).statusCode).toBe(200);
    const read = await readBody();
    expect(read.statusCode).toBe(200);
    const me = await app.server.inject({ method: 'GET', url: '/api/v1/me/memberships', headers: session });
    expect(JSON.stringify(me.json())).toContain(body.id);

    expect((await unlink(person.id)).statusCode).toBe(200);
    expect((await readBody()).statusCode).toBe(404);
  });

  it('tells administrators through /me that they may link accounts', async () => {
    const me = (who: Who) => app.server.inject({ method: 'GET', url: '/api/v1/me', headers: headers[who] });
    expect((await me('admin')).json()).toMatchObject({ abilities: { linkAccounts: true } });
    expect((await me('staff')).json()).toMatchObject({ abilities: { linkAccounts: false } });
  });
});
