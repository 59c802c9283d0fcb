import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiPaths } from '../../../config/paths';
import { api } from '../../../lib/api-client';
import { meQueryKey } from '../../../lib/auth';

export const disableTotp = (password: string) => api<unknown>(apiPaths.totpDisable, { method: 'POST', body: { password } });

export function useDisableTotp() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: disableTotp, onSuccess: () => queryClient.invalidateQueries({ queryKey: meQueryKey }) });
}
