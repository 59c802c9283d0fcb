import { sql } from 'drizzle-orm';
import { check, date, index, integer, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { foldedSql } from '../../lib/fold-text.js';
import { users } from './accounts.js';
import { bodies, organizations, persons } from './directory.js';
import { agendaItems, sessions } from './sessions.js';

/**
 * The last running number given to a decision of one body in one year. Taking a number is one upsert that
 * locks this row, so two decisions adopted at the same moment never share a number.
 */
export const decisionNumbers = pgTable(
  'decision_numbers',
  {
    bodyId: uuid('body_id')
      .notNull()
      .references(() => bodies.id, { onDelete: 'cascade' }),
    year: integer('year').notNull(),
    lastNumber: integer('last_number').notNull(),
  },
  (t) => [primaryKey({ columns: [t.bodyId, t.year] })],
);

/**
 * A resolution adopted on an agenda item, followed to completion: who is responsible, by when, and how far
 * it has got. One row per agenda item; a changed outcome cancels it, a later adoption opens it again.
 */
export const decisions = pgTable(
  'decisions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    bodyId: uuid('body_id')
      .notNull()
      .references(() => bodies.id, { onDelete: 'restrict' }),
    sessionId: uuid('session_id')
      .notNull()
      .references(() => sessions.id, { onDelete: 'cascade' }),
    agendaItemId: uuid('agenda_item_id')
      .notNull()
      .references(() => agendaItems.id, { onDelete: 'cascade' }),
    /** the number as formatted by the body's scheme when it was adopted, e.g. CC-2026/4-12 */
    number: text('number').notNull(),
    year: integer('year').notNull(),
    /** the running number within the body and year */
    sequence: integer('sequence').notNull(),
    title: text('title').notNull(),
    /** the resolution as adopted (sanitised rich text) */
    text: text('text').notNull(),
    responsiblePersonId: uuid('responsible_person_id').references(() => persons.id, { onDelete: 'set null' }),
    responsibleOrganizationId: uuid('responsible_organization_id').references(() => organizations.id, {
      onDelete: 'set null',
    }),
    deadline: date('deadline', { mode: 'string' }),
    status: text('status').notNull().default('open'),
    adoptedAt: timestamp('adopted_at', { withTimezone: true }).notNull(),
    /** set by the first edit or progress report: an edited decision is no longer cancelled by a changed outcome */
    editedAt: timestamp('edited_at', { withTimezone: true }),
    editedBy: uuid('edited_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    /** number, title and text folded for search (lib/fold-text.ts), trigram-indexed */
    searchText: text('search_text')
      .notNull()
      .generatedAlwaysAs(foldedSql(`number || E'\\n' || title || E'\\n' || text`)),
  },
  (t) => [
    uniqueIndex('decisions_agenda_item_key').on(t.agendaItemId),
    uniqueIndex('decisions_body_year_sequence_key').on(t.bodyId, t.year, t.sequence),
    index('decisions_body_adopted_idx').on(t.bodyId, t.adoptedAt),
    index('decisions_status_deadline_idx').on(t.status, t.deadline),
    index('decisions_responsible_org_idx').on(t.responsibleOrganizationId),
    index('decisions_responsible_person_idx').on(t.responsiblePersonId),
    index('decisions_session_idx').on(t.sessionId),
    index('decisions_search_idx').using('gin', t.searchText.op('gin_trgm_ops')),
    check('decisions_status_check', sql`${t.status} in ('open','in_progress','done','cancelled')`),
    check('decisions_sequence_check', sql`${t.sequence} > 0`),
  ],
);
