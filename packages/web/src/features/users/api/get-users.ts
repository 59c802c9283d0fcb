import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { User } from '@collegium/shared/contracts/users';
import { apiPaths } from '../../../config/paths';
import { api } from '../../../lib/api-client';

export interface UsersQuery {
  q: string;
  limit: number;
  offset: number;
}

export const usersQueryKey = ['users'] as const;

export const usersQueryOptions = (query: UsersQuery) =>
  queryOptions({
    queryKey: [...usersQueryKey, query],
    queryFn: ({ signal }) => api<{ items: User[]; total: number }>(apiPaths.users, { query: { ...query }, signal }),
    placeholderData: keepPreviousData,
  });

export const useUsers = (query: UsersQuery) => useQuery(usersQueryOptions(query));
