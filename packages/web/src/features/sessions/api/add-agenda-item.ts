import type { AgendaItemInput, SessionDetail } from '@collegium/shared/contracts/sessions';
import { apiPaths } from '../../../config/paths';
import { api } from '../../../lib/api-client';
import { useSessionMutation } from './use-session-mutation';

export const addAgendaItem = ({ sessionId, input }: { sessionId: string; input: AgendaItemInput }) =>
  api<SessionDetail>(apiPaths.sessionAgenda(sessionId), { method: 'POST', body: input });

export const useAddAgendaItem = () => useSessionMutation(addAgendaItem);
