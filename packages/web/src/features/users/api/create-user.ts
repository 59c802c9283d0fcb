import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CreateUserBody, User } from '@collegium/shared/contracts/users';
import { apiPaths } from '../../../config/paths';
import { api } from '../../../lib/api-client';
import { usersQueryKey } from './get-users';

export const createUser = (body: CreateUserBody) => api<User>(apiPaths.users, { method: 'POST', body });

export function useCreateUser() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: createUser, onSuccess: () => queryClient.invalidateQueries({ queryKey: usersQueryKey }) });
}
