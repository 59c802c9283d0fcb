import { sql } from 'drizzle-orm';
import { boolean, check, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { users } from './accounts.js';
import { persons } from './directory.js';
import { agendaItems, sessions } from './sessions.js';

/**
 * A question put to the vote on an agenda item (or, with no item, the agenda itself). The majority rule,
 * abstention and tie rules are copied from the body's rules when the poll is made, so a later change of
 * the rules never changes a past result. `result` is written once, when the poll closes.
 */
export const polls = pgTable(
  'polls',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    sessionId: uuid('session_id')
      .notNull()
      .references(() => sessions.id, { onDelete: 'cascade' }),
    agendaItemId: uuid('agenda_item_id').references(() => agendaItems.id, { onDelete: 'cascade' }),
    /** resolution, amendment, agenda, minutes or other */
    subject: text('subject').notNull(),
    title: text('title').notNull(),
    /** hands_totals, hands_named, named or secret */
    method: text('method').notNull(),
    /** yes_no (for / against / abstain) or choice (one of several options) */
    kind: text('kind').notNull(),
    majorityRule: text('majority_rule').notNull(),
    /** how abstentions count: ignored (not votes cast) or counted (votes cast, so they weigh against) */
    abstentions: text('abstentions').notNull(),
    /** what a tie means: rejected, or the chair's vote decides */
    tieBreak: text('tie_break').notNull(),
    weighted: boolean('weighted').notNull().default(false),
    /** write the result into the agenda item's outcome when the poll closes */
    appliesOutcome: boolean('applies_outcome').notNull().default(true),
    status: text('status').notNull().default('draft'),
    /** a correspondence poll closes itself at this moment */
    closesAt: timestamp('closes_at', { withTimezone: true }),
    openedAt: timestamp('opened_at', { withTimezone: true }),
    openedBy: uuid('opened_by').references(() => users.id, { onDelete: 'set null' }),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    closedBy: uuid('closed_by').references(() => users.id, { onDelete: 'set null' }),
    /** the quorum as computed when the poll opened and when it closed */
    quorumAtOpen: jsonb('quorum_at_open'),
    quorumAtClose: jsonb('quorum_at_close'),
    /** counts per option, bases, the rule applied and whether it passed */
    result: jsonb('result'),
    annulledAt: timestamp('annulled_at', { withTimezone: true }),
    annulledBy: uuid('annulled_by').references(() => users.id, { onDelete: 'set null' }),
    annulledReason: text('annulled_reason'),
    /** the poll this one repeats after it was annulled */
    repeatOfPollId: uuid('repeat_of_poll_id'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('polls_session_idx').on(t.sessionId, t.createdAt),
    index('polls_item_idx').on(t.agendaItemId),
    index('polls_closes_at_idx').on(t.closesAt).where(sql`${t.status} = 'open'`),
    check('polls_subject_check', sql`${t.subject} in ('resolution','amendment','agenda','minutes','other')`),
    check('polls_method_check', sql`${t.method} in ('hands_totals','hands_named','named','secret')`),
    check('polls_kind_check', sql`${t.kind} in ('yes_no','choice')`),
    check(
      'polls_majority_check',
      sql`${t.majorityRule} in ('simple','absolute','two_thirds_present','two_thirds_members','consensus')`,
    ),
    check('polls_abstentions_check', sql`${t.abstentions} in ('ignored','counted')`),
    check('polls_tie_check', sql`${t.tieBreak} in ('rejected','chair_decides')`),
    check('polls_status_check', sql`${t.status} in ('draft','open','closed','annulled')`),
    check('polls_item_check', sql`${t.agendaItemId} is not null or ${t.subject} in ('agenda','other')`),
    check('polls_secret_unweighted_check', sql`not (${t.method} = 'secret' and ${t.weighted})`),
    check('polls_annulled_reason_check', sql`${t.status} <> 'annulled' or ${t.annulledReason} is not null`),
  ],
);

/** The options of a poll: for / against / abstain, or the choices of a choice poll. */
export const pollOptions = pgTable(
  'poll_options',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    pollId: uuid('poll_id')
      .notNull()
      .references(() => polls.id, { onDelete: 'cascade' }),
    /** for, against, abstain — or choice for the options of a choice poll */
    role: text('role').notNull(),
    label: text('label').notNull(),
    position: integer('position').notNull(),
  },
  (t) => [
    uniqueIndex('poll_options_position_key').on(t.pollId, t.position),
    check('poll_options_role_check', sql`${t.role} in ('for','against','abstain','choice')`),
  ],
);

/**
 * Who may vote in a poll, fixed when it opens: one row per seat. `person_id` is the member whose vote it
 * is; `voter_person_id` is who casts it — the member, the substitute sitting for them, or the member holding
 * their proxy. Members with a declared conflict of interest on the item have no row.
 */
export const pollElectors = pgTable(
  'poll_electors',
  {
    pollId: uuid('poll_id')
      .notNull()
      .references(() => polls.id, { onDelete: 'cascade' }),
    personId: uuid('person_id')
      .notNull()
      .references(() => persons.id, { onDelete: 'cascade' }),
    voterPersonId: uuid('voter_person_id')
      .notNull()
      .references(() => persons.id, { onDelete: 'cascade' }),
    /** member, substitute or proxy */
    basis: text('basis').notNull(),
    weight: integer('weight').notNull().default(1),
  },
  (t) => [
    primaryKey({ columns: [t.pollId, t.personId] }),
    index('poll_electors_voter_idx').on(t.pollId, t.voterPersonId),
    check('poll_electors_basis_check', sql`${t.basis} in ('member','substitute','proxy')`),
    check('poll_electors_weight_check', sql`${t.weight} > 0`),
  ],
);

/**
 * That a seat has voted — never how. One row per seat and poll, for every method; the choice of a named
 * vote is in `poll_votes`, the choice of a secret vote in an anonymous `poll_ballots` row.
 */
export const pollParticipations = pgTable(
  'poll_participations',
  {
    pollId: uuid('poll_id')
      .notNull()
      .references(() => polls.id, { onDelete: 'cascade' }),
    personId: uuid('person_id')
      .notNull()
      .references(() => persons.id, { onDelete: 'cascade' }),
    castByPersonId: uuid('cast_by_person_id').references(() => persons.id, { onDelete: 'set null' }),
    /** hands polls: recorded by the secretary */
    recordedBy: uuid('recorded_by').references(() => users.id, { onDelete: 'set null' }),
    votedAt: timestamp('voted_at', { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.pollId, t.personId] })],
);

/** The choice of each seat in a named (or named show-of-hands) poll; a change of vote updates the row. */
export const pollVotes = pgTable(
  'poll_votes',
  {
    pollId: uuid('poll_id')
      .notNull()
      .references(() => polls.id, { onDelete: 'cascade' }),
    personId: uuid('person_id')
      .notNull()
      .references(() => persons.id, { onDelete: 'cascade' }),
    optionId: uuid('option_id')
      .notNull()
      .references(() => pollOptions.id, { onDelete: 'cascade' }),
    weight: integer('weight').notNull().default(1),
    castAt: timestamp('cast_at', { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.pollId, t.personId] }), index('poll_votes_option_idx').on(t.pollId, t.optionId)],
);

/**
 * An anonymous ballot of a secret poll. Nothing here names a voter or a time: the id is random and the
 * receipt is stored only as a hash of the token the voter keeps. Showing the token proves the ballot is
 * counted, and lets its holder change the vote until the poll closes.
 */
export const pollBallots = pgTable(
  'poll_ballots',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    pollId: uuid('poll_id')
      .notNull()
      .references(() => polls.id, { onDelete: 'cascade' }),
    optionId: uuid('option_id')
      .notNull()
      .references(() => pollOptions.id, { onDelete: 'cascade' }),
    /** hex SHA-256 of the receipt token */
    receiptHash: text('receipt_hash').notNull(),
  },
  (t) => [uniqueIndex('poll_ballots_receipt_key').on(t.pollId, t.receiptHash), index('poll_ballots_option_idx').on(t.pollId, t.optionId)],
);

/**
 * Every cast a voter's device sent, by its idempotency key, so a retried cast is answered as the first
 * time and never counted twice. It names the seat but never the choice.
 */
export const pollCasts = pgTable(
  'poll_casts',
  {
    pollId: uuid('poll_id')
      .notNull()
      .references(() => polls.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    idempotencyKey: text('idempotency_key').notNull(),
    personId: uuid('person_id')
      .notNull()
      .references(() => persons.id, { onDelete: 'cascade' }),
    acknowledgedAt: timestamp('acknowledged_at', { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.pollId, t.userId, t.idempotencyKey] })],
);

/**
 * A member's vote entrusted to another member for one session, when the body allows proxies. Revoking
 * keeps the row; a member has at most one proxy in force and a holder carries at most one.
 */
export const proxyDelegations = pgTable(
  'proxy_delegations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    sessionId: uuid('session_id')
      .notNull()
      .references(() => sessions.id, { onDelete: 'cascade' }),
    fromPersonId: uuid('from_person_id')
      .notNull()
      .references(() => persons.id, { onDelete: 'cascade' }),
    toPersonId: uuid('to_person_id')
      .notNull()
      .references(() => persons.id, { onDelete: 'cascade' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
    revokedBy: uuid('revoked_by').references(() => users.id, { onDelete: 'set null' }),
  },
  (t) => [
    uniqueIndex('proxy_delegations_from_key').on(t.sessionId, t.fromPersonId).where(sql`${t.revokedAt} is null`),
    uniqueIndex('proxy_delegations_to_key').on(t.sessionId, t.toPersonId).where(sql`${t.revokedAt} is null`),
    check('proxy_delegations_self_check', sql`${t.fromPersonId} <> ${t.toPersonId}`),
  ],
);
