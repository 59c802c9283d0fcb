import { sql } from 'drizzle-orm';
import { check, date, index, integer, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { foldedSql } from '../../lib/fold-text.js';
import { users } from './accounts.js';
import { bodies, organizations, persons } from './directory.js';
import { documents } from './documents.js';
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
    // the register in its default order (newest first) across bodies: read in index order up to the page
    index('decisions_adopted_idx').on(t.adoptedAt, t.id),
    index('decisions_status_deadline_idx').on(t.status, t.deadline),
    index('decisions_responsible_org_idx').on(t.responsibleOrganizationId),
    index('decisions_responsible_person_idx').on(t.responsiblePersonId),
    index('decisions_session_idx').on(t.sessionId),
    index('decisions_search_idx').using('gin', t.searchText.op('gin_trgm_ops')),
    check('decisions_status_check', sql`${t.status} in ('open','in_progress','done','cancelled')`),
    check('decisions_sequence_check', sql`${t.sequence} > 0`),
  ],
);

/**
 * A progress report on a decision by its responsible side (or the body's secretary or chair): text, an
 * optional change of status, and attachments (documents of the body, listed in decision_report_attachments).
 */
export const decisionReports = pgTable(
  'decision_reports',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    decisionId: uuid('decision_id')
      .notNull()
      .references(() => decisions.id, { onDelete: 'cascade' }),
    /** sanitised rich text */
    text: text('text').notNull(),
    /** the status the report set, if it changed one */
    statusChange: text('status_change'),
    authorId: uuid('author_id').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('decision_reports_decision_idx').on(t.decisionId, t.createdAt),
    check('decision_reports_status_change_check', sql`${t.statusChange} is null or ${t.statusChange} in ('in_progress','done')`),
  ],
);

/** The files of a progress report, each stored as a document of the decision's body (kind 'report'). */
export const decisionReportAttachments = pgTable(
  'decision_report_attachments',
  {
    reportId: uuid('report_id')
      .notNull()
      .references(() => decisionReports.id, { onDelete: 'cascade' }),
    documentId: uuid('document_id')
      .notNull()
      .references(() => documents.id, { onDelete: 'restrict' }),
    position: integer('position').notNull(),
  },
  (t) => [primaryKey({ columns: [t.reportId, t.documentId] }), index('decision_report_attachments_document_idx').on(t.documentId)],
);

/**
 * Reminders sent about a decision's deadline: one row per decision, deadline and point (days relative to
 * the deadline, negative before it), so each reminder goes out once however often its job runs.
 */
export const decisionReminders = pgTable(
  'decision_reminders',
  {
    decisionId: uuid('decision_id')
      .notNull()
      .references(() => decisions.id, { onDelete: 'cascade' }),
    deadline: date('deadline', { mode: 'string' }).notNull(),
    offsetDays: integer('offset_days').notNull(),
    sentAt: timestamp('sent_at', { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.decisionId, t.deadline, t.offsetDays] })],
);
