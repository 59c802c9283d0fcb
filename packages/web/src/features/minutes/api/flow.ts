import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { MinutesComment, MinutesCommentInput } from '@collegium/shared/contracts/minutes';
import type { MinutesApprovalState, MinutesCommentList } from '@collegium/shared/contracts/minutes-flow';
import { api } from '../../../lib/api-client';
import { useLiveTopic } from '../../../lib/live';
import { isMinutesEvent, minutesApi, minutesKey } from './minutes';

const commentsKey = (minutesId: string) => ['minutes-comments', minutesId] as const;

/** Comments on the draft, refetched live when someone comments or resolves one. */
export function useMinutesComments(minutesId: string, sessionId: string) {
  const queryClient = useQueryClient();
  const refresh = () => void queryClient.invalidateQueries({ queryKey: commentsKey(minutesId) });
  useLiveTopic(`session:${sessionId}`, (data) => (isMinutesEvent(data) ? refresh() : undefined), refresh);
  return useQuery({
    queryKey: commentsKey(minutesId),
    queryFn: ({ signal }) => api<MinutesCommentList>(minutesApi.comments(minutesId), { signal }),
  });
}

export type CommentAction = { kind: 'add'; input: MinutesCommentInput } | { kind: 'resolve'; commentId: string };

export function useCommentAction(minutesId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (action: CommentAction) =>
      action.kind === 'add'
        ? api<MinutesComment>(minutesApi.comments(minutesId), { method: 'POST', body: action.input })
        : api<MinutesComment>(minutesApi.resolveComment(minutesId, action.commentId), { method: 'POST', body: {} }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: commentsKey(minutesId) }),
  });
}

export type ApprovalAction = { kind: 'submit'; sessionId: string } | { kind: 'withdraw' } | { kind: 'correct' };

/** The secretary's steps towards approval: put it on a later session's agenda, take it off, open a correction. */
export function useApprovalAction(minutesId: string, sessionId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (action: ApprovalAction) => {
      switch (action.kind) {
        case 'submit':
          return api<MinutesApprovalState>(minutesApi.approval(minutesId), { method: 'POST', body: { sessionId: action.sessionId } });
        case 'withdraw':
          return api<MinutesApprovalState>(minutesApi.approval(minutesId), { method: 'DELETE' });
        case 'correct':
          return api<MinutesApprovalState>(minutesApi.corrections(minutesId), { method: 'POST', body: {} });
      }
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: minutesKey(sessionId) }),
  });
}
