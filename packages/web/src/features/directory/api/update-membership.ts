import type { MembershipPatch, MembershipSaved } from '@collegium/shared/contracts/directory';
import { apiPaths } from '../../../config/paths';
import { api } from '../../../lib/api-client';
import { useDirectoryMutation } from './use-directory-mutation';

export const updateMembership = ({ id, etag, patch }: { id: string; etag: string; patch: MembershipPatch }) =>
  api<MembershipSaved>(apiPaths.membership(id), { method: 'PATCH', body: patch, ifMatch: etag });

export function useUpdateMembership() {
  return useDirectoryMutation(updateMembership);
}
