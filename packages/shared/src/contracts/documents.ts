import { Type, type Static, type TSchema } from 'typebox';
import { documentKinds } from '../domain/materials-deadline.js';

const Uuid = Type.String({ format: 'uuid' });
const DateTime = Type.String({ format: 'date-time', description: 'an instant in ISO 8601, stored in UTC' });
const Nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);

export const DocumentKind = Type.Enum(documentKinds);
export type DocumentKind = Static<typeof DocumentKind>;

export const DocumentVersion = Type.Object({
  number: Type.Integer({ minimum: 1 }),
  fileName: Type.String(),
  contentType: Type.String({ description: 'decided from the bytes' }),
  size: Type.Integer({ minimum: 1, description: 'bytes' }),
  uploadedBy: Nullable(Type.String({ description: 'the uploader’s display name' })),
  uploadedAt: DateTime,
  changeNote: Nullable(Type.String()),
  /** where the bytes are downloaded */
  downloadUrl: Type.String(),
});
export type DocumentVersion = Static<typeof DocumentVersion>;

export const DocumentSummary = Type.Object({
  id: Uuid,
  bodyId: Uuid,
  title: Type.String(),
  kind: DocumentKind,
  latest: DocumentVersion,
  createdAt: DateTime,
});
export type DocumentSummary = Static<typeof DocumentSummary>;

export const DocumentDetail = Type.Object({
  ...DocumentSummary.properties,
  /** newest first */
  versions: Type.Array(DocumentVersion),
  abilities: Type.Object({ addVersion: Type.Boolean() }),
});
export type DocumentDetail = Static<typeof DocumentDetail>;

export const DocumentListQuery = Type.Object({
  q: Type.Optional(Type.String({ maxLength: 200, description: 'part of the title' })),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200 })),
  offset: Type.Optional(Type.Integer({ minimum: 0 })),
});
export type DocumentListQuery = Static<typeof DocumentListQuery>;

export const DocumentList = Type.Object({ items: Type.Array(DocumentSummary), total: Type.Integer() });
export type DocumentList = Static<typeof DocumentList>;

export const DocumentParams = Type.Object({ documentId: Uuid });
export const DocumentVersionParams = Type.Object({ documentId: Uuid, version: Type.Integer({ minimum: 1 }) });
export type DocumentVersionParams = Static<typeof DocumentVersionParams>;

/** Form fields that may go with uploaded files (multipart/form-data). */
export const UPLOAD_FILES_FIELD = 'files';
export const CHANGE_NOTE_FIELD = 'changeNote';
export const changeNoteMaxLength = 500;
/** how many files one upload request may carry */
export const maxFilesPerUpload = 20;
