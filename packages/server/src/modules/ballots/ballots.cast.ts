import type { CastAck } from '@collegium/shared/contracts/ballots';
import type { Ctx, Deps } from '../../context.js';
import { AppError, unauthenticated } from '../../lib/app-error.js';
import { loadReadablePoll } from '../polls/polls.access.js';
import { announceCast } from './ballots.announce.js';
import { recordBatch, type Cast, type PendingCast } from './ballots.batch.js';

export { receiptHash, type Cast } from './ballots.batch.js';

/** the most casts one transaction records */
const MAX_BATCH = 250;

interface Queued extends PendingCast {
  ctx: Ctx;
  resolve: (ack: CastAck) => void;
  reject: (error: unknown) => void;
}

/**
 * Casts waiting to be written, per application instance. While one batch is being written the next ones
 * gather, so under load a few hundred votes share one transaction (group commit) and an idle server writes
 * a lone vote at once.
 */
class CastQueue {
  private pending: Queued[] = [];
  private draining = false;

  constructor(private readonly deps: Deps) {}

  add(entry: Queued): void {
    this.pending.push(entry);
    if (this.draining) return;
    this.draining = true;
    setImmediate(() => void this.drain());
  }

  private async drain(): Promise<void> {
    try {
      while (this.pending.length > 0) await this.write(this.pending.splice(0, MAX_BATCH));
    } finally {
      this.draining = false;
    }
  }

  private async write(batch: Queued[]): Promise<void> {
    let outcomes;
    try {
      outcomes = await recordBatch(this.deps, batch);
    } catch (error) {
      // A batch that fails as a whole (a key sent to two instances at once) is written cast by cast.
      if (batch.length === 1) {
        batch[0]!.reject(error);
        return;
      }
      for (const entry of batch) await this.write([entry]);
      return;
    }
    const announced = new Set<string>();
    for (const [index, outcome] of outcomes.entries()) {
      const entry = batch[index]!;
      if (outcome instanceof AppError) {
        void hideUnreadable(entry, outcome);
        continue;
      }
      entry.resolve(outcome.ack);
      if (!outcome.ack.replayed && !announced.has(outcome.poll.id)) {
        announced.add(outcome.poll.id);
        announceCast(this.deps, outcome.poll);
      }
    }
  }
}

/** A refusal goes only to someone who may see the poll; to anyone else the poll does not exist. */
async function hideUnreadable(entry: Queued, error: AppError): Promise<void> {
  try {
    await loadReadablePoll(entry.ctx, entry.cast.pollId);
    entry.reject(error);
  } catch (hidden) {
    entry.reject(hidden);
  }
}

const queues = new WeakMap<Deps, CastQueue>();

/**
 * Casts (or changes) a vote. Acknowledged means committed: the vote is in the database before the answer
 * leaves. A key seen before answers its first acknowledgement and records nothing.
 */
export function castVote(ctx: Ctx, cast: Cast): Promise<CastAck> {
  if (ctx.actor.kind !== 'user') return Promise.reject(unauthenticated());
  const userId = ctx.actor.userId;
  let queue = queues.get(ctx.deps);
  if (!queue) {
    queue = new CastQueue(ctx.deps);
    queues.set(ctx.deps, queue);
  }
  const target = queue;
  return new Promise((resolve, reject) => target.add({ ctx, userId, cast, resolve, reject }));
}
