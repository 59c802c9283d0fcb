import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { auditEvents, users } from '../../db/schema/index.js';
import { createTestApp, type TestApp } from '../../test/harness.js';
import { buildUser, signIn } from '../../test/factories.js';
import { LOGIN_ATTEMPTS_PER_MINUTE } from './auth.routes.js';

const MAX_ATTEMPTS = 3;
const LOCKOUT_MINUTES = 10;

describe('sign-in hardening', () => {
  /** with a small, configured lockout */
  let strict: TestApp;

  beforeAll(async () => {
    strict = await createTestApp({
      env: { COLLEGIUM_LOGIN_MAX_ATTEMPTS: String(MAX_ATTEMPTS), COLLEGIUM_LOCKOUT_MINUTES: String(LOCKOUT_MINUTES) },
    });
  });

  const login = (email: string, password: string, remoteAddress = '127.0.0.1') =>
    strict.server.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email, password }, remoteAddress });

  it('locks the account after the configured number of failures, for the configured time', async () => {
    const user = await buildUser(strict);
    for (let i = 0; i < MAX_ATTEMPTS; i++) {
      expect((await login(user.email, 'wrong password')).statusCode).toBe(401);
    }
    const locked = await login(user.email, user.password);
    expect(locked.statusCode).toBe(423);
    expect(locked.json()).toMatchObject({ code: 'locked' });
    expect(locked.json().detail).toContain(`${LOCKOUT_MINUTES} more minute`);

    strict.clock.advance((LOCKOUT_MINUTES - 1) * 60_000);
    expect((await login(user.email, user.password)).json().detail).toContain('1 more minute');

    strict.clock.advance(60_000 + 1000);
    expect((await login(user.email, user.password)).statusCode).toBe(200);

    const lockEvents = await strict.database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.entityId, user.id), eq(auditEvents.action, 'auth.locked')));
    expect(lockEvents).toHaveLength(1);
  });

  it('answers "locked" whatever the password while locked, so the lock cannot test passwords', async () => {
    const user = await buildUser(strict);
    for (let i = 0; i < MAX_ATTEMPTS; i++) await login(user.email, 'wrong password');
    expect((await login(user.email, 'another wrong one')).statusCode).toBe(423);
    expect((await login(user.email, user.password)).statusCode).toBe(423);
  });

  it('starts counting again after a successful sign-in', async () => {
    const user = await buildUser(strict);
    for (let i = 0; i < MAX_ATTEMPTS - 1; i++) await login(user.email, 'wrong password');
    expect((await login(user.email, user.password)).statusCode).toBe(200);
    for (let i = 0; i < MAX_ATTEMPTS - 1; i++) await login(user.email, 'wrong password');
    expect((await login(user.email, user.password)).statusCode).toBe(200);
  });

  it('gives the same answer for an unknown address and for a disabled account', async () => {
    const unknown = await login('nobody@example.test', 'whatever it is');
    expect(unknown.statusCode).toBe(401);
    expect(unknown.json()).toMatchObject({ code: 'invalid_credentials' });

    const user = await buildUser(strict);
    await strict.database.db.update(users).set({ disabledAt: strict.clock.now() }).where(eq(users.id, user.id));
    const disabled = await login(user.email, user.password);
    expect(disabled.statusCode).toBe(401);
    expect(disabled.json().detail).toBe(unknown.json().detail);
  });

  it('limits sign-in attempts per client address with 429', async () => {
    const address = '203.0.113.7';
    for (let i = 0; i < LOGIN_ATTEMPTS_PER_MINUTE; i++) {
      // invalid bodies are cheap and still count
      const response = await strict.server.inject({ method: 'POST', url: '/api/v1/auth/login', payload: {}, remoteAddress: address });
      expect(response.statusCode).toBe(400);
    }
    const limited = await login('someone@example.test', 'some password', address);
    expect(limited.statusCode).toBe(429);
    expect(limited.headers['content-type']).toContain('application/problem+json');
    expect(limited.json()).toMatchObject({ code: 'too_many_requests', status: 429 });

    // other addresses are not affected
    const user = await buildUser(strict);
    expect((await login(user.email, user.password, '203.0.113.8')).statusCode).toBe(200);
  });
});

/** the default configuration (plain-HTTP public address), shared by the blocks below */
let app: TestApp;
beforeAll(async () => {
  app = await createTestApp();
});

describe('CSRF protection', () => {
  it('refuses a cookie-authenticated write without the X-CSRF-Token header', async () => {
    const session = await signIn(app, await buildUser(app));
    const missing = await app.server.inject({
      method: 'PATCH',
      url: '/api/v1/me',
      headers: { cookie: session.cookie },
      payload: { displayName: 'Changed' },
    });
    expect(missing.statusCode).toBe(403);
    expect(missing.json()).toMatchObject({ code: 'csrf_failed' });

    const wrong = await app.server.inject({
      method: 'PATCH',
      url: '/api/v1/me',
      headers: { cookie: session.cookie, 'x-csrf-token': 'not-the-token' },
      payload: { displayName: 'Changed' },
    });
    expect(wrong.statusCode).toBe(403);
    expect(wrong.json()).toMatchObject({ code: 'csrf_failed' });

    const right = await app.server.inject({ method: 'PATCH', url: '/api/v1/me', headers: session.headers, payload: { displayName: 'Changed' } });
    expect(right.statusCode).toBe(200);
  });

  it('lets reads through without the header', async () => {
    const session = await signIn(app, await buildUser(app));
    const me = await app.server.inject({ method: 'GET', url: '/api/v1/me', headers: { cookie: session.cookie } });
    expect(me.statusCode).toBe(200);
    expect(me.json().csrfToken).toBe(session.csrfToken);
  });

  it('needs no CSRF token for writes with a Bearer token', async () => {
    const session = await signIn(app, await buildUser(app));
    const created = await app.server.inject({
      method: 'POST',
      url: '/api/v1/me/tokens',
      headers: session.headers,
      payload: { name: 'script' },
    });
    const bearer = { authorization: `Bearer ${created.json().token}` };
    const response = await app.server.inject({ method: 'PATCH', url: '/api/v1/me', headers: bearer, payload: { locale: 'el' } });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ locale: 'el', csrfToken: null });
  });

  it('refuses sign-out without the header, so another site cannot sign people out', async () => {
    const session = await signIn(app, await buildUser(app));
    const out = await app.server.inject({ method: 'POST', url: '/api/v1/auth/logout', headers: { cookie: session.cookie } });
    expect(out.statusCode).toBe(403);
    const me = await app.server.inject({ method: 'GET', url: '/api/v1/me', headers: { cookie: session.cookie } });
    expect(me.statusCode).toBe(200);
  });
});

describe('session cookie', () => {
  let httpsApp: TestApp;

  beforeAll(async () => {
    httpsApp = await createTestApp({ env: { COLLEGIUM_PUBLIC_URL: 'https://collegium.example.org' } });
  });

  async function sessionCookie(target: TestApp) {
    const user = await buildUser(target);
    const response = await target.server.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: user.email, password: user.password },
    });
    return { response, cookie: response.cookies.find((c) => c.name === 'collegium_session') };
  }

  it('is HttpOnly and SameSite=Lax, and not Secure on plain HTTP', async () => {
    const { cookie } = await sessionCookie(app);
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
    expect(cookie?.secure).toBeFalsy();
  });

  it('is Secure when the public address is HTTPS', async () => {
    const { cookie, response } = await sessionCookie(httpsApp);
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', secure: true });
    expect(response.headers['set-cookie']).toMatch(/; Secure/);
  });
});

describe('signing out', () => {
  const me = (cookie: string) => app.server.inject({ method: 'GET', url: '/api/v1/me', headers: { cookie } });

  it('ends only this browser session and clears the cookie', async () => {
    const user = await buildUser(app);
    const first = await signIn(app, user);
    const second = await signIn(app, user);
    const out = await app.server.inject({ method: 'POST', url: '/api/v1/auth/logout', headers: first.headers });
    expect(out.statusCode).toBe(200);
    const cleared = out.cookies.find((c) => c.name === 'collegium_session');
    expect(cleared?.value).toBe('');
    expect((await me(first.cookie)).statusCode).toBe(401);
    expect((await me(second.cookie)).statusCode).toBe(200);
  });

  it('answers sign-out without a session with ok', async () => {
    const out = await app.server.inject({ method: 'POST', url: '/api/v1/auth/logout' });
    expect(out.statusCode).toBe(200);
  });

  it('signs out everywhere: every session of the account ends, other accounts keep theirs', async () => {
    const user = await buildUser(app);
    const other = await signIn(app, await buildUser(app));
    const sessions = [await signIn(app, user), await signIn(app, user), await signIn(app, user)];

    const anonymous = await app.server.inject({ method: 'POST', url: '/api/v1/auth/logout-everywhere' });
    expect(anonymous.statusCode).toBe(401);
    const noCsrf = await app.server.inject({
      method: 'POST',
      url: '/api/v1/auth/logout-everywhere',
      headers: { cookie: sessions[0]!.cookie },
    });
    expect(noCsrf.statusCode).toBe(403);

    const out = await app.server.inject({ method: 'POST', url: '/api/v1/auth/logout-everywhere', headers: sessions[0]!.headers });
    expect(out.statusCode).toBe(200);
    expect(out.json()).toEqual({ ok: true, ended: 3 });
    for (const session of sessions) expect((await me(session.cookie)).statusCode).toBe(401);
    expect((await me(other.cookie)).statusCode).toBe(200);
  });

  it('stops a session when its time is up', async () => {
    const session = await signIn(app, await buildUser(app));
    app.clock.advance(app.config.sessionTtlHours * 3600_000 + 1000);
    expect((await me(session.cookie)).statusCode).toBe(401);
  });
});
