import { useMutation } from '@tanstack/react-query';
import { apiPaths } from '../../../config/paths';
import { api } from '../../../lib/api-client';

export const confirmPasswordReset = (body: { token: string; password: string }) =>
  api<unknown>(apiPaths.passwordResetConfirm, { method: 'POST', body });

export const useConfirmPasswordReset = () => useMutation({ mutationFn: confirmPasswordReset });
