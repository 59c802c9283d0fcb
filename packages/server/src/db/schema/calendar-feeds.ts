import { index, pgTable, text, timestamp, unique, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { users } from './accounts.js';
import { bodies } from './directory.js';

/**
 * Private iCalendar feeds: a user's personal feed (body_id null) or one body's feed. The URL carries a
 * random token; only its SHA-256 is kept. Regenerating replaces the hash (the old URL stops working),
 * revoking deletes the row.
 */
export const calendarFeeds = pgTable(
  'calendar_feeds',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    bodyId: uuid('body_id').references(() => bodies.id, { onDelete: 'cascade' }),
    tokenHash: text('token_hash').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    /** when the current token was issued */
    issuedAt: timestamp('issued_at', { withTimezone: true }).notNull().defaultNow(),
    lastReadAt: timestamp('last_read_at', { withTimezone: true }),
  },
  (t) => [
    uniqueIndex('calendar_feeds_token_key').on(t.tokenHash),
    unique('calendar_feeds_owner_key').on(t.userId, t.bodyId).nullsNotDistinct(),
    index('calendar_feeds_body_idx').on(t.bodyId),
  ],
);
