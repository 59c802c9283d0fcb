import { queryOptions, useQuery } from '@tanstack/react-query';
import type { OrganizationDetail } from '@collegium/shared/contracts/directory';
import { apiPaths } from '../../../config/paths';
import { api } from '../../../lib/api-client';

export const organizationQueryOptions = (id: string) =>
  queryOptions({
    queryKey: ['directory', 'organization', id],
    queryFn: ({ signal }) => api<OrganizationDetail>(apiPaths.organization(id), { signal }),
  });

export const useOrganization = (id: string) => useQuery(organizationQueryOptions(id));
