import { and, eq, gt, isNull, sql } from 'drizzle-orm';
import { inTransaction, type Ctx } from '../../context.js';
import { passwordResetTokens, users } from '../../db/schema/index.js';
import { SEND_MAIL } from '../../jobs/definitions/send-mail.job.js';
import { AppError } from '../../lib/app-error.js';
import { recordAudit } from '../../lib/audit.js';
import { randomToken, sha256Hex } from '../../lib/crypto.js';
import { hashPassword } from '../../lib/passwords.js';
import { endAllAuthSessions } from './auth.sessions.js';

export const RESET_TOKEN_TTL_MS = 3600_000;
/** a new account's "set your password" link has to survive a weekend */
export const INVITATION_TOKEN_TTL_MS = 72 * 3600_000;
/** one reset e-mail per account per minute, so the form cannot be used to flood a mailbox */
const RESEND_AFTER_MS = 60_000;

type MailKind = 'reset' | 'invitation';

function resetMail(kind: MailKind, link: string, displayName: string): { subject: string; text: string } {
  if (kind === 'invitation') {
    return {
      subject: 'Your Collegium account',
      text:
        `Hello ${displayName},\n\nan account in Collegium was created for you. Choose your password here:\n\n${link}\n\n` +
        `The link works once and for 72 hours. If it has expired, use "Forgot your password?" on the sign-in page.\n`,
    };
  }
  return {
    subject: 'Reset your Collegium password',
    text:
      `Hello ${displayName},\n\nsomeone (hopefully you) asked to reset the password of your Collegium account. ` +
      `Choose a new password here:\n\n${link}\n\nThe link works once and for one hour. ` +
      `If you did not ask for this, ignore this e-mail; your password stays as it is.\n`,
  };
}

/**
 * Creates a single-use token (only its hash is stored) and enqueues the e-mail carrying it, both through
 * the caller's transaction.
 */
export async function sendPasswordResetMail(
  tx: Ctx,
  user: { id: string; email: string; displayName: string },
  kind: MailKind,
): Promise<void> {
  const token = randomToken();
  const ttl = kind === 'invitation' ? INVITATION_TOKEN_TTL_MS : RESET_TOKEN_TTL_MS;
  await tx.db.insert(passwordResetTokens).values({
    userId: user.id,
    tokenHash: sha256Hex(token),
    expiresAt: new Date(tx.deps.clock.now().getTime() + ttl),
    createdAt: tx.deps.clock.now(),
  });
  const link = `${tx.deps.config.publicUrl}/reset-password?token=${encodeURIComponent(token)}`;
  await tx.deps.jobs.enqueue(tx.db, SEND_MAIL, { to: user.email, ...resetMail(kind, link, user.displayName) });
}

/** Always answers the same way, whether or not the address belongs to an account. */
export async function requestPasswordReset(ctx: Ctx, email: string): Promise<void> {
  const [user] = await ctx.db
    .select()
    .from(users)
    .where(eq(sql`lower(${users.email})`, email.trim().toLowerCase()))
    .limit(1);
  if (!user || user.disabledAt) return;
  const now = ctx.deps.clock.now();
  const [recent] = await ctx.db
    .select({ id: passwordResetTokens.id })
    .from(passwordResetTokens)
    .where(
      and(
        eq(passwordResetTokens.userId, user.id),
        isNull(passwordResetTokens.usedAt),
        gt(passwordResetTokens.createdAt, new Date(now.getTime() - RESEND_AFTER_MS)),
      ),
    )
    .limit(1);
  if (recent) return;
  await inTransaction(ctx, async (tx) => {
    await sendPasswordResetMail(tx, user, 'reset');
    await recordAudit(tx, { action: 'auth.password_reset_requested', entityType: 'user', entityId: user.id });
  });
}

const invalidLink = (message: string) => new AppError('bad_request', message, { field: 'token' });

/** Sets the new password, uses up the token, ends every session and lifts a lockout. */
export async function confirmPasswordReset(ctx: Ctx, input: { token: string; password: string }): Promise<void> {
  const now = ctx.deps.clock.now();
  const [row] = await ctx.db
    .select({ token: passwordResetTokens, disabledAt: users.disabledAt })
    .from(passwordResetTokens)
    .innerJoin(users, eq(users.id, passwordResetTokens.userId))
    .where(eq(passwordResetTokens.tokenHash, sha256Hex(input.token)))
    .limit(1);
  if (!row || row.disabledAt) {
    throw invalidLink('This password link is not valid. Copy the whole link from the e-mail, or ask for a new one.');
  }
  if (row.token.usedAt) throw invalidLink('This password link was already used. Ask for a new one if you need it.');
  if (row.token.expiresAt <= now) throw invalidLink('This password link has expired. Ask for a new one.');
  const userId = row.token.userId;
  const passwordHash = await hashPassword(input.password);
  await inTransaction(ctx, async (tx) => {
    const used = await tx.db
      .update(passwordResetTokens)
      .set({ usedAt: now })
      .where(and(eq(passwordResetTokens.id, row.token.id), isNull(passwordResetTokens.usedAt)))
      .returning({ id: passwordResetTokens.id });
    if (used.length === 0) throw invalidLink('This password link was already used. Ask for a new one if you need it.');
    await expirePasswordResetTokens(tx, userId);
    await tx.db
      .update(users)
      .set({ passwordHash, failedLoginCount: 0, lockedUntil: null, updatedAt: now })
      .where(eq(users.id, userId));
    const ended = await endAllAuthSessions(tx.db, userId);
    await recordAudit(tx, { action: 'auth.password_reset', entityType: 'user', entityId: userId, summary: { sessionsEnded: ended } });
  });
}

/** Other outstanding links stop working once the password is changed some other way. */
export async function expirePasswordResetTokens(tx: Ctx, userId: string): Promise<void> {
  await tx.db
    .update(passwordResetTokens)
    .set({ usedAt: tx.deps.clock.now() })
    .where(and(eq(passwordResetTokens.userId, userId), isNull(passwordResetTokens.usedAt)));
}
