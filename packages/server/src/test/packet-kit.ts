import { inTransaction, systemCtx } from '../context.js';
import { agendaItemMaterials, documents, documentVersions, files } from '../db/schema/index.js';
import type { TestApp } from './harness.js';
import { requestSessionPacket } from '../modules/session-packet/packet-requests.js';

let nextPosition = 0;

/**
 * Test helper: stores bytes as a document of the body and links it to an agenda item as a material, then
 * asks for the packet to be rebuilt — what the materials module does on an upload.
 */
export async function addMaterial(
  app: TestApp,
  target: { bodyId: string; sessionId: string; itemId: string },
  file: { name: string; bytes: Uint8Array; contentType?: string },
  late: { late?: boolean; lateDecision?: 'approved' | 'refused' | null } = {},
): Promise<void> {
  const stored = await app.deps.files.put(Buffer.from(file.bytes), { declaredType: file.contentType });
  await inTransaction(systemCtx(app.deps, 'test'), async (tx) => {
    await tx.db.insert(files).values(stored).onConflictDoNothing();
    const [document] = await tx.db.insert(documents).values({ bodyId: target.bodyId, title: file.name }).returning();
    await tx.db.insert(documentVersions).values({
      documentId: document!.id,
      number: 1,
      sha256: stored.sha256,
      fileName: file.name,
      contentType: stored.contentType,
      size: stored.size,
    });
    const position = nextPosition++;
    await tx.db.insert(agendaItemMaterials).values({
      sessionId: target.sessionId,
      agendaItemId: target.itemId,
      documentId: document!.id,
      position,
      late: late.late ?? false,
      lateDecision: late.lateDecision ?? null,
    });
    await requestSessionPacket(tx, target.sessionId);
  });
}
