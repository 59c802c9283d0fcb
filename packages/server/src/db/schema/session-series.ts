import { sql } from 'drizzle-orm';
import { check, date, index, integer, pgTable, text, timestamp, uniqueIndex, uuid, type AnyPgColumn } from 'drizzle-orm/pg-core';
import { users } from './accounts.js';
import { bodies } from './directory.js';
import { sessions } from './sessions.js';

/**
 * A body's recurring meetings: an RFC 5545 RRULE expanded in local wall-clock time of `time_zone` from
 * `starts_on` at `start_time`, so a 10:00 meeting stays at 10:00 across daylight-saving changes.
 * "This and following" edits end a series the day before (`ends_on`) and start a new one that names it.
 */
export const sessionSeries = pgTable(
  'session_series',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    bodyId: uuid('body_id')
      .notNull()
      .references(() => bodies.id, { onDelete: 'cascade' }),
    kind: text('kind').notNull().default('regular'),
    /** the title given to the sessions prepared from it (optional) */
    title: text('title'),
    /** the RRULE value without DTSTART, e.g. FREQ=WEEKLY;BYDAY=TU;COUNT=10 */
    rrule: text('rrule').notNull(),
    startsOn: date('starts_on', { mode: 'string' }).notNull(),
    /** local time of day, HH:MM */
    startTime: text('start_time').notNull(),
    durationMinutes: integer('duration_minutes').notNull(),
    timeZone: text('time_zone').notNull(),
    place: text('place'),
    onlineUrl: text('online_url'),
    /** the last day with occurrences, when the series was ended or split; null while it runs on */
    endsOn: date('ends_on', { mode: 'string' }),
    /** the series this one continues ("this and following" edit) */
    previousSeriesId: uuid('previous_series_id').references((): AnyPgColumn => sessionSeries.id, {
      onDelete: 'set null',
    }),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('session_series_body_idx').on(t.bodyId),
    check('session_series_kind_check', sql`${t.kind} in ('regular','extraordinary')`),
    check('session_series_time_check', sql`${t.startTime} ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$'`),
    check('session_series_duration_check', sql`${t.durationMinutes} between 1 and 1440`),
    check('session_series_ends_check', sql`${t.endsOn} is null or ${t.endsOn} >= ${t.startsOn}`),
  ],
);

/**
 * What happened to one occurrence of a series, keyed by its original start: cancelled (with a reason),
 * moved (new start, end, place or link), or prepared as a real session. Occurrences without a row are
 * simply planned.
 */
export const sessionSeriesOccurrences = pgTable(
  'session_series_occurrences',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    seriesId: uuid('series_id')
      .notNull()
      .references(() => sessionSeries.id, { onDelete: 'cascade' }),
    originalStart: timestamp('original_start', { withTimezone: true }).notNull(),
    cancelledAt: timestamp('cancelled_at', { withTimezone: true }),
    cancelReason: text('cancel_reason'),
    /** set when moved: the occurrence's own start and end */
    movedStart: timestamp('moved_start', { withTimezone: true }),
    movedEnd: timestamp('moved_end', { withTimezone: true }),
    place: text('place'),
    onlineUrl: text('online_url'),
    /** the session prepared from this occurrence; later series edits leave it alone */
    sessionId: uuid('session_id').references(() => sessions.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('session_series_occurrences_start_key').on(t.seriesId, t.originalStart),
    uniqueIndex('session_series_occurrences_session_key').on(t.sessionId),
    index('session_series_occurrences_moved_idx').on(t.movedStart),
    check(
      'session_series_occurrences_moved_check',
      sql`${t.movedEnd} is null or (${t.movedStart} is not null and ${t.movedEnd} > ${t.movedStart})`,
    ),
  ],
);
