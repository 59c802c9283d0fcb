import { generateKeyPairSync } from 'node:crypto';
import http from 'node:http';
import net from 'node:net';
import Provider, { type Account, type Configuration, type KoaContextWithOIDC } from 'oidc-provider';

/** What the test provider says about a person; change it between sign-ins to test re-linking. */
export interface TestOidcAccount {
  email?: string;
  email_verified?: boolean;
  name?: string;
}

export interface TestOidcProvider {
  readonly issuer: string;
  readonly clientId: string;
  readonly clientSecret: string;
  /** accounts by subject; the development login form accepts any password for a known subject */
  readonly accounts: Map<string, TestOidcAccount>;
  close(): Promise<void>;
}

/** A TCP port that was free a moment ago, for a server whose URL must be known before it starts. */
export async function freePort(): Promise<number> {
  const probe = net.createServer();
  await new Promise<void>((resolve, reject) => probe.once('error', reject).listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as net.AddressInfo;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}

/**
 * Starts a real OpenID Connect provider (oidc-provider) on 127.0.0.1 with one confidential client.
 * Sign-in goes through its development login form; consent is granted automatically, as for a
 * first-party application.
 */
export async function startTestOidcProvider(options: { redirectUri: string; port?: number }): Promise<TestOidcProvider> {
  const server = http.createServer();
  await new Promise<void>((resolve, reject) =>
    server.once('error', reject).listen(options.port ?? 0, '127.0.0.1', resolve),
  );
  const { port } = server.address() as net.AddressInfo;
  const issuer = `http://127.0.0.1:${port}`;
  const accounts = new Map<string, TestOidcAccount>();
  const clientId = 'collegium-test';
  const clientSecret = 'collegium-test-secret-collegium-test-secret';
  const signingKey = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ format: 'jwk' });

  const configuration: Configuration = {
    clients: [
      {
        client_id: clientId,
        client_secret: clientSecret,
        redirect_uris: [options.redirectUri],
        grant_types: ['authorization_code'],
        response_types: ['code'],
      },
    ],
    jwks: { keys: [{ ...signingKey, kid: 'test-signing-key', use: 'sig', alg: 'RS256' }] } as Configuration['jwks'],
    cookies: { keys: ['oidc-test-cookie-key'] },
    claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'] },
    features: { devInteractions: { enabled: true } },
    pkce: { required: () => true },
    ttl: { AccessToken: 600, AuthorizationCode: 60, Grant: 600, IdToken: 600, Interaction: 600, Session: 600 },
    async findAccount(_ctx, sub): Promise<Account | undefined> {
      if (!accounts.has(sub)) return undefined;
      return { accountId: sub, claims: async () => ({ sub, ...accounts.get(sub) }) };
    },
    async loadExistingGrant(ctx: KoaContextWithOIDC) {
      const { provider, client, session, result } = ctx.oidc;
      const grantId = result?.consent?.grantId ?? session?.grantIdFor(client!.clientId);
      if (grantId) return provider.Grant.find(grantId);
      const grant = new provider.Grant({ clientId: client!.clientId, accountId: session!.accountId! });
      grant.addOIDCScope('openid email profile');
      await grant.save();
      return grant;
    },
  };
  const provider = new Provider(issuer, configuration);
  server.on('request', provider.callback());

  return {
    issuer,
    clientId,
    clientSecret,
    accounts,
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/**
 * A browser stand-in for redirect flows: keeps cookies per origin and follows redirects by hand, so a
 * test can stop at any step (for example to tamper with the callback URL).
 */
export class TestBrowser {
  private readonly jar = new Map<string, Map<string, string>>();

  cookie(origin: string, name: string): string | undefined {
    return this.jar.get(origin)?.get(name);
  }

  cookieHeader(origin: string): string {
    return [...(this.jar.get(origin) ?? new Map<string, string>())].map(([k, v]) => `${k}=${v}`).join('; ');
  }

  async request(url: URL, init: { method?: string; form?: Record<string, string> } = {}): Promise<Response> {
    const headers: Record<string, string> = { cookie: this.cookieHeader(url.origin) };
    if (init.form) headers['content-type'] = 'application/x-www-form-urlencoded';
    const response = await fetch(url, {
      method: init.method ?? 'GET',
      headers,
      body: init.form ? new URLSearchParams(init.form).toString() : undefined,
      redirect: 'manual',
    });
    this.store(url.origin, response.headers.getSetCookie());
    return response;
  }

  /**
   * Sends the request and follows redirects until a page that is not a redirect, or until `stopAt`
   * accepts the next address (which is then returned without being opened).
   */
  async follow(
    start: URL,
    options: { form?: Record<string, string>; stopAt?: (next: URL) => boolean } = {},
  ): Promise<{ url: URL; response?: Response }> {
    let url = start;
    let response = await this.request(url, options.form ? { method: 'POST', form: options.form } : {});
    for (let hops = 0; hops < 20; hops++) {
      const location = response.headers.get('location');
      if (response.status < 300 || response.status >= 400 || !location) return { url, response };
      await response.body?.cancel();
      url = new URL(location, url);
      if (options.stopAt?.(url)) return { url };
      response = await this.request(url);
    }
    throw new Error(`too many redirects, last at ${url.href}`);
  }

  private store(origin: string, setCookies: string[]): void {
    const cookies = this.jar.get(origin) ?? new Map<string, string>();
    this.jar.set(origin, cookies);
    for (const line of setCookies) {
      const [pair = '', ...attributes] = line.split(';');
      const split = pair.indexOf('=');
      const name = pair.slice(0, split).trim();
      const value = pair.slice(split + 1).trim();
      const expired = attributes.some((a) => {
        const [key = '', raw = ''] = a.split('=', 2).map((s) => s.trim());
        if (key.toLowerCase() === 'max-age') return Number(raw) <= 0;
        if (key.toLowerCase() === 'expires') return Date.parse(raw) <= Date.now();
        return false;
      });
      if (expired || value === '') cookies.delete(name);
      else cookies.set(name, value);
    }
  }
}
