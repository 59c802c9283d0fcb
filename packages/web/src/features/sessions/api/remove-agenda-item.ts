import type { SessionDetail } from '@collegium/shared/contracts/sessions';
import { apiPaths } from '../../../config/paths';
import { api } from '../../../lib/api-client';
import { useSessionMutation } from './use-session-mutation';

/** Deletes the item from a draft agenda; withdraws it once the session is convened. */
export const removeAgendaItem = ({ id }: { id: string }) => api<SessionDetail>(apiPaths.agendaItem(id), { method: 'DELETE' });

export const useRemoveAgendaItem = () => useSessionMutation(removeAgendaItem);
