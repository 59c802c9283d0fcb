import { queryOptions, useQuery } from '@tanstack/react-query';
import type { MembershipSaved } from '@collegium/shared/contracts/directory';
import { apiPaths } from '../../../config/paths';
import { api } from '../../../lib/api-client';

/** One membership with its version, read fresh when its edit form opens. */
export const membershipQueryOptions = (id: string) =>
  queryOptions({
    queryKey: ['directory', 'membership', id],
    queryFn: ({ signal }) => api<MembershipSaved>(apiPaths.membership(id), { signal }),
    staleTime: 0,
    refetchOnWindowFocus: false,
  });

export const useMembership = (id: string) => useQuery(membershipQueryOptions(id));
