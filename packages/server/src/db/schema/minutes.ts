import { sql } from 'drizzle-orm';
import { boolean, check, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { users } from './accounts.js';
import { agendaItems, sessions } from './sessions.js';

/**
 * The minutes of one session. The text lives in numbered versions; this row says which version is the
 * latest, which one was approved, and which agenda item of a later session is to approve it.
 */
export const minutes = pgTable(
  'minutes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    sessionId: uuid('session_id')
      .notNull()
      .references(() => sessions.id, { onDelete: 'cascade' }),
    /** draft, submitted (locked while an approval is pending), approved, correction */
    status: text('status').notNull().default('draft'),
    currentVersion: integer('current_version').notNull().default(1),
    approvedVersion: integer('approved_version'),
    approvedAt: timestamp('approved_at', { withTimezone: true }),
    /** the session whose agenda item (or correspondence vote) approved the approved version */
    approvedInSessionId: uuid('approved_in_session_id').references(() => sessions.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('minutes_session_unique').on(t.sessionId),
    check('minutes_status_check', sql`${t.status} in ('draft', 'submitted', 'approved', 'correction')`),
  ],
);

/** every save is a version; the content holds the recorded facts and the written parts */
export const minutesVersions = pgTable(
  'minutes_versions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    minutesId: uuid('minutes_id')
      .notNull()
      .references(() => minutes.id, { onDelete: 'cascade' }),
    version: integer('version').notNull(),
    content: jsonb('content').notNull(),
    authorUserId: uuid('author_user_id').references(() => users.id, { onDelete: 'set null' }),
    note: text('note'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('minutes_versions_unique').on(t.minutesId, t.version)],
);

/** members' remarks on a draft, in general or on one item, until the secretary or chair resolves them */
export const minutesComments = pgTable(
  'minutes_comments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    minutesId: uuid('minutes_id')
      .notNull()
      .references(() => minutes.id, { onDelete: 'cascade' }),
    version: integer('version').notNull(),
    agendaItemId: uuid('agenda_item_id').references(() => agendaItems.id, { onDelete: 'set null' }),
    authorUserId: uuid('author_user_id').references(() => users.id, { onDelete: 'set null' }),
    text: text('text').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    resolvedAt: timestamp('resolved_at', { withTimezone: true }),
    resolvedBy: uuid('resolved_by').references(() => users.id, { onDelete: 'set null' }),
  },
  (t) => [index('minutes_comments_minutes_idx').on(t.minutesId, t.createdAt)],
);

/**
 * An agenda item of a later (or correspondence) session that approves one version of the minutes. An item
 * put there automatically when the session was created is `suggested`; removing it returns the minutes to draft.
 */
export const minutesApprovals = pgTable(
  'minutes_approvals',
  {
    agendaItemId: uuid('agenda_item_id')
      .primaryKey()
      .references(() => agendaItems.id, { onDelete: 'cascade' }),
    minutesId: uuid('minutes_id')
      .notNull()
      .references(() => minutes.id, { onDelete: 'cascade' }),
    sessionId: uuid('session_id')
      .notNull()
      .references(() => sessions.id, { onDelete: 'cascade' }),
    version: integer('version').notNull(),
    suggested: boolean('suggested').notNull().default(false),
    /** pending, approved, rejected, withdrawn */
    state: text('state').notNull().default('pending'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('minutes_approvals_minutes_idx').on(t.minutesId)],
);
