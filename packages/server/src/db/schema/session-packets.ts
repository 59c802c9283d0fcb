import { sql } from 'drizzle-orm';
import { check, integer, pgTable, text, timestamp, uniqueIndex, uuid, bigint } from 'drizzle-orm/pg-core';
import { files } from './platform.js';
import { sessions } from './sessions.js';

/**
 * The built packet PDFs of a session, one row per variant ('members', 'public', 'draft'). The bytes live
 * in the file store under file_sha256; inputs_fingerprint hashes everything the packet was built from, so
 * a rebuild with unchanged inputs keeps the stored file.
 */
export const sessionPackets = pgTable(
  'session_packets',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    sessionId: uuid('session_id')
      .notNull()
      .references(() => sessions.id, { onDelete: 'cascade' }),
    variant: text('variant').notNull(),
    status: text('status').notNull().default('building'),
    fileSha256: text('file_sha256').references(() => files.sha256, { onDelete: 'set null' }),
    size: bigint('size', { mode: 'number' }),
    pageCount: integer('page_count'),
    inputsFingerprint: text('inputs_fingerprint'),
    /** when the stored file was built */
    builtAt: timestamp('built_at', { withTimezone: true }),
    /** why the last build failed (status 'failed') */
    error: text('error'),
    /** when a rebuild was last asked for */
    requestedAt: timestamp('requested_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('session_packets_session_variant_key').on(t.sessionId, t.variant),
    check('session_packets_variant_check', sql`${t.variant} in ('members','public','draft')`),
    check('session_packets_status_check', sql`${t.status} in ('building','ready','failed')`),
  ],
);
