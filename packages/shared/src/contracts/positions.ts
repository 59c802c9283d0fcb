import { Type, type Static, type TSchema } from 'typebox';
import { consentBlockReasons, positionKinds } from '../domain/consent-block.js';

const Uuid = Type.String({ format: 'uuid' });
const DateTime = Type.String({ format: 'date-time' });
const Nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);
const PersonRef = Type.Object({ id: Uuid, name: Type.String() });

export const PositionKind = Type.Enum(positionKinds);
export type PositionKind = Static<typeof PositionKind>;

export const AgendaItemIdParams = Type.Object({ id: Uuid });

/** What a member records on one item; a conflict of interest needs its reason (it is part of the record). */
export const PositionInput = Type.Object(
  {
    position: PositionKind,
    reason: Type.Optional(Nullable(Type.String({ maxLength: 1000 }))),
  },
  { additionalProperties: false },
);
export type PositionInput = Static<typeof PositionInput>;

/** The position a seat holds on one item. */
export const Position = Type.Object({
  agendaItemId: Uuid,
  /** the member whose seat it is */
  person: PersonRef,
  position: PositionKind,
  reason: Nullable(Type.String()),
  /** who recorded it: the member, or the substitute the member sent */
  recordedBy: Nullable(PersonRef),
  recordedAt: DateTime,
});
export type Position = Static<typeof Position>;

export const PositionCounts = Type.Object({
  agree: Type.Integer(),
  object: Type.Integer(),
  wish_to_speak: Type.Integer(),
  conflict_of_interest: Type.Integer(),
});

/** Per item: counts, and who objects, wishes to speak or declared a conflict (agreement is counted only). */
export const ItemPositionSummary = Type.Object({
  agendaItemId: Uuid,
  counts: PositionCounts,
  statements: Type.Array(Position),
});
export type ItemPositionSummary = Static<typeof ItemPositionSummary>;

export const SessionPositions = Type.Object({
  sessionId: Uuid,
  /** whether positions may be recorded now (the session is convened and has not started) */
  open: Type.Boolean(),
  /** the seat the caller records for: their own, or the member's who sent them as substitute */
  seat: Nullable(Type.Object({ person: PersonRef, asSubstitute: Type.Boolean() })),
  /** how many members may record positions (the base of "recorded by n of m") */
  seats: Type.Integer(),
  /** how many of them have recorded at least one position */
  recorded: Type.Integer(),
  mine: Type.Array(Position),
  items: Type.Array(ItemPositionSummary),
});
export type SessionPositions = Static<typeof SessionPositions>;

export const ConsentBlockReason = Type.Enum(consentBlockReasons);
export type ConsentBlockReason = Static<typeof ConsentBlockReason>;

export const ConsentBlockItem = Type.Object({
  agendaItemId: Uuid,
  number: Type.String(),
  inBlock: Type.Boolean(),
  /** taken out by the chair or secretary */
  excluded: Type.Boolean(),
  /** why it is out; empty when it is in */
  reasons: Type.Array(ConsentBlockReason),
});
export type ConsentBlockItem = Static<typeof ConsentBlockItem>;

export const ConsentBlock = Type.Object({
  sessionId: Uuid,
  /** the items in the block, in agenda order */
  itemIds: Type.Array(Uuid),
  /** every decision and consent-request item, in agenda order, in the block or not */
  items: Type.Array(ConsentBlockItem),
  /** whether the caller may take items out of the block or put them back now */
  canExclude: Type.Boolean(),
});
export type ConsentBlock = Static<typeof ConsentBlock>;

export const ConsentBlockExclusionInput = Type.Object({ excluded: Type.Boolean() }, { additionalProperties: false });
export type ConsentBlockExclusionInput = Static<typeof ConsentBlockExclusionInput>;
