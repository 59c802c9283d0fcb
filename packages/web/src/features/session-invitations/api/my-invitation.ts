import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { AnswerInput, MyInvitation } from '@collegium/shared/contracts/session-invitations';
import { api } from '../../../lib/api-client';
import { invitationApi, myInvitationKey } from './paths';

export const useMyInvitation = (sessionId: string) =>
  useQuery({
    queryKey: myInvitationKey(sessionId),
    queryFn: ({ signal }) => api<MyInvitation>(invitationApi.mine(sessionId), { signal }),
  });

export function useAnswerMyInvitation(sessionId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: AnswerInput) => api<MyInvitation>(invitationApi.mine(sessionId), { method: 'PUT', body: input }),
    onSuccess: (mine) => queryClient.setQueryData(myInvitationKey(sessionId), mine),
  });
}
