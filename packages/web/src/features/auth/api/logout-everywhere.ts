import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiPaths } from '../../../config/paths';
import { api } from '../../../lib/api-client';
import { forgetSignedIn } from '../../../lib/auth';

export const logoutEverywhere = () => api<{ ok: true; ended: number }>(apiPaths.logoutEverywhere, { method: 'POST' });

export function useLogoutEverywhere() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: logoutEverywhere, onSuccess: () => forgetSignedIn(queryClient) });
}
