import { eq, sql } from 'drizzle-orm';
import type { LoginBody } from '@collegium/shared/contracts/auth';
import { inTransaction, type Ctx } from '../../context.js';
import { authSessions, users } from '../../db/schema/index.js';
import { AppError } from '../../lib/app-error.js';
import { recordAudit } from '../../lib/audit.js';
import { verifyPassword } from '../../lib/passwords.js';
import { createAuthSession, endAllAuthSessions, endAuthSession } from './auth.sessions.js';
import { verifyTotpForUser } from './totp.service.js';

export interface LoginOutcome {
  status: 'ok' | 'totp_required';
  userId: string;
  session: { id: string; token: string; csrfToken: string; expiresAt: Date };
}

const invalidCredentials = () =>
  new AppError('invalid_credentials', 'The e-mail address or password is not correct.');

function refuseWhileLocked(ctx: Ctx, lockedUntil: Date | null): void {
  const now = ctx.deps.clock.now();
  if (!lockedUntil || lockedUntil <= now) return;
  const minutes = Math.ceil((lockedUntil.getTime() - now.getTime()) / 60000);
  throw new AppError('locked', `Too many failed sign-ins. The account is locked for ${minutes} more minute(s).`);
}

/** Counts a wrong password or code; reaching the limit locks the account for a while. */
async function registerFailedSignIn(ctx: Ctx, userId: string, reason: 'password' | 'totp'): Promise<void> {
  const { config, clock } = ctx.deps;
  const now = clock.now();
  await inTransaction(ctx, async (tx) => {
    const [row] = await tx.db
      .update(users)
      .set({ failedLoginCount: sql`${users.failedLoginCount} + 1` })
      .where(eq(users.id, userId))
      .returning({ failures: users.failedLoginCount });
    const failures = row?.failures ?? 0;
    const locks = failures >= config.login.maxAttempts;
    if (locks) {
      await tx.db
        .update(users)
        .set({ failedLoginCount: 0, lockedUntil: new Date(now.getTime() + config.login.lockoutMinutes * 60000) })
        .where(eq(users.id, userId));
    }
    await recordAudit(tx, {
      action: locks ? 'auth.locked' : 'auth.login_failed',
      entityType: 'user',
      entityId: userId,
      summary: { failures, reason },
    });
  });
}

/**
 * Checks e-mail and password. Repeated failures lock the account for a while. A locked account answers
 * `locked` whatever the password, so that the lock cannot be used to test passwords.
 */
export async function login(ctx: Ctx, input: LoginBody): Promise<LoginOutcome> {
  const now = ctx.deps.clock.now();
  const [user] = await ctx.db
    .select()
    .from(users)
    .where(eq(sql`lower(${users.email})`, input.email.trim().toLowerCase()))
    .limit(1);
  const passwordOk = await verifyPassword(user?.passwordHash ?? null, input.password);
  if (!user || user.disabledAt) throw invalidCredentials();
  refuseWhileLocked(ctx, user.lockedUntil);

  if (!passwordOk) {
    await registerFailedSignIn(ctx, user.id, 'password');
    throw invalidCredentials();
  }

  const needsTotp = user.totpEnabledAt !== null;
  if (needsTotp && input.totp !== undefined) {
    await verifyTotpOrCountFailure(ctx, user.id, input.totp);
  }
  const fullyAuthenticated = !needsTotp || input.totp !== undefined;

  return inTransaction(ctx, async (tx) => {
    await tx.db
      .update(users)
      .set({ failedLoginCount: 0, lockedUntil: null, ...(fullyAuthenticated ? { lastLoginAt: now } : {}) })
      .where(eq(users.id, user.id));
    const session = await createAuthSession(ctx.deps, tx.db, {
      userId: user.id,
      fullyAuthenticated,
      method: 'password',
      ip: ctx.origin.ip,
      userAgent: ctx.origin.userAgent,
    });
    await recordAudit(tx, {
      action: fullyAuthenticated ? 'auth.login' : 'auth.password_ok_totp_pending',
      entityType: 'user',
      entityId: user.id,
      summary: { sessionId: session.id },
    });
    return { status: fullyAuthenticated ? 'ok' : 'totp_required', userId: user.id, session };
  });
}

async function verifyTotpOrCountFailure(ctx: Ctx, userId: string, code: string): Promise<void> {
  try {
    await verifyTotpForUser(ctx, userId, code);
  } catch (error) {
    if (error instanceof AppError && error.code === 'invalid_credentials') await registerFailedSignIn(ctx, userId, 'totp');
    throw error;
  }
}

/** Second step of a sign-in with two-factor authentication: upgrades the pending session. */
export async function completeTotpLogin(ctx: Ctx, pending: { sessionId: string; userId: string }, code: string): Promise<void> {
  const [user] = await ctx.db.select({ lockedUntil: users.lockedUntil }).from(users).where(eq(users.id, pending.userId));
  refuseWhileLocked(ctx, user?.lockedUntil ?? null);
  await verifyTotpOrCountFailure(ctx, pending.userId, code);
  await inTransaction(ctx, async (tx) => {
    await tx.db.update(authSessions).set({ fullyAuthenticated: true }).where(eq(authSessions.id, pending.sessionId));
    await tx.db
      .update(users)
      .set({ lastLoginAt: ctx.deps.clock.now(), failedLoginCount: 0 })
      .where(eq(users.id, pending.userId));
    await recordAudit(tx, { action: 'auth.login', entityType: 'user', entityId: pending.userId, summary: { secondFactor: 'totp' } });
  });
}

export async function logout(ctx: Ctx, sessionId: string, userId: string): Promise<void> {
  await inTransaction(ctx, async (tx) => {
    await endAuthSession(tx.db, sessionId);
    await recordAudit(tx, { action: 'auth.logout', entityType: 'user', entityId: userId });
  });
}

export async function logoutEverywhere(ctx: Ctx, userId: string): Promise<number> {
  return inTransaction(ctx, async (tx) => {
    const ended = await endAllAuthSessions(tx.db, userId);
    await recordAudit(tx, { action: 'auth.logout_everywhere', entityType: 'user', entityId: userId, summary: { ended } });
    return ended;
  });
}
