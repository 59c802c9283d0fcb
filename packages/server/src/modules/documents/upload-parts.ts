import type { FastifyInstance, FastifyRequest } from 'fastify';
import multipart from '@fastify/multipart';
import type { StoredFile } from '@collegium/shared/contracts/files';
import { CHANGE_NOTE_FIELD, UPLOAD_FILES_FIELD, changeNoteMaxLength, maxFilesPerUpload } from '@collegium/shared/contracts/documents';
import type { Deps } from '../../context.js';
import { AppError, invalidField } from '../../lib/app-error.js';
import { cleanFileName, uploadFile } from '../files/files.service.js';

export interface UploadedFile {
  stored: StoredFile;
  fileName: string;
}

export interface UploadedParts {
  files: UploadedFile[];
  changeNote: string | null;
}

/** Reads the request's files into the file store once the caller is known to be allowed to send them. */
export type ReadUploadedParts = () => Promise<UploadedParts>;

/** Multipart for document uploads: several files, a change note, each file cut one byte past the limit. */
export async function registerDocumentMultipart(app: FastifyInstance, deps: Deps): Promise<void> {
  // Multipart cuts a file at its limit without failing; one byte more lets the store see the excess and refuse it.
  await app.register(multipart, {
    limits: {
      fileSize: deps.config.files.maxUploadBytes + 1,
      files: maxFilesPerUpload,
      fields: 2,
      fieldSize: changeNoteMaxLength * 4,
      parts: maxFilesPerUpload + 2,
    },
  });
}

/**
 * Stores each file of a multipart request through the files module (same size and type checks, same
 * messages), in the order sent. A refused file stops the upload; the message names the file.
 */
export function readUploadedParts(request: FastifyRequest): ReadUploadedParts {
  return async () => {
    if (!request.isMultipart()) {
      throw new AppError('unsupported_media_type', `Send the files as multipart/form-data in the field "${UPLOAD_FILES_FIELD}".`, {
        field: UPLOAD_FILES_FIELD,
      });
    }
    const files: UploadedFile[] = [];
    let changeNote: string | null = null;
    for await (const part of request.parts()) {
      if (part.type === 'field') {
        if (part.fieldname !== CHANGE_NOTE_FIELD) throw invalidField(part.fieldname, `Unknown field "${part.fieldname}".`);
        const note = String(part.value).trim();
        if (note.length > changeNoteMaxLength) {
          throw invalidField(CHANGE_NOTE_FIELD, `The change note is longer than ${changeNoteMaxLength} characters.`);
        }
        changeNote = note || null;
        continue;
      }
      const fileName = cleanFileName(part.filename);
      if (part.fieldname !== UPLOAD_FILES_FIELD) {
        part.file.resume();
        throw invalidField(part.fieldname, `Send files in the field "${UPLOAD_FILES_FIELD}".`);
      }
      try {
        const stored = await uploadFile(request.ctx, { stream: part.file, fileName: part.filename, declaredType: part.mimetype });
        files.push({ stored, fileName });
      } catch (error) {
        if (!(error instanceof AppError)) throw error;
        part.file.resume();
        throw new AppError(error.code, `${fileName}: ${error.message}`, { field: UPLOAD_FILES_FIELD, fileName, index: files.length });
      }
    }
    if (files.length === 0) throw invalidField(UPLOAD_FILES_FIELD, 'Choose at least one file to upload.');
    return { files, changeNote };
  };
}

/** A document's title from its file name: without the extension, underscores read as spaces. */
export function titleFromFileName(fileName: string): string {
  const base = fileName.replace(/\.[A-Za-z0-9]{1,8}$/, '').replace(/[_]+/g, ' ').trim();
  return (base || fileName).slice(0, 300);
}
