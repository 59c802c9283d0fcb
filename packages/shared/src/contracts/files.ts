import { Type, type Static } from 'typebox';

export const Sha256 = Type.String({ pattern: '^[0-9a-f]{64}$', description: 'SHA-256 of the bytes, lowercase hex' });

/** What the server answers after storing an upload: the content address and the type sniffed from the bytes. */
export const StoredFile = Type.Object({
  sha256: Sha256,
  size: Type.Integer({ minimum: 1, description: 'bytes' }),
  contentType: Type.String({ description: 'decided from the content, not from the name' }),
});
export type StoredFile = Static<typeof StoredFile>;

export const FileParams = Type.Object({ sha256: Sha256 });
export type FileParams = Static<typeof FileParams>;

/** The form field an upload is sent in (multipart/form-data). */
export const FILE_FIELD = 'file';
