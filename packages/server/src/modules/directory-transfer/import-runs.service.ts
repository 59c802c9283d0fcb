import { and, eq } from 'drizzle-orm';
import type { ImportRun, TransferDataset } from '@collegium/shared/contracts/directory-transfer';
import { can } from '@collegium/shared/domain/policy';
import type { InstallationRole } from '@collegium/shared/domain/roles';
import { inTransaction, type Ctx, type Deps } from '../../context.js';
import { importRuns, users } from '../../db/schema/index.js';
import { allows } from '../../lib/access.js';
import { AppError, notFound, unauthenticated } from '../../lib/app-error.js';
import { runDirectoryImport } from './directory-import.service.js';
import { importProgress, presentRun, type ImportRunRow } from './import-runs.progress.js';
import { requireTransferAbility } from './transfer.access.js';
import { contentTypes, readTable } from './transfer.files.js';

/** Files up to this size are imported within the request; larger ones by a durable job, with progress. */
export const INLINE_IMPORT_MAX_BYTES = 256 * 1024;
export const DIRECTORY_IMPORT_JOB = 'directory.import';

function requireUser(ctx: Ctx) {
  if (ctx.actor.kind !== 'user') throw unauthenticated();
  return ctx.actor;
}

/** The run, for the user who started it and for administrators; for anyone else it does not exist. */
async function visibleRun(ctx: Ctx, id: string): Promise<ImportRunRow> {
  const actor = requireUser(ctx);
  const [row] = await ctx.db.select().from(importRuns).where(eq(importRuns.id, id)).limit(1);
  if (!row || (row.createdByUserId !== actor.userId && !(await allows(ctx, 'installation:administer')))) {
    throw notFound('The import');
  }
  return row;
}

/**
 * Reads an uploaded file, keeps its bytes in the file store and starts a run: a dry run by default. Problems
 * with the file as a whole answer 4xx at once; row problems are in the run's report.
 */
export async function startImport(
  ctx: Ctx,
  input: { dataset: TransferDataset; dryRun: boolean; fileName: string; bytes: Buffer },
): Promise<ImportRun> {
  const actor = requireUser(ctx);
  await requireTransferAbility(ctx, 'import', input.dataset);
  const { format } = await readTable(input.bytes, input.dataset);
  const stored = await ctx.deps.files.put(input.bytes, { declaredType: contentTypes[format].split(';')[0]! });
  const [run] = await ctx.db
    .insert(importRuns)
    .values({
      dataset: input.dataset,
      format,
      fileName: input.fileName,
      fileSha256: stored.sha256,
      fileSize: stored.size,
      dryRun: input.dryRun,
      createdByUserId: actor.userId,
      actorLabel: actor.email,
    })
    .returning();
  return launch(ctx, run!);
}

/** Applies a dry-run'd file without uploading it again. Only a finished dry run without error rows can be confirmed. */
export async function confirmImport(ctx: Ctx, id: string): Promise<ImportRun> {
  const run = await visibleRun(ctx, id);
  await requireTransferAbility(ctx, 'import', run.dataset as TransferDataset);
  if (!run.dryRun || run.status !== 'checked') {
    throw new AppError('conflict', 'Only a finished dry run can be confirmed; this import has already been confirmed or is still running.', {
      field: 'status',
    });
  }
  const errors = (run.counts as { error?: number }).error ?? 0;
  if (errors > 0) {
    throw new AppError('unprocessable', `The dry run found ${errors} row${errors === 1 ? '' : 's'} with errors; correct the file and upload it again.`);
  }
  const [queued] = await ctx.db
    .update(importRuns)
    .set({ dryRun: false, status: 'queued', processed: 0, counts: {}, report: [], message: null, finishedAt: null, updatedAt: ctx.deps.clock.now() })
    .where(and(eq(importRuns.id, id), eq(importRuns.status, 'checked'), eq(importRuns.dryRun, true)))
    .returning();
  // someone confirmed it a moment earlier
  if (!queued) throw new AppError('conflict', 'This import has already been confirmed.', { field: 'status' });
  return launch(ctx, queued);
}

/** Small files run now; larger ones go to a job and the caller polls the run. */
async function launch(ctx: Ctx, run: ImportRunRow): Promise<ImportRun> {
  const actor = requireUser(ctx);
  if (run.fileSize <= INLINE_IMPORT_MAX_BYTES) {
    await executeImportRun(ctx, run);
  } else {
    await inTransaction(ctx, (tx) => ctx.deps.jobs.enqueue(tx.db, DIRECTORY_IMPORT_JOB, { runId: run.id, userId: actor.userId }));
  }
  return getImportRun(ctx, run.id);
}

export async function getImportRun(ctx: Ctx, id: string): Promise<ImportRun> {
  const actor = requireUser(ctx);
  // A running import holds its transaction; on the embedded database nothing else can read until it ends.
  const active = importProgress(ctx.deps).get(id);
  const administers = can({ userId: actor.userId, role: actor.role, bodyRoles: new Map(), organizationId: null }, 'installation:administer');
  if (active && (active.createdByUserId === actor.userId || administers)) return active.snapshot();
  return presentRun(await visibleRun(ctx, id));
}

async function readStoredBytes(deps: Deps, sha256: string): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of await deps.files.open(sha256)) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** Runs one import run to its end and records the outcome; never throws for what the file contains. */
export async function executeImportRun(ctx: Ctx, run: ImportRunRow): Promise<void> {
  const { deps } = ctx;
  const db = deps.database.db;
  const progress = importProgress(deps).begin(run);
  const record = (values: Partial<typeof importRuns.$inferInsert>) =>
    db.update(importRuns).set({ ...values, updatedAt: deps.clock.now() }).where(eq(importRuns.id, run.id));
  try {
    await record({ status: 'running', processed: 0 });
    const result = await runDirectoryImport(
      { ...ctx, db },
      {
        dataset: run.dataset as TransferDataset,
        bytes: await readStoredBytes(deps, run.fileSha256),
        dryRun: run.dryRun,
        runId: run.id,
        onProgress: async (processed, total) => {
          progress.update(processed, total);
          // PostgreSQL serves other connections meanwhile, so other instances see progress too.
          if (deps.database.kind === 'postgres') await record({ processed, total });
        },
      },
    );
    const errors = result.counts.error;
    await record({
      status: run.dryRun ? 'checked' : result.applied ? 'done' : 'failed',
      total: result.total,
      processed: result.total,
      counts: result.counts,
      report: { rows: result.rows, rowsOmitted: result.rowsOmitted },
      message: !run.dryRun && !result.applied ? `${errors} row${errors === 1 ? '' : 's'} had errors; nothing was imported.` : null,
      finishedAt: deps.clock.now(),
    });
  } catch (error) {
    if (!(error instanceof AppError)) deps.log.error({ err: error, runId: run.id }, 'a directory import failed');
    const message = error instanceof AppError ? error.message : 'The import failed because of an unexpected error; the server log has the details.';
    await record({ status: 'failed', message, finishedAt: deps.clock.now() });
  } finally {
    progress.end();
  }
}

/** The job's side: runs a queued run as the user who started or confirmed it. */
export async function executeQueuedImport(deps: Deps, runId: string, userId: string): Promise<void> {
  const db = deps.database.db;
  const [run] = await db.select().from(importRuns).where(eq(importRuns.id, runId)).limit(1);
  if (!run || (run.status !== 'queued' && run.status !== 'running')) return;
  const [user] = await db.select().from(users).where(eq(users.id, userId)).limit(1);
  if (!user || user.disabledAt) {
    await db.update(importRuns).set({ status: 'failed', message: 'The account that started this import is no longer active.' }).where(eq(importRuns.id, runId));
    return;
  }
  const actor = { kind: 'user', userId, email: user.email, displayName: user.displayName, role: user.role as InstallationRole, via: 'session' } as const;
  await executeImportRun({ deps, db, actor, origin: {} }, run);
}
