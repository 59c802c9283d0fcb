import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { LoginBody, LoginResult } from '@collegium/shared/contracts/auth';
import { apiPaths } from '../../../config/paths';
import { api, setCsrfToken } from '../../../lib/api-client';
import { rememberSignedIn } from '../../../lib/auth';

export const login = (body: LoginBody) => api<LoginResult>(apiPaths.login, { method: 'POST', body });

export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: login,
    onSuccess: (result) => {
      setCsrfToken(result.csrfToken);
      if (result.status === 'ok' && result.user) rememberSignedIn(queryClient, result.user);
    },
  });
}
