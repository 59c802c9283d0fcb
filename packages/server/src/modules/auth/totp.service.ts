import { and, eq, isNull, lt, or } from 'drizzle-orm';
import { generateSecret, generateURI, verify } from 'otplib';
import QRCode from 'qrcode';
import type { TotpSetup } from '@collegium/shared/contracts/auth';
import { inTransaction, type Ctx } from '../../context.js';
import { users } from '../../db/schema/index.js';
import { requireAbility } from '../../lib/access.js';
import { AppError, invalidField, notFound } from '../../lib/app-error.js';
import { recordAudit } from '../../lib/audit.js';
import { verifyPassword } from '../../lib/passwords.js';
import { requireBrowserSession } from './browser-session.js';

const STEP_SECONDS = 30;
const ISSUER = 'Collegium';
const wrongCode = () =>
  new AppError('invalid_credentials', 'The code is not correct. Check the time on your device and try again.', {
    field: 'code',
  });

/**
 * Checks a TOTP code against the user's secret (or a pending one during set-up), allowing one step of
 * clock drift, and refuses a code whose time step was already used. The step is recorded with a
 * conditional update, so two requests racing with the same code cannot both pass.
 */
export async function verifyTotpForUser(ctx: Ctx, userId: string, code: string, secretOverride?: string): Promise<void> {
  const [user] = await ctx.db
    .select({ secret: users.totpSecret, lastStep: users.totpLastStep })
    .from(users)
    .where(eq(users.id, userId))
    .limit(1);
  const secret = secretOverride ?? user?.secret;
  if (!secret) throw new AppError('bad_request', 'Two-factor sign-in is not set up for this account.');
  const epoch = Math.floor(ctx.deps.clock.now().getTime() / 1000);
  const result = await verify({
    secret,
    token: code,
    epoch,
    epochTolerance: STEP_SECONDS,
    ...(user?.lastStep != null ? { afterTimeStep: user.lastStep } : {}),
  });
  if (!result.valid) throw wrongCode();
  const step = 'timeStep' in result ? result.timeStep : Math.floor(epoch / STEP_SECONDS) + result.delta;
  const recorded = await ctx.db
    .update(users)
    .set({ totpLastStep: step })
    .where(and(eq(users.id, userId), or(isNull(users.totpLastStep), lt(users.totpLastStep, step))))
    .returning({ id: users.id });
  if (recorded.length === 0) throw wrongCode();
}

async function loadOwnAccount(ctx: Ctx) {
  const userId = requireBrowserSession(ctx);
  await requireAbility(ctx, 'account:manage', { type: 'user', id: userId });
  const [user] = await ctx.db.select().from(users).where(eq(users.id, userId)).limit(1);
  if (!user) throw notFound('The account');
  return user;
}

/** Offers a new secret; it takes effect only once a code from it is confirmed by enableTotp. */
export async function startTotpSetup(ctx: Ctx): Promise<TotpSetup> {
  const user = await loadOwnAccount(ctx);
  if (user.totpEnabledAt) {
    throw new AppError('conflict', 'Two-factor sign-in is already on. Turn it off first to set up a new device.');
  }
  const secret = generateSecret();
  const otpauthUrl = generateURI({ issuer: ISSUER, label: user.email, secret });
  const qrSvg = await QRCode.toString(otpauthUrl, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' });
  await inTransaction(ctx, async (tx) => {
    await tx.db.update(users).set({ totpPendingSecret: secret, updatedAt: ctx.deps.clock.now() }).where(eq(users.id, user.id));
    await recordAudit(tx, { action: 'account.totp_setup_started', entityType: 'user', entityId: user.id });
  });
  return { secret, otpauthUrl, qrSvg };
}

export async function enableTotp(ctx: Ctx, code: string): Promise<void> {
  const user = await loadOwnAccount(ctx);
  if (user.totpEnabledAt) throw new AppError('conflict', 'Two-factor sign-in is already on.');
  const secret = user.totpPendingSecret;
  if (!secret) throw new AppError('bad_request', 'Start the set-up first: no two-factor secret is waiting for confirmation.');
  await inTransaction(ctx, async (tx) => {
    // A wrong code here is a form error, not a failed sign-in: the person stays signed in.
    await verifyTotpForUser(tx, user.id, code, secret).catch((error: unknown) => {
      if (error instanceof AppError && error.code === 'invalid_credentials') throw invalidField('code', error.message);
      throw error;
    });
    await tx.db
      .update(users)
      .set({ totpSecret: secret, totpPendingSecret: null, totpEnabledAt: ctx.deps.clock.now(), updatedAt: ctx.deps.clock.now() })
      .where(eq(users.id, user.id));
    await recordAudit(tx, { action: 'account.totp_enabled', entityType: 'user', entityId: user.id });
  });
}

export async function disableTotp(ctx: Ctx, password: string): Promise<void> {
  const user = await loadOwnAccount(ctx);
  if (!user.totpEnabledAt) throw new AppError('conflict', 'Two-factor sign-in is not on.');
  if (ctx.deps.config.requireAdminTotp && user.role === 'administrator') {
    throw new AppError('conflict', 'Administrators must keep two-factor sign-in on in this installation.');
  }
  if (!(await verifyPassword(user.passwordHash, password))) throw invalidField('password', 'The password is not correct.');
  await inTransaction(ctx, async (tx) => {
    await tx.db.update(users).set({ ...totpCleared, updatedAt: ctx.deps.clock.now() }).where(eq(users.id, user.id));
    await recordAudit(tx, { action: 'account.totp_disabled', entityType: 'user', entityId: user.id });
  });
}

/** The column values of an account without two-factor sign-in. */
export const totpCleared = { totpSecret: null, totpPendingSecret: null, totpEnabledAt: null, totpLastStep: null } as const;
