import { sql } from 'drizzle-orm';
import { bigint, check, index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { users } from './accounts.js';
import { bodies } from './directory.js';
import { foldedSql } from '../../lib/fold-text.js';
import { files } from './platform.js';

/**
 * A document owned by a body: materials, reports, opinions, draft acts. Who may read it follows from
 * where it is used (the materials that link it); its bytes are the versions' stored files.
 */
export const documents = pgTable(
  'documents',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    bodyId: uuid('body_id')
      .notNull()
      .references(() => bodies.id, { onDelete: 'restrict' }),
    title: text('title').notNull(),
    kind: text('kind').notNull().default('material'),
    /** the number of its newest version; materials show that one */
    latestVersion: integer('latest_version').notNull().default(1),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    /** the title folded for search (lib/fold-text.ts), trigram-indexed */
    searchText: text('search_text').notNull().generatedAlwaysAs(foldedSql('title')),
  },
  (t) => [
    index('documents_body_created_idx').on(t.bodyId, t.createdAt),
    index('documents_search_idx').using('gin', t.searchText.op('gin_trgm_ops')),
    check('documents_kind_check', sql`${t.kind} in ('material','report','opinion','proposal','draft_act','other')`),
    check('documents_latest_version_check', sql`${t.latestVersion} > 0`),
  ],
);

/** One version of a document: a stored file under the name it was uploaded with. */
export const documentVersions = pgTable(
  'document_versions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    documentId: uuid('document_id')
      .notNull()
      .references(() => documents.id, { onDelete: 'cascade' }),
    number: integer('number').notNull(),
    sha256: text('sha256')
      .notNull()
      .references(() => files.sha256, { onDelete: 'restrict' }),
    fileName: text('file_name').notNull(),
    contentType: text('content_type').notNull(),
    size: bigint('size', { mode: 'number' }).notNull(),
    uploadedBy: uuid('uploaded_by').references(() => users.id, { onDelete: 'set null' }),
    uploadedAt: timestamp('uploaded_at', { withTimezone: true }).notNull().defaultNow(),
    changeNote: text('change_note'),
  },
  (t) => [
    uniqueIndex('document_versions_number_key').on(t.documentId, t.number),
    index('document_versions_sha256_idx').on(t.sha256),
    check('document_versions_number_check', sql`${t.number} > 0`),
  ],
);
