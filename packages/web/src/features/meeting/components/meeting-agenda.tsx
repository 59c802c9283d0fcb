import { useTranslation } from 'react-i18next';
import type { MeetingState } from '@collegium/shared/contracts/meeting';
import type { AgendaItem } from '@collegium/shared/contracts/sessions';
import { Button } from '../../../components/ui/button';
import type { MeetingAction } from '../api/meeting';
import { itemLabel } from './current-item';

type Run = (action: MeetingAction, done: string) => void;

/** The agenda as the meeting works through it: the current item marked, outcomes shown, the chair's moves. */
export function MeetingAgenda({ meeting, items, run, busy }: { meeting: MeetingState; items: readonly AgendaItem[]; run: Run; busy: boolean }) {
  const { t } = useTranslation();
  const conduct = meeting.abilities.conduct && meeting.agendaAdoptedAt !== null;
  const moved = (title: string) => t('meeting.agenda.moved', { title });
  const outcomeOf = (id: string) => meeting.items.find((entry) => entry.agendaItemId === id);
  return (
    <section aria-labelledby="meeting-agenda" className="panel stack">
      <h2 id="meeting-agenda">{t('meeting.agenda.heading')}</h2>
      {conduct && (
        <div className="actions">
          <Button variant="secondary" isPending={busy} onPress={() => run({ kind: 'currentItem', input: { step: 'previous' } }, t('meeting.agenda.movedOn'))}>
            {t('meeting.agenda.previous')}
          </Button>
          <Button isPending={busy} onPress={() => run({ kind: 'currentItem', input: { step: 'next' } }, t('meeting.agenda.movedOn'))}>
            {t('meeting.agenda.next')}
          </Button>
        </div>
      )}
      <ol className="meeting-agenda">
        {items.map((item) => {
          const current = item.id === meeting.currentItemId;
          const proceeding = outcomeOf(item.id);
          const label = itemLabel(item, t('meeting.current.closedItem'));
          return (
            <li key={item.id} className={`meeting-agenda__item${current ? ' meeting-agenda__item--current' : ''}${item.parentId ? ' meeting-agenda__item--sub' : ''}`} aria-current={current ? 'step' : undefined}>
              <span className={item.withdrawn ? 'meeting-agenda__withdrawn' : undefined}>{label}</span>
              {current && <span className="badge badge--warn">{t('meeting.agenda.current')}</span>}
              {item.withdrawn && <span className="badge badge--muted">{t('meeting.outcomes.withdrawn')}</span>}
              {proceeding?.outcome && (
                <span className="badge badge--ok">
                  {t(`meeting.outcomes.${proceeding.outcome}`)}
                  {proceeding.inConsentBlock && ` — ${t('meeting.agenda.consent')}`}
                </span>
              )}
              {conduct && !current && !item.withdrawn && proceeding?.outcome !== 'withdrawn' && (
                <Button aria-label={`${t('meeting.agenda.takeUp')}: ${label}`} variant="quiet" isPending={busy} onPress={() => run({ kind: 'currentItem', input: { agendaItemId: item.id } }, moved(label))}>
                  {t('meeting.agenda.takeUp')}
                </Button>
              )}
            </li>
          );
        })}
      </ol>
      {conduct && meeting.currentItemId && (
        <div className="actions">
          <Button variant="quiet" isPending={busy} onPress={() => run({ kind: 'currentItem', input: { agendaItemId: null } }, t('meeting.agenda.left'))}>
            {t('meeting.agenda.leave')}
          </Button>
        </div>
      )}
    </section>
  );
}
