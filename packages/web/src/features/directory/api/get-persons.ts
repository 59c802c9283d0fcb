import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { PersonList } from '@collegium/shared/contracts/directory';
import { apiPaths } from '../../../config/paths';
import { api } from '../../../lib/api-client';

export const personsQueryOptions = (q: string) =>
  queryOptions({
    queryKey: ['directory', 'persons', q],
    queryFn: ({ signal }) => api<PersonList>(apiPaths.persons, { query: { q, limit: 20 }, signal }),
    placeholderData: keepPreviousData,
  });

export const usePersons = (q: string) => useQuery(personsQueryOptions(q));
