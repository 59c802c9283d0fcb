import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ProxyDelegation, ProxyInput, ProxyList } from '@collegium/shared/contracts/polls';
import { api } from '../../../lib/api-client';
import { useLiveInvalidate } from '../../../lib/live';

const proxiesPath = (sessionId: string) => `/api/v1/sessions/${encodeURIComponent(sessionId)}/proxies`;

export const proxiesQueryOptions = (sessionId: string) =>
  queryOptions({ queryKey: ['proxies', sessionId], queryFn: ({ signal }) => api<ProxyList>(proxiesPath(sessionId), { signal }) });

/** A session's proxy delegations as the caller may see them, live. */
export function useProxies(sessionId: string) {
  const options = proxiesQueryOptions(sessionId);
  useLiveInvalidate(`session:${sessionId}`, [options.queryKey]);
  return useQuery(options);
}

export function useProxyChange(sessionId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (change: { give: ProxyInput } | { revoke: string }) =>
      'give' in change
        ? api<ProxyDelegation>(proxiesPath(sessionId), { method: 'POST', body: change.give })
        : api<ProxyDelegation>(`/api/v1/proxies/${encodeURIComponent(change.revoke)}`, { method: 'DELETE' }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: proxiesQueryOptions(sessionId).queryKey }),
  });
}
