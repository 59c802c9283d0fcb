import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { AnswerInput, TokenInvitation } from '@collegium/shared/contracts/session-invitations';
import { api } from '../../../lib/api-client';
import { invitationApi } from './paths';

const tokenKey = (token: string) => ['invitation-token', token] as const;

/** The invitation an answer link opens; the token travels in the request body, never in a URL. */
export const useTokenInvitation = (token: string) =>
  useQuery({
    queryKey: tokenKey(token),
    queryFn: ({ signal }) => api<TokenInvitation>(invitationApi.tokenLookup, { method: 'POST', body: { token }, signal }),
    enabled: token.length > 0,
    retry: false,
  });

export function useAnswerByToken(token: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: AnswerInput) => api<TokenInvitation>(invitationApi.tokenAnswer, { method: 'POST', body: { token, ...input } }),
    onSuccess: (answered) => queryClient.setQueryData(tokenKey(token), answered),
  });
}
