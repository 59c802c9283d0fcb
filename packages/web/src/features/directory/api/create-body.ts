import type { BodyInput, BodySaved } from '@collegium/shared/contracts/directory';
import { apiPaths } from '../../../config/paths';
import { api } from '../../../lib/api-client';
import { useDirectoryMutation } from './use-directory-mutation';

export const createBody = (input: BodyInput) => api<BodySaved>(apiPaths.bodies, { method: 'POST', body: input });

export function useCreateBody() {
  return useDirectoryMutation(createBody);
}
