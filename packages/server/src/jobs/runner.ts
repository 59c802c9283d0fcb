import type { FastifyBaseLogger } from 'fastify';
import { Value } from 'typebox/value';
import type { Database } from '../db/client.js';
import type { JobDefinition } from './queue.js';

interface ClaimedJob {
  id: string;
  name: string;
  payload: unknown;
  attempts: number;
  max_attempts: number;
}

const LEASE_SECONDS = 300;

/** Seconds to wait before attempt n+1: 2, 4, 8 … capped at one hour. */
export const backoffSeconds = (attempt: number) => Math.min(2 ** attempt, 3600);

/**
 * Runs durable jobs from the `jobs` table. Several instances may run at once: a job is claimed with
 * FOR UPDATE SKIP LOCKED and leased; a lease that runs out (the instance died) makes the job claimable again.
 */
export class JobRunner {
  private readonly definitions = new Map<string, JobDefinition>();
  private timer: NodeJS.Timeout | undefined;
  private unlisten: (() => Promise<void>) | undefined;
  private running: Promise<void> | undefined;
  private wakeAgain = false;
  private stopped = true;

  constructor(
    private readonly database: Database,
    private readonly log: FastifyBaseLogger,
    private readonly pollMs: number,
  ) {}

  register(definition: JobDefinition): void {
    this.definitions.set(definition.name, definition as JobDefinition);
  }

  async start(): Promise<void> {
    this.stopped = false;
    this.unlisten = await this.database.listen('collegium_jobs', () => this.wake());
    this.timer = setInterval(() => this.wake(), this.pollMs);
    this.timer.unref();
    this.wake();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    await this.unlisten?.();
    await this.running;
  }

  /** Runs every job that is due now, then resolves. Tests call this instead of waiting. */
  async drain(): Promise<number> {
    let count = 0;
    while (await this.runOne()) count++;
    return count;
  }

  private wake(): void {
    if (this.stopped) return;
    if (this.running) {
      this.wakeAgain = true;
      return;
    }
    this.running = (async () => {
      do {
        this.wakeAgain = false;
        while (!this.stopped && (await this.runOne().catch((error: unknown) => this.logClaimError(error)))) {
          // keep going while jobs are due
        }
      } while (this.wakeAgain && !this.stopped);
    })().finally(() => {
      this.running = undefined;
    });
  }

  private logClaimError(error: unknown): false {
    if (!this.stopped) this.log.error({ err: error }, 'could not claim a job');
    return false;
  }

  private async claim(): Promise<ClaimedJob | undefined> {
    const [job] = await this.database.query<ClaimedJob>(
      `update jobs set status = 'running', attempts = attempts + 1,
              locked_until = now() + make_interval(secs => ${LEASE_SECONDS})
        where id = (select id from jobs
                     where (status = 'pending' and run_at <= now())
                        or (status = 'running' and locked_until < now())
                     order by run_at limit 1 for update skip locked)
        returning id, name, payload, attempts, max_attempts`,
    );
    return job;
  }

  private async runOne(): Promise<boolean> {
    const job = await this.claim();
    if (!job) return false;
    const definition = this.definitions.get(job.name);
    try {
      if (!definition) throw new Error(`no handler is registered for job "${job.name}"`);
      if (!Value.Check(definition.payload, job.payload)) throw new Error('payload does not match its schema');
      await definition.handle(job.payload, { id: job.id, attempt: job.attempts });
      await this.database.query(
        `update jobs set status = 'done', finished_at = now(), locked_until = null, last_error = null where id = $1`,
        [job.id],
      );
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      const final = !definition || job.attempts >= job.max_attempts;
      this.log.warn({ job: job.name, id: job.id, attempt: job.attempts, final, err: error }, 'job failed');
      await this.database.query(
        final
          ? `update jobs set status = 'failed', finished_at = now(), locked_until = null, last_error = $2 where id = $1`
          : `update jobs set status = 'pending', locked_until = null, last_error = $2,
                    run_at = now() + make_interval(secs => $3) where id = $1`,
        final ? [job.id, message] : [job.id, message, backoffSeconds(job.attempts)],
      );
    }
    return true;
  }
}
