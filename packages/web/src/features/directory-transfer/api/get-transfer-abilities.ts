import { queryOptions, useQuery } from '@tanstack/react-query';
import type { TransferAbilities } from '@collegium/shared/contracts/directory-transfer';
import { apiPaths } from '../../../config/paths';
import { api } from '../../../lib/api-client';

export const transferAbilitiesQueryOptions = () =>
  queryOptions({
    queryKey: ['directory', 'transfer', 'abilities'],
    queryFn: ({ signal }) => api<TransferAbilities>(apiPaths.directoryTransfer, { signal }),
    staleTime: 60_000,
  });

/** Which datasets the signed-in person may import and export (the server decides). */
export const useTransferAbilities = () => useQuery(transferAbilitiesQueryOptions());
