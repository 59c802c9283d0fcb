import { and, eq, sql } from 'drizzle-orm';
import type { TSchema, Static } from 'typebox';
import type { Tx } from '../db/client.js';
import { jobs } from '../db/schema/index.js';

export interface JobDefinition<S extends TSchema = TSchema> {
  readonly name: string;
  readonly payload: S;
  readonly maxAttempts?: number;
  /** handler; throwing schedules a retry with exponential backoff */
  readonly handle: (payload: Static<S>, job: { id: string; attempt: number }) => Promise<void>;
}

export interface EnqueueOptions {
  runAt?: Date;
  maxAttempts?: number;
  /** while a job with this key is pending, enqueueing another is a no-op */
  singletonKey?: string;
}

export interface JobQueue {
  /** Adds a job through `db` — pass the transaction of the change so the job commits with it. */
  enqueue(db: Tx, name: string, payload: unknown, options?: EnqueueOptions): Promise<string | null>;
}

export const jobQueue: JobQueue = {
  async enqueue(db, name, payload, options = {}) {
    if (options.singletonKey) {
      const existing = await db
        .select({ id: jobs.id })
        .from(jobs)
        .where(and(eq(jobs.singletonKey, options.singletonKey), eq(jobs.status, 'pending')))
        .limit(1);
      if (existing.length > 0) return null;
    }
    const [row] = await db
      .insert(jobs)
      .values({
        name,
        payload: payload as object,
        runAt: options.runAt ?? sql`now()`,
        maxAttempts: options.maxAttempts ?? 5,
        singletonKey: options.singletonKey ?? null,
      })
      .returning({ id: jobs.id });
    await db.execute(sql`select pg_notify('collegium_jobs', ${name})`);
    return row?.id ?? null;
  },
};
