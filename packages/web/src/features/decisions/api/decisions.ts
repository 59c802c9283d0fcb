import { keepPreviousData, queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  DecisionDetail,
  DecisionList,
  DecisionListQuery,
  DecisionOverdueSummary,
  DecisionPatch,
  DecisionReportInput,
} from '@collegium/shared/contracts/decisions';
import type { StoredFile } from '@collegium/shared/contracts/files';
import { api, buildUrl } from '../../../lib/api-client';

export const decisionsApi = {
  list: '/api/v1/decisions',
  export: '/api/v1/decisions/export',
  overdueSummary: '/api/v1/decisions/overdue-summary',
  one: (id: string) => `/api/v1/decisions/${encodeURIComponent(id)}`,
  reports: (id: string) => `/api/v1/decisions/${encodeURIComponent(id)}/reports`,
  files: '/api/v1/files',
} as const;

/** Everything the decisions pages read: invalidated together after any change to a decision. */
export const decisionsQueryKey = ['decisions'] as const;

export const decisionListQueryOptions = (query: DecisionListQuery) =>
  queryOptions({
    queryKey: [...decisionsQueryKey, 'list', query],
    queryFn: ({ signal }) => api<DecisionList>(decisionsApi.list, { query: { ...query }, signal }),
    placeholderData: keepPreviousData,
  });

export const useDecisionList = (query: DecisionListQuery) => useQuery(decisionListQueryOptions(query));

export const decisionQueryOptions = (id: string) =>
  queryOptions({
    queryKey: [...decisionsQueryKey, 'one', id],
    queryFn: ({ signal }) => api<DecisionDetail>(decisionsApi.one(id), { signal }),
  });

export const useDecision = (id: string) => useQuery(decisionQueryOptions(id));

export const useOverdueSummary = () =>
  useQuery({
    queryKey: [...decisionsQueryKey, 'overdue-summary'],
    queryFn: ({ signal }) => api<DecisionOverdueSummary>(decisionsApi.overdueSummary, { signal }),
  });

/** The export link for the register as filtered (without paging). */
export function decisionExportUrl(query: DecisionListQuery, format: 'csv' | 'xlsx', delimiter: ',' | ';' = ','): string {
  const { limit: _limit, offset: _offset, ...filters } = query;
  return buildUrl(decisionsApi.export, { ...filters, format, ...(format === 'csv' ? { delimiter } : {}) });
}

export function useUpdateDecision(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ etag, patch }: { etag: string; patch: DecisionPatch }) =>
      api<DecisionDetail>(decisionsApi.one(id), { method: 'PATCH', body: patch, ifMatch: etag }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: decisionsQueryKey }),
  });
}

/** Uploads the chosen files one by one through the files module, then sends the report naming them. */
export function useAddDecisionReport(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ text, status, files }: { text: string; status?: DecisionReportInput['status']; files: File[] }) => {
      const attachments: NonNullable<DecisionReportInput['attachments']> = [];
      for (const file of files) {
        const form = new FormData();
        form.append('file', file, file.name);
        const stored = await api<StoredFile>(decisionsApi.files, { method: 'POST', body: form });
        attachments.push({ sha256: stored.sha256, fileName: file.name });
      }
      const input: DecisionReportInput = { text, ...(status ? { status } : {}), ...(attachments.length ? { attachments } : {}) };
      return api<DecisionDetail>(decisionsApi.reports(id), { method: 'POST', body: input });
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: decisionsQueryKey }),
  });
}
