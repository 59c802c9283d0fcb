import { queryOptions, useQuery } from '@tanstack/react-query';
import type { BodyList } from '@collegium/shared/contracts/directory';
import { apiPaths } from '../../../config/paths';
import { api } from '../../../lib/api-client';

export const bodiesQueryKey = ['directory', 'bodies'] as const;

export const bodiesQueryOptions = () =>
  queryOptions({
    queryKey: bodiesQueryKey,
    queryFn: ({ signal }) => api<BodyList>(apiPaths.bodies, { signal }),
  });

export const useBodies = () => useQuery(bodiesQueryOptions());
