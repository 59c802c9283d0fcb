import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  AmendmentInput,
  CurrentItemInput,
  FloorRequestInput,
  MeetingState,
  OutcomeInput,
  SpeakingLimitInput,
} from '@collegium/shared/contracts/meeting';
import { api } from '../../../lib/api-client';
import { useLiveTopic } from '../../../lib/live';
import { sessionQueryOptions } from '../../sessions/api/get-session';

const meetingPath = (sessionId: string) => `/api/v1/sessions/${encodeURIComponent(sessionId)}/meeting`;

export const meetingQueryOptions = (sessionId: string) =>
  queryOptions({
    queryKey: ['meeting', sessionId],
    queryFn: ({ signal }) => api<MeetingState>(meetingPath(sessionId), { signal }),
  });

/**
 * The meeting of a session and the session itself (its agenda and materials), refetched when the session's
 * live topic announces a change: the meeting always, the session unless the event was only a move of the meeting.
 */
export function useMeeting(sessionId: string) {
  const queryClient = useQueryClient();
  const meeting = meetingQueryOptions(sessionId);
  const session = sessionQueryOptions(sessionId);
  const refetch = (kind: unknown) => {
    void queryClient.invalidateQueries({ queryKey: meeting.queryKey });
    // The meeting's own steps leave the agenda as it was, except amendments (kind "meeting").
    if (!movesOnly.has(kind)) void queryClient.invalidateQueries({ queryKey: session.queryKey });
  };
  useLiveTopic(
    `session:${sessionId}`,
    (data) => refetch((data as { kind?: unknown } | null)?.kind),
    () => refetch(undefined),
  );
  return { meeting: useQuery(meeting), session: useQuery(session) };
}

const movesOnly = new Set<unknown>(['current-item', 'outcome', 'speakers']);

export type MeetingAction =
  | { kind: 'amend'; input: AmendmentInput }
  | { kind: 'adoptAgenda' }
  | { kind: 'adoptConsentBlock' }
  | { kind: 'currentItem'; input: CurrentItemInput }
  | { kind: 'outcome'; itemId: string; input: OutcomeInput }
  | { kind: 'limit'; input: SpeakingLimitInput }
  | { kind: 'ask'; input: FloorRequestInput }
  | { kind: 'withdraw'; requestId: string }
  | { kind: 'grant'; requestId: string }
  | { kind: 'end'; requestId: string }
  | { kind: 'order'; ids: string[] };

function send(sessionId: string, action: MeetingAction): Promise<MeetingState> {
  const base = meetingPath(sessionId);
  const speaker = (id: string) => `${base}/speakers/${encodeURIComponent(id)}`;
  switch (action.kind) {
    case 'amend':
      return api(`${base}/amendments`, { method: 'POST', body: action.input });
    case 'adoptAgenda':
      return api(`${base}/agenda-adoption`, { method: 'POST', body: {} });
    case 'adoptConsentBlock':
      return api(`${base}/consent-block-adoption`, { method: 'POST', body: {} });
    case 'currentItem':
      return api(`${base}/current-item`, { method: 'PUT', body: action.input });
    case 'outcome':
      return api(`${base}/items/${encodeURIComponent(action.itemId)}/outcome`, { method: 'PUT', body: action.input });
    case 'limit':
      return api(`${base}/speaking-limit`, { method: 'PUT', body: action.input });
    case 'ask':
      return api(`${base}/speakers`, { method: 'POST', body: action.input });
    case 'withdraw':
      return api(speaker(action.requestId), { method: 'DELETE' });
    case 'grant':
      return api(`${speaker(action.requestId)}/grant`, { method: 'POST', body: {} });
    case 'end':
      return api(`${speaker(action.requestId)}/end`, { method: 'POST', body: {} });
    case 'order':
      return api(`${base}/speakers/order`, { method: 'PUT', body: { ids: action.ids } });
  }
}

/** Every step answers the whole meeting: keep it, and reread the agenda an amendment may have changed. */
export function useMeetingAction(sessionId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (action: MeetingAction) => send(sessionId, action),
    onSuccess: (state, action) => {
      queryClient.setQueryData(meetingQueryOptions(sessionId).queryKey, state);
      if (action.kind === 'amend') void queryClient.invalidateQueries({ queryKey: sessionQueryOptions(sessionId).queryKey });
    },
  });
}
