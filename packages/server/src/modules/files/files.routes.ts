import type { Readable } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import multipart from '@fastify/multipart';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { FILE_FIELD, FileParams, StoredFile } from '@collegium/shared/contracts/files';
import { Problem } from '@collegium/shared/contracts/common';
import type { Deps } from '../../context.js';
import { AppError } from '../../lib/app-error.js';
import { openFile, uploadFile } from './files.service.js';

/** The bytes, streamed; documented as binary, sent without JSON serialisation. */
const FileBytes = Type.Unsafe<Readable>({ type: 'string', format: 'binary', description: 'the stored bytes' });

export async function fileRoutes(app: FastifyInstance, deps: Deps): Promise<void> {
  // Multipart cuts a file at its limit without failing; one byte more lets the store see the excess and refuse it.
  await app.register(multipart, {
    limits: { fileSize: deps.config.files.maxUploadBytes + 1, files: 1, fields: 0, parts: 1 },
  });
  const r = app.withTypeProvider<TypeBoxTypeProvider>();

  r.post(
    '/api/v1/files',
    {
      config: { access: 'signed-in' },
      schema: {
        tags: ['files'],
        summary: 'Upload a file',
        description:
          `Send one file as multipart/form-data in the field "${FILE_FIELD}". The type is decided from the bytes; ` +
          'executables and unknown binary types are refused with 415, files over the size limit with 413.',
        consumes: ['multipart/form-data'],
        response: { 201: StoredFile, 400: Problem, 401: Problem, 403: Problem, 413: Problem, 415: Problem },
      },
    },
    async (request, reply) => {
      if (!request.isMultipart()) {
        throw new AppError('unsupported_media_type', `Send the file as multipart/form-data in the field "${FILE_FIELD}".`, {
          field: FILE_FIELD,
        });
      }
      const part = await request.file();
      if (!part || part.fieldname !== FILE_FIELD) {
        part?.file.resume();
        throw new AppError('validation_failed', `The request has no file in the field "${FILE_FIELD}".`, { field: FILE_FIELD });
      }
      const stored = await uploadFile(request.ctx, { stream: part.file, fileName: part.filename, declaredType: part.mimetype });
      return reply.status(201).send(stored);
    },
  );

  r.get(
    '/api/v1/files/:sha256',
    {
      config: { access: 'signed-in' },
      schema: {
        tags: ['files'],
        summary: 'Download a file',
        description: 'For the user who uploaded it, and for staff. Always sent as an attachment.',
        params: FileParams,
        response: { 200: FileBytes, 400: Problem, 401: Problem, 404: Problem },
      },
    },
    async (request, reply) => {
      const file = await openFile(request.ctx, request.params.sha256);
      return reply
        .header('content-type', file.contentType)
        .header('content-length', String(file.size))
        .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(file.name)}`)
        .header('etag', `"${file.sha256}"`)
        .header('cache-control', 'private, max-age=3600')
        .header('content-security-policy', "default-src 'none'; sandbox")
        .send(file.stream);
    },
  );
}
