import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Problem } from '@collegium/shared/contracts/common';
import {
  CorrespondenceDeadlinesInput,
  CorrespondenceOverview,
  WithdrawalRequestInput,
  WrittenPositionInput,
} from '@collegium/shared/contracts/correspondence';
import { AgendaItemIdParams } from '@collegium/shared/contracts/positions';
import { SessionIdParams } from '@collegium/shared/contracts/sessions';
import type { Deps } from '../../context.js';
import { setCorrespondenceDeadlines } from './correspondence.deadlines.js';
import { readCorrespondence } from './correspondence.overview.js';
import { deleteWrittenPosition, saveWrittenPosition } from './correspondence.positions.js';
import { requestWithdrawal, takeBackWithdrawalRequest } from './correspondence.withdrawal.js';

const readErrors = { 401: Problem, 403: Problem, 404: Problem, 409: Problem };
const writeErrors = { 400: Problem, ...readErrors };
const tags = ['correspondence'];
const answerNote =
  'For members holding a seat in the item’s vote (403 otherwise), while it is open: 409 before convening, after the item’s deadline, once its vote is closed or the item withdrawn. Answers with the session’s correspondence overview.';

export async function correspondenceRoutes(app: FastifyInstance, _deps: Deps): Promise<void> {
  const r = app.withTypeProvider<TypeBoxTypeProvider>();

  r.get(
    '/api/v1/sessions/:id/correspondence',
    {
      config: { access: 'public' },
      schema: {
        tags,
        summary: 'A correspondence session item by item: deadlines, votes’ progress and results, written positions, withdrawal requests, the caller’s answers',
        description: 'For whoever may read the session; who asked for a withdrawal is shown to its managers only. 409 for a session that meets in person.',
        params: SessionIdParams,
        response: { 200: CorrespondenceOverview, ...readErrors },
      },
    },
    async (request) => readCorrespondence(request.ctx, request.params.id),
  );

  r.put(
    '/api/v1/sessions/:id/correspondence/deadlines',
    {
      config: { access: 'signed-in' },
      schema: {
        tags,
        summary: 'Set or clear (null) the deadlines of voted items while the correspondence session is a draft',
        description:
          'Each deadline must fall within the body’s answering window counted from now (400 naming the item); convening checks again. The session’s deadline becomes the latest of its items’. 409 once convened.',
        params: SessionIdParams,
        body: CorrespondenceDeadlinesInput,
        response: { 200: CorrespondenceOverview, ...writeErrors },
      },
    },
    async (request) => {
      await setCorrespondenceDeadlines(request.ctx, request.params.id, request.body);
      return readCorrespondence(request.ctx, request.params.id);
    },
  );

  r.put(
    '/api/v1/agenda-items/:id/written-position',
    {
      config: { access: 'signed-in' },
      schema: { tags, summary: 'Write or change the caller’s position on an item of a correspondence session', description: answerNote, params: AgendaItemIdParams, body: WrittenPositionInput, response: { 200: CorrespondenceOverview, ...writeErrors } },
    },
    async (request) => readCorrespondence(request.ctx, await saveWrittenPosition(request.ctx, request.params.id, request.body)),
  );

  r.delete(
    '/api/v1/agenda-items/:id/written-position',
    {
      config: { access: 'signed-in' },
      schema: { tags, summary: 'Delete the caller’s written position on an item', description: answerNote, params: AgendaItemIdParams, response: { 200: CorrespondenceOverview, ...readErrors } },
    },
    async (request) => readCorrespondence(request.ctx, await deleteWrittenPosition(request.ctx, request.params.id)),
  );

  r.post(
    '/api/v1/agenda-items/:id/withdrawal-request',
    {
      config: { access: 'signed-in' },
      schema: {
        tags,
        summary: 'Ask for an item of a correspondence session to be withdrawn (with an optional reason)',
        description: `${answerNote} When the body’s threshold of requests is reached the item’s vote is annulled, its outcome is “withdrawn” and it goes to the next regular session.`,
        params: AgendaItemIdParams,
        body: WithdrawalRequestInput,
        response: { 200: CorrespondenceOverview, ...writeErrors },
      },
    },
    async (request) => readCorrespondence(request.ctx, await requestWithdrawal(request.ctx, request.params.id, request.body)),
  );

  r.delete(
    '/api/v1/agenda-items/:id/withdrawal-request',
    {
      config: { access: 'signed-in' },
      schema: { tags, summary: 'Take back the caller’s request to withdraw an item', description: answerNote, params: AgendaItemIdParams, response: { 200: CorrespondenceOverview, ...readErrors } },
    },
    async (request) => readCorrespondence(request.ctx, await takeBackWithdrawalRequest(request.ctx, request.params.id)),
  );
}
