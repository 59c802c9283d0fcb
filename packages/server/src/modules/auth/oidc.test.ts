import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemCtx } from '../../context.js';
import { auditEvents, userIdentities, users } from '../../db/schema/index.js';
import { buildUser } from '../../test/factories.js';
import { createTestApp, type TestApp } from '../../test/harness.js';
import { freePort, startTestOidcProvider, TestBrowser, type TestOidcProvider } from '../../test/oidc-provider.js';
import {
  localReturnPath,
  OIDC_CALLBACK_PATH,
  OidcClient,
  type OidcSignInFailure,
  startOidcSignIn,
} from './oidc.service.js';

describe('single sign-on with OpenID Connect', () => {
  let app: TestApp;
  let provider: TestOidcProvider;
  let appUrl: string;

  beforeAll(async () => {
    const port = await freePort();
    appUrl = `http://127.0.0.1:${port}`;
    provider = await startTestOidcProvider({ redirectUri: `${appUrl}${OIDC_CALLBACK_PATH}` });
    app = await createTestApp({
      env: {
        COLLEGIUM_PUBLIC_URL: appUrl,
        OIDC_ISSUER: provider.issuer,
        OIDC_CLIENT_ID: provider.clientId,
        OIDC_CLIENT_SECRET: provider.clientSecret,
        OIDC_LABEL: 'City account',
      },
    });
    await app.server.listen({ port, host: '127.0.0.1' });
  });

  afterAll(() => provider?.close());

  const leavesTheApi = (next: URL) => next.origin === appUrl && !next.pathname.startsWith('/api/');

  /** Clicks "sign in with City account", logs in at the provider as `subject`, returns where the app lands. */
  async function signInAtProvider(browser: TestBrowser, subject: string, returnTo?: string): Promise<URL> {
    const start = new URL('/api/v1/auth/oidc/start', appUrl);
    if (returnTo !== undefined) start.searchParams.set('returnTo', returnTo);
    let page = await browser.follow(start, { stopAt: leavesTheApi });
    if (page.url.pathname.startsWith('/interaction/')) {
      expect(page.response?.status).toBe(200);
      page = await browser.follow(page.url, {
        form: { prompt: 'login', login: subject, password: 'any password' },
        stopAt: leavesTheApi,
      });
    }
    return page.url;
  }

  const landing = (url: URL) => `${url.pathname}${url.search}`;

  async function me(browser: TestBrowser): Promise<Response> {
    return fetch(`${appUrl}/api/v1/me`, { headers: { cookie: browser.cookieHeader(appUrl) } });
  }

  async function identitiesOf(userId: string) {
    return app.database.db.select().from(userIdentities).where(eq(userIdentities.userId, userId));
  }

  it('announces the provider to the sign-in page', async () => {
    const response = await app.server.inject({ method: 'GET', url: '/api/v1/auth/providers' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({
      password: true,
      oidc: { label: 'City account', startUrl: '/api/v1/auth/oidc/start' },
    });
  });

  it('describes the redirects in the API description', async () => {
    const response = await app.server.inject({ method: 'GET', url: '/api/openapi.json' });
    const paths = (response.json() as { paths: Record<string, { get?: { responses: Record<string, unknown> } }> }).paths;
    for (const path of ['/api/v1/auth/oidc/start', OIDC_CALLBACK_PATH]) {
      expect(Object.keys(paths[path]?.get?.responses ?? {})).toContain('302');
    }
  });

  it('redirects to the provider with PKCE, state and nonce in a sealed HttpOnly cookie', async () => {
    const response = await app.server.inject({ method: 'GET', url: '/api/v1/auth/oidc/start?returnTo=/sessions' });
    expect(response.statusCode).toBe(302);
    const location = new URL(response.headers.location as string);
    expect(location.origin).toBe(provider.issuer);
    expect(Object.fromEntries(location.searchParams)).toMatchObject({
      client_id: provider.clientId,
      redirect_uri: `${appUrl}${OIDC_CALLBACK_PATH}`,
      response_type: 'code',
      scope: 'openid email profile',
      code_challenge_method: 'S256',
    });
    expect(location.searchParams.get('state')).toBeTruthy();
    expect(location.searchParams.get('nonce')).toBeTruthy();
    const cookie = response.cookies.find((c) => c.name === 'collegium_oidc');
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/api/v1/auth/oidc' });
    expect(cookie?.value).not.toContain(location.searchParams.get('state'));
  });

  it('links the account by verified e-mail, signs in and returns to the requested page', async () => {
    const user = await buildUser(app, { email: 'ada.lovelace@example.test' });
    provider.accounts.set('ada', { email: 'Ada.Lovelace@Example.test', email_verified: true, name: 'Ada' });
    const browser = new TestBrowser();

    const landed = await signInAtProvider(browser, 'ada', '/sessions/12?tab=votes');

    expect(landing(landed)).toBe('/sessions/12?tab=votes');
    expect(browser.cookie(appUrl, 'collegium_oidc')).toBeUndefined();
    const response = await me(browser);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ id: user.id, email: user.email });
    expect(await identitiesOf(user.id)).toEqual([
      expect.objectContaining({ issuer: provider.issuer, subject: 'ada', email: 'Ada.Lovelace@Example.test' }),
    ]);
    const audit = await app.database.db.select().from(auditEvents).where(eq(auditEvents.entityId, user.id));
    expect(audit.map((a) => a.action)).toEqual(expect.arrayContaining(['auth.identity_linked', 'auth.login']));
    expect(audit.find((a) => a.action === 'auth.login')?.summary).toMatchObject({ method: 'oidc' });
  });

  it('finds the linked account by issuer and subject the next time, whatever e-mail the provider sends', async () => {
    const user = await buildUser(app, { email: 'grace.hopper@example.test' });
    provider.accounts.set('grace', { email: user.email, email_verified: true });
    expect(landing(await signInAtProvider(new TestBrowser(), 'grace'))).toBe('/');

    provider.accounts.set('grace', { email: 'grace@elsewhere.test', email_verified: false });
    const browser = new TestBrowser();
    expect(landing(await signInAtProvider(browser, 'grace'))).toBe('/');

    expect(await (await me(browser)).json()).toMatchObject({ id: user.id });
    expect(await identitiesOf(user.id)).toHaveLength(1);
  });

  it('refuses an e-mail address the provider has not verified', async () => {
    const user = await buildUser(app, { email: 'unverified@example.test' });
    provider.accounts.set('mallory', { email: user.email, email_verified: false });
    const browser = new TestBrowser();

    expect(landing(await signInAtProvider(browser, 'mallory'))).toBe('/sign-in?error=oidc_unverified_email');

    expect(browser.cookie(appUrl, 'collegium_session')).toBeUndefined();
    expect(await identitiesOf(user.id)).toHaveLength(0);
  });

  it('refuses a verified e-mail address that no account has', async () => {
    provider.accounts.set('stranger', { email: 'stranger@example.test', email_verified: true });
    const browser = new TestBrowser();

    expect(landing(await signInAtProvider(browser, 'stranger'))).toBe('/sign-in?error=oidc_no_account');
    expect(browser.cookie(appUrl, 'collegium_session')).toBeUndefined();
  });

  it('refuses a disabled account', async () => {
    const user = await buildUser(app, { email: 'former.member@example.test' });
    await app.database.db.update(users).set({ disabledAt: new Date() }).where(eq(users.id, user.id));
    provider.accounts.set('former', { email: user.email, email_verified: true });
    const browser = new TestBrowser();

    expect(landing(await signInAtProvider(browser, 'former'))).toBe('/sign-in?error=oidc_account_disabled');
    expect(browser.cookie(appUrl, 'collegium_session')).toBeUndefined();
  });

  it('returns to the sign-in page when the person cancels at the provider', async () => {
    const browser = new TestBrowser();
    const login = await browser.follow(new URL('/api/v1/auth/oidc/start', appUrl), { stopAt: leavesTheApi });
    expect(login.url.pathname).toMatch(/^\/interaction\//);

    const landed = await browser.follow(new URL(`${login.url.pathname}/abort`, login.url), { stopAt: leavesTheApi });

    expect(landing(landed.url)).toBe('/sign-in?error=oidc_failed');
    expect(browser.cookie(appUrl, 'collegium_session')).toBeUndefined();
  });

  describe('refuses a callback that does not belong to the sign-in it claims', () => {
    let user: { id: string; email: string };
    beforeAll(async () => {
      user = await buildUser(app, { email: 'victim@example.test' });
      provider.accounts.set('victim', { email: user.email, email_verified: true });
    });

    async function stopAtCallback(browser: TestBrowser): Promise<URL> {
      const start = new URL('/api/v1/auth/oidc/start', appUrl);
      const atCallback = (next: URL) => next.pathname === OIDC_CALLBACK_PATH;
      const login = await browser.follow(start, { stopAt: atCallback });
      const callback = await browser.follow(login.url, {
        form: { prompt: 'login', login: 'victim', password: 'any password' },
        stopAt: atCallback,
      });
      expect(callback.url.pathname).toBe(OIDC_CALLBACK_PATH);
      expect(callback.url.searchParams.get('code')).toBeTruthy();
      return callback.url;
    }

    it('with a tampered state', async () => {
      const browser = new TestBrowser();
      const callback = await stopAtCallback(browser);
      callback.searchParams.set('state', `${callback.searchParams.get('state')}x`);

      const landed = await browser.follow(callback, { stopAt: leavesTheApi });

      expect(landing(landed.url)).toBe('/sign-in?error=oidc_failed');
      expect(browser.cookie(appUrl, 'collegium_session')).toBeUndefined();
    });

    it('that began in another browser (login cross-site request forgery)', async () => {
      const callback = await stopAtCallback(new TestBrowser());
      const victimBrowser = new TestBrowser();

      const landed = await victimBrowser.follow(callback, { stopAt: leavesTheApi });

      expect(landing(landed.url)).toBe('/sign-in?error=oidc_failed');
      expect(victimBrowser.cookie(appUrl, 'collegium_session')).toBeUndefined();
    });

    it('that comes back after the sign-in attempt expired', async () => {
      const browser = new TestBrowser();
      const callback = await stopAtCallback(browser);
      app.clock.advance(11 * 60_000);

      const landed = await browser.follow(callback, { stopAt: leavesTheApi });

      expect(landing(landed.url)).toBe('/sign-in?error=oidc_failed');
      expect(browser.cookie(appUrl, 'collegium_session')).toBeUndefined();
    });
  });

  it.each(['https://evil.example/', '//evil.example', '/\\evil.example', '/\t/evil.example', 'javascript:alert(1)'])(
    'refuses to return to %j after signing in',
    async (returnTo) => {
      const response = await app.server.inject({
        method: 'GET',
        url: `/api/v1/auth/oidc/start?returnTo=${encodeURIComponent(returnTo)}`,
      });
      expect(response.statusCode).toBe(400);
      expect(response.headers.location).toBeUndefined();
      expect(response.json()).toMatchObject({ code: 'validation_failed', field: 'returnTo' });
    },
  );

  it('retries discovery after the provider was unreachable, then keeps the result', async () => {
    const port = await freePort();
    const settings = { issuer: `http://127.0.0.1:${port}`, clientId: 'late', clientSecret: 'secret', label: 'Late' };
    const client = new OidcClient(settings, appUrl);
    await expect(client.discover()).rejects.toThrow();
    await expect(startOidcSignIn(systemCtx(app.deps, 'test'), { client })).rejects.toMatchObject({
      code: 'oidc_failed',
    } satisfies Partial<OidcSignInFailure>);

    const late = await startTestOidcProvider({ redirectUri: `${appUrl}${OIDC_CALLBACK_PATH}`, port });
    try {
      const configuration = await client.discover();
      expect(configuration.serverMetadata().issuer).toBe(late.issuer);
      expect(await client.discover()).toBe(configuration);
    } finally {
      await late.close();
    }
  });
});

describe('single sign-on when it is not configured', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await createTestApp();
  });

  it('offers only the password', async () => {
    const response = await app.server.inject({ method: 'GET', url: '/api/v1/auth/providers' });
    expect(response.json()).toEqual({ password: true, oidc: null });
  });

  it.each(['/api/v1/auth/oidc/start', '/api/v1/auth/oidc/callback?code=x&state=y'])('answers 404 at %s', async (url) => {
    const response = await app.server.inject({ method: 'GET', url });
    expect(response.statusCode).toBe(404);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.json()).toMatchObject({ code: 'not_found', detail: 'Single sign-on is not configured.' });
  });
});

describe('localReturnPath', () => {
  it('keeps a local path with its query and fragment', () => {
    expect(localReturnPath('/sessions/4?tab=votes#item-2')).toBe('/sessions/4?tab=votes#item-2');
    expect(localReturnPath(undefined)).toBe('/');
    expect(localReturnPath('/a/../b')).toBe('/b');
  });

  it('rejects anything that could leave the site', () => {
    for (const value of ['sessions', 'http://x.test/', '//x.test', '/\\x.test', '/\n/x.test', 'javascript:x']) {
      expect(localReturnPath(value)).toBeNull();
    }
  });
});
