import { queryOptions, useQuery } from '@tanstack/react-query';
import type { MembersOn } from '@collegium/shared/contracts/directory';
import { apiPaths } from '../../../config/paths';
import { api } from '../../../lib/api-client';

/** The members of a body on one day; `enabled` is false when the body page's own list already shows today. */
export const membersOnQueryOptions = (bodyId: string, on: string) =>
  queryOptions({
    queryKey: ['directory', 'body', bodyId, 'members', on],
    queryFn: ({ signal }) => api<MembersOn>(apiPaths.bodyMembersOn(bodyId), { query: { on }, signal }),
  });

export const useMembersOn = (bodyId: string, on: string, enabled: boolean) =>
  useQuery({ ...membersOnQueryOptions(bodyId, on), enabled });
