import type { AgendaItemPatch, SessionDetail } from '@collegium/shared/contracts/sessions';
import { apiPaths } from '../../../config/paths';
import { api } from '../../../lib/api-client';
import { useSessionMutation } from './use-session-mutation';

export const updateAgendaItem = ({ id, etag, patch }: { id: string; etag: string; patch: AgendaItemPatch }) =>
  api<SessionDetail>(apiPaths.agendaItem(id), { method: 'PATCH', body: patch, ifMatch: etag });

export const useUpdateAgendaItem = () => useSessionMutation(updateAgendaItem);
