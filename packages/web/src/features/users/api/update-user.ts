import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { UpdateUserBody, User } from '@collegium/shared/contracts/users';
import { apiPaths } from '../../../config/paths';
import { api } from '../../../lib/api-client';
import { usersQueryKey } from './get-users';

export const updateUser = ({ id, ...body }: UpdateUserBody & { id: string }) =>
  api<User>(apiPaths.user(id), { method: 'PATCH', body });

export function useUpdateUser() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: updateUser, onSuccess: () => queryClient.invalidateQueries({ queryKey: usersQueryKey }) });
}
