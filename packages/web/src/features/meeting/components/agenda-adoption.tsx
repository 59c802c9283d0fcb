import { useTranslation } from 'react-i18next';
import type { MeetingState } from '@collegium/shared/contracts/meeting';
import type { AgendaItem } from '@collegium/shared/contracts/sessions';
import { Button } from '../../../components/ui/button';
import { useFieldErrors } from '../../../lib/error-text';
import type { MeetingAction } from '../api/meeting';
import { AmendmentForm } from './amendment-form';
import { itemLabel } from './current-item';

type Run = (action: MeetingAction, done: string) => void;

/**
 * The start of the meeting: amendments to the agenda with their decisions, the agenda's adoption, and the
 * consent block adopted in one step. Everyone sees the record; the chair and secretary make it.
 */
export function AgendaAdoption({ meeting, items, run, busy, error, formatTime }: { meeting: MeetingState; items: readonly AgendaItem[]; run: Run; busy: boolean; error: unknown; formatTime: (iso: string) => string }) {
  const { t } = useTranslation();
  const errors = useFieldErrors(error);
  const conduct = meeting.abilities.conduct;
  const label = (id: string | null) => {
    const item = items.find((candidate) => candidate.id === id);
    return item ? itemLabel(item, t('meeting.current.closedItem')) : '';
  };
  return (
    <section aria-labelledby="adoption" className="panel stack">
      <h2 id="adoption">{t('meeting.agenda.adoptionHeading')}</h2>
      <p>{meeting.agendaAdoptedAt ? t('meeting.agenda.adopted', { time: formatTime(meeting.agendaAdoptedAt) }) : t('meeting.agenda.notAdopted')}</p>
      <h3>{t('meeting.amendments.heading')}</h3>
      {meeting.amendments.length === 0 ? (
        <p className="muted">{t('meeting.amendments.none')}</p>
      ) : (
        <ul>
          {meeting.amendments.map((amendment) => (
            <li key={amendment.id}>
              <strong>{t(`meeting.amendments.kinds.${amendment.kind}`)}</strong>
              {amendment.agendaItemId && ` (${label(amendment.agendaItemId)})`}: {amendment.text}
              {amendment.proposer && ` — ${amendment.proposer}`} <span className="badge">{t(`meeting.amendments.decisions.${amendment.decision}`)}</span>
            </li>
          ))}
        </ul>
      )}
      {conduct && !meeting.agendaAdoptedAt && (
        <>
          <AmendmentForm items={items} busy={busy} errors={errors} onSubmit={(input) => run({ kind: 'amend', input }, t('meeting.amendments.recorded'))} />
          <div className="actions">
            <Button isPending={busy} onPress={() => run({ kind: 'adoptAgenda' }, t('meeting.agenda.adoptedMessage'))}>
              {t('meeting.agenda.adopt')}
            </Button>
          </div>
        </>
      )}
      <h3>{t('meeting.consent.heading')}</h3>
      {meeting.consentBlockAdoptedAt && <p>{t('meeting.consent.adopted', { time: formatTime(meeting.consentBlockAdoptedAt) })}</p>}
      {meeting.consentBlockItemIds.length === 0 ? (
        <p className="muted">{t('meeting.consent.empty')}</p>
      ) : (
        <>
          {!meeting.consentBlockAdoptedAt && <p className="muted">{t('meeting.consent.intro')}</p>}
          <ul>
            {meeting.consentBlockItemIds.map((id) => (
              <li key={id}>{label(id)}</li>
            ))}
          </ul>
          {conduct && meeting.agendaAdoptedAt && !meeting.consentBlockAdoptedAt && (
            <div className="actions">
              <Button isPending={busy} onPress={() => run({ kind: 'adoptConsentBlock' }, t('meeting.consent.adoptedMessage'))}>
                {t('meeting.consent.adopt')}
              </Button>
            </div>
          )}
        </>
      )}
    </section>
  );
}
