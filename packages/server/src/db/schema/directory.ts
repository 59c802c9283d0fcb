import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  date,
  foreignKey,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
  type AnyPgColumn,
} from 'drizzle-orm/pg-core';
import { foldedSql } from '../../lib/fold-text.js';
import { users } from './accounts.js';

export const organizations = pgTable(
  'organizations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    parentId: uuid('parent_id').references((): AnyPgColumn => organizations.id, { onDelete: 'set null' }),
    kind: text('kind').notNull(),
    name: text('name').notNull(),
    shortName: text('short_name'),
    slug: text('slug').notNull(),
    email: text('email'),
    phone: text('phone'),
    website: text('website'),
    address: text('address'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    /** name, short name and slug folded for search (lib/fold-text.ts), trigram-indexed */
    searchText: text('search_text')
      .notNull()
      .generatedAlwaysAs(foldedSql(`name || E'\\n' || coalesce(short_name, '') || E'\\n' || slug`)),
  },
  (t) => [
    uniqueIndex('organizations_slug_key').on(t.slug),
    index('organizations_parent_idx').on(t.parentId),
    index('organizations_search_idx').using('gin', t.searchText.op('gin_trgm_ops')),
  ],
);

export const bodies = pgTable(
  'bodies',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'restrict' }),
    parentId: uuid('parent_id').references((): AnyPgColumn => bodies.id, { onDelete: 'restrict' }),
    kind: text('kind').notNull(),
    name: text('name').notNull(),
    shortName: text('short_name'),
    slug: text('slug').notNull(),
    description: text('description'),
    isPublic: boolean('is_public').notNull().default(false),
    /** rules of procedure: quorum, majority, substitutes, guests — read by sessions and voting */
    rules: jsonb('rules').notNull().default(sql`'{}'::jsonb`),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    /** name, short name and slug folded for search (lib/fold-text.ts), trigram-indexed */
    searchText: text('search_text')
      .notNull()
      .generatedAlwaysAs(foldedSql(`name || E'\\n' || coalesce(short_name, '') || E'\\n' || slug`)),
  },
  (t) => [
    uniqueIndex('bodies_slug_key').on(t.slug),
    index('bodies_parent_idx').on(t.parentId),
    index('bodies_organization_idx').on(t.organizationId),
    index('bodies_search_idx').using('gin', t.searchText.op('gin_trgm_ops')),
  ],
);

export const persons = pgTable(
  'persons',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id').references(() => users.id, { onDelete: 'set null' }),
    organizationId: uuid('organization_id').references(() => organizations.id, { onDelete: 'set null' }),
    givenName: text('given_name').notNull(),
    familyName: text('family_name').notNull(),
    title: text('title'),
    email: text('email'),
    phone: text('phone'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    /** "given family" folded for search (lib/fold-text.ts), trigram-indexed: a full name matches too */
    searchText: text('search_text')
      .notNull()
      .generatedAlwaysAs(foldedSql(`given_name || ' ' || family_name`)),
  },
  (t) => [
    uniqueIndex('persons_user_key').on(t.userId),
    index('persons_organization_idx').on(t.organizationId),
    index('persons_search_idx').using('gin', t.searchText.op('gin_trgm_ops')),
  ],
);

export const memberships = pgTable(
  'memberships',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'restrict' }),
    bodyId: uuid('body_id')
      .notNull()
      .references(() => bodies.id, { onDelete: 'cascade' }),
    personId: uuid('person_id')
      .notNull()
      .references(() => persons.id, { onDelete: 'cascade' }),
    role: text('role').notNull(),
    /** the organisation the person represents in this body */
    representsId: uuid('represents_id').references(() => organizations.id, { onDelete: 'set null' }),
    votingRight: boolean('voting_right').notNull().default(true),
    /** the weight of this member's vote where the body's rules weigh votes (an assembly of organisations) */
    voteWeight: integer('vote_weight').notNull().default(1),
    substituteId: uuid('substitute_id').references(() => persons.id, { onDelete: 'set null' }),
    /** the representation slot of `representsId` this membership fills (a slot of the same body) */
    slotId: uuid('slot_id'),
    startDate: date('start_date', { mode: 'string' }).notNull(),
    endDate: date('end_date', { mode: 'string' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('memberships_body_idx').on(t.bodyId),
    index('memberships_person_idx').on(t.personId),
    check(
      'memberships_role_check',
      sql`${t.role} in ('chair','deputy_chair','deputy','coordinator','secretary','member','observer','guest')`,
    ),
    check('memberships_vote_weight_check', sql`${t.voteWeight} between 1 and 1000000`),
    check('memberships_dates_check', sql`${t.endDate} is null or ${t.endDate} >= ${t.startDate}`),
    check('memberships_slot_represents_check', sql`${t.slotId} is null or ${t.representsId} is not null`),
    // the slot must be one of this body's slots: the key includes the body
    foreignKey({
      name: 'memberships_slot_fk',
      columns: [t.slotId, t.bodyId],
      foreignColumns: [representationSlots.id, representationSlots.bodyId],
    }),
    index('memberships_slot_idx').on(t.slotId),
    // two open-ended holders of one organisation's slot can never both be right
    uniqueIndex('memberships_open_slot_key')
      .on(t.slotId, t.representsId)
      .where(sql`${t.slotId} is not null and ${t.endDate} is null`),
  ],
);

/**
 * Named seats a body asks of each member organisation ("general administration", "ICT — portal
 * administrator"). Part of the body like its rules, so no organization_id of its own.
 */
export const representationSlots = pgTable(
  'representation_slots',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    bodyId: uuid('body_id')
      .notNull()
      .references((): AnyPgColumn => bodies.id, { onDelete: 'cascade' }),
    key: text('key').notNull(),
    label: text('label').notNull(),
    position: integer('position').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('representation_slots_body_key').on(t.bodyId, t.key),
    uniqueIndex('representation_slots_id_body_key').on(t.id, t.bodyId),
  ],
);

/** The organisations that belong to a body (a network's member municipalities), with the dates they did. */
export const bodyMemberOrganizations = pgTable(
  'body_member_organizations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    bodyId: uuid('body_id')
      .notNull()
      .references((): AnyPgColumn => bodies.id, { onDelete: 'cascade' }),
    memberId: uuid('member_id')
      .notNull()
      .references((): AnyPgColumn => organizations.id, { onDelete: 'restrict' }),
    joinedOn: date('joined_on', { mode: 'string' }).notNull(),
    leftOn: date('left_on', { mode: 'string' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('body_member_organizations_body_idx').on(t.bodyId),
    index('body_member_organizations_member_idx').on(t.memberId),
    uniqueIndex('body_member_organizations_open_key').on(t.bodyId, t.memberId).where(sql`${t.leftOn} is null`),
    check('body_member_organizations_dates_check', sql`${t.leftOn} is null or ${t.leftOn} >= ${t.joinedOn}`),
  ],
);
