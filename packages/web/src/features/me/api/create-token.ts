import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CreatedApiToken } from '@collegium/shared/contracts/auth';
import { apiPaths } from '../../../config/paths';
import { api } from '../../../lib/api-client';
import { tokensQueryKey } from './get-tokens';

export const createToken = (body: { name: string; expiresInDays?: number }) =>
  api<CreatedApiToken>(apiPaths.tokens, { method: 'POST', body });

export function useCreateToken() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: createToken, onSuccess: () => queryClient.invalidateQueries({ queryKey: tokensQueryKey }) });
}
