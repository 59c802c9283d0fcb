import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { itemOutcomes, type ItemOutcome, type MeetingState } from '@collegium/shared/contracts/meeting';
import type { AgendaItem } from '@collegium/shared/contracts/sessions';
import { Button } from '../../../components/ui/button';
import { TextAreaField } from '../../../components/ui/text-area-field';
import { paragraphsToHtml } from '../../sessions/resolution-text';
import type { MeetingAction } from '../api/meeting';

/** The chair's buttons for the current item's outcome; "adopted with amendments" asks for the text as adopted. */
export function OutcomeControls({ meeting, item, run, busy }: { meeting: MeetingState; item: AgendaItem; run: (action: MeetingAction, done: string) => void; busy: boolean }) {
  const { t } = useTranslation();
  const [amending, setAmending] = useState(false);
  const [text, setText] = useState('');
  const current = meeting.items.find((entry) => entry.agendaItemId === item.id)?.outcome ?? null;
  const record = (outcome: ItemOutcome | null, resolutionText?: string | null) =>
    run(
      { kind: 'outcome', itemId: item.id, input: { outcome, ...(resolutionText === undefined ? {} : { resolutionText }) } },
      outcome ? t('meeting.outcomes.recorded', { outcome: t(`meeting.outcomes.${outcome}`) }) : t('meeting.outcomes.cleared'),
    );
  return (
    <div className="stack" role="group" aria-labelledby="outcome-heading">
      <h3 id="outcome-heading">{t('meeting.outcomes.heading')}</h3>
      <div className="actions">
        {itemOutcomes.map((outcome) => (
          <Button
            key={outcome}
            variant={current === outcome ? 'primary' : 'secondary'}
            aria-pressed={current === outcome}
            isPending={busy}
            onPress={() => (outcome === 'adopted_with_amendments' ? setAmending(true) : record(outcome))}
          >
            {t(`meeting.outcomes.${outcome}`)}
          </Button>
        ))}
        {current && (
          <Button variant="quiet" isPending={busy} onPress={() => record(null)}>
            {t('meeting.outcomes.clear')}
          </Button>
        )}
      </div>
      {amending && (
        <form
          className="form"
          onSubmit={(event) => {
            event.preventDefault();
            record('adopted_with_amendments', paragraphsToHtml(text));
            setAmending(false);
          }}
        >
          <TextAreaField label={t('meeting.outcomes.resolution')} rows={5} value={text} onChange={setText} isRequired />
          <div className="actions">
            <Button type="submit" isPending={busy}>
              {t('meeting.outcomes.record')}
            </Button>
            <Button variant="quiet" onPress={() => setAmending(false)}>
              {t('meeting.cancel')}
            </Button>
          </div>
        </form>
      )}
    </div>
  );
}
