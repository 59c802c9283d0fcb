import { Type, type Static } from 'typebox';

const Uuid = Type.String({ format: 'uuid' });
const DateTime = Type.String({ format: 'date-time' });

/** A private iCalendar feed of the caller: personal (no body) or of one body. Its URL is shown only when issued. */
export const CalendarFeed = Type.Object({
  body: Type.Union([Type.Object({ id: Uuid, name: Type.String() }), Type.Null()]),
  createdAt: DateTime,
  /** when the current URL was issued (regenerating issues a new one) */
  issuedAt: DateTime,
  lastReadAt: Type.Union([DateTime, Type.Null()]),
});
export type CalendarFeed = Static<typeof CalendarFeed>;

export const CalendarFeedList = Type.Object({
  personal: Type.Union([CalendarFeed, Type.Null()]),
  bodies: Type.Array(CalendarFeed),
});
export type CalendarFeedList = Static<typeof CalendarFeedList>;

/** A feed just issued: the secret URL is in this answer only (only a hash of its token is kept). */
export const IssuedCalendarFeed = Type.Object({
  ...CalendarFeed.properties,
  url: Type.String({ description: 'the secret subscription URL' }),
});
export type IssuedCalendarFeed = Static<typeof IssuedCalendarFeed>;

export const CalendarFeedBodyParams = Type.Object({ id: Uuid });

export const CalendarFeedTokenParams = Type.Object({ token: Type.String({ minLength: 1, maxLength: 200 }) });
