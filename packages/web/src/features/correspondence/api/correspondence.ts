import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CorrespondenceDeadlinesInput, CorrespondenceOverview } from '@collegium/shared/contracts/correspondence';
import { api } from '../../../lib/api-client';
import { useLiveInvalidate } from '../../../lib/live';
import { pollsQueryOptions } from '../../voting/api/polls';

const overviewPath = (sessionId: string) => `/api/v1/sessions/${encodeURIComponent(sessionId)}/correspondence`;
const itemPath = (itemId: string) => `/api/v1/agenda-items/${encodeURIComponent(itemId)}`;

export const correspondenceQueryOptions = (sessionId: string) =>
  queryOptions({
    queryKey: ['correspondence', sessionId],
    queryFn: ({ signal }) => api<CorrespondenceOverview>(overviewPath(sessionId), { signal }),
  });

/** A correspondence session item by item, refetched on every event of the session (votes, answers, outcomes). */
export function useCorrespondence(sessionId: string, enabled: boolean) {
  const options = correspondenceQueryOptions(sessionId);
  useLiveInvalidate(enabled ? `session:${sessionId}` : null, [options.queryKey, pollsQueryOptions(sessionId).queryKey]);
  return useQuery({ ...options, enabled });
}

export type CorrespondenceAnswer =
  | { kind: 'position'; itemId: string; text: string }
  | { kind: 'deletePosition'; itemId: string }
  | { kind: 'requestWithdrawal'; itemId: string; reason: string }
  | { kind: 'takeBackWithdrawal'; itemId: string }
  | { kind: 'declareConflict'; itemId: string; reason: string }
  | { kind: 'deadlines'; input: CorrespondenceDeadlinesInput };

async function send(sessionId: string, answer: CorrespondenceAnswer): Promise<CorrespondenceOverview> {
  switch (answer.kind) {
    case 'position':
      return api(`${itemPath(answer.itemId)}/written-position`, { method: 'PUT', body: { text: answer.text } });
    case 'deletePosition':
      return api(`${itemPath(answer.itemId)}/written-position`, { method: 'DELETE' });
    case 'requestWithdrawal':
      return api(`${itemPath(answer.itemId)}/withdrawal-request`, { method: 'POST', body: answer.reason.trim() ? { reason: answer.reason.trim() } : {} });
    case 'takeBackWithdrawal':
      return api(`${itemPath(answer.itemId)}/withdrawal-request`, { method: 'DELETE' });
    case 'declareConflict':
      await api(`${itemPath(answer.itemId)}/position`, { method: 'PUT', body: { position: 'conflict_of_interest', reason: answer.reason.trim() } });
      return api(overviewPath(sessionId));
    case 'deadlines':
      return api(`${overviewPath(sessionId)}/deadlines`, { method: 'PUT', body: answer.input });
  }
}

/** A member's answer or the secretary's deadlines; the answer is the new overview, put in the cache. */
export function useCorrespondenceAction(sessionId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (answer: CorrespondenceAnswer) => send(sessionId, answer),
    onSuccess: (overview) => {
      queryClient.setQueryData(correspondenceQueryOptions(sessionId).queryKey, overview);
      void queryClient.invalidateQueries({ queryKey: ['sessions'] });
    },
  });
}
