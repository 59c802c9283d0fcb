import { beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/harness.js';
import { buildUser, signIn, type TestUser } from '../../test/factories.js';

describe('sign-in', () => {
  let app: TestApp;
  let user: TestUser;

  beforeAll(async () => {
    app = await createTestApp();
    user = await buildUser(app);
  });

  it('signs in with e-mail and password and shows the user', async () => {
    const session = await signIn(app, user);
    const me = await app.server.inject({ method: 'GET', url: '/api/v1/me', headers: { cookie: session.cookie } });
    expect(me.statusCode).toBe(200);
    expect(me.json()).toMatchObject({ email: user.email, role: 'user', totpEnabled: false });
  });

  it('refuses a wrong password with a problem document', async () => {
    const response = await app.server.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: user.email, password: 'wrong password' },
    });
    expect(response.statusCode).toBe(401);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.json()).toMatchObject({ code: 'invalid_credentials', status: 401 });
  });

  it('names the missing field', async () => {
    const response = await app.server.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email: 'a@b.c' } });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ code: 'validation_failed', field: 'password' });
  });

  it('answers 401 to /me without a session', async () => {
    const response = await app.server.inject({ method: 'GET', url: '/api/v1/me' });
    expect(response.statusCode).toBe(401);
  });

  it('tells an anonymous caller to sign in before judging the request body', async () => {
    const response = await app.server.inject({ method: 'POST', url: '/api/v1/me/password', payload: { nonsense: 1 } });
    expect(response.statusCode).toBe(401);
    expect(response.json()).toMatchObject({ code: 'unauthenticated' });
  });

  it('answers unknown routes with 404 problem details', async () => {
    const response = await app.server.inject({ method: 'GET', url: '/api/v1/nothing-here' });
    expect(response.statusCode).toBe(404);
    expect(response.json()).toMatchObject({ code: 'not_found' });
  });

  it('signs out and the cookie stops working', async () => {
    const session = await signIn(app, user);
    const out = await app.server.inject({ method: 'POST', url: '/api/v1/auth/logout', headers: session.headers });
    expect(out.statusCode).toBe(200);
    const me = await app.server.inject({ method: 'GET', url: '/api/v1/me', headers: { cookie: session.cookie } });
    expect(me.statusCode).toBe(401);
  });
});
