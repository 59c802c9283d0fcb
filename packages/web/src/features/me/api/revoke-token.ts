import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiPaths } from '../../../config/paths';
import { api } from '../../../lib/api-client';
import { tokensQueryKey } from './get-tokens';

export const revokeToken = (id: string) => api<unknown>(apiPaths.token(id), { method: 'DELETE' });

export function useRevokeToken() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: revokeToken, onSuccess: () => queryClient.invalidateQueries({ queryKey: tokensQueryKey }) });
}
