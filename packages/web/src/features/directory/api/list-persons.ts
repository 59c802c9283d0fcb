import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { PersonList } from '@collegium/shared/contracts/directory';
import { apiPaths } from '../../../config/paths';
import { api } from '../../../lib/api-client';

export interface PersonsPageQuery {
  q: string;
  limit: number;
  offset: number;
}

/** One page of the people list (the pickers use get-persons, which asks for the first matches only). */
export const personsPageQueryOptions = (query: PersonsPageQuery) =>
  queryOptions({
    queryKey: ['directory', 'persons-page', query],
    queryFn: ({ signal }) => api<PersonList>(apiPaths.persons, { query: { ...query }, signal }),
    placeholderData: keepPreviousData,
  });

export const usePersonsPage = (query: PersonsPageQuery) => useQuery(personsPageQueryOptions(query));
