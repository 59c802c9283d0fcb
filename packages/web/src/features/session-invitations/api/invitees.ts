import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { InviteeList } from '@collegium/shared/contracts/session-invitations';
import { api } from '../../../lib/api-client';
import { invitationApi, inviteesKey } from './paths';

export const useInvitees = (sessionId: string, enabled: boolean) =>
  useQuery({
    queryKey: inviteesKey(sessionId),
    queryFn: ({ signal }) => api<InviteeList>(invitationApi.invitees(sessionId), { signal }),
    enabled,
  });

/** Adding or removing a guest and resending answer the new list, which replaces the cached one. */
function useInviteeChange<V>(sessionId: string, request: (vars: V) => Promise<InviteeList>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: request,
    onSuccess: (list) => queryClient.setQueryData(inviteesKey(sessionId), list),
  });
}

export const useAddGuest = (sessionId: string) =>
  useInviteeChange(sessionId, (personId: string) =>
    api<InviteeList>(invitationApi.guests(sessionId), { method: 'POST', body: { personId } }),
  );

export const useRemoveGuest = (sessionId: string) =>
  useInviteeChange(sessionId, (invitationId: string) =>
    api<InviteeList>(invitationApi.invitation(sessionId, invitationId), { method: 'DELETE' }),
  );

export const useResendInvitation = (sessionId: string) =>
  useInviteeChange(sessionId, (invitationId: string) =>
    api<InviteeList>(invitationApi.resend(sessionId, invitationId), { method: 'POST' }),
  );
