import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
  type AnyPgColumn,
} from 'drizzle-orm/pg-core';
import { users } from './accounts.js';
import { bodies, organizations, persons } from './directory.js';

/**
 * The last number given to a session of one body and kind. Taking a number is one upsert that locks this
 * row, so two sessions created at the same moment never share a number.
 */
export const sessionNumbers = pgTable(
  'session_numbers',
  {
    bodyId: uuid('body_id')
      .notNull()
      .references(() => bodies.id, { onDelete: 'cascade' }),
    kind: text('kind').notNull(),
    lastNumber: integer('last_number').notNull(),
  },
  (t) => [primaryKey({ columns: [t.bodyId, t.kind] })],
);

/** A session of a body: a meeting, or a correspondence session held until a deadline. */
export const sessions = pgTable(
  'sessions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    bodyId: uuid('body_id')
      .notNull()
      .references(() => bodies.id, { onDelete: 'restrict' }),
    kind: text('kind').notNull(),
    number: integer('number').notNull(),
    title: text('title'),
    status: text('status').notNull().default('draft'),
    /** meetings: when it starts and (optionally) ends; correspondence sessions use deadline_at instead */
    startsAt: timestamp('starts_at', { withTimezone: true }),
    endsAt: timestamp('ends_at', { withTimezone: true }),
    deadlineAt: timestamp('deadline_at', { withTimezone: true }),
    /** the IANA zone the times are shown in, fixed when the session is created */
    timeZone: text('time_zone').notNull(),
    place: text('place'),
    onlineUrl: text('online_url'),
    notes: text('notes'),
    /** why it was cancelled or postponed */
    statusReason: text('status_reason'),
    convenedAt: timestamp('convened_at', { withTimezone: true }),
    startedAt: timestamp('started_at', { withTimezone: true }),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    /** the version of the session's own fields (its ETag) */
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    /** the version of its agenda (the agenda's ETag): every change of an item moves it */
    agendaUpdatedAt: timestamp('agenda_updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('sessions_body_kind_number_key').on(t.bodyId, t.kind, t.number),
    index('sessions_body_starts_idx').on(t.bodyId, t.startsAt),
    check('sessions_kind_check', sql`${t.kind} in ('regular','extraordinary','correspondence')`),
    check(
      'sessions_status_check',
      sql`${t.status} in ('draft','convened','in_progress','closed','cancelled','postponed')`,
    ),
    check('sessions_number_check', sql`${t.number} > 0`),
    check('sessions_times_check', sql`${t.endsAt} is null or ${t.startsAt} is null or ${t.endsAt} > ${t.startsAt}`),
  ],
);

/** An item of a session's agenda; its number (1, 2, 2.1) follows from position and parent. */
export const agendaItems = pgTable(
  'agenda_items',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    sessionId: uuid('session_id')
      .notNull()
      .references(() => sessions.id, { onDelete: 'cascade' }),
    /** one level of sub-items: a parent is always a top-level item of the same session */
    parentId: uuid('parent_id').references((): AnyPgColumn => agendaItems.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    kind: text('kind').notNull(),
    title: text('title').notNull(),
    rapporteurPersonId: uuid('rapporteur_person_id').references(() => persons.id, { onDelete: 'set null' }),
    rapporteurOrganizationId: uuid('rapporteur_organization_id').references(() => organizations.id, {
      onDelete: 'set null',
    }),
    estimatedMinutes: integer('estimated_minutes'),
    isPublic: boolean('is_public').notNull().default(true),
    /** sanitised rich text */
    proposedResolution: text('proposed_resolution'),
    /** set when the item is withdrawn after the session was convened; the item stays on the agenda */
    withdrawnAt: timestamp('withdrawn_at', { withTimezone: true }),
    /** added after the materials deadline: waits for the chair's decision (modules/materials) */
    late: boolean('late').notNull().default(false),
    /** null while a late item waits; 'approved' or 'refused' */
    lateDecision: text('late_decision'),
    lateDecidedAt: timestamp('late_decided_at', { withTimezone: true }),
    lateDecidedBy: uuid('late_decided_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('agenda_items_session_idx').on(t.sessionId, t.position),
    index('agenda_items_parent_idx').on(t.parentId),
    check(
      'agenda_items_kind_check',
      sql`${t.kind} in ('information','decision','discussion','report','consent_request','any_other_business')`,
    ),
    check('agenda_items_minutes_check', sql`${t.estimatedMinutes} is null or ${t.estimatedMinutes} > 0`),
    check('agenda_items_position_check', sql`${t.position} >= 0`),
    check(
      'agenda_items_late_decision_check',
      sql`${t.lateDecision} is null or (${t.late} and ${t.lateDecision} in ('approved','refused'))`,
    ),
  ],
);

/** Changes of an agenda after its session was convened: shown with the agenda. */
export const agendaChanges = pgTable(
  'agenda_changes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    sessionId: uuid('session_id')
      .notNull()
      .references(() => sessions.id, { onDelete: 'cascade' }),
    agendaItemId: uuid('agenda_item_id')
      .notNull()
      .references(() => agendaItems.id, { onDelete: 'cascade' }),
    change: text('change').notNull(),
    /** the item's number before and after the change, as shown then */
    fromNumber: text('from_number'),
    toNumber: text('to_number'),
    occurredAt: timestamp('occurred_at', { withTimezone: true }).notNull(),
    actorUserId: uuid('actor_user_id').references(() => users.id, { onDelete: 'set null' }),
  },
  (t) => [
    index('agenda_changes_session_idx').on(t.sessionId, t.occurredAt),
    check('agenda_changes_change_check', sql`${t.change} in ('added','withdrawn','moved')`),
  ],
);
