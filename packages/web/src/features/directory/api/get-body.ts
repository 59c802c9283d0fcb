import { queryOptions, useQuery } from '@tanstack/react-query';
import type { BodyDetail } from '@collegium/shared/contracts/directory';
import { apiPaths } from '../../../config/paths';
import { api } from '../../../lib/api-client';

export const bodyQueryOptions = (id: string) =>
  queryOptions({
    queryKey: ['directory', 'body', id],
    queryFn: ({ signal }) => api<BodyDetail>(apiPaths.body(id), { signal }),
  });

export const useBody = (id: string) => useQuery(bodyQueryOptions(id));
