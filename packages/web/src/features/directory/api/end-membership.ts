import { apiPaths } from '../../../config/paths';
import { api } from '../../../lib/api-client';
import { useDirectoryMutation } from './use-directory-mutation';

export const endMembership = ({ membershipId, endDate }: { membershipId: string; endDate: string }) =>
  api<unknown>(apiPaths.endMembership(membershipId), { method: 'POST', body: { endDate } });

export function useEndMembership() {
  return useDirectoryMutation(endMembership);
}
