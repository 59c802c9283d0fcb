import { queryOptions, useQuery } from '@tanstack/react-query';
import type { SeriesList } from '@collegium/shared/contracts/session-series';
import { apiPaths } from '../../../config/paths';
import { api } from '../../../lib/api-client';

/** Everything of series and the calendar lives under this key: a change of a series refetches it all. */
export const seriesQueryKey = ['series'] as const;

export const bodySeriesQueryOptions = (bodyId: string) =>
  queryOptions({
    queryKey: [...seriesQueryKey, 'body', bodyId],
    queryFn: ({ signal }) => api<SeriesList>(apiPaths.bodySeries(bodyId), { signal }),
  });

export const useBodySeries = (bodyId: string) => useQuery(bodySeriesQueryOptions(bodyId));
