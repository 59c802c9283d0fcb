import { Type, type Static, type TSchema } from 'typebox';
import { itemOutcomes } from './meeting.js';

/**
 * Minutes of a session. The server builds a draft from what was recorded when the session closes; the
 * secretary adds a discussion summary per item; every save is a numbered version; the draft is approved by an
 * agenda item of a later session or by a correspondence vote, after which it is locked and a correction is
 * only possible as a new version approved the same way.
 */
const Uuid = Type.String({ format: 'uuid' });
const DateTime = Type.String({ format: 'date-time', description: 'an instant in ISO 8601, stored in UTC' });
const Nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);

export const minutesStatuses = ['draft', 'submitted', 'approved', 'correction'] as const;
export type MinutesStatus = (typeof minutesStatuses)[number];

export const minutesAudiences = ['full', 'public'] as const;
export type MinutesAudience = (typeof minutesAudiences)[number];

/** a person as the minutes name them */
export const MinutesPerson = Type.Object({
  name: Type.String(),
  organization: Nullable(Type.String()),
  role: Nullable(Type.String()),
});
export type MinutesPerson = Static<typeof MinutesPerson>;

export const MinutesAttendance = Type.Object({
  present: Type.Array(MinutesPerson),
  excused: Type.Array(MinutesPerson),
  absent: Type.Array(MinutesPerson),
  substitutes: Type.Array(Type.Object({ ...MinutesPerson.properties, substituteFor: Type.String() })),
  guests: Type.Array(MinutesPerson),
});
export type MinutesAttendance = Static<typeof MinutesAttendance>;

export const MinutesPoll = Type.Object({
  title: Type.String(),
  method: Type.String({ description: 'hands_totals, hands_named, named or secret' }),
  status: Type.Enum(['closed', 'annulled']),
  annulledReason: Nullable(Type.String()),
  majorityRule: Type.String(),
  counts: Type.Array(Type.Object({ label: Type.String(), role: Type.String(), votes: Type.Number(), voters: Type.Integer() })),
  passed: Type.Boolean(),
  /** seat by seat, only where the method was named (never for secret ballots) */
  named: Nullable(Type.Array(Type.Object({ name: Type.String(), option: Type.String() }))),
});
export type MinutesPoll = Static<typeof MinutesPoll>;

export const MinutesItem = Type.Object({
  agendaItemId: Uuid,
  /** the item's number on the adopted agenda, such as "3" or "3.1" */
  number: Type.String(),
  title: Type.String(),
  kind: Type.String(),
  isPublic: Type.Boolean(),
  rapporteur: Nullable(Type.String()),
  outcome: Nullable(Type.Enum(itemOutcomes)),
  resolutionText: Nullable(Type.String()),
  polls: Type.Array(MinutesPoll),
  decisions: Type.Array(Type.Object({ number: Type.String(), title: Type.String(), text: Type.String() })),
  /** the secretary's summary of the discussion: sanitised rich text, '' until written */
  discussion: Type.String(),
});
export type MinutesItem = Static<typeof MinutesItem>;

/** what a version holds: the recorded facts (frozen when the draft is built) and the written parts */
export const MinutesContent = Type.Object({
  attendance: MinutesAttendance,
  agenda: Type.Object({
    adoptedAt: Nullable(DateTime),
    amendments: Type.Array(
      Type.Object({ kind: Type.String(), text: Type.String(), proposer: Nullable(Type.String()), decision: Type.String() }),
    ),
  }),
  items: Type.Array(MinutesItem),
  /** free rich text before the items (opening) and after them (closing, next session) */
  opening: Type.String(),
  closing: Type.String(),
});
export type MinutesContent = Static<typeof MinutesContent>;

/** everything an export (PDF, DOCX, excerpt) needs, already cut to its audience */
export const MinutesDocument = Type.Object({
  minutesId: Uuid,
  version: Type.Integer(),
  audience: Type.Enum(minutesAudiences),
  body: Type.Object({ id: Uuid, name: Type.String(), shortName: Nullable(Type.String()) }),
  session: Type.Object({
    id: Uuid,
    number: Type.Integer(),
    kind: Type.String(),
    title: Nullable(Type.String()),
    startsAt: Nullable(DateTime),
    endsAt: Nullable(DateTime),
    closedAt: Nullable(DateTime),
    place: Nullable(Type.String()),
    timeZone: Type.String(),
  }),
  status: Type.Enum(minutesStatuses),
  approval: Nullable(Type.Object({ approvedAt: DateTime, sessionNumber: Type.Integer(), sessionKind: Type.String() })),
  content: MinutesContent,
});
export type MinutesDocument = Static<typeof MinutesDocument>;

export const MinutesVersionSummary = Type.Object({
  version: Type.Integer(),
  createdAt: DateTime,
  author: Nullable(Type.String()),
  note: Nullable(Type.String()),
  approved: Type.Boolean(),
});
export type MinutesVersionSummary = Static<typeof MinutesVersionSummary>;

export const Minutes = Type.Object({
  id: Uuid,
  sessionId: Uuid,
  status: Type.Enum(minutesStatuses),
  /** the latest saved version, shown and edited */
  version: Type.Integer(),
  approvedVersion: Nullable(Type.Integer()),
  approval: MinutesDocument.properties.approval,
  /** the agenda item that will approve (or approved) this draft, when one is set */
  approvalItem: Nullable(Type.Object({ sessionId: Uuid, sessionNumber: Type.Integer(), agendaItemId: Uuid })),
  content: MinutesContent,
  versions: Type.Array(MinutesVersionSummary),
  etag: Type.String(),
  canEdit: Type.Boolean(),
  canComment: Type.Boolean(),
});
export type Minutes = Static<typeof Minutes>;

/** a save: the discussions and free texts as the editor last had them, on the version it started from */
export const MinutesSave = Type.Object(
  {
    baseVersion: Type.Integer({ minimum: 1 }),
    opening: Type.Optional(Type.String({ maxLength: 100000 })),
    closing: Type.Optional(Type.String({ maxLength: 100000 })),
    discussions: Type.Optional(Type.Record(Type.String({ format: 'uuid' }), Type.String({ maxLength: 200000 }))),
    note: Type.Optional(Type.String({ maxLength: 500 })),
  },
  { additionalProperties: false },
);
export type MinutesSave = Static<typeof MinutesSave>;

/**
 * 409 on a save whose base is not the latest version and where someone else changed the same part: each
 * conflict carries the three texts, so the editor can show them and save a merged text on `latestVersion`.
 * Parts changed by only one side are merged by the server without a conflict.
 */
export const MinutesConflict = Type.Object({
  code: Type.Literal('minutes_conflict'),
  message: Type.String(),
  latestVersion: Type.Integer(),
  conflicts: Type.Array(
    Type.Object({
      /** 'opening', 'closing', or the agenda item id of a discussion */
      part: Type.String(),
      base: Type.String(),
      mine: Type.String(),
      theirs: Type.String(),
    }),
  ),
});
export type MinutesConflict = Static<typeof MinutesConflict>;

export const diffOps = ['equal', 'insert', 'delete'] as const;
export const MinutesComparison = Type.Object({
  from: Type.Integer(),
  to: Type.Integer(),
  /** only the parts that differ, each as a word-level diff of its text */
  parts: Type.Array(
    Type.Object({
      part: Type.String(),
      label: Type.String(),
      segments: Type.Array(Type.Object({ op: Type.Enum(diffOps), text: Type.String() })),
    }),
  ),
});
export type MinutesComparison = Static<typeof MinutesComparison>;

export const MinutesComment = Type.Object({
  id: Uuid,
  version: Type.Integer(),
  agendaItemId: Nullable(Uuid),
  author: Type.String(),
  text: Type.String(),
  createdAt: DateTime,
  resolvedAt: Nullable(DateTime),
  canResolve: Type.Boolean(),
});
export type MinutesComment = Static<typeof MinutesComment>;

export const MinutesCommentInput = Type.Object(
  { agendaItemId: Type.Optional(Nullable(Uuid)), text: Type.String({ minLength: 1, maxLength: 5000 }) },
  { additionalProperties: false },
);
export type MinutesCommentInput = Static<typeof MinutesCommentInput>;
