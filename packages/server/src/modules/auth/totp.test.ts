import { generate } from 'otplib';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/harness.js';
import { buildUser, signIn, type Session, type TestUser } from '../../test/factories.js';

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp();
});

const codeAt = (secret: string, date: Date) => generate({ secret, epoch: Math.floor(date.getTime() / 1000) });
const currentCode = (secret: string) => codeAt(secret, app.clock.now());
/** moves to the next 30-second step, so a fresh code is not a replay of the last one */
const nextStep = () => app.clock.advance(30_000);

const post = (url: string, headers: Record<string, string> = {}, payload?: object) =>
  app.server.inject({ method: 'POST', url, headers, ...(payload ? { payload } : {}) });

async function enrol(user: TestUser): Promise<{ secret: string; session: Session }> {
  const session = await signIn(app, user);
  const setup = await post('/api/v1/me/totp/setup', session.headers);
  const { secret } = setup.json() as { secret: string };
  const enabled = await post('/api/v1/me/totp/enable', session.headers, { code: await currentCode(secret) });
  expect(enabled.statusCode).toBe(200);
  nextStep();
  return { secret, session };
}

function loginWithPassword(user: TestUser, extra: { totp?: string } = {}) {
  return post('/api/v1/auth/login', {}, { email: user.email, password: user.password, ...extra });
}

async function pendingSession(user: TestUser): Promise<Session> {
  const response = await loginWithPassword(user);
  expect(response.json()).toMatchObject({ status: 'totp_required' });
  expect(response.json().user).toBeUndefined();
  const cookie = `collegium_session=${response.cookies.find((c) => c.name === 'collegium_session')!.value}`;
  const csrfToken = response.json().csrfToken as string;
  return { cookie, csrfToken, headers: { cookie, 'x-csrf-token': csrfToken } };
}

describe('setting up two-factor sign-in', () => {
  it('walks the ladder: 401, 403 with an API token, then a secret with its QR code', async () => {
    expect((await post('/api/v1/me/totp/setup')).statusCode).toBe(401);

    const user = await buildUser(app);
    const session = await signIn(app, user);
    const token = (await post('/api/v1/me/tokens', session.headers, { name: 'ci' })).json().token as string;
    const withToken = await post('/api/v1/me/totp/setup', { authorization: `Bearer ${token}` });
    expect(withToken.statusCode).toBe(403);
    expect(withToken.json().detail).toContain('browser session');

    const setup = await post('/api/v1/me/totp/setup', session.headers);
    expect(setup.statusCode).toBe(200);
    const body = setup.json() as { secret: string; otpauthUrl: string; qrSvg: string };
    expect(body.secret).toMatch(/^[A-Z2-7]{16,}$/);
    expect(body.otpauthUrl).toMatch(/^otpauth:\/\/totp\/Collegium:/);
    expect(body.otpauthUrl).toContain(`secret=${body.secret}`);
    expect(body.qrSvg).toMatch(/^<svg/);

    const me = await app.server.inject({ method: 'GET', url: '/api/v1/me', headers: session.headers });
    expect(me.json().totpEnabled).toBe(false);
  });

  it('enables only with a correct code from the offered secret', async () => {
    const user = await buildUser(app);
    const session = await signIn(app, user);
    expect((await post('/api/v1/me/totp/enable', {}, { code: '123456' })).statusCode).toBe(401);

    const malformed = await post('/api/v1/me/totp/enable', session.headers, { code: '12ab56' });
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json()).toMatchObject({ code: 'validation_failed', field: 'code' });

    const notStarted = await post('/api/v1/me/totp/enable', session.headers, { code: '123456' });
    expect(notStarted.statusCode).toBe(400);
    expect(notStarted.json().detail).toContain('Start the set-up first');

    const { secret } = (await post('/api/v1/me/totp/setup', session.headers)).json() as { secret: string };
    const valid = await currentCode(secret);
    const wrong = await post('/api/v1/me/totp/enable', session.headers, { code: valid === '000000' ? '111111' : '000000' });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json()).toMatchObject({ code: 'validation_failed', field: 'code' });

    const enabled = await post('/api/v1/me/totp/enable', session.headers, { code: valid });
    expect(enabled.statusCode).toBe(200);
    const me = await app.server.inject({ method: 'GET', url: '/api/v1/me', headers: session.headers });
    expect(me.json().totpEnabled).toBe(true);

    const again = await post('/api/v1/me/totp/setup', session.headers);
    expect(again.statusCode).toBe(409);
  });
});

describe('signing in with two-factor sign-in', () => {
  it('asks for the code after the password and completes with it', async () => {
    const user = await buildUser(app);
    const { secret } = await enrol(user);
    const pending = await pendingSession(user);

    const me = await app.server.inject({ method: 'GET', url: '/api/v1/me', headers: pending.headers });
    expect(me.statusCode).toBe(401);

    const malformed = await post('/api/v1/auth/totp', pending.headers, { code: 'abc' });
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json()).toMatchObject({ field: 'code' });

    const noCsrf = await post('/api/v1/auth/totp', { cookie: pending.cookie }, { code: await currentCode(secret) });
    expect(noCsrf.statusCode).toBe(403);
    expect(noCsrf.json()).toMatchObject({ code: 'csrf_failed' });

    const done = await post('/api/v1/auth/totp', pending.headers, { code: await currentCode(secret) });
    expect(done.statusCode).toBe(200);
    expect(done.json()).toMatchObject({ status: 'ok', user: { email: user.email, totpEnabled: true } });
    const after = await app.server.inject({ method: 'GET', url: '/api/v1/me', headers: pending.headers });
    expect(after.statusCode).toBe(200);
  });

  it('refuses a wrong code', async () => {
    const user = await buildUser(app);
    const { secret } = await enrol(user);
    const pending = await pendingSession(user);
    const valid = await currentCode(secret);
    const wrong = await post('/api/v1/auth/totp', pending.headers, { code: valid === '000000' ? '111111' : '000000' });
    expect(wrong.statusCode).toBe(401);
    expect(wrong.json()).toMatchObject({ code: 'invalid_credentials', field: 'code' });
    const stale = await post('/api/v1/auth/totp', pending.headers, {
      code: await codeAt(secret, new Date(app.clock.now().getTime() - 5 * 60_000)),
    });
    expect(stale.statusCode).toBe(401);
  });

  it('refuses a code that was already used (replay)', async () => {
    const user = await buildUser(app);
    const { secret } = await enrol(user);
    const code = await currentCode(secret);

    const first = await pendingSession(user);
    expect((await post('/api/v1/auth/totp', first.headers, { code })).statusCode).toBe(200);

    const second = await pendingSession(user);
    const replay = await post('/api/v1/auth/totp', second.headers, { code });
    expect(replay.statusCode).toBe(401);
    expect(replay.json()).toMatchObject({ code: 'invalid_credentials' });

    nextStep();
    expect((await post('/api/v1/auth/totp', second.headers, { code: await currentCode(secret) })).statusCode).toBe(200);
  });

  it('accepts the code together with the password in one request', async () => {
    const user = await buildUser(app);
    const { secret } = await enrol(user);
    const response = await loginWithPassword(user, { totp: await currentCode(secret) });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ status: 'ok', user: { email: user.email } });
  });

  it('answers 400 when no sign-in waits for a code', async () => {
    expect((await post('/api/v1/auth/totp', {}, { code: '123456' })).statusCode).toBe(400);
    const session = await signIn(app, await buildUser(app));
    const full = await post('/api/v1/auth/totp', session.headers, { code: '123456' });
    expect(full.statusCode).toBe(400);
    expect(full.json().detail).toContain('No sign-in is waiting');
  });

  it('counts wrong codes towards the lockout', async () => {
    const user = await buildUser(app);
    const { secret } = await enrol(user);
    const pending = await pendingSession(user);
    const valid = await currentCode(secret);
    const wrong = valid === '000000' ? '111111' : '000000';
    for (let i = 0; i < app.config.login.maxAttempts; i++) {
      expect((await post('/api/v1/auth/totp', pending.headers, { code: wrong })).statusCode).toBe(401);
    }
    const locked = await post('/api/v1/auth/totp', pending.headers, { code: valid });
    expect(locked.statusCode).toBe(423);
    app.clock.advance(app.config.login.lockoutMinutes * 60_000);
  });
});

describe('turning two-factor sign-in off', () => {
  it('walks the ladder and then signs in with the password alone', async () => {
    const user = await buildUser(app);
    const { session } = await enrol(user);
    const full = await post('/api/v1/auth/totp', session.headers, { code: '123456' });
    expect(full.statusCode).toBe(400);

    expect((await post('/api/v1/me/totp/disable', {}, { password: user.password })).statusCode).toBe(401);
    const missing = await post('/api/v1/me/totp/disable', session.headers, {});
    expect(missing.statusCode).toBe(400);
    expect(missing.json()).toMatchObject({ field: 'password' });
    const wrong = await post('/api/v1/me/totp/disable', session.headers, { password: 'not the password' });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json()).toMatchObject({ code: 'validation_failed', field: 'password' });

    const off = await post('/api/v1/me/totp/disable', session.headers, { password: user.password });
    expect(off.statusCode).toBe(200);
    expect((await post('/api/v1/me/totp/disable', session.headers, { password: user.password })).statusCode).toBe(409);

    const login = await loginWithPassword(user);
    expect(login.json()).toMatchObject({ status: 'ok' });
  });
});
