import type { SessionDetail, SessionPatch } from '@collegium/shared/contracts/sessions';
import { apiPaths } from '../../../config/paths';
import { api } from '../../../lib/api-client';
import { useSessionMutation } from './use-session-mutation';

export const updateSession = ({ id, etag, patch }: { id: string; etag: string; patch: SessionPatch }) =>
  api<SessionDetail>(apiPaths.session(id), { method: 'PATCH', body: patch, ifMatch: etag });

export const useUpdateSession = () => useSessionMutation(updateSession);
