import { sql } from 'drizzle-orm';
import { check, index, pgTable, text, timestamp, uniqueIndex, uuid, boolean } from 'drizzle-orm/pg-core';
import { users } from './accounts.js';
import { persons } from './directory.js';
import { sessions } from './sessions.js';

/**
 * Who attended a session: one row per member, substitute or guest. Members' rows are written when the
 * session starts (before that, only excused notes); a substitute's row names the member whose seat they
 * take; guests come from the directory (person_id) or by name and organisation. Closing the session stamps
 * the leaving time of everyone still present and freezes the rows.
 */
export const sessionAttendance = pgTable(
  'session_attendance',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    sessionId: uuid('session_id')
      .notNull()
      .references(() => sessions.id, { onDelete: 'cascade' }),
    /** member, substitute or guest */
    kind: text('kind').notNull(),
    personId: uuid('person_id').references(() => persons.id, { onDelete: 'restrict' }),
    /** the member's body role on the session's date; null for substitutes and guests */
    role: text('role'),
    votingRight: boolean('voting_right').notNull().default(false),
    /** a substitute's member: the person whose seat they take */
    substituteForId: uuid('substitute_for_id').references(() => persons.id, { onDelete: 'restrict' }),
    /** a guest not in the directory */
    guestName: text('guest_name'),
    guestOrganization: text('guest_organization'),
    status: text('status').notNull().default('expected'),
    arrivedAt: timestamp('arrived_at', { withTimezone: true }),
    leftAt: timestamp('left_at', { withTimezone: true }),
    note: text('note'),
    recordedBy: uuid('recorded_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('session_attendance_session_idx').on(t.sessionId),
    uniqueIndex('session_attendance_person_key').on(t.sessionId, t.personId).where(sql`${t.personId} is not null`),
    uniqueIndex('session_attendance_seat_key')
      .on(t.sessionId, t.substituteForId)
      .where(sql`${t.substituteForId} is not null`),
    index('session_attendance_person_idx').on(t.personId),
    check('session_attendance_kind_check', sql`${t.kind} in ('member','substitute','guest')`),
    check(
      'session_attendance_status_check',
      sql`${t.status} in ('expected','present','late','left_early','excused','absent')`,
    ),
    check(
      'session_attendance_who_check',
      sql`(${t.kind} = 'guest' and (${t.personId} is not null or ${t.guestName} is not null)) or (${t.kind} <> 'guest' and ${t.personId} is not null)`,
    ),
    check(
      'session_attendance_substitute_check',
      sql`(${t.kind} = 'substitute') = (${t.substituteForId} is not null)`,
    ),
    check('session_attendance_times_check', sql`${t.leftAt} is null or ${t.arrivedAt} is null or ${t.leftAt} >= ${t.arrivedAt}`),
  ],
);
