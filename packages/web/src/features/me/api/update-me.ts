import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Me, SupportedLocale } from '@collegium/shared/contracts/auth';
import { apiPaths } from '../../../config/paths';
import { api } from '../../../lib/api-client';
import { rememberSignedIn } from '../../../lib/auth';

export interface UpdateMeInput {
  displayName?: string;
  locale?: SupportedLocale;
}

export const updateMe = (body: UpdateMeInput) => api<Me>(apiPaths.me, { method: 'PATCH', body });

export function useUpdateMe() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: updateMe, onSuccess: (me) => rememberSignedIn(queryClient, me) });
}
