import type { FastifyInstance, FastifyReply } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { Problem } from '@collegium/shared/contracts/common';
import {
  ExcerptSendInput,
  ExcerptSent,
  LanguageQuery,
  MinutesExportParams,
  MinutesExportQuery,
  MinutesItemExportParams,
} from '@collegium/shared/contracts/minutes-export';
import type { Deps } from '../../context.js';
import { exportExcerpt, exportMinutes, sendExcerpt, type ExportFile } from './minutes-export.service.js';

const FileBytes = Type.Unsafe<Buffer>({ type: 'string', format: 'binary', description: 'the file' });
const tags = ['minutes'];
const access =
  'The full minutes for whoever reads them (members, the body’s staff), 404 for everyone else; `audience=public` ' +
  'for anyone once approved (the approved version, without closed items and private names).';

/** ASCII file name for old clients, the exact one as filename*. */
function sendFile(reply: FastifyReply, file: ExportFile, disposition: 'inline' | 'attachment') {
  const ascii = file.fileName.replace(/[^\x20-\x7e]|["\\]/g, '_');
  return reply
    .header('content-type', file.contentType)
    .header('content-length', String(file.bytes.length))
    .header('content-disposition', `${disposition}; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(file.fileName)}`)
    .header('cache-control', 'private, no-cache')
    .send(file.bytes);
}

export async function minutesExportRoutes(app: FastifyInstance, _deps: Deps): Promise<void> {
  const r = app.withTypeProvider<TypeBoxTypeProvider>();
  const fileResponses = { 200: FileBytes, 400: Problem, 404: Problem };

  r.get(
    '/api/v1/minutes/:id/export.pdf',
    {
      config: { access: 'public' },
      schema: {
        tags,
        summary: 'The minutes as a PDF for print (a version, for an audience, in a language)',
        description: `${access} Drafts carry a DRAFT watermark, approved minutes their approval line.`,
        params: MinutesExportParams,
        querystring: MinutesExportQuery,
        produces: ['application/pdf'],
        response: fileResponses,
      },
    },
    async (request, reply) => sendFile(reply, await exportMinutes(request.ctx, request.params.id, { format: 'pdf', ...exportOptions(request.query) }), 'inline'),
  );

  r.get(
    '/api/v1/minutes/:id/export.docx',
    {
      config: { access: 'public' },
      schema: {
        tags,
        summary: 'The minutes as a Word document (DOCX), with the same structure as the PDF',
        description: access,
        params: MinutesExportParams,
        querystring: MinutesExportQuery,
        produces: ['application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
        response: fileResponses,
      },
    },
    async (request, reply) =>
      sendFile(reply, await exportMinutes(request.ctx, request.params.id, { format: 'docx', ...exportOptions(request.query) }), 'attachment'),
  );

  r.get(
    '/api/v1/public/minutes/:id/export.pdf',
    {
      config: { access: 'public' },
      schema: {
        tags,
        summary: 'The approved minutes for the public as a PDF',
        description: 'For anyone once the minutes are approved (404 before): without closed items and private names.',
        params: MinutesExportParams,
        querystring: LanguageQuery,
        produces: ['application/pdf'],
        response: fileResponses,
      },
    },
    async (request, reply) =>
      sendFile(reply, await exportMinutes(request.ctx, request.params.id, { format: 'pdf', audience: 'public', language: request.query.lang }), 'inline'),
  );

  r.get(
    '/api/v1/minutes/:id/items/:agendaItemId/excerpt.pdf',
    {
      config: { access: 'public' },
      schema: {
        tags,
        summary: 'An excerpt of one item of the approved minutes, with its certification line',
        description: 'For whoever reads the full minutes (404 otherwise); 409 while the minutes are not approved.',
        params: MinutesItemExportParams,
        querystring: LanguageQuery,
        produces: ['application/pdf'],
        response: { ...fileResponses, 409: Problem },
      },
    },
    async (request, reply) =>
      sendFile(reply, await exportExcerpt(request.ctx, request.params.id, request.params.agendaItemId, request.query.lang), 'inline'),
  );

  r.post(
    '/api/v1/minutes/:id/items/:agendaItemId/excerpt/send',
    {
      config: { access: 'signed-in' },
      schema: {
        tags,
        summary: 'Mail the excerpt of one item to an organisation of the directory or an address (the minutes’ editors)',
        description: 'The PDF goes as an attachment through the mail queue; audited. 400 when there is no address, 409 before approval.',
        params: MinutesItemExportParams,
        body: ExcerptSendInput,
        response: { 202: ExcerptSent, 400: Problem, 401: Problem, 403: Problem, 404: Problem, 409: Problem },
      },
    },
    async (request, reply) =>
      reply.status(202).send(await sendExcerpt(request.ctx, request.params.id, request.params.agendaItemId, request.body)),
  );
}

const exportOptions = (query: MinutesExportQuery) => ({ version: query.version, audience: query.audience, language: query.lang });
