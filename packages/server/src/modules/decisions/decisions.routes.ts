import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Problem } from '@collegium/shared/contracts/common';
import { Type } from 'typebox';
import { Decision, DecisionDetail, DecisionExportQuery, DecisionList, DecisionListQuery, DecisionParams, DecisionPatch } from '@collegium/shared/contracts/decisions';
import type { Deps } from '../../context.js';
import { exportDecisions } from './decisions.export.js';
import { listDecisions } from './decisions.queries.js';
import { readDecisionDetail } from './decisions.reports.js';
import { decisionReportRoutes } from './decisions.reports.routes.js';
import { updateDecision } from './decisions.service.js';

const tags = ['decisions'];
const FileBytes = Type.Unsafe<Buffer>({ type: 'string', format: 'binary', description: 'the CSV or XLSX file' });

/** The register of decisions: /api/v1/decisions… */
export async function decisionsRoutes(app: FastifyInstance, _deps: Deps): Promise<void> {
  const r = app.withTypeProvider<TypeBoxTypeProvider>();
  await decisionReportRoutes(app);

  r.get(
    '/api/v1/decisions',
    {
      config: { access: 'public' },
      schema: {
        tags,
        summary: 'The register of decisions, across the installation or (bodyId) one body',
        description:
          'Filter by status (overdue: the deadline has passed and it is neither done nor cancelled), body, session, responsible person or organisation and deadline range; `q` searches number, title and text without regard to case or diacritics. Only decisions the caller may see.',
        querystring: DecisionListQuery,
        response: { 200: DecisionList, 400: Problem },
      },
    },
    async (request) => listDecisions(request.ctx, request.query),
  );

  r.get(
    '/api/v1/decisions/export',
    {
      config: { access: 'public' },
      schema: {
        tags,
        summary: 'Download the register as filtered, as CSV or XLSX',
        description: 'The filters and order of GET /api/v1/decisions, every matching row the caller may see (up to 50,000). Formula-like cells get a leading apostrophe.',
        querystring: DecisionExportQuery,
        response: { 200: FileBytes, 400: Problem },
      },
    },
    async (request, reply) => {
      const file = await exportDecisions(request.ctx, request.query);
      return reply
        .header('content-type', file.contentType)
        .header('content-disposition', `attachment; filename="${file.fileName}"`)
        .header('cache-control', 'private, no-store')
        .send(file.bytes);
    },
  );

  r.get(
    '/api/v1/decisions/:id',
    {
      config: { access: 'public' },
      schema: {
        tags,
        summary: 'One decision with its progress reports',
        params: DecisionParams,
        response: { 200: DecisionDetail, 400: Problem, 404: Problem },
      },
    },
    async (request, reply) => {
      const decision = await readDecisionDetail(request.ctx, request.params.id);
      void reply.header('etag', decision.etag);
      return decision;
    },
  );

  r.patch(
    '/api/v1/decisions/:id',
    {
      config: { access: 'signed-in' },
      schema: {
        tags,
        summary: 'Change who is responsible, the deadline, the status or the title (the body’s chair, secretary or coordinator)',
        description: 'Needs If-Match with the ETag of your last read (428 without, 412 when stale). A deadline may not fall before the session’s date.',
        params: DecisionParams,
        body: DecisionPatch,
        response: { 200: Decision, 400: Problem, 401: Problem, 403: Problem, 404: Problem, 412: Problem, 428: Problem },
      },
    },
    async (request, reply) => {
      const decision = await updateDecision(request.ctx, request.params.id, request.body, request.headers['if-match']);
      void reply.header('etag', decision.etag);
      return decision;
    },
  );
}
