import { Type, type Static, type TSchema } from 'typebox';
import { agendaItemKinds } from '../domain/session-lifecycle.js';

/**
 * Running a session's meeting: agenda adoption with amendments, the consent block, the current item,
 * item outcomes and the speakers list. Live clients follow `session:<id>` and refetch on its events.
 */
const Uuid = Type.String({ format: 'uuid' });
const DateTime = Type.String({ format: 'date-time', description: 'an instant in ISO 8601, stored in UTC' });
const Nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);
const PersonRef = Type.Object({ id: Uuid, name: Type.String() });

/** the longest speaking-time limit: an hour */
export const MAX_SPEAKING_LIMIT_SECONDS = 3600;

export const amendmentKinds = ['add', 'withdraw', 'move'] as const;
export const amendmentDecisions = ['accepted', 'rejected'] as const;
export const itemOutcomes = ['noted', 'adopted', 'adopted_with_amendments', 'postponed', 'withdrawn', 'rejected'] as const;
export type ItemOutcome = (typeof itemOutcomes)[number];
export const speakerKinds = ['speech', 'reply'] as const;
export const speakerStatuses = ['waiting', 'speaking', 'done', 'withdrawn'] as const;
export const speakerSources = ['request', 'chair', 'position'] as const;

/** The kinds of session events the meeting publishes on `session:<id>` (with `sessionId`, and ids). */
export const meetingEventKinds = ['meeting', 'current-item', 'outcome', 'speakers'] as const;

export const MeetingParams = Type.Object({ id: Uuid });
export const MeetingItemParams = Type.Object({ id: Uuid, itemId: Uuid });
export const MeetingSpeakerParams = Type.Object({ id: Uuid, requestId: Uuid });

export const AgendaAmendment = Type.Object({
  id: Uuid,
  kind: Type.Enum(amendmentKinds),
  /** the item withdrawn or moved; for an accepted addition, the item it added */
  agendaItemId: Nullable(Uuid),
  text: Type.String(),
  proposer: Nullable(Type.String({ description: 'the proposer’s name' })),
  proposerPersonId: Nullable(Uuid),
  decision: Type.Enum(amendmentDecisions),
  recordedAt: DateTime,
});
export type AgendaAmendment = Static<typeof AgendaAmendment>;

export const ItemProceeding = Type.Object({
  agendaItemId: Uuid,
  /** when the meeting first took the item up, and last left it */
  startedAt: Nullable(DateTime),
  endedAt: Nullable(DateTime),
  outcome: Nullable(Type.Enum(itemOutcomes)),
  /** the resolution as adopted; null when hidden from the caller (a closed item) */
  resolutionText: Nullable(Type.String()),
  inConsentBlock: Type.Boolean(),
  outcomeRecordedAt: Nullable(DateTime),
  outcomeRecordedBy: Nullable(Type.String()),
  /** this item's own speaking-time limit, replacing the session's */
  speakingLimitSeconds: Nullable(Type.Integer()),
});
export type ItemProceeding = Static<typeof ItemProceeding>;

export const Speaker = Type.Object({
  id: Uuid,
  agendaItemId: Uuid,
  person: PersonRef,
  kind: Type.Enum(speakerKinds),
  status: Type.Enum(speakerStatuses),
  source: Type.Enum(speakerSources),
  requestedAt: DateTime,
  startedAt: Nullable(DateTime),
  endedAt: Nullable(DateTime),
  /** the limit the speech runs under; clients count down from startedAt */
  limitSeconds: Nullable(Type.Integer()),
});
export type Speaker = Static<typeof Speaker>;

export const MeetingState = Type.Object({
  sessionId: Uuid,
  sessionStatus: Type.String(),
  agendaAdoptedAt: Nullable(DateTime),
  consentBlockAdoptedAt: Nullable(DateTime),
  /** items adopted in the consent block, or (before that) the items it would adopt now */
  consentBlockItemIds: Type.Array(Uuid),
  currentItemId: Nullable(Uuid),
  currentItemSince: Nullable(DateTime),
  speakingLimitSeconds: Nullable(Type.Integer()),
  amendments: Type.Array(AgendaAmendment),
  /** the items the meeting has dealt with, in agenda order */
  items: Type.Array(ItemProceeding),
  /** the speaker with the floor now, if any */
  currentSpeaker: Nullable(Speaker),
  /** the current item's waiting speakers, in the order they will speak */
  queue: Type.Array(Speaker),
  /** the current item's finished speeches, oldest first */
  spoken: Type.Array(Speaker),
  me: Type.Object({
    personId: Nullable(Uuid),
    /** the caller's open request on the current item */
    request: Nullable(Speaker),
    /** 1 for the next to speak; null when not waiting */
    queuePlace: Nullable(Type.Integer()),
  }),
  abilities: Type.Object({
    /** record amendments, adopt, move between items, record outcomes, run the speakers list */
    conduct: Type.Boolean(),
    /** ask for the floor on the current item now */
    askForFloor: Type.Boolean(),
  }),
  /** the server's clock when this was read, so countdowns can correct a device's clock */
  serverTime: DateTime,
});
export type MeetingState = Static<typeof MeetingState>;

const Text = (max: number) => Type.String({ minLength: 1, maxLength: max });

export const AmendmentInput = Type.Object(
  {
    kind: Type.Enum(amendmentKinds),
    text: Text(2000),
    /** the item to withdraw or move (not for additions) */
    agendaItemId: Type.Optional(Uuid),
    /** an accepted addition: the item it adds at the end of the agenda */
    newItemTitle: Type.Optional(Text(500)),
    /** its kind; a discussion when absent */
    newItemKind: Type.Optional(Type.Enum(agendaItemKinds)),
    proposerPersonId: Type.Optional(Nullable(Uuid)),
    proposerName: Type.Optional(Nullable(Text(200))),
    decision: Type.Enum(amendmentDecisions),
  },
  { additionalProperties: false },
);
export type AmendmentInput = Static<typeof AmendmentInput>;

export const CurrentItemInput = Type.Object(
  {
    /** the item to take up; or give `step` */
    agendaItemId: Type.Optional(Nullable(Uuid)),
    step: Type.Optional(Type.Enum(['next', 'previous'] as const)),
  },
  { additionalProperties: false },
);
export type CurrentItemInput = Static<typeof CurrentItemInput>;

export const OutcomeInput = Type.Object(
  {
    /** null clears the outcome */
    outcome: Nullable(Type.Enum(itemOutcomes)),
    /** the resolution as adopted; required for adopted_with_amendments, else the proposed one is kept */
    resolutionText: Type.Optional(Nullable(Type.String({ maxLength: 100_000 }))),
  },
  { additionalProperties: false },
);
export type OutcomeInput = Static<typeof OutcomeInput>;

export const SpeakingLimitInput = Type.Object(
  {
    seconds: Nullable(Type.Integer({ minimum: 10, maximum: MAX_SPEAKING_LIMIT_SECONDS })),
    /** the item whose own limit to set; the session's when absent */
    agendaItemId: Type.Optional(Uuid),
  },
  { additionalProperties: false },
);
export type SpeakingLimitInput = Static<typeof SpeakingLimitInput>;

export const FloorRequestInput = Type.Object(
  {
    kind: Type.Optional(Type.Enum(speakerKinds)),
    /** the chair or secretary puts someone else on the list */
    personId: Type.Optional(Uuid),
  },
  { additionalProperties: false },
);
export type FloorRequestInput = Static<typeof FloorRequestInput>;

export const SpeakerOrderInput = Type.Object(
  { ids: Type.Array(Uuid, { maxItems: 500, description: 'every waiting request of the current item, in the new order' }) },
  { additionalProperties: false },
);
export type SpeakerOrderInput = Static<typeof SpeakerOrderInput>;
