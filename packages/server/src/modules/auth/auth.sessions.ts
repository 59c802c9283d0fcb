import { and, eq, gt, isNull, or, sql } from 'drizzle-orm';
import type { InstallationRole } from '@collegium/shared/domain/roles';
import type { Actor, Deps } from '../../context.js';
import type { Tx } from '../../db/client.js';
import { apiTokens, authSessions, users } from '../../db/schema/index.js';
import { AppError } from '../../lib/app-error.js';
import { randomToken, sha256Hex } from '../../lib/crypto.js';
import { credentialCache } from './credential-cache.js';

export const SESSION_COOKIE = 'collegium_session';
export const API_TOKEN_PREFIX = 'clg_';

export interface ResolvedSession {
  id: string;
  userId: string;
  csrfToken: string;
  fullyAuthenticated: boolean;
  mustEnrolTotp: boolean;
  actor: Actor;
  /** what /me shows besides the actor, so it needs no query of its own */
  profile: { locale: string; totpEnabled: boolean };
}

/** Starts a browser session and returns the secret for the cookie; only its hash is stored. */
export async function createAuthSession(
  deps: Deps,
  db: Tx,
  input: { userId: string; fullyAuthenticated: boolean; method: 'password' | 'oidc'; ip?: string; userAgent?: string },
): Promise<{ id: string; token: string; csrfToken: string; expiresAt: Date }> {
  const token = randomToken();
  const csrfToken = randomToken(24);
  const expiresAt = new Date(deps.clock.now().getTime() + deps.config.sessionTtlHours * 3600_000);
  const [row] = await db
    .insert(authSessions)
    .values({
      userId: input.userId,
      tokenHash: sha256Hex(token),
      csrfToken,
      fullyAuthenticated: input.fullyAuthenticated,
      method: input.method,
      ip: input.ip ?? null,
      userAgent: input.userAgent?.slice(0, 500) ?? null,
      expiresAt,
    })
    .returning({ id: authSessions.id });
  return { id: row!.id, token, csrfToken, expiresAt };
}

const LAST_SEEN_RESOLUTION_MS = 60_000;

function userActor(
  user: { userId: string; email: string; displayName: string; role: string },
  credential: { via: 'session'; sessionId: string } | { via: 'token'; tokenId: string },
): Actor {
  const { userId, email, displayName } = user;
  return { kind: 'user', userId, email, displayName, role: user.role as InstallationRole, ...credential };
}

export async function resolveSessionCookie(deps: Deps, token: string): Promise<ResolvedSession | null> {
  const key = `session:${sha256Hex(token)}`;
  const cache = credentialCache<ResolvedSession>(deps);
  const cached = cache.get(key);
  if (cached) return cached;
  const resolved = await loadSession(deps, token);
  if (resolved) cache.set(key, resolved.session.userId, resolved.session, resolved.expiresAt.getTime());
  return resolved?.session ?? null;
}

async function loadSession(deps: Deps, token: string): Promise<{ session: ResolvedSession; expiresAt: Date } | null> {
  const now = deps.clock.now();
  const [row] = await deps.database.db
    .select({
      id: authSessions.id,
      csrfToken: authSessions.csrfToken,
      fullyAuthenticated: authSessions.fullyAuthenticated,
      lastSeenAt: authSessions.lastSeenAt,
      expiresAt: authSessions.expiresAt,
      userId: users.id,
      email: users.email,
      displayName: users.displayName,
      role: users.role,
      locale: users.locale,
      totpEnabledAt: users.totpEnabledAt,
    })
    .from(authSessions)
    .innerJoin(users, eq(users.id, authSessions.userId))
    .where(and(eq(authSessions.tokenHash, sha256Hex(token)), gt(authSessions.expiresAt, now), isNull(users.disabledAt)))
    .limit(1);
  if (!row) return null;
  if (now.getTime() - row.lastSeenAt.getTime() > LAST_SEEN_RESOLUTION_MS) {
    await deps.database.db.update(authSessions).set({ lastSeenAt: now }).where(eq(authSessions.id, row.id));
  }
  const session: ResolvedSession = {
    id: row.id,
    userId: row.userId,
    csrfToken: row.csrfToken,
    fullyAuthenticated: row.fullyAuthenticated,
    mustEnrolTotp: deps.config.requireAdminTotp && row.role === 'administrator' && !row.totpEnabledAt,
    actor: userActor(row, { via: 'session', sessionId: row.id }),
    profile: { locale: row.locale, totpEnabled: row.totpEnabledAt !== null },
  };
  return { session, expiresAt: row.expiresAt };
}

export async function resolveBearer(deps: Deps, token: string): Promise<Actor | null> {
  if (!token.startsWith(API_TOKEN_PREFIX)) return null;
  const key = `token:${sha256Hex(token)}`;
  const cache = credentialCache<Actor>(deps);
  const cached = cache.get(key);
  if (cached) return cached;
  const loaded = await loadBearer(deps, token);
  if (loaded) cache.set(key, loaded.userId, loaded.actor, loaded.expiresAt);
  return loaded?.actor ?? null;
}

async function loadBearer(deps: Deps, token: string): Promise<{ userId: string; actor: Actor; expiresAt: number } | null> {
  const now = deps.clock.now();
  const [row] = await deps.database.db
    .select({
      tokenId: apiTokens.id,
      lastUsedAt: apiTokens.lastUsedAt,
      expiresAt: apiTokens.expiresAt,
      userId: users.id,
      email: users.email,
      displayName: users.displayName,
      role: users.role,
      totpEnabledAt: users.totpEnabledAt,
    })
    .from(apiTokens)
    .innerJoin(users, eq(users.id, apiTokens.userId))
    .where(
      and(
        eq(apiTokens.tokenHash, sha256Hex(token)),
        isNull(apiTokens.revokedAt),
        or(isNull(apiTokens.expiresAt), gt(apiTokens.expiresAt, now)),
        isNull(users.disabledAt),
      ),
    )
    .limit(1);
  if (!row) return null;
  if (deps.config.requireAdminTotp && row.role === 'administrator' && !row.totpEnabledAt) {
    // An administrator's token made before enforcement was switched on must not bypass it.
    throw new AppError('totp_enrolment_required', 'Administrators must set up two-factor sign-in before using API tokens.');
  }
  if (!row.lastUsedAt || now.getTime() - row.lastUsedAt.getTime() > LAST_SEEN_RESOLUTION_MS) {
    await deps.database.db.update(apiTokens).set({ lastUsedAt: now }).where(eq(apiTokens.id, row.tokenId));
  }
  return {
    userId: row.userId,
    expiresAt: row.expiresAt?.getTime() ?? Number.POSITIVE_INFINITY,
    actor: userActor(row, { via: 'token', tokenId: row.tokenId }),
  };
}

export async function endAuthSession(db: Tx, sessionId: string): Promise<void> {
  await db.delete(authSessions).where(eq(authSessions.id, sessionId));
}

/** Ends every session of a user (sign-out everywhere, password change, account disabled). */
export async function endAllAuthSessions(db: Tx, userId: string, exceptSessionId?: string): Promise<number> {
  const rows = await db
    .delete(authSessions)
    .where(
      exceptSessionId
        ? and(eq(authSessions.userId, userId), sql`${authSessions.id} <> ${exceptSessionId}`)
        : eq(authSessions.userId, userId),
    )
    .returning({ id: authSessions.id });
  return rows.length;
}
