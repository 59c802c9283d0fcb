import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { AuditEvent } from '@collegium/shared/contracts/users';
import { apiPaths } from '../../../config/paths';
import { api } from '../../../lib/api-client';

export const auditQueryOptions = (query: { limit: number; offset: number }) =>
  queryOptions({
    queryKey: ['audit', query],
    queryFn: ({ signal }) => api<{ items: AuditEvent[]; total: number }>(apiPaths.audit, { query: { ...query }, signal }),
    placeholderData: keepPreviousData,
  });

export const useAudit = (query: { limit: number; offset: number }) => useQuery(auditQueryOptions(query));
