import type { AgendaOrder, SessionDetail } from '@collegium/shared/contracts/sessions';
import { apiPaths } from '../../../config/paths';
import { api } from '../../../lib/api-client';
import { useSessionMutation } from './use-session-mutation';

export const reorderAgenda = ({ sessionId, etag, order }: { sessionId: string; etag: string; order: AgendaOrder }) =>
  api<SessionDetail>(apiPaths.agendaOrder(sessionId), { method: 'PUT', body: order, ifMatch: etag });

export const useReorderAgenda = () => useSessionMutation(reorderAgenda);
