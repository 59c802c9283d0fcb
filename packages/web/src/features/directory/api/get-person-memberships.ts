import { queryOptions, useQuery } from '@tanstack/react-query';
import type { PersonMembershipList } from '@collegium/shared/contracts/person-memberships';
import { apiPaths } from '../../../config/paths';
import { api } from '../../../lib/api-client';

export const personMembershipsQueryOptions = (id: string) =>
  queryOptions({
    queryKey: ['directory', 'person', id, 'memberships'],
    queryFn: ({ signal }) => api<PersonMembershipList>(apiPaths.personMemberships(id), { signal }),
  });

export const usePersonMemberships = (id: string) => useQuery(personMembershipsQueryOptions(id));
