import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { AuditList, AuditListQuery } from '@collegium/shared/contracts/users';
import { Problem } from '@collegium/shared/contracts/common';
import type { Deps } from '../../context.js';
import { listAuditEvents } from './audit.service.js';

export async function auditRoutes(app: FastifyInstance, _deps: Deps): Promise<void> {
  const r = app.withTypeProvider<TypeBoxTypeProvider>();
  r.get(
    '/api/v1/audit',
    {
      config: { access: { ability: 'audit:read' } },
      schema: {
        tags: ['administration'],
        summary: 'The audit trail, newest first',
        querystring: AuditListQuery,
        response: { 200: AuditList, 400: Problem, 401: Problem, 403: Problem },
      },
    },
    async (request) => listAuditEvents(request.ctx, request.query),
  );
}
