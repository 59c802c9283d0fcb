import { queryOptions, useQuery } from '@tanstack/react-query';
import type { ApiToken } from '@collegium/shared/contracts/auth';
import { apiPaths } from '../../../config/paths';
import { api } from '../../../lib/api-client';

export const tokensQueryKey = ['me', 'tokens'] as const;

/** The list endpoint answers either a bare array or `{ items }`; both are accepted. */
export const tokensQueryOptions = queryOptions({
  queryKey: tokensQueryKey,
  queryFn: async ({ signal }) => {
    const body = await api<ApiToken[] | { items: ApiToken[] }>(apiPaths.tokens, { signal });
    return Array.isArray(body) ? body : body.items;
  },
});

export const useTokens = () => useQuery(tokensQueryOptions);
