import { randomUUID } from 'node:crypto';
import type { FastifyBaseLogger } from 'fastify';
import { sql } from 'drizzle-orm';
import type { Database, Tx } from '../db/client.js';

export interface BusEvent<T = unknown> {
  readonly topic: string;
  readonly data: T;
  /** id of the instance that published it */
  readonly origin: string;
}

export type BusHandler = (event: BusEvent) => void;

const CHANNEL = 'collegium_events';
/** PostgreSQL refuses NOTIFY payloads of 8000 bytes or more. */
const MAX_PAYLOAD = 7900;

/**
 * In-process publish/subscribe fanned out through PostgreSQL LISTEN/NOTIFY, so every instance on one
 * database sees every event. Topics are colon-separated (`session:123`); a subscription to `session:*`
 * receives every topic beginning with `session:`.
 */
export class EventBus {
  readonly instanceId = randomUUID();
  private readonly handlers = new Map<string, Set<BusHandler>>();
  private unlisten: (() => Promise<void>) | undefined;

  constructor(
    private readonly database: Database,
    private readonly log: FastifyBaseLogger,
  ) {}

  async start(): Promise<void> {
    this.unlisten = await this.database.listen(CHANNEL, (payload) => {
      try {
        this.dispatch(JSON.parse(payload) as BusEvent);
      } catch (error) {
        this.log.warn({ err: error }, 'ignored a malformed event');
      }
    });
  }

  async stop(): Promise<void> {
    await this.unlisten?.();
    this.unlisten = undefined;
    this.handlers.clear();
  }

  async publish<T>(topic: string, data: T): Promise<void> {
    await this.database.notify(CHANNEL, this.payloadOf(topic, data));
  }

  /**
   * Publishes through the caller's transaction: PostgreSQL delivers a NOTIFY only when that transaction
   * commits, and drops it when it (or the savepoint it was sent in) rolls back.
   */
  async publishOnCommit<T>(tx: Tx, topic: string, data: T): Promise<void> {
    await tx.execute(sql`select pg_notify(${CHANNEL}, ${this.payloadOf(topic, data)})`);
  }

  private payloadOf<T>(topic: string, data: T): string {
    const payload = JSON.stringify({ topic, data, origin: this.instanceId } satisfies BusEvent<T>);
    if (Buffer.byteLength(payload) > MAX_PAYLOAD) {
      throw new Error(`event on ${topic} is too large for NOTIFY; publish an id and let clients fetch`);
    }
    return payload;
  }

  subscribe(pattern: string, handler: BusHandler): () => void {
    let set = this.handlers.get(pattern);
    if (!set) {
      set = new Set();
      this.handlers.set(pattern, set);
    }
    set.add(handler);
    return () => {
      set.delete(handler);
      if (set.size === 0) this.handlers.delete(pattern);
    };
  }

  private dispatch(event: BusEvent): void {
    for (const [pattern, set] of this.handlers) {
      const matches = pattern.endsWith('*') ? event.topic.startsWith(pattern.slice(0, -1)) : pattern === event.topic;
      if (!matches) continue;
      for (const handler of set) {
        try {
          handler(event);
        } catch (error) {
          this.log.error({ err: error, topic: event.topic }, 'event handler failed');
        }
      }
    }
  }
}
