import { eq } from 'drizzle-orm';
import { generateSecret, generateURI, verify } from 'otplib';
import QRCode from 'qrcode';
import type { Ctx } from '../../context.js';
import { users } from '../../db/schema/index.js';
import { AppError } from '../../lib/app-error.js';

const STEP_SECONDS = 30;
const wrongCode = () => new AppError('invalid_credentials', 'The code is not correct. Check the time on your device and try again.', { field: 'code' });

/**
 * Checks a TOTP code against the user's secret, allowing one step of clock drift, and refuses a code
 * whose time step was already used (replay protection).
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
  const result = await verify({ secret, token: code, epoch, epochTolerance: STEP_SECONDS });
  if (!result.valid) throw wrongCode();
  const step = Math.floor(epoch / STEP_SECONDS) + (result.delta ?? 0);
  if (user?.lastStep !== null && user?.lastStep !== undefined && step <= user.lastStep) throw wrongCode();
  await ctx.db.update(users).set({ totpLastStep: step }).where(eq(users.id, userId));
}

export async function newTotpSecret(label: string): Promise<{ secret: string; otpauthUrl: string; qrSvg: string }> {
  const secret = generateSecret();
  const otpauthUrl = generateURI({ issuer: 'Collegium', label, secret });
  const qrSvg = await QRCode.toString(otpauthUrl, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' });
  return { secret, otpauthUrl, qrSvg };
}
