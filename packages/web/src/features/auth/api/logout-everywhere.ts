import { useMutation } from '@tanstack/react-query';
import { apiPaths, paths } from '../../../config/paths';
import { api } from '../../../lib/api-client';

export const logoutEverywhere = () => api<{ ok: true; ended: number }>(apiPaths.logoutEverywhere, { method: 'POST' });

/** Like signing out: the sign-in page is loaded afresh. */
export function useLogoutEverywhere() {
  return useMutation({ mutationFn: logoutEverywhere, onSuccess: () => window.location.assign(paths.signIn) });
}
