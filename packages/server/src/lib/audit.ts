import { asc, desc, gt, sql } from 'drizzle-orm';
import type { Ctx } from '../context.js';
import type { Db, Tx } from '../db/client.js';
import { auditEvents } from '../db/schema/index.js';
import { canonicalJson, sha256Hex } from './crypto.js';

export interface AuditInput {
  action: string;
  entityType: string;
  entityId?: string | null;
  organizationId?: string | null;
  /** a short before/after picture of the change; never secrets */
  summary?: { before?: unknown; after?: unknown; [key: string]: unknown };
}

const GENESIS = '0'.repeat(64);
const AUDIT_LOCK = 4242002;

interface HashedFields {
  occurredAt: string;
  actorUserId: string | null;
  actorLabel: string;
  action: string;
  entityType: string;
  entityId: string | null;
  organizationId: string | null;
  ip: string | null;
  requestId: string | null;
  summary: unknown;
  prevHash: string;
}

export function auditHash(fields: HashedFields): string {
  return sha256Hex(canonicalJson({ ...fields, occurredAt: new Date(fields.occurredAt).toISOString() }));
}

function actorOf(ctx: Ctx): { actorUserId: string | null; actorLabel: string } {
  const { actor } = ctx;
  if (actor.kind === 'user') return { actorUserId: actor.userId, actorLabel: actor.email };
  if (actor.kind === 'system') return { actorUserId: null, actorLabel: `system:${actor.label}` };
  return { actorUserId: null, actorLabel: 'anonymous' };
}

type PendingAudit = Omit<HashedFields, 'prevHash'>;

function pendingAudit(ctx: Ctx, input: AuditInput): PendingAudit {
  return {
    occurredAt: ctx.deps.clock.now().toISOString(),
    ...actorOf(ctx),
    action: input.action,
    entityType: input.entityType,
    entityId: input.entityId ?? null,
    organizationId: input.organizationId ?? null,
    ip: ctx.origin.ip ?? null,
    requestId: ctx.origin.requestId ?? null,
    summary: JSON.parse(JSON.stringify(input.summary ?? {})),
  };
}

/** Rows per insert statement: 12 parameters each stays well under PostgreSQL's 65,535. */
const AUDIT_INSERT_CHUNK = 1000;

/** Appends events in order under one acquisition of the chain lock, chaining their hashes in memory. */
async function appendToChain(tx: Tx, events: readonly PendingAudit[]): Promise<void> {
  if (events.length === 0) return;
  await tx.execute(sql`select pg_advisory_xact_lock(${AUDIT_LOCK})`);
  const [last] = await tx.select({ hash: auditEvents.hash }).from(auditEvents).orderBy(desc(auditEvents.id)).limit(1);
  let prevHash = last?.hash ?? GENESIS;
  const rows = events.map((event) => {
    const fields: HashedFields = { ...event, prevHash };
    prevHash = auditHash(fields);
    return { ...fields, hash: prevHash };
  });
  // ids follow the order of the values list, which is the chain's order
  for (let start = 0; start < rows.length; start += AUDIT_INSERT_CHUNK) {
    await tx.insert(auditEvents).values(rows.slice(start, start + AUDIT_INSERT_CHUNK));
  }
}

async function inOwnTransaction(ctx: Ctx, write: (tx: Tx) => Promise<void>): Promise<void> {
  // Outside a transaction, open one so the lock and the insert go together.
  if (ctx.db === ctx.deps.database.db) await (ctx.db as Db).transaction(write);
  else await write(ctx.db);
}

/**
 * Appends an audit event. Call it with the ctx of the transaction that makes the change, so the record
 * commits or rolls back with it. The chain is serialised by a transaction-level advisory lock.
 * Under a ctx from deferAudit the event is held until that flushes.
 */
export async function recordAudit(ctx: Ctx, input: AuditInput): Promise<void> {
  const event = pendingAudit(ctx, input);
  if (ctx.auditBuffer) ctx.auditBuffer.push(event);
  else await inOwnTransaction(ctx, (tx) => appendToChain(tx, [event]));
}

/** Appends several events in one go (one lock, one read of the last hash, multi-row inserts). */
export async function recordAuditBatch(ctx: Ctx, inputs: readonly AuditInput[]): Promise<void> {
  const events = inputs.map((input) => pendingAudit(ctx, input));
  if (ctx.auditBuffer) ctx.auditBuffer.push(...events);
  else await inOwnTransaction(ctx, (tx) => appendToChain(tx, events));
}

/**
 * For bulk writers such as the directory import: services called with the returned ctx hold their audit
 * events in memory, and flush() appends them all, in order, through the transaction of `ctx`. Use it only
 * where a failure rolls back the whole transaction, so a held event never outlives its change.
 */
export function deferAudit(ctx: Ctx): { ctx: Ctx; flush: () => Promise<void> } {
  const buffer: PendingAudit[] = [];
  return {
    ctx: { ...ctx, auditBuffer: buffer },
    flush: async () => {
      const events = buffer.splice(0);
      await inOwnTransaction(ctx, (tx) => appendToChain(tx, events));
    },
  };
}

export interface AuditVerification {
  ok: boolean;
  checked: number;
  /** the first row whose stored hash or link does not match */
  brokenAt?: { id: number; reason: string };
}

/** Walks the whole chain in id order and recomputes every hash. */
export async function verifyAuditChain(
  db: Db,
  onProgress?: (checked: number) => void,
): Promise<AuditVerification> {
  let prevHash = GENESIS;
  let lastId = 0;
  let checked = 0;
  for (;;) {
    const rows = await db
      .select()
      .from(auditEvents)
      .where(gt(auditEvents.id, lastId))
      .orderBy(asc(auditEvents.id))
      .limit(1000);
    if (rows.length === 0) return { ok: true, checked };
    for (const row of rows) {
      if (row.prevHash !== prevHash) {
        return { ok: false, checked, brokenAt: { id: row.id, reason: 'previous-hash link does not match' } };
      }
      const { id: _id, hash, ...fields } = row;
      if (auditHash(fields) !== hash) {
        return { ok: false, checked, brokenAt: { id: row.id, reason: 'content does not match its hash' } };
      }
      prevHash = hash;
      lastId = row.id;
      checked++;
    }
    onProgress?.(checked);
  }
}
