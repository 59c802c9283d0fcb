import { sql, type AnyColumn, type SQL } from 'drizzle-orm';
import { AppError } from '../../lib/app-error.js';

/** The version of a row, sent as its ETag: its last change in epoch milliseconds. */
export const etagOf = (updatedAt: Date): string => `W/"${updatedAt.getTime()}"`;

const opaque = (tag: string) => tag.trim().replace(/^W\//, '');

/**
 * Optimistic concurrency for PATCH: the caller must send back the ETag it read. Missing → 428, so a client
 * that forgot the header learns it at once; stale → 412 with the current version to reload from.
 */
export function requireCurrentVersion(ifMatch: string | undefined, updatedAt: Date, what: string): void {
  requireCurrentTag(ifMatch, etagOf(updatedAt), what);
}

/** The same check against any entity tag, e.g. the version of a whole list. */
export function requireCurrentTag(ifMatch: string | undefined, current: string, what: string): void {
  if (!ifMatch) {
    throw new AppError(
      'precondition_required',
      `Changing ${what} needs the If-Match header with the ETag of your last read, so that no one else’s edit is overwritten.`,
      { field: 'if-match', etag: current },
    );
  }
  const sent = ifMatch.split(',').map(opaque);
  if (!sent.includes(opaque(current))) {
    throw new AppError(
      'precondition_failed',
      `Someone changed ${what} after you opened it. Reload it, check their change and apply yours again.`,
      { field: 'if-match', etag: current },
    );
  }
}

/**
 * The next updated_at of a row: now, but always at least a millisecond after the previous one, so every
 * change gets a new ETag even when the clock stands still (tests) or two edits share a millisecond.
 */
export const nextVersion = (column: AnyColumn, now: Date): SQL =>
  sql`greatest(${now.toISOString()}::timestamptz, ${column} + interval '1 millisecond')`;
