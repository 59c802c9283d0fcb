import type { Readable } from 'node:stream';
import { eq } from 'drizzle-orm';
import type { StoredFile } from '@collegium/shared/contracts/files';
import { inTransaction, type Ctx } from '../../context.js';
import { fileUploads, files } from '../../db/schema/index.js';
import { requireAbility } from '../../lib/access.js';
import { AppError, unauthenticated } from '../../lib/app-error.js';
import { recordAudit } from '../../lib/audit.js';

const MAX_NAME_LENGTH = 255;

/** Keeps the last path segment of a client-supplied name, without control characters. */
export function cleanFileName(name: string | undefined): string {
  // eslint-disable-next-line no-control-regex
  const base = (name ?? '').split(/[\\/]/).pop()!.replace(/[\u0000-\u001f\u007f]/g, '').trim();
  return base.slice(0, MAX_NAME_LENGTH) || 'file';
}

/**
 * Stores uploaded bytes and records who uploaded them under which name. The bytes go to the store
 * first: content-addressed, so an upload whose transaction fails leaves at most an unreferenced copy.
 */
export async function uploadFile(
  ctx: Ctx,
  input: { stream: Readable; fileName: string | undefined; declaredType: string | undefined },
): Promise<StoredFile> {
  if (ctx.actor.kind !== 'user') throw unauthenticated();
  await requireAbility(ctx, 'file:upload');
  const userId = ctx.actor.userId;
  const name = cleanFileName(input.fileName);
  const stored = await ctx.deps.files.put(input.stream, input.declaredType ? { declaredType: input.declaredType } : {});
  await inTransaction(ctx, async (tx) => {
    await tx.db.insert(files).values(stored).onConflictDoNothing();
    await tx.db.insert(fileUploads).values({ sha256: stored.sha256, userId, name });
    await recordAudit(tx, {
      action: 'file.upload',
      entityType: 'file',
      entityId: stored.sha256,
      summary: { after: { name, size: stored.size, contentType: stored.contentType } },
    });
  });
  return stored;
}

export interface OpenedFile extends StoredFile {
  name: string;
  stream: Readable;
}

/** Opens a stored file for its uploader or staff; anybody else is told it does not exist. */
export async function openFile(ctx: Ctx, sha256: string): Promise<OpenedFile> {
  const [file] = await ctx.db.select().from(files).where(eq(files.sha256, sha256)).limit(1);
  const uploads = file
    ? await ctx.db
        .select({ userId: fileUploads.userId, name: fileUploads.name, createdAt: fileUploads.createdAt })
        .from(fileUploads)
        .where(eq(fileUploads.sha256, sha256))
    : [];
  await requireAbility(ctx, 'file:read', { type: 'file', uploaderIds: uploads.map((u) => u.userId) }, { hideAs: 'The file' });
  if (!file) throw new AppError('not_found', 'The file was not found.');
  const own = ctx.actor.kind === 'user' ? uploads.find((u) => u.userId === (ctx.actor as { userId: string }).userId) : undefined;
  const name = own?.name ?? uploads[0]?.name ?? file.sha256;
  return { sha256: file.sha256, size: file.size, contentType: file.contentType, name, stream: await ctx.deps.files.open(sha256) };
}
