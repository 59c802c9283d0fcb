import type { FastifyBaseLogger } from 'fastify';
import type { InstallationRole } from '@collegium/shared/domain/roles';
import type { Config } from './config.js';
import type { Database, Tx } from './db/client.js';
import type { Clock } from './lib/clock.js';
import type { Mailer } from './mail/mailer.js';
import type { FileStore } from './files/store.js';
import type { EventBus } from './events/bus.js';
import type { JobQueue } from './jobs/queue.js';

/** Everything a service may use, passed explicitly; no process-wide singletons. */
export interface Deps {
  readonly config: Config;
  readonly database: Database;
  readonly clock: Clock;
  readonly mailer: Mailer;
  readonly files: FileStore;
  readonly bus: EventBus;
  readonly jobs: JobQueue;
  readonly log: FastifyBaseLogger;
}

export type Actor =
  | {
      readonly kind: 'user';
      readonly userId: string;
      readonly email: string;
      readonly displayName: string;
      readonly role: InstallationRole;
      readonly via: 'session' | 'token';
      readonly sessionId?: string;
      readonly tokenId?: string;
    }
  | { readonly kind: 'anonymous' }
  | { readonly kind: 'system'; readonly label: string };

export interface Origin {
  readonly ip?: string;
  readonly requestId?: string;
  readonly userAgent?: string;
}

/** What a service call runs with: who acts, from where, on which database handle. */
export interface Ctx {
  readonly deps: Deps;
  readonly db: Tx;
  readonly actor: Actor;
  readonly origin: Origin;
  /** set by deferAudit (lib/audit.ts): audit events wait here until it flushes */
  readonly auditBuffer?: unknown[];
}

export const systemActor = (label: string): Actor => ({ kind: 'system', label });

export function systemCtx(deps: Deps, label: string): Ctx {
  return { deps, db: deps.database.db, actor: systemActor(label), origin: {} };
}

/**
 * Runs fn in one transaction; audit rows and enqueued jobs written through ctx.db commit with the change.
 * Inside another transaction it becomes a savepoint of that one.
 */
export async function inTransaction<T>(ctx: Ctx, fn: (ctx: Ctx) => Promise<T>): Promise<T> {
  return ctx.db.transaction((tx) => fn({ ...ctx, db: tx }));
}
