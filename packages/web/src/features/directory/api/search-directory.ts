import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { DirectorySearchResult } from '@collegium/shared/contracts/directory';
import { apiPaths } from '../../../config/paths';
import { api } from '../../../lib/api-client';

export const directorySearchQueryOptions = (q: string) =>
  queryOptions({
    queryKey: ['directory', 'search', q],
    queryFn: ({ signal }) => api<DirectorySearchResult>(apiPaths.directorySearch, { query: { q, limit: 20 }, signal }),
    placeholderData: keepPreviousData,
  });

/** Searches only once there is something to search for. */
export const useDirectorySearch = (q: string) => useQuery({ ...directorySearchQueryOptions(q), enabled: q.length > 0 });
