import { Type, type Static, type TSchema } from 'typebox';

const Nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);
const DateTime = Type.String({ format: 'date-time' });

/**
 * Packets by who may read them: 'members' (every approved item and material, closed items included),
 * 'public' (public items only; for readers who may not see closed items, once the session is convened) and
 * 'draft' (for the session's managers while late entries wait for the chair: those included and marked).
 */
export const packetVariants = ['members', 'public', 'draft'] as const;
export type PacketVariant = (typeof packetVariants)[number];

/** 'missing': never asked for; 'building': being prepared; 'failed': the last build failed (error says why). */
export const packetStatuses = ['missing', 'building', 'ready', 'failed'] as const;

export const SessionPacketStatus = Type.Object({
  variant: Type.Enum(packetVariants),
  status: Type.Enum(packetStatuses),
  /** when the file that GET …/packet sends was built */
  builtAt: Nullable(DateTime),
  requestedAt: Nullable(DateTime),
  pageCount: Nullable(Type.Integer()),
  size: Nullable(Type.Integer({ description: 'bytes' })),
  /** why the last build failed (managers only; others see null) */
  error: Nullable(Type.String()),
  /** the PDF's address while a built packet is ready, else null */
  downloadUrl: Nullable(Type.String()),
  canRebuild: Type.Boolean(),
});
export type SessionPacketStatus = Static<typeof SessionPacketStatus>;

export const SessionPacketQuery = Type.Object({
  variant: Type.Optional(
    Type.Enum(packetVariants, { description: 'one the caller may read (managers: any; members: members or public; others: public); by default the fullest one built' }),
  ),
});
export type SessionPacketQuery = Static<typeof SessionPacketQuery>;
