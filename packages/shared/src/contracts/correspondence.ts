import { Type, type Static, type TSchema } from 'typebox';

/** Defaults of the body rules a correspondence session reads when the body's rules do not say. */
export const DEFAULT_CORRESPONDENCE_MIN_HOURS = 4;
export const DEFAULT_CORRESPONDENCE_MAX_HOURS = 72;
export const DEFAULT_WITHDRAWAL_REQUEST_THRESHOLD = 3;
export const DEFAULT_CORRESPONDENCE_REMINDER_HOURS: readonly number[] = [24, 2];

const Uuid = Type.String({ format: 'uuid' });
const Instant = Type.String({ format: 'date-time' });
const Nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);

export const CorrespondenceRulesInEffect = Type.Object({
  minHours: Type.Integer(),
  maxHours: Type.Integer(),
  withdrawalRequestThreshold: Type.Integer(),
  reminderHours: Type.Array(Type.Integer()),
});

export const CorrespondencePollSummary = Type.Object({
  id: Uuid,
  status: Type.Enum(['draft', 'open', 'closed', 'annulled'] as const),
  voted: Type.Integer(),
  electors: Type.Integer(),
  /** set once closed */
  passed: Nullable(Type.Boolean()),
  void: Nullable(Type.Boolean()),
  /** per option role (for, against, abstain): votes, once closed */
  counts: Nullable(Type.Record(Type.String(), Type.Number())),
  annulledReason: Nullable(Type.String()),
});

export const WrittenPosition = Type.Object({
  personId: Uuid,
  name: Type.String(),
  /** plain text, shown as written */
  text: Type.String(),
  updatedAt: Instant,
});

export const WithdrawalRequestEntry = Type.Object({
  personId: Uuid,
  name: Type.String(),
  reason: Nullable(Type.String()),
  requestedAt: Instant,
});

export const MyCorrespondenceAnswers = Type.Object({
  /** the caller holds a seat in this item's vote */
  elector: Type.Boolean(),
  /** the option the caller's seat chose (for, against, abstain), null before voting */
  vote: Nullable(Type.String()),
  position: Nullable(Type.String()),
  withdrawalRequested: Type.Boolean(),
  withdrawalReason: Nullable(Type.String()),
  /** the conflict of interest the caller declared on the item (they do not vote on it), or null */
  conflict: Nullable(Type.String()),
});

export const ConflictDeclaration = Type.Object({
  personId: Uuid,
  name: Type.String(),
  reason: Nullable(Type.String()),
});

export const CorrespondenceItem = Type.Object({
  agendaItemId: Uuid,
  number: Type.String(),
  title: Type.String(),
  kind: Type.String(),
  /** decision and consent request items are voted on; the others are only noted */
  voted: Type.Boolean(),
  deadlineAt: Nullable(Instant),
  /** the item has its own deadline rather than the session's */
  ownDeadline: Type.Boolean(),
  outcome: Nullable(Type.String()),
  poll: Nullable(CorrespondencePollSummary),
  positions: Type.Array(WrittenPosition),
  /** members who declared a conflict of interest: they neither vote on the item nor count in its base */
  conflicts: Type.Array(ConflictDeclaration),
  withdrawalRequests: Type.Object({
    count: Type.Integer(),
    /** who asked, for the session's managers only */
    entries: Type.Optional(Type.Array(WithdrawalRequestEntry)),
  }),
  /** withdrawn at the members' request and carried to the next regular session */
  withdrawnAt: Nullable(Instant),
  carriedTo: Nullable(Type.Object({ sessionId: Uuid, agendaItemId: Uuid })),
  /** the answers are closed: past the deadline, vote no longer open, or session over */
  answersClosed: Type.Boolean(),
  mine: MyCorrespondenceAnswers,
});
export type CorrespondenceItem = Static<typeof CorrespondenceItem>;

export const CorrespondenceOverview = Type.Object({
  sessionId: Uuid,
  status: Type.String(),
  deadlineAt: Nullable(Instant),
  rules: CorrespondenceRulesInEffect,
  /** the caller may set deadlines and sees who asked for a withdrawal */
  manage: Type.Boolean(),
  items: Type.Array(CorrespondenceItem),
});
export type CorrespondenceOverview = Static<typeof CorrespondenceOverview>;

export const CorrespondenceDeadlinesInput = Type.Object(
  {
    items: Type.Array(
      Type.Object({ agendaItemId: Uuid, deadlineAt: Nullable(Instant) }, { additionalProperties: false }),
      { minItems: 1, maxItems: 200 },
    ),
  },
  { additionalProperties: false },
);
export type CorrespondenceDeadlinesInput = Static<typeof CorrespondenceDeadlinesInput>;

export const WrittenPositionInput = Type.Object(
  { text: Type.String({ minLength: 1, maxLength: 20_000 }) },
  { additionalProperties: false },
);
export type WrittenPositionInput = Static<typeof WrittenPositionInput>;

export const WithdrawalRequestInput = Type.Object(
  { reason: Type.Optional(Type.String({ maxLength: 2000 })) },
  { additionalProperties: false },
);
export type WithdrawalRequestInput = Static<typeof WithdrawalRequestInput>;
