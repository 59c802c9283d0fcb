import { sql } from 'drizzle-orm';
import { check, index, integer, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from './accounts.js';
import { persons } from './directory.js';
import { agendaItems, sessions } from './sessions.js';

/**
 * An item of a correspondence session with its own deadline (unset: the session's deadline). When enough
 * members ask for it to be withdrawn, `withdrawn_at` is set and the item is carried to the body's next
 * regular session: `carried_to_item_id` is the agenda item made there (null while none is planned yet).
 */
export const correspondenceItems = pgTable(
  'correspondence_items',
  {
    agendaItemId: uuid('agenda_item_id')
      .primaryKey()
      .references(() => agendaItems.id, { onDelete: 'cascade' }),
    sessionId: uuid('session_id')
      .notNull()
      .references(() => sessions.id, { onDelete: 'cascade' }),
    deadlineAt: timestamp('deadline_at', { withTimezone: true }).notNull(),
    withdrawnAt: timestamp('withdrawn_at', { withTimezone: true }),
    carriedToItemId: uuid('carried_to_item_id').references(() => agendaItems.id, { onDelete: 'set null' }),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('correspondence_items_session_idx').on(t.sessionId),
    index('correspondence_items_pending_idx').on(t.withdrawnAt).where(sql`${t.withdrawnAt} is not null and ${t.carriedToItemId} is null`),
  ],
);

/** A member's written position on an item of a correspondence session: one per member and item. */
export const correspondencePositions = pgTable(
  'correspondence_positions',
  {
    agendaItemId: uuid('agenda_item_id')
      .notNull()
      .references(() => agendaItems.id, { onDelete: 'cascade' }),
    personId: uuid('person_id')
      .notNull()
      .references(() => persons.id, { onDelete: 'cascade' }),
    /** sanitised rich text */
    text: text('text').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.agendaItemId, t.personId] })],
);

/** A member's request that an item be withdrawn from a correspondence session; taking it back deletes the row. */
export const correspondenceWithdrawalRequests = pgTable(
  'correspondence_withdrawal_requests',
  {
    agendaItemId: uuid('agenda_item_id')
      .notNull()
      .references(() => agendaItems.id, { onDelete: 'cascade' }),
    personId: uuid('person_id')
      .notNull()
      .references(() => persons.id, { onDelete: 'cascade' }),
    reason: text('reason'),
    requestedAt: timestamp('requested_at', { withTimezone: true }).notNull(),
    requestedBy: uuid('requested_by').references(() => users.id, { onDelete: 'set null' }),
  },
  (t) => [primaryKey({ columns: [t.agendaItemId, t.personId] })],
);

/** A reminder sent before an item's deadline: one row per item, deadline and lead time, so each goes once. */
export const correspondenceReminders = pgTable(
  'correspondence_reminders',
  {
    agendaItemId: uuid('agenda_item_id')
      .notNull()
      .references(() => agendaItems.id, { onDelete: 'cascade' }),
    deadlineAt: timestamp('deadline_at', { withTimezone: true }).notNull(),
    leadHours: integer('lead_hours').notNull(),
    sentAt: timestamp('sent_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.agendaItemId, t.deadlineAt, t.leadHours] }),
    check('correspondence_reminders_lead_check', sql`${t.leadHours} > 0`),
  ],
);
