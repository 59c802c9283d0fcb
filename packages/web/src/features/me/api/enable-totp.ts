import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiPaths } from '../../../config/paths';
import { api } from '../../../lib/api-client';
import { meQueryKey } from '../../../lib/auth';

export const enableTotp = (code: string) => api<unknown>(apiPaths.totpEnable, { method: 'POST', body: { code } });

export function useEnableTotp() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: enableTotp, onSuccess: () => queryClient.invalidateQueries({ queryKey: meQueryKey }) });
}
