import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { OrganizationList } from '@collegium/shared/contracts/directory';
import { apiPaths } from '../../../config/paths';
import { api } from '../../../lib/api-client';

export interface OrganizationsQuery {
  q: string;
  limit: number;
  offset: number;
}

export const organizationsQueryOptions = (query: OrganizationsQuery) =>
  queryOptions({
    queryKey: ['directory', 'organizations', query],
    queryFn: ({ signal }) => api<OrganizationList>(apiPaths.organizations, { query: { ...query }, signal }),
    placeholderData: keepPreviousData,
  });

export const useOrganizations = (query: OrganizationsQuery) => useQuery(organizationsQueryOptions(query));
