import { generate } from 'otplib';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/harness.js';
import { buildUser, signIn, type Session } from '../../test/factories.js';
import { systemCtx } from '../../context.js';
import { createApiToken } from '../me/api-tokens.service.js';

describe('COLLEGIUM_REQUIRE_ADMIN_TOTP=true', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await createTestApp({ env: { COLLEGIUM_REQUIRE_ADMIN_TOTP: 'true' } });
  });

  const call = (method: 'GET' | 'POST' | 'PATCH', url: string, session: Session, payload?: object) =>
    app.server.inject({ method, url, headers: session.headers, ...(payload ? { payload } : {}) });

  it('lets an administrator without TOTP only see themselves, set TOTP up and sign out', async () => {
    const admin = await signIn(app, await buildUser(app, { role: 'administrator' }));

    const me = await call('GET', '/api/v1/me', admin);
    expect(me.statusCode).toBe(200);
    expect(me.json()).toMatchObject({ role: 'administrator', totpEnabled: false, mustEnrolTotp: true });

    for (const [method, url, payload] of [
      ['GET', '/api/v1/users', undefined],
      ['GET', '/api/v1/audit', undefined],
      ['PATCH', '/api/v1/me', { displayName: 'New name' }],
      ['GET', '/api/v1/me/tokens', undefined],
      ['POST', '/api/v1/me/tokens', { name: 'sneaky' }],
    ] as const) {
      const refused = await call(method, url, admin, payload);
      expect(refused.statusCode, `${method} ${url}`).toBe(403);
      expect(refused.json()).toMatchObject({ code: 'totp_enrolment_required' });
    }

    const setup = await call('POST', '/api/v1/me/totp/setup', admin);
    expect(setup.statusCode).toBe(200);
    const { secret } = setup.json() as { secret: string };
    const code = await generate({ secret, epoch: Math.floor(app.clock.now().getTime() / 1000) });
    expect((await call('POST', '/api/v1/me/totp/enable', admin, { code })).statusCode).toBe(200);

    expect((await call('GET', '/api/v1/me', admin)).json()).toMatchObject({ totpEnabled: true, mustEnrolTotp: false });
    expect((await call('GET', '/api/v1/users', admin)).statusCode).toBe(200);

    const off = await call('POST', '/api/v1/me/totp/disable', admin, { password: 'correct horse battery' });
    expect(off.statusCode).toBe(409);
    expect(off.json().detail).toContain('must keep two-factor');
  });

  it('lets an administrator who has not enrolled sign out', async () => {
    const admin = await signIn(app, await buildUser(app, { role: 'administrator' }));
    expect((await call('POST', '/api/v1/auth/logout', admin)).statusCode).toBe(200);
    expect((await call('GET', '/api/v1/me', admin)).statusCode).toBe(401);
  });

  it("stops an administrator's API token made before enforcement until TOTP is set up", async () => {
    const user = await buildUser(app, { role: 'administrator' });
    const actor = { kind: 'user', userId: user.id, email: user.email, displayName: 'Admin', role: 'administrator', via: 'session' } as const;
    const { token } = await createApiToken({ ...systemCtx(app.deps, 'test'), actor }, { name: 'old script' });
    const response = await app.server.inject({ method: 'GET', url: '/api/v1/me', headers: { authorization: `Bearer ${token}` } });
    expect(response.statusCode).toBe(403);
    expect(response.json()).toMatchObject({ code: 'totp_enrolment_required' });
  });

  it('does not concern other roles', async () => {
    const staff = await signIn(app, await buildUser(app, { role: 'staff' }));
    expect((await call('GET', '/api/v1/me', staff)).json()).toMatchObject({ mustEnrolTotp: false });
    expect((await call('GET', '/api/v1/users', staff)).statusCode).toBe(200);
    expect((await call('PATCH', '/api/v1/me', staff, { locale: 'sl' })).statusCode).toBe(200);
  });
});
