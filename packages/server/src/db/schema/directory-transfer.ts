import { sql } from 'drizzle-orm';
import { boolean, check, index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from './accounts.js';

/**
 * One import of a directory file: a dry run, then (on confirmation) the real run of the same bytes.
 * The uploaded bytes stay in the file store under file_sha256; the report keeps every error row and a
 * bounded sample of the others, so a 60,000-row file makes a small record.
 */
export const importRuns = pgTable(
  'import_runs',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    dataset: text('dataset').notNull(),
    format: text('format').notNull(),
    fileName: text('file_name').notNull(),
    fileSha256: text('file_sha256').notNull(),
    fileSize: integer('file_size').notNull(),
    /** true while the run only checks the rows; confirming turns it into the real import */
    dryRun: boolean('dry_run').notNull(),
    status: text('status').notNull().default('queued'),
    createdByUserId: uuid('created_by_user_id').references(() => users.id, { onDelete: 'set null' }),
    actorLabel: text('actor_label').notNull(),
    total: integer('total').notNull().default(0),
    processed: integer('processed').notNull().default(0),
    counts: jsonb('counts').notNull().default(sql`'{}'::jsonb`),
    report: jsonb('report').notNull().default(sql`'[]'::jsonb`),
    /** why the whole run failed (an unreadable file, an unexpected error), when it did */
    message: text('message'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
  },
  (t) => [
    index('import_runs_created_by_idx').on(t.createdByUserId),
    check('import_runs_dataset_check', sql`${t.dataset} in ('organizations','bodies','memberships')`),
    check('import_runs_format_check', sql`${t.format} in ('csv','xlsx')`),
    check('import_runs_status_check', sql`${t.status} in ('queued','running','checked','done','failed')`),
  ],
);
