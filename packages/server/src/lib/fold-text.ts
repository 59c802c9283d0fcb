import { sql, type SQL } from 'drizzle-orm';

const specialFolds: Record<string, string> = { đ: 'd', Đ: 'd', ł: 'l', Ł: 'l', ς: 'σ' };

/** Lower case without diacritics: "Čučković" → "cuckovic", "Δήμος" → "δημοσ". */
export function foldText(text: string): string {
  return [...text.normalize('NFD').replace(/\p{M}/gu, '')]
    .map((c) => specialFolds[c] ?? c.toLowerCase())
    .join('');
}

/**
 * The same folding inside SQL with translate(), which every PostgreSQL has (unaccent is an extension that
 * PGlite would have to load, and it is not immutable, so no generated column could use it). The table
 * covers Latin, Greek and Cyrillic letters of both cases, because lower() folds only ASCII under the C locale.
 */
export const [FOLD_FROM, FOLD_TO] = (() => {
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

/**
 * `expression` (SQL text over the row's own columns) folded as foldText() folds, as a literal expression
 * fit for a stored generated column. The migration keeps the table as it was when generated: a change to
 * the folding needs a migration that redefines the search columns.
 */
export const foldedSql = (expression: string): SQL => sql.raw(`translate(lower(${expression}), '${FOLD_FROM}', '${FOLD_TO}')`);
