import { queryOptions, useQuery } from '@tanstack/react-query';
import type { SessionList } from '@collegium/shared/contracts/sessions';
import { apiPaths } from '../../../config/paths';
import { api } from '../../../lib/api-client';
import type { SessionsWhen } from './get-body-sessions';
import { sessionsQueryKey } from './get-session';

export const mySessionsQueryOptions = (when: SessionsWhen) =>
  queryOptions({
    queryKey: [...sessionsQueryKey, 'mine', when],
    queryFn: ({ signal }) => api<SessionList>(apiPaths.mySessions, { query: { when, limit: 50 }, signal }),
  });

export const useMySessions = (when: SessionsWhen) => useQuery(mySessionsQueryOptions(when));
