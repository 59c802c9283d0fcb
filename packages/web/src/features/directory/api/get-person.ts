import { queryOptions, useQuery } from '@tanstack/react-query';
import type { PersonSaved } from '@collegium/shared/contracts/directory';
import { apiPaths } from '../../../config/paths';
import { api } from '../../../lib/api-client';

export const personQueryOptions = (id: string) =>
  queryOptions({
    queryKey: ['directory', 'person', id],
    queryFn: ({ signal }) => api<PersonSaved>(apiPaths.person(id), { signal }),
  });

export const usePerson = (id: string) => useQuery(personQueryOptions(id));
