import { queryOptions, useQuery, type QueryClient } from '@tanstack/react-query';
import type { Me } from '@collegium/shared/contracts/auth';
import { apiPaths } from '../config/paths';
import { ApiError, api, setCsrfToken } from './api-client';

export const meQueryKey = ['me'] as const;

/** The signed-in user, or null for a visitor (including one still owing the two-factor code). */
export const meQueryOptions = queryOptions({
  queryKey: meQueryKey,
  queryFn: async ({ signal }): Promise<Me | null> => {
    try {
      const me = await api<Me>(apiPaths.me, { signal });
      setCsrfToken(me.csrfToken);
      return me;
    } catch (error) {
      if (error instanceof ApiError && error.status === 401) {
        setCsrfToken(null);
        return null;
      }
      throw error;
    }
  },
  staleTime: 60_000,
  retry: (failureCount, error) => !(error instanceof ApiError && error.status < 500) && failureCount < 2,
});

export function useMe() {
  return useQuery(meQueryOptions);
}

/** For components under RequireAuth, where the user is known to be signed in. */
export function useSignedInMe(): Me {
  const { data } = useMe();
  if (!data) throw new Error('useSignedInMe used outside a signed-in route');
  return data;
}

export function rememberSignedIn(queryClient: QueryClient, me: Me): void {
  setCsrfToken(me.csrfToken);
  queryClient.setQueryData(meQueryKey, me);
}

/** Forgets everything cached for the previous user. */
export function forgetSignedIn(queryClient: QueryClient): void {
  setCsrfToken(null);
  queryClient.removeQueries({ predicate: (q) => q.queryKey[0] !== meQueryKey[0] });
  queryClient.setQueryData(meQueryKey, null);
}

/** Only same-site paths may be a target after signing in. */
export function safeNextPath(value: string | null): string | null {
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return null;
  return value;
}
