import { sql } from 'drizzle-orm';
import { check, index, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { users } from './accounts.js';
import { persons } from './directory.js';
import { agendaItems, sessions } from './sessions.js';

/**
 * A member's position on an agenda item, recorded before the session starts: one row per item and seat.
 * `person_id` is the member whose seat it is; `recorded_by_person_id` is who recorded it — the member, or
 * the substitute the member sent. A conflict of interest keeps its reason: it is part of the record.
 */
export const agendaItemPositions = pgTable(
  'agenda_item_positions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** the item's session, so a session's positions are one indexed read */
    sessionId: uuid('session_id')
      .notNull()
      .references(() => sessions.id, { onDelete: 'cascade' }),
    agendaItemId: uuid('agenda_item_id')
      .notNull()
      .references(() => agendaItems.id, { onDelete: 'cascade' }),
    personId: uuid('person_id')
      .notNull()
      .references(() => persons.id, { onDelete: 'cascade' }),
    position: text('position').notNull(),
    reason: text('reason'),
    recordedByPersonId: uuid('recorded_by_person_id').references(() => persons.id, { onDelete: 'set null' }),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    uniqueIndex('agenda_item_positions_item_person_key').on(t.agendaItemId, t.personId),
    index('agenda_item_positions_session_idx').on(t.sessionId),
    check(
      'agenda_item_positions_position_check',
      sql`${t.position} in ('agree','object','wish_to_speak','conflict_of_interest')`,
    ),
    check(
      'agenda_item_positions_conflict_reason_check',
      sql`${t.position} <> 'conflict_of_interest' or ${t.reason} is not null`,
    ),
  ],
);

/** Items the chair or secretary took out of the consent block by hand; putting one back deletes its row. */
export const consentBlockExclusions = pgTable(
  'consent_block_exclusions',
  {
    agendaItemId: uuid('agenda_item_id')
      .primaryKey()
      .references(() => agendaItems.id, { onDelete: 'cascade' }),
    sessionId: uuid('session_id')
      .notNull()
      .references(() => sessions.id, { onDelete: 'cascade' }),
    excludedBy: uuid('excluded_by').references(() => users.id, { onDelete: 'set null' }),
    excludedAt: timestamp('excluded_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('consent_block_exclusions_session_idx').on(t.sessionId)],
);
