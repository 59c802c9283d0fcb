import { queryOptions, useQuery } from '@tanstack/react-query';
import type { SessionDetail } from '@collegium/shared/contracts/sessions';
import { apiPaths } from '../../../config/paths';
import { api } from '../../../lib/api-client';

export const sessionsQueryKey = ['sessions'] as const;

export const sessionQueryOptions = (id: string) =>
  queryOptions({
    queryKey: [...sessionsQueryKey, 'detail', id],
    queryFn: ({ signal }) => api<SessionDetail>(apiPaths.session(id), { signal }),
  });

export const useSession = (id: string) => useQuery(sessionQueryOptions(id));
