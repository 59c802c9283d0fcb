import { useMutation } from '@tanstack/react-query';
import { apiPaths } from '../../../config/paths';
import { api } from '../../../lib/api-client';

export const changePassword = (body: { currentPassword: string; newPassword: string }) =>
  api<unknown>(apiPaths.mePassword, { method: 'POST', body });

export const useChangePassword = () => useMutation({ mutationFn: changePassword });
