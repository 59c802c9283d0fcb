import { useMutation } from '@tanstack/react-query';
import { apiPaths, paths } from '../../../config/paths';
import { api } from '../../../lib/api-client';

export const logout = () => api<{ ok: true }>(apiPaths.logout, { method: 'POST' });

/**
 * Signing out loads the sign-in page afresh, so nothing of the previous person stays in memory
 * (and no "come back here afterwards" link is kept for the next person at this computer).
 */
export function useLogout() {
  return useMutation({ mutationFn: logout, onSettled: () => window.location.assign(paths.signIn) });
}
