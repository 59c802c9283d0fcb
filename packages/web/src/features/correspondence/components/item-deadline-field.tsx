import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CorrespondenceItem } from '@collegium/shared/contracts/correspondence';
import { Button } from '../../../components/ui/button';
import { TextField } from '../../../components/ui/text-field';
import { useErrorText } from '../../../lib/error-text';
import { useSessionFormat } from '../../sessions/use-session-format';
import { useCorrespondenceAction } from '../api/correspondence';

/** An instant as the value of a datetime-local input, in the browser's own time zone. */
const toLocalInput = (iso: string | null) => {
  if (!iso) return '';
  const date = new Date(iso);
  return new Date(date.getTime() - date.getTimezoneOffset() * 60_000).toISOString().slice(0, 16);
};

/** The secretary sets an item's own deadline while the session is a draft, or lets it follow the session's. */
export function ItemDeadlineField({ sessionId, item, timeZone }: { sessionId: string; item: CorrespondenceItem; timeZone: string }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const format = useSessionFormat();
  const action = useCorrespondenceAction(sessionId);
  const [value, setValue] = useState(toLocalInput(item.deadlineAt));
  const save = (deadlineAt: string | null) => action.mutate({ kind: 'deadlines', input: { items: [{ agendaItemId: item.agendaItemId, deadlineAt }] } });
  return (
    <form
      className="stack"
      onSubmit={(event) => {
        event.preventDefault();
        save(value ? new Date(value).toISOString() : null);
      }}
    >
      <TextField
        type="datetime-local"
        label={t('correspondence.deadlineField', { title: item.title })}
        description={t(item.ownDeadline ? 'correspondence.ownDeadline' : 'correspondence.sessionDeadline', { when: format.when(item.deadlineAt, timeZone) })}
        value={value}
        onChange={setValue}
        error={action.error ? errorText(action.error) : undefined}
      />
      <div className="actions">
        <Button type="submit" variant="secondary" isPending={action.isPending}>
          {t('correspondence.saveDeadline')}
        </Button>
        {item.ownDeadline && (
          <Button variant="quiet" onPress={() => save(null)}>
            {t('correspondence.followSession')}
          </Button>
        )}
      </div>
    </form>
  );
}
