import type { WebSocket } from 'ws';
import { Value } from 'typebox/value';
import {
  LIVE_MAX_SUBSCRIPTIONS,
  LiveClientMessage,
  liveCloseCodes,
  type LiveServerMessage,
} from '@collegium/shared/contracts/live';
import type { Actor, Ctx } from '../../context.js';
import type { BusEvent } from '../../events/bus.js';
import { AppError } from '../../lib/app-error.js';
import { castVote } from '../ballots/ballots.cast.js';
import { canSubscribe } from './live.policy.js';

const HEARTBEAT_MS = 30_000;
/** a client that lets this much pile up unread is closed rather than buffered without end */
const MAX_BUFFERED_BYTES = 4 * 1024 * 1024;
/** messages waiting to be handled; a client may subscribe to all its topics at once, more is a flood */
const MAX_PENDING_MESSAGES = LIVE_MAX_SUBSCRIPTIONS + 20;

/** An event serialised once, however many connections forward it. */
const serialised = new WeakMap<BusEvent, string>();
function eventFrame(event: BusEvent): string {
  let frame = serialised.get(event);
  if (!frame) {
    frame = JSON.stringify({ type: 'event', topic: event.topic, data: event.data } satisfies LiveServerMessage);
    serialised.set(event, frame);
  }
  return frame;
}

const connections = new WeakMap<WebSocket, LiveConnection>();

/** The connection state behind a socket, for tests that need to run its heartbeat now. */
export const liveConnectionOf = (socket: WebSocket) => connections.get(socket);

export interface LiveConnectionOptions {
  /** re-checks the credential the connection was opened with; null once it is no longer valid */
  reauthenticate: () => Promise<Actor | null>;
}

/**
 * One client on /api/v1/live: its subscriptions (each authorised by the policy when it is made), a
 * heartbeat that drops dead peers and connections whose session or token has ended, and clean-up on close.
 */
export class LiveConnection {
  private readonly subscriptions = new Map<string, () => void>();
  private readonly heartbeat: NodeJS.Timeout;
  private pending = 0;
  private queue: Promise<void> = Promise.resolve();
  private alive = true;
  private closed = false;

  constructor(
    private readonly socket: WebSocket,
    private ctx: Ctx,
    private readonly options: LiveConnectionOptions,
  ) {
    socket.on('message', (raw, isBinary) => this.receive(isBinary ? null : raw.toString()));
    socket.on('pong', () => {
      this.alive = true;
    });
    socket.on('close', () => this.cleanUp());
    this.heartbeat = setInterval(() => void this.beat(), HEARTBEAT_MS);
    this.heartbeat.unref();
    connections.set(socket, this);
  }

  get topics(): string[] {
    return [...this.subscriptions.keys()];
  }

  private receive(text: string | null): void {
    if (this.pending >= MAX_PENDING_MESSAGES) {
      this.socket.close(1008, 'too many messages at once');
      return;
    }
    this.pending++;
    // One message at a time, so answers come in the order of the requests.
    this.queue = this.queue
      .then(() => this.handle(text))
      .catch((error: unknown) => {
        this.ctx.deps.log.error({ err: error }, 'live message failed');
        this.send({ type: 'error', code: 'internal', message: 'Something went wrong on our side.' });
      })
      .finally(() => {
        this.pending--;
      });
  }

  private async handle(text: string | null): Promise<void> {
    let message: unknown;
    try {
      message = text === null ? undefined : JSON.parse(text);
    } catch {
      message = undefined;
    }
    if (!Value.Check(LiveClientMessage, message)) {
      this.send({
        type: 'error',
        code: 'bad_request',
        message:
          'Messages must be JSON: {"type":"subscribe","topic":"…"}, {"type":"unsubscribe","topic":"…"}, {"type":"ping"} or a {"type":"cast",…} with pollId, optionId and idempotencyKey.',
        ...requestIdOf(message),
      });
      return;
    }
    const id = message.id === undefined ? {} : { id: message.id };
    switch (message.type) {
      case 'ping':
        this.send({ type: 'pong', ...id });
        return;
      case 'unsubscribe':
        this.subscriptions.get(message.topic)?.();
        this.subscriptions.delete(message.topic);
        this.send({ type: 'unsubscribed', topic: message.topic, ...id });
        return;
      case 'subscribe':
        await this.subscribe(message.topic, id);
        return;
      case 'cast':
        await this.cast(message, id);
    }
  }

  private async subscribe(topic: string, id: { id?: string }): Promise<void> {
    if (this.subscriptions.has(topic)) {
      this.send({ type: 'subscribed', topic, ...id });
      return;
    }
    if (this.subscriptions.size >= LIVE_MAX_SUBSCRIPTIONS) {
      this.send({
        type: 'error',
        code: 'too_many_requests',
        message: `A connection may follow at most ${LIVE_MAX_SUBSCRIPTIONS} topics; unsubscribe from some first.`,
        topic,
        ...id,
      });
      return;
    }
    let allowed: boolean;
    try {
      // A copy of the actor, so the policy loads today's memberships instead of those cached at connect.
      allowed = await canSubscribe({ ...this.ctx, actor: { ...this.ctx.actor } }, topic);
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      this.send({ type: 'error', code: error.code, message: error.message, topic, ...id });
      return;
    }
    if (!allowed) {
      this.send({ type: 'error', code: 'forbidden', message: `You may not follow ${topic}.`, topic, ...id });
      return;
    }
    if (this.closed) return;
    const unsubscribe = this.ctx.deps.bus.subscribe(topic, (event) => this.sendFrame(eventFrame(event)));
    this.subscriptions.set(topic, unsubscribe);
    this.send({ type: 'subscribed', topic, ...id });
  }

  private async cast(message: Extract<LiveClientMessage, { type: 'cast' }>, id: { id?: string }): Promise<void> {
    const { type: _type, id: _id, ...cast } = message;
    try {
      this.send({ type: 'ack', ...id, ...(await castVote({ ...this.ctx, actor: { ...this.ctx.actor } }, cast)) });
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      this.send({ type: 'error', code: error.code, message: error.message, ...id });
    }
  }

  /** Drops a peer that did not answer the last ping, pings again and re-checks the credential. */
  async beat(): Promise<void> {
    if (!this.alive) {
      this.socket.terminate();
      return;
    }
    this.alive = false;
    this.socket.ping();
    const actor = await this.options.reauthenticate().catch(() => this.ctx.actor);
    if (!actor) {
      this.socket.close(liveCloseCodes.unauthenticated, 'signed out');
      return;
    }
    this.ctx = { ...this.ctx, actor };
  }

  private send(message: LiveServerMessage): void {
    this.sendFrame(JSON.stringify(message));
  }

  private sendFrame(frame: string): void {
    if (this.closed || this.socket.readyState !== this.socket.OPEN) return;
    if (this.socket.bufferedAmount > MAX_BUFFERED_BYTES) {
      this.socket.close(liveCloseCodes.tooSlow, 'too slow to read its events');
      return;
    }
    this.socket.send(frame);
  }

  private cleanUp(): void {
    this.closed = true;
    clearInterval(this.heartbeat);
    for (const unsubscribe of this.subscriptions.values()) unsubscribe();
    this.subscriptions.clear();
  }
}

function requestIdOf(message: unknown): { id?: string } {
  const id = (message as { id?: unknown } | undefined)?.id;
  return typeof id === 'string' && id.length <= 100 ? { id } : {};
}
