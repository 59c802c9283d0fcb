import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiPaths } from '../../../config/paths';
import { api } from '../../../lib/api-client';
import { forgetSignedIn } from '../../../lib/auth';

export const logout = () => api<{ ok: true }>(apiPaths.logout, { method: 'POST' });

export function useLogout() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: logout, onSettled: () => forgetSignedIn(queryClient) });
}
