import { queryOptions, useQuery } from '@tanstack/react-query';
import type { MyMembership } from '@collegium/shared/contracts/directory';
import { apiPaths } from '../../../config/paths';
import { api } from '../../../lib/api-client';

export const myMembershipsQueryOptions = () =>
  queryOptions({
    queryKey: ['directory', 'my-memberships'],
    queryFn: ({ signal }) => api<{ items: MyMembership[] }>(apiPaths.myMemberships, { signal }),
  });

export const useMyMemberships = () => useQuery(myMembershipsQueryOptions());
