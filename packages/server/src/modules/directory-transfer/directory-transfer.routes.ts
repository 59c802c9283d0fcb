import type { FastifyInstance } from 'fastify';
import multipart from '@fastify/multipart';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { Problem } from '@collegium/shared/contracts/common';
import {
  ExportQuery,
  IMPORT_FILE_FIELD,
  ImportRun,
  ImportRunParams,
  ImportStartQuery,
  TransferAbilities,
} from '@collegium/shared/contracts/directory-transfer';
import type { Deps } from '../../context.js';
import { AppError } from '../../lib/app-error.js';
import { cleanFileName } from '../files/files.service.js';
import { exportDirectory } from './directory-export.service.js';
import { confirmImport, getImportRun, startImport } from './import-runs.service.js';
import { getTransferAbilities } from './transfer.access.js';

const FileBytes = Type.Unsafe<Buffer>({ type: 'string', format: 'binary', description: 'the CSV or XLSX file' });
const runNote =
  'A run is a dry run (only checked, nothing written) or the real import, which writes every row or — when any row has an error — none (status `failed`, the errors in `rows`). ' +
  'Small files finish within the request; larger ones are queued: poll GET /api/v1/directory/imports/{id} until the status is checked, done or failed.';

export async function directoryTransferRoutes(app: FastifyInstance, deps: Deps): Promise<void> {
  await app.register(multipart, {
    limits: { fileSize: deps.config.files.maxUploadBytes, files: 1, fields: 0, parts: 1 },
  });
  const r = app.withTypeProvider<TypeBoxTypeProvider>();

  r.get(
    '/api/v1/directory/transfer',
    {
      config: { access: 'signed-in' },
      schema: {
        tags: ['directory'],
        summary: 'What the caller may import and export',
        response: { 200: TransferAbilities, 401: Problem },
      },
    },
    (request) => getTransferAbilities(request.ctx),
  );

  r.post(
    '/api/v1/directory/imports',
    {
      config: { access: 'signed-in' },
      schema: {
        tags: ['directory'],
        summary: 'Upload a CSV or XLSX file and start its import (a dry run unless dryRun=false)',
        description:
          `Send the file as multipart/form-data in the field "${IMPORT_FILE_FIELD}"; CSV may use "," or ";" and may start with a BOM. ` +
          `Columns: docs/import-export.md. A file that cannot be read, has unknown or missing columns, or too many rows answers 400/422 naming it. ${runNote}`,
        consumes: ['multipart/form-data'],
        querystring: ImportStartQuery,
        response: { 201: ImportRun, 400: Problem, 401: Problem, 403: Problem, 413: Problem, 415: Problem, 422: Problem },
      },
    },
    async (request, reply) => {
      if (!request.isMultipart()) {
        throw new AppError('unsupported_media_type', `Send the file as multipart/form-data in the field "${IMPORT_FILE_FIELD}".`, {
          field: IMPORT_FILE_FIELD,
        });
      }
      const part = await request.file();
      if (!part || part.fieldname !== IMPORT_FILE_FIELD) {
        part?.file.resume();
        throw new AppError('validation_failed', `The request has no file in the field "${IMPORT_FILE_FIELD}".`, { field: IMPORT_FILE_FIELD });
      }
      const bytes = await part.toBuffer().catch((error: unknown) => {
        if ((error as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE') {
          throw new AppError('payload_too_large', `The file is larger than the limit of ${Math.floor(deps.config.files.maxUploadBytes / 1048576)} MB.`, {
            field: IMPORT_FILE_FIELD,
          });
        }
        throw error;
      });
      if (bytes.length === 0) throw new AppError('validation_failed', 'The file is empty.', { field: IMPORT_FILE_FIELD });
      const run = await startImport(request.ctx, {
        dataset: request.query.dataset,
        dryRun: request.query.dryRun ?? true,
        fileName: cleanFileName(part.filename),
        bytes,
      });
      return reply.status(201).send(run);
    },
  );

  r.get(
    '/api/v1/directory/imports/:id',
    {
      config: { access: 'signed-in' },
      schema: {
        tags: ['directory'],
        summary: 'An import run: status, progress and the row report',
        description: `For the user who started it and administrators. ${runNote}`,
        params: ImportRunParams,
        response: { 200: ImportRun, 400: Problem, 401: Problem, 404: Problem },
      },
    },
    (request) => getImportRun(request.ctx, request.params.id),
  );

  r.post(
    '/api/v1/directory/imports/:id/confirm',
    {
      config: { access: 'signed-in' },
      schema: {
        tags: ['directory'],
        summary: 'Import a checked dry run for real, without uploading the file again',
        description: `Only a finished dry run without error rows (409 otherwise; 422 when it has error rows). ${runNote}`,
        params: ImportRunParams,
        response: { 200: ImportRun, 400: Problem, 401: Problem, 403: Problem, 404: Problem, 409: Problem, 422: Problem },
      },
    },
    (request) => confirmImport(request.ctx, request.params.id),
  );

  r.get(
    '/api/v1/directory/export',
    {
      config: { access: 'signed-in' },
      schema: {
        tags: ['directory'],
        summary: 'Download organisations, bodies or memberships as CSV or XLSX',
        description:
          'The columns the import reads, so the file imports back unchanged. Rows follow what the caller may read; people’s e-mail and phone only for staff. ' +
          'Cells a spreadsheet would run as a formula (starting with = + - @) get a leading apostrophe, which the import removes again.',
        querystring: ExportQuery,
        response: { 200: FileBytes, 400: Problem, 401: Problem, 403: Problem, 404: Problem },
      },
    },
    async (request, reply) => {
      const file = await exportDirectory(request.ctx, request.query);
      return reply
        .header('content-type', file.contentType)
        .header('content-disposition', `attachment; filename="${file.fileName}"`)
        .header('cache-control', 'private, no-store')
        .send(file.bytes);
    },
  );
}
