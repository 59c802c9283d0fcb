import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Problem } from '@collegium/shared/contracts/common';
import { MinutesComment, MinutesCommentInput, MinutesDocument } from '@collegium/shared/contracts/minutes';
import { LanguageQuery } from '@collegium/shared/contracts/minutes-export';
import { MinutesApprovalInput, MinutesApprovalState, MinutesCommentList, MinutesCommentParams, MinutesParams } from '@collegium/shared/contracts/minutes-flow';
import type { Deps } from '../../context.js';
import { requestMinutesApproval, withdrawMinutesApproval } from './minutes.approval.js';
import { addMinutesComment, listMinutesComments, resolveMinutesComment } from './minutes.comments.js';
import { openMinutesCorrection } from './minutes.corrections.js';
import { readMinutesDocument } from './minutes.document.js';

const tags = ['minutes'];
const live = 'Announced live on the session’s topic as `{kind: "minutes"}`.';

/** The minutes' way to approval: comments, the approval item, corrections (/api/v1/minutes/:id/…). */
export async function minutesFlowRoutes(app: FastifyInstance, _deps: Deps): Promise<void> {
  const r = app.withTypeProvider<TypeBoxTypeProvider>();

  r.get(
    '/api/v1/minutes/:id/comments',
    {
      config: { access: 'signed-in' },
      schema: {
        tags,
        summary: 'Members’ comments on the minutes, oldest first',
        params: MinutesParams,
        response: { 200: MinutesCommentList, 400: Problem, 401: Problem, 404: Problem },
      },
    },
    async (request) => listMinutesComments(request.ctx, request.params.id),
  );

  r.post(
    '/api/v1/minutes/:id/comments',
    {
      config: { access: 'signed-in' },
      schema: {
        tags,
        summary: 'Comment on the current version, in general or on one item (members of the body)',
        description: `409 once the minutes are approved. ${live}`,
        params: MinutesParams,
        body: MinutesCommentInput,
        response: { 201: MinutesComment, 400: Problem, 401: Problem, 403: Problem, 404: Problem, 409: Problem },
      },
    },
    async (request, reply) => reply.code(201).send(await addMinutesComment(request.ctx, request.params.id, request.body)),
  );

  r.post(
    '/api/v1/minutes/:id/comments/:commentId/resolve',
    {
      config: { access: 'signed-in' },
      schema: {
        tags,
        summary: 'Mark a comment as dealt with (the body’s secretary or chair)',
        description: `409 when it is already resolved. ${live}`,
        params: MinutesCommentParams,
        response: { 200: MinutesComment, 400: Problem, 401: Problem, 403: Problem, 404: Problem, 409: Problem },
      },
    },
    async (request) => resolveMinutesComment(request.ctx, request.params.id, request.params.commentId),
  );

  r.post(
    '/api/v1/minutes/:id/approval',
    {
      config: { access: 'signed-in' },
      schema: {
        tags,
        summary: 'Put the approval of the minutes on a later session’s agenda (or a draft correspondence session’s)',
        description:
          'Adds the item “Approval of the minutes of session N” (a decision item) and locks the minutes at their current version until its outcome: adopted approves them, any other outcome returns them to draft. 400 naming sessionId for a session of another body or an earlier one; 409 for a session that has started, or minutes already approved or on an agenda. ' +
          live,
        params: MinutesParams,
        body: MinutesApprovalInput,
        response: { 200: MinutesApprovalState, 400: Problem, 401: Problem, 403: Problem, 404: Problem, 409: Problem },
      },
    },
    async (request) => requestMinutesApproval(request.ctx, request.params.id, request.body),
  );

  r.delete(
    '/api/v1/minutes/:id/approval',
    {
      config: { access: 'signed-in' },
      schema: {
        tags,
        summary: 'Withdraw the pending approval: its item leaves the other session’s agenda, the minutes return to draft',
        description: `409 once that session has started (a correspondence session: once convened). ${live}`,
        params: MinutesParams,
        response: { 200: MinutesApprovalState, 400: Problem, 401: Problem, 403: Problem, 404: Problem, 409: Problem },
      },
    },
    async (request) => withdrawMinutesApproval(request.ctx, request.params.id),
  );

  r.post(
    '/api/v1/minutes/:id/corrections',
    {
      config: { access: 'signed-in' },
      schema: {
        tags,
        summary: 'Open a correction of approved minutes (the body’s secretary or chair)',
        description: `New versions may be saved again; the approved version stays the public one until the correction is approved like a draft. 409 unless the minutes are approved. ${live}`,
        params: MinutesParams,
        response: { 200: MinutesApprovalState, 400: Problem, 401: Problem, 403: Problem, 404: Problem, 409: Problem },
      },
    },
    async (request) => openMinutesCorrection(request.ctx, request.params.id),
  );

  r.get(
    '/api/v1/public/minutes/:id',
    {
      config: { access: 'public' },
      schema: {
        tags,
        summary: 'The public version of approved minutes (anyone)',
        description:
          'The approved version only, without closed items, their votes and decisions, and without the names of guests and of persons not shown to the public (named generically in the language of ?lang=, else the installation’s); 404 until the minutes are approved.',
        params: MinutesParams,
        querystring: LanguageQuery,
        response: { 200: MinutesDocument, 400: Problem, 404: Problem },
      },
    },
    async (request) => readMinutesDocument(request.ctx, request.params.id, { audience: 'public', language: request.query.lang }),
  );
}
