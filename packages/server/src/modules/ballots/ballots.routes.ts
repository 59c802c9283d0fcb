import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Problem } from '@collegium/shared/contracts/common';
import { CastAck, CastHeaders, CastInput, ReceiptCheck, ReceiptCheckInput, ReceiptList } from '@collegium/shared/contracts/ballots';
import { PollParams } from '@collegium/shared/contracts/polls';
import type { Deps } from '../../context.js';
import { castVote } from './ballots.cast.js';
import { checkReceipt, listReceipts } from './ballots.receipts.js';

const tags = ['voting'];
const errors = { 400: Problem, 401: Problem, 403: Problem, 404: Problem, 409: Problem };

/** Casting votes and checking secret ballots: /api/v1/polls/:id/votes, /receipts… */
export async function ballotRoutes(app: FastifyInstance, _deps: Deps): Promise<void> {
  const r = app.withTypeProvider<TypeBoxTypeProvider>();

  r.post(
    '/api/v1/polls/:id/votes',
    {
      config: { access: 'signed-in' },
      schema: {
        tags,
        summary: 'Cast or change a vote',
        description:
          'Needs an `Idempotency-Key` header, one per intended cast: resending it answers the first acknowledgement (`replayed`) and counts nothing twice. A secret vote carries the `receipt` the device made; changing it needs the same receipt. The same is possible over the live WebSocket with a `cast` message.',
        params: PollParams,
        headers: CastHeaders,
        body: CastInput,
        response: { 200: CastAck, ...errors },
      },
    },
    async (request) => castVote(request.ctx, { ...request.body, pollId: request.params.id, idempotencyKey: request.headers['idempotency-key'] }),
  );

  r.get(
    '/api/v1/polls/:id/receipts',
    {
      config: { access: 'public' },
      schema: {
        tags,
        summary: 'The ballots of a closed secret poll',
        description: 'Each ballot as the SHA-256 of its receipt and its option, for recounting and for voters to find their own.',
        params: PollParams,
        response: { 200: ReceiptList, 404: Problem, 409: Problem },
      },
    },
    async (request) => listReceipts(request.ctx, request.params.id),
  );

  r.post(
    '/api/v1/polls/:id/receipts/verify',
    {
      config: { access: 'public' },
      schema: {
        tags,
        summary: 'Check that the ballot of a receipt is counted',
        params: PollParams,
        body: ReceiptCheckInput,
        response: { 200: ReceiptCheck, 400: Problem, 404: Problem, 409: Problem },
      },
    },
    async (request) => checkReceipt(request.ctx, request.params.id, request.body.receipt),
  );
}
