import type { Readable } from 'node:stream';
import { eq } from 'drizzle-orm';
import type { PacketVariant, SessionPacketStatus } from '@collegium/shared/contracts/session-packet';
import { inTransaction, type Ctx } from '../../context.js';
import { sessionPackets } from '../../db/schema/index.js';
import { requireAbility, subjectOf } from '../../lib/access.js';
import { AppError, forbidden } from '../../lib/app-error.js';
import { recordAudit } from '../../lib/audit.js';
import { loadReadableSession, sessionAbilities, sessionResource, type SessionWithBody } from '../sessions/sessions.access.js';
import { requestSessionPacket } from './packet-requests.js';

type PacketRow = typeof sessionPackets.$inferSelect;

/** The variants a caller may read, fullest first: managers all, members theirs and the public one, others the public one. */
async function readableVariants(ctx: Ctx, row: SessionWithBody): Promise<{ variants: PacketVariant[]; manage: boolean }> {
  const abilities = sessionAbilities(await subjectOf(ctx), row);
  if (abilities.manage) return { variants: ['draft', 'members', 'public'], manage: true };
  if (abilities.readClosed) return { variants: ['members', 'public'], manage: false };
  return { variants: ['public'], manage: false };
}

interface Chosen {
  session: SessionWithBody;
  variant: PacketVariant;
  row: PacketRow | undefined;
  manage: boolean;
  building: boolean;
}

/**
 * The packet a caller gets: the variant asked for when they may read it (403 otherwise), else the fullest
 * one they may read that exists — a manager's draft only while late entries wait. A session the caller may
 * not read is 404.
 */
async function choosePacket(ctx: Ctx, sessionId: string, asked?: PacketVariant): Promise<Chosen> {
  const session = await loadReadableSession(ctx, sessionId);
  const { variants, manage } = await readableVariants(ctx, session);
  if (asked && !variants.includes(asked)) throw forbidden('You may not read this variant of the packet.');
  const rows = new Map(
    (await ctx.db.select().from(sessionPackets).where(eq(sessionPackets.sessionId, sessionId))).map((row) => [row.variant, row]),
  );
  const variant = asked ?? variants.find((v) => rows.get(v)?.status === 'ready') ?? variants.find((v) => rows.has(v)) ?? variants.at(-1)!;
  // A variant the next build will add (the public one after convening) is as far along as the others.
  const building = [...rows.values()].some((r) => r.status === 'building');
  return { session, variant, row: rows.get(variant), manage, building };
}

const iso = (value: Date | null | undefined) => (value ? value.toISOString() : null);

function presentStatus(chosen: Chosen): SessionPacketStatus {
  const { row, variant, manage } = chosen;
  const status = row?.status ?? (chosen.building ? 'building' : 'missing');
  return {
    variant,
    status: status as SessionPacketStatus['status'],
    builtAt: status === 'ready' ? iso(row?.builtAt) : null,
    requestedAt: iso(row?.requestedAt),
    pageCount: status === 'ready' ? (row?.pageCount ?? null) : null,
    size: status === 'ready' ? (row?.size ?? null) : null,
    error: manage && status === 'failed' ? (row?.error ?? null) : null,
    downloadUrl:
      status === 'ready'
        ? `/api/v1/sessions/${chosen.session.session.id}/packet${variant === 'members' ? '' : `?variant=${variant}`}`
        : null,
    canRebuild: manage,
  };
}

export async function getPacketStatus(ctx: Ctx, sessionId: string, variant?: PacketVariant): Promise<SessionPacketStatus> {
  return presentStatus(await choosePacket(ctx, sessionId, variant));
}

export interface OpenedPacket {
  stream: Readable;
  size: number;
  sha256: string;
  fileName: string;
}

/** The PDF, while its variant is ready; otherwise 409 saying it is being prepared (or why it failed). */
export async function openPacket(ctx: Ctx, sessionId: string, variant?: PacketVariant): Promise<OpenedPacket> {
  const chosen = await choosePacket(ctx, sessionId, variant);
  const { row } = chosen;
  if (!row || row.status !== 'ready' || !row.fileSha256) {
    const message =
      row?.status === 'failed'
        ? 'The packet could not be built. The session’s managers can see why and build it again.'
        : row || chosen.building
          ? 'The packet is being prepared. Try again in a moment.'
          : 'The packet has not been prepared yet. It is built when the agenda or materials change, or when a manager asks for it.';
    throw new AppError('conflict', message, { packetStatus: row?.status ?? (chosen.building ? 'building' : 'missing') });
  }
  const { session, body } = chosen.session;
  return {
    stream: await ctx.deps.files.open(row.fileSha256),
    size: row.size ?? 0,
    sha256: row.fileSha256,
    fileName: `${body.slug}-${session.kind}-${session.number}${chosen.variant === 'members' ? '' : `-${chosen.variant}`}.pdf`,
  };
}

/** A manager's "rebuild now": every variant is built again from scratch, whatever its fingerprint. */
export async function rebuildPacket(ctx: Ctx, sessionId: string): Promise<SessionPacketStatus> {
  await inTransaction(ctx, async (tx) => {
    const { session, body } = await loadReadableSession(tx, sessionId);
    await requireAbility(tx, 'session:manage', sessionResource(session, body));
    await tx.db.update(sessionPackets).set({ inputsFingerprint: null }).where(eq(sessionPackets.sessionId, sessionId));
    await requestSessionPacket(tx, sessionId);
    await recordAudit(tx, {
      action: 'session.packet.rebuild',
      entityType: 'session',
      entityId: sessionId,
      organizationId: body.organizationId,
      summary: {},
    });
  });
  return getPacketStatus(ctx, sessionId);
}
