import { Type, type Static } from 'typebox';
import { IdempotencyKey, Receipt, type CastAck } from './ballots.js';

/**
 * Messages on the WebSocket at /api/v1/live. Clients send JSON; the server answers in JSON.
 * Topics are `kind` or `kind:id`: `installation`, `user:<own user id>`, `body:<body id>`,
 * `session:<session id>` (whoever may read the session). A client
 * receives `event` messages for the topics it subscribed to and was allowed to see.
 */
export const LIVE_PATH = '/api/v1/live';

/** at most this many topics per connection */
export const LIVE_MAX_SUBSCRIPTIONS = 100;

/** close codes the server uses besides the standard ones */
export const liveCloseCodes = {
  /** the session or token is no longer valid */
  unauthenticated: 4401,
  /** the client could not keep up with its events */
  tooSlow: 4408,
} as const;

export const LiveTopic = Type.String({
  minLength: 1,
  maxLength: 200,
  pattern: '^[a-z][a-z-]*(:[A-Za-z0-9_.-]+)*$',
  description: 'kind or kind:id, e.g. body:6c1b… — wildcards are not accepted',
});

const RequestId = Type.Optional(Type.String({ maxLength: 100, description: 'echoed in the answer' }));

export const LiveClientMessage = Type.Union([
  Type.Object({ type: Type.Literal('subscribe'), topic: LiveTopic, id: RequestId }, { additionalProperties: false }),
  Type.Object({ type: Type.Literal('unsubscribe'), topic: LiveTopic, id: RequestId }, { additionalProperties: false }),
  Type.Object({ type: Type.Literal('ping'), id: RequestId }, { additionalProperties: false }),
  /** casts a vote, as POST /api/v1/polls/:id/votes does; answered by `ack` or `error` with the same id */
  Type.Object(
    {
      type: Type.Literal('cast'),
      id: RequestId,
      pollId: Type.String({ format: 'uuid' }),
      optionId: Type.String({ format: 'uuid' }),
      onBehalfOfPersonId: Type.Optional(Type.String({ format: 'uuid' })),
      idempotencyKey: IdempotencyKey,
      receipt: Type.Optional(Receipt),
    },
    { additionalProperties: false },
  ),
]);
export type LiveClientMessage = Static<typeof LiveClientMessage>;

export type LiveServerMessage =
  | { type: 'subscribed'; topic: string; id?: string }
  | { type: 'unsubscribed'; topic: string; id?: string }
  | { type: 'event'; topic: string; data: unknown }
  | { type: 'pong'; id?: string }
  | ({ type: 'ack'; id?: string } & CastAck)
  | { type: 'error'; code: string; message: string; topic?: string; id?: string };
