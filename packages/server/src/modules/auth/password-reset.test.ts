import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { passwordResetTokens, users } from '../../db/schema/index.js';
import { sha256Hex } from '../../lib/crypto.js';
import { createTestApp, type TestApp } from '../../test/harness.js';
import { buildUser, signIn, type TestUser } from '../../test/factories.js';
import { PASSWORD_RESET_REQUESTS_PER_MINUTE } from './auth.routes.js';

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp({ env: { COLLEGIUM_PUBLIC_URL: 'https://collegium.example.org' } });
});

const NEW_PASSWORD = 'a brand new passphrase';

let requestsSent = 0;
/** each from its own address, so the per-address limit on this form does not get in the way */
const request = (email: string) =>
  app.server.inject({
    method: 'POST',
    url: '/api/v1/auth/password-reset/request',
    payload: { email },
    remoteAddress: `198.51.100.${++requestsSent}`,
  });
const confirm = (payload: object) =>
  app.server.inject({ method: 'POST', url: '/api/v1/auth/password-reset/confirm', payload });
const login = (email: string, password: string) =>
  app.server.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email, password } });

/** Sends the queued e-mails and returns the tokens of the reset links addressed to `email`. */
async function mailedTokens(email: string): Promise<string[]> {
  await app.jobs.drain();
  const prefix = 'https://collegium.example.org/reset-password?token=';
  return app.mailer.sent
    .filter((m) => m.to === email)
    .map((m) => {
      const start = m.text.indexOf(prefix);
      expect(start).toBeGreaterThan(-1);
      return decodeURIComponent(m.text.slice(start + prefix.length).split(/\s/)[0]!);
    });
}

async function resetToken(user: TestUser): Promise<string> {
  expect((await request(user.email)).json()).toEqual({ ok: true });
  const tokens = await mailedTokens(user.email);
  return tokens[tokens.length - 1]!;
}

describe('asking for a password reset', () => {
  it('answers the same for unknown addresses and sends nothing', async () => {
    const response = await request('nobody-here@example.test');
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ ok: true });
    expect(await mailedTokens('nobody-here@example.test')).toEqual([]);
  });

  it('names a missing address', async () => {
    const response = await app.server.inject({ method: 'POST', url: '/api/v1/auth/password-reset/request', payload: {} });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ field: 'email' });
  });

  it('e-mails a link with a single-use token, stored only as a hash', async () => {
    const user = await buildUser(app, { email: 'Mixed.Case@example.test' });
    const response = await request('  mixed.case@EXAMPLE.test ');
    expect(response.json()).toEqual({ ok: true });
    const [token] = await mailedTokens(user.email);
    expect(token).toBeDefined();
    const mail = app.mailer.sent.find((m) => m.to === user.email)!;
    expect(mail.subject).toContain('Reset');

    const stored = await app.database.db.select().from(passwordResetTokens).where(eq(passwordResetTokens.userId, user.id));
    expect(stored).toHaveLength(1);
    expect(stored[0]!.tokenHash).toBe(sha256Hex(token!));
    expect(stored[0]!.tokenHash).not.toContain(token!);
    expect(stored[0]!.expiresAt.getTime() - app.clock.now().getTime()).toBe(3600_000);
  });

  it('sends at most one e-mail a minute per account', async () => {
    const user = await buildUser(app);
    await request(user.email);
    await request(user.email);
    expect(await mailedTokens(user.email)).toHaveLength(1);
    app.clock.advance(61_000);
    await request(user.email);
    expect(await mailedTokens(user.email)).toHaveLength(2);
  });

  it('sends nothing for a disabled account', async () => {
    const user = await buildUser(app);
    await app.database.db.update(users).set({ disabledAt: app.clock.now() }).where(eq(users.id, user.id));
    await request(user.email);
    expect(await mailedTokens(user.email)).toEqual([]);
  });

  it('limits requests per client address', async () => {
    const send = () =>
      app.server.inject({
        method: 'POST',
        url: '/api/v1/auth/password-reset/request',
        payload: { email: 'flood@example.test' },
        remoteAddress: '192.0.2.44',
      });
    for (let i = 0; i < PASSWORD_RESET_REQUESTS_PER_MINUTE; i++) expect((await send()).statusCode).toBe(200);
    expect((await send()).statusCode).toBe(429);
  });
});

describe('setting the new password', () => {
  it('names invalid fields', async () => {
    const noToken = await confirm({ password: NEW_PASSWORD });
    expect(noToken.statusCode).toBe(400);
    expect(noToken.json()).toMatchObject({ field: 'token' });
    const short = await confirm({ token: 'x'.repeat(43), password: 'short' });
    expect(short.statusCode).toBe(400);
    expect(short.json()).toMatchObject({ field: 'password' });
    const unknown = await confirm({ token: 'x'.repeat(43), password: NEW_PASSWORD });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json()).toMatchObject({ code: 'bad_request', field: 'token' });
    expect(unknown.json().detail).toContain('not valid');
  });

  it('sets the password, ends every session and lifts a lockout', async () => {
    const user = await buildUser(app);
    const session = await signIn(app, user);
    for (let i = 0; i < app.config.login.maxAttempts; i++) await login(user.email, 'wrong password');
    expect((await login(user.email, user.password)).statusCode).toBe(423);

    const token = await resetToken(user);
    const done = await confirm({ token, password: NEW_PASSWORD });
    expect(done.statusCode).toBe(200);
    expect(done.json()).toEqual({ ok: true });

    const me = await app.server.inject({ method: 'GET', url: '/api/v1/me', headers: { cookie: session.cookie } });
    expect(me.statusCode).toBe(401);
    expect((await login(user.email, user.password)).statusCode).toBe(401);
    expect((await login(user.email, NEW_PASSWORD)).statusCode).toBe(200);
  });

  it('refuses a token the second time', async () => {
    const user = await buildUser(app);
    const token = await resetToken(user);
    expect((await confirm({ token, password: NEW_PASSWORD })).statusCode).toBe(200);
    const again = await confirm({ token, password: 'yet another passphrase' });
    expect(again.statusCode).toBe(400);
    expect(again.json().detail).toContain('already used');
    expect((await login(user.email, NEW_PASSWORD)).statusCode).toBe(200);
  });

  it('refuses a token after an hour', async () => {
    const user = await buildUser(app);
    const token = await resetToken(user);
    app.clock.advance(3600_000 + 1000);
    const late = await confirm({ token, password: NEW_PASSWORD });
    expect(late.statusCode).toBe(400);
    expect(late.json().detail).toContain('expired');
  });

  it('uses up the other outstanding links of the account', async () => {
    const user = await buildUser(app);
    const first = await resetToken(user);
    app.clock.advance(61_000);
    const second = await resetToken(user);
    expect((await confirm({ token: second, password: NEW_PASSWORD })).statusCode).toBe(200);
    expect((await confirm({ token: first, password: 'yet another passphrase' })).json().detail).toContain('already used');
  });
});
