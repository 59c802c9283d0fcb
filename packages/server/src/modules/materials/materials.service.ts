import { and, eq, max } from 'drizzle-orm';
import type { AttachDocumentInput, Material, UploadedMaterials } from '@collegium/shared/contracts/materials';
import { isEditable, type SessionStatusName } from '@collegium/shared/domain/session-lifecycle';
import { inTransaction, type Ctx } from '../../context.js';
import { agendaItemMaterials } from '../../db/schema/index.js';
import { AppError, invalidField, notFound } from '../../lib/app-error.js';
import { recordAudit } from '../../lib/audit.js';
import { loadReadableDocument } from '../documents/documents.access.js';
import { addDocumentVersion, insertDocumentWithVersion } from '../documents/documents.service.js';
import { titleFromFileName, type ReadUploadedParts } from '../documents/upload-parts.js';
import { loadItemRow } from '../sessions/agenda.changes.js';
import { loadManagedSession, type SessionWithBody } from '../sessions/sessions.access.js';
import { lateFieldsForNewEntry } from './late.rules.js';
import { materialsChanged } from './materials.events.js';
import { loadMaterialRow, presentMaterial } from './materials.queries.js';

function requireMaterialsEditable({ session }: SessionWithBody): void {
  if (!isEditable(session.status as SessionStatusName)) {
    throw new AppError('conflict', `The session is ${session.status}; its materials can no longer be changed.`, {
      sessionStatus: session.status,
    });
  }
}

/** An item of a session the caller manages (404 when they may not read it, 403 when they may not manage it). */
async function loadManagedItem(ctx: Ctx, itemId: string) {
  const item = await loadItemRow(ctx, itemId);
  if (!item) throw notFound('The agenda item');
  const managed = await loadManagedSession(ctx, item.sessionId);
  requireMaterialsEditable(managed);
  if (item.withdrawnAt) throw new AppError('conflict', 'The item was withdrawn; its materials can no longer be changed.');
  return { item, ...managed };
}

async function nextPosition(ctx: Ctx, itemId: string): Promise<number> {
  const [last] = await ctx.db
    .select({ value: max(agendaItemMaterials.position) })
    .from(agendaItemMaterials)
    .where(eq(agendaItemMaterials.agendaItemId, itemId));
  return (last?.value ?? -1) + 1;
}

async function presentMaterials(ctx: Ctx, ids: readonly string[]): Promise<Material[]> {
  const rows = await Promise.all(ids.map((id) => loadMaterialRow(ctx, id)));
  return rows.map((row) => presentMaterial(row!));
}

/**
 * Uploads files to an agenda item: each becomes a document of the session's body (version 1) and a
 * material of the item, late when the submission deadline has passed.
 */
export async function uploadMaterials(ctx: Ctx, itemId: string, readParts: ReadUploadedParts): Promise<UploadedMaterials> {
  await inTransaction(ctx, (tx) => loadManagedItem(tx, itemId));
  const { files } = await readParts();
  const ids = await inTransaction(ctx, async (tx) => {
    const { item, session, body } = await loadManagedItem(tx, itemId);
    const late = await lateFieldsForNewEntry(tx, session, body);
    let position = await nextPosition(tx, itemId);
    const created: string[] = [];
    for (const file of files) {
      const documentId = await insertDocumentWithVersion(tx, {
        bodyId: body.id,
        organizationId: body.organizationId,
        title: titleFromFileName(file.fileName),
        kind: 'material',
        file,
      });
      created.push(await insertMaterial(tx, { sessionId: session.id, itemId: item.id, documentId, position: position++, late, organizationId: body.organizationId }));
    }
    await materialsChanged(tx, session.id);
    return created;
  });
  return { materials: await presentMaterials(ctx, ids) };
}

async function insertMaterial(
  tx: Ctx,
  input: {
    sessionId: string;
    itemId: string;
    documentId: string;
    position: number;
    late: Awaited<ReturnType<typeof lateFieldsForNewEntry>>;
    organizationId: string;
  },
): Promise<string> {
  const [material] = await tx.db
    .insert(agendaItemMaterials)
    .values({
      sessionId: input.sessionId,
      agendaItemId: input.itemId,
      documentId: input.documentId,
      position: input.position,
      ...input.late,
      addedBy: tx.actor.kind === 'user' ? tx.actor.userId : null,
      addedAt: tx.deps.clock.now(),
    })
    .returning({ id: agendaItemMaterials.id });
  await recordAudit(tx, {
    action: 'material.add',
    entityType: 'agenda_item',
    entityId: input.itemId,
    organizationId: input.organizationId,
    summary: { after: { materialId: material!.id, documentId: input.documentId, late: input.late.late, approved: input.late.lateDecision === 'approved' } },
  });
  return material!.id;
}

/** Attaches an existing document the caller may read (usually one of the body's) as a material of the item. */
export async function attachDocument(ctx: Ctx, itemId: string, input: AttachDocumentInput): Promise<Material> {
  const id = await inTransaction(ctx, async (tx) => {
    const { item, session, body } = await loadManagedItem(tx, itemId);
    try {
      await loadReadableDocument(tx, input.documentId);
    } catch {
      throw invalidField('documentId', 'There is no such document, or you may not read it.');
    }
    const [existing] = await tx.db
      .select({ id: agendaItemMaterials.id })
      .from(agendaItemMaterials)
      .where(and(eq(agendaItemMaterials.agendaItemId, itemId), eq(agendaItemMaterials.documentId, input.documentId)))
      .limit(1);
    if (existing) throw new AppError('already_exists', 'This document is already a material of the item.', { field: 'documentId' });
    const late = await lateFieldsForNewEntry(tx, session, body);
    const materialId = await insertMaterial(tx, {
      sessionId: session.id,
      itemId: item.id,
      documentId: input.documentId,
      position: await nextPosition(tx, itemId),
      late,
      organizationId: body.organizationId,
    });
    await materialsChanged(tx, session.id);
    return materialId;
  });
  return (await presentMaterials(ctx, [id]))[0]!;
}

async function loadManagedMaterial(ctx: Ctx, materialId: string) {
  const row = await loadMaterialRow(ctx, materialId);
  if (!row) throw notFound('The material');
  const managed = await loadManagedItem(ctx, row.agendaItemId);
  return { row, ...managed };
}

/** Removes a material from its item; the document stays. */
export async function removeMaterial(ctx: Ctx, materialId: string): Promise<void> {
  await inTransaction(ctx, async (tx) => {
    const { row, body } = await loadManagedMaterial(tx, materialId);
    await tx.db.delete(agendaItemMaterials).where(eq(agendaItemMaterials.id, materialId));
    await recordAudit(tx, {
      action: 'material.remove',
      entityType: 'agenda_item',
      entityId: row.agendaItemId,
      organizationId: body.organizationId,
      summary: { before: { materialId, documentId: row.documentId, title: row.title } },
    });
    await materialsChanged(tx, row.sessionId);
  });
}

/** Adds a new version to a material's document; the material shows it from then on. */
export async function addMaterialVersion(ctx: Ctx, materialId: string, readParts: ReadUploadedParts): Promise<Material> {
  const { row } = await inTransaction(ctx, (tx) => loadManagedMaterial(tx, materialId));
  await addDocumentVersion(ctx, row.documentId, readParts);
  return (await presentMaterials(ctx, [materialId]))[0]!;
}
