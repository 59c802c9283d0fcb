import { or, sql, type AnyColumn, type SQL } from 'drizzle-orm';

/** An ILIKE pattern matching `q` anywhere, with LIKE's wildcards in `q` taken literally. */
export const containsPattern = (q: string): string => `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

const specialFolds: Record<string, string> = { đ: 'd', Đ: 'd', ł: 'l', Ł: 'l', ς: 'σ' };

/** Lower case without diacritics: "Čučković" → "cuckovic", "Δήμος" → "δημοσ". */
export function foldText(text: string): string {
  return [...text.normalize('NFD').replace(/\p{M}/gu, '')]
    .map((c) => specialFolds[c] ?? c.toLowerCase())
    .join('');
}

/**
 * The same folding inside SQL with translate(), which every PostgreSQL has (unaccent is an extension that
 * PGlite would have to load). The table covers Latin, Greek and Cyrillic letters of both cases, because
 * lower() folds only ASCII under the C locale.
 */
const [FOLD_FROM, FOLD_TO] = (() => {
  const ranges: [number, number][] = [
    [0x00c0, 0x017f],
    [0x0386, 0x03ce],
    [0x0400, 0x045f],
  ];
  let from = '';
  let to = '';
  for (const [start, end] of ranges) {
    for (let code = start; code <= end; code++) {
      const c = String.fromCodePoint(code);
      const folded = foldText(c);
      if ([...folded].length === 1 && folded !== c) {
        from += c;
        to += folded;
      }
    }
  }
  return [from, to];
})();

/** Matches rows where any of `columns` contains `q`, ignoring case and accents. */
export function foldedContains(columns: AnyColumn[], q: string): SQL {
  const pattern = containsPattern(foldText(q));
  return or(
    ...columns.map((column) => sql`translate(lower(coalesce(${column}, '')), ${FOLD_FROM}, ${FOLD_TO}) like ${pattern}`),
  )!;
}
