import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { LoginResult } from '@collegium/shared/contracts/auth';
import { apiPaths } from '../../../config/paths';
import { api } from '../../../lib/api-client';
import { rememberSignedIn } from '../../../lib/auth';

export const verifyTotp = (code: string) => api<LoginResult>(apiPaths.totp, { method: 'POST', body: { code } });

export function useVerifyTotp() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: verifyTotp,
    onSuccess: (result) => {
      if (result.user) rememberSignedIn(queryClient, result.user);
    },
  });
}
