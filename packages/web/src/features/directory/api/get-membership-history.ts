import { queryOptions, useQuery } from '@tanstack/react-query';
import type { MembershipHistory } from '@collegium/shared/contracts/directory';
import { apiPaths } from '../../../config/paths';
import { api } from '../../../lib/api-client';

export const membershipHistoryQueryOptions = (bodyId: string) =>
  queryOptions({
    queryKey: ['directory', 'body', bodyId, 'history'],
    queryFn: ({ signal }) => api<MembershipHistory>(apiPaths.bodyMembershipHistory(bodyId), { signal }),
  });

export const useMembershipHistory = (bodyId: string) => useQuery(membershipHistoryQueryOptions(bodyId));
