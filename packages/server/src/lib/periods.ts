import { and, gte, isNull, lte, or, type Column, type SQL } from 'drizzle-orm';

/** Rows whose period — from `start` to `end`, both included; no end: still running — includes `day` (YYYY-MM-DD). */
export function coversDay(start: Column, end: Column, day: string): SQL {
  return and(lte(start, day), or(isNull(end), gte(end, day)))!;
}
