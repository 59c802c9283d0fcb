import type { Readable } from 'node:stream';
import { and, asc, count, desc, eq, not, type SQL } from 'drizzle-orm';
import type { DocumentDetail, DocumentKind, DocumentList, DocumentListQuery } from '@collegium/shared/contracts/documents';
import { can } from '@collegium/shared/domain/policy';
import { inTransaction, type Ctx } from '../../context.js';
import { agendaItemMaterials, bodies, documents, documentVersions, users } from '../../db/schema/index.js';
import { requireAbility, subjectOf } from '../../lib/access.js';
import { AppError, forbidden, notFound } from '../../lib/app-error.js';
import { recordAudit } from '../../lib/audit.js';
import { bodyResource } from '../directory/directory.access.js';
import { searchMatches } from '../directory/directory.search.js';
import { materialsChanged } from '../materials/materials.events.js';
import { heldBackDocument, loadReadableDocument, managesDocumentsOf } from './documents.access.js';
import { presentDocumentSummary, presentVersion, type VersionRow } from './documents.presenters.js';
import type { ReadUploadedParts, UploadedFile } from './upload-parts.js';

const versionColumns = { version: documentVersions, uploaderName: users.displayName };
const withUploader = ({ version, uploaderName }: { version: typeof documentVersions.$inferSelect; uploaderName: string | null }): VersionRow => ({
  ...version,
  uploaderName,
});

/** A body's documents, newest first, each with its latest version; `q` searches the titles. */
export async function listBodyDocuments(ctx: Ctx, bodyId: string, query: DocumentListQuery = {}): Promise<DocumentList> {
  const [body] = await ctx.db.select().from(bodies).where(eq(bodies.id, bodyId)).limit(1);
  const subject = await subjectOf(ctx);
  if (!body || !can(subject, 'body:read', bodyResource(body))) throw notFound('The body');
  await requireAbility(ctx, 'body:read-internal', bodyResource(body));
  const filters: SQL[] = [eq(documents.bodyId, bodyId)];
  if (!can(subject, 'body:manage', bodyResource(body))) filters.push(not(heldBackDocument));
  if (query.q?.trim()) filters.push(searchMatches(documents.searchText, query.q.trim()));
  const where = and(...filters);
  const [rows, [total]] = await Promise.all([
    ctx.db
      .select({ document: documents, ...versionColumns })
      .from(documents)
      .innerJoin(
        documentVersions,
        and(eq(documentVersions.documentId, documents.id), eq(documentVersions.number, documents.latestVersion)),
      )
      .leftJoin(users, eq(users.id, documentVersions.uploadedBy))
      .where(where)
      .orderBy(desc(documents.createdAt), asc(documents.id))
      .limit(query.limit ?? 50)
      .offset(query.offset ?? 0),
    ctx.db.select({ value: count() }).from(documents).where(where),
  ]);
  return {
    total: total?.value ?? 0,
    items: rows.map((row) => presentDocumentSummary(row.document, withUploader(row))),
  };
}

/** A document with all its versions, newest first. */
export async function getDocument(ctx: Ctx, documentId: string): Promise<DocumentDetail> {
  const { document, body } = await loadReadableDocument(ctx, documentId);
  const versions = (
    await ctx.db
      .select(versionColumns)
      .from(documentVersions)
      .leftJoin(users, eq(users.id, documentVersions.uploadedBy))
      .where(eq(documentVersions.documentId, documentId))
      .orderBy(desc(documentVersions.number))
  ).map(withUploader);
  const latest = versions.find((version) => version.number === document.latestVersion) ?? versions[0]!;
  return {
    ...presentDocumentSummary(document, latest),
    versions: versions.map(presentVersion),
    abilities: { addVersion: await managesDocumentsOf(ctx, body) },
  };
}

const uploaderOf = (ctx: Ctx) => (ctx.actor.kind === 'user' ? ctx.actor.userId : null);

/** Creates a document of a body with its first version (inside the caller's transaction). */
export async function insertDocumentWithVersion(
  tx: Ctx,
  input: { bodyId: string; organizationId: string; title: string; kind: DocumentKind; file: UploadedFile },
): Promise<string> {
  const now = tx.deps.clock.now();
  const [document] = await tx.db
    .insert(documents)
    .values({ bodyId: input.bodyId, title: input.title, kind: input.kind, createdBy: uploaderOf(tx), createdAt: now, updatedAt: now })
    .returning({ id: documents.id });
  await tx.db.insert(documentVersions).values({
    documentId: document!.id,
    number: 1,
    sha256: input.file.stored.sha256,
    fileName: input.file.fileName,
    contentType: input.file.stored.contentType,
    size: input.file.stored.size,
    uploadedBy: uploaderOf(tx),
    uploadedAt: now,
  });
  await recordAudit(tx, {
    action: 'document.create',
    entityType: 'document',
    entityId: document!.id,
    organizationId: input.organizationId,
    summary: { after: { bodyId: input.bodyId, title: input.title, kind: input.kind, fileName: input.file.fileName, sha256: input.file.stored.sha256 } },
  });
  return document!.id;
}

/**
 * Adds a version to a document (its owner body's chair, secretary or coordinator). Materials show the
 * newest version, so every session that uses the document hears of it.
 */
export async function addDocumentVersion(ctx: Ctx, documentId: string, readParts: ReadUploadedParts): Promise<DocumentDetail> {
  const { body } = await loadReadableDocument(ctx, documentId);
  if (!(await managesDocumentsOf(ctx, body))) throw forbidden('Only the chair, secretary or coordinator of the body that owns the document may add versions.');
  const { files, changeNote } = await readParts();
  if (files.length !== 1) throw new AppError('validation_failed', 'Send exactly one file for a new version.', { field: 'files' });
  const file = files[0]!;
  await inTransaction(ctx, async (tx) => {
    const { document } = await loadReadableDocument(tx, documentId, { forUpdate: true });
    const number = document.latestVersion + 1;
    const now = tx.deps.clock.now();
    await tx.db.insert(documentVersions).values({
      documentId,
      number,
      sha256: file.stored.sha256,
      fileName: file.fileName,
      contentType: file.stored.contentType,
      size: file.stored.size,
      uploadedBy: uploaderOf(tx),
      uploadedAt: now,
      changeNote,
    });
    await tx.db.update(documents).set({ latestVersion: number, updatedAt: now }).where(eq(documents.id, documentId));
    await recordAudit(tx, {
      action: 'document.version.add',
      entityType: 'document',
      entityId: documentId,
      organizationId: body.organizationId,
      summary: { after: { number, fileName: file.fileName, sha256: file.stored.sha256, changeNote } },
    });
    const uses = await tx.db
      .selectDistinct({ sessionId: agendaItemMaterials.sessionId })
      .from(agendaItemMaterials)
      .where(eq(agendaItemMaterials.documentId, documentId));
    for (const { sessionId } of uses) await materialsChanged(tx, sessionId);
  });
  return getDocument(ctx, documentId);
}

export interface OpenedVersion {
  fileName: string;
  contentType: string;
  size: number;
  sha256: string;
  stream: Readable;
}

/** Opens the bytes of one version for whoever may read the document. */
export async function openDocumentVersion(ctx: Ctx, documentId: string, number: number): Promise<OpenedVersion> {
  await loadReadableDocument(ctx, documentId);
  const [version] = await ctx.db
    .select()
    .from(documentVersions)
    .where(and(eq(documentVersions.documentId, documentId), eq(documentVersions.number, number)))
    .limit(1);
  if (!version) throw notFound('That version of the document');
  return {
    fileName: version.fileName,
    contentType: version.contentType,
    size: version.size,
    sha256: version.sha256,
    stream: await ctx.deps.files.open(version.sha256),
  };
}
