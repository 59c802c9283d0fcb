import { sql, type AnyColumn, type SQL } from 'drizzle-orm';
import { foldText } from '../../lib/fold-text.js';

export { foldText };

/** An ILIKE pattern matching `q` anywhere, with LIKE's wildcards in `q` taken literally. */
export const containsPattern = (q: string): string => `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/**
 * Matches rows whose search column (the row's names folded by the database: db/schema/directory.ts)
 * contains `q`, ignoring case and accents. The column has a trigram index, so this stays fast on large
 * directories for queries of three letters or more.
 */
export function searchMatches(searchColumn: AnyColumn, q: string): SQL {
  return sql`${searchColumn} like ${containsPattern(foldText(q))}`;
}
