import type { Readable } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { Problem } from '@collegium/shared/contracts/common';
import {
  CHANGE_NOTE_FIELD,
  DocumentDetail,
  DocumentList,
  DocumentListQuery,
  DocumentParams,
  DocumentVersionParams,
  UPLOAD_FILES_FIELD,
} from '@collegium/shared/contracts/documents';
import type { Deps } from '../../context.js';
import { addDocumentVersion, getDocument, listBodyDocuments, openDocumentVersion } from './documents.service.js';
import { readUploadedParts, registerDocumentMultipart } from './upload-parts.js';

const FileBytes = Type.Unsafe<Readable>({ type: 'string', format: 'binary', description: 'the stored bytes' });
const BodyParams = Type.Object({ id: Type.String({ format: 'uuid' }) });
const tags = ['documents'];

/** The name for every browser: an ASCII fallback, and the exact name in UTF-8 (RFC 6266). */
const attachmentDisposition = (fileName: string) =>
  `attachment; filename="${fileName.replace(/[^\x20-\x7e]|["\\]/g, '_')}"; filename*=UTF-8''${encodeURIComponent(fileName).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)}`;

export async function documentRoutes(app: FastifyInstance, deps: Deps): Promise<void> {
  await registerDocumentMultipart(app, deps);
  const r = app.withTypeProvider<TypeBoxTypeProvider>();

  r.get(
    '/api/v1/bodies/:id/documents',
    {
      config: { access: 'signed-in' },
      schema: {
        tags,
        summary: 'A body’s documents, newest first (its members and staff); `q` searches titles',
        params: BodyParams,
        querystring: DocumentListQuery,
        response: { 200: DocumentList, 400: Problem, 401: Problem, 403: Problem, 404: Problem },
      },
    },
    async (request) => listBodyDocuments(request.ctx, request.params.id, request.query),
  );

  r.get(
    '/api/v1/documents/:documentId',
    {
      config: { access: 'public' },
      schema: {
        tags,
        summary: 'A document with its versions',
        description: 'For the owner body’s members and staff, and for whoever sees it as a material of an agenda item.',
        params: DocumentParams,
        response: { 200: DocumentDetail, 400: Problem, 404: Problem },
      },
    },
    async (request) => getDocument(request.ctx, request.params.documentId),
  );

  r.post(
    '/api/v1/documents/:documentId/versions',
    {
      config: { access: 'signed-in' },
      schema: {
        tags,
        summary: 'Add a version (the owner body’s chair, secretary or coordinator)',
        description:
          `multipart/form-data: one file in "${UPLOAD_FILES_FIELD}", an optional "${CHANGE_NOTE_FIELD}". ` +
          'Files over the size limit are refused with 413, executables and unknown binary types with 415.',
        consumes: ['multipart/form-data'],
        params: DocumentParams,
        response: { 201: DocumentDetail, 400: Problem, 401: Problem, 403: Problem, 404: Problem, 413: Problem, 415: Problem },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await addDocumentVersion(request.ctx, request.params.documentId, readUploadedParts(request))),
  );

  r.get(
    '/api/v1/documents/:documentId/versions/:version/file',
    {
      config: { access: 'public' },
      schema: {
        tags,
        summary: 'Download a version of a document',
        description: 'Checked like reading the document. Sent as an attachment with the name it was uploaded under.',
        params: DocumentVersionParams,
        response: { 200: FileBytes, 400: Problem, 404: Problem },
      },
    },
    async (request, reply) => {
      const file = await openDocumentVersion(request.ctx, request.params.documentId, request.params.version);
      return reply
        .header('content-type', file.contentType)
        .header('content-length', String(file.size))
        .header('content-disposition', attachmentDisposition(file.fileName))
        .header('etag', `"${file.sha256}"`)
        .header('cache-control', 'private, max-age=3600')
        .header('content-security-policy', "default-src 'none'; sandbox")
        .header('x-content-type-options', 'nosniff')
        .send(file.stream);
    },
  );
}
