import { useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Poll } from '@collegium/shared/contracts/polls';
import { Alert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { TextField } from '../../../components/ui/text-field';
import { api } from '../../../lib/api-client';
import { useErrorText } from '../../../lib/error-text';
import { positionsApi } from '../../positions/api/positions';
import { pollsQueryOptions } from '../api/polls';

/**
 * A member who finds during the meeting that they have a conflict of interest on the item declares it here,
 * before voting: the server takes their seat out of the open vote.
 */
export function RecusalForm({ poll, sessionId }: { poll: Poll & { agendaItemId: string }; sessionId: string }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const queryClient = useQueryClient();
  const [reason, setReason] = useState('');
  const declare = useMutation({
    mutationFn: () => api(positionsApi.position(poll.agendaItemId), { method: 'PUT', body: { position: 'conflict_of_interest', reason: reason.trim() } }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: pollsQueryOptions(sessionId).queryKey }),
  });
  return (
    <details className="recusal">
      <summary>{t('voting.recusal.summary')}</summary>
      <form
        className="form stack"
        onSubmit={(event) => {
          event.preventDefault();
          declare.mutate();
        }}
      >
        <TextField label={t('voting.recusal.reason')} description={t('voting.recusal.hint')} value={reason} onChange={setReason} maxLength={1000} isRequired />
        {declare.error && <Alert tone="error">{errorText(declare.error)}</Alert>}
        <div className="actions">
          <Button type="submit" variant="secondary" isPending={declare.isPending} isDisabled={!reason.trim()}>
            {t('voting.recusal.declare')}
          </Button>
        </div>
      </form>
    </details>
  );
}
