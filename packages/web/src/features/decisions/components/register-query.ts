import { useSearchParams } from 'react-router';
import { decisionSorts, decisionStatusFilters, type DecisionListQuery } from '@collegium/shared/contracts/decisions';

export const REGISTER_PAGE_SIZE = 25;
const textKeys = ['q', 'bodyId', 'responsibleOrganizationId', 'responsiblePersonId', 'deadlineFrom', 'deadlineTo'] as const;
export type RegisterFilterKey = (typeof textKeys)[number] | 'status' | 'sort';

const isOneOf = <T extends string>(values: readonly T[], value: string | null): value is T => value !== null && (values as readonly string[]).includes(value);

/**
 * The register's filters, order and page live in the URL, so a filtered register can be bookmarked,
 * shared and reloaded; a fixed body (the body page) overrides the URL's.
 */
export function useRegisterQuery(fixedBodyId?: string) {
  const [params, setParams] = useSearchParams();
  const query: DecisionListQuery = { limit: REGISTER_PAGE_SIZE };
  for (const key of textKeys) {
    const value = params.get(key);
    if (value) query[key] = value;
  }
  const status = params.get('status');
  if (isOneOf(decisionStatusFilters, status)) query.status = status;
  const sort = params.get('sort');
  if (isOneOf(decisionSorts, sort)) query.sort = sort;
  const offset = Number(params.get('offset') ?? 0);
  if (Number.isInteger(offset) && offset > 0) query.offset = offset;
  if (fixedBodyId) query.bodyId = fixedBodyId;

  // The URL as it is now, not as this render saw it: a filter set just before (a select, then the debounced
  // search) may not have reached this render's params yet, and building on those would drop it.
  const currentParams = () => new URLSearchParams(window.location.search);
  /** Sets (or with an empty value removes) filters; any change of filter goes back to the first page. */
  const setFilters = (changes: Partial<Record<RegisterFilterKey, string>>) => {
    const next = currentParams();
    for (const [key, value] of Object.entries(changes)) {
      if (value) next.set(key, value);
      else next.delete(key);
    }
    next.delete('offset');
    setParams(next, { replace: true });
  };
  const setOffset = (value: number) => {
    const next = currentParams();
    if (value > 0) next.set('offset', String(value));
    else next.delete('offset');
    setParams(next);
  };
  const clear = () => setParams(new URLSearchParams(), { replace: true });
  return { query, setFilters, setOffset, clear };
}
