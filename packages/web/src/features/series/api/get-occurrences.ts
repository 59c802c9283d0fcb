import { queryOptions, useQuery } from '@tanstack/react-query';
import type { OccurrenceList } from '@collegium/shared/contracts/session-series';
import { apiPaths } from '../../../config/paths';
import { api } from '../../../lib/api-client';
import { seriesQueryKey } from './get-body-series';

/** A series' occurrences from `from` on (90 days, the server's default window). */
export const occurrencesQueryOptions = (seriesId: string, from: string) =>
  queryOptions({
    queryKey: [...seriesQueryKey, 'occurrences', seriesId, from],
    queryFn: ({ signal }) => api<OccurrenceList>(apiPaths.seriesOccurrences(seriesId), { query: { from }, signal }),
  });

export const useOccurrences = (seriesId: string, from: string) => useQuery(occurrencesQueryOptions(seriesId, from));
