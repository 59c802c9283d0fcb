import { sql } from 'drizzle-orm';
import type { TSchema, Static } from 'typebox';
import { Value } from 'typebox/value';
import type { Tx } from '../db/client.js';
import { jobs } from '../db/schema/index.js';
import { systemClock, type Clock } from '../lib/clock.js';

export interface JobDefinition<S extends TSchema = TSchema> {
  readonly name: string;
  readonly payload: S;
  readonly maxAttempts?: number;
  /** handler; throwing schedules a retry with exponential backoff */
  readonly handle: (payload: Static<S>, job: { id: string; attempt: number }) => Promise<void>;
}

export interface EnqueueOptions {
  /** when the job becomes due; defaults to the application clock's now */
  runAt?: Date;
  maxAttempts?: number;
  /** while a job with this key is pending, enqueueing another is a no-op */
  singletonKey?: string;
}

export interface JobQueue {
  /**
   * Adds a job through `db` — pass the transaction of the change so the job commits with it.
   * Returns the job id, or null when a pending job with the same singleton key already exists.
   */
  enqueue(db: Tx, name: string, payload: unknown, options?: EnqueueOptions): Promise<string | null>;
}

/**
 * The queue side of durable jobs. Times come from the application clock (as in the runner), so tests
 * that move the clock see jobs become due, and back off, on that clock.
 */
export function createJobQueue(
  clock: Clock = systemClock,
  definitionOf?: (name: string) => JobDefinition | undefined,
): JobQueue {
  return {
    async enqueue(db, name, payload, options = {}) {
      const definition = definitionOf?.(name);
      // A typo in a job name should fail the request that enqueues it, not surface days later as a failed job.
      if (definitionOf && !definition) throw new Error(`cannot enqueue "${name}": no such job is registered`);
      if (definition && !Value.Check(definition.payload, payload)) {
        const first = Value.Errors(definition.payload, payload)[0];
        throw new Error(`cannot enqueue "${name}": the payload does not match its schema (${first?.message ?? 'invalid'})`);
      }
      // The partial unique index on singleton_key (pending jobs only) makes this race-free across instances.
      const [row] = await db
        .insert(jobs)
        .values({
          name,
          payload: payload as object,
          runAt: options.runAt ?? clock.now(),
          maxAttempts: options.maxAttempts ?? definition?.maxAttempts ?? 5,
          singletonKey: options.singletonKey ?? null,
        })
        .onConflictDoNothing({ target: jobs.singletonKey, where: sql`status = 'pending'` })
        .returning({ id: jobs.id });
      if (!row) return null;
      await db.execute(sql`select pg_notify('collegium_jobs', ${name})`);
      return row.id;
    },
  };
}

/** A queue on the system clock that knows no definitions (accepts any name), for scripts. */
export const jobQueue: JobQueue = createJobQueue();
