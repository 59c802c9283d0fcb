import type { DocumentKind, DocumentSummary, DocumentVersion } from '@collegium/shared/contracts/documents';
import type { documents, documentVersions } from '../../db/schema/index.js';
import { versionDownloadUrl } from '../materials/materials.queries.js';

export type DocumentRow = typeof documents.$inferSelect;
export type VersionRow = typeof documentVersions.$inferSelect & { uploaderName: string | null };

export function presentVersion(row: VersionRow): DocumentVersion {
  return {
    number: row.number,
    fileName: row.fileName,
    contentType: row.contentType,
    size: row.size,
    uploadedBy: row.uploaderName,
    uploadedAt: row.uploadedAt.toISOString(),
    changeNote: row.changeNote,
    downloadUrl: versionDownloadUrl(row.documentId, row.number),
  };
}

export function presentDocumentSummary(document: DocumentRow, latest: VersionRow): DocumentSummary {
  return {
    id: document.id,
    bodyId: document.bodyId,
    title: document.title,
    kind: document.kind as DocumentKind,
    latest: presentVersion(latest),
    createdAt: document.createdAt.toISOString(),
  };
}
