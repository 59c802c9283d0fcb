import type { FastifyBaseLogger } from 'fastify';
import type { TSchema } from 'typebox';
import { Value } from 'typebox/value';
import type { Database } from '../db/client.js';
import { systemClock, type Clock } from '../lib/clock.js';
import type { JobDefinition } from './queue.js';

interface ClaimedJob {
  id: string;
  name: string;
  payload: unknown;
  attempts: number;
  max_attempts: number;
}

/** How long a claimed job belongs to its instance; past it, another instance may take the job over. */
export const LEASE_SECONDS = 300;

/** Seconds to wait before attempt n+1: 2, 4, 8 … capped at one hour. */
export const backoffSeconds = (attempt: number) => Math.min(2 ** attempt, 3600);

/**
 * Runs durable jobs from the `jobs` table. Several instances may run at once: a job is claimed with
 * FOR UPDATE SKIP LOCKED and leased; a lease that runs out (the instance died) makes the job claimable again.
 * Due times, leases and backoff are reckoned on the application clock, the same one the queue uses.
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
    private readonly clock: Clock = systemClock,
  ) {}

  register<S extends TSchema>(definition: JobDefinition<S>): void {
    this.definitions.set(definition.name, definition as unknown as JobDefinition);
  }

  /** The registered definition of a job name, if any; the queue uses it to refuse unknown names early. */
  definitionOf(name: string): JobDefinition | undefined {
    return this.definitions.get(name);
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

  private now(): string {
    return this.clock.now().toISOString();
  }

  private async claim(): Promise<ClaimedJob | undefined> {
    const [job] = await this.database.query<ClaimedJob>(
      `update jobs set status = 'running', attempts = attempts + 1,
              locked_until = $1::timestamptz + make_interval(secs => ${LEASE_SECONDS})
        where id = (select id from jobs
                     where (status = 'pending' and run_at <= $1::timestamptz)
                        or (status = 'running' and locked_until < $1::timestamptz)
                     order by run_at limit 1 for update skip locked)
        returning id, name, payload, attempts, max_attempts`,
      [this.now()],
    );
    return job;
  }

  private async runOne(): Promise<boolean> {
    const job = await this.claim();
    if (!job) return false;
    const definition = this.definitions.get(job.name);
    // Neither a missing handler nor a payload that fails its schema gets better by waiting.
    let permanent = true;
    try {
      if (!definition) throw new Error(`no handler is registered for job "${job.name}"`);
      if (!Value.Check(definition.payload, job.payload)) {
        const first = Value.Errors(definition.payload, job.payload)[0];
        throw new Error(`payload does not match its schema${first ? ` at ${first.instancePath || '/'}: ${first.message}` : ''}`);
      }
      permanent = false;
      await definition.handle(job.payload, { id: job.id, attempt: job.attempts });
      await this.database.query(
        `update jobs set status = 'done', finished_at = $2, locked_until = null, last_error = null where id = $1`,
        [job.id, this.now()],
      );
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      const final = permanent || job.attempts >= job.max_attempts;
      this.log.warn({ job: job.name, id: job.id, attempt: job.attempts, final, err: error }, 'job failed');
      await this.database.query(
        final
          ? `update jobs set status = 'failed', finished_at = $3, locked_until = null, last_error = $2 where id = $1`
          : `update jobs set status = 'pending', locked_until = null, last_error = $2,
                    run_at = $3::timestamptz + make_interval(secs => $4) where id = $1`,
        final ? [job.id, message, this.now()] : [job.id, message, this.now(), backoffSeconds(job.attempts)],
      );
    }
    return true;
  }
}
