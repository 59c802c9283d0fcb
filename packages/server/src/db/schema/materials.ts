import { sql } from 'drizzle-orm';
import { boolean, check, index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { users } from './accounts.js';
import { documents } from './documents.js';
import { agendaItems, sessions } from './sessions.js';

/**
 * A material of an agenda item: a link to a document (shown at its latest version). Removing it leaves
 * the document. A material added after the submission deadline is late and waits for the chair's decision.
 */
export const agendaItemMaterials = pgTable(
  'agenda_item_materials',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** the item's session, so a session's materials are one indexed read */
    sessionId: uuid('session_id')
      .notNull()
      .references(() => sessions.id, { onDelete: 'cascade' }),
    agendaItemId: uuid('agenda_item_id')
      .notNull()
      .references(() => agendaItems.id, { onDelete: 'cascade' }),
    documentId: uuid('document_id')
      .notNull()
      .references(() => documents.id, { onDelete: 'restrict' }),
    position: integer('position').notNull(),
    late: boolean('late').notNull().default(false),
    /** null while a late material waits; 'approved' or 'refused' by the chair */
    lateDecision: text('late_decision'),
    lateDecidedAt: timestamp('late_decided_at', { withTimezone: true }),
    lateDecidedBy: uuid('late_decided_by').references(() => users.id, { onDelete: 'set null' }),
    addedBy: uuid('added_by').references(() => users.id, { onDelete: 'set null' }),
    addedAt: timestamp('added_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('agenda_item_materials_item_document_key').on(t.agendaItemId, t.documentId),
    index('agenda_item_materials_session_idx').on(t.sessionId, t.agendaItemId, t.position),
    index('agenda_item_materials_document_idx').on(t.documentId),
    check('agenda_item_materials_position_check', sql`${t.position} >= 0`),
    check(
      'agenda_item_materials_late_decision_check',
      sql`${t.lateDecision} is null or (${t.late} and ${t.lateDecision} in ('approved','refused'))`,
    ),
  ],
);
