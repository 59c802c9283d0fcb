import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import * as openid from 'openid-client';
import type { AuthProviders } from '@collegium/shared/contracts/auth';
import type { OidcSignInError } from '@collegium/shared/contracts/oidc';
import type { Config } from '../../config.js';
import { inTransaction, type Ctx } from '../../context.js';
import { settings, userIdentities, users } from '../../db/schema/index.js';
import { invalidField } from '../../lib/app-error.js';
import { recordAudit } from '../../lib/audit.js';
import { createAuthSession } from './auth.sessions.js';

export const OIDC_START_PATH = '/api/v1/auth/oidc/start';
export const OIDC_CALLBACK_PATH = '/api/v1/auth/oidc/callback';
/** Carries state, nonce, PKCE verifier and return path from the start to the callback, encrypted. */
export const OIDC_TRANSACTION_COOKIE = 'collegium_oidc';
export const OIDC_TRANSACTION_TTL_SECONDS = 600;

const SCOPE = 'openid email profile';
const TRANSACTION_KEY_SETTING = 'auth.oidc_transaction_key';

type OidcSettings = NonNullable<Config['oidc']>;

/** A sign-in that ends on the sign-in page with an error code the web app translates. */
export class OidcSignInFailure extends Error {
  constructor(
    readonly code: OidcSignInError,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/**
 * The relying party for the configured provider. Discovery happens on first use and its result is kept;
 * after a failed discovery the next sign-in tries again, so a provider that was down at boot is picked up.
 */
export class OidcClient {
  readonly redirectUri: string;
  private configuration: Promise<openid.Configuration> | undefined;
  private transactionKey: Promise<Buffer> | undefined;

  constructor(
    readonly settings: OidcSettings,
    publicUrl: string,
  ) {
    this.redirectUri = `${publicUrl}${OIDC_CALLBACK_PATH}`;
  }

  discover(): Promise<openid.Configuration> {
    this.configuration ??= discoverProvider(this.settings).catch((error: unknown) => {
      this.configuration = undefined;
      throw error;
    });
    return this.configuration;
  }

  /** The installation's cookie key, kept in the database so every instance can open every cookie. */
  cookieKey(ctx: Ctx): Promise<Buffer> {
    this.transactionKey ??= loadTransactionKey(ctx).catch((error: unknown) => {
      this.transactionKey = undefined;
      throw error;
    });
    return this.transactionKey;
  }
}

const isLoopback = (hostname: string) => ['localhost', '127.0.0.1', '[::1]'].includes(hostname);

async function discoverProvider(oidc: OidcSettings): Promise<openid.Configuration> {
  const issuer = new URL(oidc.issuer);
  const plainHttp = issuer.protocol === 'http:';
  if (plainHttp && !isLoopback(issuer.hostname)) {
    throw new Error('OIDC_ISSUER must use https:// unless the provider runs on this machine');
  }
  return openid.discovery(issuer, oidc.clientId, oidc.clientSecret, clientAuthentication(oidc.clientSecret), {
    timeout: 10,
    ...(plainHttp ? { execute: [openid.allowInsecureRequests] } : {}),
  });
}

/** client_secret_basic where the provider offers it (the OAuth default), else client_secret_post. */
function clientAuthentication(secret: string | undefined): openid.ClientAuth {
  if (!secret) return openid.None();
  const basic = openid.ClientSecretBasic(secret);
  const post = openid.ClientSecretPost(secret);
  return (as, client, body, headers) => {
    const offered = as.token_endpoint_auth_methods_supported ?? ['client_secret_basic'];
    (offered.includes('client_secret_basic') ? basic : post)(as, client, body, headers);
  };
}

async function loadTransactionKey(ctx: Ctx): Promise<Buffer> {
  await ctx.db
    .insert(settings)
    .values({ key: TRANSACTION_KEY_SETTING, value: { key: randomBytes(32).toString('base64') } })
    .onConflictDoNothing();
  const [row] = await ctx.db.select().from(settings).where(eq(settings.key, TRANSACTION_KEY_SETTING));
  const key = Buffer.from((row?.value as { key?: string } | undefined)?.key ?? '', 'base64');
  if (key.length !== 32) throw new Error(`setting ${TRANSACTION_KEY_SETTING} does not hold a 32-byte key`);
  return key;
}

interface Transaction {
  state: string;
  nonce: string;
  codeVerifier: string;
  returnTo: string;
  expiresAt: number;
}

const COOKIE_AAD = Buffer.from(OIDC_TRANSACTION_COOKIE);

function sealTransaction(key: Buffer, transaction: Transaction): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv).setAAD(COOKIE_AAD);
  const body = Buffer.concat([cipher.update(JSON.stringify(transaction), 'utf8'), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64url');
}

function openTransaction(key: Buffer, sealed: string): Transaction | null {
  const raw = Buffer.from(sealed, 'base64url');
  if (raw.length <= 28) return null;
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, raw.subarray(0, 12)).setAAD(COOKIE_AAD);
    decipher.setAuthTag(raw.subarray(12, 28));
    const json = Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8');
    const value = JSON.parse(json) as Partial<Transaction>;
    const strings = [value.state, value.nonce, value.codeVerifier, value.returnTo];
    if (strings.some((s) => typeof s !== 'string') || typeof value.expiresAt !== 'number') return null;
    return value as Transaction;
  } catch {
    return null;
  }
}

/**
 * Accepts only a path on this site ("/sessions/4?tab=votes") and returns it normalised; rejects anything
 * a browser could read as another origin ("//evil.example", "/\evil.example", "https://…").
 */
export function localReturnPath(value: string | undefined): string | null {
  if (value === undefined || value === '') return '/';
  // eslint-disable-next-line no-control-regex
  if (!value.startsWith('/') || value.startsWith('//') || /[\\\u0000-\u001f\u007f]/.test(value)) return null;
  const base = new URL('http://collegium.invalid');
  const url = new URL(value, base);
  if (url.origin !== base.origin) return null;
  return `${url.pathname}${url.search}${url.hash}`;
}

export function listAuthProviders(config: Config): AuthProviders {
  return {
    password: true,
    oidc: config.oidc ? { label: config.oidc.label, startUrl: OIDC_START_PATH } : null,
  };
}

async function discoverOrFail(client: OidcClient): Promise<openid.Configuration> {
  try {
    return await client.discover();
  } catch (error) {
    throw new OidcSignInFailure('oidc_failed', 'The single sign-on provider could not be reached.', { cause: error });
  }
}

/** Prepares the redirect to the provider and the sealed cookie that the callback will check it against. */
export async function startOidcSignIn(
  ctx: Ctx,
  input: { client: OidcClient; returnTo?: string | undefined },
): Promise<{ location: string; transactionCookie: string }> {
  const returnTo = localReturnPath(input.returnTo);
  if (!returnTo) throw invalidField('returnTo', 'returnTo must be a path on this site, such as /sessions.');
  const configuration = await discoverOrFail(input.client);
  const transaction: Transaction = {
    state: openid.randomState(),
    nonce: openid.randomNonce(),
    codeVerifier: openid.randomPKCECodeVerifier(),
    returnTo,
    expiresAt: ctx.deps.clock.now().getTime() + OIDC_TRANSACTION_TTL_SECONDS * 1000,
  };
  const location = openid.buildAuthorizationUrl(configuration, {
    redirect_uri: input.client.redirectUri,
    scope: SCOPE,
    state: transaction.state,
    nonce: transaction.nonce,
    code_challenge: await openid.calculatePKCECodeChallenge(transaction.codeVerifier),
    code_challenge_method: 'S256',
  });
  return { location: location.href, transactionCookie: sealTransaction(await input.client.cookieKey(ctx), transaction) };
}

interface ProviderProfile {
  issuer: string;
  subject: string;
  email: string | undefined;
  emailVerified: boolean;
}

/** Exchanges the code (checking state, nonce and PKCE) and reads who the provider says signed in. */
async function readProviderProfile(
  client: OidcClient,
  callbackQuery: string,
  transaction: Transaction,
): Promise<ProviderProfile> {
  const configuration = await discoverOrFail(client);
  const currentUrl = new URL(client.redirectUri);
  currentUrl.search = callbackQuery;
  try {
    const tokens = await openid.authorizationCodeGrant(configuration, currentUrl, {
      pkceCodeVerifier: transaction.codeVerifier,
      expectedState: transaction.state,
      expectedNonce: transaction.nonce,
    });
    const idToken = tokens.claims()!;
    // Providers often put e-mail claims only into the UserInfo response, not into the ID token.
    const claims =
      idToken.email === undefined && configuration.serverMetadata().userinfo_endpoint
        ? await openid.fetchUserInfo(configuration, tokens.access_token, idToken.sub)
        : idToken;
    return {
      issuer: idToken.iss,
      subject: idToken.sub,
      email: typeof claims.email === 'string' ? claims.email.trim() : undefined,
      // Some providers send the flag as the string "true".
      emailVerified: claims.email_verified === true || claims.email_verified === 'true',
    };
  } catch (error) {
    throw new OidcSignInFailure('oidc_failed', 'The single sign-on provider did not confirm the sign-in.', {
      cause: error,
    });
  }
}

export interface OidcSignInResult {
  userId: string;
  returnTo: string;
  session: { id: string; token: string; csrfToken: string; expiresAt: Date };
}

/**
 * Completes a sign-in at the callback. The provider's account is found by (issuer, subject); the first
 * time, it is linked to the local account with the same e-mail address, but only when the provider says
 * that address is verified. Throws OidcSignInFailure with the reason otherwise.
 */
export async function completeOidcSignIn(
  ctx: Ctx,
  input: { client: OidcClient; callbackQuery: string; transactionCookie: string | undefined },
): Promise<OidcSignInResult> {
  const transaction = input.transactionCookie
    ? openTransaction(await input.client.cookieKey(ctx), input.transactionCookie)
    : null;
  if (!transaction || transaction.expiresAt < ctx.deps.clock.now().getTime()) {
    throw new OidcSignInFailure('oidc_failed', 'The sign-in attempt is unknown, expired or began in another browser.');
  }
  const profile = await readProviderProfile(input.client, input.callbackQuery, transaction);

  return inTransaction(ctx, async (tx) => {
    const userId = (await findLinkedUser(tx, profile)) ?? (await linkByVerifiedEmail(tx, profile));
    await tx.db.update(users).set({ lastLoginAt: ctx.deps.clock.now() }).where(eq(users.id, userId));
    const session = await createAuthSession(ctx.deps, tx.db, {
      userId,
      fullyAuthenticated: true,
      method: 'oidc',
      ip: ctx.origin.ip,
      userAgent: ctx.origin.userAgent,
    });
    await recordAudit(tx, {
      action: 'auth.login',
      entityType: 'user',
      entityId: userId,
      summary: { method: 'oidc', sessionId: session.id },
    });
    return { userId, returnTo: localReturnPath(transaction.returnTo) ?? '/', session };
  });
}

const accountDisabled = () =>
  new OidcSignInFailure('oidc_account_disabled', 'The account linked to this sign-in is disabled.');

async function findLinkedUser(ctx: Ctx, profile: ProviderProfile): Promise<string | null> {
  const [linked] = await ctx.db
    .select({ userId: users.id, disabledAt: users.disabledAt })
    .from(userIdentities)
    .innerJoin(users, eq(users.id, userIdentities.userId))
    .where(and(eq(userIdentities.issuer, profile.issuer), eq(userIdentities.subject, profile.subject)))
    .limit(1);
  if (!linked) return null;
  if (linked.disabledAt) throw accountDisabled();
  return linked.userId;
}

async function linkByVerifiedEmail(ctx: Ctx, profile: ProviderProfile): Promise<string> {
  if (!profile.email || !profile.emailVerified) {
    throw new OidcSignInFailure('oidc_unverified_email', 'The provider did not confirm the e-mail address.');
  }
  const [user] = await ctx.db
    .select({ id: users.id, disabledAt: users.disabledAt })
    .from(users)
    .where(eq(sql`lower(${users.email})`, profile.email.toLowerCase()))
    .limit(1);
  if (!user) throw new OidcSignInFailure('oidc_no_account', 'No account has the e-mail address the provider gave.');
  if (user.disabledAt) throw accountDisabled();
  await ctx.db
    .insert(userIdentities)
    .values({ userId: user.id, issuer: profile.issuer, subject: profile.subject, email: profile.email })
    .onConflictDoNothing();
  await recordAudit(ctx, {
    action: 'auth.identity_linked',
    entityType: 'user',
    entityId: user.id,
    summary: { issuer: profile.issuer, subject: profile.subject, email: profile.email },
  });
  return user.id;
}
