import { and, desc, eq, isNull } from 'drizzle-orm';
import type { ApiToken, CreateApiTokenBody, CreatedApiToken } from '@collegium/shared/contracts/auth';
import { inTransaction, type Ctx } from '../../context.js';
import { apiTokens } from '../../db/schema/index.js';
import { requireAbility } from '../../lib/access.js';
import { notFound } from '../../lib/app-error.js';
import { recordAudit } from '../../lib/audit.js';
import { randomToken, sha256Hex } from '../../lib/crypto.js';
import { API_TOKEN_PREFIX } from '../auth/auth.sessions.js';
import { requireBrowserSession } from '../auth/browser-session.js';

/** enough of the token for a person to tell tokens apart, far too little to guess the rest */
const SHOWN_PREFIX_LENGTH = API_TOKEN_PREFIX.length + 6;

type ApiTokenRow = typeof apiTokens.$inferSelect;

function presentApiToken(row: ApiTokenRow): ApiToken {
  return {
    id: row.id,
    name: row.name,
    prefix: row.prefix,
    createdAt: row.createdAt.toISOString(),
    lastUsedAt: row.lastUsedAt?.toISOString() ?? null,
    expiresAt: row.expiresAt?.toISOString() ?? null,
  };
}

async function ownAccount(ctx: Ctx): Promise<string> {
  const userId = requireBrowserSession(ctx);
  await requireAbility(ctx, 'account:manage', { type: 'user', id: userId });
  return userId;
}

/** The signed-in user's tokens that were not revoked, expired ones included so they can be tidied up. */
export async function listApiTokens(ctx: Ctx): Promise<ApiToken[]> {
  const userId = await ownAccount(ctx);
  const rows = await ctx.db
    .select()
    .from(apiTokens)
    .where(and(eq(apiTokens.userId, userId), isNull(apiTokens.revokedAt)))
    .orderBy(desc(apiTokens.createdAt));
  return rows.map(presentApiToken);
}

/** Creates a token; the secret is returned this once and only its SHA-256 is kept. */
export async function createApiToken(ctx: Ctx, input: CreateApiTokenBody): Promise<CreatedApiToken> {
  const userId = await ownAccount(ctx);
  const now = ctx.deps.clock.now();
  const token = `${API_TOKEN_PREFIX}${randomToken()}`;
  const expiresAt = input.expiresInDays ? new Date(now.getTime() + input.expiresInDays * 86400_000) : null;
  return inTransaction(ctx, async (tx) => {
    const [row] = await tx.db
      .insert(apiTokens)
      .values({
        userId,
        name: input.name.trim(),
        prefix: token.slice(0, SHOWN_PREFIX_LENGTH),
        tokenHash: sha256Hex(token),
        expiresAt,
        createdAt: now,
      })
      .returning();
    await recordAudit(tx, {
      action: 'api_token.create',
      entityType: 'api_token',
      entityId: row!.id,
      summary: { after: { name: row!.name, prefix: row!.prefix, expiresAt: row!.expiresAt } },
    });
    return { ...presentApiToken(row!), token };
  });
}

export async function revokeApiToken(ctx: Ctx, tokenId: string): Promise<void> {
  const userId = await ownAccount(ctx);
  await inTransaction(ctx, async (tx) => {
    const [row] = await tx.db
      .update(apiTokens)
      .set({ revokedAt: ctx.deps.clock.now() })
      .where(and(eq(apiTokens.id, tokenId), eq(apiTokens.userId, userId), isNull(apiTokens.revokedAt)))
      .returning({ name: apiTokens.name, prefix: apiTokens.prefix });
    if (!row) throw notFound('The API token');
    await recordAudit(tx, { action: 'api_token.revoke', entityType: 'api_token', entityId: tokenId, summary: { before: row } });
  });
}
