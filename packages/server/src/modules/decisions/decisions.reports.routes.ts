import type { Readable } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Problem } from '@collegium/shared/contracts/common';
import { Type } from 'typebox';
import {
  DecisionAttachmentParams,
  DecisionDetail,
  DecisionOverdueSummary,
  DecisionParams,
  DecisionReportInput,
} from '@collegium/shared/contracts/decisions';
import { summarizeOverdue } from './decisions.overdue.js';
import { addDecisionReport, openReportAttachment } from './decisions.reports.js';

const tags = ['decisions'];
const FileBytes = Type.Unsafe<Readable>({ type: 'string', format: 'binary', description: 'the attached file' });

/** The name for every browser: an ASCII fallback, and the exact name in UTF-8 (RFC 6266). */
const attachmentDisposition = (fileName: string) =>
  `attachment; filename="${fileName.replace(/[^\x20-\x7e]|["\\]/g, '_')}"; filename*=UTF-8''${encodeURIComponent(fileName).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)}`;

/** Progress reports on decisions, their attachments, and the overdue summary. */
export async function decisionReportRoutes(app: FastifyInstance): Promise<void> {
  const r = app.withTypeProvider<TypeBoxTypeProvider>();

  r.get(
    '/api/v1/decisions/overdue-summary',
    {
      config: { access: 'public' },
      schema: {
        tags,
        summary: 'Overdue decisions counted per body and per responsible organisation',
        description: 'Only decisions the caller may see. The lists themselves: GET /api/v1/decisions?status=overdue&bodyId=… or &responsibleOrganizationId=….',
        response: { 200: DecisionOverdueSummary },
      },
    },
    async (request) => summarizeOverdue(request.ctx),
  );

  r.post(
    '/api/v1/decisions/:id/reports',
    {
      config: { access: 'signed-in' },
      schema: {
        tags,
        summary: 'Report progress on a decision (its responsible person or organisation, or the body’s chair, secretary or coordinator)',
        description:
          'Text (rich text, sanitised), optionally a new status (in_progress or done), and files uploaded before through POST /api/v1/files by the same user; each becomes a document of the body. Anyone else gets 403 and nothing changes.',
        params: DecisionParams,
        body: DecisionReportInput,
        response: { 201: DecisionDetail, 400: Problem, 401: Problem, 403: Problem, 404: Problem, 409: Problem },
      },
    },
    async (request, reply) => {
      const decision = await addDecisionReport(request.ctx, request.params.id, request.body);
      return reply.status(201).header('etag', decision.etag).send(decision);
    },
  );

  r.get(
    '/api/v1/decisions/:id/reports/:reportId/attachments/:documentId',
    {
      config: { access: 'public' },
      schema: {
        tags,
        summary: 'Download an attachment of a progress report',
        description: 'For whoever may see the decision.',
        params: DecisionAttachmentParams,
        response: { 200: FileBytes, 400: Problem, 404: Problem },
      },
    },
    async (request, reply) => {
      const { id, reportId, documentId } = request.params;
      const file = await openReportAttachment(request.ctx, id, reportId, documentId);
      return reply
        .header('content-type', file.contentType)
        .header('content-length', String(file.size))
        .header('content-disposition', attachmentDisposition(file.fileName))
        .header('cache-control', 'private, max-age=3600')
        .header('content-security-policy', "default-src 'none'; sandbox")
        .header('x-content-type-options', 'nosniff')
        .send(file.stream);
    },
  );
}
