import type { SessionDetail, SessionInput } from '@collegium/shared/contracts/sessions';
import { apiPaths } from '../../../config/paths';
import { api } from '../../../lib/api-client';
import { useSessionMutation } from './use-session-mutation';

export const createSession = ({ bodyId, input }: { bodyId: string; input: SessionInput }) =>
  api<SessionDetail>(apiPaths.bodySessions(bodyId), { method: 'POST', body: input });

export const useCreateSession = () => useSessionMutation(createSession);
