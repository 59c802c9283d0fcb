import type { MembershipInput } from '@collegium/shared/contracts/directory';
import { apiPaths } from '../../../config/paths';
import { api } from '../../../lib/api-client';
import { useDirectoryMutation } from './use-directory-mutation';

export const addMembership = ({ bodyId, input }: { bodyId: string; input: MembershipInput }) =>
  api<unknown>(apiPaths.bodyMemberships(bodyId), { method: 'POST', body: input });

export function useAddMembership() {
  return useDirectoryMutation(addMembership);
}
