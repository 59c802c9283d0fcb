import { sql } from 'drizzle-orm';
import { check, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { users } from './accounts.js';
import { persons } from './directory.js';
import { sessions } from './sessions.js';

/**
 * Who is invited to a session: one row per session × person (member, substitute or guest), with the
 * invitee's answer and the state of the last invitation mail. `answer_token` opens the answer page from the
 * mail; it is kept as it is (not hashed) because every later mail carries the same link, it answers only
 * this invitation, and it stops working when the session starts.
 */
export const sessionInvitations = pgTable(
  'session_invitations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    sessionId: uuid('session_id')
      .notNull()
      .references(() => sessions.id, { onDelete: 'cascade' }),
    personId: uuid('person_id')
      .notNull()
      .references(() => persons.id, { onDelete: 'cascade' }),
    role: text('role').notNull(),
    /** null until the invitee answers */
    answer: text('answer'),
    answerNote: text('answer_note'),
    answeredAt: timestamp('answered_at', { withTimezone: true }),
    /** the substitute the invitee sends (answer 'substitute'), from their membership */
    sentSubstituteId: uuid('sent_substitute_id').references(() => persons.id, { onDelete: 'set null' }),
    answerToken: text('answer_token').notNull(),
    /** none (not mailed yet), pending (queued or retrying), sent, failed */
    mailStatus: text('mail_status').notNull().default('none'),
    mailError: text('mail_error'),
    mailedAt: timestamp('mailed_at', { withTimezone: true }),
    addedBy: uuid('added_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('session_invitations_session_person_key').on(t.sessionId, t.personId),
    uniqueIndex('session_invitations_token_key').on(t.answerToken),
    index('session_invitations_person_idx').on(t.personId),
    check('session_invitations_role_check', sql`${t.role} in ('member','substitute','guest')`),
    check('session_invitations_answer_check', sql`${t.answer} is null or ${t.answer} in ('attend','excused','substitute')`),
    check('session_invitations_mail_status_check', sql`${t.mailStatus} in ('none','pending','sent','failed')`),
    check('session_invitations_substitute_check', sql`(${t.answer} = 'substitute') = (${t.sentSubstituteId} is not null)`),
  ],
);

/**
 * What invitees were last told about a session: the iCalendar SEQUENCE (raised on every mailed change)
 * and the mailed facts (time, place, agenda), against which the next update names what changed.
 */
export const sessionMailings = pgTable('session_mailings', {
  sessionId: uuid('session_id')
    .primaryKey()
    .references(() => sessions.id, { onDelete: 'cascade' }),
  sequence: integer('sequence').notNull().default(0),
  mailedFacts: jsonb('mailed_facts'),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/** Reminders sent: one per session, start time and lead time, so a point is never reminded twice. */
export const sessionReminders = pgTable(
  'session_reminders',
  {
    sessionId: uuid('session_id')
      .notNull()
      .references(() => sessions.id, { onDelete: 'cascade' }),
    startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
    leadHours: integer('lead_hours').notNull(),
    sentAt: timestamp('sent_at', { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.sessionId, t.startsAt, t.leadHours] })],
);
