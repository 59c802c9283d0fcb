import type { SessionDetail, SessionTransition } from '@collegium/shared/contracts/sessions';
import { apiPaths } from '../../../config/paths';
import { api } from '../../../lib/api-client';
import { useSessionMutation } from './use-session-mutation';

export const changeSessionStatus = ({ id, transition }: { id: string; transition: SessionTransition }) =>
  api<SessionDetail>(apiPaths.sessionStatus(id), { method: 'POST', body: transition });

export const useChangeSessionStatus = () => useSessionMutation(changeSessionStatus);
