import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { auditEvents } from '../../db/schema/index.js';
import { createTestApp, type TestApp } from '../../test/harness.js';
import { buildBody, buildMember, buildUser, signIn } from '../../test/factories.js';

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp();
});

const patchMe = (headers: Record<string, string>, payload: object) =>
  app.server.inject({ method: 'PATCH', url: '/api/v1/me', headers, payload });
const changePassword = (headers: Record<string, string>, payload: object) =>
  app.server.inject({ method: 'POST', url: '/api/v1/me/password', headers, payload });
const me = (cookie: string) => app.server.inject({ method: 'GET', url: '/api/v1/me', headers: { cookie } });

describe('PATCH /api/v1/me', () => {
  it('needs a signed-in user', async () => {
    expect((await patchMe({}, { displayName: 'X' })).statusCode).toBe(401);
  });

  it.each([
    ['displayName', { displayName: '' }],
    ['displayName', { displayName: 'x'.repeat(201) }],
    ['locale', { locale: 'xx' }],
    ['email', { email: 'new@example.test' }],
  ])('names the invalid field %s', async (field, payload) => {
    const session = await signIn(app, await buildUser(app));
    const response = await patchMe(session.headers, payload);
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ code: 'validation_failed', field });
  });

  it('changes name and language and records both in the audit trail', async () => {
    const user = await buildUser(app, { displayName: 'Old Name' });
    const session = await signIn(app, user);
    const response = await patchMe(session.headers, { displayName: '  Ana Novak ', locale: 'sr-Cyrl' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ displayName: 'Ana Novak', locale: 'sr-Cyrl', csrfToken: session.csrfToken });

    const onlyLocale = await patchMe(session.headers, { locale: 'el' });
    expect(onlyLocale.json()).toMatchObject({ displayName: 'Ana Novak', locale: 'el' });

    const [event] = await app.database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.entityId, user.id), eq(auditEvents.action, 'account.update')))
      .limit(1);
    expect(event?.summary).toEqual({
      before: { displayName: 'Old Name', locale: 'en' },
      after: { displayName: 'Ana Novak', locale: 'sr-Cyrl' },
    });
    expect(event?.actorLabel).toBe(user.email);
  });
});

describe('POST /api/v1/me/password', () => {
  const NEW_PASSWORD = 'another long passphrase';

  it('needs a signed-in user', async () => {
    expect((await changePassword({}, { currentPassword: 'a', newPassword: NEW_PASSWORD })).statusCode).toBe(401);
  });

  it.each([
    ['currentPassword', { newPassword: NEW_PASSWORD }],
    ['newPassword', { currentPassword: 'correct horse battery', newPassword: 'short' }],
    ['newPassword', { currentPassword: 'correct horse battery' }],
  ])('names the invalid field %s', async (field, payload) => {
    const session = await signIn(app, await buildUser(app));
    const response = await changePassword(session.headers, payload);
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ field });
  });

  it('refuses a wrong current password, naming the field', async () => {
    const user = await buildUser(app);
    const session = await signIn(app, user);
    const response = await changePassword(session.headers, { currentPassword: 'not my password', newPassword: NEW_PASSWORD });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ code: 'validation_failed', field: 'currentPassword' });
    expect((await me(session.cookie)).statusCode).toBe(200);
  });

  it('cannot be done with an API token', async () => {
    const user = await buildUser(app);
    const session = await signIn(app, user);
    const created = await app.server.inject({ method: 'POST', url: '/api/v1/me/tokens', headers: session.headers, payload: { name: 't' } });
    const response = await changePassword(
      { authorization: `Bearer ${created.json().token}` },
      { currentPassword: user.password, newPassword: NEW_PASSWORD },
    );
    expect(response.statusCode).toBe(403);
  });

  it('changes the password and ends the other sessions, keeping this one', async () => {
    const user = await buildUser(app);
    const current = await signIn(app, user);
    const other = await signIn(app, user);
    const response = await changePassword(current.headers, { currentPassword: user.password, newPassword: NEW_PASSWORD });
    expect(response.statusCode).toBe(200);
    expect((await me(current.cookie)).statusCode).toBe(200);
    expect((await me(other.cookie)).statusCode).toBe(401);
    await expect(signIn(app, user)).rejects.toThrow(/401/);
    await signIn(app, { email: user.email, password: NEW_PASSWORD });
  });
});

describe('GET /api/v1/me directory abilities', () => {
  it('lets a body secretary find and add people but not edit them or see their contacts', async () => {
    const body = await buildBody(app);
    const secretary = await signIn(app, await buildMember(app, body, 'secretary'));
    expect((await me(secretary.cookie)).json()).toMatchObject({
      abilities: { readPeople: true, createPeople: true, editPeople: false, readContacts: false, manageOrganizations: false },
    });
  });

  it('gives staff the people of the directory and administrators its organisations and bodies', async () => {
    const staff = await signIn(app, await buildUser(app, { role: 'staff' }));
    expect((await me(staff.cookie)).json()).toMatchObject({
      abilities: { readPeople: true, editPeople: true, readContacts: true, manageOrganizations: false, createBodies: false },
    });
    const admin = await signIn(app, await buildUser(app, { role: 'administrator' }));
    expect((await me(admin.cookie)).json()).toMatchObject({ abilities: { manageOrganizations: true, createBodies: true } });
  });

  it('gives a plain user none of them', async () => {
    const user = await signIn(app, await buildUser(app));
    expect((await me(user.cookie)).json()).toMatchObject({
      abilities: { readPeople: false, createPeople: false, editPeople: false, readContacts: false },
    });
  });
});
