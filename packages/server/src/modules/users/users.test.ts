import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { systemCtx } from '../../context.js';
import { passwordResetTokens, users } from '../../db/schema/index.js';
import { createTestApp, type TestApp } from '../../test/harness.js';
import { buildUser, signIn, type Session, type TestUser } from '../../test/factories.js';
import { updateUser } from './users.service.js';

let app: TestApp;
let admin: TestUser;
let adminSession: Session;
let staffSession: Session;
let userSession: Session;

beforeAll(async () => {
  app = await createTestApp();
  admin = await buildUser(app, { role: 'administrator', displayName: 'Ada Admin' });
  adminSession = await signIn(app, admin);
  staffSession = await signIn(app, await buildUser(app, { role: 'staff', displayName: 'Stefan Staff' }));
  userSession = await signIn(app, await buildUser(app, { role: 'user', displayName: 'Uma User' }));
});

type Method = 'GET' | 'POST' | 'PATCH';
const call = (method: Method, url: string, session?: Session, payload?: object) =>
  app.server.inject({ method, url, headers: session?.headers ?? {}, ...(payload ? { payload } : {}) });
const login = (email: string, password: string) =>
  app.server.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email, password } });

describe('GET /api/v1/users', () => {
  it('walks the ladder: 401, 400, 403 for a plain user', async () => {
    expect((await call('GET', '/api/v1/users')).statusCode).toBe(401);
    for (const [query, field] of [
      ['limit=0', 'limit'],
      ['limit=1000', 'limit'],
      ['offset=-1', 'offset'],
    ] as const) {
      const response = await call('GET', `/api/v1/users?${query}`, adminSession);
      expect(response.statusCode, query).toBe(400);
      expect(response.json()).toMatchObject({ field });
    }
    expect((await call('GET', '/api/v1/users', userSession)).statusCode).toBe(403);
  });

  it('lets staff and administrators search by name or e-mail, page by page', async () => {
    await buildUser(app, { displayName: 'Zora Zupan', email: 'zora@zupan.example' });
    await buildUser(app, { displayName: 'Zlatko Zec', email: 'zlatko@example.test' });

    const byName = await call('GET', '/api/v1/users?q=zora', staffSession);
    expect(byName.statusCode).toBe(200);
    expect(byName.json()).toMatchObject({ total: 1, items: [{ displayName: 'Zora Zupan', disabled: false, totpEnabled: false }] });

    const byEmail = await call('GET', '/api/v1/users?q=ZUPAN.EXAMPLE', adminSession);
    expect(byEmail.json().items.map((u: { email: string }) => u.email)).toEqual(['zora@zupan.example']);

    const firstPage = await call('GET', '/api/v1/users?q=z&limit=1', adminSession);
    const secondPage = await call('GET', '/api/v1/users?q=z&limit=1&offset=1', adminSession);
    expect(firstPage.json().total).toBeGreaterThanOrEqual(2);
    expect(firstPage.json().items).toHaveLength(1);
    expect(secondPage.json().items[0].id).not.toBe(firstPage.json().items[0].id);

    const wildcard = await call('GET', `/api/v1/users?q=${encodeURIComponent('%')}`, adminSession);
    expect(wildcard.json().total).toBe(0);
  });
});

describe('POST /api/v1/users', () => {
  const valid = () => ({ email: `new-${randomUUID().slice(0, 8)}@example.test`, displayName: 'Nina New', role: 'user' });

  it('walks the ladder: 401, 400 per field, 403 for staff, 409 for a taken address', async () => {
    expect((await call('POST', '/api/v1/users', undefined, valid())).statusCode).toBe(401);
    for (const [change, field] of [
      [{ email: 'not an address' }, 'email'],
      [{ displayName: '' }, 'displayName'],
      [{ role: 'king' }, 'role'],
      [{ password: 'short' }, 'password'],
      [{ extra: true }, 'extra'],
    ] as const) {
      const response = await call('POST', '/api/v1/users', adminSession, { ...valid(), ...change });
      expect(response.statusCode, field).toBe(400);
      expect(response.json()).toMatchObject({ code: 'validation_failed', field });
    }
    expect((await call('POST', '/api/v1/users', staffSession, valid())).statusCode).toBe(403);

    const taken = await call('POST', '/api/v1/users', adminSession, { ...valid(), email: admin.email.toUpperCase() });
    expect(taken.statusCode).toBe(409);
    expect(taken.json()).toMatchObject({ code: 'already_exists', field: 'email' });
  });

  it('creates an account with a password that can sign in', async () => {
    const input = { ...valid(), role: 'staff', password: 'a good long password' };
    const response = await call('POST', '/api/v1/users', adminSession, input);
    expect(response.statusCode).toBe(201);
    expect(response.json()).toMatchObject({ email: input.email, displayName: 'Nina New', role: 'staff', disabled: false });
    expect((await login(input.email, input.password)).statusCode).toBe(200);

    const audit = await call('GET', `/api/v1/audit?entityType=user&entityId=${response.json().id}`, adminSession);
    expect(audit.json().items).toContainEqual(
      expect.objectContaining({ action: 'user.create', actorLabel: admin.email, summary: { after: expect.objectContaining({ role: 'staff' }) } }),
    );
    expect(audit.body).not.toContain(input.password);
  });

  it('e-mails a "choose your password" link to an account created without one', async () => {
    const input = valid();
    const response = await call('POST', '/api/v1/users', adminSession, input);
    expect(response.statusCode).toBe(201);
    await app.jobs.drain();
    const mail = app.mailer.sent.find((m) => m.to === input.email);
    expect(mail?.subject).toBe('Your Collegium account');
    const token = /reset-password\?token=(\S+)/.exec(mail!.text)?.[1];
    expect(token).toBeDefined();

    // valid for 72 hours, unlike a one-hour reset link
    const [stored] = await app.database.db
      .select({ expiresAt: passwordResetTokens.expiresAt })
      .from(passwordResetTokens)
      .where(eq(passwordResetTokens.userId, response.json().id));
    expect(stored!.expiresAt.getTime() - app.clock.now().getTime()).toBe(72 * 3600_000);
    const set = await app.server.inject({
      method: 'POST',
      url: '/api/v1/auth/password-reset/confirm',
      payload: { token: decodeURIComponent(token!), password: 'my chosen passphrase' },
    });
    expect(set.statusCode).toBe(200);
    expect((await login(input.email, 'my chosen passphrase')).statusCode).toBe(200);
  });
});

describe('GET /api/v1/users/:id', () => {
  it('walks the ladder: 401, 400, 403, 404, then the account', async () => {
    const target = await buildUser(app, { displayName: 'Tara Target' });
    expect((await call('GET', `/api/v1/users/${target.id}`)).statusCode).toBe(401);
    const badId = await call('GET', '/api/v1/users/123', adminSession);
    expect(badId.statusCode).toBe(400);
    expect(badId.json()).toMatchObject({ field: 'id' });
    expect((await call('GET', `/api/v1/users/${target.id}`, userSession)).statusCode).toBe(403);
    expect((await call('GET', `/api/v1/users/${randomUUID()}`, adminSession)).statusCode).toBe(404);

    const found = await call('GET', `/api/v1/users/${target.id}`, staffSession);
    expect(found.statusCode).toBe(200);
    expect(found.json()).toEqual({
      id: target.id,
      email: target.email,
      displayName: 'Tara Target',
      role: 'user',
      totpEnabled: false,
      disabled: false,
      lockedUntil: null,
      lastLoginAt: null,
      createdAt: expect.any(String),
      person: null,
    });
    expect(found.body).not.toContain('passwordHash');
  });
});

describe('PATCH /api/v1/users/:id', () => {
  const patch = (id: string, payload: object, session: Session = adminSession) =>
    call('PATCH', `/api/v1/users/${id}`, session, payload);

  it('walks the ladder: 401, 400 per field, 403 for staff, 404', async () => {
    const target = await buildUser(app);
    expect((await call('PATCH', `/api/v1/users/${target.id}`, undefined, { displayName: 'X' })).statusCode).toBe(401);
    for (const [payload, field] of [
      [{ role: 'emperor' }, 'role'],
      [{ displayName: '' }, 'displayName'],
      [{ disabled: 'yes' }, 'disabled'],
      [{ email: 'x@example.test' }, 'email'],
    ] as const) {
      const response = await patch(target.id, payload);
      expect(response.statusCode, field).toBe(400);
      expect(response.json()).toMatchObject({ field });
    }
    expect((await patch(target.id, { displayName: 'X' }, staffSession)).statusCode).toBe(403);
    expect((await patch(randomUUID(), { displayName: 'X' })).statusCode).toBe(404);
  });

  it('changes name and role, and audits before and after', async () => {
    const target = await buildUser(app, { displayName: 'Before' });
    const response = await patch(target.id, { displayName: 'After', role: 'staff' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ displayName: 'After', role: 'staff' });

    const audit = await call('GET', `/api/v1/audit?entityType=user&entityId=${target.id}`, adminSession);
    const event = audit.json().items.find((e: { action: string }) => e.action === 'user.update');
    expect(event).toMatchObject({
      actorLabel: admin.email,
      summary: { before: { displayName: 'Before', role: 'user' }, after: { displayName: 'After', role: 'staff' } },
    });
  });

  it('disabling ends the sessions and refuses sign-in and tokens; enabling again lets the person back', async () => {
    const target = await buildUser(app);
    const session = await signIn(app, target);
    const token = (await call('POST', '/api/v1/me/tokens', session, { name: 'script' })).json().token as string;

    const disabled = await patch(target.id, { disabled: true });
    expect(disabled.json()).toMatchObject({ disabled: true });
    expect((await call('GET', '/api/v1/me', session)).statusCode).toBe(401);
    expect((await app.server.inject({ method: 'GET', url: '/api/v1/me', headers: { authorization: `Bearer ${token}` } })).statusCode).toBe(401);
    expect((await login(target.email, target.password)).statusCode).toBe(401);

    expect((await patch(target.id, { disabled: false })).json()).toMatchObject({ disabled: false });
    expect((await login(target.email, target.password)).statusCode).toBe(200);
  });

  it('unlocks an account locked by failed sign-ins', async () => {
    const target = await buildUser(app);
    for (let i = 0; i < app.config.login.maxAttempts; i++) await login(target.email, 'wrong password');
    expect((await login(target.email, target.password)).statusCode).toBe(423);
    expect((await call('GET', `/api/v1/users/${target.id}`, adminSession)).json().lockedUntil).not.toBeNull();

    const unlocked = await patch(target.id, { unlock: true });
    expect(unlocked.json()).toMatchObject({ lockedUntil: null });
    expect((await login(target.email, target.password)).statusCode).toBe(200);
  });

  it('resets two-factor sign-in for someone who lost their device', async () => {
    const target = await buildUser(app);
    await app.database.db
      .update(users)
      .set({ totpSecret: 'JBSWY3DPEHPK3PXP', totpEnabledAt: app.clock.now() })
      .where(eq(users.id, target.id));
    expect((await login(target.email, target.password)).json()).toMatchObject({ status: 'totp_required' });

    const reset = await patch(target.id, { resetTotp: true });
    expect(reset.json()).toMatchObject({ totpEnabled: false });
    expect((await login(target.email, target.password)).json()).toMatchObject({ status: 'ok' });
  });

  it('refuses to let administrators demote or disable themselves', async () => {
    const demote = await patch(admin.id, { role: 'staff' });
    expect(demote.statusCode).toBe(409);
    expect(demote.json()).toMatchObject({ code: 'conflict', field: 'role' });
    expect(demote.json().detail).toContain('your own administrator role');

    const disable = await patch(admin.id, { disabled: true });
    expect(disable.statusCode).toBe(409);
    expect(disable.json()).toMatchObject({ field: 'disabled' });

    expect((await patch(admin.id, { displayName: 'Ada A. Admin' })).statusCode).toBe(200);
    expect((await call('GET', '/api/v1/me', adminSession)).json()).toMatchObject({ role: 'administrator' });
  });

  it('lets one administrator demote another, but never the last active one', async () => {
    const other = await buildUser(app, { role: 'administrator' });
    expect((await patch(other.id, { role: 'user' })).statusCode).toBe(200);

    // the command line acts as the system; it too must leave one administrator
    const system = systemCtx(app.deps, 'test');
    const admins = await app.database.db.select({ id: users.id }).from(users).where(eq(users.role, 'administrator'));
    expect(admins.map((a) => a.id)).toEqual([admin.id]);
    await expect(updateUser(system, admin.id, { disabled: true })).rejects.toMatchObject({
      code: 'conflict',
      message: expect.stringContaining('last active administrator'),
    });
    await expect(updateUser(system, admin.id, { role: 'staff' })).rejects.toMatchObject({ code: 'conflict' });
  });
});
