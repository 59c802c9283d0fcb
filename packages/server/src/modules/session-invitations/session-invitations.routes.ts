import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Problem } from '@collegium/shared/contracts/common';
import { SessionIdParams } from '@collegium/shared/contracts/sessions';
import {
  AnswerInput,
  AnswerToken,
  GuestInput,
  InviteeList,
  MyInvitation,
  SessionInvitationParams,
  TokenAnswerInput,
  TokenInvitation,
} from '@collegium/shared/contracts/session-invitations';
import type { Deps } from '../../context.js';
import { answerByToken, answerMyInvitation, getMyInvitation, readTokenInvitation } from './answers.service.js';
import { addGuest, listInvitees, removeGuest, resendInvitation } from './invitations.service.js';

const tags = ['session invitations'];
const errors = { 400: Problem, 401: Problem, 403: Problem, 404: Problem, 409: Problem };
const managers = 'The body’s chair, secretary or coordinator (and administrators).';
/** answer links are public: keep guessing and replaying them slow */
const tokenRateLimit = { rateLimit: { max: 30, timeWindow: '1 minute' } };

export async function sessionInvitationRoutes(app: FastifyInstance, _deps: Deps): Promise<void> {
  const r = app.withTypeProvider<TypeBoxTypeProvider>();

  r.get(
    '/api/v1/sessions/:id/invitations',
    {
      config: { access: 'signed-in' },
      schema: { tags, summary: 'Invitees of a session with their answers and mail state', description: managers, params: SessionIdParams, response: { 200: InviteeList, ...errors } },
    },
    async (request) => listInvitees(request.ctx, request.params.id),
  );

  r.post(
    '/api/v1/sessions/:id/invitations/guests',
    {
      config: { access: 'signed-in' },
      schema: {
        tags,
        summary: 'Invite a person of the directory as a guest',
        description: `${managers} Mailed at once when the session is convened, otherwise with the invitations at convening.`,
        params: SessionIdParams,
        body: GuestInput,
        response: { 201: InviteeList, ...errors },
      },
    },
    async (request, reply) => reply.status(201).send(await addGuest(request.ctx, request.params.id, request.body)),
  );

  r.delete(
    '/api/v1/sessions/:id/invitations/:invitationId',
    {
      config: { access: 'signed-in' },
      schema: { tags, summary: 'Remove a guest (a guest already mailed receives a cancellation)', description: managers, params: SessionInvitationParams, response: { 200: InviteeList, ...errors } },
    },
    async (request) => removeGuest(request.ctx, request.params.id, request.params.invitationId),
  );

  r.post(
    '/api/v1/sessions/:id/invitations/:invitationId/resend',
    {
      config: { access: 'signed-in' },
      schema: { tags, summary: 'Send one invitee the invitation again', description: managers, params: SessionInvitationParams, response: { 200: InviteeList, ...errors } },
    },
    async (request) => resendInvitation(request.ctx, request.params.id, request.params.invitationId),
  );

  r.get(
    '/api/v1/sessions/:id/my-invitation',
    {
      config: { access: 'signed-in' },
      schema: { tags, summary: 'The caller’s invitation to a session (null when not invited)', params: SessionIdParams, response: { 200: MyInvitation, ...errors } },
    },
    async (request) => getMyInvitation(request.ctx, request.params.id),
  );

  r.put(
    '/api/v1/sessions/:id/my-invitation',
    {
      config: { access: 'signed-in' },
      schema: {
        tags,
        summary: 'Answer the caller’s invitation: attend, excused, or send the substitute named in the membership',
        description: 'Until the session starts; 409 when it has started or is not convened, or when no substitute is named.',
        params: SessionIdParams,
        body: AnswerInput,
        response: { 200: MyInvitation, ...errors },
      },
    },
    async (request) => answerMyInvitation(request.ctx, request.params.id, request.body),
  );

  r.post(
    '/api/v1/invitation-answers/lookup',
    {
      config: { access: 'public', ...tokenRateLimit },
      schema: {
        tags,
        summary: 'What an answer link of an invitation mail opens',
        description: 'The token (in the body, so it stays out of logs) answers one invitation and signs nobody in.',
        body: AnswerToken,
        response: { 200: TokenInvitation, 400: Problem, 404: Problem, 429: Problem },
      },
    },
    async (request) => readTokenInvitation(request.ctx, request.body.token),
  );

  r.post(
    '/api/v1/invitation-answers',
    {
      config: { access: 'public', ...tokenRateLimit },
      schema: {
        tags,
        summary: 'Answer an invitation through the link of its mail',
        body: TokenAnswerInput,
        response: { 200: TokenInvitation, 400: Problem, 404: Problem, 409: Problem, 429: Problem },
      },
    },
    async (request) => answerByToken(request.ctx, request.body),
  );
}
