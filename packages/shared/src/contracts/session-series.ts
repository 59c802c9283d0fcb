import { Type, type Static, type TSchema } from 'typebox';

const Uuid = Type.String({ format: 'uuid' });
const DateTime = Type.String({ format: 'date-time', description: 'an instant in ISO 8601' });
const Day = Type.String({ format: 'date', description: 'a calendar day, YYYY-MM-DD' });
const Nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);
const ETag = Type.String({ description: 'weak entity tag, e.g. W/"1763774400000"' });
const WebUrl = Type.String({ format: 'uri', pattern: '^https?://', maxLength: 2000 });
const Rrule = Type.String({
  minLength: 1,
  maxLength: 300,
  description: 'an RFC 5545 RRULE value without DTSTART, e.g. FREQ=WEEKLY;BYDAY=TU;COUNT=10',
});
const LocalTime = Type.String({ pattern: '^([01][0-9]|2[0-3]):[0-5][0-9]$', description: 'local time of day, HH:MM' });

export const SeriesKind = Type.Enum(['regular', 'extraordinary'] as const);
export type SeriesKind = Static<typeof SeriesKind>;

export const SeriesIdParams = Type.Object({ id: Uuid });

const seriesFields = {
  kind: Type.Optional(SeriesKind),
  title: Type.Optional(Nullable(Type.String({ minLength: 1, maxLength: 300 }))),
  rrule: Rrule,
  startsOn: Day,
  startTime: LocalTime,
  durationMinutes: Type.Integer({ minimum: 1, maximum: 1440 }),
  timeZone: Type.Optional(Type.String({ minLength: 1, maxLength: 64, description: 'IANA zone; the body’s by default' })),
  place: Type.Optional(Nullable(Type.String({ maxLength: 300 }))),
  onlineUrl: Type.Optional(Nullable(WebUrl)),
};

export const SeriesInput = Type.Object(seriesFields, { additionalProperties: false });
export type SeriesInput = Static<typeof SeriesInput>;

/** "This and following": the series changes from `from` on (a split); the earlier part keeps the old rule. */
export const SeriesSplit = Type.Object(
  {
    from: Day,
    kind: seriesFields.kind,
    title: seriesFields.title,
    rrule: Type.Optional(Rrule),
    startTime: Type.Optional(LocalTime),
    durationMinutes: Type.Optional(seriesFields.durationMinutes),
    timeZone: seriesFields.timeZone,
    place: seriesFields.place,
    onlineUrl: seriesFields.onlineUrl,
  },
  { additionalProperties: false },
);
export type SeriesSplit = Static<typeof SeriesSplit>;

export const SeriesEnd = Type.Object(
  { lastDay: Day },
  { additionalProperties: false, description: 'no occurrences after this day' },
);
export type SeriesEnd = Static<typeof SeriesEnd>;

export const Series = Type.Object({
  id: Uuid,
  bodyId: Uuid,
  kind: SeriesKind,
  title: Nullable(Type.String()),
  rrule: Type.String(),
  startsOn: Day,
  startTime: Type.String(),
  durationMinutes: Type.Integer(),
  timeZone: Type.String(),
  place: Nullable(Type.String()),
  onlineUrl: Nullable(Type.String()),
  endsOn: Nullable(Day),
  previousSeriesId: Nullable(Uuid),
  abilities: Type.Object({ manage: Type.Boolean() }),
  etag: ETag,
});
export type Series = Static<typeof Series>;

export const SeriesDefaults = Type.Object({
  rrule: Nullable(Type.String()),
  startTime: Nullable(Type.String()),
  timeZone: Type.String(),
});
export type SeriesDefaults = Static<typeof SeriesDefaults>;

export const SeriesList = Type.Object({
  items: Type.Array(Series),
  canCreate: Type.Boolean(),
  /** from the body's rules (meetingPattern, timeZone): what a new series starts with */
  defaults: SeriesDefaults,
});
export type SeriesList = Static<typeof SeriesList>;

export const OccurrenceStatus = Type.Enum(['planned', 'moved', 'cancelled', 'prepared'] as const);
export type OccurrenceStatus = Static<typeof OccurrenceStatus>;

export const Occurrence = Type.Object({
  seriesId: Uuid,
  /** the start the rule gives; it names the occurrence */
  originalStart: DateTime,
  /** where it really starts: moved, or the original */
  startsAt: DateTime,
  endsAt: DateTime,
  timeZone: Type.String(),
  status: OccurrenceStatus,
  place: Nullable(Type.String()),
  onlineUrl: Nullable(Type.String()),
  cancelReason: Nullable(Type.String()),
  /** the session prepared from it */
  sessionId: Nullable(Uuid),
});
export type Occurrence = Static<typeof Occurrence>;

export const OccurrenceWindow = Type.Object({
  from: Type.Optional(DateTime),
  to: Type.Optional(DateTime),
});
export type OccurrenceWindow = Static<typeof OccurrenceWindow>;

export const OccurrenceList = Type.Object({ items: Type.Array(Occurrence) });
export type OccurrenceList = Static<typeof OccurrenceList>;

export const OccurrenceCancel = Type.Object(
  { originalStart: DateTime, reason: Type.String({ minLength: 1, maxLength: 1000 }) },
  { additionalProperties: false },
);
export type OccurrenceCancel = Static<typeof OccurrenceCancel>;

export const OccurrenceMove = Type.Object(
  {
    originalStart: DateTime,
    startsAt: DateTime,
    endsAt: Type.Optional(Nullable(DateTime)),
    place: Type.Optional(Nullable(Type.String({ maxLength: 300 }))),
    onlineUrl: Type.Optional(Nullable(WebUrl)),
  },
  { additionalProperties: false },
);
export type OccurrenceMove = Static<typeof OccurrenceMove>;

/** Names one occurrence: to prepare it as a session, or to undo its cancelling or moving. */
export const OccurrenceRef = Type.Object({ originalStart: DateTime }, { additionalProperties: false });
export type OccurrenceRef = Static<typeof OccurrenceRef>;

export const CalendarQuery = Type.Object({
  from: DateTime,
  to: DateTime,
  bodyId: Type.Optional(Uuid),
});
export type CalendarQuery = Static<typeof CalendarQuery>;

const BodyRef = Type.Object({ id: Uuid, name: Type.String(), slug: Type.String() });

export const CalendarEntry = Type.Object({
  /** a session, or a planned occurrence of a series that is not yet a session */
  type: Type.Enum(['session', 'occurrence'] as const),
  sessionId: Nullable(Uuid),
  seriesId: Nullable(Uuid),
  body: BodyRef,
  kind: Type.String(),
  number: Nullable(Type.Integer()),
  title: Nullable(Type.String()),
  status: Type.String(),
  startsAt: DateTime,
  endsAt: Nullable(DateTime),
  /** a correspondence session shows its deadline */
  isDeadline: Type.Boolean(),
  timeZone: Type.String(),
  place: Nullable(Type.String()),
});
export type CalendarEntry = Static<typeof CalendarEntry>;

export const CalendarEntries = Type.Object({
  from: DateTime,
  to: DateTime,
  items: Type.Array(CalendarEntry),
  /** the bodies the caller may filter by */
  bodies: Type.Array(BodyRef),
});
export type CalendarEntries = Static<typeof CalendarEntries>;
