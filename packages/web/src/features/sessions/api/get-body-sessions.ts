import { queryOptions, useQuery } from '@tanstack/react-query';
import type { SessionList } from '@collegium/shared/contracts/sessions';
import { apiPaths } from '../../../config/paths';
import { api } from '../../../lib/api-client';
import { sessionsQueryKey } from './get-session';

export type SessionsWhen = 'upcoming' | 'past';

export const bodySessionsQueryOptions = (bodyId: string, when: SessionsWhen) =>
  queryOptions({
    queryKey: [...sessionsQueryKey, 'body', bodyId, when],
    queryFn: ({ signal }) =>
      api<SessionList>(apiPaths.bodySessions(bodyId), { query: { when, limit: when === 'past' ? 20 : 100 }, signal }),
  });

export const useBodySessions = (bodyId: string, when: SessionsWhen) => useQuery(bodySessionsQueryOptions(bodyId, when));
