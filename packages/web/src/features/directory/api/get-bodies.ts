import { queryOptions, useQuery } from '@tanstack/react-query';
import type { BodyList } from '@collegium/shared/contracts/directory';
import { apiPaths } from '../../../config/paths';
import { api } from '../../../lib/api-client';

export const bodiesQueryKey = ['directory', 'bodies'] as const;

/** The largest page the body list answers; a directory can have more bodies (bench: directory has 3,000). */
const PAGE_SIZE = 1000;

/** Every body the caller may see: the tree needs them all, or sub-bodies lose their parents. */
async function fetchAllBodies(signal: AbortSignal): Promise<BodyList> {
  const items: BodyList['items'] = [];
  for (let offset = 0; ; offset += PAGE_SIZE) {
    const page = await api<BodyList>(apiPaths.bodies, { signal, query: { limit: PAGE_SIZE, offset } });
    items.push(...page.items);
    if (offset + PAGE_SIZE >= page.total) return { items, total: page.total };
  }
}

export const bodiesQueryOptions = () =>
  queryOptions({
    queryKey: bodiesQueryKey,
    queryFn: ({ signal }) => fetchAllBodies(signal),
  });

export const useBodies = () => useQuery(bodiesQueryOptions());
