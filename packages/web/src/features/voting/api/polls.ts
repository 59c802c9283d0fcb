import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CastAck } from '@collegium/shared/contracts/ballots';
import type { Poll, PollAnnulResult, PollCloseInput, PollInput, PollList } from '@collegium/shared/contracts/polls';
import type { ReceiptCheck } from '@collegium/shared/contracts/ballots';
import { api } from '../../../lib/api-client';
import { useLiveTopic } from '../../../lib/live';

const sessionPolls = (sessionId: string) => `/api/v1/sessions/${encodeURIComponent(sessionId)}/polls`;
const pollPath = (pollId: string) => `/api/v1/polls/${encodeURIComponent(pollId)}`;

export const pollsQueryOptions = (sessionId: string) =>
  queryOptions({
    queryKey: ['polls', sessionId],
    queryFn: ({ signal }) => api<PollList>(sessionPolls(sessionId), { signal }),
  });

interface PollEvent {
  kind?: string;
  pollId?: string;
  voted?: number;
  electors?: number;
}

/**
 * A session's polls, live: a count event updates the number of votes in place (no refetch for a thousand
 * voters), any other poll event — opened, closed, changed, an outcome — refetches.
 */
export function usePolls(sessionId: string) {
  const queryClient = useQueryClient();
  const options = pollsQueryOptions(sessionId);
  useLiveTopic(
    `session:${sessionId}`,
    (data) => {
      const event = (data ?? {}) as PollEvent;
      if (event.kind === 'poll.count' && event.pollId) {
        queryClient.setQueryData(options.queryKey, (list) =>
          list ? { items: list.items.map((poll) => (poll.id === event.pollId ? { ...poll, voted: event.voted ?? poll.voted } : poll)) } : list,
        );
        return;
      }
      if (event.kind?.startsWith('poll.') || event.kind === 'proxies') void queryClient.invalidateQueries({ queryKey: options.queryKey });
    },
    () => void queryClient.invalidateQueries({ queryKey: options.queryKey }),
  );
  return useQuery(options);
}

export type PollAction =
  | { kind: 'create'; input: PollInput }
  | { kind: 'open'; pollId: string }
  | { kind: 'close'; pollId: string; input?: PollCloseInput }
  | { kind: 'annul'; pollId: string; reason: string; repeat: boolean }
  | { kind: 'delete'; pollId: string };

function send(sessionId: string, action: PollAction): Promise<unknown> {
  switch (action.kind) {
    case 'create':
      return api<Poll>(sessionPolls(sessionId), { method: 'POST', body: action.input });
    case 'open':
      return api<Poll>(`${pollPath(action.pollId)}/open`, { method: 'POST', body: {} });
    case 'close':
      return api<Poll>(`${pollPath(action.pollId)}/close`, { method: 'POST', body: action.input ?? {} });
    case 'annul':
      return api<PollAnnulResult>(`${pollPath(action.pollId)}/annul`, { method: 'POST', body: { reason: action.reason, repeat: action.repeat } });
    case 'delete':
      return api<void>(pollPath(action.pollId), { method: 'DELETE' });
  }
}

/** The chair's and secretary's steps with a session's polls. */
export function usePollAction(sessionId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (action: PollAction) => send(sessionId, action),
    onSettled: () => queryClient.invalidateQueries({ queryKey: pollsQueryOptions(sessionId).queryKey }),
  });
}

export interface CastRequest {
  pollId: string;
  optionId: string;
  personId: string;
  /** the seat is not the caller's own */
  onBehalf: boolean;
  key: string;
  receipt?: string;
}

/** Casts a vote; a network failure is retried with the same key, so it is never counted twice. */
export function useCast(sessionId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (cast: CastRequest) =>
      api<CastAck>(`${pollPath(cast.pollId)}/votes`, {
        method: 'POST',
        headers: { 'idempotency-key': cast.key },
        body: { optionId: cast.optionId, ...(cast.onBehalf ? { onBehalfOfPersonId: cast.personId } : {}), ...(cast.receipt ? { receipt: cast.receipt } : {}) },
      }),
    retry: (failures, error) => failures < 3 && (error as { status?: number }).status === 0,
    onSettled: () => queryClient.invalidateQueries({ queryKey: pollsQueryOptions(sessionId).queryKey }),
  });
}

export function checkReceipt(pollId: string, receipt: string): Promise<ReceiptCheck> {
  return api<ReceiptCheck>(`${pollPath(pollId)}/receipts/verify`, { method: 'POST', body: { receipt } });
}
