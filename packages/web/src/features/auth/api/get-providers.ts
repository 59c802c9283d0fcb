import { queryOptions, useQuery } from '@tanstack/react-query';
import type { AuthProviders } from '@collegium/shared/contracts/auth';
import { apiPaths } from '../../../config/paths';
import { api } from '../../../lib/api-client';

export const providersQueryOptions = queryOptions({
  queryKey: ['auth', 'providers'],
  queryFn: ({ signal }) => api<AuthProviders>(apiPaths.providers, { signal }),
  staleTime: 5 * 60_000,
});

export const useProviders = () => useQuery(providersQueryOptions);
