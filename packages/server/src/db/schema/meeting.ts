import { sql } from 'drizzle-orm';
import { boolean, check, index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { users } from './accounts.js';
import { persons } from './directory.js';
import { agendaItems, sessions } from './sessions.js';

/**
 * The running meeting of a session, one row per session once it is in progress: the agenda's adoption,
 * the consent block's adoption, the item being dealt with now and the session's speaking-time limit.
 */
export const meetingStates = pgTable(
  'meeting_states',
  {
    sessionId: uuid('session_id')
      .primaryKey()
      .references(() => sessions.id, { onDelete: 'cascade' }),
    currentItemId: uuid('current_item_id').references(() => agendaItems.id, { onDelete: 'set null' }),
    currentItemSince: timestamp('current_item_since', { withTimezone: true }),
    agendaAdoptedAt: timestamp('agenda_adopted_at', { withTimezone: true }),
    agendaAdoptedBy: uuid('agenda_adopted_by').references(() => users.id, { onDelete: 'set null' }),
    consentBlockAdoptedAt: timestamp('consent_block_adopted_at', { withTimezone: true }),
    consentBlockAdoptedBy: uuid('consent_block_adopted_by').references(() => users.id, { onDelete: 'set null' }),
    /** default speaking time per speech, for items without their own */
    speakingLimitSeconds: integer('speaking_limit_seconds'),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [check('meeting_states_limit_check', sql`${t.speakingLimitSeconds} is null or ${t.speakingLimitSeconds} > 0`)],
);

/** A proposed change of the agenda put to the meeting before it adopts the agenda, and its fate. */
export const agendaAmendments = pgTable(
  'agenda_amendments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    sessionId: uuid('session_id')
      .notNull()
      .references(() => sessions.id, { onDelete: 'cascade' }),
    /** add, withdraw or move */
    kind: text('kind').notNull(),
    /** the item withdrawn or moved; for an accepted addition, the item it added */
    agendaItemId: uuid('agenda_item_id').references(() => agendaItems.id, { onDelete: 'set null' }),
    /** what was proposed, in the words of the record */
    text: text('text').notNull(),
    proposerPersonId: uuid('proposer_person_id').references(() => persons.id, { onDelete: 'set null' }),
    /** a proposer who is not in the directory */
    proposerName: text('proposer_name'),
    decision: text('decision').notNull(),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull(),
    recordedBy: uuid('recorded_by').references(() => users.id, { onDelete: 'set null' }),
  },
  (t) => [
    index('agenda_amendments_session_idx').on(t.sessionId, t.recordedAt),
    check('agenda_amendments_kind_check', sql`${t.kind} in ('add','withdraw','move')`),
    check('agenda_amendments_decision_check', sql`${t.decision} in ('accepted','rejected')`),
  ],
);

/**
 * What happened to an agenda item in the meeting: when it was first taken up and last left, its outcome
 * with the resolution as adopted, and its own speaking-time limit. The minutes are built from these rows.
 */
export const agendaItemProceedings = pgTable(
  'agenda_item_proceedings',
  {
    agendaItemId: uuid('agenda_item_id')
      .primaryKey()
      .references(() => agendaItems.id, { onDelete: 'cascade' }),
    sessionId: uuid('session_id')
      .notNull()
      .references(() => sessions.id, { onDelete: 'cascade' }),
    startedAt: timestamp('started_at', { withTimezone: true }),
    endedAt: timestamp('ended_at', { withTimezone: true }),
    outcome: text('outcome'),
    /** the resolution as adopted (sanitised rich text) */
    resolutionText: text('resolution_text'),
    inConsentBlock: boolean('in_consent_block').notNull().default(false),
    outcomeRecordedAt: timestamp('outcome_recorded_at', { withTimezone: true }),
    outcomeRecordedBy: uuid('outcome_recorded_by').references(() => users.id, { onDelete: 'set null' }),
    speakingLimitSeconds: integer('speaking_limit_seconds'),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('agenda_item_proceedings_session_idx').on(t.sessionId),
    check(
      'agenda_item_proceedings_outcome_check',
      sql`${t.outcome} is null or ${t.outcome} in ('noted','adopted','adopted_with_amendments','postponed','withdrawn','rejected')`,
    ),
    check(
      'agenda_item_proceedings_amended_check',
      sql`${t.outcome} is distinct from 'adopted_with_amendments' or ${t.resolutionText} is not null`,
    ),
    check('agenda_item_proceedings_limit_check', sql`${t.speakingLimitSeconds} is null or ${t.speakingLimitSeconds} > 0`),
  ],
);

/** A request for the floor on an item, from asking through speaking to done or withdrawn. */
export const speakerRequests = pgTable(
  'speaker_requests',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    sessionId: uuid('session_id')
      .notNull()
      .references(() => sessions.id, { onDelete: 'cascade' }),
    agendaItemId: uuid('agenda_item_id')
      .notNull()
      .references(() => agendaItems.id, { onDelete: 'cascade' }),
    personId: uuid('person_id')
      .notNull()
      .references(() => persons.id, { onDelete: 'cascade' }),
    /** speech, or a short reply to the previous speaker */
    kind: text('kind').notNull().default('speech'),
    status: text('status').notNull().default('waiting'),
    /** order in the queue; lower speaks first */
    queuePosition: integer('queue_position').notNull(),
    /** request (from the person's device), chair (added by the chair) or position (a wish to speak recorded before) */
    source: text('source').notNull().default('request'),
    requestedAt: timestamp('requested_at', { withTimezone: true }).notNull(),
    startedAt: timestamp('started_at', { withTimezone: true }),
    endedAt: timestamp('ended_at', { withTimezone: true }),
    /** the limit this speech runs under, fixed when the floor is given */
    limitSeconds: integer('limit_seconds'),
    grantedBy: uuid('granted_by').references(() => users.id, { onDelete: 'set null' }),
  },
  (t) => [
    index('speaker_requests_item_idx').on(t.agendaItemId, t.status, t.queuePosition),
    uniqueIndex('speaker_requests_open_key')
      .on(t.agendaItemId, t.personId)
      .where(sql`${t.status} in ('waiting','speaking')`),
    uniqueIndex('speaker_requests_speaking_key').on(t.sessionId).where(sql`${t.status} = 'speaking'`),
    check('speaker_requests_kind_check', sql`${t.kind} in ('speech','reply')`),
    check('speaker_requests_status_check', sql`${t.status} in ('waiting','speaking','done','withdrawn')`),
    check('speaker_requests_source_check', sql`${t.source} in ('request','chair','position')`),
    check('speaker_requests_limit_check', sql`${t.limitSeconds} is null or ${t.limitSeconds} > 0`),
  ],
);
