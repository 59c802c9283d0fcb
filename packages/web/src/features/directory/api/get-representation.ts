import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Representation } from '@collegium/shared/contracts/representation';
import { apiPaths } from '../../../config/paths';
import { api } from '../../../lib/api-client';

export const representationQueryOptions = (bodyId: string) =>
  queryOptions({
    queryKey: ['directory', 'body', bodyId, 'representation'],
    queryFn: ({ signal }) => api<Representation>(apiPaths.bodyRepresentation(bodyId), { signal }),
  });

/** Per member organisation, each slot of the body with its holder today, or unfilled. */
export const useRepresentation = (bodyId: string) => useQuery(representationQueryOptions(bodyId));
